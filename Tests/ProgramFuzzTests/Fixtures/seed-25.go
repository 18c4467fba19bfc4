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
	acc = id + 44
	defer addList(buildList(19, 71+id))
	garbage(33)
	acc = mix(acc, sumList(onceList()))
	xs3 := []interface{}{&Node{Val: 71}, id, "s71", Pair{id, 71}, buildList(5, 71)}
	garbage(32)
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
	a4 := buildList(7, 20+id)
	b4 := &Holder{}
	b4.P = a4.Next
	a4.Next = nil
	pause(2)
	garbage(27)
	acc = mix(acc, sumList(a4)+sumList(b4.P))
	x5 := &Node{Val: 14, Data: []int{id, 14}}
	hold5 := &Holder{}
	hold5.P = x5
	hold5.V = x5
	x5 = nil
	garbage(24)
	pause(0)
	acc = mix(acc, hold5.P.Val+hold5.V.Value())
	return acc
}

func w1(id int) (acc int) {
	acc = id + 49
	addTotal(31 * id)
	t7 := buildTree(4, id+30)
	acc = mix(acc, sumTree(t7))
	sq8 := make(chan *Node, 3)
	ss8 := 0
	for i := 0; i < 6; {
		select {
		case sq8 <- &Node{Val: i * 76}:
			i++
		case nd := <-sq8:
			ss8 = (ss8 + nd.Val) % 1000003
		}
	}
	close(sq8)
	for nd := range sq8 {
		ss8 = (ss8 + nd.Val) % 1000003
	}
	acc = mix(acc, ss8)
	return acc
}

func w2(id int) (acc int) {
	acc = id + 7
	h9 := buildList(2, 59)
	o9 := &Node{Val: id}
	t9 := buildTree(4, 59)
	for i := 0; i < 1; i++ {
		h9.Next, o9.Next = o9.Next, h9.Next
		t9.Left, t9.Right = t9.Right, t9.Left
		if i%2 == 0 {
			pause(i)
		}
		garbage(12)
	}
	acc = mix(acc, sumList(h9)+sumList(o9)+sumTree(t9))
	runtime.GOMAXPROCS(4)
	ch11 := make(chan *Node, 3)
	go func() {
		for i := 0; i < 13; i++ {
			ch11 <- &Node{Val: i*70 + id, Next: buildList(i%3, i)}
		}
		close(ch11)
	}()
	garbage(3)
	for nd := range ch11 {
		acc = mix(acc, nd.Val+sumList(nd.Next))
	}
	runtime.Gosched()
	t13 := buildTree(3, id+88)
	acc = mix(acc, sumTree(t13))
	fs14 := []func() int{}
	for i := 0; i < 15; i++ {
		q := &Node{Val: i*68 + id}
		fs14 = append(fs14, func() int { return q.Val + id })
	}
	garbage(10)
	for _, f := range fs14 {
		acc = mix(acc, f())
	}
	tk15 := time.NewTicker(12 * time.Microsecond)
	for i := 0; i < 2; i++ {
		<-tk15.C
	}
	tk15.Stop()
	tm15 := time.NewTimer(9 * time.Microsecond)
	<-tm15.C
	acc = mix(acc, 2)
	return acc
}

func w3(id int) (acc int) {
	acc = id + 21
	dp16 := &Node{Val: 35}
	defer func() {
		acc = mix(acc, dp16.Val)
	}()
	mn17 := &Node{Val: 47, Data: []int{1, 2}}
	mv17 := mn17.Value
	mn17 = nil
	garbage(58)
	pause(1)
	acc = mix(acc, mv17())
	m18 := make(map[int][]int)
	for i := 0; i < 19; i++ {
		m18[i%3] = append(m18[i%3], i*63+id)
	}
	s18 := 0
	for key, vs := range m18 {
		s18 += key * len(vs)
		for _, x := range vs {
			s18 = (s18 + x) % 1000003
		}
	}
	acc = mix(acc, s18)
	rc19 := make(chan *Node, 1)
	for j := 0; j < 8; j++ {
		go func(j int) {
			rc19 <- &Node{Val: j * 2, Next: buildList(j%4, j)}
		}(j)
	}
	rs19 := 0
	for j := 0; j < 8; j++ {
		nd := <-rc19
		rs19 = (rs19 + nd.Val + sumList(nd.Next)) % 1000003
	}
	acc = mix(acc, rs19)
	return acc
}

func w4(id int) (acc int) {
	acc = id + 18
	big20 := make([]int, 4361)
	for i := 0; i < len(big20); i += 263 {
		big20[i] = i % 41
	}
	bs20 := 0
	for _, x := range big20 {
		bs20 += x
	}
	acc = mix(acc, bs20)
	lx21 := id
	for i := 0; i < 28561; i++ {
		lx21 = (lx21*31 + i) % 1000003
	}
	acc = mix(acc, lx21)
	acc = mix(acc, safeDiv(acc+11, id%3))
	return acc
}

func main() {
	gA.P = buildList(9, 1)
	gB.P = buildList(10, 2)
	for i := 0; i < 8; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(15, done)
	fns := []func(int) int{w0, w1, w2, w3, w4}
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
		case <-time.After(162 * time.Microsecond):
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
