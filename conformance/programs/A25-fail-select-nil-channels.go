package main

import "fmt"

func merge(a, b <-chan int) []int {
	var out []int
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			out = append(out, v)
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			out = append(out, v)
		}
	}
	return out
}

func main() {
	a := make(chan int, 3)
	b := make(chan int, 3)
	for i := 0; i < 3; i++ {
		a <- i
		b <- 10 + i
	}
	close(a)
	close(b)
	got := merge(a, b)
	total := 0
	for _, v := range got {
		total += v
	}
	fmt.Println("merged", len(got), "values, total", total)
	var c, d chan int
	select {
	case v := <-c:
		fmt.Println("from c", v)
	case d <- 1:
		fmt.Println("sent to d")
	}
}
