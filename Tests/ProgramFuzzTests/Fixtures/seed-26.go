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
	acc = id + 41
	x1 := &Node{Val: 75, Data: []int{id, 75}}
	hold1 := &Holder{}
	hold1.P = x1
	hold1.V = x1
	x1 = nil
	garbage(39)
	pause(0)
	acc = mix(acc, hold1.P.Val+hold1.V.Value())
	ping2 := make(chan *Node)
	pong2 := make(chan *Node)
	go func() {
		for nd := range ping2 {
			nd.Val = mix(nd.Val, id)
			nd.Next = &Node{Val: nd.Val % 7, Next: nd.Next}
			pong2 <- nd
		}
	}()
	pn2 := &Node{Val: 55}
	for i := 0; i < 10; i++ {
		ping2 <- pn2
		pn2 = <-pong2
	}
	close(ping2)
	acc = mix(acc, sumList(pn2))
	sc3 := make(chan int, 2)
	go func() {
		for i := 0; i < 4; i++ {
			sc3 <- i*47 + garbage(3)
		}
	}()
	for got := 0; got < 4; {
		select {
		case v := <-sc3:
			acc = mix(acc, v)
			got++
		default:
			runtime.Gosched()
		}
	}
	xs4 := []interface{}{&Node{Val: 8}, id, "s8", Pair{id, 8}, buildList(2, 8)}
	garbage(22)
	for _, x := range xs4 {
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
	big5 := make([]int, 5140)
	for i := 0; i < len(big5); i += 296 {
		big5[i] = i % 49
	}
	bs5 := 0
	for _, x := range big5 {
		bs5 += x
	}
	acc = mix(acc, bs5)
	return acc
}

func w1(id int) (acc int) {
	acc = id + 7
	gSlots[id] = buildList(17, 37+id)
	l6 := gSlots[id]
	gSlots[id] = nil
	pause(2)
	gSlots[id] = l6
	acc = mix(acc, sumList(gSlots[id]))
	a7 := buildList(8, 6+id)
	b7 := &Holder{}
	b7.P = a7.Next
	a7.Next = nil
	pause(0)
	garbage(6)
	acc = mix(acc, sumList(a7)+sumList(b7.P))
	l8 := buildList(22, id+32)
	acc = mix(acc, sumList(l8))
	m9 := make(map[int][]int)
	for i := 0; i < 8; i++ {
		m9[i%1] = append(m9[i%1], i*69+id)
	}
	s9 := 0
	for key, vs := range m9 {
		s9 += key * len(vs)
		for _, x := range vs {
			s9 = (s9 + x) % 1000003
		}
	}
	acc = mix(acc, s9)
	big10 := make([]int, 4771)
	for i := 0; i < len(big10); i += 242 {
		big10[i] = i % 8
	}
	bs10 := 0
	for _, x := range big10 {
		bs10 += x
	}
	acc = mix(acc, bs10)
	acc = mix(acc, safeDiv(acc+62, id%2))
	return acc
}

func w2(id int) (acc int) {
	acc = id + 17
	addTotal(80 * id)
	x13 := &Node{Val: 18, Data: []int{id, 18}}
	hold13 := &Holder{}
	hold13.P = x13
	hold13.V = x13
	x13 = nil
	garbage(26)
	pause(0)
	acc = mix(acc, hold13.P.Val+hold13.V.Value())
	var wg14 sync.WaitGroup
	outs14 := make([]*Node, 1)
	for j := 0; j < 1; j++ {
		wg14.Add(1)
		go func(j int) {
			defer wg14.Done()
			pause(j + 2)
			outs14[j] = buildList(7, j+94)
		}(j)
	}
	wg14.Wait()
	for _, o := range outs14 {
		acc = mix(acc, sumList(o))
	}
	p15 := &Node{Val: 17}
	f15 := func(d int) int {
		p15.Val = (p15.Val + d) % 1009
		return p15.Val
	}
	for i := 0; i < 14; i++ {
		acc = mix(acc, f15(i))
	}
	x16 := &Node{Val: 31, Data: []int{id, 31}}
	hold16 := &Holder{}
	hold16.P = x16
	hold16.V = x16
	x16 = nil
	garbage(32)
	pause(2)
	acc = mix(acc, hold16.P.Val+hold16.V.Value())
	xs17 := []interface{}{&Node{Val: 20}, id, "s20", Pair{id, 20}, buildList(1, 20)}
	garbage(16)
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

func main() {
	gA.P = buildList(9, 1)
	gB.P = buildList(5, 2)
	for i := 0; i < 7; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(1, done)
	fns := []func(int) int{w0, w1, w2}
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
