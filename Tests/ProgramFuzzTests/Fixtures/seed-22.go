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
var gSlots [4]*Node
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
	acc = id + 32
	dp1 := &Node{Val: 21}
	defer func() {
		acc = mix(acc, dp1.Val)
	}()
	defer addList(buildList(20, 44+id))
	garbage(33)
	mp3 := map[int]*Node{}
	for i := 0; i < 4; i++ {
		mp3[i] = &Node{Val: i*75 + id}
	}
	for i := 0; i < 4; i += 2 {
		delete(mp3, i)
	}
	pause(0)
	s3 := 0
	for key, v := range mp3 {
		s3 = (s3 + key*v.Val) % 1000003
	}
	acc = mix(acc, s3+len(mp3))
	nap(13)
	return acc
}

func w1(id int) (acc int) {
	acc = id + 9
	mp5 := map[int]*Node{}
	for i := 0; i < 15; i++ {
		mp5[i] = &Node{Val: i*49 + id}
	}
	for i := 0; i < 15; i += 3 {
		delete(mp5, i)
	}
	pause(2)
	s5 := 0
	for key, v := range mp5 {
		s5 = (s5 + key*v.Val) % 1000003
	}
	acc = mix(acc, s5+len(mp5))
	defer addList(buildList(17, 6+id))
	garbage(26)
	big7 := make([]int, 5105)
	for i := 0; i < len(big7); i += 209 {
		big7[i] = i % 85
	}
	bs7 := 0
	for _, x := range big7 {
		bs7 += x
	}
	acc = mix(acc, bs7)
	return acc
}

func w2(id int) (acc int) {
	acc = id + 1
	sc8 := make(chan int, 2)
	go func() {
		for i := 0; i < 7; i++ {
			sc8 <- i*8 + garbage(3)
		}
	}()
	for got := 0; got < 7; {
		select {
		case v := <-sc8:
			acc = mix(acc, v)
			got++
		default:
			runtime.Gosched()
		}
	}
	acc = mix(acc, sumList(onceList()))
	x10 := &Node{Val: 73, Data: []int{id, 73}}
	hold10 := &Holder{}
	hold10.P = x10
	hold10.V = x10
	x10 = nil
	garbage(68)
	pause(2)
	acc = mix(acc, hold10.P.Val+hold10.V.Value())
	count(93 + id)
	em12 := map[int]Edge{}
	for i := 0; i < 19; i++ {
		em12[i] = Edge{To: &Node{Val: i + 20}, W: i % 5}
	}
	garbage(23)
	pause(2)
	es12 := 0
	for _, e := range em12 {
		es12 = (es12 + e.To.Val*e.W) % 1000003
	}
	acc = mix(acc, es12)
	defer addList(buildList(2, 3+id))
	garbage(8)
	acc = mix(acc, sumList(onceList()))
	return acc
}

func w3(id int) (acc int) {
	acc = id + 13
	nap(11)
	ping16 := make(chan *Node)
	pong16 := make(chan *Node)
	go func() {
		for nd := range ping16 {
			nd.Val = mix(nd.Val, id)
			nd.Next = &Node{Val: nd.Val % 7, Next: nd.Next}
			pong16 <- nd
		}
	}()
	pn16 := &Node{Val: 44}
	for i := 0; i < 1; i++ {
		ping16 <- pn16
		pn16 = <-pong16
	}
	close(ping16)
	acc = mix(acc, sumList(pn16))
	gSlots[id] = buildList(2, 17+id)
	l17 := gSlots[id]
	gSlots[id] = nil
	pause(1)
	gSlots[id] = l17
	acc = mix(acc, sumList(gSlots[id]))
	count(85 + id)
	x19 := &Node{Val: 31, Data: []int{id, 31}}
	hold19 := &Holder{}
	hold19.P = x19
	hold19.V = x19
	x19 = nil
	garbage(17)
	pause(0)
	acc = mix(acc, hold19.P.Val+hold19.V.Value())
	ping20 := make(chan *Node)
	pong20 := make(chan *Node)
	go func() {
		for nd := range ping20 {
			nd.Val = mix(nd.Val, id)
			nd.Next = &Node{Val: nd.Val % 7, Next: nd.Next}
			pong20 <- nd
		}
	}()
	pn20 := &Node{Val: 81}
	for i := 0; i < 3; i++ {
		ping20 <- pn20
		pn20 = <-pong20
	}
	close(ping20)
	acc = mix(acc, sumList(pn20))
	fs21 := []func() int{}
	for i := 0; i < 4; i++ {
		q := &Node{Val: i*42 + id}
		fs21 = append(fs21, func() int { return q.Val + id })
	}
	garbage(59)
	for _, f := range fs21 {
		acc = mix(acc, f())
	}
	return acc
}

func main() {
	gA.P = buildList(6, 1)
	gB.P = buildList(8, 2)
	for i := 0; i < 5; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(33, done)
	fns := []func(int) int{w0, w1, w2, w3}
	results := make([]int, len(fns))
	ch := make(chan *Res, 1)
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
		case <-time.After(141 * time.Microsecond):
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
