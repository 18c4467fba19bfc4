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
	tc1 := make(chan *Node)
	go func() {
		for i := 0; i < 5; i++ {
			time.Sleep(time.Duration(i%3) * time.Microsecond)
			tc1 <- &Node{Val: i + 55}
		}
	}()
	for got := 0; got < 5; {
		select {
		case nd := <-tc1:
			acc = mix(acc, nd.Val)
			got++
		case <-time.After(26 * time.Microsecond):
		}
	}
	big2 := make([]int, 4810)
	for i := 0; i < len(big2); i += 137 {
		big2[i] = i % 75
	}
	bs2 := 0
	for _, x := range big2 {
		bs2 += x
	}
	acc = mix(acc, bs2)
	mn3 := &Node{Val: 9, Data: []int{1, 2}}
	mv3 := mn3.Value
	mn3 = nil
	garbage(59)
	pause(2)
	acc = mix(acc, mv3())
	lx4 := id
	for i := 0; i < 5795; i++ {
		lx4 = (lx4*31 + i) % 1000003
	}
	acc = mix(acc, lx4)
	fs5 := []func() int{}
	for i := 0; i < 9; i++ {
		q := &Node{Val: i*87 + id}
		fs5 = append(fs5, func() int { return q.Val + id })
	}
	garbage(15)
	for _, f := range fs5 {
		acc = mix(acc, f())
	}
	return acc
}

func w1(id int) (acc int) {
	acc = id + 15
	p6 := &Node{Val: 69}
	f6 := func(d int) int {
		p6.Val = (p6.Val + d) % 1009
		return p6.Val
	}
	for i := 0; i < 19; i++ {
		acc = mix(acc, f6(i))
	}
	addTotal(39 * id)
	pc8 := make(chan int)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				pc8 <- 97
			}
		}()
		var np *Node
		pc8 <- np.Val
	}()
	acc = mix(acc, <-pc8)
	fs9 := []func() int{}
	for i := 0; i < 1; i++ {
		q := &Node{Val: i*25 + id}
		fs9 = append(fs9, func() int { return q.Val + id })
	}
	garbage(15)
	for _, f := range fs9 {
		acc = mix(acc, f())
	}
	dp10 := &Node{Val: 31}
	defer func() {
		acc = mix(acc, dp10.Val)
	}()
	return acc
}

func w2(id int) (acc int) {
	acc = id + 40
	runtime.GOMAXPROCS(2)
	fs12 := []func() int{}
	for i := 0; i < 2; i++ {
		q := &Node{Val: i*61 + id}
		fs12 = append(fs12, func() int { return q.Val + id })
	}
	garbage(33)
	for _, f := range fs12 {
		acc = mix(acc, f())
	}
	m13 := make(map[int][]int)
	for i := 0; i < 13; i++ {
		m13[i%2] = append(m13[i%2], i*66+id)
	}
	s13 := 0
	for key, vs := range m13 {
		s13 += key * len(vs)
		for _, x := range vs {
			s13 = (s13 + x) % 1000003
		}
	}
	acc = mix(acc, s13)
	mp14 := map[int]*Node{}
	for i := 0; i < 8; i++ {
		mp14[i] = &Node{Val: i*40 + id}
	}
	for i := 0; i < 8; i += 3 {
		delete(mp14, i)
	}
	pause(1)
	s14 := 0
	for key, v := range mp14 {
		s14 = (s14 + key*v.Val) % 1000003
	}
	acc = mix(acc, s14+len(mp14))
	h15 := buildList(9, 70)
	o15 := &Node{Val: id}
	t15 := buildTree(2, 70)
	for i := 0; i < 4; i++ {
		h15.Next, o15.Next = o15.Next, h15.Next
		t15.Left, t15.Right = t15.Right, t15.Left
		if i%3 == 0 {
			pause(i)
		}
		garbage(6)
	}
	acc = mix(acc, sumList(h15)+sumList(o15)+sumTree(t15))
	return acc
}

func main() {
	gA.P = buildList(5, 1)
	gB.P = buildList(7, 2)
	for i := 0; i < 5; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(2, done)
	fns := []func(int) int{w0, w1, w2}
	results := make([]int, len(fns))
	ch := make(chan Res, 2)
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
