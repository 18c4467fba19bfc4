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
	m1 := make(map[int][]int)
	for i := 0; i < 21; i++ {
		m1[i%4] = append(m1[i%4], i*86+id)
	}
	s1 := 0
	for key, vs := range m1 {
		s1 += key * len(vs)
		for _, x := range vs {
			s1 = (s1 + x) % 1000003
		}
	}
	acc = mix(acc, s1)
	mp2 := map[int]*Node{}
	for i := 0; i < 14; i++ {
		mp2[i] = &Node{Val: i*69 + id}
	}
	for i := 0; i < 14; i += 3 {
		delete(mp2, i)
	}
	pause(2)
	s2 := 0
	for key, v := range mp2 {
		s2 = (s2 + key*v.Val) % 1000003
	}
	acc = mix(acc, s2+len(mp2))
	ch3 := make(chan *Node, 3)
	go func() {
		for i := 0; i < 13; i++ {
			ch3 <- &Node{Val: i*34 + id, Next: buildList(i%3, i)}
		}
		close(ch3)
	}()
	garbage(13)
	for nd := range ch3 {
		acc = mix(acc, nd.Val+sumList(nd.Next))
	}
	big4 := make([]int, 4257)
	for i := 0; i < len(big4); i += 285 {
		big4[i] = i % 39
	}
	bs4 := 0
	for _, x := range big4 {
		bs4 += x
	}
	acc = mix(acc, bs4)
	return acc
}

func w1(id int) (acc int) {
	acc = id + 39
	l5 := buildList(8, id+58)
	acc = mix(acc, sumList(l5))
	a6 := buildList(28, 61+id)
	b6 := &Holder{}
	b6.P = a6.Next
	a6.Next = nil
	pause(1)
	garbage(42)
	acc = mix(acc, sumList(a6)+sumList(b6.P))
	fs7 := []func() int{}
	for i := 0; i < 13; i++ {
		q := &Node{Val: i*32 + id}
		fs7 = append(fs7, func() int { return q.Val + id })
	}
	garbage(55)
	for _, f := range fs7 {
		acc = mix(acc, f())
	}
	dp8 := &Node{Val: 47}
	defer func() {
		acc = mix(acc, dp8.Val)
	}()
	t9 := buildTree(6, id+76)
	acc = mix(acc, sumTree(t9))
	gSlots[id] = buildList(23, 38+id)
	l10 := gSlots[id]
	gSlots[id] = nil
	pause(0)
	gSlots[id] = l10
	acc = mix(acc, sumList(gSlots[id]))
	return acc
}

func w2(id int) (acc int) {
	acc = id + 3
	t11 := buildTree(2, id+43)
	acc = mix(acc, sumTree(t11))
	str12 := ""
	for i := 0; i < 7; i++ {
		str12 += fmt.Sprint(i*14)
	}
	hm12 := &Holder{M: map[int]*Node{}}
	hm12.M[14] = &Node{Val: len(str12)}
	hm12.F = func() int { return hm12.M[14].Val }
	pause(1)
	acc = mix(acc, hm12.F())
	var vs13 []Valuer
	for i := 0; i < 17; i++ {
		if i%2 == 0 {
			vs13 = append(vs13, &Node{Val: i + 23, Data: make([]int, i%3)})
		} else {
			vs13 = append(vs13, Pair{i, 23})
		}
	}
	pause(1)
	for _, v := range vs13 {
		acc = mix(acc, v.Value())
	}
	t14 := buildTree(4, id+46)
	acc = mix(acc, sumTree(t14))
	tc15 := make(chan *Node)
	go func() {
		for i := 0; i < 8; i++ {
			time.Sleep(time.Duration(i%3) * time.Microsecond)
			tc15 <- &Node{Val: i + 93}
		}
	}()
	for got := 0; got < 8; {
		select {
		case nd := <-tc15:
			acc = mix(acc, nd.Val)
			got++
		case <-time.After(21 * time.Microsecond):
		}
	}
	t16 := buildTree(5, id+14)
	acc = mix(acc, sumTree(t16))
	return acc
}

func w3(id int) (acc int) {
	acc = id + 40
	runtime.GC()
	mp18 := map[int]*Node{}
	for i := 0; i < 7; i++ {
		mp18[i] = &Node{Val: i*57 + id}
	}
	for i := 0; i < 7; i += 3 {
		delete(mp18, i)
	}
	pause(2)
	s18 := 0
	for key, v := range mp18 {
		s18 = (s18 + key*v.Val) % 1000003
	}
	acc = mix(acc, s18+len(mp18))
	var wg19 sync.WaitGroup
	outs19 := make([]*Node, 4)
	for j := 0; j < 4; j++ {
		wg19.Add(1)
		go func(j int) {
			defer wg19.Done()
			pause(j + 0)
			outs19[j] = buildList(9, j+47)
		}(j)
	}
	wg19.Wait()
	for _, o := range outs19 {
		acc = mix(acc, sumList(o))
	}
	addTotal(51 * id)
	mp21 := map[int]*Node{}
	for i := 0; i < 21; i++ {
		mp21[i] = &Node{Val: i*2 + id}
	}
	for i := 0; i < 21; i += 3 {
		delete(mp21, i)
	}
	pause(1)
	s21 := 0
	for key, v := range mp21 {
		s21 = (s21 + key*v.Val) % 1000003
	}
	acc = mix(acc, s21+len(mp21))
	m22 := make(map[int][]int)
	for i := 0; i < 1; i++ {
		m22[i%1] = append(m22[i%1], i*62+id)
	}
	s22 := 0
	for key, vs := range m22 {
		s22 += key * len(vs)
		for _, x := range vs {
			s22 = (s22 + x) % 1000003
		}
	}
	acc = mix(acc, s22)
	str23 := ""
	for i := 0; i < 5; i++ {
		str23 += fmt.Sprint(i*38)
	}
	hm23 := &Holder{M: map[int]*Node{}}
	hm23.M[38] = &Node{Val: len(str23)}
	hm23.F = func() int { return hm23.M[38].Val }
	pause(1)
	acc = mix(acc, hm23.F())
	return acc
}

func main() {
	gA.P = buildList(10, 1)
	gB.P = buildList(8, 2)
	for i := 0; i < 5; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(28, done)
	fns := []func(int) int{w0, w1, w2, w3}
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
