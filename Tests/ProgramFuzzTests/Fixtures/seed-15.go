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
	acc = id + 20
	gSlots[id] = buildList(16, 55+id)
	l1 := gSlots[id]
	gSlots[id] = nil
	pause(1)
	gSlots[id] = l1
	acc = mix(acc, sumList(gSlots[id]))
	defer addList(buildList(8, 75+id))
	garbage(17)
	big3 := make([]int, 5935)
	for i := 0; i < len(big3); i += 288 {
		big3[i] = i % 9
	}
	bs3 := 0
	for _, x := range big3 {
		bs3 += x
	}
	acc = mix(acc, bs3)
	acc = mix(acc, safeDiv(acc+35, id%1))
	mp5 := map[int]*Node{}
	for i := 0; i < 17; i++ {
		mp5[i] = &Node{Val: i*87 + id}
	}
	for i := 0; i < 17; i += 2 {
		delete(mp5, i)
	}
	pause(0)
	s5 := 0
	for key, v := range mp5 {
		s5 = (s5 + key*v.Val) % 1000003
	}
	acc = mix(acc, s5+len(mp5))
	return acc
}

func w1(id int) (acc int) {
	acc = id + 21
	str6 := ""
	for i := 0; i < 4; i++ {
		str6 += fmt.Sprint(i*12)
	}
	hm6 := &Holder{M: map[int]*Node{}}
	hm6.M[12] = &Node{Val: len(str6)}
	hm6.F = func() int { return hm6.M[12].Val }
	pause(1)
	acc = mix(acc, hm6.F())
	acc = mix(acc, safeDiv(acc+97, id%1))
	l8 := buildList(8, id+15)
	acc = mix(acc, sumList(l8))
	h9 := buildList(9, 31)
	o9 := &Node{Val: id}
	t9 := buildTree(5, 31)
	for i := 0; i < 4; i++ {
		h9.Next, o9.Next = o9.Next, h9.Next
		t9.Left, t9.Right = t9.Right, t9.Left
		if i%3 == 0 {
			pause(i)
		}
		garbage(5)
	}
	acc = mix(acc, sumList(h9)+sumList(o9)+sumTree(t9))
	mp10 := map[int]*Node{}
	for i := 0; i < 5; i++ {
		mp10[i] = &Node{Val: i*61 + id}
	}
	for i := 0; i < 5; i += 3 {
		delete(mp10, i)
	}
	pause(2)
	s10 := 0
	for key, v := range mp10 {
		s10 = (s10 + key*v.Val) % 1000003
	}
	acc = mix(acc, s10+len(mp10))
	h11 := buildList(9, 8)
	o11 := &Node{Val: id}
	t11 := buildTree(2, 8)
	for i := 0; i < 3; i++ {
		h11.Next, o11.Next = o11.Next, h11.Next
		t11.Left, t11.Right = t11.Right, t11.Left
		if i%2 == 0 {
			pause(i)
		}
		garbage(11)
	}
	acc = mix(acc, sumList(h11)+sumList(o11)+sumTree(t11))
	return acc
}

func w2(id int) (acc int) {
	acc = id + 48
	var vs12 []Valuer
	for i := 0; i < 11; i++ {
		if i%2 == 0 {
			vs12 = append(vs12, &Node{Val: i + 26, Data: make([]int, i%3)})
		} else {
			vs12 = append(vs12, Pair{i, 26})
		}
	}
	pause(1)
	for _, v := range vs12 {
		acc = mix(acc, v.Value())
	}
	var wg13 sync.WaitGroup
	outs13 := make([]*Node, 3)
	for j := 0; j < 3; j++ {
		wg13.Add(1)
		go func(j int) {
			defer wg13.Done()
			pause(j + 2)
			outs13[j] = buildList(7, j+36)
		}(j)
	}
	wg13.Wait()
	for _, o := range outs13 {
		acc = mix(acc, sumList(o))
	}
	x14 := &Node{Val: 5, Data: []int{id, 5}}
	hold14 := &Holder{}
	hold14.P = x14
	hold14.V = x14
	x14 = nil
	garbage(65)
	pause(1)
	acc = mix(acc, hold14.P.Val+hold14.V.Value())
	l15 := buildList(30, id+86)
	acc = mix(acc, sumList(l15))
	t16 := buildTree(5, id+92)
	acc = mix(acc, sumTree(t16))
	mp17 := map[int]*Node{}
	for i := 0; i < 11; i++ {
		mp17[i] = &Node{Val: i*39 + id}
	}
	for i := 0; i < 11; i += 3 {
		delete(mp17, i)
	}
	pause(1)
	s17 := 0
	for key, v := range mp17 {
		s17 = (s17 + key*v.Val) % 1000003
	}
	acc = mix(acc, s17+len(mp17))
	return acc
}

func main() {
	gA.P = buildList(2, 1)
	gB.P = buildList(6, 2)
	for i := 0; i < 3; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(26, done)
	fns := []func(int) int{w0, w1, w2}
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
		case <-time.After(157 * time.Microsecond):
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
