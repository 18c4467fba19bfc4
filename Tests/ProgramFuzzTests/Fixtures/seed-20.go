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
	acc = id + 30
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
	ptrs3 := make([]*Node, 4727)
	for i := 0; i < len(ptrs3); i += 124 {
		ptrs3[i] = &Node{Val: i % 81}
	}
	garbage(18)
	pause(1)
	ps3 := 0
	for i := 0; i < len(ptrs3); i += 124 {
		ps3 = (ps3 + ptrs3[i].Val) % 1000003
	}
	acc = mix(acc, ps3)
	nap(9)
	return acc
}

func w1(id int) (acc int) {
	acc = id + 19
	fc5 := make(chan func() int, 2)
	go func() {
		for i := 0; i < 6; i++ {
			cn := &Node{Val: i + 44, Next: buildList(i%3, i)}
			fc5 <- func() int { return cn.Val + sumList(cn.Next) }
		}
		close(fc5)
	}()
	garbage(25)
	for f := range fc5 {
		acc = mix(acc, f())
	}
	var ea6 [3]Edge
	for i := range ea6 {
		ea6[i] = Edge{To: &Node{Val: i + 79}, W: i + 1}
	}
	eb6 := ea6
	ea6[1].To = nil
	garbage(14)
	pause(2)
	for _, e := range eb6 {
		acc = mix(acc, e.To.Val*e.W)
	}
	tk7 := time.NewTicker(14 * time.Microsecond)
	for i := 0; i < 4; i++ {
		<-tk7.C
	}
	tk7.Stop()
	tm7 := time.NewTimer(18 * time.Microsecond)
	<-tm7.C
	acc = mix(acc, 4)
	m8 := make(map[int][]int)
	for i := 0; i < 15; i++ {
		m8[i%1] = append(m8[i%1], i*61+id)
	}
	s8 := 0
	for key, vs := range m8 {
		s8 += key * len(vs)
		for _, x := range vs {
			s8 = (s8 + x) % 1000003
		}
	}
	acc = mix(acc, s8)
	gMu.Lock()
	gAny = &Node{Val: 54, Next: buildList(3, id)}
	gMu.Unlock()
	x10 := &Node{Val: 36, Data: []int{id, 36}}
	hold10 := &Holder{}
	hold10.P = x10
	hold10.V = x10
	x10 = nil
	garbage(63)
	pause(2)
	acc = mix(acc, hold10.P.Val+hold10.V.Value())
	return acc
}

func w2(id int) (acc int) {
	acc = id + 5
	pv11 := buildList(2, 42)
	acc = mix(acc, catchNode(func() {
		garbage(29)
		panic(pv11)
	}))
	em12 := map[int]Edge{}
	for i := 0; i < 11; i++ {
		em12[i] = Edge{To: &Node{Val: i + 67}, W: i % 5}
	}
	garbage(22)
	pause(1)
	es12 := 0
	for _, e := range em12 {
		es12 = (es12 + e.To.Val*e.W) % 1000003
	}
	acc = mix(acc, es12)
	ping13 := make(chan *Node)
	pong13 := make(chan *Node)
	go func() {
		for nd := range ping13 {
			nd.Val = mix(nd.Val, id)
			nd.Next = &Node{Val: nd.Val % 7, Next: nd.Next}
			pong13 <- nd
		}
	}()
	pn13 := &Node{Val: 12}
	for i := 0; i < 3; i++ {
		ping13 <- pn13
		pn13 = <-pong13
	}
	close(ping13)
	acc = mix(acc, sumList(pn13))
	pv14 := buildList(3, 36)
	acc = mix(acc, catchNode(func() {
		garbage(12)
		panic(pv14)
	}))
	em15 := map[int]Edge{}
	for i := 0; i < 16; i++ {
		em15[i] = Edge{To: &Node{Val: i + 31}, W: i % 5}
	}
	garbage(32)
	pause(2)
	es15 := 0
	for _, e := range em15 {
		es15 = (es15 + e.To.Val*e.W) % 1000003
	}
	acc = mix(acc, es15)
	acc = mix(acc, sumList(onceList()))
	return acc
}

