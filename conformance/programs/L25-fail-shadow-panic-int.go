package main

import "fmt"

type Code int

func check(vals map[string]int) {
	for _, k := range []string{"a", "b", "c"} {
		if vals[k] < 0 {
			panic(Code(vals[k]))
		}
		fmt.Println(k, "ok")
	}
}

func main() {
	check(map[string]int{"a": 1, "b": -7, "c": 2})
}
