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
	acc = id + 13
	sq1 := make(chan *Node, 1)
	ss1 := 0
	for i := 0; i < 8; {
		select {
		case sq1 <- &Node{Val: i * 29}:
			i++
		case nd := <-sq1:
			ss1 = (ss1 + nd.Val) % 1000003
		}
	}
	close(sq1)
	for nd := range sq1 {
		ss1 = (ss1 + nd.Val) % 1000003
	}
	acc = mix(acc, ss1)
	fs2 := []func() int{}
	for i := 0; i < 12; i++ {
		q := &Node{Val: i*43 + id}
		fs2 = append(fs2, func() int { return q.Val + id })
	}
	garbage(16)
	for _, f := range fs2 {
		acc = mix(acc, f())
	}
	ptrs3 := make([]*Node, 4414)
	for i := 0; i < len(ptrs3); i += 158 {
		ptrs3[i] = &Node{Val: i % 25}
	}
	garbage(20)
	pause(1)
	ps3 := 0
	for i := 0; i < len(ptrs3); i += 158 {
		ps3 = (ps3 + ptrs3[i].Val) % 1000003
	}
	acc = mix(acc, ps3)
	em4 := map[int]Edge{}
	for i := 0; i < 18; i++ {
		em4[i] = Edge{To: &Node{Val: i + 47}, W: i % 5}
	}
	garbage(11)
	pause(1)
	es4 := 0
	for _, e := range em4 {
		es4 = (es4 + e.To.Val*e.W) % 1000003
	}
	acc = mix(acc, es4)
	xs5 := []interface{}{&Node{Val: 85}, id, "s85", Pair{id, 85}, buildList(4, 85)}
	garbage(17)
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
	p6 := &Node{Val: 30}
	f6 := func(d int) int {
		p6.Val = (p6.Val + d) % 1009
		return p6.Val
	}
	for i := 0; i < 8; i++ {
		acc = mix(acc, f6(i))
	}
	fc7 := make(chan func() int, 0)
	go func() {
		for i := 0; i < 5; i++ {
			cn := &Node{Val: i + 17, Next: buildList(i%3, i)}
			fc7 <- func() int { return cn.Val + sumList(cn.Next) }
		}
		close(fc7)
	}()
	garbage(12)
	for f := range fc7 {
		acc = mix(acc, f())
	}
	return acc
}

func w1(id int) (acc int) {
	acc = id + 42
	var ea8 [3]Edge
	for i := range ea8 {
		ea8[i] = Edge{To: &Node{Val: i + 65}, W: i + 1}
	}
	eb8 := ea8
	ea8[1].To = nil
	garbage(9)
	pause(2)
	for _, e := range eb8 {
		acc = mix(acc, e.To.Val*e.W)
	}
	runtime.GOMAXPROCS(2)
	ch10 := make(chan *Node, 1)
	go func() {
		for i := 0; i < 6; i++ {
			ch10 <- &Node{Val: i*46 + id, Next: buildList(i%3, i)}
		}
		close(ch10)
	}()
	garbage(20)
	for nd := range ch10 {
		acc = mix(acc, nd.Val+sumList(nd.Next))
	}
	acc = mix(acc, sumList(onceList()))
	var wg12 sync.WaitGroup
	outs12 := make([]*Node, 2)
	for j := 0; j < 2; j++ {
		wg12.Add(1)
		go func(j int) {
			defer wg12.Done()
			pause(j + 2)
			outs12[j] = buildList(6, j+11)
		}(j)
	}
	wg12.Wait()
	for _, o := range outs12 {
		acc = mix(acc, sumList(o))
	}
	var wg13 sync.WaitGroup
	outs13 := make([]*Node, 3)
	for j := 0; j < 3; j++ {
		wg13.Add(1)
		go func(j int) {
			defer wg13.Done()
			pause(j + 1)
			outs13[j] = buildList(6, j+75)
		}(j)
	}
	wg13.Wait()
	for _, o := range outs13 {
		acc = mix(acc, sumList(o))
	}
	return acc
}

func w2(id int) (acc int) {
	acc = id + 3
	pc14 := make(chan int)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				pc14 <- 51
			}
		}()
		var np *Node
		pc14 <- np.Val
	}()
	acc = mix(acc, <-pc14)
	m15 := make(map[int][]int)
	for i := 0; i < 22; i++ {
		m15[i%6] = append(m15[i%6], i*8+id)
	}
	s15 := 0
	for key, vs := range m15 {
		s15 += key * len(vs)
		for _, x := range vs {
			s15 = (s15 + x) % 1000003
		}
	}
	acc = mix(acc, s15)
	tc16 := make(chan *Node)
	go func() {
		for i := 0; i < 3; i++ {
			time.Sleep(time.Duration(i%3) * time.Microsecond)
			tc16 <- &Node{Val: i + 68}
		}
	}()
	for got := 0; got < 3; {
		select {
		case nd := <-tc16:
			acc = mix(acc, nd.Val)
			got++
		case <-time.After(19 * time.Microsecond):
		}
	}
	mp17 := map[int]*Node{}
	for i := 0; i < 14; i++ {
		mp17[i] = &Node{Val: i*1 + id}
	}
	for i := 0; i < 14; i += 2 {
		delete(mp17, i)
	}
	pause(0)
	s17 := 0
	for key, v := range mp17 {
		s17 = (s17 + key*v.Val) % 1000003
	}
	acc = mix(acc, s17+len(mp17))
	fs18 := []func() int{}
	for i := 0; i < 13; i++ {
		q := &Node{Val: i*19 + id}
		fs18 = append(fs18, func() int { return q.Val + id })
	}
	garbage(31)
	for _, f := range fs18 {
		acc = mix(acc, f())
	}
	ch19 := make(chan *Node, 0)
	go func() {
		for i := 0; i < 13; i++ {
			ch19 <- &Node{Val: i*73 + id, Next: buildList(i%3, i)}
		}
		close(ch19)
	}()
	garbage(17)
	for nd := range ch19 {
		acc = mix(acc, nd.Val+sumList(nd.Next))
	}
	rc20 := make(chan *Node, 1)
	for j := 0; j < 20; j++ {
		go func(j int) {
			rc20 <- &Node{Val: j * 33, Next: buildList(j%4, j)}
		}(j)
	}
	rs20 := 0
	for j := 0; j < 20; j++ {
		nd := <-rc20
		rs20 = (rs20 + nd.Val + sumList(nd.Next)) % 1000003
	}
	acc = mix(acc, rs20)
	return acc
}

func main() {
	gA.P = buildList(8, 1)
	gB.P = buildList(5, 2)
	for i := 0; i < 5; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(26, done)
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
