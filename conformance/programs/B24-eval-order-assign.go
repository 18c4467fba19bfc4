package main

import "fmt"

type Acc struct{ n int }

func (a *Acc) Inc() int { a.n++; return a.n }
func (a Acc) Get() int  { return a.n }

func main() {
	a := []int{0, 0, 0}
	i := 0
	i, a[i] = 1, 2
	fmt.Println(i, a)
	a[i], i = 5, 2
	fmt.Println(i, a)
	x, y := 1, 2
	p, q := &x, &y
	*p, *q = *q, *p
	fmt.Println(x, y)
	m := map[string]int{}
	k := "a"
	m[k], k = 1, "b"
	fmt.Println(m, k)
	s := []int{1, 2, 3}
	s, s[0] = []int{9}, 100
	fmt.Println(s)
	acc := Acc{}
	get := acc.Get
	inc := acc.Inc
	inc()
	inc()
	fmt.Println(get(), acc.Get(), acc.n)
	var ap *Acc = &acc
	g2 := ap.Get
	ap.n = 50
	fmt.Println(g2(), ap.Get())
	arr := [3]int{1, 2, 3}
	brr := arr
	mod := func(v [3]int) [3]int { v[0] = 99; return v }
	crr := mod(arr)
	brr[1] = 7
	fmt.Println(arr, brr, crr)
	type T struct {
		vals [2]int
		sl   []int
	}
	t1 := T{[2]int{1, 2}, []int{1, 2}}
	t2 := t1
	t2.vals[0] = 10
	t2.sl[0] = 10
	fmt.Println(t1, t2)
	j := 0
	f := func() int { j++; return j }
	res := []int{f(), f() * 10, f() * 100}
	fmt.Println(res, j)
	b := []int{1, 2, 3, 4, 5}
	copy(b[1:], b)
	fmt.Println(b)
	n := copy(b, []int{})
	fmt.Println(n)
	bs := make([]byte, 3)
	fmt.Println(copy(bs, "héllo"), bs)
}
