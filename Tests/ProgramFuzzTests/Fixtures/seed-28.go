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
	acc = id + 26
	var wg1 sync.WaitGroup
	outs1 := make([]*Node, 1)
	for j := 0; j < 1; j++ {
		wg1.Add(1)
		go func(j int) {
			defer wg1.Done()
			pause(j + 1)
			outs1[j] = buildList(8, j+26)
		}(j)
	}
	wg1.Wait()
	for _, o := range outs1 {
		acc = mix(acc, sumList(o))
	}
	m2 := make(map[int][]int)
	for i := 0; i < 18; i++ {
		m2[i%5] = append(m2[i%5], i*50+id)
	}
	s2 := 0
	for key, vs := range m2 {
		s2 += key * len(vs)
		for _, x := range vs {
			s2 = (s2 + x) % 1000003
		}
	}
	acc = mix(acc, s2)
	str3 := ""
	for i := 0; i < 3; i++ {
		str3 += fmt.Sprint(i*81)
	}
	hm3 := &Holder{M: map[int]*Node{}}
	hm3.M[81] = &Node{Val: len(str3)}
	hm3.F = func() int { return hm3.M[81].Val }
	pause(2)
	acc = mix(acc, hm3.F())
	xs4 := []interface{}{&Node{Val: 53}, id, "s53", Pair{id, 53}, buildList(4, 53)}
	garbage(8)
	for _, x := range xs4 {
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
	var vs5 []Valuer
	for i := 0; i < 16; i++ {
		if i%2 == 0 {
			vs5 = append(vs5, &Node{Val: i + 72, Data: make([]int, i%3)})
		} else {
			vs5 = append(vs5, Pair{i, 72})
		}
	}
	pause(2)
	for _, v := range vs5 {
		acc = mix(acc, v.Value())
	}
	t6 := buildTree(3, id+93)
	acc = mix(acc, sumTree(t6))
	return acc
}

func w1(id int) (acc int) {
	acc = id + 27
	defer addList(buildList(18, 82+id))
	garbage(33)
	var vs8 []Valuer
	for i := 0; i < 20; i++ {
		if i%2 == 0 {
			vs8 = append(vs8, &Node{Val: i + 8, Data: make([]int, i%3)})
		} else {
			vs8 = append(vs8, Pair{i, 8})
		}
	}
	pause(0)
	for _, v := range vs8 {
		acc = mix(acc, v.Value())
	}
	big9 := make([]int, 4155)
	for i := 0; i < len(big9); i += 252 {
		big9[i] = i % 85
	}
	bs9 := 0
	for _, x := range big9 {
		bs9 += x
	}
	acc = mix(acc, bs9)
	mp10 := map[int]*Node{}
	for i := 0; i < 2; i++ {
		mp10[i] = &Node{Val: i*95 + id}
	}
	for i := 0; i < 2; i += 2 {
		delete(mp10, i)
	}
	pause(0)
	s10 := 0
	for key, v := range mp10 {
		s10 = (s10 + key*v.Val) % 1000003
	}
	acc = mix(acc, s10+len(mp10))
	var wg11 sync.WaitGroup
	outs11 := make([]*Node, 1)
	for j := 0; j < 1; j++ {
		wg11.Add(1)
		go func(j int) {
			defer wg11.Done()
			pause(j + 1)
			outs11[j] = buildList(2, j+53)
		}(j)
	}
	wg11.Wait()
	for _, o := range outs11 {
		acc = mix(acc, sumList(o))
	}
	defer addList(buildList(4, 81+id))
	garbage(23)
	return acc
}

func w2(id int) (acc int) {
	acc = id + 20
	xs13 := []interface{}{&Node{Val: 51}, id, "s51", Pair{id, 51}, buildList(5, 51)}
	garbage(25)
	for _, x := range xs13 {
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
	ch14 := make(chan *Node, 1)
	go func() {
		for i := 0; i < 20; i++ {
			ch14 <- &Node{Val: i*22 + id, Next: buildList(i%3, i)}
		}
		close(ch14)
	}()
	garbage(10)
	for nd := range ch14 {
		acc = mix(acc, nd.Val+sumList(nd.Next))
	}
	l15 := buildList(28, id+18)
	acc = mix(acc, sumList(l15))
	var vs16 []Valuer
	for i := 0; i < 2; i++ {
		if i%3 == 0 {
			vs16 = append(vs16, &Node{Val: i + 78, Data: make([]int, i%3)})
		} else {
			vs16 = append(vs16, Pair{i, 78})
		}
	}
	pause(0)
	for _, v := range vs16 {
		acc = mix(acc, v.Value())
	}
	m17 := make(map[int][]int)
	for i := 0; i < 12; i++ {
		m17[i%4] = append(m17[i%4], i*74+id)
	}
	s17 := 0
	for key, vs := range m17 {
		s17 += key * len(vs)
		for _, x := range vs {
			s17 = (s17 + x) % 1000003
		}
	}
	acc = mix(acc, s17)
	tc18 := make(chan *Node)
	go func() {
		for i := 0; i < 3; i++ {
			time.Sleep(time.Duration(i%3) * time.Microsecond)
			tc18 <- &Node{Val: i + 32}
		}
	}()
	for got := 0; got < 3; {
		select {
		case nd := <-tc18:
			acc = mix(acc, nd.Val)
			got++
		case <-time.After(48 * time.Microsecond):
		}
	}
	return acc
}

func w3(id int) (acc int) {
	acc = id + 47
	var vs19 []Valuer
	for i := 0; i < 1; i++ {
		if i%2 == 0 {
			vs19 = append(vs19, &Node{Val: i + 83, Data: make([]int, i%3)})
		} else {
			vs19 = append(vs19, Pair{i, 83})
		}
	}
	pause(1)
	for _, v := range vs19 {
		acc = mix(acc, v.Value())
	}
	ch20 := make(chan *Node, 0)
	go func() {
		for i := 0; i < 16; i++ {
			ch20 <- &Node{Val: i*83 + id, Next: buildList(i%3, i)}
		}
		close(ch20)
	}()
	garbage(7)
	for nd := range ch20 {
		acc = mix(acc, nd.Val+sumList(nd.Next))
	}
	str21 := ""
	for i := 0; i < 5; i++ {
		str21 += fmt.Sprint(i*27)
	}
	hm21 := &Holder{M: map[int]*Node{}}
	hm21.M[27] = &Node{Val: len(str21)}
	hm21.F = func() int { return hm21.M[27].Val }
	pause(1)
	acc = mix(acc, hm21.F())
	str22 := ""
	for i := 0; i < 4; i++ {
		str22 += fmt.Sprint(i*4)
	}
	hm22 := &Holder{M: map[int]*Node{}}
	hm22.M[4] = &Node{Val: len(str22)}
	hm22.F = func() int { return hm22.M[4].Val }
	pause(2)
	acc = mix(acc, hm22.F())
	defer addList(buildList(4, 45+id))
	garbage(39)
	return acc
}

func main() {
	gA.P = buildList(9, 1)
	gB.P = buildList(4, 2)
	for i := 0; i < 0; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(25, done)
	fns := []func(int) int{w0, w1, w2, w3}
	results := make([]int, len(fns))
	ch := make(chan *Res, 2)
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
		case <-time.After(134 * time.Microsecond):
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
