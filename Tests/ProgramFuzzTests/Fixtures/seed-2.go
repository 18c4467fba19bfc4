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

func deep(n int, p *Node) int {
	if n == 0 {
		return sumList(p) % 1000
	}
	q := &Node{Val: n % 13, Next: p}
	if n%50 == 0 {
		runtime.Gosched()
	}
	return (deep(n-1, q) + q.Val) % 1000003
}

func catchNode(f func()) (v int) {
	defer func() {
		if r := recover(); r != nil {
			if nd, ok := r.(*Node); ok {
				v = sumList(nd)
			}
		}
	}()
	f()
	return -1
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
	acc = id + 25
	defer addList(buildList(12, 13+id))
	garbage(12)
	em2 := map[int]Edge{}
	for i := 0; i < 4; i++ {
		em2[i] = Edge{To: &Node{Val: i + 3}, W: i % 5}
	}
	garbage(28)
	pause(0)
	es2 := 0
	for _, e := range em2 {
		es2 = (es2 + e.To.Val*e.W) % 1000003
	}
	acc = mix(acc, es2)
	sc3 := make(chan int, 1)
	go func() {
		for i := 0; i < 2; i++ {
			sc3 <- i*87 + garbage(3)
		}
	}()
	for got := 0; got < 2; {
		select {
		case v := <-sc3:
			acc = mix(acc, v)
			got++
		default:
			runtime.Gosched()
		}
	}
	defer addList(buildList(19, 56+id))
	garbage(29)
	addTotal(63 * id)
	addTotal(36 * id)
	return acc
}

func w1(id int) (acc int) {
	acc = id + 27
	a7 := buildList(26, 15+id)
	b7 := &Holder{}
	b7.P = a7.Next
	a7.Next = nil
	pause(2)
	garbage(32)
	acc = mix(acc, sumList(a7)+sumList(b7.P))
	a8 := buildList(12, 78+id)
	b8 := &Holder{}
	b8.P = a8.Next
	a8.Next = nil
	pause(0)
	garbage(35)
	acc = mix(acc, sumList(a8)+sumList(b8.P))
	var wg9 sync.WaitGroup
	outs9 := make([]*Node, 3)
	for j := 0; j < 3; j++ {
		wg9.Add(1)
		go func(j int) {
			defer wg9.Done()
			pause(j + 0)
			outs9[j] = buildList(3, j+96)
		}(j)
	}
	wg9.Wait()
	for _, o := range outs9 {
		acc = mix(acc, sumList(o))
	}
	return acc
}

func w2(id int) (acc int) {
	acc = id + 34
	rc10 := make(chan *Node, 0)
	for j := 0; j < 23; j++ {
		go func(j int) {
			rc10 <- &Node{Val: j * 26, Next: buildList(j%4, j)}
		}(j)
	}
	rs10 := 0
	for j := 0; j < 23; j++ {
		nd := <-rc10
		rs10 = (rs10 + nd.Val + sumList(nd.Next)) % 1000003
	}
	acc = mix(acc, rs10)
	sc11 := make(chan int, 1)
	go func() {
		for i := 0; i < 2; i++ {
			sc11 <- i*28 + garbage(3)
		}
	}()
	for got := 0; got < 2; {
		select {
		case v := <-sc11:
			acc = mix(acc, v)
			got++
		default:
			runtime.Gosched()
		}
	}
	fs12 := []func() int{}
	for i := 0; i < 10; i++ {
		q := &Node{Val: i*76 + id}
		fs12 = append(fs12, func() int { return q.Val + id })
	}
	garbage(34)
	for _, f := range fs12 {
		acc = mix(acc, f())
	}
	gSlots[id] = buildList(20, 3+id)
	l13 := gSlots[id]
	gSlots[id] = nil
	pause(0)
	gSlots[id] = l13
	acc = mix(acc, sumList(gSlots[id]))
	gMu.Lock()
	gAny = &Node{Val: 3, Next: buildList(1, id)}
	gMu.Unlock()
	ping15 := make(chan *Node)
	pong15 := make(chan *Node)
	go func() {
		for nd := range ping15 {
			nd.Val = mix(nd.Val, id)
			nd.Next = &Node{Val: nd.Val % 7, Next: nd.Next}
			pong15 <- nd
		}
	}()
	pn15 := &Node{Val: 54}
	for i := 0; i < 4; i++ {
		ping15 <- pn15
		pn15 = <-pong15
	}
	close(ping15)
	acc = mix(acc, sumList(pn15))
	tk16 := time.NewTicker(11 * time.Microsecond)
	for i := 0; i < 3; i++ {
		<-tk16.C
	}
	tk16.Stop()
	tm16 := time.NewTimer(4 * time.Microsecond)
	<-tm16.C
	acc = mix(acc, 3)
	return acc
}

