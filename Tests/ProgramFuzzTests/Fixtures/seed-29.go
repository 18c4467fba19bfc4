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
	acc = id + 33
	t1 := buildTree(2, id+94)
	acc = mix(acc, sumTree(t1))
	h2 := buildList(12, 30)
	o2 := &Node{Val: id}
	t2 := buildTree(3, 30)
	for i := 0; i < 7; i++ {
		h2.Next, o2.Next = o2.Next, h2.Next
		t2.Left, t2.Right = t2.Right, t2.Left
		if i%4 == 0 {
			pause(i)
		}
		garbage(3)
	}
	acc = mix(acc, sumList(h2)+sumList(o2)+sumTree(t2))
	mn3 := &Node{Val: 4, Data: []int{1, 2}}
	mv3 := mn3.Value
	mn3 = nil
	garbage(46)
	pause(1)
	acc = mix(acc, mv3())
	sq4 := make(chan *Node, 2)
	ss4 := 0
	for i := 0; i < 6; {
		select {
		case sq4 <- &Node{Val: i * 72}:
			i++
		case nd := <-sq4:
			ss4 = (ss4 + nd.Val) % 1000003
		}
	}
	close(sq4)
	for nd := range sq4 {
		ss4 = (ss4 + nd.Val) % 1000003
	}
	acc = mix(acc, ss4)
	xs5 := []interface{}{&Node{Val: 30}, id, "s30", Pair{id, 30}, buildList(3, 30)}
	garbage(7)
	for _, x := range xs5 {
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
	sq6 := make(chan *Node, 3)
	ss6 := 0
	for i := 0; i < 12; {
		select {
		case sq6 <- &Node{Val: i * 50}:
			i++
		case nd := <-sq6:
			ss6 = (ss6 + nd.Val) % 1000003
		}
	}
	close(sq6)
	for nd := range sq6 {
		ss6 = (ss6 + nd.Val) % 1000003
	}
	acc = mix(acc, ss6)
	return acc
}

func w1(id int) (acc int) {
	acc = id + 10
	var mu7 sync.Mutex
	var wgm7 sync.WaitGroup
	var shared7 *Node
	for j := 0; j < 3; j++ {
		wgm7.Add(1)
		go func(j int) {
			defer wgm7.Done()
			for r := 0; r < 1; r++ {
				mu7.Lock()
				shared7 = &Node{Val: j*10 + r, Next: shared7}
				if r%2 == 0 {
					runtime.Gosched()
				}
				mu7.Unlock()
			}
		}(j)
	}
	wgm7.Wait()
	ms7 := 0
	for p := shared7; p != nil; p = p.Next {
		ms7 = (ms7 + p.Val) % 1000003
	}
	acc = mix(acc, ms7)
	l8 := buildList(17, id+90)
	acc = mix(acc, sumList(l8))
	acc = mix(acc, deep(158, &Node{Val: 29}))
	ping10 := make(chan *Node)
	pong10 := make(chan *Node)
	go func() {
		for nd := range ping10 {
			nd.Val = mix(nd.Val, id)
			nd.Next = &Node{Val: nd.Val % 7, Next: nd.Next}
			pong10 <- nd
		}
	}()
	pn10 := &Node{Val: 19}
	for i := 0; i < 3; i++ {
		ping10 <- pn10
		pn10 = <-pong10
	}
	close(ping10)
	acc = mix(acc, sumList(pn10))
	ch11 := make(chan *Node, 0)
	go func() {
		for i := 0; i < 13; i++ {
			ch11 <- &Node{Val: i*80 + id, Next: buildList(i%3, i)}
		}
		close(ch11)
	}()
	garbage(16)
	for nd := range ch11 {
		acc = mix(acc, nd.Val+sumList(nd.Next))
	}
	return acc
}

