package main

import (
	"errors"
	"fmt"
)

var ErrNeg = errors.New("negative input")

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			q = -1
		}
	}()
	q = a / b
	return
}

func counter() (n int) {
	defer func() { n *= 2 }()
	defer func() { n += 3 }()
	n = 1
	return n + 1
}

func trace(name string) func() {
	fmt.Println("enter", name)
	return func() { fmt.Println("leave", name) }
}

func sqrtInt(x int) (r int, err error) {
	defer trace("sqrtInt")()
	if x < 0 {
		return 0, fmt.Errorf("sqrtInt(%d): %w", x, ErrNeg)
	}
	for r*r <= x {
		r++
	}
	return r - 1, nil
}

func deferArgs() {
	x := 1
	defer fmt.Println("deferred x =", x)
	x = 2
	defer func() { fmt.Println("closure x =", x) }()
	x = 3
}

func main() {
	fmt.Println(safeDiv(10, 3))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(counter())
	r, err := sqrtInt(17)
	fmt.Println(r, err)
	_, err = sqrtInt(-4)
	fmt.Println(err, errors.Is(err, ErrNeg), errors.Unwrap(err) == ErrNeg)
	deferArgs()
	for i := 0; i < 3; i++ {
		defer func(n int) { fmt.Print(n, " ") }(i)
	}
	defer fmt.Println()
}
