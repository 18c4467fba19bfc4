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
	acc = id + 31
	runtime.GC()
	ptrs2 := make([]*Node, 4501)
	for i := 0; i < len(ptrs2); i += 25 {
		ptrs2[i] = &Node{Val: i % 62}
	}
	garbage(9)
	pause(1)
	ps2 := 0
	for i := 0; i < len(ptrs2); i += 25 {
		ps2 = (ps2 + ptrs2[i].Val) % 1000003
	}
	acc = mix(acc, ps2)
	xs3 := []interface{}{&Node{Val: 89}, id, "s89", Pair{id, 89}, buildList(4, 89)}
	garbage(9)
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
	tc4 := make(chan *Node)
	go func() {
		for i := 0; i < 8; i++ {
			time.Sleep(time.Duration(i%3) * time.Microsecond)
			tc4 <- &Node{Val: i + 43}
		}
	}()
	for got := 0; got < 8; {
		select {
		case nd := <-tc4:
			acc = mix(acc, nd.Val)
			got++
		case <-time.After(31 * time.Microsecond):
		}
	}
	mn5 := &Node{Val: 68, Data: []int{1, 2}}
	mv5 := mn5.Value
	mn5 = nil
	garbage(45)
	pause(1)
	acc = mix(acc, mv5())
	a6 := buildList(3, 72+id)
	b6 := &Holder{}
	b6.P = a6.Next
	a6.Next = nil
	pause(2)
	garbage(21)
	acc = mix(acc, sumList(a6)+sumList(b6.P))
	return acc
}

func w1(id int) (acc int) {
	acc = id + 35
	acc = mix(acc, sumList(onceList()))
	xs8 := []interface{}{&Node{Val: 45}, id, "s45", Pair{id, 45}, buildList(2, 45)}
	garbage(7)
	for _, x := range xs8 {
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
	ping9 := make(chan *Node)
	pong9 := make(chan *Node)
	go func() {
		for nd := range ping9 {
			nd.Val = mix(nd.Val, id)
			nd.Next = &Node{Val: nd.Val % 7, Next: nd.Next}
			pong9 <- nd
		}
	}()
	pn9 := &Node{Val: 56}
	for i := 0; i < 7; i++ {
		ping9 <- pn9
		pn9 = <-pong9
	}
	close(ping9)
	acc = mix(acc, sumList(pn9))
	var wg10 sync.WaitGroup
	outs10 := make([]*Node, 2)
	for j := 0; j < 2; j++ {
		wg10.Add(1)
		go func(j int) {
			defer wg10.Done()
			pause(j + 0)
			outs10[j] = buildList(8, j+60)
		}(j)
	}
	wg10.Wait()
	for _, o := range outs10 {
		acc = mix(acc, sumList(o))
	}
	acc = mix(acc, sumList(onceList()))
	return acc
}

func w2(id int) (acc int) {
	acc = id + 35
	runtime.GOMAXPROCS(3)
	x13 := &Node{Val: 87, Data: []int{id, 87}}
	hold13 := &Holder{}
	hold13.P = x13
	hold13.V = x13
	x13 = nil
	garbage(25)
	pause(1)
	acc = mix(acc, hold13.P.Val+hold13.V.Value())
	a14 := buildList(19, 87+id)
	b14 := &Holder{}
	b14.P = a14.Next
	a14.Next = nil
	pause(0)
	garbage(18)
	acc = mix(acc, sumList(a14)+sumList(b14.P))
	acc = mix(acc, deep(585, &Node{Val: 70}))
	gSlots[id] = buildList(25, 75+id)
	l16 := gSlots[id]
	gSlots[id] = nil
	pause(2)
	gSlots[id] = l16
	acc = mix(acc, sumList(gSlots[id]))
	acc = mix(acc, deep(501, &Node{Val: 54}))
	t18 := buildTree(1, id+25)
	acc = mix(acc, sumTree(t18))
	return acc
}

func w3(id int) (acc int) {
	acc = id + 34
	count(70 + id)
	fs20 := []func() int{}
	for i := 0; i < 12; i++ {
		q := &Node{Val: i*3 + id}
		fs20 = append(fs20, func() int { return q.Val + id })
	}
	garbage(51)
	for _, f := range fs20 {
		acc = mix(acc, f())
	}
	x21 := &Node{Val: 82, Data: []int{id, 82}}
	hold21 := &Holder{}
	hold21.P = x21
	hold21.V = x21
	x21 = nil
	garbage(11)
	pause(2)
	acc = mix(acc, hold21.P.Val+hold21.V.Value())
	h22 := buildList(5, 95)
	o22 := &Node{Val: id}
	t22 := buildTree(5, 95)
	for i := 0; i < 7; i++ {
		h22.Next, o22.Next = o22.Next, h22.Next
		t22.Left, t22.Right = t22.Right, t22.Left
		if i%4 == 0 {
			pause(i)
		}
		garbage(8)
	}
	acc = mix(acc, sumList(h22)+sumList(o22)+sumTree(t22))
	runtime.GOMAXPROCS(2)
	return acc
}

func w4(id int) (acc int) {
	acc = id + 36
	xs24 := []interface{}{&Node{Val: 33}, id, "s33", Pair{id, 33}, buildList(4, 33)}
	garbage(15)
	for _, x := range xs24 {
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
	dp25 := &Node{Val: 24}
	defer func() {
		acc = mix(acc, dp25.Val)
	}()
	big26 := make([]int, 4647)
	for i := 0; i < len(big26); i += 238 {
		big26[i] = i % 85
	}
	bs26 := 0
	for _, x := range big26 {
		bs26 += x
	}
	acc = mix(acc, bs26)
	time.Sleep(29 * time.Microsecond)
	mp28 := map[int]*Node{}
	for i := 0; i < 23; i++ {
		mp28[i] = &Node{Val: i*21 + id}
	}
	for i := 0; i < 23; i += 2 {
		delete(mp28, i)
	}
	pause(1)
	s28 := 0
	for key, v := range mp28 {
		s28 = (s28 + key*v.Val) % 1000003
	}
	acc = mix(acc, s28+len(mp28))
	fs29 := []func() int{}
	for i := 0; i < 7; i++ {
		q := &Node{Val: i*60 + id}
		fs29 = append(fs29, func() int { return q.Val + id })
	}
	garbage(60)
	for _, f := range fs29 {
		acc = mix(acc, f())
	}
	return acc
}

func main() {
	gA.P = buildList(7, 1)
	gB.P = buildList(9, 2)
	for i := 0; i < 8; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(33, done)
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
