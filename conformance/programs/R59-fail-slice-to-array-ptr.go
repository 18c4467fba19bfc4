package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4}
	a := (*[2]int)(s)
	a[0] = 100
	fmt.Println(s, *a)
	b := (*[4]int)(s)
	fmt.Println(b[3])
	c := (*[5]int)(s)
	fmt.Println(c)
}
