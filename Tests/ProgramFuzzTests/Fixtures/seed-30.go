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
	acc = id + 25
	fs1 := []func() int{}
	for i := 0; i < 5; i++ {
		q := &Node{Val: i*52 + id}
		fs1 = append(fs1, func() int { return q.Val + id })
	}
	garbage(39)
	for _, f := range fs1 {
		acc = mix(acc, f())
	}
	ptrs2 := make([]*Node, 4399)
	for i := 0; i < len(ptrs2); i += 33 {
		ptrs2[i] = &Node{Val: i % 96}
	}
	garbage(35)
	pause(2)
	ps2 := 0
	for i := 0; i < len(ptrs2); i += 33 {
		ps2 = (ps2 + ptrs2[i].Val) % 1000003
	}
	acc = mix(acc, ps2)
	runtime.GC()
	var vs4 []Valuer
	for i := 0; i < 11; i++ {
		if i%2 == 0 {
			vs4 = append(vs4, &Node{Val: i + 33, Data: make([]int, i%3)})
		} else {
			vs4 = append(vs4, Pair{i, 33})
		}
	}
	pause(1)
	for _, v := range vs4 {
		acc = mix(acc, v.Value())
	}
	big5 := make([]int, 5172)
	for i := 0; i < len(big5); i += 101 {
		big5[i] = i % 91
	}
	bs5 := 0
	for _, x := range big5 {
		bs5 += x
	}
	acc = mix(acc, bs5)
	fc6 := make(chan func() int, 0)
	go func() {
		for i := 0; i < 3; i++ {
			cn := &Node{Val: i + 85, Next: buildList(i%3, i)}
			fc6 <- func() int { return cn.Val + sumList(cn.Next) }
		}
		close(fc6)
	}()
	garbage(12)
	for f := range fc6 {
		acc = mix(acc, f())
	}
	var mu7 sync.Mutex
	var wgm7 sync.WaitGroup
	var shared7 *Node
	for j := 0; j < 7; j++ {
		wgm7.Add(1)
		go func(j int) {
			defer wgm7.Done()
			for r := 0; r < 6; r++ {
				mu7.Lock()
				shared7 = &Node{Val: j*10 + r, Next: shared7}
				if r%2 == 0 {
					runtime.Gosched()
				}
				mu7.Unlock()
			}
		}(j)
	}
	wgm7.Wait()
	ms7 := 0
	for p := shared7; p != nil; p = p.Next {
		ms7 = (ms7 + p.Val) % 1000003
	}
	acc = mix(acc, ms7)
	return acc
}

func w1(id int) (acc int) {
	acc = id + 27
	x8 := &Node{Val: 72, Data: []int{id, 72}}
	hold8 := &Holder{}
	hold8.P = x8
	hold8.V = x8
	x8 = nil
	garbage(47)
	pause(2)
	acc = mix(acc, hold8.P.Val+hold8.V.Value())
	fs9 := []func() int{}
	for i := 0; i < 11; i++ {
		q := &Node{Val: i*69 + id}
		fs9 = append(fs9, func() int { return q.Val + id })
	}
	garbage(54)
	for _, f := range fs9 {
		acc = mix(acc, f())
	}
	dp10 := &Node{Val: 72}
	defer func() {
		acc = mix(acc, dp10.Val)
	}()
	pc11 := make(chan int)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				pc11 <- 50
			}
		}()
		var np *Node
		pc11 <- np.Val
	}()
	acc = mix(acc, <-pc11)
	var vs12 []Valuer
	for i := 0; i < 10; i++ {
		if i%3 == 0 {
			vs12 = append(vs12, &Node{Val: i + 29, Data: make([]int, i%3)})
		} else {
			vs12 = append(vs12, Pair{i, 29})
		}
	}
	pause(1)
	for _, v := range vs12 {
		acc = mix(acc, v.Value())
	}
	acc = mix(acc, deep(413, &Node{Val: 26}))
	return acc
}

