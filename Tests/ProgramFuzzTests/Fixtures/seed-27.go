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
	acc = id + 2
	ch1 := make(chan *Node, 3)
	go func() {
		for i := 0; i < 18; i++ {
			ch1 <- &Node{Val: i*11 + id, Next: buildList(i%3, i)}
		}
		close(ch1)
	}()
	garbage(23)
	for nd := range ch1 {
		acc = mix(acc, nd.Val+sumList(nd.Next))
	}
	fs2 := []func() int{}
	for i := 0; i < 12; i++ {
		q := &Node{Val: i*22 + id}
		fs2 = append(fs2, func() int { return q.Val + id })
	}
	garbage(35)
	for _, f := range fs2 {
		acc = mix(acc, f())
	}
	var wg3 sync.WaitGroup
	outs3 := make([]*Node, 2)
	for j := 0; j < 2; j++ {
		wg3.Add(1)
		go func(j int) {
			defer wg3.Done()
			pause(j + 1)
			outs3[j] = buildList(7, j+72)
		}(j)
	}
	wg3.Wait()
	for _, o := range outs3 {
		acc = mix(acc, sumList(o))
	}
	defer addList(buildList(18, 56+id))
	garbage(37)
	return acc
}

func w1(id int) (acc int) {
	acc = id + 17
	m5 := make(map[int][]int)
	for i := 0; i < 28; i++ {
		m5[i%4] = append(m5[i%4], i*65+id)
	}
	s5 := 0
	for key, vs := range m5 {
		s5 += key * len(vs)
		for _, x := range vs {
			s5 = (s5 + x) % 1000003
		}
	}
	acc = mix(acc, s5)
	var wg6 sync.WaitGroup
	outs6 := make([]*Node, 4)
	for j := 0; j < 4; j++ {
		wg6.Add(1)
		go func(j int) {
			defer wg6.Done()
			pause(j + 2)
			outs6[j] = buildList(4, j+35)
		}(j)
	}
	wg6.Wait()
	for _, o := range outs6 {
		acc = mix(acc, sumList(o))
	}
	acc = mix(acc, safeDiv(acc+63, id%1))
	fs8 := []func() int{}
	for i := 0; i < 12; i++ {
		q := &Node{Val: i*11 + id}
		fs8 = append(fs8, func() int { return q.Val + id })
	}
	garbage(30)
	for _, f := range fs8 {
		acc = mix(acc, f())
	}
	return acc
}

func w2(id int) (acc int) {
	acc = id + 44
	var vs9 []Valuer
	for i := 0; i < 10; i++ {
		if i%3 == 0 {
			vs9 = append(vs9, &Node{Val: i + 70, Data: make([]int, i%3)})
		} else {
			vs9 = append(vs9, Pair{i, 70})
		}
	}
	pause(0)
	for _, v := range vs9 {
		acc = mix(acc, v.Value())
	}
	gSlots[id] = buildList(6, 25+id)
	l10 := gSlots[id]
	gSlots[id] = nil
	pause(0)
	gSlots[id] = l10
	acc = mix(acc, sumList(gSlots[id]))
	defer addList(buildList(10, 40+id))
	garbage(34)
	var vs12 []Valuer
	for i := 0; i < 3; i++ {
		if i%3 == 0 {
			vs12 = append(vs12, &Node{Val: i + 75, Data: make([]int, i%3)})
		} else {
			vs12 = append(vs12, Pair{i, 75})
		}
	}
	pause(2)
	for _, v := range vs12 {
		acc = mix(acc, v.Value())
	}
	return acc
}

func w3(id int) (acc int) {
	acc = id + 17
	gSlots[id] = buildList(24, 82+id)
	l13 := gSlots[id]
	gSlots[id] = nil
	pause(2)
	gSlots[id] = l13
	acc = mix(acc, sumList(gSlots[id]))
	m14 := make(map[int][]int)
	for i := 0; i < 5; i++ {
		m14[i%5] = append(m14[i%5], i*19+id)
	}
	s14 := 0
	for key, vs := range m14 {
		s14 += key * len(vs)
		for _, x := range vs {
			s14 = (s14 + x) % 1000003
		}
	}
	acc = mix(acc, s14)
	defer addList(buildList(7, 52+id))
	garbage(31)
	return acc
}

func main() {
	gA.P = buildList(6, 1)
	gB.P = buildList(3, 2)
	for i := 0; i < 2; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(35, done)
	fns := []func(int) int{w0, w1, w2, w3}
	results := make([]int, len(fns))
	ch := make(chan Res, 1)
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
