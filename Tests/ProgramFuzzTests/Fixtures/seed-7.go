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
	acc = id + 45
	p1 := &Node{Val: 86}
	f1 := func(d int) int {
		p1.Val = (p1.Val + d) % 1009
		return p1.Val
	}
	for i := 0; i < 14; i++ {
		acc = mix(acc, f1(i))
	}
	tk2 := time.NewTicker(9 * time.Microsecond)
	for i := 0; i < 1; i++ {
		<-tk2.C
	}
	tk2.Stop()
	tm2 := time.NewTimer(17 * time.Microsecond)
	<-tm2.C
	acc = mix(acc, 1)
	dp3 := &Node{Val: 70}
	defer func() {
		acc = mix(acc, dp3.Val)
	}()
	count(65 + id)
	return acc
}

func w1(id int) (acc int) {
	acc = id + 3
	src5 := make([]*Node, 4)
	for i := range src5 {
		src5[i] = &Node{Val: i * 39}
	}
	dst5 := make([]*Node, 4/2+1)
	copy(dst5, src5[4/3:])
	al5 := src5[:4/2]
	al5 = append(al5, &Node{Val: 39})
	src5 = nil
	garbage(38)
	pause(0)
	cs5 := 0
	for _, p := range dst5 {
		if p != nil {
			cs5 = (cs5 + p.Val) % 1000003
		}
	}
	for _, p := range al5 {
		cs5 = (cs5 + 3*p.Val) % 1000003
	}
	acc = mix(acc, cs5)
	rc6 := make(chan *Node, 0)
	for j := 0; j < 2; j++ {
		go func(j int) {
			rc6 <- &Node{Val: j * 63, Next: buildList(j%4, j)}
		}(j)
	}
	rs6 := 0
	for j := 0; j < 2; j++ {
		nd := <-rc6
		rs6 = (rs6 + nd.Val + sumList(nd.Next)) % 1000003
	}
	acc = mix(acc, rs6)
	dp7 := &Node{Val: 61}
	defer func() {
		acc = mix(acc, dp7.Val)
	}()
	runtime.GOMAXPROCS(4)
	h9 := buildList(19, 32)
	o9 := &Node{Val: id}
	t9 := buildTree(3, 32)
	for i := 0; i < 10; i++ {
		h9.Next, o9.Next = o9.Next, h9.Next
		t9.Left, t9.Right = t9.Right, t9.Left
		if i%3 == 0 {
			pause(i)
		}
		garbage(10)
	}
	acc = mix(acc, sumList(h9)+sumList(o9)+sumTree(t9))
	return acc
}

func w2(id int) (acc int) {
	acc = id + 46
	big10 := make([]int, 5798)
	for i := 0; i < len(big10); i += 75 {
		big10[i] = i % 38
	}
	bs10 := 0
	for _, x := range big10 {
		bs10 += x
	}
	acc = mix(acc, bs10)
	em11 := map[int]Edge{}
	for i := 0; i < 9; i++ {
		em11[i] = Edge{To: &Node{Val: i + 78}, W: i % 5}
	}
	garbage(6)
	pause(0)
	es11 := 0
	for _, e := range em11 {
		es11 = (es11 + e.To.Val*e.W) % 1000003
	}
	acc = mix(acc, es11)
	acc = mix(acc, deep(381, &Node{Val: 14}))
	h13 := buildList(14, 39)
	o13 := &Node{Val: id}
	t13 := buildTree(3, 39)
	for i := 0; i < 4; i++ {
		h13.Next, o13.Next = o13.Next, h13.Next
		t13.Left, t13.Right = t13.Right, t13.Left
		if i%3 == 0 {
			pause(i)
		}
		garbage(7)
	}
	acc = mix(acc, sumList(h13)+sumList(o13)+sumTree(t13))
	acc = mix(acc, safeDiv(acc+8, id%3))
	runtime.GC()
	m16 := make(map[int][]int)
	for i := 0; i < 23; i++ {
		m16[i%1] = append(m16[i%1], i*14+id)
	}
	s16 := 0
	for key, vs := range m16 {
		s16 += key * len(vs)
		for _, x := range vs {
			s16 = (s16 + x) % 1000003
		}
	}
	acc = mix(acc, s16)
	return acc
}

func w3(id int) (acc int) {
	acc = id + 19
	addTotal(97 * id)
	fs18 := []func() int{}
	for i := 0; i < 3; i++ {
		q := &Node{Val: i*57 + id}
		fs18 = append(fs18, func() int { return q.Val + id })
	}
	garbage(46)
	for _, f := range fs18 {
		acc = mix(acc, f())
	}
	var wg19 sync.WaitGroup
	outs19 := make([]*Node, 5)
	for j := 0; j < 5; j++ {
		wg19.Add(1)
		go func(j int) {
			defer wg19.Done()
			pause(j + 2)
			outs19[j] = buildList(1, j+95)
		}(j)
	}
	wg19.Wait()
	for _, o := range outs19 {
		acc = mix(acc, sumList(o))
	}
	str20 := ""
	for i := 0; i < 6; i++ {
		str20 += fmt.Sprint(i*79)
	}
	hm20 := &Holder{M: map[int]*Node{}}
	hm20.M[79] = &Node{Val: len(str20)}
	hm20.F = func() int { return hm20.M[79].Val }
	pause(0)
	acc = mix(acc, hm20.F())
	nap(27)
	acc = mix(acc, sumList(onceList()))
	l23 := buildList(2, id+11)
	acc = mix(acc, sumList(l23))
	return acc
}

func main() {
	gA.P = buildList(10, 1)
	gB.P = buildList(5, 2)
	for i := 0; i < 5; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(33, done)
	fns := []func(int) int{w0, w1, w2, w3}
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
