package main

import "fmt"

type Shape interface{ Area() int }
type Sq struct{ S int }

func (s Sq) Area() int { return s.S * s.S }

type Circle struct{ R int }

func (c *Circle) Area() int { return 3 * c.R * c.R }

func main() {
	shapes := []Shape{Sq{2}, &Circle{1}}
	for _, s := range shapes {
		fmt.Println(s.Area())
	}
	var any interface{} = shapes[1]
	c := any.(*Circle)
	fmt.Println(c.R)
	sq := any.(Sq)
	fmt.Println(sq)
}
