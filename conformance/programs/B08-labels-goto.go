package main

import "fmt"

func findPair(grid [][]int, target int) (int, int, bool) {
outer:
	for i, row := range grid {
		for j, v := range row {
			if v < 0 {
				continue outer
			}
			if v == target {
				return i, j, true
			}
			if v > 100 {
				break outer
			}
		}
	}
	return -1, -1, false
}

func collatz(n int) int {
	steps := 0
loop:
	if n == 1 {
		return steps
	}
	steps++
	if n%2 == 0 {
		n /= 2
	} else {
		n = 3*n + 1
	}
	goto loop
}

func main() {
	grid := [][]int{{1, 2, -1, 42}, {3, 4, 5}, {6, 200, 7}, {8, 9}}
	fmt.Println(findPair(grid, 42))
	fmt.Println(findPair(grid, 5))
	fmt.Println(findPair(grid, 9))
	for _, n := range []int{1, 6, 27} {
		fmt.Println(n, collatz(n))
	}
	count := 0
sw:
	for i := 0; ; i++ {
		switch {
		case i%2 == 0:
			continue
		case i > 9:
			break sw
		default:
			count += i
		}
	}
	fmt.Println("count", count)
	ch := make(chan int, 5)
	for i := 0; i < 5; i++ {
		ch <- i
	}
	close(ch)
sel:
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				break sel
			}
			if v == 3 {
				fmt.Println("got three")
				continue sel
			}
			fmt.Println("v", v)
		}
	}
	switch x := 2; x {
	case 1:
		fmt.Println("one")
	case 2:
		fmt.Println("two")
		fallthrough
	case 3:
		fmt.Println("three")
		fallthrough
	default:
		fmt.Println("default")
	case 4:
		fmt.Println("four")
	}
}
