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
	acc = id + 19
	runtime.GC()
	dp2 := &Node{Val: 62}
	defer func() {
		acc = mix(acc, dp2.Val)
	}()
	m3 := make(map[int][]int)
	for i := 0; i < 4; i++ {
		m3[i%3] = append(m3[i%3], i*44+id)
	}
	s3 := 0
	for key, vs := range m3 {
		s3 += key * len(vs)
		for _, x := range vs {
			s3 = (s3 + x) % 1000003
		}
	}
	acc = mix(acc, s3)
	p4 := &Node{Val: 89}
	f4 := func(d int) int {
		p4.Val = (p4.Val + d) % 1009
		return p4.Val
	}
	for i := 0; i < 13; i++ {
		acc = mix(acc, f4(i))
	}
	x5 := &Node{Val: 12, Data: []int{id, 12}}
	hold5 := &Holder{}
	hold5.P = x5
	hold5.V = x5
	x5 = nil
	garbage(39)
	pause(2)
	acc = mix(acc, hold5.P.Val+hold5.V.Value())
	sc6 := make(chan int, 3)
	go func() {
		for i := 0; i < 8; i++ {
			sc6 <- i*59 + garbage(3)
		}
	}()
	for got := 0; got < 8; {
		select {
		case v := <-sc6:
			acc = mix(acc, v)
			got++
		default:
			runtime.Gosched()
		}
	}
	return acc
}

func w1(id int) (acc int) {
	acc = id + 29
	t7 := buildTree(5, id+20)
	acc = mix(acc, sumTree(t7))
	ch8 := make(chan *Node, 0)
	go func() {
		for i := 0; i < 12; i++ {
			ch8 <- &Node{Val: i*34 + id, Next: buildList(i%3, i)}
		}
		close(ch8)
	}()
	garbage(20)
	for nd := range ch8 {
		acc = mix(acc, nd.Val+sumList(nd.Next))
	}
	p9 := &Node{Val: 45}
	f9 := func(d int) int {
		p9.Val = (p9.Val + d) % 1009
		return p9.Val
	}
	for i := 0; i < 6; i++ {
		acc = mix(acc, f9(i))
	}
	defer addList(buildList(9, 8+id))
	garbage(27)
	gSlots[id] = buildList(8, 60+id)
	l11 := gSlots[id]
	gSlots[id] = nil
	pause(0)
	gSlots[id] = l11
	acc = mix(acc, sumList(gSlots[id]))
	h12 := buildList(15, 70)
	o12 := &Node{Val: id}
	t12 := buildTree(5, 70)
	for i := 0; i < 8; i++ {
		h12.Next, o12.Next = o12.Next, h12.Next
		t12.Left, t12.Right = t12.Right, t12.Left
		if i%4 == 0 {
			pause(i)
		}
		garbage(8)
	}
	acc = mix(acc, sumList(h12)+sumList(o12)+sumTree(t12))
	return acc
}

