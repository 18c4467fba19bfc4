package main

import "fmt"

func main() {
	var funcs []func() int
	for i := 0; i < 3; i++ {
		funcs = append(funcs, func() int { return i * 10 })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var byVal []func() string
	for _, s := range []string{"a", "b", "c"} {
		s := s
		byVal = append(byVal, func() string { return s })
	}
	for _, f := range byVal {
		fmt.Print(f())
	}
	fmt.Println()
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		if i == 2 {
			fmt.Println("range copy:", v)
		}
	}
	sl := []int{1, 2, 3}
	for i, v := range sl {
		sl[2] = 100
		if i == 2 {
			fmt.Println("range slice:", v)
		}
	}
	pa := &[3]int{1, 2, 3}
	for i, v := range pa {
		pa[2] = 7
		if i == 2 {
			fmt.Println("range ptr:", v)
		}
	}
	grow := []int{1, 2}
	for i := range grow {
		grow = append(grow, i)
	}
	fmt.Println(grow)
	for i, r := range "a\xffé" {
		fmt.Printf("%d:%q ", i, r)
	}
	fmt.Println()
	fib := func() func() int {
		a, b := 0, 1
		return func() int {
			r := a
			a, b = b, a+b
			return r
		}
	}()
	for i := 0; i < 10; i++ {
		fmt.Print(fib(), ",")
	}
	fmt.Println()
	var fact func(int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	fmt.Println(fact(10))
	func() {
		for i := 0; i < 3; i++ {
			defer func() { fmt.Print("d", i, " ") }()
		}
	}()
	fmt.Println()
	x := 0
	inc := func() int { x++; return x }
	fmt.Println(inc(), inc(), x)
}
