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
	acc = id + 37
	m1 := make(map[int][]int)
	for i := 0; i < 14; i++ {
		m1[i%1] = append(m1[i%1], i*22+id)
	}
	s1 := 0
	for key, vs := range m1 {
		s1 += key * len(vs)
		for _, x := range vs {
			s1 = (s1 + x) % 1000003
		}
	}
	acc = mix(acc, s1)
	pc2 := make(chan int)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				pc2 <- 81
			}
		}()
		var np *Node
		pc2 <- np.Val
	}()
	acc = mix(acc, <-pc2)
	defer addList(buildList(17, 1+id))
	garbage(7)
	fs4 := []func() int{}
	for i := 0; i < 10; i++ {
		q := &Node{Val: i*81 + id}
		fs4 = append(fs4, func() int { return q.Val + id })
	}
	garbage(9)
	for _, f := range fs4 {
		acc = mix(acc, f())
	}
	var wg5 sync.WaitGroup
	outs5 := make([]*Node, 3)
	for j := 0; j < 3; j++ {
		wg5.Add(1)
		go func(j int) {
			defer wg5.Done()
			pause(j + 2)
			outs5[j] = buildList(3, j+40)
		}(j)
	}
	wg5.Wait()
	for _, o := range outs5 {
		acc = mix(acc, sumList(o))
	}
	ch6 := make(chan *Node, 1)
	go func() {
		for i := 0; i < 9; i++ {
			ch6 <- &Node{Val: i*63 + id, Next: buildList(i%3, i)}
		}
		close(ch6)
	}()
	garbage(27)
	for nd := range ch6 {
		acc = mix(acc, nd.Val+sumList(nd.Next))
	}
	t7 := buildTree(2, id+25)
	acc = mix(acc, sumTree(t7))
	return acc
}

func w1(id int) (acc int) {
	acc = id + 2
	h8 := buildList(2, 8)
	o8 := &Node{Val: id}
	t8 := buildTree(5, 8)
	for i := 0; i < 5; i++ {
		h8.Next, o8.Next = o8.Next, h8.Next
		t8.Left, t8.Right = t8.Right, t8.Left
		if i%4 == 0 {
			pause(i)
		}
		garbage(10)
	}
	acc = mix(acc, sumList(h8)+sumList(o8)+sumTree(t8))
	mn9 := &Node{Val: 79, Data: []int{1, 2}}
	mv9 := mn9.Value
	mn9 = nil
	garbage(40)
	pause(1)
	acc = mix(acc, mv9())
	gSlots[id] = buildList(6, 61+id)
	l10 := gSlots[id]
	gSlots[id] = nil
	pause(0)
	gSlots[id] = l10
	acc = mix(acc, sumList(gSlots[id]))
	sq11 := make(chan *Node, 2)
	ss11 := 0
	for i := 0; i < 9; {
		select {
		case sq11 <- &Node{Val: i * 55}:
			i++
		case nd := <-sq11:
			ss11 = (ss11 + nd.Val) % 1000003
		}
	}
	close(sq11)
	for nd := range sq11 {
		ss11 = (ss11 + nd.Val) % 1000003
	}
	acc = mix(acc, ss11)
	t12 := buildTree(4, id+74)
	acc = mix(acc, sumTree(t12))
	return acc
}

func main() {
	gA.P = buildList(8, 1)
	gB.P = buildList(3, 2)
	for i := 0; i < 5; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(40, done)
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
