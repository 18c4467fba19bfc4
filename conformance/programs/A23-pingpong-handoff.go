package main

import "fmt"

type Ball struct {
	Hits  int
	Trail []string
}

func player(name string, table chan *Ball, done chan<- *Ball, limit int) {
	for {
		ball := <-table
		if ball.Hits == limit {
			done <- ball
			return
		}
		ball.Hits++
		ball.Trail = append(ball.Trail, name)
		fmt.Printf("hit #%d\n", ball.Hits)
		table <- ball
	}
}

func main() {
	table := make(chan *Ball)
	done := make(chan *Ball)
	go player("ping", table, done, 6)
	go player("pong", table, done, 6)
	table <- &Ball{}
	ball := <-done
	fmt.Println("final hits:", ball.Hits, "trail length:", len(ball.Trail))
	counts := map[string]int{}
	for _, n := range ball.Trail {
		counts[n]++
	}
	fmt.Println("each player hit:", counts["ping"], counts["pong"])
	alternating := true
	for i := 1; i < len(ball.Trail); i++ {
		alternating = alternating && ball.Trail[i] != ball.Trail[i-1]
	}
	fmt.Println("strictly alternating:", alternating)

	unbuffered := make(chan int)
	ack := make(chan string)
	go func() {
		for v := range unbuffered {
			ack <- fmt.Sprint("got ", v)
		}
		close(ack)
	}()
	for i := 1; i <= 3; i++ {
		unbuffered <- i * i
		fmt.Println(<-ack)
	}
	close(unbuffered)
	_, ok := <-ack
	fmt.Println("ack closed:", !ok)
}
