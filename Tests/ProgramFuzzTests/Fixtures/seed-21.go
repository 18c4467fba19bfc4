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
	acc = id + 42
	m1 := make(map[int][]int)
	for i := 0; i < 26; i++ {
		m1[i%1] = append(m1[i%1], i*69+id)
	}
	s1 := 0
	for key, vs := range m1 {
		s1 += key * len(vs)
		for _, x := range vs {
			s1 = (s1 + x) % 1000003
		}
	}
	acc = mix(acc, s1)
	tc2 := make(chan *Node)
	go func() {
		for i := 0; i < 3; i++ {
			time.Sleep(time.Duration(i%3) * time.Microsecond)
			tc2 <- &Node{Val: i + 5}
		}
	}()
	for got := 0; got < 3; {
		select {
		case nd := <-tc2:
			acc = mix(acc, nd.Val)
			got++
		case <-time.After(5 * time.Microsecond):
		}
	}
	t3 := buildTree(2, id+47)
	acc = mix(acc, sumTree(t3))
	xs4 := []interface{}{&Node{Val: 24}, id, "s24", Pair{id, 24}, buildList(2, 24)}
	garbage(30)
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
	sc5 := make(chan int, 2)
	go func() {
		for i := 0; i < 7; i++ {
			sc5 <- i*41 + garbage(3)
		}
	}()
	for got := 0; got < 7; {
		select {
		case v := <-sc5:
			acc = mix(acc, v)
			got++
		default:
			runtime.Gosched()
		}
	}
	tc6 := make(chan *Node)
	go func() {
		for i := 0; i < 8; i++ {
			time.Sleep(time.Duration(i%3) * time.Microsecond)
			tc6 <- &Node{Val: i + 64}
		}
	}()
	for got := 0; got < 8; {
		select {
		case nd := <-tc6:
			acc = mix(acc, nd.Val)
			got++
		case <-time.After(6 * time.Microsecond):
		}
	}
	return acc
}

func w1(id int) (acc int) {
	acc = id + 5
	var wg7 sync.WaitGroup
	outs7 := make([]*Node, 5)
	for j := 0; j < 5; j++ {
		wg7.Add(1)
		go func(j int) {
			defer wg7.Done()
			pause(j + 2)
			outs7[j] = buildList(7, j+54)
		}(j)
	}
	wg7.Wait()
	for _, o := range outs7 {
		acc = mix(acc, sumList(o))
	}
	dp8 := &Node{Val: 54}
	defer func() {
		acc = mix(acc, dp8.Val)
	}()
	xs9 := []interface{}{&Node{Val: 12}, id, "s12", Pair{id, 12}, buildList(3, 12)}
	garbage(39)
	for _, x := range xs9 {
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
	l10 := buildList(29, id+7)
	acc = mix(acc, sumList(l10))
	runtime.GC()
	xs12 := []interface{}{&Node{Val: 84}, id, "s84", Pair{id, 84}, buildList(3, 84)}
	garbage(14)
	for _, x := range xs12 {
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
	h13 := buildList(10, 45)
	o13 := &Node{Val: id}
	t13 := buildTree(5, 45)
	for i := 0; i < 11; i++ {
		h13.Next, o13.Next = o13.Next, h13.Next
		t13.Left, t13.Right = t13.Right, t13.Left
		if i%3 == 0 {
			pause(i)
		}
		garbage(5)
	}
	acc = mix(acc, sumList(h13)+sumList(o13)+sumTree(t13))
	return acc
}

func w2(id int) (acc int) {
	acc = id + 10
	ch14 := make(chan *Node, 1)
	go func() {
		for i := 0; i < 6; i++ {
			ch14 <- &Node{Val: i*11 + id, Next: buildList(i%3, i)}
		}
		close(ch14)
	}()
	garbage(25)
	for nd := range ch14 {
		acc = mix(acc, nd.Val+sumList(nd.Next))
	}
	defer addList(buildList(14, 72+id))
	garbage(28)
	acc = mix(acc, safeDiv(acc+65, id%1))
	dp17 := &Node{Val: 60}
	defer func() {
		acc = mix(acc, dp17.Val)
	}()
	return acc
}

func main() {
	gA.P = buildList(4, 1)
	gB.P = buildList(7, 2)
	for i := 0; i < 8; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(19, done)
	fns := []func(int) int{w0, w1, w2}
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
