package main

import (
	"errors"
	"fmt"
	"time"
)

var ErrOverheat = errors.New("sensor overheated")

func monitor(readings <-chan int) {
	for r := range readings {
		if r > 100 {
			panic(fmt.Errorf("reading %d: %w", r, ErrOverheat))
		}
		fmt.Println("reading ok:", r)
	}
}

func main() {
	readings := make(chan int)
	go monitor(readings)
	for _, r := range []int{20, 55, 80, 130, 40} {
		readings <- r
	}
	time.Sleep(100 * time.Millisecond)
	fmt.Println("unreachable")
}
