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
	acc = id + 25
	gSlots[id] = buildList(15, 13+id)
	l1 := gSlots[id]
	gSlots[id] = nil
	pause(0)
	gSlots[id] = l1
	acc = mix(acc, sumList(gSlots[id]))
	count(3 + id)
	runtime.GOMAXPROCS(1)
	defer addList(buildList(3, 87+id))
	garbage(6)
	gSlots[id] = buildList(24, 56+id)
	l5 := gSlots[id]
	gSlots[id] = nil
	pause(2)
	gSlots[id] = l5
	acc = mix(acc, sumList(gSlots[id]))
	x6 := &Node{Val: 63, Data: []int{id, 63}}
	hold6 := &Holder{}
	hold6.P = x6
	hold6.V = x6
	x6 = nil
	garbage(35)
	pause(0)
	acc = mix(acc, hold6.P.Val+hold6.V.Value())
	return acc
}

func w1(id int) (acc int) {
	acc = id + 28
	var vs7 []Valuer
	for i := 0; i < 22; i++ {
		if i%3 == 0 {
			vs7 = append(vs7, &Node{Val: i + 15, Data: make([]int, i%3)})
		} else {
			vs7 = append(vs7, Pair{i, 15})
		}
	}
	pause(1)
	for _, v := range vs7 {
		acc = mix(acc, v.Value())
	}
	xs8 := []interface{}{&Node{Val: 78}, id, "s78", Pair{id, 78}, buildList(2, 78)}
	garbage(11)
	for _, x := range xs8 {
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
	runtime.GC()
	return acc
}

func w2(id int) (acc int) {
	acc = id + 32
	var wg10 sync.WaitGroup
	outs10 := make([]*Node, 5)
	for j := 0; j < 5; j++ {
		wg10.Add(1)
		go func(j int) {
			defer wg10.Done()
			pause(j + 0)
			outs10[j] = buildList(6, j+23)
		}(j)
	}
	wg10.Wait()
	for _, o := range outs10 {
		acc = mix(acc, sumList(o))
	}
	l11 := buildList(12, id+72)
	acc = mix(acc, sumList(l11))
	var vs12 []Valuer
	for i := 0; i < 3; i++ {
		if i%3 == 0 {
			vs12 = append(vs12, &Node{Val: i + 40, Data: make([]int, i%3)})
		} else {
			vs12 = append(vs12, Pair{i, 40})
		}
	}
	pause(0)
	for _, v := range vs12 {
		acc = mix(acc, v.Value())
	}
	return acc
}

func w3(id int) (acc int) {
	acc = id + 31
	h13 := buildList(5, 3)
	o13 := &Node{Val: id}
	t13 := buildTree(2, 3)
	for i := 0; i < 10; i++ {
		h13.Next, o13.Next = o13.Next, h13.Next
		t13.Left, t13.Right = t13.Right, t13.Left
		if i%4 == 0 {
			pause(i)
		}
		garbage(12)
	}
	acc = mix(acc, sumList(h13)+sumList(o13)+sumTree(t13))
	big14 := make([]int, 4920)
	for i := 0; i < len(big14); i += 136 {
		big14[i] = i % 3
	}
	bs14 := 0
	for _, x := range big14 {
		bs14 += x
	}
	acc = mix(acc, bs14)
	ptrs15 := make([]*Node, 4625)
	for i := 0; i < len(ptrs15); i += 107 {
		ptrs15[i] = &Node{Val: i % 86}
	}
	garbage(11)
	pause(2)
	ps15 := 0
	for i := 0; i < len(ptrs15); i += 107 {
		ps15 = (ps15 + ptrs15[i].Val) % 1000003
	}
	acc = mix(acc, ps15)
	pc16 := make(chan int)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				pc16 <- 76
			}
		}()
		var np *Node
		pc16 <- np.Val
	}()
	acc = mix(acc, <-pc16)
	ptrs17 := make([]*Node, 4711)
	for i := 0; i < len(ptrs17); i += 194 {
		ptrs17[i] = &Node{Val: i % 59}
	}
	garbage(7)
	pause(1)
	ps17 := 0
	for i := 0; i < len(ptrs17); i += 194 {
		ps17 = (ps17 + ptrs17[i].Val) % 1000003
	}
	acc = mix(acc, ps17)
	return acc
}

func w4(id int) (acc int) {
	acc = id + 43
	mp18 := map[int]*Node{}
	for i := 0; i < 5; i++ {
		mp18[i] = &Node{Val: i*72 + id}
	}
	for i := 0; i < 5; i += 2 {
		delete(mp18, i)
	}
	pause(1)
	s18 := 0
	for key, v := range mp18 {
		s18 = (s18 + key*v.Val) % 1000003
	}
	acc = mix(acc, s18+len(mp18))
	addTotal(55 * id)
	ch20 := make(chan *Node, 0)
	go func() {
		for i := 0; i < 9; i++ {
			ch20 <- &Node{Val: i*80 + id, Next: buildList(i%3, i)}
		}
		close(ch20)
	}()
	garbage(24)
	for nd := range ch20 {
		acc = mix(acc, nd.Val+sumList(nd.Next))
	}
	h21 := buildList(19, 83)
	o21 := &Node{Val: id}
	t21 := buildTree(4, 83)
	for i := 0; i < 8; i++ {
		h21.Next, o21.Next = o21.Next, h21.Next
		t21.Left, t21.Right = t21.Right, t21.Left
		if i%4 == 0 {
			pause(i)
		}
		garbage(6)
	}
	acc = mix(acc, sumList(h21)+sumList(o21)+sumTree(t21))
	pc22 := make(chan int)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				pc22 <- 7
			}
		}()
		var np *Node
		pc22 <- np.Val
	}()
	acc = mix(acc, <-pc22)
	em23 := map[int]Edge{}
	for i := 0; i < 17; i++ {
		em23[i] = Edge{To: &Node{Val: i + 93}, W: i % 5}
	}
	garbage(30)
	pause(1)
	es23 := 0
	for _, e := range em23 {
		es23 = (es23 + e.To.Val*e.W) % 1000003
	}
	acc = mix(acc, es23)
	return acc
}

func main() {
	gA.P = buildList(2, 1)
	gB.P = buildList(7, 2)
	for i := 0; i < 1; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(19, done)
	fns := []func(int) int{w0, w1, w2, w3, w4}
	results := make([]int, len(fns))
	ch := make(chan *Res, 1)
	for i, f := range fns {
		go func(i int, f func(int) int) {
			ch <- &Res{i, f(i)}
		}(i, f)
	}
	for got := 0; got < len(fns); {
		select {
		case r := <-ch:
			results[r.ID] = r.V
			got++
		case <-time.After(143 * time.Microsecond):
		}
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
