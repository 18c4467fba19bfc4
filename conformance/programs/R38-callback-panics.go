package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
)

var ErrBadInput = errors.New("bad input")

func sortChecked(xs []int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("sort failed: %v", r)
		}
	}()
	sort.Slice(xs, func(i, j int) bool {
		if xs[i] < 0 || xs[j] < 0 {
			panic(ErrBadInput)
		}
		return xs[i] < xs[j]
	})
	return nil
}

func upperASCII(s string) (out string, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("map: %v", r)
		}
	}()
	out = strings.Map(func(r rune) rune {
		if r > 127 {
			panic(fmt.Sprintf("non-ASCII rune %q", r))
		}
		if r >= 'a' && r <= 'z' {
			return r - 32
		}
		return r
	}, s)
	return out, nil
}

func findFirst(xs []int, limit int) (idx int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = errors.New(fmt.Sprint("search: ", r))
		}
	}()
	idx = sort.Search(len(xs), func(i int) bool {
		if i >= limit {
			panic("probe beyond limit")
		}
		return xs[i] >= 50
	})
	return idx, nil
}

func main() {
	a := []int{5, 3, 9, 1}
	fmt.Println(sortChecked(a), a)
	b := []int{5, -3, 9, 1}
	err := sortChecked(b)
	fmt.Println(err, errors.Is(err, ErrBadInput))
	fmt.Println(upperASCII("hello, world"))
	fmt.Println(upperASCII("héllo"))
	xs := []int{10, 20, 30, 40, 50, 60, 70, 80}
	fmt.Println(findFirst(xs, 8))
	fmt.Println(findFirst(xs, 3))

	var once sync.Once
	attempt := func(n int) (err error) {
		defer func() {
			if r := recover(); r != nil {
				err = fmt.Errorf("attempt %d: %v", n, r)
			}
		}()
		once.Do(func() { panic("init failed") })
		return nil
	}
	fmt.Println(attempt(1))
	fmt.Println(attempt(2))
	fmt.Println("done")
}
