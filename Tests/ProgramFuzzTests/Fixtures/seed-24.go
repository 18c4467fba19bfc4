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
	acc = id + 22
	t1 := buildTree(3, id+22)
	acc = mix(acc, sumTree(t1))
	var wg2 sync.WaitGroup
	outs2 := make([]*Node, 5)
	for j := 0; j < 5; j++ {
		wg2.Add(1)
		go func(j int) {
			defer wg2.Done()
			pause(j + 0)
			outs2[j] = buildList(4, j+6)
		}(j)
	}
	wg2.Wait()
	for _, o := range outs2 {
		acc = mix(acc, sumList(o))
	}
	t3 := buildTree(5, id+79)
	acc = mix(acc, sumTree(t3))
	ch4 := make(chan *Node, 1)
	go func() {
		for i := 0; i < 2; i++ {
			ch4 <- &Node{Val: i*16 + id, Next: buildList(i%3, i)}
		}
		close(ch4)
	}()
	garbage(17)
	for nd := range ch4 {
		acc = mix(acc, nd.Val+sumList(nd.Next))
	}
	runtime.GC()
	x6 := &Node{Val: 63, Data: []int{id, 63}}
	hold6 := &Holder{}
	hold6.P = x6
	hold6.V = x6
	x6 = nil
	garbage(38)
	pause(1)
	acc = mix(acc, hold6.P.Val+hold6.V.Value())
	var vs7 []Valuer
	for i := 0; i < 2; i++ {
		if i%2 == 0 {
			vs7 = append(vs7, &Node{Val: i + 86, Data: make([]int, i%3)})
		} else {
			vs7 = append(vs7, Pair{i, 86})
		}
	}
	pause(2)
	for _, v := range vs7 {
		acc = mix(acc, v.Value())
	}
	return acc
}

func w1(id int) (acc int) {
	acc = id + 15
	h8 := buildList(18, 25)
	o8 := &Node{Val: id}
	t8 := buildTree(5, 25)
	for i := 0; i < 1; i++ {
		h8.Next, o8.Next = o8.Next, h8.Next
		t8.Left, t8.Right = t8.Right, t8.Left
		if i%4 == 0 {
			pause(i)
		}
		garbage(10)
	}
	acc = mix(acc, sumList(h8)+sumList(o8)+sumTree(t8))
	dp9 := &Node{Val: 86}
	defer func() {
		acc = mix(acc, dp9.Val)
	}()
	dp10 := &Node{Val: 39}
	defer func() {
		acc = mix(acc, dp10.Val)
	}()
	return acc
}

func main() {
	gA.P = buildList(3, 1)
	gB.P = buildList(1, 2)
	for i := 0; i < 5; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(34, done)
	fns := []func(int) int{w0, w1}
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
		case <-time.After(153 * time.Microsecond):
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
