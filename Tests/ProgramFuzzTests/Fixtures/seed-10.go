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
	acc = id + 7
	x1 := &Node{Val: 89, Data: []int{id, 89}}
	hold1 := &Holder{}
	hold1.P = x1
	hold1.V = x1
	x1 = nil
	garbage(12)
	pause(2)
	acc = mix(acc, hold1.P.Val+hold1.V.Value())
	gMu.Lock()
	gAny = &Node{Val: 66, Next: buildList(3, id)}
	gMu.Unlock()
	p3 := &Node{Val: 29}
	f3 := func(d int) int {
		p3.Val = (p3.Val + d) % 1009
		return p3.Val
	}
	for i := 0; i < 1; i++ {
		acc = mix(acc, f3(i))
	}
	time.Sleep(36 * time.Microsecond)
	ping5 := make(chan *Node)
	pong5 := make(chan *Node)
	go func() {
		for nd := range ping5 {
			nd.Val = mix(nd.Val, id)
			nd.Next = &Node{Val: nd.Val % 7, Next: nd.Next}
			pong5 <- nd
		}
	}()
	pn5 := &Node{Val: 53}
	for i := 0; i < 4; i++ {
		ping5 <- pn5
		pn5 = <-pong5
	}
	close(ping5)
	acc = mix(acc, sumList(pn5))
	var vs6 []Valuer
	for i := 0; i < 6; i++ {
		if i%2 == 0 {
			vs6 = append(vs6, &Node{Val: i + 48, Data: make([]int, i%3)})
		} else {
			vs6 = append(vs6, Pair{i, 48})
		}
	}
	pause(1)
	for _, v := range vs6 {
		acc = mix(acc, v.Value())
	}
	return acc
}

func w1(id int) (acc int) {
	acc = id + 34
	var wg7 sync.WaitGroup
	outs7 := make([]*Node, 3)
	for j := 0; j < 3; j++ {
		wg7.Add(1)
		go func(j int) {
			defer wg7.Done()
			pause(j + 1)
			outs7[j] = buildList(6, j+7)
		}(j)
	}
	wg7.Wait()
	for _, o := range outs7 {
		acc = mix(acc, sumList(o))
	}
	h8 := buildList(17, 26)
	o8 := &Node{Val: id}
	t8 := buildTree(2, 26)
	for i := 0; i < 11; i++ {
		h8.Next, o8.Next = o8.Next, h8.Next
		t8.Left, t8.Right = t8.Right, t8.Left
		if i%3 == 0 {
			pause(i)
		}
		garbage(4)
	}
	acc = mix(acc, sumList(h8)+sumList(o8)+sumTree(t8))
	str9 := ""
	for i := 0; i < 10; i++ {
		str9 += fmt.Sprint(i*30)
	}
	hm9 := &Holder{M: map[int]*Node{}}
	hm9.M[30] = &Node{Val: len(str9)}
	hm9.F = func() int { return hm9.M[30].Val }
	pause(2)
	acc = mix(acc, hm9.F())
	defer addList(buildList(4, 64+id))
	garbage(13)
	gSlots[id] = buildList(16, 14+id)
	l11 := gSlots[id]
	gSlots[id] = nil
	pause(2)
	gSlots[id] = l11
	acc = mix(acc, sumList(gSlots[id]))
	defer addList(buildList(16, 90+id))
	garbage(12)
	acc = mix(acc, safeDiv(acc+34, id%1))
	return acc
}

func w2(id int) (acc int) {
	acc = id + 12
	runtime.GC()
	x15 := &Node{Val: 54, Data: []int{id, 54}}
	hold15 := &Holder{}
	hold15.P = x15
	hold15.V = x15
	x15 = nil
	garbage(30)
	pause(2)
	acc = mix(acc, hold15.P.Val+hold15.V.Value())
	addTotal(60 * id)
	p17 := &Node{Val: 19}
	f17 := func(d int) int {
		p17.Val = (p17.Val + d) % 1009
		return p17.Val
	}
	for i := 0; i < 17; i++ {
		acc = mix(acc, f17(i))
	}
	dp18 := &Node{Val: 7}
	defer func() {
		acc = mix(acc, dp18.Val)
	}()
	dp19 := &Node{Val: 4}
	defer func() {
		acc = mix(acc, dp19.Val)
	}()
	defer addList(buildList(7, 24+id))
	garbage(5)
	return acc
}

func w3(id int) (acc int) {
	acc = id + 44
	a21 := buildList(24, 33+id)
	b21 := &Holder{}
	b21.P = a21.Next
	a21.Next = nil
	pause(1)
	garbage(28)
	acc = mix(acc, sumList(a21)+sumList(b21.P))
	acc = mix(acc, safeDiv(acc+20, id%2))
	str23 := ""
	for i := 0; i < 1; i++ {
		str23 += fmt.Sprint(i*14)
	}
	hm23 := &Holder{M: map[int]*Node{}}
	hm23.M[14] = &Node{Val: len(str23)}
	hm23.F = func() int { return hm23.M[14].Val }
	pause(2)
	acc = mix(acc, hm23.F())
	var vs24 []Valuer
	for i := 0; i < 21; i++ {
		if i%3 == 0 {
			vs24 = append(vs24, &Node{Val: i + 26, Data: make([]int, i%3)})
		} else {
			vs24 = append(vs24, Pair{i, 26})
		}
	}
	pause(1)
	for _, v := range vs24 {
		acc = mix(acc, v.Value())
	}
	p25 := &Node{Val: 39}
	f25 := func(d int) int {
		p25.Val = (p25.Val + d) % 1009
		return p25.Val
	}
	for i := 0; i < 3; i++ {
		acc = mix(acc, f25(i))
	}
	return acc
}

func main() {
	gA.P = buildList(6, 1)
	gB.P = buildList(6, 2)
	for i := 0; i < 7; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(4, done)
	fns := []func(int) int{w0, w1, w2, w3}
	results := make([]int, len(fns))
	ch := make(chan *Res, 0)
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
		case <-time.After(49 * time.Microsecond):
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
