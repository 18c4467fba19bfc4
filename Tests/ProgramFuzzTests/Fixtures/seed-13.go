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
	acc = id + 12
	var wg1 sync.WaitGroup
	outs1 := make([]*Node, 5)
	for j := 0; j < 5; j++ {
		wg1.Add(1)
		go func(j int) {
			defer wg1.Done()
			pause(j + 2)
			outs1[j] = buildList(10, j+41)
		}(j)
	}
	wg1.Wait()
	for _, o := range outs1 {
		acc = mix(acc, sumList(o))
	}
	gMu.Lock()
	gAny = &Node{Val: 67, Next: buildList(4, id)}
	gMu.Unlock()
	ping3 := make(chan *Node)
	pong3 := make(chan *Node)
	go func() {
		for nd := range ping3 {
			nd.Val = mix(nd.Val, id)
			nd.Next = &Node{Val: nd.Val % 7, Next: nd.Next}
			pong3 <- nd
		}
	}()
	pn3 := &Node{Val: 68}
	for i := 0; i < 8; i++ {
		ping3 <- pn3
		pn3 = <-pong3
	}
	close(ping3)
	acc = mix(acc, sumList(pn3))
	h4 := buildList(17, 57)
	o4 := &Node{Val: id}
	t4 := buildTree(5, 57)
	for i := 0; i < 9; i++ {
		h4.Next, o4.Next = o4.Next, h4.Next
		t4.Left, t4.Right = t4.Right, t4.Left
		if i%3 == 0 {
			pause(i)
		}
		garbage(8)
	}
	acc = mix(acc, sumList(h4)+sumList(o4)+sumTree(t4))
	time.Sleep(17 * time.Microsecond)
	m6 := make(map[int][]int)
	for i := 0; i < 28; i++ {
		m6[i%6] = append(m6[i%6], i*34+id)
	}
	s6 := 0
	for key, vs := range m6 {
		s6 += key * len(vs)
		for _, x := range vs {
			s6 = (s6 + x) % 1000003
		}
	}
	acc = mix(acc, s6)
	return acc
}

func w1(id int) (acc int) {
	acc = id + 21
	ping7 := make(chan *Node)
	pong7 := make(chan *Node)
	go func() {
		for nd := range ping7 {
			nd.Val = mix(nd.Val, id)
			nd.Next = &Node{Val: nd.Val % 7, Next: nd.Next}
			pong7 <- nd
		}
	}()
	pn7 := &Node{Val: 11}
	for i := 0; i < 10; i++ {
		ping7 <- pn7
		pn7 = <-pong7
	}
	close(ping7)
	acc = mix(acc, sumList(pn7))
	var wg8 sync.WaitGroup
	outs8 := make([]*Node, 1)
	for j := 0; j < 1; j++ {
		wg8.Add(1)
		go func(j int) {
			defer wg8.Done()
			pause(j + 0)
			outs8[j] = buildList(5, j+47)
		}(j)
	}
	wg8.Wait()
	for _, o := range outs8 {
		acc = mix(acc, sumList(o))
	}
	ping9 := make(chan *Node)
	pong9 := make(chan *Node)
	go func() {
		for nd := range ping9 {
			nd.Val = mix(nd.Val, id)
			nd.Next = &Node{Val: nd.Val % 7, Next: nd.Next}
			pong9 <- nd
		}
	}()
	pn9 := &Node{Val: 82}
	for i := 0; i < 8; i++ {
		ping9 <- pn9
		pn9 = <-pong9
	}
	close(ping9)
	acc = mix(acc, sumList(pn9))
	var vs10 []Valuer
	for i := 0; i < 5; i++ {
		if i%2 == 0 {
			vs10 = append(vs10, &Node{Val: i + 25, Data: make([]int, i%3)})
		} else {
			vs10 = append(vs10, Pair{i, 25})
		}
	}
	pause(1)
	for _, v := range vs10 {
		acc = mix(acc, v.Value())
	}
	p11 := &Node{Val: 28}
	f11 := func(d int) int {
		p11.Val = (p11.Val + d) % 1009
		return p11.Val
	}
	for i := 0; i < 11; i++ {
		acc = mix(acc, f11(i))
	}
	return acc
}

