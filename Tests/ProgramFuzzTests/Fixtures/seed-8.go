package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

type Node struct {
	Val   int
	Next  *Node
	Left  *Node
	Right *Node
	Data  []int
}

type Valuer interface {
	Value() int
}

func (n *Node) Value() int { return n.Val + len(n.Data) }

type Pair struct {
	A int
	B int
}

func (p Pair) Value() int { return p.A*3 + p.B }

type Holder struct {
	V    Valuer
	P    *Node
	F    func() int
	Kids []*Node
	M    map[int]*Node
}

type Res struct {
	ID int
	V  int
}

var gMu sync.Mutex
var gTotal int
var gSlots [2]*Node
var gA = &Holder{}
var gB = &Holder{}
var gAny interface{}

func mix(a, b int) int { return (a*131 + b + 7) % 1000003 }

func buildList(n, seed int) *Node {
	var head *Node
	for i := 0; i < n; i++ {
		head = &Node{Val: (seed*31 + i) % 1009, Next: head}
	}
	return head
}

func sumList(l *Node) int {
	s := 0
	for p := l; p != nil; p = p.Next {
		s = mix(s, p.Val)
	}
	return s
}

func buildTree(d, seed int) *Node {
	if d == 0 {
		return nil
	}
	return &Node{Val: seed % 997, Left: buildTree(d-1, seed*2+1), Right: buildTree(d-1, seed*2+2)}
}

func sumTree(t *Node) int {
	if t == nil {
		return 0
	}
	return (t.Val + 3*sumTree(t.Left) + 5*sumTree(t.Right)) % 1000003
}

func garbage(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		g := &Node{Val: i, Data: make([]int, i%8+1)}
		s += g.Value()
	}
	return s
}

func addList(l *Node) {
	gMu.Lock()
	defer gMu.Unlock()
	gTotal = (gTotal + sumList(l)) % 1000003
}

func addTotal(v int) {
	gMu.Lock()
	gTotal = (gTotal + v) % 1000003
	gMu.Unlock()
}

func safeDiv(a, b int) (r int) {
	defer func() {
		if e := recover(); e != nil {
			r = 1
		}
	}()
	return a / b
}

func pause(k int) {
	switch k % 3 {
	case 0:
		runtime.Gosched()
	case 1:
		time.Sleep(time.Duration(k%5+1) * time.Microsecond)
	default:
		runtime.GC()
	}
}

func sumHolder(h *Holder) int {
	s := sumList(h.P)
	for _, k := range h.Kids {
		s = (s + k.Val) % 1000003
	}
	return s
}

// mover swaps pointers between the two global holders (and the holders
// themselves) while the workers allocate: the total stays the same.
func mover(rounds int, done chan bool) {
	for i := 0; i < rounds; i++ {
		gMu.Lock()
		gA.P, gB.P = gB.P, gA.P
		if len(gA.Kids) > 0 {
			k := gA.Kids[len(gA.Kids)-1]
			gA.Kids = gA.Kids[:len(gA.Kids)-1]
			gB.Kids = append(gB.Kids, k)
		}
		gA, gB = gB, gA
		gMu.Unlock()
		if i%4 == 0 {
			runtime.Gosched()
		}
	}
	done <- true
}

func w0(id int) (acc int) {
	acc = id + 12
	m1 := make(map[int][]int)
	for i := 0; i < 14; i++ {
		m1[i%5] = append(m1[i%5], i*66+id)
	}
	s1 := 0
	for key, vs := range m1 {
		s1 += key * len(vs)
		for _, x := range vs {
			s1 = (s1 + x) % 1000003
		}
	}
	acc = mix(acc, s1)
	m2 := make(map[int][]int)
	for i := 0; i < 14; i++ {
		m2[i%3] = append(m2[i%3], i*60+id)
	}
	s2 := 0
	for key, vs := range m2 {
		s2 += key * len(vs)
		for _, x := range vs {
			s2 = (s2 + x) % 1000003
		}
	}
	acc = mix(acc, s2)
	dp3 := &Node{Val: 32}
	defer func() {
		acc = mix(acc, dp3.Val)
	}()
	dp4 := &Node{Val: 65}
	defer func() {
		acc = mix(acc, dp4.Val)
	}()
	acc = mix(acc, safeDiv(acc+92, id%2))
	return acc
}

func w1(id int) (acc int) {
	acc = id + 18
	gSlots[id] = buildList(9, 91+id)
	l6 := gSlots[id]
	gSlots[id] = nil
	pause(1)
	gSlots[id] = l6
	acc = mix(acc, sumList(gSlots[id]))
	var vs7 []Valuer
	for i := 0; i < 24; i++ {
		if i%3 == 0 {
			vs7 = append(vs7, &Node{Val: i + 52, Data: make([]int, i%3)})
		} else {
			vs7 = append(vs7, Pair{i, 52})
		}
	}
	pause(2)
	for _, v := range vs7 {
		acc = mix(acc, v.Value())
	}
	m8 := make(map[int][]int)
	for i := 0; i < 14; i++ {
		m8[i%5] = append(m8[i%5], i*68+id)
	}
	s8 := 0
	for key, vs := range m8 {
		s8 += key * len(vs)
		for _, x := range vs {
			s8 = (s8 + x) % 1000003
		}
	}
	acc = mix(acc, s8)
	t9 := buildTree(1, id+31)
	acc = mix(acc, sumTree(t9))
	return acc
}

func main() {
	gA.P = buildList(3, 1)
	gB.P = buildList(10, 2)
	for i := 0; i < 7; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(26, done)
	fns := []func(int) int{w0, w1}
	results := make([]int, len(fns))
	for i, f := range fns {
		results[i] = f(i)
	}
	<-done
	for i, r := range results {
		fmt.Println("w", i, r)
	}
	slots := 0
	for i := 0; i < len(gSlots); i++ {
		slots = mix(slots, sumList(gSlots[i]))
	}
	fmt.Println("slots", slots)
	fmt.Println("total", gTotal)
	fmt.Println("holders", sumHolder(gA)+sumHolder(gB))
	if nd, ok := gAny.(*Node); ok {
		fmt.Println("any", nd.Val > 0)
	}
}
