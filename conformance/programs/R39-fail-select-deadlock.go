package main

import "fmt"

func main() {
	results := make(chan int)
	errs := make(chan error)
	go func() {
		for i := 1; i <= 3; i++ {
			results <- i * i
		}
	}()
	for i := 0; i < 4; i++ {
		select {
		case r := <-results:
			fmt.Println("result", r)
		case err := <-errs:
			fmt.Println("error", err)
		}
	}
}
