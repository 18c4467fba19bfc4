package main

import (
	"errors"
	"fmt"
)

func main() {
	for _, f := range []func(){
		func() { var s []int; _ = s[3] },
		func() { z := 0; _ = 1 / z },
		func() { var m map[int]int; m[1] = 1 },
		func() { var i interface{} = 1; _ = i.(string) },
		func() { var p *struct{ x int }; _ = p.x },
		func() { panic(errors.New("e")) },
		func() { c := make(chan int); close(c); close(c) },
	} {
		func() {
			defer func() { fmt.Printf("%T\n", recover()) }()
			f()
		}()
	}
}
