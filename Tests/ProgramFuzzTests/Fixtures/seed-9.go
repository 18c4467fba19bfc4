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
var gSlots [3]*Node
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
	tc1 := make(chan *Node)
	go func() {
		for i := 0; i < 5; i++ {
			time.Sleep(time.Duration(i%3) * time.Microsecond)
			tc1 <- &Node{Val: i + 29}
		}
	}()
	for got := 0; got < 5; {
		select {
		case nd := <-tc1:
			acc = mix(acc, nd.Val)
			got++
		case <-time.After(9 * time.Microsecond):
		}
	}
	mp2 := map[int]*Node{}
	for i := 0; i < 23; i++ {
		mp2[i] = &Node{Val: i*43 + id}
	}
	for i := 0; i < 23; i += 2 {
		delete(mp2, i)
	}
	pause(0)
	s2 := 0
	for key, v := range mp2 {
		s2 = (s2 + key*v.Val) % 1000003
	}
	acc = mix(acc, s2+len(mp2))
	a3 := buildList(24, 60+id)
	b3 := &Holder{}
	b3.P = a3.Next
	a3.Next = nil
	pause(1)
	garbage(30)
	acc = mix(acc, sumList(a3)+sumList(b3.P))
	ping4 := make(chan *Node)
	pong4 := make(chan *Node)
	go func() {
		for nd := range ping4 {
			nd.Val = mix(nd.Val, id)
			nd.Next = &Node{Val: nd.Val % 7, Next: nd.Next}
			pong4 <- nd
		}
	}()
	pn4 := &Node{Val: 47}
	for i := 0; i < 9; i++ {
		ping4 <- pn4
		pn4 = <-pong4
	}
	close(ping4)
	acc = mix(acc, sumList(pn4))
	addTotal(19 * id)
	p6 := &Node{Val: 85}
	f6 := func(d int) int {
		p6.Val = (p6.Val + d) % 1009
		return p6.Val
	}
	for i := 0; i < 16; i++ {
		acc = mix(acc, f6(i))
	}
	xs7 := []interface{}{&Node{Val: 35}, id, "s35", Pair{id, 35}, buildList(1, 35)}
	garbage(18)
	for _, x := range xs7 {
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
	return acc
}

func w1(id int) (acc int) {
	acc = id + 25
	var vs8 []Valuer
	for i := 0; i < 10; i++ {
		if i%2 == 0 {
			vs8 = append(vs8, &Node{Val: i + 46, Data: make([]int, i%3)})
		} else {
			vs8 = append(vs8, Pair{i, 46})
		}
	}
	pause(2)
	for _, v := range vs8 {
		acc = mix(acc, v.Value())
	}
	acc = mix(acc, safeDiv(acc+65, id%1))
	addTotal(87 * id)
	x11 := &Node{Val: 54, Data: []int{id, 54}}
	hold11 := &Holder{}
	hold11.P = x11
	hold11.V = x11
	x11 = nil
	garbage(43)
	pause(1)
	acc = mix(acc, hold11.P.Val+hold11.V.Value())
	a12 := buildList(20, 27+id)
	b12 := &Holder{}
	b12.P = a12.Next
	a12.Next = nil
	pause(2)
	garbage(34)
	acc = mix(acc, sumList(a12)+sumList(b12.P))
	gSlots[id] = buildList(9, 11+id)
	l13 := gSlots[id]
	gSlots[id] = nil
	pause(2)
	gSlots[id] = l13
	acc = mix(acc, sumList(gSlots[id]))
	ping14 := make(chan *Node)
	pong14 := make(chan *Node)
	go func() {
		for nd := range ping14 {
			nd.Val = mix(nd.Val, id)
			nd.Next = &Node{Val: nd.Val % 7, Next: nd.Next}
			pong14 <- nd
		}
	}()
	pn14 := &Node{Val: 50}
	for i := 0; i < 5; i++ {
		ping14 <- pn14
		pn14 = <-pong14
	}
	close(ping14)
	acc = mix(acc, sumList(pn14))
	return acc
}

func w2(id int) (acc int) {
	acc = id + 16
	big15 := make([]int, 5800)
	for i := 0; i < len(big15); i += 181 {
		big15[i] = i % 57
	}
	bs15 := 0
	for _, x := range big15 {
		bs15 += x
	}
	acc = mix(acc, bs15)
	t16 := buildTree(1, id+80)
	acc = mix(acc, sumTree(t16))
	big17 := make([]int, 5431)
	for i := 0; i < len(big17); i += 154 {
		big17[i] = i % 72
	}
	bs17 := 0
	for _, x := range big17 {
		bs17 += x
	}
	acc = mix(acc, bs17)
	h18 := buildList(3, 27)
	o18 := &Node{Val: id}
	t18 := buildTree(3, 27)
	for i := 0; i < 1; i++ {
		h18.Next, o18.Next = o18.Next, h18.Next
		t18.Left, t18.Right = t18.Right, t18.Left
		if i%2 == 0 {
			pause(i)
		}
		garbage(3)
	}
	acc = mix(acc, sumList(h18)+sumList(o18)+sumTree(t18))
	m19 := make(map[int][]int)
	for i := 0; i < 25; i++ {
		m19[i%3] = append(m19[i%3], i*19+id)
	}
	s19 := 0
	for key, vs := range m19 {
		s19 += key * len(vs)
		for _, x := range vs {
			s19 = (s19 + x) % 1000003
		}
	}
	acc = mix(acc, s19)
	a20 := buildList(19, 73+id)
	b20 := &Holder{}
	b20.P = a20.Next
	a20.Next = nil
	pause(0)
	garbage(29)
	acc = mix(acc, sumList(a20)+sumList(b20.P))
	return acc
}

func main() {
	gA.P = buildList(6, 1)
	gB.P = buildList(7, 2)
	for i := 0; i < 2; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(3, done)
	fns := []func(int) int{w0, w1, w2}
	results := make([]int, len(fns))
	ch := make(chan *Res, 1)
	for i, f := range fns {
		go func(i int, f func(int) int) {
			ch <- &Res{i, f(i)}
		}(i, f)
	}
	for got := 0; got < len(fns); {
		select {
		case r := <-ch:
			results[r.ID] = r.V
			got++
		case <-time.After(115 * time.Microsecond):
		}
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
