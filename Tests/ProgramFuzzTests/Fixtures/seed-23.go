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
	acc = id + 44
	l1 := buildList(17, id+16)
	acc = mix(acc, sumList(l1))
	dp2 := &Node{Val: 31}
	defer func() {
		acc = mix(acc, dp2.Val)
	}()
	sq3 := make(chan *Node, 1)
	ss3 := 0
	for i := 0; i < 5; {
		select {
		case sq3 <- &Node{Val: i * 97}:
			i++
		case nd := <-sq3:
			ss3 = (ss3 + nd.Val) % 1000003
		}
	}
	close(sq3)
	for nd := range sq3 {
		ss3 = (ss3 + nd.Val) % 1000003
	}
	acc = mix(acc, ss3)
	var vs4 []Valuer
	for i := 0; i < 5; i++ {
		if i%2 == 0 {
			vs4 = append(vs4, &Node{Val: i + 84, Data: make([]int, i%3)})
		} else {
			vs4 = append(vs4, Pair{i, 84})
		}
	}
	pause(2)
	for _, v := range vs4 {
		acc = mix(acc, v.Value())
	}
	dp5 := &Node{Val: 63}
	defer func() {
		acc = mix(acc, dp5.Val)
	}()
	ping6 := make(chan *Node)
	pong6 := make(chan *Node)
	go func() {
		for nd := range ping6 {
			nd.Val = mix(nd.Val, id)
			nd.Next = &Node{Val: nd.Val % 7, Next: nd.Next}
			pong6 <- nd
		}
	}()
	pn6 := &Node{Val: 4}
	for i := 0; i < 9; i++ {
		ping6 <- pn6
		pn6 = <-pong6
	}
	close(ping6)
	acc = mix(acc, sumList(pn6))
	runtime.GOMAXPROCS(2)
	return acc
}

func w1(id int) (acc int) {
	acc = id + 6
	big8 := make([]int, 5113)
	for i := 0; i < len(big8); i += 299 {
		big8[i] = i % 28
	}
	bs8 := 0
	for _, x := range big8 {
		bs8 += x
	}
	acc = mix(acc, bs8)
	acc = mix(acc, sumList(onceList()))
	str10 := ""
	for i := 0; i < 5; i++ {
		str10 += fmt.Sprint(i*82)
	}
	hm10 := &Holder{M: map[int]*Node{}}
	hm10.M[82] = &Node{Val: len(str10)}
	hm10.F = func() int { return hm10.M[82].Val }
	pause(0)
	acc = mix(acc, hm10.F())
	pc11 := make(chan int)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				pc11 <- 85
			}
		}()
		var np *Node
		pc11 <- np.Val
	}()
	acc = mix(acc, <-pc11)
	p12 := &Node{Val: 86}
	f12 := func(d int) int {
		p12.Val = (p12.Val + d) % 1009
		return p12.Val
	}
	for i := 0; i < 19; i++ {
		acc = mix(acc, f12(i))
	}
	src13 := make([]*Node, 14)
	for i := range src13 {
		src13[i] = &Node{Val: i * 97}
	}
	dst13 := make([]*Node, 14/2+1)
	copy(dst13, src13[14/3:])
	al13 := src13[:14/2]
	al13 = append(al13, &Node{Val: 97})
	src13 = nil
	garbage(37)
	pause(0)
	cs13 := 0
	for _, p := range dst13 {
		if p != nil {
			cs13 = (cs13 + p.Val) % 1000003
		}
	}
	for _, p := range al13 {
		cs13 = (cs13 + 3*p.Val) % 1000003
	}
	acc = mix(acc, cs13)
	src14 := make([]*Node, 10)
	for i := range src14 {
		src14[i] = &Node{Val: i * 53}
	}
	dst14 := make([]*Node, 10/2+1)
	copy(dst14, src14[10/3:])
	al14 := src14[:10/2]
	al14 = append(al14, &Node{Val: 53})
	src14 = nil
	garbage(22)
	pause(1)
	cs14 := 0
	for _, p := range dst14 {
		if p != nil {
			cs14 = (cs14 + p.Val) % 1000003
		}
	}
	for _, p := range al14 {
		cs14 = (cs14 + 3*p.Val) % 1000003
	}
	acc = mix(acc, cs14)
	return acc
}

func w2(id int) (acc int) {
	acc = id + 17
	count(58 + id)
	mn16 := &Node{Val: 54, Data: []int{1, 2}}
	mv16 := mn16.Value
	mn16 = nil
	garbage(17)
	pause(0)
	acc = mix(acc, mv16())
	xs17 := []interface{}{&Node{Val: 84}, id, "s84", Pair{id, 84}, buildList(3, 84)}
	garbage(33)
	for _, x := range xs17 {
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
	return acc
}

func w3(id int) (acc int) {
	acc = id + 4
	fs19 := []func() int{}
	for i := 0; i < 15; i++ {
		q := &Node{Val: i*92 + id}
		fs19 = append(fs19, func() int { return q.Val + id })
	}
	garbage(35)
	for _, f := range fs19 {
		acc = mix(acc, f())
	}
	acc = mix(acc, sumList(onceList()))
	m21 := make(map[int][]int)
	for i := 0; i < 24; i++ {
		m21[i%1] = append(m21[i%1], i*43+id)
	}
	s21 := 0
	for key, vs := range m21 {
		s21 += key * len(vs)
		for _, x := range vs {
			s21 = (s21 + x) % 1000003
		}
	}
	acc = mix(acc, s21)
	lx22 := id
	for i := 0; i < 26645; i++ {
		lx22 = (lx22*31 + i) % 1000003
	}
	acc = mix(acc, lx22)
	pc23 := make(chan int)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				pc23 <- 21
			}
		}()
		var np *Node
		pc23 <- np.Val
	}()
	acc = mix(acc, <-pc23)
	dp24 := &Node{Val: 18}
	defer func() {
		acc = mix(acc, dp24.Val)
	}()
	pv25 := buildList(1, 5)
	acc = mix(acc, catchNode(func() {
		garbage(25)
		panic(pv25)
	}))
	return acc
}

func main() {
	gA.P = buildList(3, 1)
	gB.P = buildList(6, 2)
	for i := 0; i < 8; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(7, done)
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
