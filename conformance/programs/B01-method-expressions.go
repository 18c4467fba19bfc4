package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p *Point) Scale(k int)      { p.X *= k; p.Y *= k }
func (p Point) String() string    { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Op func(Point, Point) Point

func apply(op Op, a, b Point) Point { return op(a, b) }

func main() {
	add := Point.Add
	fmt.Println(add(Point{1, 2}, Point{3, 4}))
	scale := (*Point).Scale
	p := Point{2, 3}
	scale(&p, 10)
	fmt.Println(p)
	bound := p.Add
	p = Point{100, 100}
	fmt.Println(bound(Point{1, 1}))
	sc := p.Scale
	sc(2)
	fmt.Println(p)
	fmt.Println(apply(Point.Add, Point{5, 5}, Point{-1, -2}))
	fns := []func(Point) Point{Point{1, 0}.Add, Point{0, 1}.Add}
	q := Point{}
	for i, f := range fns {
		q = f(q)
		fmt.Printf("%d: %v %+v %T\n", i, q, q, q)
	}
	var s fmt.Stringer = &p
	fmt.Println(s.String(), s)
	m := map[string]func(int){"scale": p.Scale}
	m["scale"](3)
	fmt.Println(p.X, p.Y)
}
