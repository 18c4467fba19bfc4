package main

import "fmt"

type C struct {
	n  int
	xs []int
	m  map[string]int
	s  string
}

//go:noinline
func (c *C) Inc() int {
	c.n++
	c.xs[0]++
	c.xs = append(c.xs, 9)
	c.m["a"]++
	c.s += "!"
	return c.n
}

func main() {
	c := &C{xs: []int{1}, m: map[string]int{"a": 1}, s: "s"}
	p := &c.n
	fmt.Println(c.n, c.n+1, len(c.xs), c.xs[0], c.m["a"], c.s, *p, c.Inc())
	fmt.Println(c.n, c.n+1, len(c.xs), c.xs[0], c.m["a"], c.s, *p, c.Inc())
	arr := [2]int{1, 2}
	k := 0
	h := func() int { arr[0] = 50; k = 1; return 0 }
	fmt.Println(arr[0], arr[k], k, h())
	fmt.Println(c.n*2, -c.n, c.n == 3, h())
}
