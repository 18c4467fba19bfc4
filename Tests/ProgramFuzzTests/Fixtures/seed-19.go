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
	acc = id + 45
	addTotal(43 * id)
	src2 := make([]*Node, 10)
	for i := range src2 {
		src2[i] = &Node{Val: i * 10}
	}
	dst2 := make([]*Node, 10/2+1)
	copy(dst2, src2[10/3:])
	al2 := src2[:10/2]
	al2 = append(al2, &Node{Val: 10})
	src2 = nil
	garbage(39)
	pause(2)
	cs2 := 0
	for _, p := range dst2 {
		if p != nil {
			cs2 = (cs2 + p.Val) % 1000003
		}
	}
	for _, p := range al2 {
		cs2 = (cs2 + 3*p.Val) % 1000003
	}
	acc = mix(acc, cs2)
	var mu3 sync.Mutex
	var wgm3 sync.WaitGroup
	var shared3 *Node
	for j := 0; j < 7; j++ {
		wgm3.Add(1)
		go func(j int) {
			defer wgm3.Done()
			for r := 0; r < 4; r++ {
				mu3.Lock()
				shared3 = &Node{Val: j*10 + r, Next: shared3}
				if r%2 == 0 {
					runtime.Gosched()
				}
				mu3.Unlock()
			}
		}(j)
	}
	wgm3.Wait()
	ms3 := 0
	for p := shared3; p != nil; p = p.Next {
		ms3 = (ms3 + p.Val) % 1000003
	}
	acc = mix(acc, ms3)
	fc4 := make(chan func() int, 1)
	go func() {
		for i := 0; i < 5; i++ {
			cn := &Node{Val: i + 97, Next: buildList(i%3, i)}
			fc4 <- func() int { return cn.Val + sumList(cn.Next) }
		}
		close(fc4)
	}()
	garbage(20)
	for f := range fc4 {
		acc = mix(acc, f())
	}
	a5 := buildList(23, 23+id)
	b5 := &Holder{}
	b5.P = a5.Next
	a5.Next = nil
	pause(0)
	garbage(41)
	acc = mix(acc, sumList(a5)+sumList(b5.P))
	return acc
}

func w1(id int) (acc int) {
	acc = id + 18
	rc6 := make(chan *Node, 1)
	for j := 0; j < 3; j++ {
		go func(j int) {
			rc6 <- &Node{Val: j * 54, Next: buildList(j%4, j)}
		}(j)
	}
	rs6 := 0
	for j := 0; j < 3; j++ {
		nd := <-rc6
		rs6 = (rs6 + nd.Val + sumList(nd.Next)) % 1000003
	}
	acc = mix(acc, rs6)
	var wg7 sync.WaitGroup
	outs7 := make([]*Node, 1)
	for j := 0; j < 1; j++ {
		wg7.Add(1)
		go func(j int) {
			defer wg7.Done()
			pause(j + 0)
			outs7[j] = buildList(2, j+50)
		}(j)
	}
	wg7.Wait()
	for _, o := range outs7 {
		acc = mix(acc, sumList(o))
	}
	runtime.GOMAXPROCS(1)
	pv9 := buildList(6, 32)
	acc = mix(acc, catchNode(func() {
		garbage(16)
		panic(pv9)
	}))
	gSlots[id] = buildList(21, 64+id)
	l10 := gSlots[id]
	gSlots[id] = nil
	pause(2)
	gSlots[id] = l10
	acc = mix(acc, sumList(gSlots[id]))
	big11 := make([]int, 4454)
	for i := 0; i < len(big11); i += 285 {
		big11[i] = i % 64
	}
	bs11 := 0
	for _, x := range big11 {
		bs11 += x
	}
	acc = mix(acc, bs11)
	return acc
}

func main() {
	gA.P = buildList(6, 1)
	gB.P = buildList(9, 2)
	for i := 0; i < 6; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(3, done)
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