func w2(id int) (acc int) {
	acc = id + 31
	fs12 := []func() int{}
	for i := 0; i < 6; i++ {
		q := &Node{Val: i*70 + id}
		fs12 = append(fs12, func() int { return q.Val + id })
	}
	garbage(22)
	for _, f := range fs12 {
		acc = mix(acc, f())
	}
	mp13 := map[int]*Node{}
	for i := 0; i < 3; i++ {
		mp13[i] = &Node{Val: i*50 + id}
	}
	for i := 0; i < 3; i += 2 {
		delete(mp13, i)
	}
	pause(1)
	s13 := 0
	for key, v := range mp13 {
		s13 = (s13 + key*v.Val) % 1000003
	}
	acc = mix(acc, s13+len(mp13))
	ping14 := make(chan *Node)
	pong14 := make(chan *Node)
	go func() {
		for nd := range ping14 {
			nd.Val = mix(nd.Val, id)
			nd.Next = &Node{Val: nd.Val % 7, Next: nd.Next}
			pong14 <- nd
		}
	}()
	pn14 := &Node{Val: 26}
	for i := 0; i < 5; i++ {
		ping14 <- pn14
		pn14 = <-pong14
	}
	close(ping14)
	acc = mix(acc, sumList(pn14))
	fs15 := []func() int{}
	for i := 0; i < 11; i++ {
		q := &Node{Val: i*77 + id}
		fs15 = append(fs15, func() int { return q.Val + id })
	}
	garbage(36)
	for _, f := range fs15 {
		acc = mix(acc, f())
	}
	m16 := make(map[int][]int)
	for i := 0; i < 15; i++ {
		m16[i%5] = append(m16[i%5], i*91+id)
	}
	s16 := 0
	for key, vs := range m16 {
		s16 += key * len(vs)
		for _, x := range vs {
			s16 = (s16 + x) % 1000003
		}
	}
	acc = mix(acc, s16)
	return acc
}

func w3(id int) (acc int) {
	acc = id + 21
	runtime.GC()
	tc18 := make(chan *Node)
	go func() {
		for i := 0; i < 7; i++ {
			time.Sleep(time.Duration(i%3) * time.Microsecond)
			tc18 <- &Node{Val: i + 40}
		}
	}()
	for got := 0; got < 7; {
		select {
		case nd := <-tc18:
			acc = mix(acc, nd.Val)
			got++
		case <-time.After(33 * time.Microsecond):
		}
	}
	p19 := &Node{Val: 7}
	f19 := func(d int) int {
		p19.Val = (p19.Val + d) % 1009
		return p19.Val
	}
	for i := 0; i < 8; i++ {
		acc = mix(acc, f19(i))
	}
	fs20 := []func() int{}
	for i := 0; i < 13; i++ {
		q := &Node{Val: i*11 + id}
		fs20 = append(fs20, func() int { return q.Val + id })
	}
	garbage(7)
	for _, f := range fs20 {
		acc = mix(acc, f())
	}
	xs21 := []interface{}{&Node{Val: 43}, id, "s43", Pair{id, 43}, buildList(5, 43)}
	garbage(13)
	for _, x := range xs21 {
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
	mp22 := map[int]*Node{}
	for i := 0; i < 8; i++ {
		mp22[i] = &Node{Val: i*87 + id}
	}
	for i := 0; i < 8; i += 3 {
		delete(mp22, i)
	}
	pause(1)
	s22 := 0
	for key, v := range mp22 {
		s22 = (s22 + key*v.Val) % 1000003
	}
	acc = mix(acc, s22+len(mp22))
	return acc
}

func w4(id int) (acc int) {
	acc = id + 15
	tc23 := make(chan *Node)
	go func() {
		for i := 0; i < 5; i++ {
			time.Sleep(time.Duration(i%3) * time.Microsecond)
			tc23 <- &Node{Val: i + 18}
		}
	}()
	for got := 0; got < 5; {
		select {
		case nd := <-tc23:
			acc = mix(acc, nd.Val)
			got++
		case <-time.After(12 * time.Microsecond):
		}
	}
	x24 := &Node{Val: 53, Data: []int{id, 53}}
	hold24 := &Holder{}
	hold24.P = x24
	hold24.V = x24
	x24 = nil
	garbage(14)
	pause(0)
	acc = mix(acc, hold24.P.Val+hold24.V.Value())
	xs25 := []interface{}{&Node{Val: 37}, id, "s37", Pair{id, 37}, buildList(2, 37)}
	garbage(37)
	for _, x := range xs25 {
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
	a26 := buildList(6, 76+id)
	b26 := &Holder{}
	b26.P = a26.Next
	a26.Next = nil
	pause(0)
	garbage(36)
	acc = mix(acc, sumList(a26)+sumList(b26.P))
	return acc
}

func main() {
	gA.P = buildList(2, 1)
	gB.P = buildList(1, 2)
	for i := 0; i < 8; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(39, done)
	fns := []func(int) int{w0, w1, w2, w3, w4}
	results := make([]int, len(fns))
	var wg sync.WaitGroup
	for i, f := range fns {
		wg.Add(1)
		go func(i int, f func(int) int) {
			defer wg.Done()
			results[i] = f(i)
		}(i, f)
	}
	wg.Wait()
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
