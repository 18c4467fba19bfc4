package main

import (
	"errors"
	"fmt"
)

type Resource struct {
	name   string
	closed bool
}

var ErrAlreadyClosed = errors.New("already closed")

func (r *Resource) Close() error {
	if r.closed {
		return fmt.Errorf("close %s: %w", r.name, ErrAlreadyClosed)
	}
	r.closed = true
	fmt.Println("closed", r.name)
	return nil
}

func mustClose(r *Resource) {
	if err := r.Close(); err != nil {
		panic(err)
	}
}

func use(r *Resource) (result string) {
	defer mustClose(r)
	defer func() { result += " (used)" }()
	return "ok:" + r.name
}

func main() {
	a := &Resource{name: "db"}
	fmt.Println(use(a))
	func() {
		defer func() {
			err := recover().(error)
			fmt.Println("recovered:", err, errors.Is(err, ErrAlreadyClosed))
		}()
		use(a)
	}()
	b := &Resource{name: "cache"}
	fmt.Println(use(b))
	fmt.Println(use(b))
}
