package main

import (
	"errors"
	"fmt"
)

var ErrDB = errors.New("db unavailable")

func query(n int) string {
	if n > 2 {
		panic(ErrDB)
	}
	return fmt.Sprint("row", n)
}

func handler(n int) (out string) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("handler", n, "recovered:", r)
			if n > 3 {
				panic(fmt.Sprintf("handler %d gives up: %v", n, r))
			}
			out = "fallback"
		}
	}()
	return query(n)
}

func main() {
	for i := 1; i <= 5; i++ {
		fmt.Println(i, handler(i))
	}
}
