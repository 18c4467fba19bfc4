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
	acc = id + 36
	fs1 := []func() int{}
	for i := 0; i < 13; i++ {
		q := &Node{Val: i*69 + id}
		fs1 = append(fs1, func() int { return q.Val + id })
	}
	garbage(6)
	for _, f := range fs1 {
		acc = mix(acc, f())
	}
	sq2 := make(chan *Node, 1)
	ss2 := 0
	for i := 0; i < 5; {
		select {
		case sq2 <- &Node{Val: i * 5}:
			i++
		case nd := <-sq2:
			ss2 = (ss2 + nd.Val) % 1000003
		}
	}
	close(sq2)
	for nd := range sq2 {
		ss2 = (ss2 + nd.Val) % 1000003
	}
	acc = mix(acc, ss2)
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
	addTotal(32 * id)
	tc5 := make(chan *Node)
	go func() {
		for i := 0; i < 6; i++ {
			time.Sleep(time.Duration(i%3) * time.Microsecond)
			tc5 <- &Node{Val: i + 68}
		}
	}()
	for got := 0; got < 6; {
		select {
		case nd := <-tc5:
			acc = mix(acc, nd.Val)
			got++
		case <-time.After(33 * time.Microsecond):
		}
	}
	count(41 + id)
	return acc
}

func w1(id int) (acc int) {
	acc = id + 5
	src7 := make([]*Node, 27)
	for i := range src7 {
		src7[i] = &Node{Val: i * 11}
	}
	dst7 := make([]*Node, 27/2+1)
	copy(dst7, src7[27/3:])
	al7 := src7[:27/2]
	al7 = append(al7, &Node{Val: 11})
	src7 = nil
	garbage(24)
	pause(2)
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
	tk8 := time.NewTicker(12 * time.Microsecond)
	for i := 0; i < 3; i++ {
		<-tk8.C
	}
	tk8.Stop()
	tm8 := time.NewTimer(13 * time.Microsecond)
	<-tm8.C
	acc = mix(acc, 3)
	addTotal(12 * id)
	var mu10 sync.Mutex
	var wgm10 sync.WaitGroup
	var shared10 *Node
	for j := 0; j < 2; j++ {
		wgm10.Add(1)
		go func(j int) {
			defer wgm10.Done()
			for r := 0; r < 1; r++ {
				mu10.Lock()
				shared10 = &Node{Val: j*10 + r, Next: shared10}
				if r%2 == 0 {
					runtime.Gosched()
				}
				mu10.Unlock()
			}
		}(j)
	}
	wgm10.Wait()
	ms10 := 0
	for p := shared10; p != nil; p = p.Next {
		ms10 = (ms10 + p.Val) % 1000003
	}
	acc = mix(acc, ms10)
	h11 := buildList(7, 70)
	o11 := &Node{Val: id}
	t11 := buildTree(5, 70)
	for i := 0; i < 12; i++ {
		h11.Next, o11.Next = o11.Next, h11.Next
		t11.Left, t11.Right = t11.Right, t11.Left
		if i%2 == 0 {
			pause(i)
		}
		garbage(7)
	}
	acc = mix(acc, sumList(h11)+sumList(o11)+sumTree(t11))
	var wg12 sync.WaitGroup
	outs12 := make([]*Node, 3)
	for j := 0; j < 3; j++ {
		wg12.Add(1)
		go func(j int) {
			defer wg12.Done()
			pause(j + 2)
			outs12[j] = buildList(5, j+26)
		}(j)
	}
	wg12.Wait()
	for _, o := range outs12 {
		acc = mix(acc, sumList(o))
	}
	ch13 := make(chan *Node, 0)
	go func() {
		for i := 0; i < 6; i++ {
			ch13 <- &Node{Val: i*80 + id, Next: buildList(i%3, i)}
		}
		close(ch13)
	}()
	garbage(12)
	for nd := range ch13 {
		acc = mix(acc, nd.Val+sumList(nd.Next))
	}
	return acc
}

func w2(id int) (acc int) {
	acc = id + 5
	ping14 := make(chan *Node)
	pong14 := make(chan *Node)
	go func() {
		for nd := range ping14 {
			nd.Val = mix(nd.Val, id)
			nd.Next = &Node{Val: nd.Val % 7, Next: nd.Next}
			pong14 <- nd
		}
	}()
	pn14 := &Node{Val: 28}
	for i := 0; i < 9; i++ {
		ping14 <- pn14
		pn14 = <-pong14
	}
	close(ping14)
	acc = mix(acc, sumList(pn14))
	rc15 := make(chan *Node, 3)
	for j := 0; j < 21; j++ {
		go func(j int) {
			rc15 <- &Node{Val: j * 72, Next: buildList(j%4, j)}
		}(j)
	}
	rs15 := 0
	for j := 0; j < 21; j++ {
		nd := <-rc15
		rs15 = (rs15 + nd.Val + sumList(nd.Next)) % 1000003
	}
	acc = mix(acc, rs15)
	var ea16 [3]Edge
	for i := range ea16 {
		ea16[i] = Edge{To: &Node{Val: i + 65}, W: i + 1}
	}
	eb16 := ea16
	ea16[1].To = nil
	garbage(8)
	pause(1)
	for _, e := range eb16 {
		acc = mix(acc, e.To.Val*e.W)
	}
	a17 := buildList(10, 59+id)
	b17 := &Holder{}
	b17.P = a17.Next
	a17.Next = nil
	pause(1)
	garbage(50)
	acc = mix(acc, sumList(a17)+sumList(b17.P))
	addTotal(45 * id)
	ptrs19 := make([]*Node, 4550)
	for i := 0; i < len(ptrs19); i += 23 {
		ptrs19[i] = &Node{Val: i % 20}
	}
	garbage(11)
	pause(0)
	ps19 := 0
	for i := 0; i < len(ptrs19); i += 23 {
		ps19 = (ps19 + ptrs19[i].Val) % 1000003
	}
	acc = mix(acc, ps19)
	return acc
}

func main() {
	gA.P = buildList(8, 1)
	gB.P = buildList(4, 2)
	for i := 0; i < 3; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(15, done)
	fns := []func(int) int{w0, w1, w2}
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
