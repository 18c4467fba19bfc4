package main

import "fmt"

func try(f func()) (msg string) {
	defer func() {
		r := recover()
		msg = fmt.Sprintf("recovered %v (nil? %t)", r, r == nil)
	}()
	f()
	return "no panic"
}

func main() {
	fmt.Println(try(func() { panic("boom") }))
	fmt.Println(try(func() {}))
	fmt.Println(try(func() { panic(nil) }))
	var err error
	panic(err)
}