func w2(id int) (acc int) {
	acc = id + 4
	xs14 := []interface{}{&Node{Val: 69}, id, "s69", Pair{id, 69}, buildList(1, 69)}
	garbage(10)
	for _, x := range xs14 {
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
	runtime.GOMAXPROCS(4)
	acc = mix(acc, sumList(onceList()))
	tc17 := make(chan *Node)
	go func() {
		for i := 0; i < 2; i++ {
			time.Sleep(time.Duration(i%3) * time.Microsecond)
			tc17 <- &Node{Val: i + 54}
		}
	}()
	for got := 0; got < 2; {
		select {
		case nd := <-tc17:
			acc = mix(acc, nd.Val)
			got++
		case <-time.After(27 * time.Microsecond):
		}
	}
	fc18 := make(chan func() int, 1)
	go func() {
		for i := 0; i < 6; i++ {
			cn := &Node{Val: i + 94, Next: buildList(i%3, i)}
			fc18 <- func() int { return cn.Val + sumList(cn.Next) }
		}
		close(fc18)
	}()
	garbage(26)
	for f := range fc18 {
		acc = mix(acc, f())
	}
	return acc
}

func w3(id int) (acc int) {
	acc = id + 45
	l19 := buildList(12, id+97)
	acc = mix(acc, sumList(l19))
	var vs20 []Valuer
	for i := 0; i < 4; i++ {
		if i%2 == 0 {
			vs20 = append(vs20, &Node{Val: i + 66, Data: make([]int, i%3)})
		} else {
			vs20 = append(vs20, Pair{i, 66})
		}
	}
	pause(0)
	for _, v := range vs20 {
		acc = mix(acc, v.Value())
	}
	ch21 := make(chan *Node, 3)
	go func() {
		for i := 0; i < 8; i++ {
			ch21 <- &Node{Val: i*64 + id, Next: buildList(i%3, i)}
		}
		close(ch21)
	}()
	garbage(22)
	for nd := range ch21 {
		acc = mix(acc, nd.Val+sumList(nd.Next))
	}
	acc = mix(acc, deep(138, &Node{Val: 15}))
	runtime.GOMAXPROCS(4)
	dp24 := &Node{Val: 83}
	defer func() {
		acc = mix(acc, dp24.Val)
	}()
	return acc
}

func w4(id int) (acc int) {
	acc = id + 21
	var mu25 sync.Mutex
	var wgm25 sync.WaitGroup
	var shared25 *Node
	for j := 0; j < 8; j++ {
		wgm25.Add(1)
		go func(j int) {
			defer wgm25.Done()
			for r := 0; r < 1; r++ {
				mu25.Lock()
				shared25 = &Node{Val: j*10 + r, Next: shared25}
				if r%2 == 0 {
					runtime.Gosched()
				}
				mu25.Unlock()
			}
		}(j)
	}
	wgm25.Wait()
	ms25 := 0
	for p := shared25; p != nil; p = p.Next {
		ms25 = (ms25 + p.Val) % 1000003
	}
	acc = mix(acc, ms25)
	acc = mix(acc, deep(442, &Node{Val: 89}))
	fc27 := make(chan func() int, 1)
	go func() {
		for i := 0; i < 5; i++ {
			cn := &Node{Val: i + 5, Next: buildList(i%3, i)}
			fc27 <- func() int { return cn.Val + sumList(cn.Next) }
		}
		close(fc27)
	}()
	garbage(13)
	for f := range fc27 {
		acc = mix(acc, f())
	}
	var wg28 sync.WaitGroup
	outs28 := make([]*Node, 2)
	for j := 0; j < 2; j++ {
		wg28.Add(1)
		go func(j int) {
			defer wg28.Done()
			pause(j + 2)
			outs28[j] = buildList(7, j+27)
		}(j)
	}
	wg28.Wait()
	for _, o := range outs28 {
		acc = mix(acc, sumList(o))
	}
	h29 := buildList(5, 59)
	o29 := &Node{Val: id}
	t29 := buildTree(4, 59)
	for i := 0; i < 6; i++ {
		h29.Next, o29.Next = o29.Next, h29.Next
		t29.Left, t29.Right = t29.Right, t29.Left
		if i%2 == 0 {
			pause(i)
		}
		garbage(11)
	}
	acc = mix(acc, sumList(h29)+sumList(o29)+sumTree(t29))
	fs30 := []func() int{}
	for i := 0; i < 9; i++ {
		q := &Node{Val: i*46 + id}
		fs30 = append(fs30, func() int { return q.Val + id })
	}
	garbage(52)
	for _, f := range fs30 {
		acc = mix(acc, f())
	}
	runtime.GOMAXPROCS(3)
	return acc
}

func main() {
	gA.P = buildList(10, 1)
	gB.P = buildList(3, 2)
	for i := 0; i < 5; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(21, done)
	fns := []func(int) int{w0, w1, w2, w3, w4}
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
