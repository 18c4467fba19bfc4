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
	acc = id + 3
	mp1 := map[int]*Node{}
	for i := 0; i < 14; i++ {
		mp1[i] = &Node{Val: i*22 + id}
	}
	for i := 0; i < 14; i += 2 {
		delete(mp1, i)
	}
	pause(2)
	s1 := 0
	for key, v := range mp1 {
		s1 = (s1 + key*v.Val) % 1000003
	}
	acc = mix(acc, s1+len(mp1))
	l2 := buildList(15, id+92)
	acc = mix(acc, sumList(l2))
	m3 := make(map[int][]int)
	for i := 0; i < 25; i++ {
		m3[i%1] = append(m3[i%1], i*79+id)
	}
	s3 := 0
	for key, vs := range m3 {
		s3 += key * len(vs)
		for _, x := range vs {
			s3 = (s3 + x) % 1000003
		}
	}
	acc = mix(acc, s3)
	mp4 := map[int]*Node{}
	for i := 0; i < 13; i++ {
		mp4[i] = &Node{Val: i*63 + id}
	}
	for i := 0; i < 13; i += 3 {
		delete(mp4, i)
	}
	pause(1)
	s4 := 0
	for key, v := range mp4 {
		s4 = (s4 + key*v.Val) % 1000003
	}
	acc = mix(acc, s4+len(mp4))
	gSlots[id] = buildList(17, 95+id)
	l5 := gSlots[id]
	gSlots[id] = nil
	pause(1)
	gSlots[id] = l5
	acc = mix(acc, sumList(gSlots[id]))
	var wg6 sync.WaitGroup
	outs6 := make([]*Node, 5)
	for j := 0; j < 5; j++ {
		wg6.Add(1)
		go func(j int) {
			defer wg6.Done()
			pause(j + 0)
			outs6[j] = buildList(1, j+40)
		}(j)
	}
	wg6.Wait()
	for _, o := range outs6 {
		acc = mix(acc, sumList(o))
	}
	lx7 := id
	for i := 0; i < 14353; i++ {
		lx7 = (lx7*31 + i) % 1000003
	}
	acc = mix(acc, lx7)
	return acc
}

func w1(id int) (acc int) {
	acc = id + 27
	l8 := buildList(35, id+39)
	acc = mix(acc, sumList(l8))
	pc9 := make(chan int)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				pc9 <- 74
			}
		}()
		var np *Node
		pc9 <- np.Val
	}()
	acc = mix(acc, <-pc9)
	pv10 := buildList(5, 79)
	acc = mix(acc, catchNode(func() {
		garbage(15)
		panic(pv10)
	}))
	defer addList(buildList(5, 61+id))
	garbage(5)
	return acc
}

func main() {
	gA.P = buildList(9, 1)
	gB.P = buildList(8, 2)
	for i := 0; i < 4; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(31, done)
	fns := []func(int) int{w0, w1}
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
