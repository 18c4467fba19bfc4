package main

import "fmt"

func main() {
	var hist [5]int
	data := []int{1, 3, 4, 1, 7}
	for i, d := range data {
		fmt.Println("bucket", i, d)
		hist[d]++
	}
	fmt.Println(hist)
}
