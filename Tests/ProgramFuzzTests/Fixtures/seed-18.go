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
	x1 := &Node{Val: 54, Data: []int{id, 54}}
	hold1 := &Holder{}
	hold1.P = x1
	hold1.V = x1
	x1 = nil
	garbage(58)
	pause(2)
	acc = mix(acc, hold1.P.Val+hold1.V.Value())
	sc2 := make(chan int, 1)
	go func() {
		for i := 0; i < 6; i++ {
			sc2 <- i*95 + garbage(3)
		}
	}()
	for got := 0; got < 6; {
		select {
		case v := <-sc2:
			acc = mix(acc, v)
			got++
		default:
			runtime.Gosched()
		}
	}
	str3 := ""
	for i := 0; i < 2; i++ {
		str3 += fmt.Sprint(i*15)
	}
	hm3 := &Holder{M: map[int]*Node{}}
	hm3.M[15] = &Node{Val: len(str3)}
	hm3.F = func() int { return hm3.M[15].Val }
	pause(0)
	acc = mix(acc, hm3.F())
	t4 := buildTree(6, id+46)
	acc = mix(acc, sumTree(t4))
	var wg5 sync.WaitGroup
	outs5 := make([]*Node, 2)
	for j := 0; j < 2; j++ {
		wg5.Add(1)
		go func(j int) {
			defer wg5.Done()
			pause(j + 2)
			outs5[j] = buildList(4, j+29)
		}(j)
	}
	wg5.Wait()
	for _, o := range outs5 {
		acc = mix(acc, sumList(o))
	}
	sc6 := make(chan int, 1)
	go func() {
		for i := 0; i < 9; i++ {
			sc6 <- i*3 + garbage(3)
		}
	}()
	for got := 0; got < 9; {
		select {
		case v := <-sc6:
			acc = mix(acc, v)
			got++
		default:
			runtime.Gosched()
		}
	}
	m7 := make(map[int][]int)
	for i := 0; i < 10; i++ {
		m7[i%4] = append(m7[i%4], i*18+id)
	}
	s7 := 0
	for key, vs := range m7 {
		s7 += key * len(vs)
		for _, x := range vs {
			s7 = (s7 + x) % 1000003
		}
	}
	acc = mix(acc, s7)
	return acc
}

func w1(id int) (acc int) {
	acc = id + 9
	gSlots[id] = buildList(22, 4+id)
	l8 := gSlots[id]
	gSlots[id] = nil
	pause(0)
	gSlots[id] = l8
	acc = mix(acc, sumList(gSlots[id]))
	defer addList(buildList(13, 21+id))
	garbage(35)
	x10 := &Node{Val: 41, Data: []int{id, 41}}
	hold10 := &Holder{}
	hold10.P = x10
	hold10.V = x10
	x10 = nil
	garbage(65)
	pause(0)
	acc = mix(acc, hold10.P.Val+hold10.V.Value())
	ping11 := make(chan *Node)
	pong11 := make(chan *Node)
	go func() {
		for nd := range ping11 {
			nd.Val = mix(nd.Val, id)
			nd.Next = &Node{Val: nd.Val % 7, Next: nd.Next}
			pong11 <- nd
		}
	}()
	pn11 := &Node{Val: 63}
	for i := 0; i < 9; i++ {
		ping11 <- pn11
		pn11 = <-pong11
	}
	close(ping11)
	acc = mix(acc, sumList(pn11))
	dp12 := &Node{Val: 73}
	defer func() {
		acc = mix(acc, dp12.Val)
	}()
	a13 := buildList(14, 90+id)
	b13 := &Holder{}
	b13.P = a13.Next
	a13.Next = nil
	pause(2)
	garbage(27)
	acc = mix(acc, sumList(a13)+sumList(b13.P))
	ch14 := make(chan *Node, 2)
	go func() {
		for i := 0; i < 3; i++ {
			ch14 <- &Node{Val: i*36 + id, Next: buildList(i%3, i)}
		}
		close(ch14)
	}()
	garbage(1)
	for nd := range ch14 {
		acc = mix(acc, nd.Val+sumList(nd.Next))
	}
	return acc
}

func w2(id int) (acc int) {
	acc = id + 37
	runtime.Gosched()
	big16 := make([]int, 5883)
	for i := 0; i < len(big16); i += 66 {
		big16[i] = i % 97
	}
	bs16 := 0
	for _, x := range big16 {
		bs16 += x
	}
	acc = mix(acc, bs16)
	xs17 := []interface{}{&Node{Val: 35}, id, "s35", Pair{id, 35}, buildList(4, 35)}
	garbage(27)
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
	str18 := ""
	for i := 0; i < 1; i++ {
		str18 += fmt.Sprint(i*39)
	}
	hm18 := &Holder{M: map[int]*Node{}}
	hm18.M[39] = &Node{Val: len(str18)}
	hm18.F = func() int { return hm18.M[39].Val }
	pause(0)
	acc = mix(acc, hm18.F())
	return acc
}

