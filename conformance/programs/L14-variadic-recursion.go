package main

import (
	"fmt"
	"strings"
)

func join(sep string, parts ...string) string {
	if len(parts) == 0 {
		return "<none>"
	}
	return strings.Join(parts, sep)
}

func maxOf(first int, rest ...int) int {
	m := first
	for _, r := range rest {
		if r > m {
			m = r
		}
	}
	return m
}

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func hanoi(n int, from, to, via string, moves *int) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves++
	hanoi(n-1, via, to, from, moves)
}

func ackermann(m, n int) int {
	switch {
	case m == 0:
		return n + 1
	case n == 0:
		return ackermann(m-1, 1)
	}
	return ackermann(m-1, ackermann(m, n-1))
}

func perms(s []int) [][]int {
	if len(s) <= 1 {
		return [][]int{append([]int(nil), s...)}
	}
	var out [][]int
	for i := range s {
		rest := append(append([]int{}, s[:i]...), s[i+1:]...)
		for _, p := range perms(rest) {
			out = append(out, append([]int{s[i]}, p...))
		}
	}
	return out
}

func modify(xs ...int) { xs[0] = -1 }

func describe(args ...interface{}) string {
	return fmt.Sprint(len(args), args)
}

func main() {
	fmt.Println(join(", "), join("-", "a"), join("+", "a", "b", "c"))
	parts := []string{"x", "y"}
	fmt.Println(join("/", parts...))
	fmt.Println(maxOf(3), maxOf(3, 9, 2), maxOf(-1, []int{-5, -2}...))
	fmt.Println(isEven(10), isOdd(7), isEven(7))
	moves := 0
	hanoi(10, "a", "c", "b", &moves)
	fmt.Println("hanoi moves", moves)
	fmt.Println(ackermann(2, 3))
	fmt.Println(perms([]int{1, 2, 3}))
	nums := []int{1, 2, 3}
	modify(nums...)
	fmt.Println(nums)
	modify(7, 8)
	fmt.Println(describe(), describe(1, "a", nil), describe(nil))
	var ifs []interface{} = []interface{}{1, 2}
	fmt.Println(describe(ifs...), describe(ifs))
	var fib func(int) int
	memo := map[int]int{}
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		if v, ok := memo[n]; ok {
			return v
		}
		memo[n] = fib(n-1) + fib(n-2)
		return memo[n]
	}
	fmt.Println(fib(80))
}
