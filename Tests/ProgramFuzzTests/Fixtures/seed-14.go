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
	acc = id + 6
	ping1 := make(chan *Node)
	pong1 := make(chan *Node)
	go func() {
		for nd := range ping1 {
			nd.Val = mix(nd.Val, id)
			nd.Next = &Node{Val: nd.Val % 7, Next: nd.Next}
			pong1 <- nd
		}
	}()
	pn1 := &Node{Val: 39}
	for i := 0; i < 2; i++ {
		ping1 <- pn1
		pn1 = <-pong1
	}
	close(ping1)
	acc = mix(acc, sumList(pn1))
	cc2 := make(chan *Node, 3)
	for i := 0; i < 3; i++ {
		cc2 <- &Node{Val: i + 45}
	}
	close(cc2)
	var nc2 chan *Node
	for cc2 != nil {
		select {
		case nd, ok := <-cc2:
			if !ok {
				cc2 = nil
			} else {
				acc = mix(acc, nd.Val)
			}
		case nd := <-nc2:
			acc = mix(acc, nd.Val)
		}
	}
	var wg3 sync.WaitGroup
	outs3 := make([]*Node, 4)
	for j := 0; j < 4; j++ {
		wg3.Add(1)
		go func(j int) {
			defer wg3.Done()
			pause(j + 1)
			outs3[j] = buildList(8, j+8)
		}(j)
	}
	wg3.Wait()
	for _, o := range outs3 {
		acc = mix(acc, sumList(o))
	}
	fs4 := []func() int{}
	for i := 0; i < 8; i++ {
		q := &Node{Val: i*48 + id}
		fs4 = append(fs4, func() int { return q.Val + id })
	}
	garbage(43)
	for _, f := range fs4 {
		acc = mix(acc, f())
	}
	return acc
}

func w1(id int) (acc int) {
	acc = id + 48
	m5 := make(map[int][]int)
	for i := 0; i < 10; i++ {
		m5[i%2] = append(m5[i%2], i*34+id)
	}
	s5 := 0
	for key, vs := range m5 {
		s5 += key * len(vs)
		for _, x := range vs {
			s5 = (s5 + x) % 1000003
		}
	}
	acc = mix(acc, s5)
	lx6 := id
	for i := 0; i < 29790; i++ {
		lx6 = (lx6*31 + i) % 1000003
	}
	acc = mix(acc, lx6)
	ch7 := make(chan *Node, 3)
	go func() {
		for i := 0; i < 8; i++ {
			ch7 <- &Node{Val: i*96 + id, Next: buildList(i%3, i)}
		}
		close(ch7)
	}()
	garbage(15)
	for nd := range ch7 {
		acc = mix(acc, nd.Val+sumList(nd.Next))
	}
	rc8 := make(chan *Node, 4)
	for j := 0; j < 18; j++ {
		go func(j int) {
			rc8 <- &Node{Val: j * 4, Next: buildList(j%4, j)}
		}(j)
	}
	rs8 := 0
	for j := 0; j < 18; j++ {
		nd := <-rc8
		rs8 = (rs8 + nd.Val + sumList(nd.Next)) % 1000003
	}
	acc = mix(acc, rs8)
	l9 := buildList(9, id+34)
	acc = mix(acc, sumList(l9))
	count(63 + id)
	return acc
}

func w2(id int) (acc int) {
	acc = id + 15
	xs11 := []interface{}{&Node{Val: 23}, id, "s23", Pair{id, 23}, buildList(5, 23)}
	garbage(28)
	for _, x := range xs11 {
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
	h12 := buildList(5, 82)
	o12 := &Node{Val: id}
	t12 := buildTree(5, 82)
	for i := 0; i < 6; i++ {
		h12.Next, o12.Next = o12.Next, h12.Next
		t12.Left, t12.Right = t12.Right, t12.Left
		if i%2 == 0 {
			pause(i)
		}
		garbage(12)
	}
	acc = mix(acc, sumList(h12)+sumList(o12)+sumTree(t12))
	runtime.GC()
	l14 := buildList(21, id+26)
	acc = mix(acc, sumList(l14))
	x15 := &Node{Val: 78, Data: []int{id, 78}}
	hold15 := &Holder{}
	hold15.P = x15
	hold15.V = x15
	x15 = nil
	garbage(72)
	pause(0)
	acc = mix(acc, hold15.P.Val+hold15.V.Value())
	lx16 := id
	for i := 0; i < 5767; i++ {
		lx16 = (lx16*31 + i) % 1000003
	}
	acc = mix(acc, lx16)
	mp17 := map[int]*Node{}
	for i := 0; i < 14; i++ {
		mp17[i] = &Node{Val: i*16 + id}
	}
	for i := 0; i < 14; i += 3 {
		delete(mp17, i)
	}
	pause(2)
	s17 := 0
	for key, v := range mp17 {
		s17 = (s17 + key*v.Val) % 1000003
	}
	acc = mix(acc, s17+len(mp17))
	return acc
}

func w3(id int) (acc int) {
	acc = id + 38
	m18 := make(map[int][]int)
	for i := 0; i < 6; i++ {
		m18[i%1] = append(m18[i%1], i*89+id)
	}
	s18 := 0
	for key, vs := range m18 {
		s18 += key * len(vs)
		for _, x := range vs {
			s18 = (s18 + x) % 1000003
		}
	}
	acc = mix(acc, s18)
	p19 := &Node{Val: 18}
	f19 := func(d int) int {
		p19.Val = (p19.Val + d) % 1009
		return p19.Val
	}
	for i := 0; i < 8; i++ {
		acc = mix(acc, f19(i))
	}
	ch20 := make(chan *Node, 2)
	go func() {
		for i := 0; i < 18; i++ {
			ch20 <- &Node{Val: i*21 + id, Next: buildList(i%3, i)}
		}
		close(ch20)
	}()
	garbage(12)
	for nd := range ch20 {
		acc = mix(acc, nd.Val+sumList(nd.Next))
	}
	gSlots[id] = buildList(16, 73+id)
	l21 := gSlots[id]
	gSlots[id] = nil
	pause(0)
	gSlots[id] = l21
	acc = mix(acc, sumList(gSlots[id]))
	dp22 := &Node{Val: 60}
	defer func() {
		acc = mix(acc, dp22.Val)
	}()
	return acc
}

func main() {
	gA.P = buildList(3, 1)
	gB.P = buildList(10, 2)
	for i := 0; i < 2; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(20, done)
	fns := []func(int) int{w0, w1, w2, w3}
	results := make([]int, len(fns))
	ch := make(chan *Res, 0)
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
		case <-time.After(19 * time.Microsecond):
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
