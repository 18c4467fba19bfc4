package main

import "fmt"

func window(xs []int, start, size int) []int {
	return xs[start : start+size]
}

func main() {
	xs := make([]int, 5, 8)
	for i := range xs {
		xs[i] = i
	}
	fmt.Println(window(xs, 1, 3))
	fmt.Println(window(xs, 4, 4))
	fmt.Println(window(xs, 6, 4))
}