func w3(id int) (acc int) {
	acc = id + 1
	ptrs17 := make([]*Node, 4806)
	for i := 0; i < len(ptrs17); i += 159 {
		ptrs17[i] = &Node{Val: i % 31}
	}
	garbage(28)
	pause(0)
	ps17 := 0
	for i := 0; i < len(ptrs17); i += 159 {
		ps17 = (ps17 + ptrs17[i].Val) % 1000003
	}
	acc = mix(acc, ps17)
	m18 := make(map[int][]int)
	for i := 0; i < 17; i++ {
		m18[i%5] = append(m18[i%5], i*41+id)
	}
	s18 := 0
	for key, vs := range m18 {
		s18 += key * len(vs)
		for _, x := range vs {
			s18 = (s18 + x) % 1000003
		}
	}
	acc = mix(acc, s18)
	src19 := make([]*Node, 6)
	for i := range src19 {
		src19[i] = &Node{Val: i * 94}
	}
	dst19 := make([]*Node, 6/2+1)
	copy(dst19, src19[6/3:])
	al19 := src19[:6/2]
	al19 = append(al19, &Node{Val: 94})
	src19 = nil
	garbage(20)
	pause(0)
	cs19 := 0
	for _, p := range dst19 {
		if p != nil {
			cs19 = (cs19 + p.Val) % 1000003
		}
	}
	for _, p := range al19 {
		cs19 = (cs19 + 3*p.Val) % 1000003
	}
	acc = mix(acc, cs19)
	defer addList(buildList(6, 4+id))
	garbage(17)
	var mu21 sync.Mutex
	var wgm21 sync.WaitGroup
	var shared21 *Node
	for j := 0; j < 8; j++ {
		wgm21.Add(1)
		go func(j int) {
			defer wgm21.Done()
			for r := 0; r < 3; r++ {
				mu21.Lock()
				shared21 = &Node{Val: j*10 + r, Next: shared21}
				if r%2 == 0 {
					runtime.Gosched()
				}
				mu21.Unlock()
			}
		}(j)
	}
	wgm21.Wait()
	ms21 := 0
	for p := shared21; p != nil; p = p.Next {
		ms21 = (ms21 + p.Val) % 1000003
	}
	acc = mix(acc, ms21)
	acc = mix(acc, deep(573, &Node{Val: 43}))
	return acc
}

func w4(id int) (acc int) {
	acc = id + 28
	acc = mix(acc, sumList(onceList()))
	sc24 := make(chan int, 1)
	go func() {
		for i := 0; i < 4; i++ {
			sc24 <- i*58 + garbage(3)
		}
	}()
	for got := 0; got < 4; {
		select {
		case v := <-sc24:
			acc = mix(acc, v)
			got++
		default:
			runtime.Gosched()
		}
	}
	acc = mix(acc, sumList(onceList()))
	pc26 := make(chan int)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				pc26 <- 22
			}
		}()
		var np *Node
		pc26 <- np.Val
	}()
	acc = mix(acc, <-pc26)
	tc27 := make(chan *Node)
	go func() {
		for i := 0; i < 7; i++ {
			time.Sleep(time.Duration(i%3) * time.Microsecond)
			tc27 <- &Node{Val: i + 9}
		}
	}()
	for got := 0; got < 7; {
		select {
		case nd := <-tc27:
			acc = mix(acc, nd.Val)
			got++
		case <-time.After(49 * time.Microsecond):
		}
	}
	dp28 := &Node{Val: 66}
	defer func() {
		acc = mix(acc, dp28.Val)
	}()
	return acc
}

func main() {
	gA.P = buildList(4, 1)
	gB.P = buildList(9, 2)
	for i := 0; i < 7; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(31, done)
	fns := []func(int) int{w0, w1, w2, w3, w4}
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
