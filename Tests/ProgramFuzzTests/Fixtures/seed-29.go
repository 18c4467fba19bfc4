package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"syscall"
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

type Edge struct {
	To *Node
	W  int
}

var gMu sync.Mutex
var gTotal int
var gSlots [5]*Node
var gA = &Holder{}
var gB = &Holder{}
var gAny interface{}
var gRW sync.RWMutex
var gOnce sync.Once
var gOnceList *Node
var gCount int64

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

func count(v int) { atomic.AddInt64(&gCount, int64(v)) }

func nap(us int) {
	ts := syscall.Timespec{Nsec: int64(us) * 1000}
	syscall.Nanosleep(&ts, nil)
}

func onceList() *Node {
	gOnce.Do(func() {
		gOnceList = buildList(6, 5)
	})
	gRW.RLock()
	defer gRW.RUnlock()
	return gOnceList
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
	t1 := buildTree(2, id+94)
	acc = mix(acc, sumTree(t1))
	a2 := buildList(18, 30+id)
	b2 := &Holder{}
	b2.P = a2.Next
	a2.Next = nil
	pause(1)
	garbage(18)
	acc = mix(acc, sumList(a2)+sumList(b2.P))
	fs3 := []func() int{}
	for i := 0; i < 1; i++ {
		q := &Node{Val: i*75 + id}
		fs3 = append(fs3, func() int { return q.Val + id })
	}
	garbage(46)
	for _, f := range fs3 {
		acc = mix(acc, f())
	}
	tc4 := make(chan *Node)
	go func() {
		for i := 0; i < 6; i++ {
			time.Sleep(time.Duration(i%3) * time.Microsecond)
			tc4 <- &Node{Val: i + 70}
		}
	}()
	for got := 0; got < 6; {
		select {
		case nd := <-tc4:
			acc = mix(acc, nd.Val)
			got++
		case <-time.After(37 * time.Microsecond):
		}
	}
	ping5 := make(chan *Node)
	pong5 := make(chan *Node)
	go func() {
		for nd := range ping5 {
			nd.Val = mix(nd.Val, id)
			nd.Next = &Node{Val: nd.Val % 7, Next: nd.Next}
			pong5 <- nd
		}
	}()
	pn5 := &Node{Val: 43}
	for i := 0; i < 4; i++ {
		ping5 <- pn5
		pn5 = <-pong5
	}
	close(ping5)
	acc = mix(acc, sumList(pn5))
	var wg6 sync.WaitGroup
	outs6 := make([]*Node, 1)
	for j := 0; j < 1; j++ {
		wg6.Add(1)
		go func(j int) {
			defer wg6.Done()
			pause(j + 1)
			outs6[j] = buildList(8, j+17)
		}(j)
	}
	wg6.Wait()
	for _, o := range outs6 {
		acc = mix(acc, sumList(o))
	}
	return acc
}

