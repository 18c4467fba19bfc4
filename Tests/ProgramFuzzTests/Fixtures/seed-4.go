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
	acc = id + 25
	str1 := ""
	for i := 0; i < 6; i++ {
		str1 += fmt.Sprint(i*76)
	}
	hm1 := &Holder{M: map[int]*Node{}}
	hm1.M[76] = &Node{Val: len(str1)}
	hm1.F = func() int { return hm1.M[76].Val }
	pause(1)
	acc = mix(acc, hm1.F())
	gSlots[id] = buildList(22, 13+id)
	l2 := gSlots[id]
	gSlots[id] = nil
	pause(0)
	gSlots[id] = l2
	acc = mix(acc, sumList(gSlots[id]))
	lx3 := id
	for i := 0; i < 13201; i++ {
		lx3 = (lx3*31 + i) % 1000003
	}
	acc = mix(acc, lx3)
	lx4 := id
	for i := 0; i < 24919; i++ {
		lx4 = (lx4*31 + i) % 1000003
	}
	acc = mix(acc, lx4)
	big5 := make([]int, 4650)
	for i := 0; i < len(big5); i += 96 {
		big5[i] = i % 75
	}
	bs5 := 0
	for _, x := range big5 {
		bs5 += x
	}
	acc = mix(acc, bs5)
	defer addList(buildList(11, 74+id))
	garbage(29)
	ch7 := make(chan *Node, 3)
	go func() {
		for i := 0; i < 16; i++ {
			ch7 <- &Node{Val: i*80 + id, Next: buildList(i%3, i)}
		}
		close(ch7)
	}()
	garbage(19)
	for nd := range ch7 {
		acc = mix(acc, nd.Val+sumList(nd.Next))
	}
	return acc
}

func w1(id int) (acc int) {
	acc = id + 42
	gSlots[id] = buildList(5, 67+id)
	l8 := gSlots[id]
	gSlots[id] = nil
	pause(2)
	gSlots[id] = l8
	acc = mix(acc, sumList(gSlots[id]))
	fs9 := []func() int{}
	for i := 0; i < 7; i++ {
		q := &Node{Val: i*6 + id}
		fs9 = append(fs9, func() int { return q.Val + id })
	}
	garbage(39)
	for _, f := range fs9 {
		acc = mix(acc, f())
	}
	tk10 := time.NewTicker(7 * time.Microsecond)
	for i := 0; i < 3; i++ {
		<-tk10.C
	}
	tk10.Stop()
	tm10 := time.NewTimer(13 * time.Microsecond)
	<-tm10.C
	acc = mix(acc, 3)
	tk11 := time.NewTicker(19 * time.Microsecond)
	for i := 0; i < 4; i++ {
		<-tk11.C
	}
	tk11.Stop()
	tm11 := time.NewTimer(7 * time.Microsecond)
	<-tm11.C
	acc = mix(acc, 4)
	var vs12 []Valuer
	for i := 0; i < 12; i++ {
		if i%3 == 0 {
			vs12 = append(vs12, &Node{Val: i + 13, Data: make([]int, i%3)})
		} else {
			vs12 = append(vs12, Pair{i, 13})
		}
	}
	pause(2)
	for _, v := range vs12 {
		acc = mix(acc, v.Value())
	}
	em13 := map[int]Edge{}
	for i := 0; i < 4; i++ {
		em13[i] = Edge{To: &Node{Val: i + 49}, W: i % 5}
	}
	garbage(8)
	pause(0)
	es13 := 0
	for _, e := range em13 {
		es13 = (es13 + e.To.Val*e.W) % 1000003
	}
	acc = mix(acc, es13)
	lx14 := id
	for i := 0; i < 3160; i++ {
		lx14 = (lx14*31 + i) % 1000003
	}
	acc = mix(acc, lx14)
	return acc
}

func main() {
	gA.P = buildList(6, 1)
	gB.P = buildList(9, 2)
	for i := 0; i < 1; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(9, done)
	fns := []func(int) int{w0, w1}
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
