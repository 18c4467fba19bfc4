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
	acc = id + 19
	mn1 := &Node{Val: 29, Data: []int{1, 2}}
	mv1 := mn1.Value
	mn1 = nil
	garbage(39)
	pause(0)
	acc = mix(acc, mv1())
	var vs2 []Valuer
	for i := 0; i < 19; i++ {
		if i%2 == 0 {
			vs2 = append(vs2, &Node{Val: i + 43, Data: make([]int, i%3)})
		} else {
			vs2 = append(vs2, Pair{i, 43})
		}
	}
	pause(0)
	for _, v := range vs2 {
		acc = mix(acc, v.Value())
	}
	ch3 := make(chan *Node, 1)
	go func() {
		for i := 0; i < 16; i++ {
			ch3 <- &Node{Val: i*60 + id, Next: buildList(i%3, i)}
		}
		close(ch3)
	}()
	garbage(17)
	for nd := range ch3 {
		acc = mix(acc, nd.Val+sumList(nd.Next))
	}
	pc4 := make(chan int)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				pc4 <- 47
			}
		}()
		var np *Node
		pc4 <- np.Val
	}()
	acc = mix(acc, <-pc4)
	a5 := buildList(16, 87+id)
	b5 := &Holder{}
	b5.P = a5.Next
	a5.Next = nil
	pause(2)
	garbage(13)
	acc = mix(acc, sumList(a5)+sumList(b5.P))
	ch6 := make(chan *Node, 0)
	go func() {
		for i := 0; i < 7; i++ {
			ch6 <- &Node{Val: i*77 + id, Next: buildList(i%3, i)}
		}
		close(ch6)
	}()
	garbage(12)
	for nd := range ch6 {
		acc = mix(acc, nd.Val+sumList(nd.Next))
	}
	pv7 := buildList(4, 17)
	acc = mix(acc, catchNode(func() {
		garbage(12)
		panic(pv7)
	}))
	return acc
}

func w1(id int) (acc int) {
	acc = id + 5
	tk8 := time.NewTicker(3 * time.Microsecond)
	for i := 0; i < 4; i++ {
		<-tk8.C
	}
	tk8.Stop()
	tm8 := time.NewTimer(18 * time.Microsecond)
	<-tm8.C
	acc = mix(acc, 4)
	rc9 := make(chan *Node, 2)
	for j := 0; j < 14; j++ {
		go func(j int) {
			rc9 <- &Node{Val: j * 51, Next: buildList(j%4, j)}
		}(j)
	}
	rs9 := 0
	for j := 0; j < 14; j++ {
		nd := <-rc9
		rs9 = (rs9 + nd.Val + sumList(nd.Next)) % 1000003
	}
	acc = mix(acc, rs9)
	gSlots[id] = buildList(10, 37+id)
	l10 := gSlots[id]
	gSlots[id] = nil
	pause(1)
	gSlots[id] = l10
	acc = mix(acc, sumList(gSlots[id]))
	count(88 + id)
	return acc
}

func w2(id int) (acc int) {
	acc = id + 18
	var mu12 sync.Mutex
	var wgm12 sync.WaitGroup
	var shared12 *Node
	for j := 0; j < 5; j++ {
		wgm12.Add(1)
		go func(j int) {
			defer wgm12.Done()
			for r := 0; r < 5; r++ {
				mu12.Lock()
				shared12 = &Node{Val: j*10 + r, Next: shared12}
				if r%2 == 0 {
					runtime.Gosched()
				}
				mu12.Unlock()
			}
		}(j)
	}
	wgm12.Wait()
	ms12 := 0
	for p := shared12; p != nil; p = p.Next {
		ms12 = (ms12 + p.Val) % 1000003
	}
	acc = mix(acc, ms12)
	acc = mix(acc, safeDiv(acc+46, id%2))
	acc = mix(acc, deep(542, &Node{Val: 57}))
	fc15 := make(chan func() int, 0)
	go func() {
		for i := 0; i < 1; i++ {
			cn := &Node{Val: i + 51, Next: buildList(i%3, i)}
			fc15 <- func() int { return cn.Val + sumList(cn.Next) }
		}
		close(fc15)
	}()
	garbage(22)
	for f := range fc15 {
		acc = mix(acc, f())
	}
	sq16 := make(chan *Node, 1)
	ss16 := 0
	for i := 0; i < 6; {
		select {
		case sq16 <- &Node{Val: i * 85}:
			i++
		case nd := <-sq16:
			ss16 = (ss16 + nd.Val) % 1000003
		}
	}
	close(sq16)
	for nd := range sq16 {
		ss16 = (ss16 + nd.Val) % 1000003
	}
	acc = mix(acc, ss16)
	return acc
}

func main() {
	gA.P = buildList(1, 1)
	gB.P = buildList(1, 2)
	for i := 0; i < 3; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(3, done)
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
