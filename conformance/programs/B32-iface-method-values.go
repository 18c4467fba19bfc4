package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64    { return r.W * r.H }
func (r Rect) Name() string     { return "rect" }
func (c *Circle) Area() float64 { return 3 * c.R * c.R }
func (c *Circle) Name() string  { return "circle" }

type Named struct {
	Shape
	label string
}

func (n Named) Name() string { return n.label + ":" + n.Shape.Name() }

func logf(prefix string, format string, args ...interface{}) string {
	return prefix + fmt.Sprintf(format, args...)
}

func wrap(args ...interface{}) string {
	return logf("[w] ", "%v|%v|%v", args...)
}

func permutations(xs []int) [][]int {
	if len(xs) <= 1 {
		return [][]int{append([]int(nil), xs...)}
	}
	var out [][]int
	for i := range xs {
		rest := make([]int, 0, len(xs)-1)
		rest = append(rest, xs[:i]...)
		rest = append(rest, xs[i+1:]...)
		for _, p := range permutations(rest) {
			out = append(out, append([]int{xs[i]}, p...))
		}
	}
	return out
}

func main() {
	shapes := []Shape{Rect{2, 3}, &Circle{1}, Named{Rect{1, 1}, "unit"}, Named{&Circle{2}, "big"}}
	var areas []func() float64
	var names []func() string
	for _, s := range shapes {
		areas = append(areas, s.Area)
		names = append(names, s.Name)
	}
	for i := range shapes {
		fmt.Printf("%-12s %6.2f\n", names[i](), areas[i]())
	}
	sort.Slice(shapes, func(i, j int) bool { return shapes[i].Area() > shapes[j].Area() })
	var parts []string
	for _, s := range shapes {
		parts = append(parts, s.Name())
	}
	fmt.Println(strings.Join(parts, " > "))
	fmt.Println(wrap(1, "two", 3.0))
	fmt.Println(logf("[x] ", "%d-%s", 7, "seven"))
	fmt.Println(logf("[y] ", "no args"))
	err := errors.New("boom")
	errFn := err.Error
	fmt.Println(errFn(), len(permutations([]int{1, 2, 3, 4})))
	for _, p := range permutations([]int{1, 2, 3}) {
		fmt.Print(p, " ")
	}
	fmt.Println()
	ops := map[string]func(float64, float64) float64{
		"add": func(a, b float64) float64 { return a + b },
		"mul": func(a, b float64) float64 { return a * b },
	}
	keys := make([]string, 0, len(ops))
	for k := range ops {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, ops[k](3, 4))
	}
	var sb strings.Builder
	write := sb.WriteString
	write("a")
	write("b")
	fmt.Println(sb.String(), sb.Len())
}
