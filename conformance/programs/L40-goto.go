package main

import "fmt"

func collatz(n int) (steps int) {
	steps = 0
loop:
	if n == 1 {
		goto done
	}
	if n%2 == 0 {
		n /= 2
	} else {
		n = 3*n + 1
	}
	steps++
	goto loop
done:
	return
}

func find(grid [][]int, v int) string {
	for i := range grid {
		for j := range grid[i] {
			if grid[i][j] == v {
				goto found
			}
		}
	}
	return "missing"
found:
	return "found"
}

func main() {
	for _, n := range []int{1, 6, 7, 27} {
		fmt.Println(n, collatz(n))
	}
	g := [][]int{{1, 2}, {3, 4}}
	fmt.Println(find(g, 4), find(g, 5))
	i := 0
retry:
	i++
	if i < 3 {
		fmt.Println("attempt", i)
		goto retry
	}
	fmt.Println("gave up after", i)
}
