package main

import "fmt"

func main() {
	var s []int
	p := (*[0]int)(s)
	q := (*[0]int)([]int{})
	fmt.Println(p == nil, q == nil)
	defer func() {
		r := recover()
		err, ok := r.(error)
		fmt.Println(ok, err)
	}()
	t := make([]byte, 2, 10)
	a := (*[2]byte)(t)
	a[1] = 'x'
	fmt.Println(t, len(a))
	_ = (*[3]byte)(t)
}
