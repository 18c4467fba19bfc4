package main

import "fmt"

type Stack struct{ items []int }

func (s *Stack) Push(v int) { s.items = append(s.items, v) }
func (s *Stack) Pop() int {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}
func (s *Stack) Len() int { return len(s.items) }

type Counter struct{ n int }

func (c *Counter) Inc() int {
	for i := 0; i < 3; i++ {
		if i == 2 {
			fmt.Print("")
		}
	}
	c.n++
	return c.n
}

var g int

func bump() int { g += 10; return g }

func main() {
	s := &Stack{}
	s.Push(1); s.Push(2); s.Push(3)
	fmt.Println(s.Pop(), s.Pop(), s.Len())
	s.Push(5)
	fmt.Println(len(s.items), s.Pop(), len(s.items))
	c := &Counter{}
	fmt.Println(c.n, c.Inc(), c.n, c.Inc())
	fmt.Println(g, bump(), g)
	x := 1
	f := func() int { x++; return x }
	fmt.Println(x, f(), x)
	a := []int{1, 2, 3}
	i := 0
	next := func() int { i++; return i }
	a[i] = next()
	fmt.Println(a, i)
	m := map[string]int{}
	m["k"] = len(m) + bump()
	fmt.Println(m)
}
