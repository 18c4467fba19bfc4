package main

import "fmt"

// Go's order of evaluation as gc gives it for small methods (inlined):
// within a statement the calls and receives run left to right first, plain
// operands (variables, fields, elements) are read afterwards.

type Counter struct {
	hits int
	log  []string
}

func (c *Counter) Hit(who string) int {
	c.hits++
	c.log = append(c.log, who)
	return c.hits
}

type Stack struct{ items []int }

func (s *Stack) Push(v int) int { s.items = append(s.items, v); return len(s.items) }

func (s *Stack) Pop() int {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

var calls int

func tick() int { calls++; return calls }

func main() {
	c := &Counter{}
	fmt.Println(c.hits, c.Hit("a"), c.hits, c.Hit("b"), len(c.log))
	s := &Stack{}
	s.Push(1)
	s.Push(2)
	fmt.Println(s.Pop(), s.items)
	fmt.Println(calls, tick(), calls+tick(), calls)
	total := 0
	add := func(n int) int { total += n; return n }
	sum := total + add(5) + total + add(7)
	fmt.Println(sum, total)
	ch := make(chan int, 2)
	ch <- 10
	ch <- 20
	pair := [2]int{<-ch, <-ch}
	fmt.Println(pair)
	m := map[string]int{"a": 1}
	v := m["a"] * func() int { m["a"] = 3; return 2 }()
	fmt.Println(v, m["a"])
	i := 0
	next := func() int { i++; return i }
	xs := []int{0, 0, 0}
	xs[i] = next()
	fmt.Println(xs, i)
	c.hits += c.Hit("c")
	fmt.Println(c.hits, c.log)
}
