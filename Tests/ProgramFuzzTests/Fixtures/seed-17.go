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
	acc = id + 39
	defer addList(buildList(2, 10+id))
	garbage(16)
	ch2 := make(chan *Node, 2)
	go func() {
		for i := 0; i < 14; i++ {
			ch2 <- &Node{Val: i*77 + id, Next: buildList(i%3, i)}
		}
		close(ch2)
	}()
	garbage(19)
	for nd := range ch2 {
		acc = mix(acc, nd.Val+sumList(nd.Next))
	}
	big3 := make([]int, 5983)
	for i := 0; i < len(big3); i += 95 {
		big3[i] = i % 52
	}
	bs3 := 0
	for _, x := range big3 {
		bs3 += x
	}
	acc = mix(acc, bs3)
	m4 := make(map[int][]int)
	for i := 0; i < 7; i++ {
		m4[i%5] = append(m4[i%5], i*24+id)
	}
	s4 := 0
	for key, vs := range m4 {
		s4 += key * len(vs)
		for _, x := range vs {
			s4 = (s4 + x) % 1000003
		}
	}
	acc = mix(acc, s4)
	p5 := &Node{Val: 74}
	f5 := func(d int) int {
		p5.Val = (p5.Val + d) % 1009
		return p5.Val
	}
	for i := 0; i < 11; i++ {
		acc = mix(acc, f5(i))
	}
	return acc
}

func w1(id int) (acc int) {
	acc = id + 8
	fs6 := []func() int{}
	for i := 0; i < 9; i++ {
		q := &Node{Val: i*40 + id}
		fs6 = append(fs6, func() int { return q.Val + id })
	}
	garbage(43)
	for _, f := range fs6 {
		acc = mix(acc, f())
	}
	m7 := make(map[int][]int)
	for i := 0; i < 6; i++ {
		m7[i%2] = append(m7[i%2], i*84+id)
	}
	s7 := 0
	for key, vs := range m7 {
		s7 += key * len(vs)
		for _, x := range vs {
			s7 = (s7 + x) % 1000003
		}
	}
	acc = mix(acc, s7)
	x8 := &Node{Val: 67, Data: []int{id, 67}}
	hold8 := &Holder{}
	hold8.P = x8
	hold8.V = x8
	x8 = nil
	garbage(72)
	pause(0)
	acc = mix(acc, hold8.P.Val+hold8.V.Value())
	ping9 := make(chan *Node)
	pong9 := make(chan *Node)
	go func() {
		for nd := range ping9 {
			nd.Val = mix(nd.Val, id)
			nd.Next = &Node{Val: nd.Val % 7, Next: nd.Next}
			pong9 <- nd
		}
	}()
	pn9 := &Node{Val: 91}
	for i := 0; i < 10; i++ {
		ping9 <- pn9
		pn9 = <-pong9
	}
	close(ping9)
	acc = mix(acc, sumList(pn9))
	ch10 := make(chan *Node, 1)
	go func() {
		for i := 0; i < 3; i++ {
			ch10 <- &Node{Val: i*49 + id, Next: buildList(i%3, i)}
		}
		close(ch10)
	}()
	garbage(10)
	for nd := range ch10 {
		acc = mix(acc, nd.Val+sumList(nd.Next))
	}
	return acc
}

func main() {
	gA.P = buildList(1, 1)
	gB.P = buildList(2, 2)
	for i := 0; i < 8; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(40, done)
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
