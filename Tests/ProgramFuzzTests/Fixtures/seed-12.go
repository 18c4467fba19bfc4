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
	acc = id + 45
	t1 := buildTree(3, id+25)
	acc = mix(acc, sumTree(t1))
	ping2 := make(chan *Node)
	pong2 := make(chan *Node)
	go func() {
		for nd := range ping2 {
			nd.Val = mix(nd.Val, id)
			nd.Next = &Node{Val: nd.Val % 7, Next: nd.Next}
			pong2 <- nd
		}
	}()
	pn2 := &Node{Val: 27}
	for i := 0; i < 9; i++ {
		ping2 <- pn2
		pn2 = <-pong2
	}
	close(ping2)
	acc = mix(acc, sumList(pn2))
	dp3 := &Node{Val: 84}
	defer func() {
		acc = mix(acc, dp3.Val)
	}()
	t4 := buildTree(3, id+21)
	acc = mix(acc, sumTree(t4))
	return acc
}

func w1(id int) (acc int) {
	acc = id + 27
	x5 := &Node{Val: 42, Data: []int{id, 42}}
	hold5 := &Holder{}
	hold5.P = x5
	hold5.V = x5
	x5 = nil
	garbage(51)
	pause(0)
	acc = mix(acc, hold5.P.Val+hold5.V.Value())
	str6 := ""
	for i := 0; i < 2; i++ {
		str6 += fmt.Sprint(i*47)
	}
	hm6 := &Holder{M: map[int]*Node{}}
	hm6.M[47] = &Node{Val: len(str6)}
	hm6.F = func() int { return hm6.M[47].Val }
	pause(0)
	acc = mix(acc, hm6.F())
	dp7 := &Node{Val: 25}
	defer func() {
		acc = mix(acc, dp7.Val)
	}()
	var vs8 []Valuer
	for i := 0; i < 17; i++ {
		if i%3 == 0 {
			vs8 = append(vs8, &Node{Val: i + 67, Data: make([]int, i%3)})
		} else {
			vs8 = append(vs8, Pair{i, 67})
		}
	}
	pause(0)
	for _, v := range vs8 {
		acc = mix(acc, v.Value())
	}
	return acc
}

func main() {
	gA.P = buildList(4, 1)
	gB.P = buildList(6, 2)
	for i := 0; i < 0; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(19, done)
	fns := []func(int) int{w0, w1}
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
		case <-time.After(50 * time.Microsecond):
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
