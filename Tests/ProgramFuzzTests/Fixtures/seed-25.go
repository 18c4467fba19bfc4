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
var gSlots [5]*Node
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
	acc = id + 15
	h1 := buildList(16, 71)
	o1 := &Node{Val: id}
	t1 := buildTree(2, 71)
	for i := 0; i < 12; i++ {
		h1.Next, o1.Next = o1.Next, h1.Next
		t1.Left, t1.Right = t1.Right, t1.Left
		if i%4 == 0 {
			pause(i)
		}
		garbage(9)
	}
	acc = mix(acc, sumList(h1)+sumList(o1)+sumTree(t1))
	big2 := make([]int, 5553)
	for i := 0; i < len(big2); i += 100 {
		big2[i] = i % 22
	}
	bs2 := 0
	for _, x := range big2 {
		bs2 += x
	}
	acc = mix(acc, bs2)
	p3 := &Node{Val: 23}
	f3 := func(d int) int {
		p3.Val = (p3.Val + d) % 1009
		return p3.Val
	}
	for i := 0; i < 16; i++ {
		acc = mix(acc, f3(i))
	}
	mp4 := map[int]*Node{}
	for i := 0; i < 10; i++ {
		mp4[i] = &Node{Val: i*48 + id}
	}
	for i := 0; i < 10; i += 2 {
		delete(mp4, i)
	}
	pause(0)
	s4 := 0
	for key, v := range mp4 {
		s4 = (s4 + key*v.Val) % 1000003
	}
	acc = mix(acc, s4+len(mp4))
	m5 := make(map[int][]int)
	for i := 0; i < 10; i++ {
		m5[i%3] = append(m5[i%3], i*87+id)
	}
	s5 := 0
	for key, vs := range m5 {
		s5 += key * len(vs)
		for _, x := range vs {
			s5 = (s5 + x) % 1000003
		}
	}
	acc = mix(acc, s5)
	return acc
}

func w1(id int) (acc int) {
	acc = id + 28
	ping6 := make(chan *Node)
	pong6 := make(chan *Node)
	go func() {
		for nd := range ping6 {
			nd.Val = mix(nd.Val, id)
			nd.Next = &Node{Val: nd.Val % 7, Next: nd.Next}
			pong6 <- nd
		}
	}()
	pn6 := &Node{Val: 62}
	for i := 0; i < 9; i++ {
		ping6 <- pn6
		pn6 = <-pong6
	}
	close(ping6)
	acc = mix(acc, sumList(pn6))
	var wg7 sync.WaitGroup
	outs7 := make([]*Node, 5)
	for j := 0; j < 5; j++ {
		wg7.Add(1)
		go func(j int) {
			defer wg7.Done()
			pause(j + 2)
			outs7[j] = buildList(7, j+47)
		}(j)
	}
	wg7.Wait()
	for _, o := range outs7 {
		acc = mix(acc, sumList(o))
	}
	l8 := buildList(1, id+26)
	acc = mix(acc, sumList(l8))
	return acc
}

func w2(id int) (acc int) {
	acc = id + 49
	dp9 := &Node{Val: 93}
	defer func() {
		acc = mix(acc, dp9.Val)
	}()
	time.Sleep(18 * time.Microsecond)
	str11 := ""
	for i := 0; i < 1; i++ {
		str11 += fmt.Sprint(i*60)
	}
	hm11 := &Holder{M: map[int]*Node{}}
	hm11.M[60] = &Node{Val: len(str11)}
	hm11.F = func() int { return hm11.M[60].Val }
	pause(0)
	acc = mix(acc, hm11.F())
	return acc
}

func w3(id int) (acc int) {
	acc = id + 19
	l12 := buildList(15, id+88)
	acc = mix(acc, sumList(l12))
	mp13 := map[int]*Node{}
	for i := 0; i < 29; i++ {
		mp13[i] = &Node{Val: i*68 + id}
	}
	for i := 0; i < 29; i += 2 {
		delete(mp13, i)
	}
	pause(0)
	s13 := 0
	for key, v := range mp13 {
		s13 = (s13 + key*v.Val) % 1000003
	}
	acc = mix(acc, s13+len(mp13))
	h14 := buildList(9, 81)
	o14 := &Node{Val: id}
	t14 := buildTree(2, 81)
	for i := 0; i < 7; i++ {
		h14.Next, o14.Next = o14.Next, h14.Next
		t14.Left, t14.Right = t14.Right, t14.Left
		if i%3 == 0 {
			pause(i)
		}
		garbage(5)
	}
	acc = mix(acc, sumList(h14)+sumList(o14)+sumTree(t14))
	return acc
}

func w4(id int) (acc int) {
	acc = id + 47
	runtime.GC()
	t16 := buildTree(4, id+63)
	acc = mix(acc, sumTree(t16))
	l17 := buildList(28, id+34)
	acc = mix(acc, sumList(l17))
	var vs18 []Valuer
	for i := 0; i < 11; i++ {
		if i%2 == 0 {
			vs18 = append(vs18, &Node{Val: i + 21, Data: make([]int, i%3)})
		} else {
			vs18 = append(vs18, Pair{i, 21})
		}
	}
	pause(1)
	for _, v := range vs18 {
		acc = mix(acc, v.Value())
	}
	mp19 := map[int]*Node{}
	for i := 0; i < 26; i++ {
		mp19[i] = &Node{Val: i*55 + id}
	}
	for i := 0; i < 26; i += 3 {
		delete(mp19, i)
	}
	pause(2)
	s19 := 0
	for key, v := range mp19 {
		s19 = (s19 + key*v.Val) % 1000003
	}
	acc = mix(acc, s19+len(mp19))
	return acc
}

func main() {
	gA.P = buildList(2, 1)
	gB.P = buildList(7, 2)
	for i := 0; i < 8; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(15, done)
	fns := []func(int) int{w0, w1, w2, w3, w4}
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
