package main

import (
	"fmt"
	"runtime"
	"sync"
)

type Matrix [][]int

func NewMatrix(r, c int, f func(i, j int) int) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m[i] = make([]int, c)
		for j := range m[i] {
			m[i][j] = f(i, j)
		}
	}
	return m
}

func (a Matrix) MulParallel(b Matrix, workers int) Matrix {
	out := NewMatrix(len(a), len(b[0]), func(int, int) int { return 0 })
	rows := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range rows {
				for j := range b[0] {
					s := 0
					for k := range b {
						s += a[i][k] * b[k][j]
					}
					out[i][j] = s
				}
			}
		}()
	}
	for i := range a {
		rows <- i
	}
	close(rows)
	wg.Wait()
	return out
}

func (a Matrix) Equal(b Matrix) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		for j := range a[i] {
			if a[i][j] != b[i][j] {
				return false
			}
		}
	}
	return true
}

func main() {
	a := NewMatrix(6, 4, func(i, j int) int { return i + j })
	b := NewMatrix(4, 5, func(i, j int) int { return i*j - 2 })
	ref := a.MulParallel(b, 1)
	for _, w := range []int{2, 3, runtime.NumCPU()} {
		fmt.Println("workers ok:", a.MulParallel(b, w).Equal(ref))
	}
	for _, row := range ref {
		fmt.Println(row)
	}
	fmt.Println(runtime.GOMAXPROCS(0) >= 1)
}
