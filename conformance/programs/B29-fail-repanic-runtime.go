package main

import "fmt"

func average(xs []int) int {
	sum := 0
	for _, x := range xs {
		sum += x
	}
	return sum / len(xs)
}

func safeAverage(xs []int) (avg int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
			panic(r)
		}
	}()
	return average(xs)
}

func main() {
	fmt.Println(safeAverage([]int{1, 2, 3, 6}))
	fmt.Println(safeAverage(nil))
}