func w1(id int) (acc int) {
	acc = id + 13
	sc7 := make(chan int, 3)
	go func() {
		for i := 0; i < 2; i++ {
			sc7 <- i*66 + garbage(3)
		}
	}()
	for got := 0; got < 2; {
		select {
		case v := <-sc7:
			acc = mix(acc, v)
			got++
		default:
			runtime.Gosched()
		}
	}
	mp8 := map[int]*Node{}
	for i := 0; i < 28; i++ {
		mp8[i] = &Node{Val: i*23 + id}
	}
	for i := 0; i < 28; i += 2 {
		delete(mp8, i)
	}
	pause(1)
	s8 := 0
	for key, v := range mp8 {
		s8 = (s8 + key*v.Val) % 1000003
	}
	acc = mix(acc, s8+len(mp8))
	em9 := map[int]Edge{}
	for i := 0; i < 4; i++ {
		em9[i] = Edge{To: &Node{Val: i + 29}, W: i % 5}
	}
	garbage(12)
	pause(1)
	es9 := 0
	for _, e := range em9 {
		es9 = (es9 + e.To.Val*e.W) % 1000003
	}
	acc = mix(acc, es9)
	tk10 := time.NewTicker(13 * time.Microsecond)
	for i := 0; i < 2; i++ {
		<-tk10.C
	}
	tk10.Stop()
	tm10 := time.NewTimer(4 * time.Microsecond)
	<-tm10.C
	acc = mix(acc, 2)
	xs11 := []interface{}{&Node{Val: 49}, id, "s49", Pair{id, 49}, buildList(4, 49)}
	garbage(29)
	for _, x := range xs11 {
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
	tc12 := make(chan *Node)
	go func() {
		for i := 0; i < 8; i++ {
			time.Sleep(time.Duration(i%3) * time.Microsecond)
			tc12 <- &Node{Val: i + 89}
		}
	}()
	for got := 0; got < 8; {
		select {
		case nd := <-tc12:
			acc = mix(acc, nd.Val)
			got++
		case <-time.After(48 * time.Microsecond):
		}
	}
	return acc
}

func w2(id int) (acc int) {
	acc = id + 31
	rc13 := make(chan *Node, 2)
	for j := 0; j < 3; j++ {
		go func(j int) {
			rc13 <- &Node{Val: j * 30, Next: buildList(j%4, j)}
		}(j)
	}
	rs13 := 0
	for j := 0; j < 3; j++ {
		nd := <-rc13
		rs13 = (rs13 + nd.Val + sumList(nd.Next)) % 1000003
	}
	acc = mix(acc, rs13)
	count(52 + id)
	dp15 := &Node{Val: 10}
	defer func() {
		acc = mix(acc, dp15.Val)
	}()
	rc16 := make(chan *Node, 0)
	for j := 0; j < 23; j++ {
		go func(j int) {
			rc16 <- &Node{Val: j * 35, Next: buildList(j%4, j)}
		}(j)
	}
	rs16 := 0
	for j := 0; j < 23; j++ {
		nd := <-rc16
		rs16 = (rs16 + nd.Val + sumList(nd.Next)) % 1000003
	}
	acc = mix(acc, rs16)
	xs17 := []interface{}{&Node{Val: 42}, id, "s42", Pair{id, 42}, buildList(1, 42)}
	garbage(14)
	for _, x := range xs17 {
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
	count(72 + id)
	return acc
}

func w3(id int) (acc int) {
	acc = id + 32
	m19 := make(map[int][]int)
	for i := 0; i < 3; i++ {
		m19[i%2] = append(m19[i%2], i*96+id)
	}
	s19 := 0
	for key, vs := range m19 {
		s19 += key * len(vs)
		for _, x := range vs {
			s19 = (s19 + x) % 1000003
		}
	}
	acc = mix(acc, s19)
	ch20 := make(chan *Node, 1)
	go func() {
		for i := 0; i < 9; i++ {
			ch20 <- &Node{Val: i*37 + id, Next: buildList(i%3, i)}
		}
		close(ch20)
	}()
	garbage(30)
	for nd := range ch20 {
		acc = mix(acc, nd.Val+sumList(nd.Next))
	}
	rc21 := make(chan *Node, 3)
	for j := 0; j < 23; j++ {
		go func(j int) {
			rc21 <- &Node{Val: j * 21, Next: buildList(j%4, j)}
		}(j)
	}
	rs21 := 0
	for j := 0; j < 23; j++ {
		nd := <-rc21
		rs21 = (rs21 + nd.Val + sumList(nd.Next)) % 1000003
	}
	acc = mix(acc, rs21)
	acc = mix(acc, safeDiv(acc+79, id%3))
	return acc
}

func w4(id int) (acc int) {
	acc = id + 19
	defer addList(buildList(16, 66+id))
	garbage(18)
	mp24 := map[int]*Node{}
	for i := 0; i < 10; i++ {
		mp24[i] = &Node{Val: i*96 + id}
	}
	for i := 0; i < 10; i += 3 {
		delete(mp24, i)
	}
	pause(2)
	s24 := 0
	for key, v := range mp24 {
		s24 = (s24 + key*v.Val) % 1000003
	}
	acc = mix(acc, s24+len(mp24))
	nap(22)
	runtime.Gosched()
	sc27 := make(chan int, 3)
	go func() {
		for i := 0; i < 4; i++ {
			sc27 <- i*79 + garbage(3)
		}
	}()
	for got := 0; got < 4; {
		select {
		case v := <-sc27:
			acc = mix(acc, v)
			got++
		default:
			runtime.Gosched()
		}
	}
	dp28 := &Node{Val: 58}
	defer func() {
		acc = mix(acc, dp28.Val)
	}()
	return acc
}

func main() {
	gA.P = buildList(10, 1)
	gB.P = buildList(4, 2)
	for i := 0; i < 1; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(26, done)
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
	fmt.Println("count", atomic.LoadInt64(&gCount), sumList(onceList()))
	if nd, ok := gAny.(*Node); ok {
		fmt.Println("any", nd.Val > 0)
	}
}
