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
	acc = id + 25
	dp1 := &Node{Val: 76}
	defer func() {
		acc = mix(acc, dp1.Val)
	}()
	x2 := &Node{Val: 53, Data: []int{id, 53}}
	hold2 := &Holder{}
	hold2.P = x2
	hold2.V = x2
	x2 = nil
	garbage(19)
	pause(0)
	acc = mix(acc, hold2.P.Val+hold2.V.Value())
	mp3 := map[int]*Node{}
	for i := 0; i < 8; i++ {
		mp3[i] = &Node{Val: i*82 + id}
	}
	for i := 0; i < 8; i += 3 {
		delete(mp3, i)
	}
	pause(1)
	s3 := 0
	for key, v := range mp3 {
		s3 = (s3 + key*v.Val) % 1000003
	}
	acc = mix(acc, s3+len(mp3))
	acc = mix(acc, safeDiv(acc+23, id%3))
	defer addList(buildList(6, 75+id))
	garbage(11)
	h6 := buildList(14, 74)
	o6 := &Node{Val: id}
	t6 := buildTree(5, 74)
	for i := 0; i < 7; i++ {
		h6.Next, o6.Next = o6.Next, h6.Next
		t6.Left, t6.Right = t6.Right, t6.Left
		if i%3 == 0 {
			pause(i)
		}
		garbage(10)
	}
	acc = mix(acc, sumList(h6)+sumList(o6)+sumTree(t6))
	dp7 := &Node{Val: 92}
	defer func() {
		acc = mix(acc, dp7.Val)
	}()
	return acc
}

func w1(id int) (acc int) {
	acc = id + 8
	xs8 := []interface{}{&Node{Val: 67}, id, "s67", Pair{id, 67}, buildList(1, 67)}
	garbage(31)
	for _, x := range xs8 {
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
	mp9 := map[int]*Node{}
	for i := 0; i < 14; i++ {
		mp9[i] = &Node{Val: i*6 + id}
	}
	for i := 0; i < 14; i += 3 {
		delete(mp9, i)
	}
	pause(2)
	s9 := 0
	for key, v := range mp9 {
		s9 = (s9 + key*v.Val) % 1000003
	}
	acc = mix(acc, s9+len(mp9))
	addTotal(80 * id)
	dp11 := &Node{Val: 32}
	defer func() {
		acc = mix(acc, dp11.Val)
	}()
	var wg12 sync.WaitGroup
	outs12 := make([]*Node, 5)
	for j := 0; j < 5; j++ {
		wg12.Add(1)
		go func(j int) {
			defer wg12.Done()
			pause(j + 2)
			outs12[j] = buildList(4, j+79)
		}(j)
	}
	wg12.Wait()
	for _, o := range outs12 {
		acc = mix(acc, sumList(o))
	}
	p13 := &Node{Val: 13}
	f13 := func(d int) int {
		p13.Val = (p13.Val + d) % 1009
		return p13.Val
	}
	for i := 0; i < 10; i++ {
		acc = mix(acc, f13(i))
	}
	big14 := make([]int, 5041)
	for i := 0; i < len(big14); i += 279 {
		big14[i] = i % 64
	}
	bs14 := 0
	for _, x := range big14 {
		bs14 += x
	}
	acc = mix(acc, bs14)
	return acc
}

func main() {
	gA.P = buildList(1, 1)
	gB.P = buildList(3, 2)
	for i := 0; i < 8; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(38, done)
	fns := []func(int) int{w0, w1}
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
