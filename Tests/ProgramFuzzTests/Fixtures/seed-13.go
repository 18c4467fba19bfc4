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
	lx1 := id
	for i := 0; i < 29323; i++ {
		lx1 = (lx1*31 + i) % 1000003
	}
	acc = mix(acc, lx1)
	acc = mix(acc, deep(429, &Node{Val: 96}))
	fc3 := make(chan func() int, 2)
	go func() {
		for i := 0; i < 6; i++ {
			cn := &Node{Val: i + 96, Next: buildList(i%3, i)}
			fc3 <- func() int { return cn.Val + sumList(cn.Next) }
		}
		close(fc3)
	}()
	garbage(23)
	for f := range fc3 {
		acc = mix(acc, f())
	}
	rc4 := make(chan *Node, 3)
	for j := 0; j < 13; j++ {
		go func(j int) {
			rc4 <- &Node{Val: j * 75, Next: buildList(j%4, j)}
		}(j)
	}
	rs4 := 0
	for j := 0; j < 13; j++ {
		nd := <-rc4
		rs4 = (rs4 + nd.Val + sumList(nd.Next)) % 1000003
	}
	acc = mix(acc, rs4)
	pv5 := buildList(4, 80)
	acc = mix(acc, catchNode(func() {
		garbage(20)
		panic(pv5)
	}))
	var mu6 sync.Mutex
	var wgm6 sync.WaitGroup
	var shared6 *Node
	for j := 0; j < 6; j++ {
		wgm6.Add(1)
		go func(j int) {
			defer wgm6.Done()
			for r := 0; r < 3; r++ {
				mu6.Lock()
				shared6 = &Node{Val: j*10 + r, Next: shared6}
				if r%2 == 0 {
					runtime.Gosched()
				}
				mu6.Unlock()
			}
		}(j)
	}
	wgm6.Wait()
	ms6 := 0
	for p := shared6; p != nil; p = p.Next {
		ms6 = (ms6 + p.Val) % 1000003
	}
	acc = mix(acc, ms6)
	return acc
}

