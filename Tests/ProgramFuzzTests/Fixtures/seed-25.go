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
	tc1 := make(chan *Node)
	go func() {
		for i := 0; i < 8; i++ {
			time.Sleep(time.Duration(i%3) * time.Microsecond)
			tc1 <- &Node{Val: i + 71}
		}
	}()
	for got := 0; got < 8; {
		select {
		case nd := <-tc1:
			acc = mix(acc, nd.Val)
			got++
		case <-time.After(40 * time.Microsecond):
		}
	}
	em2 := map[int]Edge{}
	for i := 0; i < 15; i++ {
		em2[i] = Edge{To: &Node{Val: i + 9}, W: i % 5}
	}
	garbage(12)
	pause(2)
	es2 := 0
	for _, e := range em2 {
		es2 = (es2 + e.To.Val*e.W) % 1000003
	}
	acc = mix(acc, es2)
	a3 := buildList(8, 75+id)
	b3 := &Holder{}
	b3.P = a3.Next
	a3.Next = nil
	pause(0)
	garbage(40)
	acc = mix(acc, sumList(a3)+sumList(b3.P))
	var vs4 []Valuer
	for i := 0; i < 8; i++ {
		if i%2 == 0 {
			vs4 = append(vs4, &Node{Val: i + 48, Data: make([]int, i%3)})
		} else {
			vs4 = append(vs4, Pair{i, 48})
		}
	}
	pause(0)
	for _, v := range vs4 {
		acc = mix(acc, v.Value())
	}
	p5 := &Node{Val: 87}
	f5 := func(d int) int {
		p5.Val = (p5.Val + d) % 1009
		return p5.Val
	}
	for i := 0; i < 7; i++ {
		acc = mix(acc, f5(i))
	}
	return acc
}

func w1(id int) (acc int) {
	acc = id + 28
	count(5 + id)
	acc = mix(acc, deep(314, &Node{Val: 76}))
	gMu.Lock()
	gAny = &Node{Val: 77, Next: buildList(4, id)}
	gMu.Unlock()
	l9 := buildList(1, id+26)
	acc = mix(acc, sumList(l9))
	return acc
}

func w2(id int) (acc int) {
	acc = id + 49
	acc = mix(acc, sumList(onceList()))
	time.Sleep(18 * time.Microsecond)
	var mu12 sync.Mutex
	var wgm12 sync.WaitGroup
	var shared12 *Node
	for j := 0; j < 2; j++ {
		wgm12.Add(1)
		go func(j int) {
			defer wgm12.Done()
			for r := 0; r < 1; r++ {
				mu12.Lock()
				shared12 = &Node{Val: j*10 + r, Next: shared12}
				if r%2 == 0 {
					runtime.Gosched()
				}
				mu12.Unlock()
			}
		}(j)
	}
	wgm12.Wait()
	ms12 := 0
	for p := shared12; p != nil; p = p.Next {
		ms12 = (ms12 + p.Val) % 1000003
	}
	acc = mix(acc, ms12)
	return acc
}

func w3(id int) (acc int) {
	acc = id + 7
	t13 := buildTree(3, id+88)
	acc = mix(acc, sumTree(t13))
	var vs14 []Valuer
	for i := 0; i < 24; i++ {
		if i%2 == 0 {
			vs14 = append(vs14, &Node{Val: i + 68, Data: make([]int, i%3)})
		} else {
			vs14 = append(vs14, Pair{i, 68})
		}
	}
	pause(0)
	for _, v := range vs14 {
		acc = mix(acc, v.Value())
	}
	tc15 := make(chan *Node)
	go func() {
		for i := 0; i < 5; i++ {
			time.Sleep(time.Duration(i%3) * time.Microsecond)
			tc15 <- &Node{Val: i + 81}
		}
	}()
	for got := 0; got < 5; {
		select {
		case nd := <-tc15:
			acc = mix(acc, nd.Val)
			got++
		case <-time.After(21 * time.Microsecond):
		}
	}
	return acc
}

func w4(id int) (acc int) {
	acc = id + 6
	tc16 := make(chan *Node)
	go func() {
		for i := 0; i < 4; i++ {
			time.Sleep(time.Duration(i%3) * time.Microsecond)
			tc16 <- &Node{Val: i + 35}
		}
	}()
	for got := 0; got < 4; {
		select {
		case nd := <-tc16:
			acc = mix(acc, nd.Val)
			got++
		case <-time.After(45 * time.Microsecond):
		}
	}
	big17 := make([]int, 5332)
	for i := 0; i < len(big17); i += 69 {
		big17[i] = i % 94
	}
	bs17 := 0
	for _, x := range big17 {
		bs17 += x
	}
	acc = mix(acc, bs17)
	ch18 := make(chan *Node, 2)
	go func() {
		for i := 0; i < 1; i++ {
			ch18 <- &Node{Val: i*61 + id, Next: buildList(i%3, i)}
		}
		close(ch18)
	}()
	garbage(7)
	for nd := range ch18 {
		acc = mix(acc, nd.Val+sumList(nd.Next))
	}
	var wg19 sync.WaitGroup
	outs19 := make([]*Node, 1)
	for j := 0; j < 1; j++ {
		wg19.Add(1)
		go func(j int) {
			defer wg19.Done()
			pause(j + 1)
			outs19[j] = buildList(6, j+26)
		}(j)
	}
	wg19.Wait()
	for _, o := range outs19 {
		acc = mix(acc, sumList(o))
	}
	return acc
}

func main() {
	gA.P = buildList(9, 1)
	gB.P = buildList(6, 2)
	for i := 0; i < 8; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(38, done)
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
