package main

import "fmt"

type S struct{ items []int }

//go:noinline
func (s *S) Pop() int {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

var xs = []int{1, 2, 3, 4, 5, 6}

func popG() int { xs = xs[:len(xs)-1]; return 0 }

func main() {
	s := &S{items: []int{1, 2, 3, 4}}
	a := len(s.items) + s.Pop()
	fmt.Println(a)
	fmt.Println(cap(s.items[:1]), len(s.items), s.Pop(), len(s.items), cap(s.items))
	fmt.Println(len(xs), popG(), len(xs))
	str := "abc"
	f := func() int { str = "abcdef"; return 0 }
	fmt.Println(len(str), f(), len(str))
	m := map[int]int{1: 1}
	g := func() int { m[2] = 2; return 0 }
	fmt.Println(len(m), g(), len(m))
	arr := []int{1}
	h := func() int { arr = append(arr, 2); return 0 }
	fmt.Println(len(arr)+0, h(), len(arr)*1)
}
