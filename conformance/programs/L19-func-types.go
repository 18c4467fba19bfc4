package main

import (
	"fmt"
	"sort"
	"strings"
)

type Handler func(string) string

type Middleware func(Handler) Handler

func logging(prefix string) Middleware {
	return func(next Handler) Handler {
		return func(s string) string {
			return prefix + "(" + next(s) + ")"
		}
	}
}

func chain(h Handler, ms ...Middleware) Handler {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

type Pipeline []func(int) int

func (p Pipeline) Run(x int) int {
	for _, f := range p {
		x = f(x)
	}
	return x
}

func mapInts(xs []int, f func(int) int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func filter(xs []int, pred func(int) bool) []int {
	var out []int
	for _, x := range xs {
		if pred(x) {
			out = append(out, x)
		}
	}
	return out
}

func reduce(xs []int, init int, f func(int, int) int) int {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func main() {
	h := chain(func(s string) string { return strings.Repeat(s, 2) }, logging("a"), logging("b"))
	fmt.Println(h("hi"))
	p := Pipeline{
		func(x int) int { return x + 1 },
		func(x int) int { return x * 10 },
	}
	p = append(p, func(x int) int { return -x })
	fmt.Println(p.Run(4), len(p))
	xs := []int{5, 2, 8, 1, 9, 3}
	sq := mapInts(xs, func(x int) int { return x * x })
	ev := filter(sq, func(x int) bool { return x%2 == 0 })
	fmt.Println(sq, ev, reduce(xs, 0, func(a, b int) int { return a + b }))
	people := []struct {
		Name string
		Age  int
	}{{"bob", 30}, {"al", 25}, {"cy", 30}, {"di", 22}}
	sort.Slice(people, func(i, j int) bool {
		if people[i].Age != people[j].Age {
			return people[i].Age < people[j].Age
		}
		return people[i].Name < people[j].Name
	})
	fmt.Println(people)
	var op func(int, int) int
	fmt.Println(op == nil)
	ops := []struct {
		sym string
		fn  func(int, int) int
	}{
		{"+", func(a, b int) int { return a + b }},
		{"-", func(a, b int) int { return a - b }},
		{"*", func(a, b int) int { return a * b }},
	}
	for _, o := range ops {
		fmt.Printf("7 %s 3 = %d\n", o.sym, o.fn(7, 3))
	}
	fmt.Printf("%T\n", h)
	adders := make(map[int]func(int) int)
	for i := 1; i <= 3; i++ {
		n := i
		adders[i] = func(x int) int { return x + n }
	}
	fmt.Println(adders[1](10), adders[2](10), adders[3](10))
	fn := func(fs ...func() string) (out []string) {
		for _, f := range fs {
			out = append(out, f())
		}
		return
	}
	fmt.Println(fn(func() string { return "x" }, func() string { return "y" }))
}
