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
var gSlots [5]*Node
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
	acc = id + 25
	xs1 := []interface{}{&Node{Val: 13}, id, "s13", Pair{id, 13}, buildList(3, 13)}
	garbage(12)
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
	ping2 := make(chan *Node)
	pong2 := make(chan *Node)
	go func() {
		for nd := range ping2 {
			nd.Val = mix(nd.Val, id)
			nd.Next = &Node{Val: nd.Val % 7, Next: nd.Next}
			pong2 <- nd
		}
	}()
	pn2 := &Node{Val: 3}
	for i := 0; i < 2; i++ {
		ping2 <- pn2
		pn2 = <-pong2
	}
	close(ping2)
	acc = mix(acc, sumList(pn2))
	l3 := buildList(36, id+65)
	acc = mix(acc, sumList(l3))
	m4 := make(map[int][]int)
	for i := 0; i < 2; i++ {
		m4[i%4] = append(m4[i%4], i*38+id)
	}
	s4 := 0
	for key, vs := range m4 {
		s4 += key * len(vs)
		for _, x := range vs {
			s4 = (s4 + x) % 1000003
		}
	}
	acc = mix(acc, s4)
	acc = mix(acc, safeDiv(acc+31, id%3))
	xs6 := []interface{}{&Node{Val: 63}, id, "s63", Pair{id, 63}, buildList(2, 63)}
	garbage(15)
	for _, x := range xs6 {
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
	acc = id + 8
	p7 := &Node{Val: 15}
	f7 := func(d int) int {
		p7.Val = (p7.Val + d) % 1009
		return p7.Val
	}
	for i := 0; i < 18; i++ {
		acc = mix(acc, f7(i))
	}
	dp8 := &Node{Val: 89}
	defer func() {
		acc = mix(acc, dp8.Val)
	}()
	p9 := &Node{Val: 78}
	f9 := func(d int) int {
		p9.Val = (p9.Val + d) % 1009
		return p9.Val
	}
	for i := 0; i < 7; i++ {
		acc = mix(acc, f9(i))
	}
	return acc
}

func w2(id int) (acc int) {
	acc = id + 1
	gSlots[id] = buildList(15, 96+id)
	l10 := gSlots[id]
	gSlots[id] = nil
	pause(0)
	gSlots[id] = l10
	acc = mix(acc, sumList(gSlots[id]))
	defer addList(buildList(20, 23+id))
	garbage(14)
	tc12 := make(chan *Node)
	go func() {
		for i := 0; i < 1; i++ {
			time.Sleep(time.Duration(i%3) * time.Microsecond)
			tc12 <- &Node{Val: i + 57}
		}
	}()
	for got := 0; got < 1; {
		select {
		case nd := <-tc12:
			acc = mix(acc, nd.Val)
			got++
		case <-time.After(15 * time.Microsecond):
		}
	}
	p13 := &Node{Val: 40}
	f13 := func(d int) int {
		p13.Val = (p13.Val + d) % 1009
		return p13.Val
	}
	for i := 0; i < 3; i++ {
		acc = mix(acc, f13(i))
	}
	mp14 := map[int]*Node{}
	for i := 0; i < 20; i++ {
		mp14[i] = &Node{Val: i*76 + id}
	}
	for i := 0; i < 20; i += 3 {
		delete(mp14, i)
	}
	pause(0)
	s14 := 0
	for key, v := range mp14 {
		s14 = (s14 + key*v.Val) % 1000003
	}
	acc = mix(acc, s14+len(mp14))
	ping15 := make(chan *Node)
	pong15 := make(chan *Node)
	go func() {
		for nd := range ping15 {
			nd.Val = mix(nd.Val, id)
			nd.Next = &Node{Val: nd.Val % 7, Next: nd.Next}
			pong15 <- nd
		}
	}()
	pn15 := &Node{Val: 27}
	for i := 0; i < 2; i++ {
		ping15 <- pn15
		pn15 = <-pong15
	}
	close(ping15)
	acc = mix(acc, sumList(pn15))
	return acc
}

