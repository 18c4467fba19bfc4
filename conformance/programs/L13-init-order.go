package main

import "fmt"

var (
	a = c + b
	b = f()
	c = f()
	d = 3
)

var total = sum(values...)
var values = scaled(d, 1, 2, 3)

func scaled(k int, xs ...int) []int {
	for i := range xs {
		xs[i] *= k
	}
	return xs
}

var registry = map[string]int{}

func f() int {
	d++
	fmt.Println("f called, d =", d)
	return d
}

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func init() {
	fmt.Println("first init: a b c d =", a, b, c, d)
	registry["first"] = len(registry)
}

func init() {
	fmt.Println("second init, total =", total)
	registry["second"] = len(registry)
}

var x, y = pair()

func pair() (int, int) {
	fmt.Println("pair called")
	return 1, 2
}

func main() {
	fmt.Println("main:", values, a, b, c, d, total, registry, x, y)
}
