package main

import (
	"fmt"
	"sort"
)

type Point struct{ X, Y int }

type Segment struct {
	A, B Point
}

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }

func main() {
	visited := map[Point]bool{}
	pos := Point{0, 0}
	moves := "RRUULDDDLR"
	dirs := map[byte]Point{'R': {1, 0}, 'L': {-1, 0}, 'U': {0, 1}, 'D': {0, -1}}
	visited[pos] = true
	revisits := 0
	for i := 0; i < len(moves); i++ {
		pos = pos.Add(dirs[moves[i]])
		if visited[pos] {
			revisits++
		}
		visited[pos] = true
	}
	fmt.Println(pos, len(visited), revisits)
	pts := make([]Point, 0, len(visited))
	for p := range visited {
		pts = append(pts, p)
	}
	sort.Slice(pts, func(i, j int) bool {
		if pts[i].X != pts[j].X {
			return pts[i].X < pts[j].X
		}
		return pts[i].Y < pts[j].Y
	})
	fmt.Println(pts)
	segs := map[Segment]int{}
	segs[Segment{Point{0, 0}, Point{1, 1}}]++
	segs[Segment{B: Point{1, 1}}]++
	segs[Segment{Point{1, 1}, Point{0, 0}}]++
	fmt.Println(len(segs), segs[Segment{Point{}, Point{1, 1}}])
	type key [2]string
	pairs := map[key]int{{"a", "b"}: 1}
	pairs[key{"a", "b"}] += 10
	pairs[[2]string{"b", "a"}] = 5
	fmt.Println(pairs)
	fmt.Println(Point{1, 2} == Point{1, 2}, Segment{} == Segment{}, [2]Point{} == [2]Point{{0, 0}, {0, 1}})
	var ifaceKey = map[interface{}]int{Point{1, 1}: 1, [2]int{1, 1}: 2}
	fmt.Println(ifaceKey[Point{1, 1}], ifaceKey[[2]int{1, 1}], ifaceKey[Point{}])
}
