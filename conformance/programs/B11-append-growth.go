package main

import "fmt"

type Pair struct{ A, B int64 }

func main() {
	var xs []int
	last := -1
	for i := 0; i < 2000; i++ {
		xs = append(xs, i)
		if cap(xs) != last {
			fmt.Print(cap(xs), " ")
			last = cap(xs)
		}
	}
	fmt.Println()
	var bs []byte
	last = -1
	for i := 0; i < 3000; i++ {
		bs = append(bs, byte(i))
		if cap(bs) != last {
			fmt.Print(cap(bs), " ")
			last = cap(bs)
		}
	}
	fmt.Println()
	var ps []Pair
	last = -1
	for i := 0; i < 600; i++ {
		ps = append(ps, Pair{int64(i), 0})
		if cap(ps) != last {
			fmt.Print(cap(ps), " ")
			last = cap(ps)
		}
	}
	fmt.Println()
	a := append([]int{}, 1, 2, 3)
	b := append([]byte("a"), "bcdefghij"...)
	c := append([]string(nil), "x", "y", "z", "w", "v")
	d := append(make([]int, 5), make([]int, 7)...)
	e := append([]int32{1}, 2, 3, 4, 5, 6)
	fmt.Println(len(a), cap(a), len(b), cap(b), len(c), cap(c), len(d), cap(d), len(e), cap(e))
	s := make([]int, 3, 10)
	t := append(s, 4)
	u := append(s, 5)
	fmt.Println(t, u, t[3] == u[3])
	v := s[1:2]
	fmt.Println(len(v), cap(v))
	w := s[1:2:2]
	w = append(w, 9)
	fmt.Println(s, w, cap(w))
	r := []rune("héllo, 世界")
	fmt.Println(len(r), cap(r), string(r[7:]))
	bb := []byte("héllo")
	fmt.Println(len(bb), cap(bb))
}
