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
	acc = id + 3
	l1 := buildList(8, id+94)
	acc = mix(acc, sumList(l1))
	fs2 := []func() int{}
	for i := 0; i < 9; i++ {
		q := &Node{Val: i*30 + id}
		fs2 = append(fs2, func() int { return q.Val + id })
	}
	garbage(36)
	for _, f := range fs2 {
		acc = mix(acc, f())
	}
	ping3 := make(chan *Node)
	pong3 := make(chan *Node)
	go func() {
		for nd := range ping3 {
			nd.Val = mix(nd.Val, id)
			nd.Next = &Node{Val: nd.Val % 7, Next: nd.Next}
			pong3 <- nd
		}
	}()
	pn3 := &Node{Val: 29}
	for i := 0; i < 2; i++ {
		ping3 <- pn3
		pn3 = <-pong3
	}
	close(ping3)
	acc = mix(acc, sumList(pn3))
	tc4 := make(chan *Node)
	go func() {
		for i := 0; i < 6; i++ {
			time.Sleep(time.Duration(i%3) * time.Microsecond)
			tc4 <- &Node{Val: i + 4}
		}
	}()
	for got := 0; got < 6; {
		select {
		case nd := <-tc4:
			acc = mix(acc, nd.Val)
			got++
		case <-time.After(25 * time.Microsecond):
		}
	}
	tc5 := make(chan *Node)
	go func() {
		for i := 0; i < 4; i++ {
			time.Sleep(time.Duration(i%3) * time.Microsecond)
			tc5 <- &Node{Val: i + 72}
		}
	}()
	for got := 0; got < 4; {
		select {
		case nd := <-tc5:
			acc = mix(acc, nd.Val)
			got++
		case <-time.After(26 * time.Microsecond):
		}
	}
	p6 := &Node{Val: 30}
	f6 := func(d int) int {
		p6.Val = (p6.Val + d) % 1009
		return p6.Val
	}
	for i := 0; i < 11; i++ {
		acc = mix(acc, f6(i))
	}
	return acc
}

func w1(id int) (acc int) {
	acc = id + 32
	time.Sleep(27 * time.Microsecond)
	m8 := make(map[int][]int)
	for i := 0; i < 30; i++ {
		m8[i%2] = append(m8[i%2], i*46+id)
	}
	s8 := 0
	for key, vs := range m8 {
		s8 += key * len(vs)
		for _, x := range vs {
			s8 = (s8 + x) % 1000003
		}
	}
	acc = mix(acc, s8)
	acc = mix(acc, safeDiv(acc+10, id%1))
	var vs10 []Valuer
	for i := 0; i < 23; i++ {
		if i%2 == 0 {
			vs10 = append(vs10, &Node{Val: i + 40, Data: make([]int, i%3)})
		} else {
			vs10 = append(vs10, Pair{i, 40})
		}
	}
	pause(0)
	for _, v := range vs10 {
		acc = mix(acc, v.Value())
	}
	fs11 := []func() int{}
	for i := 0; i < 13; i++ {
		q := &Node{Val: i*43 + id}
		fs11 = append(fs11, func() int { return q.Val + id })
	}
	garbage(25)
	for _, f := range fs11 {
		acc = mix(acc, f())
	}
	return acc
}

func w2(id int) (acc int) {
	acc = id + 3
	fs12 := []func() int{}
	for i := 0; i < 12; i++ {
		q := &Node{Val: i*49 + id}
		fs12 = append(fs12, func() int { return q.Val + id })
	}
	garbage(42)
	for _, f := range fs12 {
		acc = mix(acc, f())
	}
	gSlots[id] = buildList(24, 89+id)
	l13 := gSlots[id]
	gSlots[id] = nil
	pause(2)
	gSlots[id] = l13
	acc = mix(acc, sumList(gSlots[id]))
	sc14 := make(chan int, 3)
	go func() {
		for i := 0; i < 4; i++ {
			sc14 <- i*27 + garbage(3)
		}
	}()
	for got := 0; got < 4; {
		select {
		case v := <-sc14:
			acc = mix(acc, v)
			got++
		default:
			runtime.Gosched()
		}
	}
	return acc
}

func w3(id int) (acc int) {
	acc = id + 4
	ping15 := make(chan *Node)
	pong15 := make(chan *Node)
	go func() {
		for nd := range ping15 {
			nd.Val = mix(nd.Val, id)
			nd.Next = &Node{Val: nd.Val % 7, Next: nd.Next}
			pong15 <- nd
		}
	}()
	pn15 := &Node{Val: 52}
	for i := 0; i < 1; i++ {
		ping15 <- pn15
		pn15 = <-pong15
	}
	close(ping15)
	acc = mix(acc, sumList(pn15))
	a16 := buildList(21, 40+id)
	b16 := &Holder{}
	b16.P = a16.Next
	a16.Next = nil
	pause(2)
	garbage(8)
	acc = mix(acc, sumList(a16)+sumList(b16.P))
	p17 := &Node{Val: 42}
	f17 := func(d int) int {
		p17.Val = (p17.Val + d) % 1009
		return p17.Val
	}
	for i := 0; i < 2; i++ {
		acc = mix(acc, f17(i))
	}
	tc18 := make(chan *Node)
	go func() {
		for i := 0; i < 7; i++ {
			time.Sleep(time.Duration(i%3) * time.Microsecond)
			tc18 <- &Node{Val: i + 27}
		}
	}()
	for got := 0; got < 7; {
		select {
		case nd := <-tc18:
			acc = mix(acc, nd.Val)
			got++
		case <-time.After(32 * time.Microsecond):
		}
	}
	runtime.Gosched()
	return acc
}

func w4(id int) (acc int) {
	acc = id + 18
	x20 := &Node{Val: 37, Data: []int{id, 37}}
	hold20 := &Holder{}
	hold20.P = x20
	hold20.V = x20
	x20 = nil
	garbage(40)
	pause(1)
	acc = mix(acc, hold20.P.Val+hold20.V.Value())
	fs21 := []func() int{}
	for i := 0; i < 11; i++ {
		q := &Node{Val: i*95 + id}
		fs21 = append(fs21, func() int { return q.Val + id })
	}
	garbage(47)
	for _, f := range fs21 {
		acc = mix(acc, f())
	}
	var wg22 sync.WaitGroup
	outs22 := make([]*Node, 4)
	for j := 0; j < 4; j++ {
		wg22.Add(1)
		go func(j int) {
			defer wg22.Done()
			pause(j + 2)
			outs22[j] = buildList(7, j+62)
		}(j)
	}
	wg22.Wait()
	for _, o := range outs22 {
		acc = mix(acc, sumList(o))
	}
	sc23 := make(chan int, 3)
	go func() {
		for i := 0; i < 4; i++ {
			sc23 <- i*74 + garbage(3)
		}
	}()
	for got := 0; got < 4; {
		select {
		case v := <-sc23:
			acc = mix(acc, v)
			got++
		default:
			runtime.Gosched()
		}
	}
	return acc
}

func main() {
	gA.P = buildList(10, 1)
	gB.P = buildList(1, 2)
	for i := 0; i < 2; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(35, done)
	fns := []func(int) int{w0, w1, w2, w3, w4}
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
