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
var gSlots [4]*Node
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
	acc = id + 4
	h1 := buildList(9, 21)
	o1 := &Node{Val: id}
	t1 := buildTree(5, 21)
	for i := 0; i < 6; i++ {
		h1.Next, o1.Next = o1.Next, h1.Next
		t1.Left, t1.Right = t1.Right, t1.Left
		if i%4 == 0 {
			pause(i)
		}
		garbage(10)
	}
	acc = mix(acc, sumList(h1)+sumList(o1)+sumTree(t1))
	t2 := buildTree(1, id+10)
	acc = mix(acc, sumTree(t2))
	x3 := &Node{Val: 16, Data: []int{id, 16}}
	hold3 := &Holder{}
	hold3.P = x3
	hold3.V = x3
	x3 = nil
	garbage(66)
	pause(1)
	acc = mix(acc, hold3.P.Val+hold3.V.Value())
	t4 := buildTree(4, id+63)
	acc = mix(acc, sumTree(t4))
	return acc
}

func w1(id int) (acc int) {
	acc = id + 41
	var wg5 sync.WaitGroup
	outs5 := make([]*Node, 1)
	for j := 0; j < 1; j++ {
		wg5.Add(1)
		go func(j int) {
			defer wg5.Done()
			pause(j + 1)
			outs5[j] = buildList(9, j+93)
		}(j)
	}
	wg5.Wait()
	for _, o := range outs5 {
		acc = mix(acc, sumList(o))
	}
	big6 := make([]int, 5176)
	for i := 0; i < len(big6); i += 182 {
		big6[i] = i % 58
	}
	bs6 := 0
	for _, x := range big6 {
		bs6 += x
	}
	acc = mix(acc, bs6)
	p7 := &Node{Val: 62}
	f7 := func(d int) int {
		p7.Val = (p7.Val + d) % 1009
		return p7.Val
	}
	for i := 0; i < 19; i++ {
		acc = mix(acc, f7(i))
	}
	gSlots[id] = buildList(17, 8+id)
	l8 := gSlots[id]
	gSlots[id] = nil
	pause(1)
	gSlots[id] = l8
	acc = mix(acc, sumList(gSlots[id]))
	tc9 := make(chan *Node)
	go func() {
		for i := 0; i < 6; i++ {
			time.Sleep(time.Duration(i%3) * time.Microsecond)
			tc9 <- &Node{Val: i + 82}
		}
	}()
	for got := 0; got < 6; {
		select {
		case nd := <-tc9:
			acc = mix(acc, nd.Val)
			got++
		case <-time.After(16 * time.Microsecond):
		}
	}
	return acc
}

func w2(id int) (acc int) {
	acc = id + 43
	ping10 := make(chan *Node)
	pong10 := make(chan *Node)
	go func() {
		for nd := range ping10 {
			nd.Val = mix(nd.Val, id)
			nd.Next = &Node{Val: nd.Val % 7, Next: nd.Next}
			pong10 <- nd
		}
	}()
	pn10 := &Node{Val: 93}
	for i := 0; i < 2; i++ {
		ping10 <- pn10
		pn10 = <-pong10
	}
	close(ping10)
	acc = mix(acc, sumList(pn10))
	acc = mix(acc, safeDiv(acc+88, id%2))
	l12 := buildList(15, id+96)
	acc = mix(acc, sumList(l12))
	m13 := make(map[int][]int)
	for i := 0; i < 2; i++ {
		m13[i%5] = append(m13[i%5], i*10+id)
	}
	s13 := 0
	for key, vs := range m13 {
		s13 += key * len(vs)
		for _, x := range vs {
			s13 = (s13 + x) % 1000003
		}
	}
	acc = mix(acc, s13)
	acc = mix(acc, safeDiv(acc+4, id%2))
	a15 := buildList(14, 77+id)
	b15 := &Holder{}
	b15.P = a15.Next
	a15.Next = nil
	pause(1)
	garbage(6)
	acc = mix(acc, sumList(a15)+sumList(b15.P))
	xs16 := []interface{}{&Node{Val: 17}, id, "s17", Pair{id, 17}, buildList(1, 17)}
	garbage(25)
	for _, x := range xs16 {
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

func w3(id int) (acc int) {
	acc = id + 1
	xs17 := []interface{}{&Node{Val: 31}, id, "s31", Pair{id, 31}, buildList(1, 31)}
	garbage(8)
	for _, x := range xs17 {
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
	addTotal(81 * id)
	x19 := &Node{Val: 28, Data: []int{id, 28}}
	hold19 := &Holder{}
	hold19.P = x19
	hold19.V = x19
	x19 = nil
	garbage(21)
	pause(0)
	acc = mix(acc, hold19.P.Val+hold19.V.Value())
	var vs20 []Valuer
	for i := 0; i < 14; i++ {
		if i%3 == 0 {
			vs20 = append(vs20, &Node{Val: i + 95, Data: make([]int, i%3)})
		} else {
			vs20 = append(vs20, Pair{i, 95})
		}
	}
	pause(1)
	for _, v := range vs20 {
		acc = mix(acc, v.Value())
	}
	addTotal(79 * id)
	sc22 := make(chan int, 2)
	go func() {
		for i := 0; i < 10; i++ {
			sc22 <- i*42 + garbage(3)
		}
	}()
	for got := 0; got < 10; {
		select {
		case v := <-sc22:
			acc = mix(acc, v)
			got++
		default:
			runtime.Gosched()
		}
	}
	return acc
}

func main() {
	gA.P = buildList(2, 1)
	gB.P = buildList(2, 2)
	for i := 0; i < 3; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(11, done)
	fns := []func(int) int{w0, w1, w2, w3}
	results := make([]int, len(fns))
	ch := make(chan Res, 1)
	for i, f := range fns {
		go func(i int, f func(int) int) {
			ch <- Res{i, f(i)}
		}(i, f)
	}
	for k := 0; k < len(fns); k++ {
		r := <-ch
		results[r.ID] = r.V
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
