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
var gSlots [2]*Node
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
	acc = id + 46
	rc1 := make(chan *Node, 2)
	for j := 0; j < 17; j++ {
		go func(j int) {
			rc1 <- &Node{Val: j * 76, Next: buildList(j%4, j)}
		}(j)
	}
	rs1 := 0
	for j := 0; j < 17; j++ {
		nd := <-rc1
		rs1 = (rs1 + nd.Val + sumList(nd.Next)) % 1000003
	}
	acc = mix(acc, rs1)
	defer addList(buildList(17, 13+id))
	garbage(10)
	var ea3 [3]Edge
	for i := range ea3 {
		ea3[i] = Edge{To: &Node{Val: i + 23}, W: i + 1}
	}
	eb3 := ea3
	ea3[1].To = nil
	garbage(19)
	pause(0)
	for _, e := range eb3 {
		acc = mix(acc, e.To.Val*e.W)
	}
	pc4 := make(chan int)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				pc4 <- 92
			}
		}()
		var np *Node
		pc4 <- np.Val
	}()
	acc = mix(acc, <-pc4)
	rc5 := make(chan *Node, 0)
	for j := 0; j < 10; j++ {
		go func(j int) {
			rc5 <- &Node{Val: j * 75, Next: buildList(j%4, j)}
		}(j)
	}
	rs5 := 0
	for j := 0; j < 10; j++ {
		nd := <-rc5
		rs5 = (rs5 + nd.Val + sumList(nd.Next)) % 1000003
	}
	acc = mix(acc, rs5)
	sc6 := make(chan int, 3)
	go func() {
		for i := 0; i < 6; i++ {
			sc6 <- i*74 + garbage(3)
		}
	}()
	for got := 0; got < 6; {
		select {
		case v := <-sc6:
			acc = mix(acc, v)
			got++
		default:
			runtime.Gosched()
		}
	}
	ping7 := make(chan *Node)
	pong7 := make(chan *Node)
	go func() {
		for nd := range ping7 {
			nd.Val = mix(nd.Val, id)
			nd.Next = &Node{Val: nd.Val % 7, Next: nd.Next}
			pong7 <- nd
		}
	}()
	pn7 := &Node{Val: 80}
	for i := 0; i < 8; i++ {
		ping7 <- pn7
		pn7 = <-pong7
	}
	close(ping7)
	acc = mix(acc, sumList(pn7))
	return acc
}

func w1(id int) (acc int) {
	acc = id + 45
	var ea8 [3]Edge
	for i := range ea8 {
		ea8[i] = Edge{To: &Node{Val: i + 50}, W: i + 1}
	}
	eb8 := ea8
	ea8[1].To = nil
	garbage(29)
	pause(0)
	for _, e := range eb8 {
		acc = mix(acc, e.To.Val*e.W)
	}
	sq9 := make(chan *Node, 1)
	ss9 := 0
	for i := 0; i < 1; {
		select {
		case sq9 <- &Node{Val: i * 18}:
			i++
		case nd := <-sq9:
			ss9 = (ss9 + nd.Val) % 1000003
		}
	}
	close(sq9)
	for nd := range sq9 {
		ss9 = (ss9 + nd.Val) % 1000003
	}
	acc = mix(acc, ss9)
	ptrs10 := make([]*Node, 4781)
	for i := 0; i < len(ptrs10); i += 165 {
		ptrs10[i] = &Node{Val: i % 41}
	}
	garbage(23)
	pause(0)
	ps10 := 0
	for i := 0; i < len(ptrs10); i += 165 {
		ps10 = (ps10 + ptrs10[i].Val) % 1000003
	}
	acc = mix(acc, ps10)
	lx11 := id
	for i := 0; i < 25273; i++ {
		lx11 = (lx11*31 + i) % 1000003
	}
	acc = mix(acc, lx11)
	var ea12 [3]Edge
	for i := range ea12 {
		ea12[i] = Edge{To: &Node{Val: i + 82}, W: i + 1}
	}
	eb12 := ea12
	ea12[1].To = nil
	garbage(17)
	pause(0)
	for _, e := range eb12 {
		acc = mix(acc, e.To.Val*e.W)
	}
	var wg13 sync.WaitGroup
	outs13 := make([]*Node, 4)
	for j := 0; j < 4; j++ {
		wg13.Add(1)
		go func(j int) {
			defer wg13.Done()
			pause(j + 2)
			outs13[j] = buildList(5, j+18)
		}(j)
	}
	wg13.Wait()
	for _, o := range outs13 {
		acc = mix(acc, sumList(o))
	}
	return acc
}

func main() {
	gA.P = buildList(2, 1)
	gB.P = buildList(1, 2)
	for i := 0; i < 2; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(39, done)
	fns := []func(int) int{w0, w1}
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
