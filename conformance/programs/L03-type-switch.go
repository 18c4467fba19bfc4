package main

import (
	"fmt"
	"strconv"
)

type Celsius float64
type Point struct{ X, Y int }
type Stringer interface{ String() string }

func (p Point) String() string { return "(" + strconv.Itoa(p.X) + "," + strconv.Itoa(p.Y) + ")" }

func classify(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v (%T)", x, x)
	case string:
		return "string of length " + strconv.Itoa(len(x))
	case Celsius:
		return fmt.Sprintf("%.1f degrees", float64(x))
	case Stringer:
		return "stringer " + x.String()
	case []int:
		return fmt.Sprintf("slice with %d ints", len(x))
	case error:
		return "error " + x.Error()
	case func() int:
		return "func returning " + strconv.Itoa(x())
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	vals := []interface{}{nil, 1, int64(2), "hey", Celsius(21.5), Point{1, 2}, &Point{3, 4},
		[]int{1, 2, 3}, fmt.Errorf("bad %d", 9), func() int { return 5 }, 3.5, true, map[string]int{}}
	for _, v := range vals {
		fmt.Println(classify(v))
	}
	var i interface{} = 7
	n, ok := i.(int)
	fmt.Println(n, ok)
	s, ok := i.(string)
	fmt.Printf("%q %v\n", s, ok)
	switch i.(type) {
	case string:
		fmt.Println("no")
	case int:
		fmt.Println("int without binding")
	}
	switch v := i.(type) {
	case int:
		v += 10
		fmt.Println(v, i)
	}
}