func w3(id int) (acc int) {
	acc = id + 47
	ptrs17 := make([]*Node, 4744)
	for i := 0; i < len(ptrs17); i += 138 {
		ptrs17[i] = &Node{Val: i % 93}
	}
	garbage(39)
	pause(0)
	ps17 := 0
	for i := 0; i < len(ptrs17); i += 138 {
		ps17 = (ps17 + ptrs17[i].Val) % 1000003
	}
	acc = mix(acc, ps17)
	acc = mix(acc, sumList(onceList()))
	mn19 := &Node{Val: 70, Data: []int{1, 2}}
	mv19 := mn19.Value
	mn19 = nil
	garbage(15)
	pause(0)
	acc = mix(acc, mv19())
	rc20 := make(chan *Node, 1)
	for j := 0; j < 18; j++ {
		go func(j int) {
			rc20 <- &Node{Val: j * 43, Next: buildList(j%4, j)}
		}(j)
	}
	rs20 := 0
	for j := 0; j < 18; j++ {
		nd := <-rc20
		rs20 = (rs20 + nd.Val + sumList(nd.Next)) % 1000003
	}
	acc = mix(acc, rs20)
	ping21 := make(chan *Node)
	pong21 := make(chan *Node)
	go func() {
		for nd := range ping21 {
			nd.Val = mix(nd.Val, id)
			nd.Next = &Node{Val: nd.Val % 7, Next: nd.Next}
			pong21 <- nd
		}
	}()
	pn21 := &Node{Val: 80}
	for i := 0; i < 5; i++ {
		ping21 <- pn21
		pn21 = <-pong21
	}
	close(ping21)
	acc = mix(acc, sumList(pn21))
	em22 := map[int]Edge{}
	for i := 0; i < 18; i++ {
		em22[i] = Edge{To: &Node{Val: i + 20}, W: i % 5}
	}
	garbage(14)
	pause(1)
	es22 := 0
	for _, e := range em22 {
		es22 = (es22 + e.To.Val*e.W) % 1000003
	}
	acc = mix(acc, es22)
	return acc
}

func w4(id int) (acc int) {
	acc = id + 45
	tc23 := make(chan *Node)
	go func() {
		for i := 0; i < 1; i++ {
			time.Sleep(time.Duration(i%3) * time.Microsecond)
			tc23 <- &Node{Val: i + 92}
		}
	}()
	for got := 0; got < 1; {
		select {
		case nd := <-tc23:
			acc = mix(acc, nd.Val)
			got++
		case <-time.After(48 * time.Microsecond):
		}
	}
	pv24 := buildList(7, 93)
	acc = mix(acc, catchNode(func() {
		garbage(23)
		panic(pv24)
	}))
	fc25 := make(chan func() int, 1)
	go func() {
		for i := 0; i < 2; i++ {
			cn := &Node{Val: i + 44, Next: buildList(i%3, i)}
			fc25 <- func() int { return cn.Val + sumList(cn.Next) }
		}
		close(fc25)
	}()
	garbage(6)
	for f := range fc25 {
		acc = mix(acc, f())
	}
	str26 := ""
	for i := 0; i < 5; i++ {
		str26 += fmt.Sprint(i*45)
	}
	hm26 := &Holder{M: map[int]*Node{}}
	hm26.M[45] = &Node{Val: len(str26)}
	hm26.F = func() int { return hm26.M[45].Val }
	pause(2)
	acc = mix(acc, hm26.F())
	fs27 := []func() int{}
	for i := 0; i < 4; i++ {
		q := &Node{Val: i*61 + id}
		fs27 = append(fs27, func() int { return q.Val + id })
	}
	garbage(53)
	for _, f := range fs27 {
		acc = mix(acc, f())
	}
	xs28 := []interface{}{&Node{Val: 72}, id, "s72", Pair{id, 72}, buildList(1, 72)}
	garbage(36)
	for _, x := range xs28 {
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
	return acc
}

func main() {
	gA.P = buildList(7, 1)
	gB.P = buildList(2, 2)
	for i := 0; i < 4; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(9, done)
	fns := []func(int) int{w0, w1, w2, w3, w4}
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
		case <-time.After(106 * time.Microsecond):
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
	fmt.Println("count", atomic.LoadInt64(&gCount), sumList(onceList()))
	if nd, ok := gAny.(*Node); ok {
		fmt.Println("any", nd.Val > 0)
	}
}
