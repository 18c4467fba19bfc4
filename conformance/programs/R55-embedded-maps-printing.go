package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Animal struct {
	Name string
	Legs int
}

func (a Animal) String() string { return fmt.Sprintf("%s(%d legs)", a.Name, a.Legs) }

type Dog struct {
	Animal
	Breed string
}

type Cat struct {
	*Animal
	Indoor bool
}

type Base struct{ ID int }
type Item struct {
	Base
	Tags  []string
	Price float64
}

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(format string, args ...interface{}) {
	l.lines = append(l.lines, l.prefix+fmt.Sprintf(format, args...))
}

type Service struct {
	*Logger
	Name string
}

type key struct {
	Region string
	Zone   int
}

func main() {
	d := Dog{Animal{"Rex", 4}, "lab"}
	fmt.Println(d, d.Name, d.Animal)
	fmt.Printf("%v|%+v|%s\n", d, d, d)
	c := Cat{&Animal{"Tom", 4}, true}
	fmt.Println(c)
	it := Item{Base{7}, []string{"a", "b"}, 9.5}
	fmt.Printf("%v %+v %d\n", it, it, it.ID)
	s := Service{&Logger{prefix: "[svc] "}, "api"}
	s.Log("started %s on port %d", s.Name, 8080)
	s.Log("%d%% ready, %v", 100, []string{"x"})
	fmt.Println(strings.Join(s.lines, "\n"))
	m := map[key]int{{"eu", 2}: 20, {"us", 1}: 10, {"eu", 1}: 11, {"ap", 3}: 3}
	fmt.Println(m)
	keys := make([]key, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].Region != keys[j].Region {
			return keys[i].Region < keys[j].Region
		}
		return keys[i].Zone < keys[j].Zone
	})
	fmt.Printf("%+v\n", keys)
	nested := map[string]map[string]int{"b": {"y": 2, "x": 1}, "a": {"z": 26}}
	fmt.Println(nested, len(nested["b"]))
	bm := map[bool]string{true: "yes", false: "no"}
	fm := map[float64]string{2.5: "b", -1: "a", 10: "c"}
	im := map[interface{}]int{"s": 1, 2: 2, 1.5: 3, true: 4}
	fmt.Println(bm, fm, len(im))
	em := map[error]int{errors.New("x"): 1}
	fmt.Println(len(em))
	type pt struct{ X, Y int }
	arr := [2]pt{{1, 2}, {3, 4}}
	fmt.Printf("%v %+v\n", arr, arr)
	var ip *int
	fmt.Printf("%v %+v\n", struct {
		P *int
		S []int
		M map[string]int
		E error
		F func()
		C chan int
	}{ip, nil, nil, nil, nil, nil}, struct{ A, B interface{} }{nil, 3})
}
