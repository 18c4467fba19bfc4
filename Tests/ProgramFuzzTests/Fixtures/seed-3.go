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
	acc = id + 10
	mn1 := &Node{Val: 22, Data: []int{1, 2}}
	mv1 := mn1.Value
	mn1 = nil
	garbage(41)
	pause(2)
	acc = mix(acc, mv1())
	acc = mix(acc, deep(309, &Node{Val: 59}))
	var rw3 sync.RWMutex
	var wgr3 sync.WaitGroup
	rm3 := map[int]*Node{}
	for j := 0; j < 2; j++ {
		wgr3.Add(2)
		go func(j int) {
			defer wgr3.Done()
			for r := 0; r < 1; r++ {
				rw3.Lock()
				rm3[j] = &Node{Val: r + 9, Next: rm3[j]}
				rw3.Unlock()
				pause(r)
			}
		}(j)
		go func() {
			defer wgr3.Done()
			for r := 0; r < 1; r++ {
				rw3.RLock()
				_ = len(rm3)
				rw3.RUnlock()
				runtime.Gosched()
			}
		}()
	}
	wgr3.Wait()
	for _, l := range rm3 {
		acc = (acc + sumList(l)) % 1000003
	}
	rc4 := make(chan *Node, 2)
	for j := 0; j < 30; j++ {
		go func(j int) {
			rc4 <- &Node{Val: j * 5, Next: buildList(j%4, j)}
		}(j)
	}
	rs4 := 0
	for j := 0; j < 30; j++ {
		nd := <-rc4
		rs4 = (rs4 + nd.Val + sumList(nd.Next)) % 1000003
	}
	acc = mix(acc, rs4)
	return acc
}

func w1(id int) (acc int) {
	acc = id + 28
	tk5 := time.NewTicker(1 * time.Microsecond)
	for i := 0; i < 2; i++ {
		<-tk5.C
	}
	tk5.Stop()
	tm5 := time.NewTimer(16 * time.Microsecond)
	<-tm5.C
	acc = mix(acc, 2)
	big6 := make([]int, 4224)
	for i := 0; i < len(big6); i += 127 {
		big6[i] = i % 22
	}
	bs6 := 0
	for _, x := range big6 {
		bs6 += x
	}
	acc = mix(acc, bs6)
	defer addList(buildList(12, 21+id))
	garbage(35)
	count(75 + id)
	ptrs9 := make([]*Node, 4762)
	for i := 0; i < len(ptrs9); i += 191 {
		ptrs9[i] = &Node{Val: i % 12}
	}
	garbage(35)
	pause(2)
	ps9 := 0
	for i := 0; i < len(ptrs9); i += 191 {
		ps9 = (ps9 + ptrs9[i].Val) % 1000003
	}
	acc = mix(acc, ps9)
	return acc
}

func w2(id int) (acc int) {
	acc = id + 27
	a10 := buildList(23, 32+id)
	b10 := &Holder{}
	b10.P = a10.Next
	a10.Next = nil
	pause(2)
	garbage(49)
	acc = mix(acc, sumList(a10)+sumList(b10.P))
	dp11 := &Node{Val: 70}
	defer func() {
		acc = mix(acc, dp11.Val)
	}()
	pv12 := buildList(2, 53)
	acc = mix(acc, catchNode(func() {
		garbage(16)
		panic(pv12)
	}))
	acc = mix(acc, safeDiv(acc+75, id%2))
	ptrs14 := make([]*Node, 4748)
	for i := 0; i < len(ptrs14); i += 10 {
		ptrs14[i] = &Node{Val: i % 62}
	}
	garbage(25)
	pause(2)
	ps14 := 0
	for i := 0; i < len(ptrs14); i += 10 {
		ps14 = (ps14 + ptrs14[i].Val) % 1000003
	}
	acc = mix(acc, ps14)
	return acc
}

func w3(id int) (acc int) {
	acc = id + 14
	rc15 := make(chan *Node, 4)
	for j := 0; j < 18; j++ {
		go func(j int) {
			rc15 <- &Node{Val: j * 10, Next: buildList(j%4, j)}
		}(j)
	}
	rs15 := 0
	for j := 0; j < 18; j++ {
		nd := <-rc15
		rs15 = (rs15 + nd.Val + sumList(nd.Next)) % 1000003
	}
	acc = mix(acc, rs15)
	fs16 := []func() int{}
	for i := 0; i < 15; i++ {
		q := &Node{Val: i*48 + id}
		fs16 = append(fs16, func() int { return q.Val + id })
	}
	garbage(31)
	for _, f := range fs16 {
		acc = mix(acc, f())
	}
	dp17 := &Node{Val: 48}
	defer func() {
		acc = mix(acc, dp17.Val)
	}()
	var rw18 sync.RWMutex
	var wgr18 sync.WaitGroup
	rm18 := map[int]*Node{}
	for j := 0; j < 1; j++ {
		wgr18.Add(2)
		go func(j int) {
			defer wgr18.Done()
			for r := 0; r < 5; r++ {
				rw18.Lock()
				rm18[j] = &Node{Val: r + 86, Next: rm18[j]}
				rw18.Unlock()
				pause(r)
			}
		}(j)
		go func() {
			defer wgr18.Done()
			for r := 0; r < 5; r++ {
				rw18.RLock()
				_ = len(rm18)
				rw18.RUnlock()
				runtime.Gosched()
			}
		}()
	}
	wgr18.Wait()
	for _, l := range rm18 {
		acc = (acc + sumList(l)) % 1000003
	}
	return acc
}

func main() {
	gA.P = buildList(6, 1)
	gB.P = buildList(2, 2)
	for i := 0; i < 7; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(35, done)
	fns := []func(int) int{w0, w1, w2, w3}
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
