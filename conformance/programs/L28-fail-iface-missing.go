package main

import "fmt"

type Reader interface{ Read() string }
type Writer interface{ Write(s string) }

type File struct{ data string }

func (f *File) Read() string { return f.data }

func main() {
	var x interface{} = &File{"abc"}
	r := x.(Reader)
	fmt.Println(r.Read())
	w := x.(Writer)
	w.Write("x")
}
