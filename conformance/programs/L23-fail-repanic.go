package main

import "fmt"

func cleanup(name string) {
	if r := recover(); r != nil {
		fmt.Println(name, "recovered:", r)
		panic(fmt.Sprintf("%v (re-raised by %s)", r, name))
	}
}

func work() {
	defer cleanup("work")
	panic("disk full")
}

func main() {
	defer fmt.Println("main deferred print runs")
	work()
}
