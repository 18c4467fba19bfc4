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
	acc = id + 35
	big1 := make([]int, 5259)
	for i := 0; i < len(big1); i += 179 {
		big1[i] = i % 55
	}
	bs1 := 0
	for _, x := range big1 {
		bs1 += x
	}
	acc = mix(acc, bs1)
	rc2 := make(chan *Node, 1)
	for j := 0; j < 12; j++ {
		go func(j int) {
			rc2 <- &Node{Val: j * 75, Next: buildList(j%4, j)}
		}(j)
	}
	rs2 := 0
	for j := 0; j < 12; j++ {
		nd := <-rc2
		rs2 = (rs2 + nd.Val + sumList(nd.Next)) % 1000003
	}
	acc = mix(acc, rs2)
	fc3 := make(chan func() int, 2)
	go func() {
		for i := 0; i < 10; i++ {
			cn := &Node{Val: i + 9, Next: buildList(i%3, i)}
			fc3 <- func() int { return cn.Val + sumList(cn.Next) }
		}
		close(fc3)
	}()
	garbage(11)
	for f := range fc3 {
		acc = mix(acc, f())
	}
	fs4 := []func() int{}
	for i := 0; i < 14; i++ {
		q := &Node{Val: i*91 + id}
		fs4 = append(fs4, func() int { return q.Val + id })
	}
	garbage(13)
	for _, f := range fs4 {
		acc = mix(acc, f())
	}
	xs5 := []interface{}{&Node{Val: 53}, id, "s53", Pair{id, 53}, buildList(1, 53)}
	garbage(19)
	for _, x := range xs5 {
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

func w1(id int) (acc int) {
	acc = id + 20
	sc6 := make(chan int, 3)
	go func() {
		for i := 0; i < 4; i++ {
			sc6 <- i*89 + garbage(3)
		}
	}()
	for got := 0; got < 4; {
		select {
		case v := <-sc6:
			acc = mix(acc, v)
			got++
		default:
			runtime.Gosched()
		}
	}
	x7 := &Node{Val: 93, Data: []int{id, 93}}
	hold7 := &Holder{}
	hold7.P = x7
	hold7.V = x7
	x7 = nil
	garbage(20)
	pause(0)
	acc = mix(acc, hold7.P.Val+hold7.V.Value())
	defer addList(buildList(9, 18+id))
	garbage(15)
	return acc
}

func w2(id int) (acc int) {
	acc = id + 2
	gSlots[id] = buildList(16, 63+id)
	l9 := gSlots[id]
	gSlots[id] = nil
	pause(0)
	gSlots[id] = l9
	acc = mix(acc, sumList(gSlots[id]))
	str10 := ""
	for i := 0; i < 7; i++ {
		str10 += fmt.Sprint(i*11)
	}
	hm10 := &Holder{M: map[int]*Node{}}
	hm10.M[11] = &Node{Val: len(str10)}
	hm10.F = func() int { return hm10.M[11].Val }
	pause(0)
	acc = mix(acc, hm10.F())
	xs11 := []interface{}{&Node{Val: 40}, id, "s40", Pair{id, 40}, buildList(3, 40)}
	garbage(8)
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
	fc12 := make(chan func() int, 2)
	go func() {
		for i := 0; i < 5; i++ {
			cn := &Node{Val: i + 23, Next: buildList(i%3, i)}
			fc12 <- func() int { return cn.Val + sumList(cn.Next) }
		}
		close(fc12)
	}()
	garbage(9)
	for f := range fc12 {
		acc = mix(acc, f())
	}
	tc13 := make(chan *Node)
	go func() {
		for i := 0; i < 1; i++ {
			time.Sleep(time.Duration(i%3) * time.Microsecond)
			tc13 <- &Node{Val: i + 26}
		}
	}()
	for got := 0; got < 1; {
		select {
		case nd := <-tc13:
			acc = mix(acc, nd.Val)
			got++
		case <-time.After(22 * time.Microsecond):
		}
	}
	lx14 := id
	for i := 0; i < 15906; i++ {
		lx14 = (lx14*31 + i) % 1000003
	}
	acc = mix(acc, lx14)
	acc = mix(acc, sumList(onceList()))
	return acc
}

func main() {
	gA.P = buildList(5, 1)
	gB.P = buildList(8, 2)
	for i := 0; i < 5; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(36, done)
	fns := []func(int) int{w0, w1, w2}
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
