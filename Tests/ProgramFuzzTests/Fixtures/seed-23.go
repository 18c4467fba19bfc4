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
	acc = id + 48
	l1 := buildList(17, id+16)
	acc = mix(acc, sumList(l1))
	addTotal(31 * id)
	acc = mix(acc, sumList(onceList()))
	l4 := buildList(35, id+40)
	acc = mix(acc, sumList(l4))
	var vs5 []Valuer
	for i := 0; i < 6; i++ {
		if i%3 == 0 {
			vs5 = append(vs5, &Node{Val: i + 15, Data: make([]int, i%3)})
		} else {
			vs5 = append(vs5, Pair{i, 15})
		}
	}
	pause(1)
	for _, v := range vs5 {
		acc = mix(acc, v.Value())
	}
	t6 := buildTree(3, id+33)
	acc = mix(acc, sumTree(t6))
	var vs7 []Valuer
	for i := 0; i < 15; i++ {
		if i%2 == 0 {
			vs7 = append(vs7, &Node{Val: i + 84, Data: make([]int, i%3)})
		} else {
			vs7 = append(vs7, Pair{i, 84})
		}
	}
	pause(2)
	for _, v := range vs7 {
		acc = mix(acc, v.Value())
	}
	return acc
}

func w1(id int) (acc int) {
	acc = id + 45
	var wg8 sync.WaitGroup
	outs8 := make([]*Node, 5)
	for j := 0; j < 5; j++ {
		wg8.Add(1)
		go func(j int) {
			defer wg8.Done()
			pause(j + 2)
			outs8[j] = buildList(7, j+48)
		}(j)
	}
	wg8.Wait()
	for _, o := range outs8 {
		acc = mix(acc, sumList(o))
	}
	ping9 := make(chan *Node)
	pong9 := make(chan *Node)
	go func() {
		for nd := range ping9 {
			nd.Val = mix(nd.Val, id)
			nd.Next = &Node{Val: nd.Val % 7, Next: nd.Next}
			pong9 <- nd
		}
	}()
	pn9 := &Node{Val: 82}
	for i := 0; i < 5; i++ {
		ping9 <- pn9
		pn9 = <-pong9
	}
	close(ping9)
	acc = mix(acc, sumList(pn9))
	mn10 := &Node{Val: 23, Data: []int{1, 2}}
	mv10 := mn10.Value
	mn10 = nil
	garbage(51)
	pause(2)
	acc = mix(acc, mv10())
	em11 := map[int]Edge{}
	for i := 0; i < 20; i++ {
		em11[i] = Edge{To: &Node{Val: i + 11}, W: i % 5}
	}
	garbage(35)
	pause(1)
	es11 := 0
	for _, e := range em11 {
		es11 = (es11 + e.To.Val*e.W) % 1000003
	}
	acc = mix(acc, es11)
	return acc
}

func w2(id int) (acc int) {
	acc = id + 38
	sq12 := make(chan *Node, 2)
	ss12 := 0
	for i := 0; i < 4; {
		select {
		case sq12 <- &Node{Val: i * 53}:
			i++
		case nd := <-sq12:
			ss12 = (ss12 + nd.Val) % 1000003
		}
	}
	close(sq12)
	for nd := range sq12 {
		ss12 = (ss12 + nd.Val) % 1000003
	}
	acc = mix(acc, ss12)
	p13 := &Node{Val: 38}
	f13 := func(d int) int {
		p13.Val = (p13.Val + d) % 1009
		return p13.Val
	}
	for i := 0; i < 8; i++ {
		acc = mix(acc, f13(i))
	}
	runtime.GOMAXPROCS(3)
	return acc
}

func w3(id int) (acc int) {
	acc = id + 45
	mn15 := &Node{Val: 21, Data: []int{1, 2}}
	mv15 := mn15.Value
	mn15 = nil
	garbage(19)
	pause(1)
	acc = mix(acc, mv15())
	m16 := make(map[int][]int)
	for i := 0; i < 29; i++ {
		m16[i%4] = append(m16[i%4], i*78+id)
	}
	s16 := 0
	for key, vs := range m16 {
		s16 += key * len(vs)
		for _, x := range vs {
			s16 = (s16 + x) % 1000003
		}
	}
	acc = mix(acc, s16)
	addTotal(7 * id)
	return acc
}

func main() {
	gA.P = buildList(10, 1)
	gB.P = buildList(2, 2)
	for i := 0; i < 8; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(22, done)
	fns := []func(int) int{w0, w1, w2, w3}
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