func w2(id int) (acc int) {
	acc = id + 17
	pv12 := buildList(4, 66)
	acc = mix(acc, catchNode(func() {
		garbage(29)
		panic(pv12)
	}))
	gSlots[id] = buildList(18, 93+id)
	l13 := gSlots[id]
	gSlots[id] = nil
	pause(0)
	gSlots[id] = l13
	acc = mix(acc, sumList(gSlots[id]))
	m14 := make(map[int][]int)
	for i := 0; i < 16; i++ {
		m14[i%4] = append(m14[i%4], i*66+id)
	}
	s14 := 0
	for key, vs := range m14 {
		s14 += key * len(vs)
		for _, x := range vs {
			s14 = (s14 + x) % 1000003
		}
	}
	acc = mix(acc, s14)
	mp15 := map[int]*Node{}
	for i := 0; i < 13; i++ {
		mp15[i] = &Node{Val: i*76 + id}
	}
	for i := 0; i < 13; i += 2 {
		delete(mp15, i)
	}
	pause(2)
	s15 := 0
	for key, v := range mp15 {
		s15 = (s15 + key*v.Val) % 1000003
	}
	acc = mix(acc, s15+len(mp15))
	mp16 := map[int]*Node{}
	for i := 0; i < 14; i++ {
		mp16[i] = &Node{Val: i*73 + id}
	}
	for i := 0; i < 14; i += 2 {
		delete(mp16, i)
	}
	pause(0)
	s16 := 0
	for key, v := range mp16 {
		s16 = (s16 + key*v.Val) % 1000003
	}
	acc = mix(acc, s16+len(mp16))
	mn17 := &Node{Val: 27, Data: []int{1, 2}}
	mv17 := mn17.Value
	mn17 = nil
	garbage(48)
	pause(1)
	acc = mix(acc, mv17())
	return acc
}

func w3(id int) (acc int) {
	acc = id + 4
	mp18 := map[int]*Node{}
	for i := 0; i < 8; i++ {
		mp18[i] = &Node{Val: i*7 + id}
	}
	for i := 0; i < 8; i += 2 {
		delete(mp18, i)
	}
	pause(1)
	s18 := 0
	for key, v := range mp18 {
		s18 = (s18 + key*v.Val) % 1000003
	}
	acc = mix(acc, s18+len(mp18))
	var wg19 sync.WaitGroup
	outs19 := make([]*Node, 5)
	for j := 0; j < 5; j++ {
		wg19.Add(1)
		go func(j int) {
			defer wg19.Done()
			pause(j + 0)
			outs19[j] = buildList(7, j+43)
		}(j)
	}
	wg19.Wait()
	for _, o := range outs19 {
		acc = mix(acc, sumList(o))
	}
	acc = mix(acc, sumList(onceList()))
	ptrs21 := make([]*Node, 4973)
	for i := 0; i < len(ptrs21); i += 132 {
		ptrs21[i] = &Node{Val: i % 79}
	}
	garbage(32)
	pause(2)
	ps21 := 0
	for i := 0; i < len(ptrs21); i += 132 {
		ps21 = (ps21 + ptrs21[i].Val) % 1000003
	}
	acc = mix(acc, ps21)
	mn22 := &Node{Val: 37, Data: []int{1, 2}}
	mv22 := mn22.Value
	mn22 = nil
	garbage(28)
	pause(2)
	acc = mix(acc, mv22())
	gSlots[id] = buildList(22, 9+id)
	l23 := gSlots[id]
	gSlots[id] = nil
	pause(2)
	gSlots[id] = l23
	acc = mix(acc, sumList(gSlots[id]))
	em24 := map[int]Edge{}
	for i := 0; i < 15; i++ {
		em24[i] = Edge{To: &Node{Val: i + 70}, W: i % 5}
	}
	garbage(11)
	pause(2)
	es24 := 0
	for _, e := range em24 {
		es24 = (es24 + e.To.Val*e.W) % 1000003
	}
	acc = mix(acc, es24)
	return acc
}

func w4(id int) (acc int) {
	acc = id + 40
	dp25 := &Node{Val: 46}
	defer func() {
		acc = mix(acc, dp25.Val)
	}()
	rc26 := make(chan *Node, 1)
	for j := 0; j < 13; j++ {
		go func(j int) {
			rc26 <- &Node{Val: j * 71, Next: buildList(j%4, j)}
		}(j)
	}
	rs26 := 0
	for j := 0; j < 13; j++ {
		nd := <-rc26
		rs26 = (rs26 + nd.Val + sumList(nd.Next)) % 1000003
	}
	acc = mix(acc, rs26)
	dp27 := &Node{Val: 95}
	defer func() {
		acc = mix(acc, dp27.Val)
	}()
	acc = mix(acc, sumList(onceList()))
	nap(18)
	acc = mix(acc, sumList(onceList()))
	runtime.GOMAXPROCS(4)
	return acc
}

func main() {
	gA.P = buildList(3, 1)
	gB.P = buildList(10, 2)
	for i := 0; i < 8; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(36, done)
	fns := []func(int) int{w0, w1, w2, w3, w4}
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
