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
	acc = id + 8
	t1 := buildTree(2, id+94)
	acc = mix(acc, sumTree(t1))
	x2 := &Node{Val: 30, Data: []int{id, 30}}
	hold2 := &Holder{}
	hold2.P = x2
	hold2.V = x2
	x2 = nil
	garbage(49)
	pause(1)
	acc = mix(acc, hold2.P.Val+hold2.V.Value())
	pc3 := make(chan int)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				pc3 <- 29
			}
		}()
		var np *Node
		pc3 <- np.Val
	}()
	acc = mix(acc, <-pc3)
	t4 := buildTree(5, id+17)
	acc = mix(acc, sumTree(t4))
	str5 := ""
	for i := 0; i < 8; i++ {
		str5 += fmt.Sprint(i*70)
	}
	hm5 := &Holder{M: map[int]*Node{}}
	hm5.M[70] = &Node{Val: len(str5)}
	hm5.F = func() int { return hm5.M[70].Val }
	pause(2)
	acc = mix(acc, hm5.F())
	acc = mix(acc, safeDiv(acc+43, id%1))
	return acc
}

func w1(id int) (acc int) {
	acc = id + 21
	acc = mix(acc, safeDiv(acc+7, id%3))
	mn8 := &Node{Val: 96, Data: []int{1, 2}}
	mv8 := mn8.Value
	mn8 = nil
	garbage(44)
	pause(1)
	acc = mix(acc, mv8())
	cc9 := make(chan *Node, 2)
	for i := 0; i < 2; i++ {
		cc9 <- &Node{Val: i + 11}
	}
	close(cc9)
	var nc9 chan *Node
	for cc9 != nil {
		select {
		case nd, ok := <-cc9:
			if !ok {
				cc9 = nil
			} else {
				acc = mix(acc, nd.Val)
			}
		case nd := <-nc9:
			acc = mix(acc, nd.Val)
		}
	}
	var mu10 sync.Mutex
	var wgm10 sync.WaitGroup
	var shared10 *Node
	for j := 0; j < 2; j++ {
		wgm10.Add(1)
		go func(j int) {
			defer wgm10.Done()
			for r := 0; r < 3; r++ {
				mu10.Lock()
				shared10 = &Node{Val: j*10 + r, Next: shared10}
				if r%2 == 0 {
					runtime.Gosched()
				}
				mu10.Unlock()
			}
		}(j)
	}
	wgm10.Wait()
	ms10 := 0
	for p := shared10; p != nil; p = p.Next {
		ms10 = (ms10 + p.Val) % 1000003
	}
	acc = mix(acc, ms10)
	var ea11 [3]Edge
	for i := range ea11 {
		ea11[i] = Edge{To: &Node{Val: i + 29}, W: i + 1}
	}
	eb11 := ea11
	ea11[1].To = nil
	garbage(12)
	pause(0)
	for _, e := range eb11 {
		acc = mix(acc, e.To.Val*e.W)
	}
	return acc
}

func w2(id int) (acc int) {
	acc = id + 38
	sc12 := make(chan int, 1)
	go func() {
		for i := 0; i < 7; i++ {
			sc12 <- i*80 + garbage(3)
		}
	}()
	for got := 0; got < 7; {
		select {
		case v := <-sc12:
			acc = mix(acc, v)
			got++
		default:
			runtime.Gosched()
		}
	}
	h13 := buildList(14, 49)
	o13 := &Node{Val: id}
	t13 := buildTree(5, 49)
	for i := 0; i < 10; i++ {
		h13.Next, o13.Next = o13.Next, h13.Next
		t13.Left, t13.Right = t13.Right, t13.Left
		if i%3 == 0 {
			pause(i)
		}
		garbage(12)
	}
	acc = mix(acc, sumList(h13)+sumList(o13)+sumTree(t13))
	gSlots[id] = buildList(18, 93+id)
	l14 := gSlots[id]
	gSlots[id] = nil
	pause(0)
	gSlots[id] = l14
	acc = mix(acc, sumList(gSlots[id]))
	m15 := make(map[int][]int)
	for i := 0; i < 16; i++ {
		m15[i%4] = append(m15[i%4], i*66+id)
	}
	s15 := 0
	for key, vs := range m15 {
		s15 += key * len(vs)
		for _, x := range vs {
			s15 = (s15 + x) % 1000003
		}
	}
	acc = mix(acc, s15)
	return acc
}

func w3(id int) (acc int) {
	acc = id + 17
	ch16 := make(chan *Node, 2)
	go func() {
		for i := 0; i < 14; i++ {
			ch16 <- &Node{Val: i*40 + id, Next: buildList(i%3, i)}
		}
		close(ch16)
	}()
	garbage(3)
	for nd := range ch16 {
		acc = mix(acc, nd.Val+sumList(nd.Next))
	}
	a17 := buildList(4, 42+id)
	b17 := &Holder{}
	b17.P = a17.Next
	a17.Next = nil
	pause(0)
	garbage(38)
	acc = mix(acc, sumList(a17)+sumList(b17.P))
	count(74 + id)
	return acc
}

func w4(id int) (acc int) {
	acc = id + 35
	mp19 := map[int]*Node{}
	for i := 0; i < 8; i++ {
		mp19[i] = &Node{Val: i*7 + id}
	}
	for i := 0; i < 8; i += 2 {
		delete(mp19, i)
	}
	pause(1)
	s19 := 0
	for key, v := range mp19 {
		s19 = (s19 + key*v.Val) % 1000003
	}
	acc = mix(acc, s19+len(mp19))
	big20 := make([]int, 5956)
	for i := 0; i < len(big20); i += 103 {
		big20[i] = i % 43
	}
	bs20 := 0
	for _, x := range big20 {
		bs20 += x
	}
	acc = mix(acc, bs20)
	lx21 := id
	for i := 0; i < 19813; i++ {
		lx21 = (lx21*31 + i) % 1000003
	}
	acc = mix(acc, lx21)
	count(79 + id)
	nap(23)
	sc24 := make(chan int, 2)
	go func() {
		for i := 0; i < 8; i++ {
			sc24 <- i*66 + garbage(3)
		}
	}()
	for got := 0; got < 8; {
		select {
		case v := <-sc24:
			acc = mix(acc, v)
			got++
		default:
			runtime.Gosched()
		}
	}
	mp25 := map[int]*Node{}
	for i := 0; i < 10; i++ {
		mp25[i] = &Node{Val: i*96 + id}
	}
	for i := 0; i < 10; i += 3 {
		delete(mp25, i)
	}
	pause(2)
	s25 := 0
	for key, v := range mp25 {
		s25 = (s25 + key*v.Val) % 1000003
	}
	acc = mix(acc, s25+len(mp25))
	return acc
}

func main() {
	gA.P = buildList(8, 1)
	gB.P = buildList(8, 2)
	for i := 0; i < 1; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(40, done)
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
