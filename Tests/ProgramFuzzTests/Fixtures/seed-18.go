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
	acc = id + 32
	var wg1 sync.WaitGroup
	outs1 := make([]*Node, 4)
	for j := 0; j < 4; j++ {
		wg1.Add(1)
		go func(j int) {
			defer wg1.Done()
			pause(j + 2)
			outs1[j] = buildList(10, j+54)
		}(j)
	}
	wg1.Wait()
	for _, o := range outs1 {
		acc = mix(acc, sumList(o))
	}
	runtime.GOMAXPROCS(1)
	acc = mix(acc, deep(153, &Node{Val: 15}))
	var wg4 sync.WaitGroup
	outs4 := make([]*Node, 1)
	for j := 0; j < 1; j++ {
		wg4.Add(1)
		go func(j int) {
			defer wg4.Done()
			pause(j + 2)
			outs4[j] = buildList(3, j+28)
		}(j)
	}
	wg4.Wait()
	for _, o := range outs4 {
		acc = mix(acc, sumList(o))
	}
	defer addList(buildList(15, 79+id))
	garbage(16)
	tk6 := time.NewTicker(7 * time.Microsecond)
	for i := 0; i < 4; i++ {
		<-tk6.C
	}
	tk6.Stop()
	tm6 := time.NewTimer(4 * time.Microsecond)
	<-tm6.C
	acc = mix(acc, 4)
	addTotal(9 * id)
	return acc
}

func w1(id int) (acc int) {
	acc = id + 42
	t8 := buildTree(3, id+92)
	acc = mix(acc, sumTree(t8))
	t9 := buildTree(2, id+86)
	acc = mix(acc, sumTree(t9))
	count(56 + id)
	return acc
}

func w2(id int) (acc int) {
	acc = id + 1
	lx11 := id
	for i := 0; i < 3517; i++ {
		lx11 = (lx11*31 + i) % 1000003
	}
	acc = mix(acc, lx11)
	lx12 := id
	for i := 0; i < 26977; i++ {
		lx12 = (lx12*31 + i) % 1000003
	}
	acc = mix(acc, lx12)
	rc13 := make(chan *Node, 1)
	for j := 0; j < 28; j++ {
		go func(j int) {
			rc13 <- &Node{Val: j * 73, Next: buildList(j%4, j)}
		}(j)
	}
	rs13 := 0
	for j := 0; j < 28; j++ {
		nd := <-rc13
		rs13 = (rs13 + nd.Val + sumList(nd.Next)) % 1000003
	}
	acc = mix(acc, rs13)
	em14 := map[int]Edge{}
	for i := 0; i < 10; i++ {
		em14[i] = Edge{To: &Node{Val: i + 44}, W: i % 5}
	}
	garbage(18)
	pause(1)
	es14 := 0
	for _, e := range em14 {
		es14 = (es14 + e.To.Val*e.W) % 1000003
	}
	acc = mix(acc, es14)
	count(11 + id)
	return acc
}

func w3(id int) (acc int) {
	acc = id + 19
	ptrs16 := make([]*Node, 4996)
	for i := 0; i < len(ptrs16); i += 12 {
		ptrs16[i] = &Node{Val: i % 22}
	}
	garbage(40)
	pause(2)
	ps16 := 0
	for i := 0; i < len(ptrs16); i += 12 {
		ps16 = (ps16 + ptrs16[i].Val) % 1000003
	}
	acc = mix(acc, ps16)
	m17 := make(map[int][]int)
	for i := 0; i < 11; i++ {
		m17[i%2] = append(m17[i%2], i*91+id)
	}
	s17 := 0
	for key, vs := range m17 {
		s17 += key * len(vs)
		for _, x := range vs {
			s17 = (s17 + x) % 1000003
		}
	}
	acc = mix(acc, s17)
	acc = mix(acc, sumList(onceList()))
	return acc
}

func w4(id int) (acc int) {
	acc = id + 40
	p19 := &Node{Val: 6}
	f19 := func(d int) int {
		p19.Val = (p19.Val + d) % 1009
		return p19.Val
	}
	for i := 0; i < 16; i++ {
		acc = mix(acc, f19(i))
	}
	a20 := buildList(8, 68+id)
	b20 := &Holder{}
	b20.P = a20.Next
	a20.Next = nil
	pause(1)
	garbage(34)
	acc = mix(acc, sumList(a20)+sumList(b20.P))
	fs21 := []func() int{}
	for i := 0; i < 1; i++ {
		q := &Node{Val: i*19 + id}
		fs21 = append(fs21, func() int { return q.Val + id })
	}
	garbage(46)
	for _, f := range fs21 {
		acc = mix(acc, f())
	}
	src22 := make([]*Node, 24)
	for i := range src22 {
		src22[i] = &Node{Val: i * 45}
	}
	dst22 := make([]*Node, 24/2+1)
	copy(dst22, src22[24/3:])
	al22 := src22[:24/2]
	al22 = append(al22, &Node{Val: 45})
	src22 = nil
	garbage(32)
	pause(1)
	cs22 := 0
	for _, p := range dst22 {
		if p != nil {
			cs22 = (cs22 + p.Val) % 1000003
		}
	}
	for _, p := range al22 {
		cs22 = (cs22 + 3*p.Val) % 1000003
	}
	acc = mix(acc, cs22)
	em23 := map[int]Edge{}
	for i := 0; i < 12; i++ {
		em23[i] = Edge{To: &Node{Val: i + 45}, W: i % 5}
	}
	garbage(12)
	pause(0)
	es23 := 0
	for _, e := range em23 {
		es23 = (es23 + e.To.Val*e.W) % 1000003
	}
	acc = mix(acc, es23)
	pc24 := make(chan int)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				pc24 <- 67
			}
		}()
		var np *Node
		pc24 <- np.Val
	}()
	acc = mix(acc, <-pc24)
	m25 := make(map[int][]int)
	for i := 0; i < 9; i++ {
		m25[i%2] = append(m25[i%2], i*44+id)
	}
	s25 := 0
	for key, vs := range m25 {
		s25 += key * len(vs)
		for _, x := range vs {
			s25 = (s25 + x) % 1000003
		}
	}
	acc = mix(acc, s25)
	return acc
}

func main() {
	gA.P = buildList(10, 1)
	gB.P = buildList(8, 2)
	for i := 0; i < 6; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(33, done)
	fns := []func(int) int{w0, w1, w2, w3, w4}
	results := make([]int, len(fns))
	ch := make(chan *Res, 2)
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
		case <-time.After(108 * time.Microsecond):
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
