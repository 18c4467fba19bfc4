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
	acc = id + 34
	str1 := ""
	for i := 0; i < 2; i++ {
		str1 += fmt.Sprint(i*15)
	}
	hm1 := &Holder{M: map[int]*Node{}}
	hm1.M[15] = &Node{Val: len(str1)}
	hm1.F = func() int { return hm1.M[15].Val }
	pause(0)
	acc = mix(acc, hm1.F())
	ch2 := make(chan *Node, 1)
	go func() {
		for i := 0; i < 14; i++ {
			ch2 <- &Node{Val: i*41 + id, Next: buildList(i%3, i)}
		}
		close(ch2)
	}()
	garbage(6)
	for nd := range ch2 {
		acc = mix(acc, nd.Val+sumList(nd.Next))
	}
	big3 := make([]int, 5970)
	for i := 0; i < len(big3); i += 55 {
		big3[i] = i % 5
	}
	bs3 := 0
	for _, x := range big3 {
		bs3 += x
	}
	acc = mix(acc, bs3)
	tc4 := make(chan *Node)
	go func() {
		for i := 0; i < 1; i++ {
			time.Sleep(time.Duration(i%3) * time.Microsecond)
			tc4 <- &Node{Val: i + 1}
		}
	}()
	for got := 0; got < 1; {
		select {
		case nd := <-tc4:
			acc = mix(acc, nd.Val)
			got++
		case <-time.After(7 * time.Microsecond):
		}
	}
	h5 := buildList(4, 63)
	o5 := &Node{Val: id}
	t5 := buildTree(5, 63)
	for i := 0; i < 10; i++ {
		h5.Next, o5.Next = o5.Next, h5.Next
		t5.Left, t5.Right = t5.Right, t5.Left
		if i%4 == 0 {
			pause(i)
		}
		garbage(8)
	}
	acc = mix(acc, sumList(h5)+sumList(o5)+sumTree(t5))
	tc6 := make(chan *Node)
	go func() {
		for i := 0; i < 8; i++ {
			time.Sleep(time.Duration(i%3) * time.Microsecond)
			tc6 <- &Node{Val: i + 16}
		}
	}()
	for got := 0; got < 8; {
		select {
		case nd := <-tc6:
			acc = mix(acc, nd.Val)
			got++
		case <-time.After(42 * time.Microsecond):
		}
	}
	return acc
}

func w1(id int) (acc int) {
	acc = id + 45
	var vs7 []Valuer
	for i := 0; i < 18; i++ {
		if i%3 == 0 {
			vs7 = append(vs7, &Node{Val: i + 63, Data: make([]int, i%3)})
		} else {
			vs7 = append(vs7, Pair{i, 63})
		}
	}
	pause(2)
	for _, v := range vs7 {
		acc = mix(acc, v.Value())
	}
	t8 := buildTree(1, id+42)
	acc = mix(acc, sumTree(t8))
	x9 := &Node{Val: 92, Data: []int{id, 92}}
	hold9 := &Holder{}
	hold9.P = x9
	hold9.V = x9
	x9 = nil
	garbage(76)
	pause(1)
	acc = mix(acc, hold9.P.Val+hold9.V.Value())
	runtime.GC()
	ch11 := make(chan *Node, 0)
	go func() {
		for i := 0; i < 9; i++ {
			ch11 <- &Node{Val: i*83 + id, Next: buildList(i%3, i)}
		}
		close(ch11)
	}()
	garbage(17)
	for nd := range ch11 {
		acc = mix(acc, nd.Val+sumList(nd.Next))
	}
	return acc
}

func w2(id int) (acc int) {
	acc = id + 10
	big12 := make([]int, 4358)
	for i := 0; i < len(big12); i += 120 {
		big12[i] = i % 80
	}
	bs12 := 0
	for _, x := range big12 {
		bs12 += x
	}
	acc = mix(acc, bs12)
	gSlots[id] = buildList(2, 2+id)
	l13 := gSlots[id]
	gSlots[id] = nil
	pause(2)
	gSlots[id] = l13
	acc = mix(acc, sumList(gSlots[id]))
	t14 := buildTree(2, id+93)
	acc = mix(acc, sumTree(t14))
	var wg15 sync.WaitGroup
	outs15 := make([]*Node, 2)
	for j := 0; j < 2; j++ {
		wg15.Add(1)
		go func(j int) {
			defer wg15.Done()
			pause(j + 1)
			outs15[j] = buildList(7, j+79)
		}(j)
	}
	wg15.Wait()
	for _, o := range outs15 {
		acc = mix(acc, sumList(o))
	}
	return acc
}

func w3(id int) (acc int) {
	acc = id + 15
	fs16 := []func() int{}
	for i := 0; i < 9; i++ {
		q := &Node{Val: i*22 + id}
		fs16 = append(fs16, func() int { return q.Val + id })
	}
	garbage(28)
	for _, f := range fs16 {
		acc = mix(acc, f())
	}
	var wg17 sync.WaitGroup
	outs17 := make([]*Node, 4)
	for j := 0; j < 4; j++ {
		wg17.Add(1)
		go func(j int) {
			defer wg17.Done()
			pause(j + 2)
			outs17[j] = buildList(7, j+13)
		}(j)
	}
	wg17.Wait()
	for _, o := range outs17 {
		acc = mix(acc, sumList(o))
	}
	mp18 := map[int]*Node{}
	for i := 0; i < 29; i++ {
		mp18[i] = &Node{Val: i*13 + id}
	}
	for i := 0; i < 29; i += 3 {
		delete(mp18, i)
	}
	pause(2)
	s18 := 0
	for key, v := range mp18 {
		s18 = (s18 + key*v.Val) % 1000003
	}
	acc = mix(acc, s18+len(mp18))
	fs19 := []func() int{}
	for i := 0; i < 9; i++ {
		q := &Node{Val: i*85 + id}
		fs19 = append(fs19, func() int { return q.Val + id })
	}
	garbage(57)
	for _, f := range fs19 {
		acc = mix(acc, f())
	}
	return acc
}

func w4(id int) (acc int) {
	acc = id + 19
	acc = mix(acc, safeDiv(acc+15, id%1))
	ch21 := make(chan *Node, 2)
	go func() {
		for i := 0; i < 19; i++ {
			ch21 <- &Node{Val: i*53 + id, Next: buildList(i%3, i)}
		}
		close(ch21)
	}()
	garbage(15)
	for nd := range ch21 {
		acc = mix(acc, nd.Val+sumList(nd.Next))
	}
	t22 := buildTree(2, id+29)
	acc = mix(acc, sumTree(t22))
	addTotal(78 * id)
	return acc
}

func main() {
	gA.P = buildList(2, 1)
	gB.P = buildList(9, 2)
	for i := 0; i < 5; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(4, done)
	fns := []func(int) int{w0, w1, w2, w3, w4}
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
