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
	acc = id + 14
	t1 := buildTree(6, id+62)
	acc = mix(acc, sumTree(t1))
	fs2 := []func() int{}
	for i := 0; i < 1; i++ {
		q := &Node{Val: i*68 + id}
		fs2 = append(fs2, func() int { return q.Val + id })
	}
	garbage(37)
	for _, f := range fs2 {
		acc = mix(acc, f())
	}
	tk3 := time.NewTicker(14 * time.Microsecond)
	for i := 0; i < 3; i++ {
		<-tk3.C
	}
	tk3.Stop()
	tm3 := time.NewTimer(13 * time.Microsecond)
	<-tm3.C
	acc = mix(acc, 3)
	big4 := make([]int, 5929)
	for i := 0; i < len(big4); i += 220 {
		big4[i] = i % 38
	}
	bs4 := 0
	for _, x := range big4 {
		bs4 += x
	}
	acc = mix(acc, bs4)
	return acc
}

func w1(id int) (acc int) {
	acc = id + 48
	sc5 := make(chan int, 2)
	go func() {
		for i := 0; i < 9; i++ {
			sc5 <- i*64 + garbage(3)
		}
	}()
	for got := 0; got < 9; {
		select {
		case v := <-sc5:
			acc = mix(acc, v)
			got++
		default:
			runtime.Gosched()
		}
	}
	nap(25)
	h7 := buildList(12, 92)
	o7 := &Node{Val: id}
	t7 := buildTree(4, 92)
	for i := 0; i < 10; i++ {
		h7.Next, o7.Next = o7.Next, h7.Next
		t7.Left, t7.Right = t7.Right, t7.Left
		if i%4 == 0 {
			pause(i)
		}
		garbage(9)
	}
	acc = mix(acc, sumList(h7)+sumList(o7)+sumTree(t7))
	acc = mix(acc, safeDiv(acc+84, id%1))
	m9 := make(map[int][]int)
	for i := 0; i < 17; i++ {
		m9[i%6] = append(m9[i%6], i*47+id)
	}
	s9 := 0
	for key, vs := range m9 {
		s9 += key * len(vs)
		for _, x := range vs {
			s9 = (s9 + x) % 1000003
		}
	}
	acc = mix(acc, s9)
	ch10 := make(chan *Node, 0)
	go func() {
		for i := 0; i < 8; i++ {
			ch10 <- &Node{Val: i*79 + id, Next: buildList(i%3, i)}
		}
		close(ch10)
	}()
	garbage(23)
	for nd := range ch10 {
		acc = mix(acc, nd.Val+sumList(nd.Next))
	}
	return acc
}

func w2(id int) (acc int) {
	acc = id + 14
	ch11 := make(chan *Node, 0)
	go func() {
		for i := 0; i < 19; i++ {
			ch11 <- &Node{Val: i*70 + id, Next: buildList(i%3, i)}
		}
		close(ch11)
	}()
	garbage(29)
	for nd := range ch11 {
		acc = mix(acc, nd.Val+sumList(nd.Next))
	}
	count(67 + id)
	tc13 := make(chan *Node)
	go func() {
		for i := 0; i < 5; i++ {
			time.Sleep(time.Duration(i%3) * time.Microsecond)
			tc13 <- &Node{Val: i + 52}
		}
	}()
	for got := 0; got < 5; {
		select {
		case nd := <-tc13:
			acc = mix(acc, nd.Val)
			got++
		case <-time.After(6 * time.Microsecond):
		}
	}
	a14 := buildList(12, 43+id)
	b14 := &Holder{}
	b14.P = a14.Next
	a14.Next = nil
	pause(2)
	garbage(18)
	acc = mix(acc, sumList(a14)+sumList(b14.P))
	return acc
}

func w3(id int) (acc int) {
	acc = id + 20
	count(76 + id)
	em16 := map[int]Edge{}
	for i := 0; i < 19; i++ {
		em16[i] = Edge{To: &Node{Val: i + 75}, W: i % 5}
	}
	garbage(27)
	pause(0)
	es16 := 0
	for _, e := range em16 {
		es16 = (es16 + e.To.Val*e.W) % 1000003
	}
	acc = mix(acc, es16)
	gSlots[id] = buildList(15, 72+id)
	l17 := gSlots[id]
	gSlots[id] = nil
	pause(2)
	gSlots[id] = l17
	acc = mix(acc, sumList(gSlots[id]))
	runtime.GOMAXPROCS(2)
	return acc
}

func w4(id int) (acc int) {
	acc = id + 36
	nap(29)
	fs20 := []func() int{}
	for i := 0; i < 7; i++ {
		q := &Node{Val: i*83 + id}
		fs20 = append(fs20, func() int { return q.Val + id })
	}
	garbage(7)
	for _, f := range fs20 {
		acc = mix(acc, f())
	}
	gSlots[id] = buildList(7, 4+id)
	l21 := gSlots[id]
	gSlots[id] = nil
	pause(1)
	gSlots[id] = l21
	acc = mix(acc, sumList(gSlots[id]))
	return acc
}

func main() {
	gA.P = buildList(10, 1)
	gB.P = buildList(9, 2)
	for i := 0; i < 3; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(18, done)
	fns := []func(int) int{w0, w1, w2, w3, w4}
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
