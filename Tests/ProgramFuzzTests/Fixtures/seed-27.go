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
	acc = id + 28
	runtime.GOMAXPROCS(4)
	acc = mix(acc, sumList(onceList()))
	a3 := buildList(24, 22+id)
	b3 := &Holder{}
	b3.P = a3.Next
	a3.Next = nil
	pause(1)
	garbage(39)
	acc = mix(acc, sumList(a3)+sumList(b3.P))
	defer addList(buildList(11, 80+id))
	garbage(28)
	return acc
}

func w1(id int) (acc int) {
	acc = id + 17
	em5 := map[int]Edge{}
	for i := 0; i < 2; i++ {
		em5[i] = Edge{To: &Node{Val: i + 84}, W: i % 5}
	}
	garbage(16)
	pause(1)
	es5 := 0
	for _, e := range em5 {
		es5 = (es5 + e.To.Val*e.W) % 1000003
	}
	acc = mix(acc, es5)
	em6 := map[int]Edge{}
	for i := 0; i < 13; i++ {
		em6[i] = Edge{To: &Node{Val: i + 11}, W: i % 5}
	}
	garbage(17)
	pause(2)
	es6 := 0
	for _, e := range em6 {
		es6 = (es6 + e.To.Val*e.W) % 1000003
	}
	acc = mix(acc, es6)
	count(72 + id)
	runtime.GOMAXPROCS(4)
	mp9 := map[int]*Node{}
	for i := 0; i < 8; i++ {
		mp9[i] = &Node{Val: i*20 + id}
	}
	for i := 0; i < 8; i += 3 {
		delete(mp9, i)
	}
	pause(1)
	s9 := 0
	for key, v := range mp9 {
		s9 = (s9 + key*v.Val) % 1000003
	}
	acc = mix(acc, s9+len(mp9))
	return acc
}

func w2(id int) (acc int) {
	acc = id + 49
	h10 := buildList(15, 70)
	o10 := &Node{Val: id}
	t10 := buildTree(2, 70)
	for i := 0; i < 5; i++ {
		h10.Next, o10.Next = o10.Next, h10.Next
		t10.Left, t10.Right = t10.Right, t10.Left
		if i%2 == 0 {
			pause(i)
		}
		garbage(7)
	}
	acc = mix(acc, sumList(h10)+sumList(o10)+sumTree(t10))
	var vs11 []Valuer
	for i := 0; i < 11; i++ {
		if i%3 == 0 {
			vs11 = append(vs11, &Node{Val: i + 21, Data: make([]int, i%3)})
		} else {
			vs11 = append(vs11, Pair{i, 21})
		}
	}
	pause(1)
	for _, v := range vs11 {
		acc = mix(acc, v.Value())
	}
	count(79 + id)
	p13 := &Node{Val: 27}
	f13 := func(d int) int {
		p13.Val = (p13.Val + d) % 1009
		return p13.Val
	}
	for i := 0; i < 20; i++ {
		acc = mix(acc, f13(i))
	}
	return acc
}

func w3(id int) (acc int) {
	acc = id + 7
	sq14 := make(chan *Node, 3)
	ss14 := 0
	for i := 0; i < 6; {
		select {
		case sq14 <- &Node{Val: i * 19}:
			i++
		case nd := <-sq14:
			ss14 = (ss14 + nd.Val) % 1000003
		}
	}
	close(sq14)
	for nd := range sq14 {
		ss14 = (ss14 + nd.Val) % 1000003
	}
	acc = mix(acc, ss14)
	var vs15 []Valuer
	for i := 0; i < 3; i++ {
		if i%2 == 0 {
			vs15 = append(vs15, &Node{Val: i + 96, Data: make([]int, i%3)})
		} else {
			vs15 = append(vs15, Pair{i, 96})
		}
	}
	pause(2)
	for _, v := range vs15 {
		acc = mix(acc, v.Value())
	}
	big16 := make([]int, 4689)
	for i := 0; i < len(big16); i += 238 {
		big16[i] = i % 52
	}
	bs16 := 0
	for _, x := range big16 {
		bs16 += x
	}
	acc = mix(acc, bs16)
	big17 := make([]int, 4636)
	for i := 0; i < len(big17); i += 108 {
		big17[i] = i % 35
	}
	bs17 := 0
	for _, x := range big17 {
		bs17 += x
	}
	acc = mix(acc, bs17)
	sc18 := make(chan int, 2)
	go func() {
		for i := 0; i < 4; i++ {
			sc18 <- i*84 + garbage(3)
		}
	}()
	for got := 0; got < 4; {
		select {
		case v := <-sc18:
			acc = mix(acc, v)
			got++
		default:
			runtime.Gosched()
		}
	}
	dp19 := &Node{Val: 1}
	defer func() {
		acc = mix(acc, dp19.Val)
	}()
	acc = mix(acc, safeDiv(acc+53, id%1))
	return acc
}

func main() {
	gA.P = buildList(9, 1)
	gB.P = buildList(10, 2)
	for i := 0; i < 2; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(36, done)
	fns := []func(int) int{w0, w1, w2, w3}
	results := make([]int, len(fns))
	ch := make(chan Res, 1)
	for i, f := range fns {
		go func(i int, f func(int) int) {
			ch <- Res{i, f(i)}
		}(i, f)
	}
	for k := 0; k < len(fns); k++ {
		r := <-ch
		results[r.ID] = r.V
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