func w1(id int) (acc int) {
	acc = id + 42
	var mu7 sync.Mutex
	var wgm7 sync.WaitGroup
	var shared7 *Node
	for j := 0; j < 3; j++ {
		wgm7.Add(1)
		go func(j int) {
			defer wgm7.Done()
			for r := 0; r < 3; r++ {
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
	mn8 := &Node{Val: 11, Data: []int{1, 2}}
	mv8 := mn8.Value
	mn8 = nil
	garbage(59)
	pause(1)
	acc = mix(acc, mv8())
	fs9 := []func() int{}
	for i := 0; i < 3; i++ {
		q := &Node{Val: i*80 + id}
		fs9 = append(fs9, func() int { return q.Val + id })
	}
	garbage(32)
	for _, f := range fs9 {
		acc = mix(acc, f())
	}
	return acc
}

func w2(id int) (acc int) {
	acc = id + 10
	x10 := &Node{Val: 74, Data: []int{id, 74}}
	hold10 := &Holder{}
	hold10.P = x10
	hold10.V = x10
	x10 = nil
	garbage(27)
	pause(0)
	acc = mix(acc, hold10.P.Val+hold10.V.Value())
	acc = mix(acc, sumList(onceList()))
	a12 := buildList(17, 28+id)
	b12 := &Holder{}
	b12.P = a12.Next
	a12.Next = nil
	pause(1)
	garbage(25)
	acc = mix(acc, sumList(a12)+sumList(b12.P))
	h13 := buildList(7, 70)
	o13 := &Node{Val: id}
	t13 := buildTree(4, 70)
	for i := 0; i < 5; i++ {
		h13.Next, o13.Next = o13.Next, h13.Next
		t13.Left, t13.Right = t13.Right, t13.Left
		if i%2 == 0 {
			pause(i)
		}
		garbage(2)
	}
	acc = mix(acc, sumList(h13)+sumList(o13)+sumTree(t13))
	ping14 := make(chan *Node)
	pong14 := make(chan *Node)
	go func() {
		for nd := range ping14 {
			nd.Val = mix(nd.Val, id)
			nd.Next = &Node{Val: nd.Val % 7, Next: nd.Next}
			pong14 <- nd
		}
	}()
	pn14 := &Node{Val: 23}
	for i := 0; i < 3; i++ {
		ping14 <- pn14
		pn14 = <-pong14
	}
	close(ping14)
	acc = mix(acc, sumList(pn14))
	ping15 := make(chan *Node)
	pong15 := make(chan *Node)
	go func() {
		for nd := range ping15 {
			nd.Val = mix(nd.Val, id)
			nd.Next = &Node{Val: nd.Val % 7, Next: nd.Next}
			pong15 <- nd
		}
	}()
	pn15 := &Node{Val: 77}
	for i := 0; i < 8; i++ {
		ping15 <- pn15
		pn15 = <-pong15
	}
	close(ping15)
	acc = mix(acc, sumList(pn15))
	return acc
}

func w3(id int) (acc int) {
	acc = id + 15
	var ea16 [3]Edge
	for i := range ea16 {
		ea16[i] = Edge{To: &Node{Val: i + 55}, W: i + 1}
	}
	eb16 := ea16
	ea16[1].To = nil
	garbage(9)
	pause(1)
	for _, e := range eb16 {
		acc = mix(acc, e.To.Val*e.W)
	}
	acc = mix(acc, sumList(onceList()))
	big18 := make([]int, 5952)
	for i := 0; i < len(big18); i += 143 {
		big18[i] = i % 76
	}
	bs18 := 0
	for _, x := range big18 {
		bs18 += x
	}
	acc = mix(acc, bs18)
	tk19 := time.NewTicker(13 * time.Microsecond)
	for i := 0; i < 4; i++ {
		<-tk19.C
	}
	tk19.Stop()
	tm19 := time.NewTimer(2 * time.Microsecond)
	<-tm19.C
	acc = mix(acc, 4)
	sc20 := make(chan int, 1)
	go func() {
		for i := 0; i < 2; i++ {
			sc20 <- i*19 + garbage(3)
		}
	}()
	for got := 0; got < 2; {
		select {
		case v := <-sc20:
			acc = mix(acc, v)
			got++
		default:
			runtime.Gosched()
		}
	}
	t21 := buildTree(3, id+82)
	acc = mix(acc, sumTree(t21))
	return acc
}

func w4(id int) (acc int) {
	acc = id + 7
	acc = mix(acc, deep(125, &Node{Val: 23}))
	rc23 := make(chan *Node, 2)
	for j := 0; j < 13; j++ {
		go func(j int) {
			rc23 <- &Node{Val: j * 22, Next: buildList(j%4, j)}
		}(j)
	}
	rs23 := 0
	for j := 0; j < 13; j++ {
		nd := <-rc23
		rs23 = (rs23 + nd.Val + sumList(nd.Next)) % 1000003
	}
	acc = mix(acc, rs23)
	xs24 := []interface{}{&Node{Val: 36}, id, "s36", Pair{id, 36}, buildList(4, 36)}
	garbage(25)
	for _, x := range xs24 {
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
	acc = mix(acc, safeDiv(acc+22, id%2))
	defer addList(buildList(8, 6+id))
	garbage(16)
	acc = mix(acc, deep(477, &Node{Val: 30}))
	var vs28 []Valuer
	for i := 0; i < 4; i++ {
		if i%3 == 0 {
			vs28 = append(vs28, &Node{Val: i + 33, Data: make([]int, i%3)})
		} else {
			vs28 = append(vs28, Pair{i, 33})
		}
	}
	pause(0)
	for _, v := range vs28 {
		acc = mix(acc, v.Value())
	}
	return acc
}

func main() {
	gA.P = buildList(1, 1)
	gB.P = buildList(10, 2)
	for i := 0; i < 8; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(10, done)
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
