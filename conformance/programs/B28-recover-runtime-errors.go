package main

import (
	"errors"
	"fmt"
	"strings"
)

// runtimeError has runtime.Error's method set.
type runtimeError interface {
	error
	RuntimeError()
}

type Matrix [][]float64

func (m Matrix) At(i, j int) float64 { return m[i][j] }

func try(name string, f func()) (msg string) {
	defer func() {
		r := recover()
		if r == nil {
			msg = name + ": ok"
			return
		}
		if re, ok := r.(runtimeError); ok {
			msg = fmt.Sprintf("%s: runtime error? %t: %v", name, strings.HasPrefix(re.Error(), "runtime error"), re)
			return
		}
		if e, ok := r.(error); ok {
			msg = name + ": error: " + e.Error()
			return
		}
		msg = fmt.Sprintf("%s: value %T %v", name, r, r)
	}()
	f()
	return "unreachable"
}

func main() {
	m := Matrix{{1, 2}, {3, 4}}
	var nilMap map[string]int
	var nilSlice []int
	var arr [4]int
	idx := 4
	zero := 0
	results := []string{
		try("in range", func() { _ = m.At(1, 1) }),
		try("row", func() { _ = m.At(2, 0) }),
		try("col", func() { _ = m.At(0, 5) }),
		try("array", func() { arr[idx%8] = 1 }),
		try("nil slice", func() { _ = nilSlice[0] }),
		try("nil map read", func() { _ = nilMap["x"] }),
		try("nil map write", func() { nilMap["x"] = 1 }),
		try("div", func() { _ = 10 / zero }),
		try("mod", func() { _ = 10 % zero }),
		try("slice", func() { _ = nilSlice[1:] }),
		try("str", func() { _ = "abc"[idx] }),
		try("strslice", func() { s := "abc"; _ = s[2:idx] }),
		try("conv", func() { var i interface{} = "s"; _ = i.(int) }),
		try("custom", func() { panic(errors.New("custom failure")) }),
		try("value", func() { panic([2]int{1, 2}) }),
		try("closed", func() { c := make(chan int); close(c); close(c) }),
		try("negative len", func() { n := -1; _ = make([]int, n) }),
	}
	for _, r := range results {
		fmt.Println(r)
	}
}
