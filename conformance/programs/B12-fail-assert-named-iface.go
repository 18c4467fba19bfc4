package main

import (
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
}

type Circle struct{ R float64 }
type Square struct{ S float64 }

func (c Circle) Area() float64  { return math.Pi * c.R * c.R }
func (s *Square) Area() float64 { return s.S * s.S }

func describe(s Shape) string {
	switch v := s.(type) {
	case Circle:
		return fmt.Sprintf("circle r=%.1f", v.R)
	case *Square:
		return fmt.Sprintf("square s=%.1f", v.S)
	case nil:
		return "nothing"
	default:
		return "unknown"
	}
}

func main() {
	shapes := []Shape{Circle{1}, &Square{2}, nil}
	for _, s := range shapes {
		fmt.Println(describe(s))
	}
	total := 0.0
	for _, s := range shapes[:2] {
		total += s.Area()
	}
	fmt.Printf("total %.3f\n", total)
	if sq, ok := shapes[0].(*Square); !ok {
		fmt.Println("not a square:", sq == nil)
	}
	c := shapes[1].(Circle)
	fmt.Println(c)
}
