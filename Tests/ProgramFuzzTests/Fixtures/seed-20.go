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
	l1 := buildList(40, id+62)
	acc = mix(acc, sumList(l1))
	mp2 := map[int]*Node{}
	for i := 0; i < 3; i++ {
		mp2[i] = &Node{Val: i*68 + id}
	}
	for i := 0; i < 3; i += 3 {
		delete(mp2, i)
	}
	pause(1)
	s2 := 0
	for key, v := range mp2 {
		s2 = (s2 + key*v.Val) % 1000003
	}
	acc = mix(acc, s2+len(mp2))
	dp3 := &Node{Val: 81}
	defer func() {
		acc = mix(acc, dp3.Val)
	}()
	dp4 := &Node{Val: 68}
	defer func() {
		acc = mix(acc, dp4.Val)
	}()
	return acc
}

func w1(id int) (acc int) {
	acc = id + 23
	sc5 := make(chan int, 2)
	go func() {
		for i := 0; i < 3; i++ {
			sc5 <- i*94 + garbage(3)
		}
	}()
	for got := 0; got < 3; {
		select {
		case v := <-sc5:
			acc = mix(acc, v)
			got++
		default:
			runtime.Gosched()
		}
	}
	x6 := &Node{Val: 64, Data: []int{id, 64}}
	hold6 := &Holder{}
	hold6.P = x6
	hold6.V = x6
	x6 = nil
	garbage(72)
	pause(1)
	acc = mix(acc, hold6.P.Val+hold6.V.Value())
	var wg7 sync.WaitGroup
	outs7 := make([]*Node, 5)
	for j := 0; j < 5; j++ {
		wg7.Add(1)
		go func(j int) {
			defer wg7.Done()
			pause(j + 2)
			outs7[j] = buildList(3, j+88)
		}(j)
	}
	wg7.Wait()
	for _, o := range outs7 {
		acc = mix(acc, sumList(o))
	}
	defer addList(buildList(15, 78+id))
	garbage(32)
	big9 := make([]int, 5288)
	for i := 0; i < len(big9); i += 65 {
		big9[i] = i % 64
	}
	bs9 := 0
	for _, x := range big9 {
		bs9 += x
	}
	acc = mix(acc, bs9)
	return acc
}

func w2(id int) (acc int) {
	acc = id + 12
	gMu.Lock()
	gAny = &Node{Val: 54, Next: buildList(3, id)}
	gMu.Unlock()
	fs11 := []func() int{}
	for i := 0; i < 12; i++ {
		q := &Node{Val: i*36 + id}
		fs11 = append(fs11, func() int { return q.Val + id })
	}
	garbage(58)
	for _, f := range fs11 {
		acc = mix(acc, f())
	}
	tc12 := make(chan *Node)
	go func() {
		for i := 0; i < 4; i++ {
			time.Sleep(time.Duration(i%3) * time.Microsecond)
			tc12 <- &Node{Val: i + 39}
		}
	}()
	for got := 0; got < 4; {
		select {
		case nd := <-tc12:
			acc = mix(acc, nd.Val)
			got++
		case <-time.After(47 * time.Microsecond):
		}
	}
	return acc
}

func w3(id int) (acc int) {
	acc = id + 39
	ping13 := make(chan *Node)
	pong13 := make(chan *Node)
	go func() {
		for nd := range ping13 {
			nd.Val = mix(nd.Val, id)
			nd.Next = &Node{Val: nd.Val % 7, Next: nd.Next}
			pong13 <- nd
		}
	}()
	pn13 := &Node{Val: 67}
	for i := 0; i < 6; i++ {
		ping13 <- pn13
		pn13 = <-pong13
	}
	close(ping13)
	acc = mix(acc, sumList(pn13))
	addTotal(48 * id)
	x15 := &Node{Val: 12, Data: []int{id, 12}}
	hold15 := &Holder{}
	hold15.P = x15
	hold15.V = x15
	x15 = nil
	garbage(27)
	pause(1)
	acc = mix(acc, hold15.P.Val+hold15.V.Value())
	var vs16 []Valuer
	for i := 0; i < 8; i++ {
		if i%2 == 0 {
			vs16 = append(vs16, &Node{Val: i + 90, Data: make([]int, i%3)})
		} else {
			vs16 = append(vs16, Pair{i, 90})
		}
	}
	pause(2)
	for _, v := range vs16 {
		acc = mix(acc, v.Value())
	}
	ping17 := make(chan *Node)
	pong17 := make(chan *Node)
	go func() {
		for nd := range ping17 {
			nd.Val = mix(nd.Val, id)
			nd.Next = &Node{Val: nd.Val % 7, Next: nd.Next}
			pong17 <- nd
		}
	}()
	pn17 := &Node{Val: 75}
	for i := 0; i < 10; i++ {
		ping17 <- pn17
		pn17 = <-pong17
	}
	close(ping17)
	acc = mix(acc, sumList(pn17))
	dp18 := &Node{Val: 90}
	defer func() {
		acc = mix(acc, dp18.Val)
	}()
	tc19 := make(chan *Node)
	go func() {
		for i := 0; i < 3; i++ {
			time.Sleep(time.Duration(i%3) * time.Microsecond)
			tc19 <- &Node{Val: i + 11}
		}
	}()
	for got := 0; got < 3; {
		select {
		case nd := <-tc19:
			acc = mix(acc, nd.Val)
			got++
		case <-time.After(30 * time.Microsecond):
		}
	}
	return acc
}

func w4(id int) (acc int) {
	acc = id + 3
	xs20 := []interface{}{&Node{Val: 63}, id, "s63", Pair{id, 63}, buildList(3, 63)}
	garbage(6)
	for _, x := range xs20 {
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
	var wg21 sync.WaitGroup
	outs21 := make([]*Node, 5)
	for j := 0; j < 5; j++ {
		wg21.Add(1)
		go func(j int) {
			defer wg21.Done()
			pause(j + 2)
			outs21[j] = buildList(2, j+54)
		}(j)
	}
	wg21.Wait()
	for _, o := range outs21 {
		acc = mix(acc, sumList(o))
	}
	l22 := buildList(2, id+42)
	acc = mix(acc, sumList(l22))
	var vs23 []Valuer
	for i := 0; i < 9; i++ {
		if i%3 == 0 {
			vs23 = append(vs23, &Node{Val: i + 32, Data: make([]int, i%3)})
		} else {
			vs23 = append(vs23, Pair{i, 32})
		}
	}
	pause(2)
	for _, v := range vs23 {
		acc = mix(acc, v.Value())
	}
	h24 := buildList(19, 87)
	o24 := &Node{Val: id}
	t24 := buildTree(5, 87)
	for i := 0; i < 6; i++ {
		h24.Next, o24.Next = o24.Next, h24.Next
		t24.Left, t24.Right = t24.Right, t24.Left
		if i%2 == 0 {
			pause(i)
		}
		garbage(8)
	}
	acc = mix(acc, sumList(h24)+sumList(o24)+sumTree(t24))
	ch25 := make(chan *Node, 1)
	go func() {
		for i := 0; i < 12; i++ {
			ch25 <- &Node{Val: i*51 + id, Next: buildList(i%3, i)}
		}
		close(ch25)
	}()
	garbage(11)
	for nd := range ch25 {
		acc = mix(acc, nd.Val+sumList(nd.Next))
	}
	return acc
}

func main() {
	gA.P = buildList(8, 1)
	gB.P = buildList(7, 2)
	for i := 0; i < 1; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(34, done)
	fns := []func(int) int{w0, w1, w2, w3, w4}
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
