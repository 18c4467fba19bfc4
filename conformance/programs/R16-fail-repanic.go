package main

import (
	"errors"
	"fmt"
)

func cleanup(name string) {
	if r := recover(); r != nil {
		fmt.Println(name, "recovered:", r)
		panic(fmt.Sprintf("%v (re-raised by %s)", r, name))
	}
}

func stage(n int) {
	defer cleanup(fmt.Sprint("stage", n))
	if n == 0 {
		panic(errors.New("disk full"))
	}
	stage(n - 1)
}

func main() {
	defer fmt.Println("main's deferred print still runs")
	stage(2)
}