func w3(id int) (acc int) {
	acc = id + 39
	fs19 := []func() int{}
	for i := 0; i < 8; i++ {
		q := &Node{Val: i*21 + id}
		fs19 = append(fs19, func() int { return q.Val + id })
	}
	garbage(40)
	for _, f := range fs19 {
		acc = mix(acc, f())
	}
	mp20 := map[int]*Node{}
	for i := 0; i < 3; i++ {
		mp20[i] = &Node{Val: i*19 + id}
	}
	for i := 0; i < 3; i += 3 {
		delete(mp20, i)
	}
	pause(1)
	s20 := 0
	for key, v := range mp20 {
		s20 = (s20 + key*v.Val) % 1000003
	}
	acc = mix(acc, s20+len(mp20))
	ping21 := make(chan *Node)
	pong21 := make(chan *Node)
	go func() {
		for nd := range ping21 {
			nd.Val = mix(nd.Val, id)
			nd.Next = &Node{Val: nd.Val % 7, Next: nd.Next}
			pong21 <- nd
		}
	}()
	pn21 := &Node{Val: 83}
	for i := 0; i < 8; i++ {
		ping21 <- pn21
		pn21 = <-pong21
	}
	close(ping21)
	acc = mix(acc, sumList(pn21))
	gSlots[id] = buildList(20, 37+id)
	l22 := gSlots[id]
	gSlots[id] = nil
	pause(1)
	gSlots[id] = l22
	acc = mix(acc, sumList(gSlots[id]))
	mp23 := map[int]*Node{}
	for i := 0; i < 21; i++ {
		mp23[i] = &Node{Val: i*20 + id}
	}
	for i := 0; i < 21; i += 3 {
		delete(mp23, i)
	}
	pause(1)
	s23 := 0
	for key, v := range mp23 {
		s23 = (s23 + key*v.Val) % 1000003
	}
	acc = mix(acc, s23+len(mp23))
	var vs24 []Valuer
	for i := 0; i < 7; i++ {
		if i%3 == 0 {
			vs24 = append(vs24, &Node{Val: i + 7, Data: make([]int, i%3)})
		} else {
			vs24 = append(vs24, Pair{i, 7})
		}
	}
	pause(2)
	for _, v := range vs24 {
		acc = mix(acc, v.Value())
	}
	return acc
}

func w4(id int) (acc int) {
	acc = id + 29
	sc25 := make(chan int, 2)
	go func() {
		for i := 0; i < 10; i++ {
			sc25 <- i*79 + garbage(3)
		}
	}()
	for got := 0; got < 10; {
		select {
		case v := <-sc25:
			acc = mix(acc, v)
			got++
		default:
			runtime.Gosched()
		}
	}
	x26 := &Node{Val: 6, Data: []int{id, 6}}
	hold26 := &Holder{}
	hold26.P = x26
	hold26.V = x26
	x26 = nil
	garbage(32)
	pause(2)
	acc = mix(acc, hold26.P.Val+hold26.V.Value())
	var wg27 sync.WaitGroup
	outs27 := make([]*Node, 3)
	for j := 0; j < 3; j++ {
		wg27.Add(1)
		go func(j int) {
			defer wg27.Done()
			pause(j + 2)
			outs27[j] = buildList(10, j+77)
		}(j)
	}
	wg27.Wait()
	for _, o := range outs27 {
		acc = mix(acc, sumList(o))
	}
	mp28 := map[int]*Node{}
	for i := 0; i < 28; i++ {
		mp28[i] = &Node{Val: i*29 + id}
	}
	for i := 0; i < 28; i += 3 {
		delete(mp28, i)
	}
	pause(0)
	s28 := 0
	for key, v := range mp28 {
		s28 = (s28 + key*v.Val) % 1000003
	}
	acc = mix(acc, s28+len(mp28))
	sc29 := make(chan int, 1)
	go func() {
		for i := 0; i < 3; i++ {
			sc29 <- i*54 + garbage(3)
		}
	}()
	for got := 0; got < 3; {
		select {
		case v := <-sc29:
			acc = mix(acc, v)
			got++
		default:
			runtime.Gosched()
		}
	}
	l30 := buildList(12, id+11)
	acc = mix(acc, sumList(l30))
	return acc
}

func main() {
	gA.P = buildList(8, 1)
	gB.P = buildList(3, 2)
	for i := 0; i < 4; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(35, done)
	fns := []func(int) int{w0, w1, w2, w3, w4}
	results := make([]int, len(fns))
	ch := make(chan Res, 0)
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
