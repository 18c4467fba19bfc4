package main

import (
	"errors"
	"fmt"
)

type NotFound struct{ Key string }

func (e NotFound) Error() string { return "not found: " + e.Key }

func lookup(m map[string]int, k string) (int, error) {
	if v, ok := m[k]; ok {
		return v, nil
	}
	if k == "" {
		return 0, errors.New("empty key")
	}
	return 0, NotFound{k}
}

func main() {
	m := map[string]int{"a": 1}
	for _, k := range []string{"a", "b", ""} {
		v, err := lookup(m, k)
		switch e := err.(type) {
		case nil:
			fmt.Println("ok", v)
		case NotFound:
			fmt.Println("missing", e.Key)
		default:
			fmt.Printf("other %T %v\n", e, e)
		}
	}
	_, err := lookup(m, "")
	_, err2 := lookup(m, "a")
	fmt.Println(err != nil, err2 == nil)
	nf := err2.(NotFound)
	fmt.Println(nf)
}
