package main

import (
	"fmt"
	"math"
)

var trace []string

func t(name string, v int) int { trace = append(trace, name); return v }
func b(name string, v bool) bool { trace = append(trace, name); return v }

func boom() int { panic("boom") }

func main() {
	switch t("tag", 2) {
	case t("c1", 1), t("c2", 2), t("c3", 3):
		trace = append(trace, "hit")
	case t("c4", 2):
	}
	fmt.Println(trace)
	trace = nil
	if b("a", false) && b("b", true) || b("c", true) && !b("d", false) {
		fmt.Println("yes", trace)
	}
	a, c := 1, 2
	func() {
		defer func() { recover() }()
		a, c = t("x", 10), boom()
	}()
	fmt.Println(a, c)
	m := map[string]int{"k": 1}
	func() {
		defer func() { recover() }()
		m["k"] = boom()
	}()
	fmt.Println(m)
	x := []int{}
	func() {
		defer func() { fmt.Println(recover()) }()
		_ = x[len(x)-1]
	}()
	zero := 0.0
	fmt.Println(1/zero, -1/zero, zero/zero == zero/zero, math.Inf(1) > math.MaxFloat64, math.NaN() != math.NaN())
	fmt.Printf("%.2f %v %6.1f|%-8v|\n", math.Inf(-1), math.NaN(), math.Inf(1), math.Inf(1))
	var i8 int8 = -128
	fmt.Println(i8/-1, i8*-1, -i8, i8%-1)
	var mn int64 = math.MinInt64
	fmt.Println(mn/-1, mn%-1)
	u := uint32(1) << 31
	fmt.Println(u<<1, int32(u), uint16(u>>10), int(-7)>>1, -7/2, uint8(u>>24)+uint8(100))
	s := "héllo"
	fmt.Println(s[1], s[1:3], len(s), []byte(s[1:3]), string(s[1]))
}
