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
	acc = id + 19
	t1 := buildTree(6, id+62)
	acc = mix(acc, sumTree(t1))
	var vs2 []Valuer
	for i := 0; i < 2; i++ {
		if i%3 == 0 {
			vs2 = append(vs2, &Node{Val: i + 68, Data: make([]int, i%3)})
		} else {
			vs2 = append(vs2, Pair{i, 68})
		}
	}
	pause(1)
	for _, v := range vs2 {
		acc = mix(acc, v.Value())
	}
	acc = mix(acc, sumList(onceList()))
	acc = mix(acc, sumList(onceList()))
	return acc
}

func w1(id int) (acc int) {
	acc = id + 3
	tk5 := time.NewTicker(13 * time.Microsecond)
	for i := 0; i < 2; i++ {
		<-tk5.C
	}
	tk5.Stop()
	tm5 := time.NewTimer(14 * time.Microsecond)
	<-tm5.C
	acc = mix(acc, 2)
	pv6 := buildList(5, 44)
	acc = mix(acc, catchNode(func() {
		garbage(28)
		panic(pv6)
	}))
	src7 := make([]*Node, 29)
	for i := range src7 {
		src7[i] = &Node{Val: i * 78}
	}
	dst7 := make([]*Node, 29/2+1)
	copy(dst7, src7[29/3:])
	al7 := src7[:29/2]
	al7 = append(al7, &Node{Val: 78})
	src7 = nil
	garbage(14)
	pause(2)
	cs7 := 0
	for _, p := range dst7 {
		if p != nil {
			cs7 = (cs7 + p.Val) % 1000003
		}
	}
	for _, p := range al7 {
		cs7 = (cs7 + 3*p.Val) % 1000003
	}
	acc = mix(acc, cs7)
	mn8 := &Node{Val: 53, Data: []int{1, 2}}
	mv8 := mn8.Value
	mn8 = nil
	garbage(48)
	pause(1)
	acc = mix(acc, mv8())
	count(84 + id)
	return acc
}

func w2(id int) (acc int) {
	acc = id + 27
	rc10 := make(chan *Node, 4)
	for j := 0; j < 30; j++ {
		go func(j int) {
			rc10 <- &Node{Val: j * 7, Next: buildList(j%4, j)}
		}(j)
	}
	rs10 := 0
	for j := 0; j < 30; j++ {
		nd := <-rc10
		rs10 = (rs10 + nd.Val + sumList(nd.Next)) % 1000003
	}
	acc = mix(acc, rs10)
	sc11 := make(chan int, 3)
	go func() {
		for i := 0; i < 3; i++ {
			sc11 <- i*42 + garbage(3)
		}
	}()
	for got := 0; got < 3; {
		select {
		case v := <-sc11:
			acc = mix(acc, v)
			got++
		default:
			runtime.Gosched()
		}
	}
	tc12 := make(chan *Node)
	go func() {
		for i := 0; i < 6; i++ {
			time.Sleep(time.Duration(i%3) * time.Microsecond)
			tc12 <- &Node{Val: i + 94}
		}
	}()
	for got := 0; got < 6; {
		select {
		case nd := <-tc12:
			acc = mix(acc, nd.Val)
			got++
		case <-time.After(22 * time.Microsecond):
		}
	}
	x13 := &Node{Val: 90, Data: []int{id, 90}}
	hold13 := &Holder{}
	hold13.P = x13
	hold13.V = x13
	x13 = nil
	garbage(76)
	pause(2)
	acc = mix(acc, hold13.P.Val+hold13.V.Value())
	runtime.GOMAXPROCS(2)
	return acc
}

func w3(id int) (acc int) {
	acc = id + 38
	x15 := &Node{Val: 43, Data: []int{id, 43}}
	hold15 := &Holder{}
	hold15.P = x15
	hold15.V = x15
	x15 = nil
	garbage(35)
	pause(2)
	acc = mix(acc, hold15.P.Val+hold15.V.Value())
	addTotal(28 * id)
	pc17 := make(chan int)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				pc17 <- 31
			}
		}()
		var np *Node
		pc17 <- np.Val
	}()
	acc = mix(acc, <-pc17)
	return acc
}

func w4(id int) (acc int) {
	acc = id + 21
	var mu18 sync.Mutex
	var wgm18 sync.WaitGroup
	var shared18 *Node
	for j := 0; j < 6; j++ {
		wgm18.Add(1)
		go func(j int) {
			defer wgm18.Done()
			for r := 0; r < 1; r++ {
				mu18.Lock()
				shared18 = &Node{Val: j*10 + r, Next: shared18}
				if r%2 == 0 {
					runtime.Gosched()
				}
				mu18.Unlock()
			}
		}(j)
	}
	wgm18.Wait()
	ms18 := 0
	for p := shared18; p != nil; p = p.Next {
		ms18 = (ms18 + p.Val) % 1000003
	}
	acc = mix(acc, ms18)
	dp19 := &Node{Val: 72}
	defer func() {
		acc = mix(acc, dp19.Val)
	}()
	pc20 := make(chan int)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				pc20 <- 59
			}
		}()
		var np *Node
		pc20 <- np.Val
	}()
	acc = mix(acc, <-pc20)
	nap(10)
	m22 := make(map[int][]int)
	for i := 0; i < 17; i++ {
		m22[i%5] = append(m22[i%5], i*41+id)
	}
	s22 := 0
	for key, vs := range m22 {
		s22 += key * len(vs)
		for _, x := range vs {
			s22 = (s22 + x) % 1000003
		}
	}
	acc = mix(acc, s22)
	acc = mix(acc, deep(137, &Node{Val: 94}))
	return acc
}

func main() {
	gA.P = buildList(1, 1)
	gB.P = buildList(1, 2)
	for i := 0; i < 2; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(11, done)
	fns := []func(int) int{w0, w1, w2, w3, w4}
	results := make([]int, len(fns))
	ch := make(chan Res, 2)
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
