package main

import (
	"fmt"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func main() {
	xs := []int{5, 2, 8, 1, 9, 3}
	sort.Sort(sort.Reverse(sort.IntSlice(xs)))
	fmt.Println(xs)
	names := []string{"bob", "alice", "dave", "carol"}
	sort.Sort(sort.Reverse(sort.StringSlice(names)))
	fmt.Println(names)
	sort.StringSlice(names).Sort()
	fmt.Println(names, sort.StringSlice(names).Len())
	fl := sort.Float64Slice{2.5, -1, 3}
	fl.Sort()
	fmt.Println(fl, fl.Less(0, 1))
	people := []Person{{"A", 30}, {"B", 20}, {"C", 40}, {"D", 20}}
	sort.Stable(sort.Reverse(ByAge(people)))
	fmt.Println(people)
	r := sort.Reverse(sort.IntSlice(xs))
	fmt.Printf("%T %d %v\n", r, r.Len(), r.Less(0, 1))
	ints := sort.IntSlice{3, 1, 2}
	sort.Sort(ints)
	fmt.Println(ints, sort.IsSorted(ints), sort.IsSorted(sort.Reverse(ints)))
}
