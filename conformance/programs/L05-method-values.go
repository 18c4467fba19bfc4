package main

import "fmt"

type Counter struct {
	name string
	n    int
}

func (c *Counter) Inc()          { c.n++ }
func (c Counter) Get() int       { return c.n }
func (c Counter) Label(p string) string { return p + c.name }

type Op func(int, int) int

func (o Op) Apply(a, b int) int { return o(a, b) }

func main() {
	c := Counter{name: "c"}
	inc := c.Inc
	inc()
	inc()
	get := c.Get // value bound now
	c.Inc()
	fmt.Println(c.n, get())

	f := (*Counter).Inc
	f(&c)
	g := Counter.Get
	fmt.Println(g(c))
	h := Counter.Label
	fmt.Println(h(c, "name="))
	k := (*Counter).Get
	fmt.Println(k(&c))
	fmt.Printf("%T\n%T\n", g, f)

	ops := map[string]Op{
		"add": func(a, b int) int { return a + b },
		"sub": func(a, b int) int { return a - b },
		"mul": func(a, b int) int { return a * b },
	}
	for _, name := range []string{"add", "sub", "mul"} {
		fmt.Println(name, ops[name].Apply(7, 3))
	}
	apply := Op.Apply
	fmt.Println(apply(ops["mul"], 6, 7))

	cs := []*Counter{{name: "a"}, {name: "b"}}
	var incs []func()
	for _, x := range cs {
		incs = append(incs, x.Inc)
	}
	for i, fn := range incs {
		for j := 0; j <= i; j++ {
			fn()
		}
	}
	fmt.Println(cs[0].n, cs[1].n)
	var nilf func()
	fmt.Println(nilf == nil)
}
