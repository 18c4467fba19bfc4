package main

import (
	"errors"
	"fmt"
)

type Point struct {
	X, Y int
}

type Segment struct {
	From, To Point
	Label    string
}

type Node struct {
	Val  int
	Next *Node
}

type Result struct {
	Name string
	Err  error
	Tags []string
	Meta map[string]int
}

type inner struct {
	a int
	b bool
}

type Outer struct {
	In    inner
	Ptr   *int
	Items []Point
}

func main() {
	p := Point{1, 2}
	fmt.Printf("%v %+v %#v\n", p, p, p)
	pp := &p
	fmt.Printf("%v %+v\n", pp, pp)
	seg := Segment{Point{0, 0}, Point{3, 4}, "diag"}
	fmt.Printf("%v\n%+v\n%#v\n", seg, seg, seg)
	fmt.Println(seg, &seg)

	list := &Node{1, &Node{2, nil}}
	fmt.Printf("%v %+v\n", *list.Next, *list.Next)

	r := Result{Name: "fetch", Err: errors.New("timeout"), Tags: []string{"a", "b"}, Meta: map[string]int{"z": 26, "a": 1}}
	fmt.Printf("%v\n%+v\n", r, r)
	var empty Result
	fmt.Printf("%v\n%+v\n", empty, empty)

	o := Outer{In: inner{7, true}, Items: []Point{{1, 1}, {2, 4}}}
	fmt.Printf("%v %+v\n", o, o)

	pts := []Point{{1, 2}, {3, 4}}
	fmt.Println(pts, len(pts))
	fmt.Printf("%v %+v\n", pts, pts)
	grid := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	fmt.Println(grid)
	fmt.Printf("%v %d\n", grid, grid)

	m := map[Point]string{{2, 1}: "b", {1, 2}: "a", {1, 1}: "c"}
	fmt.Println(m)
	nested := map[string][]int{"odd": {1, 3}, "even": {2, 4}, "none": nil}
	fmt.Println(nested)
	var nilMap map[string]bool
	var nilSlice []Point
	var nilPtr *Point
	fmt.Println(nilMap, nilSlice, nilPtr, nilMap == nil, nilSlice == nil)
	fmt.Printf("%v %+v %d %s\n", nilMap, nilSlice, nilSlice, nilSlice)
	anys := []interface{}{1, "two", 3.0, nil, Point{5, 6}, []int{7}, true}
	fmt.Println(anys...)
	fmt.Println(anys)
	fmt.Printf("%v\n", anys)
	var iface interface{} = seg
	fmt.Printf("%T %v\n", iface, iface)
	fmt.Printf("%T %T %T %T\n", pts, m, nested, anys)
	fmt.Printf("%T %T %T\n", pp, list, grid)
}
