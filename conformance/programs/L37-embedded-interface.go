package main

import (
	"fmt"
	"sort"
)

type Speaker interface {
	Speak() string
}

type Dog struct{ name string }

func (d Dog) Speak() string { return d.name + " says woof" }

type Cat struct{ name string }

func (c *Cat) Speak() string { return c.name + " says meow" }

// A struct embedding an interface: its methods are promoted.
type Loud struct {
	Speaker
	times int
}

type Counting struct {
	Speaker
	calls *int
}

func (c Counting) Speak() string {
	*c.calls++
	return fmt.Sprintf("[%d] %s", *c.calls, c.Speaker.Speak())
}

// sort.Interface wrapped to reverse the order, like sort.Reverse.
type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type reverse struct {
	sort.Interface
}

func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }

func main() {
	l := Loud{Dog{"rex"}, 2}
	fmt.Println(l.Speak())
	var s Speaker = l
	fmt.Println(s.Speak())
	l.Speaker = &Cat{"tom"}
	fmt.Println(l.Speak())
	n := 0
	c := Counting{Dog{"fido"}, &n}
	var sp Speaker = c
	sp.Speak()
	fmt.Println(sp.Speak(), n)
	words := byLen{"ccc", "a", "bb", "dddd"}
	sort.Sort(reverse{words})
	fmt.Println(words)
	sort.Sort(words)
	fmt.Println(words)
	f := l.Speak
	l.Speaker = Dog{"late"}
	fmt.Println(f())
}
