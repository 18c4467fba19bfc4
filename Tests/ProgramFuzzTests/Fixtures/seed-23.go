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
	acc = id + 49
	l1 := buildList(17, id+16)
	acc = mix(acc, sumList(l1))
	a2 := buildList(30, 31+id)
	b2 := &Holder{}
	b2.P = a2.Next
	a2.Next = nil
	pause(2)
	garbage(23)
	acc = mix(acc, sumList(a2)+sumList(b2.P))
	big3 := make([]int, 4375)
	for i := 0; i < len(big3); i += 98 {
		big3[i] = i % 1
	}
	bs3 := 0
	for _, x := range big3 {
		bs3 += x
	}
	acc = mix(acc, bs3)
	sc4 := make(chan int, 2)
	go func() {
		for i := 0; i < 7; i++ {
			sc4 <- i*21 + garbage(3)
		}
	}()
	for got := 0; got < 7; {
		select {
		case v := <-sc4:
			acc = mix(acc, v)
			got++
		default:
			runtime.Gosched()
		}
	}
	x5 := &Node{Val: 4, Data: []int{id, 4}}
	hold5 := &Holder{}
	hold5.P = x5
	hold5.V = x5
	x5 = nil
	garbage(70)
	pause(0)
	acc = mix(acc, hold5.P.Val+hold5.V.Value())
	var vs6 []Valuer
	for i := 0; i < 23; i++ {
		if i%3 == 0 {
			vs6 = append(vs6, &Node{Val: i + 55, Data: make([]int, i%3)})
		} else {
			vs6 = append(vs6, Pair{i, 55})
		}
	}
	pause(0)
	for _, v := range vs6 {
		acc = mix(acc, v.Value())
	}
	addTotal(48 * id)
	return acc
}

func w1(id int) (acc int) {
	acc = id + 39
	big8 := make([]int, 5087)
	for i := 0; i < len(big8); i += 163 {
		big8[i] = i % 61
	}
	bs8 := 0
	for _, x := range big8 {
		bs8 += x
	}
	acc = mix(acc, bs8)
	big9 := make([]int, 5659)
	for i := 0; i < len(big9); i += 271 {
		big9[i] = i % 23
	}
	bs9 := 0
	for _, x := range big9 {
		bs9 += x
	}
	acc = mix(acc, bs9)
	str10 := ""
	for i := 0; i < 10; i++ {
		str10 += fmt.Sprint(i*11)
	}
	hm10 := &Holder{M: map[int]*Node{}}
	hm10.M[11] = &Node{Val: len(str10)}
	hm10.F = func() int { return hm10.M[11].Val }
	pause(2)
	acc = mix(acc, hm10.F())
	str11 := ""
	for i := 0; i < 2; i++ {
		str11 += fmt.Sprint(i*44)
	}
	hm11 := &Holder{M: map[int]*Node{}}
	hm11.M[44] = &Node{Val: len(str11)}
	hm11.F = func() int { return hm11.M[44].Val }
	pause(1)
	acc = mix(acc, hm11.F())
	xs12 := []interface{}{&Node{Val: 82}, id, "s82", Pair{id, 82}, buildList(3, 82)}
	garbage(18)
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
	h13 := buildList(14, 13)
	o13 := &Node{Val: id}
	t13 := buildTree(4, 13)
	for i := 0; i < 8; i++ {
		h13.Next, o13.Next = o13.Next, h13.Next
		t13.Left, t13.Right = t13.Right, t13.Left
		if i%4 == 0 {
			pause(i)
		}
		garbage(3)
	}
	acc = mix(acc, sumList(h13)+sumList(o13)+sumTree(t13))
	big14 := make([]int, 4458)
	for i := 0; i < len(big14); i += 200 {
		big14[i] = i % 21
	}
	bs14 := 0
	for _, x := range big14 {
		bs14 += x
	}
	acc = mix(acc, bs14)
	return acc
}

func w2(id int) (acc int) {
	acc = id + 21
	defer addList(buildList(2, 93+id))
	garbage(17)
	acc = mix(acc, safeDiv(acc+89, id%1))
	defer addList(buildList(20, 92+id))
	garbage(28)
	return acc
}

func w3(id int) (acc int) {
	acc = id + 5
	m18 := make(map[int][]int)
	for i := 0; i < 14; i++ {
		m18[i%5] = append(m18[i%5], i*78+id)
	}
	s18 := 0
	for key, vs := range m18 {
		s18 += key * len(vs)
		for _, x := range vs {
			s18 = (s18 + x) % 1000003
		}
	}
	acc = mix(acc, s18)
	fs19 := []func() int{}
	for i := 0; i < 13; i++ {
		q := &Node{Val: i*86 + id}
		fs19 = append(fs19, func() int { return q.Val + id })
	}
	garbage(15)
	for _, f := range fs19 {
		acc = mix(acc, f())
	}
	t20 := buildTree(6, id+35)
	acc = mix(acc, sumTree(t20))
	return acc
}

func main() {
	gA.P = buildList(9, 1)
	gB.P = buildList(1, 2)
	for i := 0; i < 2; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(21, done)
	fns := []func(int) int{w0, w1, w2, w3}
	results := make([]int, len(fns))
	for i, f := range fns {
		results[i] = f(i)
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
