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
		}
	}
	return -1, -1, false
}

func main() {
	grid := [][]int{{1, 2, 3}, {4, -1, 9}, {7, 8, 9}}
	fmt.Println(findPair(grid, 9))
	fmt.Println(findPair(grid, 5))

	count := 0
loop:
	for i := 0; i < 10; i++ {
		switch {
		case i%2 == 0:
			continue
		case i == 7:
			break loop
		}
		count += i
	}
	fmt.Println("count", count)

	ch := make(chan int, 10)
	for i := 0; i < 10; i++ {
		ch <- i
	}
	close(ch)
	sum := 0
recv:
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				break recv
			}
			if v == 3 {
				continue recv
			}
			sum += v
		}
	}
	fmt.Println("sum", sum)

	n := 0
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				break
			}
			n++
		}
	}
	fmt.Println("n", n)
	x := 5
	switch {
	case x > 3:
		fmt.Println("big")
		fallthrough
	case x > 100:
		fmt.Println("fell into huge")
		fallthrough
	case x < 0:
		fmt.Println("fell into negative")
	case x == 5:
		fmt.Println("not reached")
	default:
		fmt.Println("default")
	}
	switch y := x * 2; y {
	case 1, 2, 3:
		fmt.Println("small")
	case 10:
		fmt.Println("ten")
		if y > 5 {
			break
		}
		fmt.Println("unreachable")
	}
}
