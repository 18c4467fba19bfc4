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
var gSlots [3]*Node
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
	acc = id + 27
	ping1 := make(chan *Node)
	pong1 := make(chan *Node)
	go func() {
		for nd := range ping1 {
			nd.Val = mix(nd.Val, id)
			nd.Next = &Node{Val: nd.Val % 7, Next: nd.Next}
			pong1 <- nd
		}
	}()
	pn1 := &Node{Val: 75}
	for i := 0; i < 5; i++ {
		ping1 <- pn1
		pn1 = <-pong1
	}
	close(ping1)
	acc = mix(acc, sumList(pn1))
	rc2 := make(chan *Node, 4)
	for j := 0; j < 24; j++ {
		go func(j int) {
			rc2 <- &Node{Val: j * 6, Next: buildList(j%4, j)}
		}(j)
	}
	rs2 := 0
	for j := 0; j < 24; j++ {
		nd := <-rc2
		rs2 = (rs2 + nd.Val + sumList(nd.Next)) % 1000003
	}
	acc = mix(acc, rs2)
	sq3 := make(chan *Node, 2)
	ss3 := 0
	for i := 0; i < 5; {
		select {
		case sq3 <- &Node{Val: i * 47}:
			i++
		case nd := <-sq3:
			ss3 = (ss3 + nd.Val) % 1000003
		}
	}
	close(sq3)
	for nd := range sq3 {
		ss3 = (ss3 + nd.Val) % 1000003
	}
	acc = mix(acc, ss3)
	dp4 := &Node{Val: 8}
	defer func() {
		acc = mix(acc, dp4.Val)
	}()
	str5 := ""
	for i := 0; i < 5; i++ {
		str5 += fmt.Sprint(i*23)
	}
	hm5 := &Holder{M: map[int]*Node{}}
	hm5.M[23] = &Node{Val: len(str5)}
	hm5.F = func() int { return hm5.M[23].Val }
	pause(2)
	acc = mix(acc, hm5.F())
	return acc
}

func w1(id int) (acc int) {
	acc = id + 28
	nap(12)
	nap(22)
	sc8 := make(chan int, 1)
	go func() {
		for i := 0; i < 3; i++ {
			sc8 <- i*6 + garbage(3)
		}
	}()
	for got := 0; got < 3; {
		select {
		case v := <-sc8:
			acc = mix(acc, v)
			got++
		default:
			runtime.Gosched()
		}
	}
	dp9 := &Node{Val: 3}
	defer func() {
		acc = mix(acc, dp9.Val)
	}()
	runtime.GOMAXPROCS(3)
	gSlots[id] = buildList(4, 11+id)
	l11 := gSlots[id]
	gSlots[id] = nil
	pause(0)
	gSlots[id] = l11
	acc = mix(acc, sumList(gSlots[id]))
	ch12 := make(chan *Node, 2)
	go func() {
		for i := 0; i < 16; i++ {
			ch12 <- &Node{Val: i*85 + id, Next: buildList(i%3, i)}
		}
		close(ch12)
	}()
	garbage(29)
	for nd := range ch12 {
		acc = mix(acc, nd.Val+sumList(nd.Next))
	}
	return acc
}

func w2(id int) (acc int) {
	acc = id + 32
	fc13 := make(chan func() int, 0)
	go func() {
		for i := 0; i < 6; i++ {
			cn := &Node{Val: i + 70, Next: buildList(i%3, i)}
			fc13 <- func() int { return cn.Val + sumList(cn.Next) }
		}
		close(fc13)
	}()
	garbage(14)
	for f := range fc13 {
		acc = mix(acc, f())
	}
	defer addList(buildList(20, 23+id))
	garbage(33)
	pc15 := make(chan int)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				pc15 <- 7
			}
		}()
		var np *Node
		pc15 <- np.Val
	}()
	acc = mix(acc, <-pc15)
	return acc
}

func main() {
	gA.P = buildList(2, 1)
	gB.P = buildList(2, 2)
	for i := 0; i < 6; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(13, done)
	fns := []func(int) int{w0, w1, w2}
	results := make([]int, len(fns))
	ch := make(chan Res, 0)
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
	fmt.Println("count", atomic.LoadInt64(&gCount), sumList(onceList()))
	if nd, ok := gAny.(*Node); ok {
		fmt.Println("any", nd.Val > 0)
	}
}
