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
var gSlots [2]*Node
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
	acc = id + 39
	x1 := &Node{Val: 43, Data: []int{id, 43}}
	hold1 := &Holder{}
	hold1.P = x1
	hold1.V = x1
	x1 = nil
	garbage(16)
	pause(2)
	acc = mix(acc, hold1.P.Val+hold1.V.Value())
	pc2 := make(chan int)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				pc2 <- 27
			}
		}()
		var np *Node
		pc2 <- np.Val
	}()
	acc = mix(acc, <-pc2)
	em3 := map[int]Edge{}
	for i := 0; i < 20; i++ {
		em3[i] = Edge{To: &Node{Val: i + 92}, W: i % 5}
	}
	garbage(33)
	pause(1)
	es3 := 0
	for _, e := range em3 {
		es3 = (es3 + e.To.Val*e.W) % 1000003
	}
	acc = mix(acc, es3)
	mn4 := &Node{Val: 97, Data: []int{1, 2}}
	mv4 := mn4.Value
	mn4 = nil
	garbage(31)
	pause(1)
	acc = mix(acc, mv4())
	a5 := buildList(7, 63+id)
	b5 := &Holder{}
	b5.P = a5.Next
	a5.Next = nil
	pause(2)
	garbage(12)
	acc = mix(acc, sumList(a5)+sumList(b5.P))
	return acc
}

func w1(id int) (acc int) {
	acc = id + 27
	var wg6 sync.WaitGroup
	outs6 := make([]*Node, 3)
	for j := 0; j < 3; j++ {
		wg6.Add(1)
		go func(j int) {
			defer wg6.Done()
			pause(j + 0)
			outs6[j] = buildList(4, j+60)
		}(j)
	}
	wg6.Wait()
	for _, o := range outs6 {
		acc = mix(acc, sumList(o))
	}
	sc7 := make(chan int, 1)
	go func() {
		for i := 0; i < 2; i++ {
			sc7 <- i*50 + garbage(3)
		}
	}()
	for got := 0; got < 2; {
		select {
		case v := <-sc7:
			acc = mix(acc, v)
			got++
		default:
			runtime.Gosched()
		}
	}
	ping8 := make(chan *Node)
	pong8 := make(chan *Node)
	go func() {
		for nd := range ping8 {
			nd.Val = mix(nd.Val, id)
			nd.Next = &Node{Val: nd.Val % 7, Next: nd.Next}
			pong8 <- nd
		}
	}()
	pn8 := &Node{Val: 15}
	for i := 0; i < 6; i++ {
		ping8 <- pn8
		pn8 = <-pong8
	}
	close(ping8)
	acc = mix(acc, sumList(pn8))
	gSlots[id] = buildList(23, 4+id)
	l9 := gSlots[id]
	gSlots[id] = nil
	pause(2)
	gSlots[id] = l9
	acc = mix(acc, sumList(gSlots[id]))
	runtime.GOMAXPROCS(2)
	time.Sleep(20 * time.Microsecond)
	lx12 := id
	for i := 0; i < 12235; i++ {
		lx12 = (lx12*31 + i) % 1000003
	}
	acc = mix(acc, lx12)
	return acc
}

func main() {
	gA.P = buildList(9, 1)
	gB.P = buildList(8, 2)
	for i := 0; i < 0; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(39, done)
	fns := []func(int) int{w0, w1}
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
