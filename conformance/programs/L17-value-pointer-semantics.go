package main

import "fmt"

type Vec struct{ X, Y int }

func (v Vec) Add(o Vec) Vec   { return Vec{v.X + o.X, v.Y + o.Y} }
func (v *Vec) Scale(k int)    { v.X *= k; v.Y *= k }
func (v Vec) ScaleCopy(k int) { v.X *= k; v.Y *= k }

type Body struct {
	Pos, Vel Vec
	Tags     [2]string
	Hist     []Vec
}

func step(b Body) Body {
	b.Pos = b.Pos.Add(b.Vel)
	b.Tags[0] = "moved"
	b.Hist = append(b.Hist, b.Pos)
	return b
}

func stepPtr(b *Body) {
	b.Pos = b.Pos.Add(b.Vel)
	b.Tags[1] = "ptr"
	b.Hist = append(b.Hist, b.Pos)
}

func main() {
	b := Body{Pos: Vec{0, 0}, Vel: Vec{1, 2}, Hist: make([]Vec, 0, 4)}
	b2 := step(b)
	fmt.Println(b.Pos, b.Tags, len(b.Hist), b2.Pos, b2.Tags, len(b2.Hist))
	stepPtr(&b)
	fmt.Println(b.Pos, b.Tags, b.Hist, b2.Hist)
	b.Vel.Scale(3)
	b.Vel.ScaleCopy(100)
	fmt.Println(b.Vel)
	bodies := []Body{b, b2}
	for _, x := range bodies {
		x.Pos.X = 999
	}
	fmt.Println(bodies[0].Pos, bodies[1].Pos)
	for i := range bodies {
		bodies[i].Pos.X = 7
		bodies[i].Vel.Scale(2)
	}
	fmt.Println(bodies[0].Pos, bodies[1].Vel)
	arr := [2]Vec{{1, 1}, {2, 2}}
	arr2 := arr
	arr2[0].Scale(10)
	fmt.Println(arr, arr2, arr == arr2)
	pv := &arr[1]
	pv.X = 50
	fmt.Println(arr)
	m := map[string]Vec{"a": {1, 2}}
	v := m["a"]
	v.Scale(5)
	fmt.Println(m["a"], v)
	mp := map[string]*Vec{"a": {1, 2}}
	mp["a"].Scale(5)
	mp["a"].X++
	fmt.Println(*mp["a"])
	type pair struct{ a, b *Vec }
	shared := &Vec{1, 1}
	p1 := pair{shared, shared}
	p2 := p1
	p2.a.X = 42
	fmt.Println(*p1.a, *p1.b, p1 == p2)
	n := new(int)
	*n = 5
	q := n
	*q++
	fmt.Println(*n, *q, n == q)
	pp := &n
	**pp = 100
	fmt.Println(*n)
}
