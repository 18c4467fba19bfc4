package main

import (
	"fmt"
	"os"
)

func validate(args []int) int {
	bad := 0
	for _, a := range args {
		if a < 0 {
			bad++
		}
	}
	return bad
}

func main() {
	defer fmt.Println("deferred calls do not run on os.Exit")
	n := validate([]int{3, -1, 4, -1, -5})
	fmt.Println("invalid values:", n)
	if n > 0 {
		fmt.Fprintln(os.Stderr, "validation failed")
		os.Exit(n)
	}
	fmt.Println("unreachable")
}
