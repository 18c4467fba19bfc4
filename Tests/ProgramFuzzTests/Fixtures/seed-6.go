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
	gSlots[id] = buildList(20, 65+id)
	l1 := gSlots[id]
	gSlots[id] = nil
	pause(0)
	gSlots[id] = l1
	acc = mix(acc, sumList(gSlots[id]))
	runtime.GC()
	gSlots[id] = buildList(7, 15+id)
	l3 := gSlots[id]
	gSlots[id] = nil
	pause(0)
	gSlots[id] = l3
	acc = mix(acc, sumList(gSlots[id]))
	addTotal(49 * id)
	h5 := buildList(18, 78)
	o5 := &Node{Val: id}
	t5 := buildTree(4, 78)
	for i := 0; i < 1; i++ {
		h5.Next, o5.Next = o5.Next, h5.Next
		t5.Left, t5.Right = t5.Right, t5.Left
		if i%3 == 0 {
			pause(i)
		}
		garbage(7)
	}
	acc = mix(acc, sumList(h5)+sumList(o5)+sumTree(t5))
	var vs6 []Valuer
	for i := 0; i < 12; i++ {
		if i%2 == 0 {
			vs6 = append(vs6, &Node{Val: i + 23, Data: make([]int, i%3)})
		} else {
			vs6 = append(vs6, Pair{i, 23})
		}
	}
	pause(2)
	for _, v := range vs6 {
		acc = mix(acc, v.Value())
	}
	ch7 := make(chan *Node, 0)
	go func() {
		for i := 0; i < 9; i++ {
			ch7 <- &Node{Val: i*90 + id, Next: buildList(i%3, i)}
		}
		close(ch7)
	}()
	garbage(28)
	for nd := range ch7 {
		acc = mix(acc, nd.Val+sumList(nd.Next))
	}
	return acc
}

func w1(id int) (acc int) {
	acc = id + 5
	t8 := buildTree(2, id+54)
	acc = mix(acc, sumTree(t8))
	acc = mix(acc, safeDiv(acc+52, id%2))
	var vs10 []Valuer
	for i := 0; i < 20; i++ {
		if i%2 == 0 {
			vs10 = append(vs10, &Node{Val: i + 24, Data: make([]int, i%3)})
		} else {
			vs10 = append(vs10, Pair{i, 24})
		}
	}
	pause(0)
	for _, v := range vs10 {
		acc = mix(acc, v.Value())
	}
	sc11 := make(chan int, 2)
	go func() {
		for i := 0; i < 1; i++ {
			sc11 <- i*87 + garbage(3)
		}
	}()
	for got := 0; got < 1; {
		select {
		case v := <-sc11:
			acc = mix(acc, v)
			got++
		default:
			runtime.Gosched()
		}
	}
	runtime.Gosched()
	return acc
}

func main() {
	gA.P = buildList(3, 1)
	gB.P = buildList(4, 2)
	for i := 0; i < 2; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(19, done)
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
		case <-time.After(63 * time.Microsecond):
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
