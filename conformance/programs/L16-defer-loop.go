package main

import (
	"errors"
	"fmt"
)

type Resource struct {
	name string
	log  *[]string
}

func (r *Resource) Close() {
	*r.log = append(*r.log, "close "+r.name)
}

func open(name string, log *[]string) *Resource {
	*log = append(*log, "open "+name)
	return &Resource{name, log}
}

func process(names []string) (log []string, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	for _, n := range names {
		r := open(n, &log)
		defer r.Close()
		if n == "bad" {
			panic("bad resource " + n)
		}
	}
	return log, nil
}

func counter() (n int) {
	defer func() { n *= 2 }()
	for i := 0; i < 3; i++ {
		defer func(k int) { n += k }(i)
	}
	return 10
}

var ErrNotFound = errors.New("not found")

func lookup(k string) (v int, err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("lookup %q: %w", k, err)
		}
	}()
	if k == "" {
		return 0, ErrNotFound
	}
	return len(k), nil
}

func main() {
	log, err := process([]string{"a", "b"})
	fmt.Println(log, err)
	log, err = process([]string{"x", "bad", "y"})
	fmt.Println(log, err)
	fmt.Println(counter())
	v, err := lookup("abc")
	fmt.Println(v, err)
	v, err = lookup("")
	fmt.Println(v, err, errors.Is(err, ErrNotFound))
	for i := 0; i < 3; i++ {
		defer func(n int) {
			fmt.Println("main defer", n, i)
		}(i * i)
	}
	x := 1
	defer fmt.Println("x at defer time:", x)
	x = 2
}