func w3(id int) (acc int) {
	acc = id + 17
	l16 := buildList(23, id+95)
	acc = mix(acc, sumList(l16))
	a17 := buildList(27, 42+id)
	b17 := &Holder{}
	b17.P = a17.Next
	a17.Next = nil
	pause(2)
	garbage(31)
	acc = mix(acc, sumList(a17)+sumList(b17.P))
	p18 := &Node{Val: 51}
	f18 := func(d int) int {
		p18.Val = (p18.Val + d) % 1009
		return p18.Val
	}
	for i := 0; i < 14; i++ {
		acc = mix(acc, f18(i))
	}
	acc = mix(acc, safeDiv(acc+76, id%2))
	sc20 := make(chan int, 1)
	go func() {
		for i := 0; i < 10; i++ {
			sc20 <- i*70 + garbage(3)
		}
	}()
	for got := 0; got < 10; {
		select {
		case v := <-sc20:
			acc = mix(acc, v)
			got++
		default:
			runtime.Gosched()
		}
	}
	ch21 := make(chan *Node, 2)
	go func() {
		for i := 0; i < 15; i++ {
			ch21 <- &Node{Val: i*39 + id, Next: buildList(i%3, i)}
		}
		close(ch21)
	}()
	garbage(3)
	for nd := range ch21 {
		acc = mix(acc, nd.Val+sumList(nd.Next))
	}
	x22 := &Node{Val: 12, Data: []int{id, 12}}
	hold22 := &Holder{}
	hold22.P = x22
	hold22.V = x22
	x22 = nil
	garbage(51)
	pause(1)
	acc = mix(acc, hold22.P.Val+hold22.V.Value())
	return acc
}

func w4(id int) (acc int) {
	acc = id + 36
	h23 := buildList(16, 43)
	o23 := &Node{Val: id}
	t23 := buildTree(5, 43)
	for i := 0; i < 3; i++ {
		h23.Next, o23.Next = o23.Next, h23.Next
		t23.Left, t23.Right = t23.Right, t23.Left
		if i%2 == 0 {
			pause(i)
		}
		garbage(9)
	}
	acc = mix(acc, sumList(h23)+sumList(o23)+sumTree(t23))
	dp24 := &Node{Val: 92}
	defer func() {
		acc = mix(acc, dp24.Val)
	}()
	x25 := &Node{Val: 92, Data: []int{id, 92}}
	hold25 := &Holder{}
	hold25.P = x25
	hold25.V = x25
	x25 = nil
	garbage(15)
	pause(2)
	acc = mix(acc, hold25.P.Val+hold25.V.Value())
	str26 := ""
	for i := 0; i < 9; i++ {
		str26 += fmt.Sprint(i*93)
	}
	hm26 := &Holder{M: map[int]*Node{}}
	hm26.M[93] = &Node{Val: len(str26)}
	hm26.F = func() int { return hm26.M[93].Val }
	pause(2)
	acc = mix(acc, hm26.F())
	str27 := ""
	for i := 0; i < 2; i++ {
		str27 += fmt.Sprint(i*44)
	}
	hm27 := &Holder{M: map[int]*Node{}}
	hm27.M[44] = &Node{Val: len(str27)}
	hm27.F = func() int { return hm27.M[44].Val }
	pause(1)
	acc = mix(acc, hm27.F())
	gSlots[id] = buildList(13, 17+id)
	l28 := gSlots[id]
	gSlots[id] = nil
	pause(1)
	gSlots[id] = l28
	acc = mix(acc, sumList(gSlots[id]))
	ch29 := make(chan *Node, 0)
	go func() {
		for i := 0; i < 3; i++ {
			ch29 <- &Node{Val: i*69 + id, Next: buildList(i%3, i)}
		}
		close(ch29)
	}()
	garbage(27)
	for nd := range ch29 {
		acc = mix(acc, nd.Val+sumList(nd.Next))
	}
	return acc
}

func main() {
	gA.P = buildList(2, 1)
	gB.P = buildList(2, 2)
	for i := 0; i < 7; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(37, done)
	fns := []func(int) int{w0, w1, w2, w3, w4}
	results := make([]int, len(fns))
	ch := make(chan *Res, 0)
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
		case <-time.After(103 * time.Microsecond):
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
