package main

import (
	"errors"
	"fmt"
	"strconv"
)

var ErrLimit = errors.New("limit exceeded")

func parseAll(inputs []string, max int) []int {
	var out []int
	for i, in := range inputs {
		n, err := strconv.Atoi(in)
		if err != nil {
			panic(fmt.Errorf("input %d: %w", i, err))
		}
		if n > max {
			panic(fmt.Errorf("input %d (%d > %d): %w", i, n, max, ErrLimit))
		}
		out = append(out, n)
	}
	return out
}

func main() {
	func() {
		defer func() {
			r := recover()
			err, _ := r.(error)
			fmt.Println("recovered:", err)
			fmt.Println("is limit:", errors.Is(err, ErrLimit))
		}()
		fmt.Println(parseAll([]string{"1", "20", "300"}, 100))
	}()
	fmt.Println(parseAll([]string{"7", "8"}, 100))
	fmt.Println(parseAll([]string{"5", "five"}, 100))
}
