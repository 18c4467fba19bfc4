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
	acc = id + 34
	dp1 := &Node{Val: 39}
	defer func() {
		acc = mix(acc, dp1.Val)
	}()
	sc2 := make(chan int, 2)
	go func() {
		for i := 0; i < 10; i++ {
			sc2 <- i*12 + garbage(3)
		}
	}()
	for got := 0; got < 10; {
		select {
		case v := <-sc2:
			acc = mix(acc, v)
			got++
		default:
			runtime.Gosched()
		}
	}
	sc3 := make(chan int, 2)
	go func() {
		for i := 0; i < 7; i++ {
			sc3 <- i*8 + garbage(3)
		}
	}()
	for got := 0; got < 7; {
		select {
		case v := <-sc3:
			acc = mix(acc, v)
			got++
		default:
			runtime.Gosched()
		}
	}
	tc4 := make(chan *Node)
	go func() {
		for i := 0; i < 1; i++ {
			time.Sleep(time.Duration(i%3) * time.Microsecond)
			tc4 <- &Node{Val: i + 72}
		}
	}()
	for got := 0; got < 1; {
		select {
		case nd := <-tc4:
			acc = mix(acc, nd.Val)
			got++
		case <-time.After(25 * time.Microsecond):
		}
	}
	return acc
}

func w1(id int) (acc int) {
	acc = id + 17
	addTotal(65 * id)
	x6 := &Node{Val: 5, Data: []int{id, 5}}
	hold6 := &Holder{}
	hold6.P = x6
	hold6.V = x6
	x6 = nil
	garbage(22)
	pause(2)
	acc = mix(acc, hold6.P.Val+hold6.V.Value())
	gMu.Lock()
	gAny = &Node{Val: 75, Next: buildList(3, id)}
	gMu.Unlock()
	return acc
}

func w2(id int) (acc int) {
	acc = id + 13
	t8 := buildTree(4, id+48)
	acc = mix(acc, sumTree(t8))
	sq9 := make(chan *Node, 1)
	ss9 := 0
	for i := 0; i < 5; {
		select {
		case sq9 <- &Node{Val: i * 55}:
			i++
		case nd := <-sq9:
			ss9 = (ss9 + nd.Val) % 1000003
		}
	}
	close(sq9)
	for nd := range sq9 {
		ss9 = (ss9 + nd.Val) % 1000003
	}
	acc = mix(acc, ss9)
	runtime.GOMAXPROCS(3)
	pc11 := make(chan int)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				pc11 <- 95
			}
		}()
		var np *Node
		pc11 <- np.Val
	}()
	acc = mix(acc, <-pc11)
	var vs12 []Valuer
	for i := 0; i < 23; i++ {
		if i%3 == 0 {
			vs12 = append(vs12, &Node{Val: i + 23, Data: make([]int, i%3)})
		} else {
			vs12 = append(vs12, Pair{i, 23})
		}
	}
	pause(2)
	for _, v := range vs12 {
		acc = mix(acc, v.Value())
	}
	ch13 := make(chan *Node, 3)
	go func() {
		for i := 0; i < 4; i++ {
			ch13 <- &Node{Val: i*22 + id, Next: buildList(i%3, i)}
		}
		close(ch13)
	}()
	garbage(8)
	for nd := range ch13 {
		acc = mix(acc, nd.Val+sumList(nd.Next))
	}
	defer addList(buildList(20, 90+id))
	garbage(22)
	return acc
}

func w3(id int) (acc int) {
	acc = id + 43
	nap(8)
	m16 := make(map[int][]int)
	for i := 0; i < 6; i++ {
		m16[i%5] = append(m16[i%5], i*86+id)
	}
	s16 := 0
	for key, vs := range m16 {
		s16 += key * len(vs)
		for _, x := range vs {
			s16 = (s16 + x) % 1000003
		}
	}
	acc = mix(acc, s16)
	fs17 := []func() int{}
	for i := 0; i < 2; i++ {
		q := &Node{Val: i*14 + id}
		fs17 = append(fs17, func() int { return q.Val + id })
	}
	garbage(29)
	for _, f := range fs17 {
		acc = mix(acc, f())
	}
	return acc
}

func main() {
	gA.P = buildList(8, 1)
	gB.P = buildList(4, 2)
	for i := 0; i < 3; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(37, done)
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
