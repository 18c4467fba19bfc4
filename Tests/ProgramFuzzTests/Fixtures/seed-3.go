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
	acc = id + 13
	tc1 := make(chan *Node)
	go func() {
		for i := 0; i < 5; i++ {
			time.Sleep(time.Duration(i%3) * time.Microsecond)
			tc1 <- &Node{Val: i + 22}
		}
	}()
	for got := 0; got < 5; {
		select {
		case nd := <-tc1:
			acc = mix(acc, nd.Val)
			got++
		case <-time.After(45 * time.Microsecond):
		}
	}
	big2 := make([]int, 4995)
	for i := 0; i < len(big2); i += 72 {
		big2[i] = i % 59
	}
	bs2 := 0
	for _, x := range big2 {
		bs2 += x
	}
	acc = mix(acc, bs2)
	h3 := buildList(2, 91)
	o3 := &Node{Val: id}
	t3 := buildTree(4, 91)
	for i := 0; i < 1; i++ {
		h3.Next, o3.Next = o3.Next, h3.Next
		t3.Left, t3.Right = t3.Right, t3.Left
		if i%4 == 0 {
			pause(i)
		}
		garbage(8)
	}
	acc = mix(acc, sumList(h3)+sumList(o3)+sumTree(t3))
	defer addList(buildList(11, 21+id))
	garbage(28)
	return acc
}

func w1(id int) (acc int) {
	acc = id + 6
	fs5 := []func() int{}
	for i := 0; i < 7; i++ {
		q := &Node{Val: i*75 + id}
		fs5 = append(fs5, func() int { return q.Val + id })
	}
	garbage(8)
	for _, f := range fs5 {
		acc = mix(acc, f())
	}
	fs6 := []func() int{}
	for i := 0; i < 5; i++ {
		q := &Node{Val: i*30 + id}
		fs6 = append(fs6, func() int { return q.Val + id })
	}
	garbage(35)
	for _, f := range fs6 {
		acc = mix(acc, f())
	}
	ping7 := make(chan *Node)
	pong7 := make(chan *Node)
	go func() {
		for nd := range ping7 {
			nd.Val = mix(nd.Val, id)
			nd.Next = &Node{Val: nd.Val % 7, Next: nd.Next}
			pong7 <- nd
		}
	}()
	pn7 := &Node{Val: 83}
	for i := 0; i < 7; i++ {
		ping7 <- pn7
		pn7 = <-pong7
	}
	close(ping7)
	acc = mix(acc, sumList(pn7))
	return acc
}

func w2(id int) (acc int) {
	acc = id + 28
	acc = mix(acc, safeDiv(acc+72, id%3))
	defer addList(buildList(12, 91+id))
	garbage(16)
	tc10 := make(chan *Node)
	go func() {
		for i := 0; i < 7; i++ {
			time.Sleep(time.Duration(i%3) * time.Microsecond)
			tc10 <- &Node{Val: i + 19}
		}
	}()
	for got := 0; got < 7; {
		select {
		case nd := <-tc10:
			acc = mix(acc, nd.Val)
			got++
		case <-time.After(49 * time.Microsecond):
		}
	}
	a11 := buildList(17, 70+id)
	b11 := &Holder{}
	b11.P = a11.Next
	a11.Next = nil
	pause(2)
	garbage(15)
	acc = mix(acc, sumList(a11)+sumList(b11.P))
	ping12 := make(chan *Node)
	pong12 := make(chan *Node)
	go func() {
		for nd := range ping12 {
			nd.Val = mix(nd.Val, id)
			nd.Next = &Node{Val: nd.Val % 7, Next: nd.Next}
			pong12 <- nd
		}
	}()
	pn12 := &Node{Val: 44}
	for i := 0; i < 6; i++ {
		ping12 <- pn12
		pn12 = <-pong12
	}
	close(ping12)
	acc = mix(acc, sumList(pn12))
	return acc
}

func w3(id int) (acc int) {
	acc = id + 14
	tc13 := make(chan *Node)
	go func() {
		for i := 0; i < 1; i++ {
			time.Sleep(time.Duration(i%3) * time.Microsecond)
			tc13 <- &Node{Val: i + 56}
		}
	}()
	for got := 0; got < 1; {
		select {
		case nd := <-tc13:
			acc = mix(acc, nd.Val)
			got++
		case <-time.After(29 * time.Microsecond):
		}
	}
	defer addList(buildList(8, 79+id))
	garbage(8)
	defer addList(buildList(18, 56+id))
	garbage(22)
	acc = mix(acc, safeDiv(acc+12, id%2))
	xs17 := []interface{}{&Node{Val: 48}, id, "s48", Pair{id, 48}, buildList(5, 48)}
	garbage(39)
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
	dp18 := &Node{Val: 19}
	defer func() {
		acc = mix(acc, dp18.Val)
	}()
	return acc
}

func main() {
	gA.P = buildList(6, 1)
	gB.P = buildList(2, 2)
	for i := 0; i < 7; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(35, done)
	fns := []func(int) int{w0, w1, w2, w3}
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
