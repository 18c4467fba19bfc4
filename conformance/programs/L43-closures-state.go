package main

import "fmt"

type EventBus struct {
	handlers map[string][]func(string) string
}

func (b *EventBus) On(ev string, h func(string) string) func() {
	if b.handlers == nil {
		b.handlers = map[string][]func(string) string{}
	}
	b.handlers[ev] = append(b.handlers[ev], h)
	idx := len(b.handlers[ev]) - 1
	return func() {
		b.handlers[ev][idx] = nil
	}
}

func (b *EventBus) Emit(ev, payload string) []string {
	var out []string
	for _, h := range b.handlers[ev] {
		if h != nil {
			out = append(out, h(payload))
		}
	}
	return out
}

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func memoize(f func(int) int) (func(int) int, *int) {
	cache := map[int]int{}
	misses := 0
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		misses++
		v := f(n)
		cache[n] = v
		return v
	}, &misses
}

func main() {
	var bus EventBus
	count := 0
	unsub := bus.On("msg", func(p string) string { count++; return "A:" + p })
	bus.On("msg", func(p string) string { count += 10; return "B:" + p })
	fmt.Println(bus.Emit("msg", "hi"), count)
	unsub()
	fmt.Println(bus.Emit("msg", "again"), count, len(bus.Emit("none", "x")))

	next := fibGen()
	for i := 0; i < 10; i++ {
		fmt.Print(next(), " ")
	}
	fmt.Println()

	sq, misses := memoize(func(n int) int { return n * n })
	for _, n := range []int{2, 3, 2, 2, 4, 3} {
		fmt.Print(sq(n), " ")
	}
	fmt.Println("misses:", *misses)

	var steps []string
	record := func(s string) func() {
		steps = append(steps, "enter "+s)
		return func() { steps = append(steps, "exit "+s) }
	}
	func() {
		defer record("outer")()
		func() {
			defer record("inner")()
		}()
	}()
	fmt.Println(steps)
	x := 0
	incs := [3]func(){}
	for i := range incs {
		incs[i] = func() { x += i }
	}
	for _, f := range incs {
		f()
	}
	fmt.Println("x =", x)
}