func w2(id int) (acc int) {
	acc = id + 7
	fs13 := []func() int{}
	for i := 0; i < 9; i++ {
		q := &Node{Val: i*24 + id}
		fs13 = append(fs13, func() int { return q.Val + id })
	}
	garbage(55)
	for _, f := range fs13 {
		acc = mix(acc, f())
	}
	dp14 := &Node{Val: 21}
	defer func() {
		acc = mix(acc, dp14.Val)
	}()
	xs15 := []interface{}{&Node{Val: 20}, id, "s20", Pair{id, 20}, buildList(4, 20)}
	garbage(37)
	for _, x := range xs15 {
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
	ping16 := make(chan *Node)
	pong16 := make(chan *Node)
	go func() {
		for nd := range ping16 {
			nd.Val = mix(nd.Val, id)
			nd.Next = &Node{Val: nd.Val % 7, Next: nd.Next}
			pong16 <- nd
		}
	}()
	pn16 := &Node{Val: 95}
	for i := 0; i < 3; i++ {
		ping16 <- pn16
		pn16 = <-pong16
	}
	close(ping16)
	acc = mix(acc, sumList(pn16))
	str17 := ""
	for i := 0; i < 6; i++ {
		str17 += fmt.Sprint(i*97)
	}
	hm17 := &Holder{M: map[int]*Node{}}
	hm17.M[97] = &Node{Val: len(str17)}
	hm17.F = func() int { return hm17.M[97].Val }
	pause(2)
	acc = mix(acc, hm17.F())
	var vs18 []Valuer
	for i := 0; i < 1; i++ {
		if i%2 == 0 {
			vs18 = append(vs18, &Node{Val: i + 80, Data: make([]int, i%3)})
		} else {
			vs18 = append(vs18, Pair{i, 80})
		}
	}
	pause(2)
	for _, v := range vs18 {
		acc = mix(acc, v.Value())
	}
	tc19 := make(chan *Node)
	go func() {
		for i := 0; i < 6; i++ {
			time.Sleep(time.Duration(i%3) * time.Microsecond)
			tc19 <- &Node{Val: i + 58}
		}
	}()
	for got := 0; got < 6; {
		select {
		case nd := <-tc19:
			acc = mix(acc, nd.Val)
			got++
		case <-time.After(2 * time.Microsecond):
		}
	}
	return acc
}

func w3(id int) (acc int) {
	acc = id + 43
	big20 := make([]int, 4571)
	for i := 0; i < len(big20); i += 54 {
		big20[i] = i % 82
	}
	bs20 := 0
	for _, x := range big20 {
		bs20 += x
	}
	acc = mix(acc, bs20)
	runtime.Gosched()
	p22 := &Node{Val: 53}
	f22 := func(d int) int {
		p22.Val = (p22.Val + d) % 1009
		return p22.Val
	}
	for i := 0; i < 16; i++ {
		acc = mix(acc, f22(i))
	}
	defer addList(buildList(10, 81+id))
	garbage(25)
	sc24 := make(chan int, 2)
	go func() {
		for i := 0; i < 8; i++ {
			sc24 <- i*28 + garbage(3)
		}
	}()
	for got := 0; got < 8; {
		select {
		case v := <-sc24:
			acc = mix(acc, v)
			got++
		default:
			runtime.Gosched()
		}
	}
	ch25 := make(chan *Node, 0)
	go func() {
		for i := 0; i < 6; i++ {
			ch25 <- &Node{Val: i*18 + id, Next: buildList(i%3, i)}
		}
		close(ch25)
	}()
	garbage(11)
	for nd := range ch25 {
		acc = mix(acc, nd.Val+sumList(nd.Next))
	}
	return acc
}

func w4(id int) (acc int) {
	acc = id + 40
	ping26 := make(chan *Node)
	pong26 := make(chan *Node)
	go func() {
		for nd := range ping26 {
			nd.Val = mix(nd.Val, id)
			nd.Next = &Node{Val: nd.Val % 7, Next: nd.Next}
			pong26 <- nd
		}
	}()
	pn26 := &Node{Val: 28}
	for i := 0; i < 6; i++ {
		ping26 <- pn26
		pn26 = <-pong26
	}
	close(ping26)
	acc = mix(acc, sumList(pn26))
	defer addList(buildList(15, 95+id))
	garbage(12)
	tc28 := make(chan *Node)
	go func() {
		for i := 0; i < 1; i++ {
			time.Sleep(time.Duration(i%3) * time.Microsecond)
			tc28 <- &Node{Val: i + 10}
		}
	}()
	for got := 0; got < 1; {
		select {
		case nd := <-tc28:
			acc = mix(acc, nd.Val)
			got++
		case <-time.After(28 * time.Microsecond):
		}
	}
	m29 := make(map[int][]int)
	for i := 0; i < 14; i++ {
		m29[i%6] = append(m29[i%6], i*60+id)
	}
	s29 := 0
	for key, vs := range m29 {
		s29 += key * len(vs)
		for _, x := range vs {
			s29 = (s29 + x) % 1000003
		}
	}
	acc = mix(acc, s29)
	sc30 := make(chan int, 3)
	go func() {
		for i := 0; i < 9; i++ {
			sc30 <- i*72 + garbage(3)
		}
	}()
	for got := 0; got < 9; {
		select {
		case v := <-sc30:
			acc = mix(acc, v)
			got++
		default:
			runtime.Gosched()
		}
	}
	return acc
}

func main() {
	gA.P = buildList(10, 1)
	gB.P = buildList(6, 2)
	for i := 0; i < 5; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(33, done)
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
