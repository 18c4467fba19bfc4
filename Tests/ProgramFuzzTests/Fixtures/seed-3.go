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
	acc = id + 13
	tk1 := time.NewTicker(18 * time.Microsecond)
	for i := 0; i < 3; i++ {
		<-tk1.C
	}
	tk1.Stop()
	tm1 := time.NewTimer(12 * time.Microsecond)
	<-tm1.C
	acc = mix(acc, 3)
	var wg2 sync.WaitGroup
	outs2 := make([]*Node, 1)
	for j := 0; j < 1; j++ {
		wg2.Add(1)
		go func(j int) {
			defer wg2.Done()
			pause(j + 2)
			outs2[j] = buildList(5, j+83)
		}(j)
	}
	wg2.Wait()
	for _, o := range outs2 {
		acc = mix(acc, sumList(o))
	}
	t3 := buildTree(4, id+2)
	acc = mix(acc, sumTree(t3))
	ptrs4 := make([]*Node, 4287)
	for i := 0; i < len(ptrs4); i += 117 {
		ptrs4[i] = &Node{Val: i % 97}
	}
	garbage(24)
	pause(1)
	ps4 := 0
	for i := 0; i < len(ptrs4); i += 117 {
		ps4 = (ps4 + ptrs4[i].Val) % 1000003
	}
	acc = mix(acc, ps4)
	return acc
}

func w1(id int) (acc int) {
	acc = id + 46
	h5 := buildList(3, 75)
	o5 := &Node{Val: id}
	t5 := buildTree(3, 75)
	for i := 0; i < 6; i++ {
		h5.Next, o5.Next = o5.Next, h5.Next
		t5.Left, t5.Right = t5.Right, t5.Left
		if i%2 == 0 {
			pause(i)
		}
		garbage(5)
	}
	acc = mix(acc, sumList(h5)+sumList(o5)+sumTree(t5))
	src6 := make([]*Node, 24)
	for i := range src6 {
		src6[i] = &Node{Val: i * 54}
	}
	dst6 := make([]*Node, 24/2+1)
	copy(dst6, src6[24/3:])
	al6 := src6[:24/2]
	al6 = append(al6, &Node{Val: 54})
	src6 = nil
	garbage(27)
	pause(0)
	cs6 := 0
	for _, p := range dst6 {
		if p != nil {
			cs6 = (cs6 + p.Val) % 1000003
		}
	}
	for _, p := range al6 {
		cs6 = (cs6 + 3*p.Val) % 1000003
	}
	acc = mix(acc, cs6)
	sq7 := make(chan *Node, 3)
	ss7 := 0
	for i := 0; i < 12; {
		select {
		case sq7 <- &Node{Val: i * 56}:
			i++
		case nd := <-sq7:
			ss7 = (ss7 + nd.Val) % 1000003
		}
	}
	close(sq7)
	for nd := range sq7 {
		ss7 = (ss7 + nd.Val) % 1000003
	}
	acc = mix(acc, ss7)
	return acc
}

func w2(id int) (acc int) {
	acc = id + 40
	defer addList(buildList(4, 56+id))
	garbage(31)
	var mu9 sync.Mutex
	var wgm9 sync.WaitGroup
	var shared9 *Node
	for j := 0; j < 7; j++ {
		wgm9.Add(1)
		go func(j int) {
			defer wgm9.Done()
			for r := 0; r < 3; r++ {
				mu9.Lock()
				shared9 = &Node{Val: j*10 + r, Next: shared9}
				if r%2 == 0 {
					runtime.Gosched()
				}
				mu9.Unlock()
			}
		}(j)
	}
	wgm9.Wait()
	ms9 := 0
	for p := shared9; p != nil; p = p.Next {
		ms9 = (ms9 + p.Val) % 1000003
	}
	acc = mix(acc, ms9)
	fc10 := make(chan func() int, 1)
	go func() {
		for i := 0; i < 3; i++ {
			cn := &Node{Val: i + 53, Next: buildList(i%3, i)}
			fc10 <- func() int { return cn.Val + sumList(cn.Next) }
		}
		close(fc10)
	}()
	garbage(23)
	for f := range fc10 {
		acc = mix(acc, f())
	}
	rc11 := make(chan *Node, 2)
	for j := 0; j < 20; j++ {
		go func(j int) {
			rc11 <- &Node{Val: j * 49, Next: buildList(j%4, j)}
		}(j)
	}
	rs11 := 0
	for j := 0; j < 20; j++ {
		nd := <-rc11
		rs11 = (rs11 + nd.Val + sumList(nd.Next)) % 1000003
	}
	acc = mix(acc, rs11)
	l12 := buildList(24, id+70)
	acc = mix(acc, sumList(l12))
	return acc
}

func w3(id int) (acc int) {
	acc = id + 24
	p13 := &Node{Val: 36}
	f13 := func(d int) int {
		p13.Val = (p13.Val + d) % 1009
		return p13.Val
	}
	for i := 0; i < 12; i++ {
		acc = mix(acc, f13(i))
	}
	fc14 := make(chan func() int, 0)
	go func() {
		for i := 0; i < 5; i++ {
			cn := &Node{Val: i + 56, Next: buildList(i%3, i)}
			fc14 <- func() int { return cn.Val + sumList(cn.Next) }
		}
		close(fc14)
	}()
	garbage(29)
	for f := range fc14 {
		acc = mix(acc, f())
	}
	big15 := make([]int, 4707)
	for i := 0; i < len(big15); i += 271 {
		big15[i] = i % 46
	}
	bs15 := 0
	for _, x := range big15 {
		bs15 += x
	}
	acc = mix(acc, bs15)
	xs16 := []interface{}{&Node{Val: 93}, id, "s93", Pair{id, 93}, buildList(3, 93)}
	garbage(15)
	for _, x := range xs16 {
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
	xs17 := []interface{}{&Node{Val: 54}, id, "s54", Pair{id, 54}, buildList(5, 54)}
	garbage(35)
	for _, x := range xs17 {
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
	return acc
}

func main() {
	gA.P = buildList(3, 1)
	gB.P = buildList(1, 2)
	for i := 0; i < 5; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(5, done)
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
		case <-time.After(169 * time.Microsecond):
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
