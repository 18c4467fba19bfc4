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
	acc = id + 3
	ping1 := make(chan *Node)
	pong1 := make(chan *Node)
	go func() {
		for nd := range ping1 {
			nd.Val = mix(nd.Val, id)
			nd.Next = &Node{Val: nd.Val % 7, Next: nd.Next}
			pong1 <- nd
		}
	}()
	pn1 := &Node{Val: 89}
	for i := 0; i < 1; i++ {
		ping1 <- pn1
		pn1 = <-pong1
	}
	close(ping1)
	acc = mix(acc, sumList(pn1))
	tk2 := time.NewTicker(19 * time.Microsecond)
	for i := 0; i < 4; i++ {
		<-tk2.C
	}
	tk2.Stop()
	tm2 := time.NewTimer(8 * time.Microsecond)
	<-tm2.C
	acc = mix(acc, 4)
	xs3 := []interface{}{&Node{Val: 29}, id, "s29", Pair{id, 29}, buildList(1, 29)}
	garbage(31)
	for _, x := range xs3 {
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
	em4 := map[int]Edge{}
	for i := 0; i < 18; i++ {
		em4[i] = Edge{To: &Node{Val: i + 96}, W: i % 5}
	}
	garbage(24)
	pause(2)
	es4 := 0
	for _, e := range em4 {
		es4 = (es4 + e.To.Val*e.W) % 1000003
	}
	acc = mix(acc, es4)
	str5 := ""
	for i := 0; i < 3; i++ {
		str5 += fmt.Sprint(i*33)
	}
	hm5 := &Holder{M: map[int]*Node{}}
	hm5.M[33] = &Node{Val: len(str5)}
	hm5.F = func() int { return hm5.M[33].Val }
	pause(0)
	acc = mix(acc, hm5.F())
	sc6 := make(chan int, 3)
	go func() {
		for i := 0; i < 2; i++ {
			sc6 <- i*31 + garbage(3)
		}
	}()
	for got := 0; got < 2; {
		select {
		case v := <-sc6:
			acc = mix(acc, v)
			got++
		default:
			runtime.Gosched()
		}
	}
	return acc
}

func w1(id int) (acc int) {
	acc = id + 44
	acc = mix(acc, safeDiv(acc+41, id%2))
	tc8 := make(chan *Node)
	go func() {
		for i := 0; i < 7; i++ {
			time.Sleep(time.Duration(i%3) * time.Microsecond)
			tc8 <- &Node{Val: i + 26}
		}
	}()
	for got := 0; got < 7; {
		select {
		case nd := <-tc8:
			acc = mix(acc, nd.Val)
			got++
		case <-time.After(40 * time.Microsecond):
		}
	}
	runtime.GOMAXPROCS(1)
	pv10 := buildList(8, 30)
	acc = mix(acc, catchNode(func() {
		garbage(23)
		panic(pv10)
	}))
	ptrs11 := make([]*Node, 4246)
	for i := 0; i < len(ptrs11); i += 50 {
		ptrs11[i] = &Node{Val: i % 64}
	}
	garbage(9)
	pause(1)
	ps11 := 0
	for i := 0; i < len(ptrs11); i += 50 {
		ps11 = (ps11 + ptrs11[i].Val) % 1000003
	}
	acc = mix(acc, ps11)
	em12 := map[int]Edge{}
	for i := 0; i < 19; i++ {
		em12[i] = Edge{To: &Node{Val: i + 60}, W: i % 5}
	}
	garbage(25)
	pause(2)
	es12 := 0
	for _, e := range em12 {
		es12 = (es12 + e.To.Val*e.W) % 1000003
	}
	acc = mix(acc, es12)
	ch13 := make(chan *Node, 0)
	go func() {
		for i := 0; i < 20; i++ {
			ch13 <- &Node{Val: i*20 + id, Next: buildList(i%3, i)}
		}
		close(ch13)
	}()
	garbage(21)
	for nd := range ch13 {
		acc = mix(acc, nd.Val+sumList(nd.Next))
	}
	return acc
}

func w2(id int) (acc int) {
	acc = id + 29
	ch14 := make(chan *Node, 1)
	go func() {
		for i := 0; i < 11; i++ {
			ch14 <- &Node{Val: i*94 + id, Next: buildList(i%3, i)}
		}
		close(ch14)
	}()
	garbage(9)
	for nd := range ch14 {
		acc = mix(acc, nd.Val+sumList(nd.Next))
	}
	acc = mix(acc, sumList(onceList()))
	a16 := buildList(7, 50+id)
	b16 := &Holder{}
	b16.P = a16.Next
	a16.Next = nil
	pause(2)
	garbage(8)
	acc = mix(acc, sumList(a16)+sumList(b16.P))
	return acc
}

func w3(id int) (acc int) {
	acc = id + 20
	x17 := &Node{Val: 59, Data: []int{id, 59}}
	hold17 := &Holder{}
	hold17.P = x17
	hold17.V = x17
	x17 = nil
	garbage(51)
	pause(0)
	acc = mix(acc, hold17.P.Val+hold17.V.Value())
	x18 := &Node{Val: 3, Data: []int{id, 3}}
	hold18 := &Holder{}
	hold18.P = x18
	hold18.V = x18
	x18 = nil
	garbage(50)
	pause(1)
	acc = mix(acc, hold18.P.Val+hold18.V.Value())
	pc19 := make(chan int)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				pc19 <- 37
			}
		}()
		var np *Node
		pc19 <- np.Val
	}()
	acc = mix(acc, <-pc19)
	return acc
}

func main() {
	gA.P = buildList(6, 1)
	gB.P = buildList(2, 2)
	for i := 0; i < 8; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(20, done)
	fns := []func(int) int{w0, w1, w2, w3}
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
	fmt.Println("count", atomic.LoadInt64(&gCount), sumList(onceList()))
	if nd, ok := gAny.(*Node); ok {
		fmt.Println("any", nd.Val > 0)
	}
}
