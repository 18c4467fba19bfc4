package main

import (
	"errors"
	"fmt"
)

var x = "global"

func get() (int, error) { return 5, nil }

func fail() (int, error) { return 0, errors.New("failed") }

func main() {
	fmt.Println(x)
	x := "local"
	fmt.Println(x)
	{
		x := 3
		x++
		fmt.Println(x)
	}
	fmt.Println(x)
	if x := 1.5; x > 1 {
		fmt.Println("if scope", x)
	} else if y := x * 2; y > 0 {
		fmt.Println(y)
	}
	n, err := get()
	if err == nil {
		n, err := fail()
		fmt.Println("inner", n, err)
	}
	fmt.Println("outer", n, err)
	a, b, c := 1, 2, 3
	a, b, c = c, a, b
	fmt.Println(a, b, c)
	s := []int{10, 20, 30}
	i := 0
	i, s[i] = 1, 99
	fmt.Println(i, s)
	j := 0
	s[j], j = 7, 2
	fmt.Println(j, s)
	arr := [3]int{1, 2, 3}
	arr[0], arr[2] = arr[2], arr[0]
	fmt.Println(arr)
	var p struct{ A, B int }
	p.A, p.B = 4, p.A
	fmt.Println(p)
	m := map[string]int{}
	m["a"], m["b"] = 1, 2
	m["a"], m["b"] = m["b"], m["a"]
	fmt.Println(m["a"], m["b"])
	f := func() int { fmt.Println("f runs"); return 1 }
	g := func() int { fmt.Println("g runs"); return 2 }
	u, v := f(), g()
	fmt.Println(u, v)
	_, w := f(), 9
	fmt.Println(w)
	var err2 error
	for k := 0; k < 2; k++ {
		_, err2 = fail()
	}
	fmt.Println(err2)
	fmt.Println(len("x"), x)
	len := func(s string) int { return 42 }
	fmt.Println(len("abc"))
	true := false
	fmt.Println(true)
}
