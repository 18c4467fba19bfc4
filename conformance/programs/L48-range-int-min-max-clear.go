package main

import "fmt"

// Go 1.21/1.22 additions the subset accepts: range over an int, the min
// and max builtins, clear. (Expected output written from an equivalent
// Go 1.19 program: conformance/README.)

type Score struct {
	Name string
	Pts  int
}

func histogram(xs []int, buckets int) []int {
	h := make([]int, buckets)
	lo, hi := xs[0], xs[0]
	for _, x := range xs {
		lo = min(lo, x)
		hi = max(hi, x)
	}
	width := max(1, (hi-lo+buckets)/buckets)
	for _, x := range xs {
		h[min((x-lo)/width, buckets-1)]++
	}
	return h
}

func main() {
	for i := range 3 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	var fs []func() int
	for i := range 4 {
		fs = append(fs, func() int { return i * i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	n := 0
	for range 5 {
		n += 2
	}
	fmt.Println("n =", n)
	fmt.Println(min(3, 1, 2), max(2.5, 1), min("pear", "apple", "fig"), max(-1, -7))
	const c = min(10, 1<<3, 9)
	fmt.Println(c, max(int8(3), 4))
	fmt.Println(histogram([]int{1, 5, 9, 2, 2, 7, 10, 3}, 3))
	scores := map[string]int{"ann": 3, "bob": 5}
	board := []Score{{"ann", 3}, {"bob", 5}}
	clear(scores)
	clear(board[1:])
	fmt.Println(len(scores), board, scores == nil)
	scores["cy"] = 1
	fmt.Println(scores)
	var grid [3][3]int
	for i := range len(grid) {
		for j := range i + 1 {
			grid[i][j] = i*3 + j
		}
	}
	fmt.Println(grid)
}
