package main

import "fmt"

type Code int

func check(step int) {
	defer fmt.Println("leaving step", step)
	if step == 3 {
		panic(Code(404))
	}
}

func main() {
	defer func() {
		r := recover()
		fmt.Printf("recovered %v of type %T\n", r, r)
		panic(r)
	}()
	for i := 1; i <= 5; i++ {
		check(i)
	}
}
