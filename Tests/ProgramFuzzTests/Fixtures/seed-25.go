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
	acc = id + 17
	sc1 := make(chan int, 3)
	go func() {
		for i := 0; i < 10; i++ {
			sc1 <- i*71 + garbage(3)
		}
	}()
	for got := 0; got < 10; {
		select {
		case v := <-sc1:
			acc = mix(acc, v)
			got++
		default:
			runtime.Gosched()
		}
	}
	sq2 := make(chan *Node, 1)
	ss2 := 0
	for i := 0; i < 9; {
		select {
		case sq2 <- &Node{Val: i * 9}:
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
	em3 := map[int]Edge{}
	for i := 0; i < 4; i++ {
		em3[i] = Edge{To: &Node{Val: i + 83}, W: i % 5}
	}
	garbage(13)
	pause(0)
	es3 := 0
	for _, e := range em3 {
		es3 = (es3 + e.To.Val*e.W) % 1000003
	}
	acc = mix(acc, es3)
	big4 := make([]int, 4366)
	for i := 0; i < len(big4); i += 122 {
		big4[i] = i % 76
	}
	bs4 := 0
	for _, x := range big4 {
		bs4 += x
	}
	acc = mix(acc, bs4)
	a5 := buildList(27, 21+id)
	b5 := &Holder{}
	b5.P = a5.Next
	a5.Next = nil
	pause(0)
	garbage(19)
	acc = mix(acc, sumList(a5)+sumList(b5.P))
	return acc
}

func w1(id int) (acc int) {
	acc = id + 49
	acc = mix(acc, sumList(onceList()))
	src7 := make([]*Node, 15)
	for i := range src7 {
		src7[i] = &Node{Val: i * 76}
	}
	dst7 := make([]*Node, 15/2+1)
	copy(dst7, src7[15/3:])
	al7 := src7[:15/2]
	al7 = append(al7, &Node{Val: 76})
	src7 = nil
	garbage(33)
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
	ptrs8 := make([]*Node, 4339)
	for i := 0; i < len(ptrs8); i += 8 {
		ptrs8[i] = &Node{Val: i % 82}
	}
	garbage(5)
	pause(1)
	ps8 := 0
	for i := 0; i < len(ptrs8); i += 8 {
		ps8 = (ps8 + ptrs8[i].Val) % 1000003
	}
	acc = mix(acc, ps8)
	var mu9 sync.Mutex
	var wgm9 sync.WaitGroup
	var shared9 *Node
	for j := 0; j < 6; j++ {
		wgm9.Add(1)
		go func(j int) {
			defer wgm9.Done()
			for r := 0; r < 4; r++ {
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
	return acc
}

func w2(id int) (acc int) {
	acc = id + 48
	ptrs10 := make([]*Node, 4925)
	for i := 0; i < len(ptrs10); i += 25 {
		ptrs10[i] = &Node{Val: i % 43}
	}
	garbage(7)
	pause(2)
	ps10 := 0
	for i := 0; i < len(ptrs10); i += 25 {
		ps10 = (ps10 + ptrs10[i].Val) % 1000003
	}
	acc = mix(acc, ps10)
	acc = mix(acc, deep(68, &Node{Val: 13}))
	tk12 := time.NewTicker(19 * time.Microsecond)
	for i := 0; i < 1; i++ {
		<-tk12.C
	}
	tk12.Stop()
	tm12 := time.NewTimer(2 * time.Microsecond)
	<-tm12.C
	acc = mix(acc, 1)
	pc13 := make(chan int)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				pc13 <- 2
			}
		}()
		var np *Node
		pc13 <- np.Val
	}()
	acc = mix(acc, <-pc13)
	rc14 := make(chan *Node, 0)
	for j := 0; j < 14; j++ {
		go func(j int) {
			rc14 <- &Node{Val: j * 38, Next: buildList(j%4, j)}
		}(j)
	}
	rs14 := 0
	for j := 0; j < 14; j++ {
		nd := <-rc14
		rs14 = (rs14 + nd.Val + sumList(nd.Next)) % 1000003
	}
	acc = mix(acc, rs14)
	ch15 := make(chan *Node, 1)
	go func() {
		for i := 0; i < 8; i++ {
			ch15 <- &Node{Val: i*39 + id, Next: buildList(i%3, i)}
		}
		close(ch15)
	}()
	garbage(27)
	for nd := range ch15 {
		acc = mix(acc, nd.Val+sumList(nd.Next))
	}
	return acc
}

func w3(id int) (acc int) {
	acc = id + 48
	mp16 := map[int]*Node{}
	for i := 0; i < 19; i++ {
		mp16[i] = &Node{Val: i*63 + id}
	}
	for i := 0; i < 19; i += 2 {
		delete(mp16, i)
	}
	pause(0)
	s16 := 0
	for key, v := range mp16 {
		s16 = (s16 + key*v.Val) % 1000003
	}
	acc = mix(acc, s16+len(mp16))
	a17 := buildList(9, 68+id)
	b17 := &Holder{}
	b17.P = a17.Next
	a17.Next = nil
	pause(1)
	garbage(9)
	acc = mix(acc, sumList(a17)+sumList(b17.P))
	runtime.GOMAXPROCS(1)
	str19 := ""
	for i := 0; i < 10; i++ {
		str19 += fmt.Sprint(i*83)
	}
	hm19 := &Holder{M: map[int]*Node{}}
	hm19.M[83] = &Node{Val: len(str19)}
	hm19.F = func() int { return hm19.M[83].Val }
	pause(2)
	acc = mix(acc, hm19.F())
	acc = mix(acc, sumList(onceList()))
	return acc
}

func w4(id int) (acc int) {
	acc = id + 32
	var mu21 sync.Mutex
	var wgm21 sync.WaitGroup
	var shared21 *Node
	for j := 0; j < 8; j++ {
		wgm21.Add(1)
		go func(j int) {
			defer wgm21.Done()
			for r := 0; r < 3; r++ {
				mu21.Lock()
				shared21 = &Node{Val: j*10 + r, Next: shared21}
				if r%2 == 0 {
					runtime.Gosched()
				}
				mu21.Unlock()
			}
		}(j)
	}
	wgm21.Wait()
	ms21 := 0
	for p := shared21; p != nil; p = p.Next {
		ms21 = (ms21 + p.Val) % 1000003
	}
	acc = mix(acc, ms21)
	ptrs22 := make([]*Node, 4822)
	for i := 0; i < len(ptrs22); i += 43 {
		ptrs22[i] = &Node{Val: i % 69}
	}
	garbage(11)
	pause(1)
	ps22 := 0
	for i := 0; i < len(ptrs22); i += 43 {
		ps22 = (ps22 + ptrs22[i].Val) % 1000003
	}
	acc = mix(acc, ps22)
	runtime.GOMAXPROCS(4)
	em24 := map[int]Edge{}
	for i := 0; i < 15; i++ {
		em24[i] = Edge{To: &Node{Val: i + 85}, W: i % 5}
	}
	garbage(5)
	pause(0)
	es24 := 0
	for _, e := range em24 {
		es24 = (es24 + e.To.Val*e.W) % 1000003
	}
	acc = mix(acc, es24)
	return acc
}

func main() {
	gA.P = buildList(1, 1)
	gB.P = buildList(9, 2)
	for i := 0; i < 7; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(16, done)
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
		case <-time.After(99 * time.Microsecond):
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
