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
	acc = id + 7
	ch1 := make(chan *Node, 2)
	go func() {
		for i := 0; i < 1; i++ {
			ch1 <- &Node{Val: i*89 + id, Next: buildList(i%3, i)}
		}
		close(ch1)
	}()
	garbage(21)
	for nd := range ch1 {
		acc = mix(acc, nd.Val+sumList(nd.Next))
	}
	em2 := map[int]Edge{}
	for i := 0; i < 8; i++ {
		em2[i] = Edge{To: &Node{Val: i + 95}, W: i % 5}
	}
	garbage(15)
	pause(0)
	es2 := 0
	for _, e := range em2 {
		es2 = (es2 + e.To.Val*e.W) % 1000003
	}
	acc = mix(acc, es2)
	acc = mix(acc, sumList(onceList()))
	acc = mix(acc, sumList(onceList()))
	var wg5 sync.WaitGroup
	outs5 := make([]*Node, 4)
	for j := 0; j < 4; j++ {
		wg5.Add(1)
		go func(j int) {
			defer wg5.Done()
			pause(j + 1)
			outs5[j] = buildList(5, j+87)
		}(j)
	}
	wg5.Wait()
	for _, o := range outs5 {
		acc = mix(acc, sumList(o))
	}
	xs6 := []interface{}{&Node{Val: 27}, id, "s27", Pair{id, 27}, buildList(2, 27)}
	garbage(18)
	for _, x := range xs6 {
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

func w1(id int) (acc int) {
	acc = id + 17
	tk7 := time.NewTicker(11 * time.Microsecond)
	for i := 0; i < 2; i++ {
		<-tk7.C
	}
	tk7.Stop()
	tm7 := time.NewTimer(12 * time.Microsecond)
	<-tm7.C
	acc = mix(acc, 2)
	dp8 := &Node{Val: 26}
	defer func() {
		acc = mix(acc, dp8.Val)
	}()
	nap(1)
	xs10 := []interface{}{&Node{Val: 52}, id, "s52", Pair{id, 52}, buildList(2, 52)}
	garbage(36)
	for _, x := range xs10 {
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
	ptrs11 := make([]*Node, 4685)
	for i := 0; i < len(ptrs11); i += 117 {
		ptrs11[i] = &Node{Val: i % 89}
	}
	garbage(10)
	pause(0)
	ps11 := 0
	for i := 0; i < len(ptrs11); i += 117 {
		ps11 = (ps11 + ptrs11[i].Val) % 1000003
	}
	acc = mix(acc, ps11)
	tc12 := make(chan *Node)
	go func() {
		for i := 0; i < 5; i++ {
			time.Sleep(time.Duration(i%3) * time.Microsecond)
			tc12 <- &Node{Val: i + 14}
		}
	}()
	for got := 0; got < 5; {
		select {
		case nd := <-tc12:
			acc = mix(acc, nd.Val)
			got++
		case <-time.After(37 * time.Microsecond):
		}
	}
	big13 := make([]int, 5538)
	for i := 0; i < len(big13); i += 101 {
		big13[i] = i % 90
	}
	bs13 := 0
	for _, x := range big13 {
		bs13 += x
	}
	acc = mix(acc, bs13)
	return acc
}

func w2(id int) (acc int) {
	acc = id + 25
	rc14 := make(chan *Node, 0)
	for j := 0; j < 27; j++ {
		go func(j int) {
			rc14 <- &Node{Val: j * 7, Next: buildList(j%4, j)}
		}(j)
	}
	rs14 := 0
	for j := 0; j < 27; j++ {
		nd := <-rc14
		rs14 = (rs14 + nd.Val + sumList(nd.Next)) % 1000003
	}
	acc = mix(acc, rs14)
	defer addList(buildList(11, 94+id))
	garbage(21)
	ptrs16 := make([]*Node, 4652)
	for i := 0; i < len(ptrs16); i += 105 {
		ptrs16[i] = &Node{Val: i % 28}
	}
	garbage(11)
	pause(0)
	ps16 := 0
	for i := 0; i < len(ptrs16); i += 105 {
		ps16 = (ps16 + ptrs16[i].Val) % 1000003
	}
	acc = mix(acc, ps16)
	m17 := make(map[int][]int)
	for i := 0; i < 18; i++ {
		m17[i%1] = append(m17[i%1], i*80+id)
	}
	s17 := 0
	for key, vs := range m17 {
		s17 += key * len(vs)
		for _, x := range vs {
			s17 = (s17 + x) % 1000003
		}
	}
	acc = mix(acc, s17)
	a18 := buildList(18, 59+id)
	b18 := &Holder{}
	b18.P = a18.Next
	a18.Next = nil
	pause(0)
	garbage(5)
	acc = mix(acc, sumList(a18)+sumList(b18.P))
	big19 := make([]int, 4737)
	for i := 0; i < len(big19); i += 143 {
		big19[i] = i % 24
	}
	bs19 := 0
	for _, x := range big19 {
		bs19 += x
	}
	acc = mix(acc, bs19)
	dp20 := &Node{Val: 76}
	defer func() {
		acc = mix(acc, dp20.Val)
	}()
	return acc
}

func w3(id int) (acc int) {
	acc = id + 6
	tc21 := make(chan *Node)
	go func() {
		for i := 0; i < 2; i++ {
			time.Sleep(time.Duration(i%3) * time.Microsecond)
			tc21 <- &Node{Val: i + 93}
		}
	}()
	for got := 0; got < 2; {
		select {
		case nd := <-tc21:
			acc = mix(acc, nd.Val)
			got++
		case <-time.After(44 * time.Microsecond):
		}
	}
	pc22 := make(chan int)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				pc22 <- 3
			}
		}()
		var np *Node
		pc22 <- np.Val
	}()
	acc = mix(acc, <-pc22)
	h23 := buildList(19, 26)
	o23 := &Node{Val: id}
	t23 := buildTree(3, 26)
	for i := 0; i < 10; i++ {
		h23.Next, o23.Next = o23.Next, h23.Next
		t23.Left, t23.Right = t23.Right, t23.Left
		if i%3 == 0 {
			pause(i)
		}
		garbage(4)
	}
	acc = mix(acc, sumList(h23)+sumList(o23)+sumTree(t23))
	return acc
}

func main() {
	gA.P = buildList(9, 1)
	gB.P = buildList(6, 2)
	for i := 0; i < 4; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(35, done)
	fns := []func(int) int{w0, w1, w2, w3}
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
