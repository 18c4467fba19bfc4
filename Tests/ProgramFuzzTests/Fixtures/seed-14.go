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
	acc = id + 8
	h1 := buildList(10, 39)
	o1 := &Node{Val: id}
	t1 := buildTree(5, 39)
	for i := 0; i < 2; i++ {
		h1.Next, o1.Next = o1.Next, h1.Next
		t1.Left, t1.Right = t1.Right, t1.Left
		if i%3 == 0 {
			pause(i)
		}
		garbage(2)
	}
	acc = mix(acc, sumList(h1)+sumList(o1)+sumTree(t1))
	sc2 := make(chan int, 3)
	go func() {
		for i := 0; i < 7; i++ {
			sc2 <- i*44 + garbage(3)
		}
	}()
	for got := 0; got < 7; {
		select {
		case v := <-sc2:
			acc = mix(acc, v)
			got++
		default:
			runtime.Gosched()
		}
	}
	m3 := make(map[int][]int)
	for i := 0; i < 15; i++ {
		m3[i%5] = append(m3[i%5], i*48+id)
	}
	s3 := 0
	for key, vs := range m3 {
		s3 += key * len(vs)
		for _, x := range vs {
			s3 = (s3 + x) % 1000003
		}
	}
	acc = mix(acc, s3)
	ch4 := make(chan *Node, 0)
	go func() {
		for i := 0; i < 7; i++ {
			ch4 <- &Node{Val: i*13 + id, Next: buildList(i%3, i)}
		}
		close(ch4)
	}()
	garbage(10)
	for nd := range ch4 {
		acc = mix(acc, nd.Val+sumList(nd.Next))
	}
	return acc
}

func w1(id int) (acc int) {
	acc = id + 8
	gMu.Lock()
	gAny = &Node{Val: 75, Next: buildList(3, id)}
	gMu.Unlock()
	acc = mix(acc, safeDiv(acc+35, id%2))
	defer addList(buildList(12, 4+id))
	garbage(35)
	l8 := buildList(9, id+34)
	acc = mix(acc, sumList(l8))
	dp9 := &Node{Val: 63}
	defer func() {
		acc = mix(acc, dp9.Val)
	}()
	acc = mix(acc, safeDiv(acc+95, id%1))
	return acc
}

func w2(id int) (acc int) {
	acc = id + 2
	big11 := make([]int, 4521)
	for i := 0; i < len(big11); i += 157 {
		big11[i] = i % 63
	}
	bs11 := 0
	for _, x := range big11 {
		bs11 += x
	}
	acc = mix(acc, bs11)
	ping12 := make(chan *Node)
	pong12 := make(chan *Node)
	go func() {
		for nd := range ping12 {
			nd.Val = mix(nd.Val, id)
			nd.Next = &Node{Val: nd.Val % 7, Next: nd.Next}
			pong12 <- nd
		}
	}()
	pn12 := &Node{Val: 18}
	for i := 0; i < 3; i++ {
		ping12 <- pn12
		pn12 = <-pong12
	}
	close(ping12)
	acc = mix(acc, sumList(pn12))
	h13 := buildList(11, 90)
	o13 := &Node{Val: id}
	t13 := buildTree(3, 90)
	for i := 0; i < 12; i++ {
		h13.Next, o13.Next = o13.Next, h13.Next
		t13.Left, t13.Right = t13.Right, t13.Left
		if i%2 == 0 {
			pause(i)
		}
		garbage(7)
	}
	acc = mix(acc, sumList(h13)+sumList(o13)+sumTree(t13))
	fs14 := []func() int{}
	for i := 0; i < 14; i++ {
		q := &Node{Val: i*78 + id}
		fs14 = append(fs14, func() int { return q.Val + id })
	}
	garbage(9)
	for _, f := range fs14 {
		acc = mix(acc, f())
	}
	ping15 := make(chan *Node)
	pong15 := make(chan *Node)
	go func() {
		for nd := range ping15 {
			nd.Val = mix(nd.Val, id)
			nd.Next = &Node{Val: nd.Val % 7, Next: nd.Next}
			pong15 <- nd
		}
	}()
	pn15 := &Node{Val: 19}
	for i := 0; i < 2; i++ {
		ping15 <- pn15
		pn15 = <-pong15
	}
	close(ping15)
	acc = mix(acc, sumList(pn15))
	m16 := make(map[int][]int)
	for i := 0; i < 14; i++ {
		m16[i%6] = append(m16[i%6], i*16+id)
	}
	s16 := 0
	for key, vs := range m16 {
		s16 += key * len(vs)
		for _, x := range vs {
			s16 = (s16 + x) % 1000003
		}
	}
	acc = mix(acc, s16)
	xs17 := []interface{}{&Node{Val: 69}, id, "s69", Pair{id, 69}, buildList(3, 69)}
	garbage(37)
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
	return acc
}

func w3(id int) (acc int) {
	acc = id + 15
	p18 := &Node{Val: 3}
	f18 := func(d int) int {
		p18.Val = (p18.Val + d) % 1009
		return p18.Val
	}
	for i := 0; i < 2; i++ {
		acc = mix(acc, f18(i))
	}
	fs19 := []func() int{}
	for i := 0; i < 6; i++ {
		q := &Node{Val: i*39 + id}
		fs19 = append(fs19, func() int { return q.Val + id })
	}
	garbage(53)
	for _, f := range fs19 {
		acc = mix(acc, f())
	}
	a20 := buildList(23, 64+id)
	b20 := &Holder{}
	b20.P = a20.Next
	a20.Next = nil
	pause(0)
	garbage(33)
	acc = mix(acc, sumList(a20)+sumList(b20.P))
	return acc
}

func main() {
	gA.P = buildList(7, 1)
	gB.P = buildList(4, 2)
	for i := 0; i < 6; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(9, done)
	fns := []func(int) int{w0, w1, w2, w3}
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
