package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Circle struct{ R float64 }
type Rect struct{ W, H float64 }
type Triangle struct{ A, B, C float64 }

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c Circle) String() string     { return fmt.Sprintf("Circle(r=%g)", c.R) }
func (r Rect) Area() float64        { return r.W * r.H }
func (r Rect) Perimeter() float64   { return 2 * (r.W + r.H) }
func (t *Triangle) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}
func (t *Triangle) Perimeter() float64 { return t.A + t.B + t.C }

type ByArea []Shape

func (a ByArea) Len() int           { return len(a) }
func (a ByArea) Less(i, j int) bool { return a[i].Area() < a[j].Area() }
func (a ByArea) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func describe(s Shape) string {
	var kind string
	switch v := s.(type) {
	case Circle:
		kind = "circle r=" + fmt.Sprint(v.R)
	case Rect:
		if v.W == v.H {
			kind = "square"
		} else {
			kind = "rect"
		}
	case *Triangle:
		kind = fmt.Sprintf("triangle %v/%v/%v", v.A, v.B, v.C)
	}
	return fmt.Sprintf("%-22s area=%7.2f perim=%6.2f", kind, s.Area(), s.Perimeter())
}

func main() {
	shapes := []Shape{Circle{1.5}, Rect{3, 4}, &Triangle{3, 4, 5}, Rect{2, 2}, Circle{0.5}}
	for _, s := range shapes {
		fmt.Println(describe(s))
	}
	sort.Sort(ByArea(shapes))
	var names []string
	for _, s := range shapes {
		names = append(names, fmt.Sprintf("%T", s))
	}
	fmt.Println(strings.Join(names, " < "))
	fmt.Println(shapes[0], shapes[len(shapes)-1])
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
	}
	fmt.Printf("total area %.3f\n", total)
	var s Shape
	fmt.Println(s == nil, fmt.Sprintf("%v %T", s, s))
	if _, ok := shapes[2].(fmt.Stringer); ok {
		fmt.Println("shape 2 is a Stringer")
	} else {
		fmt.Println("shape 2 is not a Stringer")
	}
}
