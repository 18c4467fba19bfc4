package main

import "fmt"

type Coord struct{ X, Y int }
type Move struct {
	From, To Coord
	Piece    string
}
type Board [3][3]byte

func main() {
	a := Move{Coord{0, 1}, Coord{2, 2}, "knight"}
	b := a
	b.To.Y = 1
	fmt.Println(a == b, a.From == b.From, a != b)
	b.To.Y = 2
	fmt.Println(a == b)
	var board Board
	for i := range board {
		for j := range board[i] {
			board[i][j] = '.'
		}
	}
	copyB := board
	board[1][1] = 'X'
	fmt.Println(board == copyB, string(board[1][:]), string(copyB[1][:]))
	seen := map[Coord]bool{}
	path := []Coord{{0, 0}, {0, 1}, {1, 1}, {0, 1}, {0, 0}, {2, 2}}
	for i, c := range path {
		if seen[c] {
			fmt.Println("revisit at step", i, c)
		}
		seen[c] = true
	}
	fmt.Println(len(seen))
	grid := map[[2]int]string{{0, 0}: "origin", {1, 2}: "p"}
	fmt.Println(grid[[2]int{1, 2}], grid)
	var i1, i2 interface{} = Coord{1, 2}, Coord{1, 2}
	fmt.Println(i1 == i2, i1 == interface{}(Coord{2, 1}), i1 != nil)
	arrs := [2][]int{{1}, {2}}
	fmt.Println(len(arrs), arrs)
	type pt struct{ x, y int }
	anon := struct {
		Name string
		At   pt
	}{"cursor", pt{3, 4}}
	fmt.Printf("%v %+v\n", anon, anon)
	fmt.Println(anon.At == pt{3, 4})
}
