package main

import "fmt"

type Counter struct{ n int }

func (c Counter) Value() int { return c.n }
func (c *Counter) Add(k int) { c.n += k }

func main() {
	c := &Counter{}
	add := c.Add
	add(5)
	fmt.Println(c.Value())
	var none *Counter
	addNone := none.Add
	fmt.Println("method value on nil pointer with pointer receiver is fine")
	_ = addNone
	val := none.Value
	fmt.Println("unreachable", val())
}
