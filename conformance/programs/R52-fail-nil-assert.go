package main

import "fmt"

type Shape interface{ Area() float64 }

type Sq struct{ s float64 }

func (q Sq) Area() float64 { return q.s * q.s }

func describe(s Shape) string {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
		}
	}()
	sq := s.(Sq)
	return fmt.Sprint("square with side ", sq.s)
}

func main() {
	fmt.Println(describe(Sq{2}))
	fmt.Println(describe(nil) == "")
	var v interface{}
	n := v.(int)
	fmt.Println(n)
}
