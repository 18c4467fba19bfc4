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
	acc = id + 9
	runtime.GC()
	acc = mix(acc, sumList(onceList()))
	p3 := &Node{Val: 44}
	f3 := func(d int) int {
		p3.Val = (p3.Val + d) % 1009
		return p3.Val
	}
	for i := 0; i < 3; i++ {
		acc = mix(acc, f3(i))
	}
	var mu4 sync.Mutex
	var wgm4 sync.WaitGroup
	var shared4 *Node
	for j := 0; j < 3; j++ {
		wgm4.Add(1)
		go func(j int) {
			defer wgm4.Done()
			for r := 0; r < 4; r++ {
				mu4.Lock()
				shared4 = &Node{Val: j*10 + r, Next: shared4}
				if r%2 == 0 {
					runtime.Gosched()
				}
				mu4.Unlock()
			}
		}(j)
	}
	wgm4.Wait()
	ms4 := 0
	for p := shared4; p != nil; p = p.Next {
		ms4 = (ms4 + p.Val) % 1000003
	}
	acc = mix(acc, ms4)
	var wg5 sync.WaitGroup
	outs5 := make([]*Node, 3)
	for j := 0; j < 3; j++ {
		wg5.Add(1)
		go func(j int) {
			defer wg5.Done()
			pause(j + 2)
			outs5[j] = buildList(7, j+12)
		}(j)
	}
	wg5.Wait()
	for _, o := range outs5 {
		acc = mix(acc, sumList(o))
	}
	em6 := map[int]Edge{}
	for i := 0; i < 15; i++ {
		em6[i] = Edge{To: &Node{Val: i + 68}, W: i % 5}
	}
	garbage(19)
	pause(2)
	es6 := 0
	for _, e := range em6 {
		es6 = (es6 + e.To.Val*e.W) % 1000003
	}
	acc = mix(acc, es6)
	return acc
}

func w1(id int) (acc int) {
	acc = id + 15
	ch7 := make(chan *Node, 2)
	go func() {
		for i := 0; i < 13; i++ {
			ch7 <- &Node{Val: i*71 + id, Next: buildList(i%3, i)}
		}
		close(ch7)
	}()
	garbage(1)
	for nd := range ch7 {
		acc = mix(acc, nd.Val+sumList(nd.Next))
	}
	big8 := make([]int, 4432)
	for i := 0; i < len(big8); i += 118 {
		big8[i] = i % 63
	}
	bs8 := 0
	for _, x := range big8 {
		bs8 += x
	}
	acc = mix(acc, bs8)
	ptrs9 := make([]*Node, 4489)
	for i := 0; i < len(ptrs9); i += 130 {
		ptrs9[i] = &Node{Val: i % 8}
	}
	garbage(27)
	pause(1)
	ps9 := 0
	for i := 0; i < len(ptrs9); i += 130 {
		ps9 = (ps9 + ptrs9[i].Val) % 1000003
	}
	acc = mix(acc, ps9)
	return acc
}

func w2(id int) (acc int) {
	acc = id + 28
	ping10 := make(chan *Node)
	pong10 := make(chan *Node)
	go func() {
		for nd := range ping10 {
			nd.Val = mix(nd.Val, id)
			nd.Next = &Node{Val: nd.Val % 7, Next: nd.Next}
			pong10 <- nd
		}
	}()
	pn10 := &Node{Val: 70}
	for i := 0; i < 7; i++ {
		ping10 <- pn10
		pn10 = <-pong10
	}
	close(ping10)
	acc = mix(acc, sumList(pn10))
	pv11 := buildList(7, 70)
	acc = mix(acc, catchNode(func() {
		garbage(19)
		panic(pv11)
	}))
	var ea12 [3]Edge
	for i := range ea12 {
		ea12[i] = Edge{To: &Node{Val: i + 57}, W: i + 1}
	}
	eb12 := ea12
	ea12[1].To = nil
	garbage(13)
	pause(0)
	for _, e := range eb12 {
		acc = mix(acc, e.To.Val*e.W)
	}
	return acc
}

func w3(id int) (acc int) {
	acc = id + 41
	ptrs13 := make([]*Node, 4281)
	for i := 0; i < len(ptrs13); i += 65 {
		ptrs13[i] = &Node{Val: i % 21}
	}
	garbage(30)
	pause(2)
	ps13 := 0
	for i := 0; i < len(ptrs13); i += 65 {
		ps13 = (ps13 + ptrs13[i].Val) % 1000003
	}
	acc = mix(acc, ps13)
	lx14 := id
	for i := 0; i < 9568; i++ {
		lx14 = (lx14*31 + i) % 1000003
	}
	acc = mix(acc, lx14)
	var ea15 [3]Edge
	for i := range ea15 {
		ea15[i] = Edge{To: &Node{Val: i + 97}, W: i + 1}
	}
	eb15 := ea15
	ea15[1].To = nil
	garbage(24)
	pause(2)
	for _, e := range eb15 {
		acc = mix(acc, e.To.Val*e.W)
	}
	gSlots[id] = buildList(1, 80+id)
	l16 := gSlots[id]
	gSlots[id] = nil
	pause(0)
	gSlots[id] = l16
	acc = mix(acc, sumList(gSlots[id]))
	acc = mix(acc, sumList(onceList()))
	nap(1)
	pc19 := make(chan int)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				pc19 <- 14
			}
		}()
		var np *Node
		pc19 <- np.Val
	}()
	acc = mix(acc, <-pc19)
	return acc
}

func w4(id int) (acc int) {
	acc = id + 37
	l20 := buildList(31, id+25)
	acc = mix(acc, sumList(l20))
	x21 := &Node{Val: 95, Data: []int{id, 95}}
	hold21 := &Holder{}
	hold21.P = x21
	hold21.V = x21
	x21 = nil
	garbage(48)
	pause(0)
	acc = mix(acc, hold21.P.Val+hold21.V.Value())
	fc22 := make(chan func() int, 1)
	go func() {
		for i := 0; i < 6; i++ {
			cn := &Node{Val: i + 75, Next: buildList(i%3, i)}
			fc22 <- func() int { return cn.Val + sumList(cn.Next) }
		}
		close(fc22)
	}()
	garbage(17)
	for f := range fc22 {
		acc = mix(acc, f())
	}
	sq23 := make(chan *Node, 2)
	ss23 := 0
	for i := 0; i < 9; {
		select {
		case sq23 <- &Node{Val: i * 28}:
			i++
		case nd := <-sq23:
			ss23 = (ss23 + nd.Val) % 1000003
		}
	}
	close(sq23)
	for nd := range sq23 {
		ss23 = (ss23 + nd.Val) % 1000003
	}
	acc = mix(acc, ss23)
	count(18 + id)
	x25 := &Node{Val: 27, Data: []int{id, 27}}
	hold25 := &Holder{}
	hold25.P = x25
	hold25.V = x25
	x25 = nil
	garbage(34)
	pause(2)
	acc = mix(acc, hold25.P.Val+hold25.V.Value())
	addTotal(47 * id)
	return acc
}

func main() {
	gA.P = buildList(6, 1)
	gB.P = buildList(10, 2)
	for i := 0; i < 4; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(29, done)
	fns := []func(int) int{w0, w1, w2, w3, w4}
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
