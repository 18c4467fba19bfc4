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
	acc = id + 13
	ptrs1 := make([]*Node, 4653)
	for i := 0; i < len(ptrs1); i += 178 {
		ptrs1[i] = &Node{Val: i % 22}
	}
	garbage(26)
	pause(2)
	ps1 := 0
	for i := 0; i < len(ptrs1); i += 178 {
		ps1 = (ps1 + ptrs1[i].Val) % 1000003
	}
	acc = mix(acc, ps1)
	mp2 := map[int]*Node{}
	for i := 0; i < 29; i++ {
		mp2[i] = &Node{Val: i*46 + id}
	}
	for i := 0; i < 29; i += 2 {
		delete(mp2, i)
	}
	pause(0)
	s2 := 0
	for key, v := range mp2 {
		s2 = (s2 + key*v.Val) % 1000003
	}
	acc = mix(acc, s2+len(mp2))
	big3 := make([]int, 5992)
	for i := 0; i < len(big3); i += 199 {
		big3[i] = i % 5
	}
	bs3 := 0
	for _, x := range big3 {
		bs3 += x
	}
	acc = mix(acc, bs3)
	big4 := make([]int, 5117)
	for i := 0; i < len(big4); i += 216 {
		big4[i] = i % 21
	}
	bs4 := 0
	for _, x := range big4 {
		bs4 += x
	}
	acc = mix(acc, bs4)
	return acc
}

func w1(id int) (acc int) {
	acc = id + 28
	a5 := buildList(15, 75+id)
	b5 := &Holder{}
	b5.P = a5.Next
	a5.Next = nil
	pause(0)
	garbage(19)
	acc = mix(acc, sumList(a5)+sumList(b5.P))
	x6 := &Node{Val: 21, Data: []int{id, 21}}
	hold6 := &Holder{}
	hold6.P = x6
	hold6.V = x6
	x6 = nil
	garbage(49)
	pause(2)
	acc = mix(acc, hold6.P.Val+hold6.V.Value())
	acc = mix(acc, safeDiv(acc+75, id%1))
	return acc
}

func w2(id int) (acc int) {
	acc = id + 31
	sq8 := make(chan *Node, 2)
	ss8 := 0
	for i := 0; i < 12; {
		select {
		case sq8 <- &Node{Val: i * 93}:
			i++
		case nd := <-sq8:
			ss8 = (ss8 + nd.Val) % 1000003
		}
	}
	close(sq8)
	for nd := range sq8 {
		ss8 = (ss8 + nd.Val) % 1000003
	}
	acc = mix(acc, ss8)
	gSlots[id] = buildList(5, 56+id)
	l9 := gSlots[id]
	gSlots[id] = nil
	pause(2)
	gSlots[id] = l9
	acc = mix(acc, sumList(gSlots[id]))
	pc10 := make(chan int)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				pc10 <- 75
			}
		}()
		var np *Node
		pc10 <- np.Val
	}()
	acc = mix(acc, <-pc10)
	addTotal(70 * id)
	mn12 := &Node{Val: 53, Data: []int{1, 2}}
	mv12 := mn12.Value
	mn12 = nil
	garbage(22)
	pause(1)
	acc = mix(acc, mv12())
	ping13 := make(chan *Node)
	pong13 := make(chan *Node)
	go func() {
		for nd := range ping13 {
			nd.Val = mix(nd.Val, id)
			nd.Next = &Node{Val: nd.Val % 7, Next: nd.Next}
			pong13 <- nd
		}
	}()
	pn13 := &Node{Val: 75}
	for i := 0; i < 6; i++ {
		ping13 <- pn13
		pn13 = <-pong13
	}
	close(ping13)
	acc = mix(acc, sumList(pn13))
	return acc
}

func w3(id int) (acc int) {
	acc = id + 9
	l14 := buildList(24, id+70)
	acc = mix(acc, sumList(l14))
	var wg15 sync.WaitGroup
	outs15 := make([]*Node, 2)
	for j := 0; j < 2; j++ {
		wg15.Add(1)
		go func(j int) {
			defer wg15.Done()
			pause(j + 0)
			outs15[j] = buildList(6, j+79)
		}(j)
	}
	wg15.Wait()
	for _, o := range outs15 {
		acc = mix(acc, sumList(o))
	}
	mn16 := &Node{Val: 56, Data: []int{1, 2}}
	mv16 := mn16.Value
	mn16 = nil
	garbage(34)
	pause(0)
	acc = mix(acc, mv16())
	tc17 := make(chan *Node)
	go func() {
		for i := 0; i < 4; i++ {
			time.Sleep(time.Duration(i%3) * time.Microsecond)
			tc17 <- &Node{Val: i + 91}
		}
	}()
	for got := 0; got < 4; {
		select {
		case nd := <-tc17:
			acc = mix(acc, nd.Val)
			got++
		case <-time.After(16 * time.Microsecond):
		}
	}
	pc18 := make(chan int)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				pc18 <- 86
			}
		}()
		var np *Node
		pc18 <- np.Val
	}()
	acc = mix(acc, <-pc18)
	return acc
}

func main() {
	gA.P = buildList(6, 1)
	gB.P = buildList(3, 2)
	for i := 0; i < 4; i++ {
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
