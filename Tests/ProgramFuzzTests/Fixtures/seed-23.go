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
	acc = id + 24
	l1 := buildList(17, id+16)
	acc = mix(acc, sumList(l1))
	dp2 := &Node{Val: 31}
	defer func() {
		acc = mix(acc, dp2.Val)
	}()
	mn3 := &Node{Val: 97, Data: []int{1, 2}}
	mv3 := mn3.Value
	mn3 = nil
	garbage(30)
	pause(0)
	acc = mix(acc, mv3())
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
	var wg6 sync.WaitGroup
	outs6 := make([]*Node, 5)
	for j := 0; j < 5; j++ {
		wg6.Add(1)
		go func(j int) {
			defer wg6.Done()
			pause(j + 0)
			outs6[j] = buildList(6, j+4)
		}(j)
	}
	wg6.Wait()
	for _, o := range outs6 {
		acc = mix(acc, sumList(o))
	}
	var ea7 [3]Edge
	for i := range ea7 {
		ea7[i] = Edge{To: &Node{Val: i + 25}, W: i + 1}
	}
	eb7 := ea7
	ea7[1].To = nil
	garbage(39)
	pause(0)
	for _, e := range eb7 {
		acc = mix(acc, e.To.Val*e.W)
	}
	return acc
}

func w1(id int) (acc int) {
	acc = id + 41
	acc = mix(acc, deep(396, &Node{Val: 97}))
	acc = mix(acc, safeDiv(acc+82, id%2))
	pv10 := buildList(7, 23)
	acc = mix(acc, catchNode(func() {
		garbage(27)
		panic(pv10)
	}))
	var mu11 sync.Mutex
	var wgm11 sync.WaitGroup
	var shared11 *Node
	for j := 0; j < 8; j++ {
		wgm11.Add(1)
		go func(j int) {
			defer wgm11.Done()
			for r := 0; r < 6; r++ {
				mu11.Lock()
				shared11 = &Node{Val: j*10 + r, Next: shared11}
				if r%2 == 0 {
					runtime.Gosched()
				}
				mu11.Unlock()
			}
		}(j)
	}
	wgm11.Wait()
	ms11 := 0
	for p := shared11; p != nil; p = p.Next {
		ms11 = (ms11 + p.Val) % 1000003
	}
	acc = mix(acc, ms11)
	var mu12 sync.Mutex
	var wgm12 sync.WaitGroup
	var shared12 *Node
	for j := 0; j < 2; j++ {
		wgm12.Add(1)
		go func(j int) {
			defer wgm12.Done()
			for r := 0; r < 4; r++ {
				mu12.Lock()
				shared12 = &Node{Val: j*10 + r, Next: shared12}
				if r%2 == 0 {
					runtime.Gosched()
				}
				mu12.Unlock()
			}
		}(j)
	}
	wgm12.Wait()
	ms12 := 0
	for p := shared12; p != nil; p = p.Next {
		ms12 = (ms12 + p.Val) % 1000003
	}
	acc = mix(acc, ms12)
	return acc
}

func w2(id int) (acc int) {
	acc = id + 3
	tc13 := make(chan *Node)
	go func() {
		for i := 0; i < 2; i++ {
			time.Sleep(time.Duration(i%3) * time.Microsecond)
			tc13 <- &Node{Val: i + 49}
		}
	}()
	for got := 0; got < 2; {
		select {
		case nd := <-tc13:
			acc = mix(acc, nd.Val)
			got++
		case <-time.After(20 * time.Microsecond):
		}
	}
	nap(17)
	var vs15 []Valuer
	for i := 0; i < 6; i++ {
		if i%3 == 0 {
			vs15 = append(vs15, &Node{Val: i + 74, Data: make([]int, i%3)})
		} else {
			vs15 = append(vs15, Pair{i, 74})
		}
	}
	pause(0)
	for _, v := range vs15 {
		acc = mix(acc, v.Value())
	}
	src16 := make([]*Node, 3)
	for i := range src16 {
		src16[i] = &Node{Val: i * 59}
	}
	dst16 := make([]*Node, 3/2+1)
	copy(dst16, src16[3/3:])
	al16 := src16[:3/2]
	al16 = append(al16, &Node{Val: 59})
	src16 = nil
	garbage(39)
	pause(1)
	cs16 := 0
	for _, p := range dst16 {
		if p != nil {
			cs16 = (cs16 + p.Val) % 1000003
		}
	}
	for _, p := range al16 {
		cs16 = (cs16 + 3*p.Val) % 1000003
	}
	acc = mix(acc, cs16)
	return acc
}

func w3(id int) (acc int) {
	acc = id + 5
	var rw17 sync.RWMutex
	var wgr17 sync.WaitGroup
	rm17 := map[int]*Node{}
	for j := 0; j < 1; j++ {
		wgr17.Add(2)
		go func(j int) {
			defer wgr17.Done()
			for r := 0; r < 8; r++ {
				rw17.Lock()
				rm17[j] = &Node{Val: r + 89, Next: rm17[j]}
				rw17.Unlock()
				pause(r)
			}
		}(j)
		go func() {
			defer wgr17.Done()
			for r := 0; r < 8; r++ {
				rw17.RLock()
				_ = len(rm17)
				rw17.RUnlock()
				runtime.Gosched()
			}
		}()
	}
	wgr17.Wait()
	for _, l := range rm17 {
		acc = (acc + sumList(l)) % 1000003
	}
	time.Sleep(18 * time.Microsecond)
	src19 := make([]*Node, 4)
	for i := range src19 {
		src19[i] = &Node{Val: i * 6}
	}
	dst19 := make([]*Node, 4/2+1)
	copy(dst19, src19[4/3:])
	al19 := src19[:4/2]
	al19 = append(al19, &Node{Val: 6})
	src19 = nil
	garbage(21)
	pause(2)
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
	h20 := buildList(5, 86)
	o20 := &Node{Val: id}
	t20 := buildTree(3, 86)
	for i := 0; i < 10; i++ {
		h20.Next, o20.Next = o20.Next, h20.Next
		t20.Left, t20.Right = t20.Right, t20.Left
		if i%2 == 0 {
			pause(i)
		}
		garbage(11)
	}
	acc = mix(acc, sumList(h20)+sumList(o20)+sumTree(t20))
	return acc
}

func main() {
	gA.P = buildList(9, 1)
	gB.P = buildList(1, 2)
	for i := 0; i < 2; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(21, done)
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
