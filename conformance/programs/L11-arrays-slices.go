package main

import "fmt"

type Grid [3][3]int

func (g Grid) Transposed() Grid {
	var t Grid
	for i := range g {
		for j := range g[i] {
			t[j][i] = g[i][j]
		}
	}
	return t
}

func fill(p *[4]int) {
	for i := range p {
		p[i] = i * i
	}
}

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[0] = 100
	fmt.Println(a, b, a == [3]int{1, 2, 3})
	var p [4]int
	fill(&p)
	pp := &p
	fmt.Println(p, len(pp), pp[3])
	for i, v := range pp {
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println()
	g := Grid{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	fmt.Println(g.Transposed(), g[0])

	s := make([]int, 3, 10)
	t := append(s, 4)
	u := append(s, 5)
	fmt.Println(t[3], u[3], len(s), cap(s))
	s2 := []int{1, 2, 3}
	t2 := append(s2, 4)
	t2[0] = 99
	fmt.Println(s2, t2)
	x := []int{0, 1, 2, 3, 4, 5, 6, 7}
	copy(x[2:], x)
	fmt.Println(x)
	y := []int{0, 1, 2, 3, 4, 5}
	copy(y, y[2:])
	fmt.Println(y)
	z := x[2:4:5]
	fmt.Println(z, len(z), cap(z))
	z = append(z, 42)
	fmt.Println(x)
	z = append(z, 43)
	z[0] = -1
	fmt.Println(x, z)
	var nilS []int
	empty := []int{}
	fmt.Println(nilS == nil, empty == nil, len(nilS), cap(empty))
	fmt.Printf("%v %v %d\n", nilS, empty, len(append(nilS, empty...)))
	matrix := make([][]string, 2)
	for i := range matrix {
		matrix[i] = make([]string, 2)
		for j := range matrix[i] {
			matrix[i][j] = fmt.Sprint(i, j)
		}
	}
	fmt.Println(matrix, len(matrix[1]))
	arrs := [2][]int{{1}, {2, 3}}
	arrs2 := arrs
	arrs2[1][0] = 20
	fmt.Println(arrs, arrs2)
	var grow []int
	caps := []int{}
	for i := 0; i < 20; i++ {
		grow = append(grow, i)
		if len(caps) == 0 || caps[len(caps)-1] != cap(grow) {
			caps = append(caps, cap(grow))
		}
	}
	fmt.Println(caps)
	strs := append([]string(nil), "a", "b")
	strs = append(strs[:1], strs[2:]...)
	fmt.Println(strs, len(strs))
	bs := append([]byte("hello "), "world"...)
	fmt.Println(string(bs))
}
