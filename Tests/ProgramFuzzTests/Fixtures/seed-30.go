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
	acc = id + 30
	mp1 := map[int]*Node{}
	for i := 0; i < 10; i++ {
		mp1[i] = &Node{Val: i*52 + id}
	}
	for i := 0; i < 10; i += 3 {
		delete(mp1, i)
	}
	pause(2)
	s1 := 0
	for key, v := range mp1 {
		s1 = (s1 + key*v.Val) % 1000003
	}
	acc = mix(acc, s1+len(mp1))
	xs2 := []interface{}{&Node{Val: 59}, id, "s59", Pair{id, 59}, buildList(1, 59)}
	garbage(35)
	for _, x := range xs2 {
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
	l3 := buildList(40, id+97)
	acc = mix(acc, sumList(l3))
	a4 := buildList(6, 25+id)
	b4 := &Holder{}
	b4.P = a4.Next
	a4.Next = nil
	pause(1)
	garbage(21)
	acc = mix(acc, sumList(a4)+sumList(b4.P))
	acc = mix(acc, safeDiv(acc+64, id%2))
	p6 := &Node{Val: 55}
	f6 := func(d int) int {
		p6.Val = (p6.Val + d) % 1009
		return p6.Val
	}
	for i := 0; i < 18; i++ {
		acc = mix(acc, f6(i))
	}
	fs7 := []func() int{}
	for i := 0; i < 4; i++ {
		q := &Node{Val: i*85 + id}
		fs7 = append(fs7, func() int { return q.Val + id })
	}
	garbage(27)
	for _, f := range fs7 {
		acc = mix(acc, f())
	}
	return acc
}

func w1(id int) (acc int) {
	acc = id + 8
	acc = mix(acc, safeDiv(acc+83, id%2))
	tc9 := make(chan *Node)
	go func() {
		for i := 0; i < 2; i++ {
			time.Sleep(time.Duration(i%3) * time.Microsecond)
			tc9 <- &Node{Val: i + 61}
		}
	}()
	for got := 0; got < 2; {
		select {
		case nd := <-tc9:
			acc = mix(acc, nd.Val)
			got++
		case <-time.After(27 * time.Microsecond):
		}
	}
	sc10 := make(chan int, 3)
	go func() {
		for i := 0; i < 2; i++ {
			sc10 <- i*95 + garbage(3)
		}
	}()
	for got := 0; got < 2; {
		select {
		case v := <-sc10:
			acc = mix(acc, v)
			got++
		default:
			runtime.Gosched()
		}
	}
	tc11 := make(chan *Node)
	go func() {
		for i := 0; i < 3; i++ {
			time.Sleep(time.Duration(i%3) * time.Microsecond)
			tc11 <- &Node{Val: i + 85}
		}
	}()
	for got := 0; got < 3; {
		select {
		case nd := <-tc11:
			acc = mix(acc, nd.Val)
			got++
		case <-time.After(26 * time.Microsecond):
		}
	}
	xs12 := []interface{}{&Node{Val: 79}, id, "s79", Pair{id, 79}, buildList(1, 79)}
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
	gSlots[id] = buildList(7, 59+id)
	l13 := gSlots[id]
	gSlots[id] = nil
	pause(2)
	gSlots[id] = l13
	acc = mix(acc, sumList(gSlots[id]))
	defer addList(buildList(12, 65+id))
	garbage(30)
	return acc
}

func w2(id int) (acc int) {
	acc = id + 43
	l15 := buildList(23, id+15)
	acc = mix(acc, sumList(l15))
	time.Sleep(23 * time.Microsecond)
	fs17 := []func() int{}
	for i := 0; i < 8; i++ {
		q := &Node{Val: i*40 + id}
		fs17 = append(fs17, func() int { return q.Val + id })
	}
	garbage(59)
	for _, f := range fs17 {
		acc = mix(acc, f())
	}
	return acc
}

func w3(id int) (acc int) {
	acc = id + 27
	big18 := make([]int, 4285)
	for i := 0; i < len(big18); i += 242 {
		big18[i] = i % 63
	}
	bs18 := 0
	for _, x := range big18 {
		bs18 += x
	}
	acc = mix(acc, bs18)
	l19 := buildList(12, id+97)
	acc = mix(acc, sumList(l19))
	mp20 := map[int]*Node{}
	for i := 0; i < 6; i++ {
		mp20[i] = &Node{Val: i*66 + id}
	}
	for i := 0; i < 6; i += 2 {
		delete(mp20, i)
	}
	pause(0)
	s20 := 0
	for key, v := range mp20 {
		s20 = (s20 + key*v.Val) % 1000003
	}
	acc = mix(acc, s20+len(mp20))
	a21 := buildList(12, 64+id)
	b21 := &Holder{}
	b21.P = a21.Next
	a21.Next = nil
	pause(2)
	garbage(37)
	acc = mix(acc, sumList(a21)+sumList(b21.P))
	str22 := ""
	for i := 0; i < 2; i++ {
		str22 += fmt.Sprint(i*15)
	}
	hm22 := &Holder{M: map[int]*Node{}}
	hm22.M[15] = &Node{Val: len(str22)}
	hm22.F = func() int { return hm22.M[15].Val }
	pause(2)
	acc = mix(acc, hm22.F())
	return acc
}

func w4(id int) (acc int) {
	acc = id + 11
	a23 := buildList(28, 83+id)
	b23 := &Holder{}
	b23.P = a23.Next
	a23.Next = nil
	pause(2)
	garbage(43)
	acc = mix(acc, sumList(a23)+sumList(b23.P))
	str24 := ""
	for i := 0; i < 2; i++ {
		str24 += fmt.Sprint(i*93)
	}
	hm24 := &Holder{M: map[int]*Node{}}
	hm24.M[93] = &Node{Val: len(str24)}
	hm24.F = func() int { return hm24.M[93].Val }
	pause(2)
	acc = mix(acc, hm24.F())
	tc25 := make(chan *Node)
	go func() {
		for i := 0; i < 1; i++ {
			time.Sleep(time.Duration(i%3) * time.Microsecond)
			tc25 <- &Node{Val: i + 87}
		}
	}()
	for got := 0; got < 1; {
		select {
		case nd := <-tc25:
			acc = mix(acc, nd.Val)
			got++
		case <-time.After(44 * time.Microsecond):
		}
	}
	addTotal(43 * id)
	var vs27 []Valuer
	for i := 0; i < 12; i++ {
		if i%2 == 0 {
			vs27 = append(vs27, &Node{Val: i + 40, Data: make([]int, i%3)})
		} else {
			vs27 = append(vs27, Pair{i, 40})
		}
	}
	pause(2)
	for _, v := range vs27 {
		acc = mix(acc, v.Value())
	}
	dp28 := &Node{Val: 61}
	defer func() {
		acc = mix(acc, dp28.Val)
	}()
	return acc
}

func main() {
	gA.P = buildList(5, 1)
	gB.P = buildList(2, 2)
	for i := 0; i < 5; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(6, done)
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
