package main

import (
	"fmt"
	"sort"
)

type Key struct {
	X, Y int
}

func main() {
	m := map[string][]int{}
	m["a"] = append(m["a"], 1)
	m["a"] = append(m["a"], 2)
	m["b"] = append(m["b"], 3)
	fmt.Println(m, len(m))
	nested := map[string]map[string]int{}
	for _, w := range []string{"x:1", "y:2", "x:3"} {
		k, v := w[:1], int(w[2]-'0')
		if nested[k] == nil {
			nested[k] = map[string]int{}
		}
		nested[k][w] += v
	}
	fmt.Println(nested)
	grid := map[Key]string{{1, 2}: "a", {3, 4}: "b"}
	grid[Key{1, 2}] += "!"
	fmt.Println(grid[Key{1, 2}], grid[Key{0, 0}] == "", len(grid))
	v, ok := grid[Key{3, 4}]
	fmt.Println(v, ok)
	_, ok = grid[Key{9, 9}]
	fmt.Println(ok)

	counts := map[int]int{}
	for i := 0; i < 100; i++ {
		counts[i%7]++
	}
	for k := range counts {
		if k%2 == 0 {
			delete(counts, k)
		}
	}
	keys := make([]int, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	fmt.Println(keys, counts)
	var nm map[string]int
	fmt.Println(nm["x"], len(nm), nm == nil)
	delete(nm, "x")
	type pair struct {
		a interface{}
		b [2]int
	}
	pm := map[pair]int{}
	pm[pair{1, [2]int{1, 2}}] = 5
	pm[pair{"1", [2]int{1, 2}}] = 6
	fmt.Println(pm[pair{1, [2]int{1, 2}}], pm[pair{"1", [2]int{1, 2}}], len(pm))
	im := map[interface{}]string{1: "int", "1": "string", 1.5: "float", true: "bool"}
	fmt.Println(im[1], im["1"], im[1.5], im[true], im[false] == "")
	funcs := map[string]func(float64) float64{
		"half":   func(x float64) float64 { return x / 2 },
		"square": func(x float64) float64 { return x * x },
	}
	names := []string{}
	for n := range funcs {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Println(n, funcs[n](3))
	}
	mm := map[string]int{"a": 1}
	alias := mm
	alias["b"] = 2
	fmt.Println(len(mm), mm)
}
