package main

import "fmt"

func window(xs []int, start, size int) []int {
	return xs[start : start+size]
}

func main() {
	data := make([]int, 5, 8)
	for i := range data {
		data[i] = i * i
	}
	fmt.Println(window(data, 0, 3), window(data, 2, 3))
	fmt.Println(window(data, 4, 4), len(window(data, 4, 4)))
	fmt.Println(window(data, 6, 3))
}
