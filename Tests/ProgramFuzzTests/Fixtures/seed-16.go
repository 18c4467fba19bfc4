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
	acc = id + 13
	m1 := make(map[int][]int)
	for i := 0; i < 26; i++ {
		m1[i%4] = append(m1[i%4], i*24+id)
	}
	s1 := 0
	for key, vs := range m1 {
		s1 += key * len(vs)
		for _, x := range vs {
			s1 = (s1 + x) % 1000003
		}
	}
	acc = mix(acc, s1)
	acc = mix(acc, safeDiv(acc+37, id%1))
	x3 := &Node{Val: 91, Data: []int{id, 91}}
	hold3 := &Holder{}
	hold3.P = x3
	hold3.V = x3
	x3 = nil
	garbage(80)
	pause(1)
	acc = mix(acc, hold3.P.Val+hold3.V.Value())
	return acc
}

func w1(id int) (acc int) {
	acc = id + 8
	fs4 := []func() int{}
	for i := 0; i < 12; i++ {
		q := &Node{Val: i*40 + id}
		fs4 = append(fs4, func() int { return q.Val + id })
	}
	garbage(6)
	for _, f := range fs4 {
		acc = mix(acc, f())
	}
	defer addList(buildList(7, 35+id))
	garbage(16)
	str6 := ""
	for i := 0; i < 8; i++ {
		str6 += fmt.Sprint(i*24)
	}
	hm6 := &Holder{M: map[int]*Node{}}
	hm6.M[24] = &Node{Val: len(str6)}
	hm6.F = func() int { return hm6.M[24].Val }
	pause(0)
	acc = mix(acc, hm6.F())
	x7 := &Node{Val: 76, Data: []int{id, 76}}
	hold7 := &Holder{}
	hold7.P = x7
	hold7.V = x7
	x7 = nil
	garbage(49)
	pause(1)
	acc = mix(acc, hold7.P.Val+hold7.V.Value())
	var wg8 sync.WaitGroup
	outs8 := make([]*Node, 5)
	for j := 0; j < 5; j++ {
		wg8.Add(1)
		go func(j int) {
			defer wg8.Done()
			pause(j + 2)
			outs8[j] = buildList(7, j+29)
		}(j)
	}
	wg8.Wait()
	for _, o := range outs8 {
		acc = mix(acc, sumList(o))
	}
	addTotal(15 * id)
	defer addList(buildList(2, 42+id))
	garbage(8)
	return acc
}

func w2(id int) (acc int) {
	acc = id + 1
	str11 := ""
	for i := 0; i < 7; i++ {
		str11 += fmt.Sprint(i*51)
	}
	hm11 := &Holder{M: map[int]*Node{}}
	hm11.M[51] = &Node{Val: len(str11)}
	hm11.F = func() int { return hm11.M[51].Val }
	pause(2)
	acc = mix(acc, hm11.F())
	defer addList(buildList(16, 61+id))
	garbage(38)
	acc = mix(acc, safeDiv(acc+25, id%2))
	a14 := buildList(15, 49+id)
	b14 := &Holder{}
	b14.P = a14.Next
	a14.Next = nil
	pause(0)
	garbage(8)
	acc = mix(acc, sumList(a14)+sumList(b14.P))
	gSlots[id] = buildList(13, 59+id)
	l15 := gSlots[id]
	gSlots[id] = nil
	pause(2)
	gSlots[id] = l15
	acc = mix(acc, sumList(gSlots[id]))
	sc16 := make(chan int, 3)
	go func() {
		for i := 0; i < 7; i++ {
			sc16 <- i*29 + garbage(3)
		}
	}()
	for got := 0; got < 7; {
		select {
		case v := <-sc16:
			acc = mix(acc, v)
			got++
		default:
			runtime.Gosched()
		}
	}
	return acc
}

func main() {
	gA.P = buildList(6, 1)
	gB.P = buildList(5, 2)
	for i := 0; i < 8; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(21, done)
	fns := []func(int) int{w0, w1, w2}
	results := make([]int, len(fns))
	ch := make(chan Res, 2)
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
