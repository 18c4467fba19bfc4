package main

import "fmt"

func main() {
	// Go 1.19: each iteration shares the loop variable.
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	var gs []func() string
	for _, s := range []string{"a", "b", "c"} {
		gs = append(gs, func() string { return s })
	}
	for _, g := range gs {
		fmt.Print(g())
	}
	fmt.Println()

	var ptrs []*int
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, &i)
	}
	fmt.Println(*ptrs[0], *ptrs[1], *ptrs[2], ptrs[0] == ptrs[2])

	for i := 0; i < 3; i++ {
		defer func() { fmt.Println("deferred closure sees", i) }()
	}
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred call got", i)
	}
	counter := 0
	inc := func() { counter++ }
	for j := 0; j < 5; j++ {
		inc()
	}
	fmt.Println("counter", counter)
	x := 10
	func() {
		x := 20
		x++
		_ = x
	}()
	func() { x *= 3 }()
	fmt.Println("x", x)
}
