package main

import (
	"fmt"
	"sort"
)

func emit(name string, n int, out chan<- string) {
	for i := 1; i <= n; i++ {
		out <- fmt.Sprintf("%s%d", name, i)
	}
	close(out)
}

func main() {
	a := make(chan string)
	b := make(chan string)
	c := make(chan string, 2)
	nums := make(chan int)
	go emit("a", 3, a)
	go emit("b", 5, b)
	go emit("c", 2, c)
	go func() {
		for i := 10; i < 14; i++ {
			nums <- i
		}
		close(nums)
	}()
	var got []string
	sum := 0
	open := 4
	for open > 0 {
		select {
		case s, ok := <-a:
			if !ok {
				a = nil
				open--
				continue
			}
			got = append(got, s)
		case s, ok := <-b:
			if !ok {
				b = nil
				open--
				continue
			}
			got = append(got, s)
		case s, ok := <-c:
			if !ok {
				c = nil
				open--
				continue
			}
			got = append(got, s)
		case n, ok := <-nums:
			if !ok {
				nums = nil
				open--
				continue
			}
			sum += n
		}
	}
	sort.Strings(got)
	fmt.Println(len(got), got)
	fmt.Println("sum:", sum)

	ready := make(chan int, 1)
	select {
	case v := <-ready:
		fmt.Println("unexpected", v)
	default:
		fmt.Println("nothing ready")
	}
	ready <- 7
	select {
	case ready <- 8:
		fmt.Println("unexpected send")
	default:
		fmt.Println("buffer full")
	}
	select {
	case v := <-ready:
		fmt.Println("got", v)
	default:
		fmt.Println("unexpected default")
	}
}
