package main

import "fmt"

const N = 3

type Matrix [N][N]float64

func Identity() (m Matrix) {
	for i := 0; i < N; i++ {
		m[i][i] = 1
	}
	return
}

func (a Matrix) Mul(b Matrix) Matrix {
	var c Matrix
	for i := 0; i < N; i++ {
		for j := 0; j < N; j++ {
			var s float64
			for k := 0; k < N; k++ {
				s += a[i][k] * b[k][j]
			}
			c[i][j] = s
		}
	}
	return c
}

func (m *Matrix) Scale(f float64) {
	for i := range m {
		for j := range m[i] {
			m[i][j] *= f
		}
	}
}

func (m Matrix) Trace() (t float64) {
	for i, row := range m {
		t += row[i]
	}
	return
}

func main() {
	a := Matrix{{1, 2, 0}, {0, 1, 0}, {2, 0, 1}}
	id := Identity()
	fmt.Println(a.Mul(id) == a, id.Mul(a) == a)
	sq := a.Mul(a)
	fmt.Println(sq)
	b := sq
	b.Scale(0.5)
	fmt.Println(sq[0], b[0], sq.Trace(), b.Trace())
	rows := [][N]float64{a[0], a[2]}
	rows[0][0] = 100
	fmt.Println(a[0][0], rows)
	var grid [4][5]rune
	for i := range grid {
		for j := range grid[i] {
			if (i+j)%2 == 0 {
				grid[i][j] = '#'
			} else {
				grid[i][j] = '.'
			}
		}
	}
	for _, row := range grid {
		fmt.Println(string(row[:]))
	}
	counts := [256]int{}
	for _, c := range []byte("hello world") {
		counts[c]++
	}
	fmt.Println(counts['l'], counts['o'], counts[' '], len(counts))
	p := &grid
	p[0][0] = '@'
	fmt.Println(string(grid[0][:2]), len(p), len(p[0]), cap(p[1][:3]))
}
