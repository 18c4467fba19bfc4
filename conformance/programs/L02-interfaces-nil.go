package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

func mayFail(fail bool) error {
	var e *MyErr
	if fail {
		e = &MyErr{42}
	}
	return e // a non-nil interface holding a nil pointer when !fail
}

func clean(fail bool) error {
	if fail {
		return &MyErr{7}
	}
	return nil
}

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Named interface {
	Name() string
}

type NamedShape interface {
	Shape
	Named
}

type Square struct{ S float64 }

func (s Square) Area() float64      { return s.S * s.S }
func (s Square) Perimeter() float64 { return 4 * s.S }
func (s Square) Name() string       { return "square" }

func main() {
	e1 := mayFail(false)
	fmt.Println(e1 == nil, e1 != nil)
	e2 := clean(false)
	fmt.Println(e2 == nil)
	e3 := mayFail(true)
	fmt.Println(e3)
	var me *MyErr
	fmt.Println(me == nil, errors.New("x") == errors.New("x"))

	var ns NamedShape = Square{2}
	var s Shape = ns
	var n Named = ns
	fmt.Println(s.Area(), s.Perimeter(), n.Name())
	fmt.Printf("%v %T\n", s, s)

	var a, b interface{}
	fmt.Println(a == b, a == nil)
	a, b = 3, 3
	fmt.Println(a == b)
	b = int64(3)
	fmt.Println(a == b)
	a, b = "x", "x"
	fmt.Println(a == b)
	a, b = Square{1}, Square{1}
	fmt.Println(a == b)
	a = &Square{1}
	b = &Square{1}
	fmt.Println(a == b)
	b = a
	fmt.Println(a == b)
	if sq, ok := s.(Square); ok {
		fmt.Println("square side", sq.S)
	}
	if _, ok := s.(Named); ok {
		fmt.Println("it is Named too")
	}
	_, ok := a.(Shape)
	fmt.Println("pointer implements Shape:", ok)
}
