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
	acc = id + 43
	fs1 := []func() int{}
	for i := 0; i < 13; i++ {
		q := &Node{Val: i*69 + id}
		fs1 = append(fs1, func() int { return q.Val + id })
	}
	garbage(6)
	for _, f := range fs1 {
		acc = mix(acc, f())
	}
	mn2 := &Node{Val: 5, Data: []int{1, 2}}
	mv2 := mn2.Value
	mn2 = nil
	garbage(27)
	pause(0)
	acc = mix(acc, mv2())
	m3 := make(map[int][]int)
	for i := 0; i < 7; i++ {
		m3[i%2] = append(m3[i%2], i*47+id)
	}
	s3 := 0
	for key, vs := range m3 {
		s3 += key * len(vs)
		for _, x := range vs {
			s3 = (s3 + x) % 1000003
		}
	}
	acc = mix(acc, s3)
	defer addList(buildList(14, 32+id))
	garbage(19)
	nap(13)
	em6 := map[int]Edge{}
	for i := 0; i < 20; i++ {
		em6[i] = Edge{To: &Node{Val: i + 64}, W: i % 5}
	}
	garbage(9)
	pause(2)
	es6 := 0
	for _, e := range em6 {
		es6 = (es6 + e.To.Val*e.W) % 1000003
	}
	acc = mix(acc, es6)
	return acc
}

func w1(id int) (acc int) {
	acc = id + 23
	src7 := make([]*Node, 22)
	for i := range src7 {
		src7[i] = &Node{Val: i * 80}
	}
	dst7 := make([]*Node, 22/2+1)
	copy(dst7, src7[22/3:])
	al7 := src7[:22/2]
	al7 = append(al7, &Node{Val: 80})
	src7 = nil
	garbage(27)
	pause(1)
	cs7 := 0
	for _, p := range dst7 {
		if p != nil {
			cs7 = (cs7 + p.Val) % 1000003
		}
	}
	for _, p := range al7 {
		cs7 = (cs7 + 3*p.Val) % 1000003
	}
	acc = mix(acc, cs7)
	fs8 := []func() int{}
	for i := 0; i < 5; i++ {
		q := &Node{Val: i*61 + id}
		fs8 = append(fs8, func() int { return q.Val + id })
	}
	garbage(38)
	for _, f := range fs8 {
		acc = mix(acc, f())
	}
	m9 := make(map[int][]int)
	for i := 0; i < 1; i++ {
		m9[i%5] = append(m9[i%5], i*94+id)
	}
	s9 := 0
	for key, vs := range m9 {
		s9 += key * len(vs)
		for _, x := range vs {
			s9 = (s9 + x) % 1000003
		}
	}
	acc = mix(acc, s9)
	cc10 := make(chan *Node, 2)
	for i := 0; i < 2; i++ {
		cc10 <- &Node{Val: i + 22}
	}
	close(cc10)
	var nc10 chan *Node
	for cc10 != nil {
		select {
		case nd, ok := <-cc10:
			if !ok {
				cc10 = nil
			} else {
				acc = mix(acc, nd.Val)
			}
		case nd := <-nc10:
			acc = mix(acc, nd.Val)
		}
	}
	dp11 := &Node{Val: 84}
	defer func() {
		acc = mix(acc, dp11.Val)
	}()
	return acc
}

func w2(id int) (acc int) {
	acc = id + 33
	ping12 := make(chan *Node)
	pong12 := make(chan *Node)
	go func() {
		for nd := range ping12 {
			nd.Val = mix(nd.Val, id)
			nd.Next = &Node{Val: nd.Val % 7, Next: nd.Next}
			pong12 <- nd
		}
	}()
	pn12 := &Node{Val: 45}
	for i := 0; i < 9; i++ {
		ping12 <- pn12
		pn12 = <-pong12
	}
	close(ping12)
	acc = mix(acc, sumList(pn12))
	src13 := make([]*Node, 12)
	for i := range src13 {
		src13[i] = &Node{Val: i * 44}
	}
	dst13 := make([]*Node, 12/2+1)
	copy(dst13, src13[12/3:])
	al13 := src13[:12/2]
	al13 = append(al13, &Node{Val: 44})
	src13 = nil
	garbage(15)
	pause(0)
	cs13 := 0
	for _, p := range dst13 {
		if p != nil {
			cs13 = (cs13 + p.Val) % 1000003
		}
	}
	for _, p := range al13 {
		cs13 = (cs13 + 3*p.Val) % 1000003
	}
	acc = mix(acc, cs13)
	p14 := &Node{Val: 38}
	f14 := func(d int) int {
		p14.Val = (p14.Val + d) % 1009
		return p14.Val
	}
	for i := 0; i < 13; i++ {
		acc = mix(acc, f14(i))
	}
	var wg15 sync.WaitGroup
	outs15 := make([]*Node, 5)
	for j := 0; j < 5; j++ {
		wg15.Add(1)
		go func(j int) {
			defer wg15.Done()
			pause(j + 2)
			outs15[j] = buildList(6, j+28)
		}(j)
	}
	wg15.Wait()
	for _, o := range outs15 {
		acc = mix(acc, sumList(o))
	}
	return acc
}

func main() {
	gA.P = buildList(7, 1)
	gB.P = buildList(7, 2)
	for i := 0; i < 8; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(4, done)
	fns := []func(int) int{w0, w1, w2}
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
		case <-time.After(45 * time.Microsecond):
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
