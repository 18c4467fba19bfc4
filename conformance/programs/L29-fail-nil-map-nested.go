package main

import "fmt"

type Index struct {
	byTag map[string][]int
}

func main() {
	idx := map[string]*Index{"a": {byTag: map[string][]int{}}}
	idx["a"].byTag["go"] = append(idx["a"].byTag["go"], 1)
	fmt.Println(idx["a"].byTag)
	var other Index
	fmt.Println(len(other.byTag["x"]))
	other.byTag["x"] = []int{1}
}
