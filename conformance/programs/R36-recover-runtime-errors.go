package main

import (
	"errors"
	"fmt"
)

type Matrix [][]int

func safely(name string, f func()) {
	defer func() {
		r := recover()
		if r == nil {
			fmt.Printf("%-10s ok\n", name)
			return
		}
		if err, ok := r.(error); ok {
			fmt.Printf("%-10s error: %v\n", name, err)
			return
		}
		fmt.Printf("%-10s value: %v\n", name, r)
	}()
	f()
}

func main() {
	m := Matrix{{1, 2}, {3, 4}}
	var nilMap map[string]int
	var nilPtr *struct{ X int }
	var iface interface{} = "text"
	zero := 0
	safely("index", func() { _ = m[2][0] })
	safely("inner", func() { _ = m[1][5] })
	safely("slice", func() { _ = m[0][1:zero] })
	safely("divide", func() { fmt.Println(10 / zero) })
	safely("nil map", func() { nilMap["a"] = 1 })
	safely("nil ptr", func() { nilPtr.X = 1 })
	safely("assert", func() { _ = iface.(int) })
	safely("custom", func() { panic(errors.New("custom failure")) })
	safely("string", func() { panic("plain string") })
	safely("int", func() { panic(42) })
	safely("fine", func() { _ = m[1][1] })
	safely("closed", func() {
		c := make(chan int)
		close(c)
		close(c)
	})
	safely("makeslice", func() { _ = make([]int, zero-1) })
	fmt.Println("all recovered")
}
