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
	acc = id + 8
	xs1 := []interface{}{&Node{Val: 43}, id, "s43", Pair{id, 43}, buildList(1, 43)}
	garbage(35)
	for _, x := range xs1 {
		switch v := x.(type) {
		case *Node:
			acc = mix(acc, sumList(v))
		case int:
			acc = mix(acc, v)
		case string:
			acc = mix(acc, len(v))
		case Pair:
			acc = mix(acc, v.Value())
		}
	}
	acc = mix(acc, safeDiv(acc+27, id%3))
	gMu.Lock()
	gAny = &Node{Val: 87, Next: buildList(4, id)}
	gMu.Unlock()
	big4 := make([]int, 4896)
	for i := 0; i < len(big4); i += 171 {
		big4[i] = i % 97
	}
	bs4 := 0
	for _, x := range big4 {
		bs4 += x
	}
	acc = mix(acc, bs4)
	fs5 := []func() int{}
	for i := 0; i < 4; i++ {
		q := &Node{Val: i*63 + id}
		fs5 = append(fs5, func() int { return q.Val + id })
	}
	garbage(46)
	for _, f := range fs5 {
		acc = mix(acc, f())
	}
	return acc
}

func w1(id int) (acc int) {
	acc = id + 24
	dp6 := &Node{Val: 90}
	defer func() {
		acc = mix(acc, dp6.Val)
	}()
	dp7 := &Node{Val: 54}
	defer func() {
		acc = mix(acc, dp7.Val)
	}()
	a8 := buildList(16, 6+id)
	b8 := &Holder{}
	b8.P = a8.Next
	a8.Next = nil
	pause(1)
	garbage(11)
	acc = mix(acc, sumList(a8)+sumList(b8.P))
	mp9 := map[int]*Node{}
	for i := 0; i < 17; i++ {
		mp9[i] = &Node{Val: i*25 + id}
	}
	for i := 0; i < 17; i += 3 {
		delete(mp9, i)
	}
	pause(0)
	s9 := 0
	for key, v := range mp9 {
		s9 = (s9 + key*v.Val) % 1000003
	}
	acc = mix(acc, s9+len(mp9))
	str10 := ""
	for i := 0; i < 7; i++ {
		str10 += fmt.Sprint(i*32)
	}
	hm10 := &Holder{M: map[int]*Node{}}
	hm10.M[32] = &Node{Val: len(str10)}
	hm10.F = func() int { return hm10.M[32].Val }
	pause(1)
	acc = mix(acc, hm10.F())
	var vs11 []Valuer
	for i := 0; i < 21; i++ {
		if i%3 == 0 {
			vs11 = append(vs11, &Node{Val: i + 64, Data: make([]int, i%3)})
		} else {
			vs11 = append(vs11, Pair{i, 64})
		}
	}
	pause(1)
	for _, v := range vs11 {
		acc = mix(acc, v.Value())
	}
	return acc
}

func main() {
	gA.P = buildList(2, 1)
	gB.P = buildList(10, 2)
	for i := 0; i < 3; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(22, done)
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
