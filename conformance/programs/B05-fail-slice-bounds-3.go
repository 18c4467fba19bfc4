package main

import "fmt"

func window(xs []int, lo, hi int) []int {
	return xs[lo:hi:hi+1]
}

func main() {
	xs := make([]int, 5, 8)
	for i := range xs {
		xs[i] = i * i
	}
	fmt.Println(window(xs, 1, 3), cap(window(xs, 1, 3)))
	fmt.Println(window(xs, 2, 7))
	fmt.Println(window(xs, 4, 8))
}
