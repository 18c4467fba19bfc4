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
	acc = id + 17
	nap(30)
	em2 := map[int]Edge{}
	for i := 0; i < 14; i++ {
		em2[i] = Edge{To: &Node{Val: i + 96}, W: i % 5}
	}
	garbage(40)
	pause(2)
	es2 := 0
	for _, e := range em2 {
		es2 = (es2 + e.To.Val*e.W) % 1000003
	}
	acc = mix(acc, es2)
	rc3 := make(chan *Node, 3)
	for j := 0; j < 24; j++ {
		go func(j int) {
			rc3 <- &Node{Val: j * 54, Next: buildList(j%4, j)}
		}(j)
	}
	rs3 := 0
	for j := 0; j < 24; j++ {
		nd := <-rc3
		rs3 = (rs3 + nd.Val + sumList(nd.Next)) % 1000003
	}
	acc = mix(acc, rs3)
	dp4 := &Node{Val: 57}
	defer func() {
		acc = mix(acc, dp4.Val)
	}()
	tk5 := time.NewTicker(10 * time.Microsecond)
	for i := 0; i < 4; i++ {
		<-tk5.C
	}
	tk5.Stop()
	tm5 := time.NewTimer(13 * time.Microsecond)
	<-tm5.C
	acc = mix(acc, 4)
	time.Sleep(17 * time.Microsecond)
	return acc
}

func w1(id int) (acc int) {
	acc = id + 24
	runtime.GC()
	mp8 := map[int]*Node{}
	for i := 0; i < 23; i++ {
		mp8[i] = &Node{Val: i*41 + id}
	}
	for i := 0; i < 23; i += 3 {
		delete(mp8, i)
	}
	pause(1)
	s8 := 0
	for key, v := range mp8 {
		s8 = (s8 + key*v.Val) % 1000003
	}
	acc = mix(acc, s8+len(mp8))
	p9 := &Node{Val: 80}
	f9 := func(d int) int {
		p9.Val = (p9.Val + d) % 1009
		return p9.Val
	}
	for i := 0; i < 4; i++ {
		acc = mix(acc, f9(i))
	}
	return acc
}

func w2(id int) (acc int) {
	acc = id + 23
	count(77 + id)
	h11 := buildList(4, 25)
	o11 := &Node{Val: id}
	t11 := buildTree(4, 25)
	for i := 0; i < 2; i++ {
		h11.Next, o11.Next = o11.Next, h11.Next
		t11.Left, t11.Right = t11.Right, t11.Left
		if i%2 == 0 {
			pause(i)
		}
		garbage(4)
	}
	acc = mix(acc, sumList(h11)+sumList(o11)+sumTree(t11))
	ch12 := make(chan *Node, 2)
	go func() {
		for i := 0; i < 9; i++ {
			ch12 <- &Node{Val: i*53 + id, Next: buildList(i%3, i)}
		}
		close(ch12)
	}()
	garbage(7)
	for nd := range ch12 {
		acc = mix(acc, nd.Val+sumList(nd.Next))
	}
	x13 := &Node{Val: 38, Data: []int{id, 38}}
	hold13 := &Holder{}
	hold13.P = x13
	hold13.V = x13
	x13 = nil
	garbage(46)
	pause(0)
	acc = mix(acc, hold13.P.Val+hold13.V.Value())
	a14 := buildList(14, 6+id)
	b14 := &Holder{}
	b14.P = a14.Next
	a14.Next = nil
	pause(0)
	garbage(41)
	acc = mix(acc, sumList(a14)+sumList(b14.P))
	nap(7)
	big16 := make([]int, 5865)
	for i := 0; i < len(big16); i += 80 {
		big16[i] = i % 67
	}
	bs16 := 0
	for _, x := range big16 {
		bs16 += x
	}
	acc = mix(acc, bs16)
	return acc
}

func w3(id int) (acc int) {
	acc = id + 6
	count(61 + id)
	runtime.GC()
	ptrs19 := make([]*Node, 4845)
	for i := 0; i < len(ptrs19); i += 131 {
		ptrs19[i] = &Node{Val: i % 40}
	}
	garbage(7)
	pause(0)
	ps19 := 0
	for i := 0; i < len(ptrs19); i += 131 {
		ps19 = (ps19 + ptrs19[i].Val) % 1000003
	}
	acc = mix(acc, ps19)
	p20 := &Node{Val: 38}
	f20 := func(d int) int {
		p20.Val = (p20.Val + d) % 1009
		return p20.Val
	}
	for i := 0; i < 5; i++ {
		acc = mix(acc, f20(i))
	}
	t21 := buildTree(3, id+82)
	acc = mix(acc, sumTree(t21))
	sq22 := make(chan *Node, 3)
	ss22 := 0
	for i := 0; i < 3; {
		select {
		case sq22 <- &Node{Val: i * 30}:
			i++
		case nd := <-sq22:
			ss22 = (ss22 + nd.Val) % 1000003
		}
	}
	close(sq22)
	for nd := range sq22 {
		ss22 = (ss22 + nd.Val) % 1000003
	}
	acc = mix(acc, ss22)
	return acc
}

func w4(id int) (acc int) {
	acc = id + 45
	defer addList(buildList(9, 58+id))
	garbage(18)
	acc = mix(acc, sumList(onceList()))
	a25 := buildList(17, 56+id)
	b25 := &Holder{}
	b25.P = a25.Next
	a25.Next = nil
	pause(1)
	garbage(7)
	acc = mix(acc, sumList(a25)+sumList(b25.P))
	defer addList(buildList(7, 31+id))
	garbage(16)
	return acc
}

func main() {
	gA.P = buildList(8, 1)
	gB.P = buildList(4, 2)
	for i := 0; i < 1; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(6, done)
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
		case <-time.After(33 * time.Microsecond):
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
