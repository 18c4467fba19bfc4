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
	acc = id + 25
	sc1 := make(chan int, 2)
	go func() {
		for i := 0; i < 5; i++ {
			sc1 <- i*21 + garbage(3)
		}
	}()
	for got := 0; got < 5; {
		select {
		case v := <-sc1:
			acc = mix(acc, v)
			got++
		default:
			runtime.Gosched()
		}
	}
	lx2 := id
	for i := 0; i < 23535; i++ {
		lx2 = (lx2*31 + i) % 1000003
	}
	acc = mix(acc, lx2)
	mp3 := map[int]*Node{}
	for i := 0; i < 4; i++ {
		mp3[i] = &Node{Val: i*10 + id}
	}
	for i := 0; i < 4; i += 2 {
		delete(mp3, i)
	}
	pause(1)
	s3 := 0
	for key, v := range mp3 {
		s3 = (s3 + key*v.Val) % 1000003
	}
	acc = mix(acc, s3+len(mp3))
	sc4 := make(chan int, 1)
	go func() {
		for i := 0; i < 7; i++ {
			sc4 <- i*77 + garbage(3)
		}
	}()
	for got := 0; got < 7; {
		select {
		case v := <-sc4:
			acc = mix(acc, v)
			got++
		default:
			runtime.Gosched()
		}
	}
	return acc
}

func w1(id int) (acc int) {
	acc = id + 9
	var mu5 sync.Mutex
	var wgm5 sync.WaitGroup
	var shared5 *Node
	for j := 0; j < 7; j++ {
		wgm5.Add(1)
		go func(j int) {
			defer wgm5.Done()
			for r := 0; r < 1; r++ {
				mu5.Lock()
				shared5 = &Node{Val: j*10 + r, Next: shared5}
				if r%2 == 0 {
					runtime.Gosched()
				}
				mu5.Unlock()
			}
		}(j)
	}
	wgm5.Wait()
	ms5 := 0
	for p := shared5; p != nil; p = p.Next {
		ms5 = (ms5 + p.Val) % 1000003
	}
	acc = mix(acc, ms5)
	pc6 := make(chan int)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				pc6 <- 37
			}
		}()
		var np *Node
		pc6 <- np.Val
	}()
	acc = mix(acc, <-pc6)
	fc7 := make(chan func() int, 1)
	go func() {
		for i := 0; i < 6; i++ {
			cn := &Node{Val: i + 58, Next: buildList(i%3, i)}
			fc7 <- func() int { return cn.Val + sumList(cn.Next) }
		}
		close(fc7)
	}()
	garbage(20)
	for f := range fc7 {
		acc = mix(acc, f())
	}
	return acc
}

func w2(id int) (acc int) {
	acc = id + 22
	var wg8 sync.WaitGroup
	outs8 := make([]*Node, 4)
	for j := 0; j < 4; j++ {
		wg8.Add(1)
		go func(j int) {
			defer wg8.Done()
			pause(j + 1)
			outs8[j] = buildList(9, j+8)
		}(j)
	}
	wg8.Wait()
	for _, o := range outs8 {
		acc = mix(acc, sumList(o))
	}
	mn9 := &Node{Val: 71, Data: []int{1, 2}}
	mv9 := mn9.Value
	mn9 = nil
	garbage(25)
	pause(2)
	acc = mix(acc, mv9())
	var mu10 sync.Mutex
	var wgm10 sync.WaitGroup
	var shared10 *Node
	for j := 0; j < 7; j++ {
		wgm10.Add(1)
		go func(j int) {
			defer wgm10.Done()
			for r := 0; r < 2; r++ {
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
	pv11 := buildList(5, 88)
	acc = mix(acc, catchNode(func() {
		garbage(30)
		panic(pv11)
	}))
	ch12 := make(chan *Node, 0)
	go func() {
		for i := 0; i < 2; i++ {
			ch12 <- &Node{Val: i*3 + id, Next: buildList(i%3, i)}
		}
		close(ch12)
	}()
	garbage(2)
	for nd := range ch12 {
		acc = mix(acc, nd.Val+sumList(nd.Next))
	}
	t13 := buildTree(6, id+71)
	acc = mix(acc, sumTree(t13))
	lx14 := id
	for i := 0; i < 11432; i++ {
		lx14 = (lx14*31 + i) % 1000003
	}
	acc = mix(acc, lx14)
	return acc
}

func w3(id int) (acc int) {
	acc = id + 36
	xs15 := []interface{}{&Node{Val: 4}, id, "s4", Pair{id, 4}, buildList(2, 4)}
	garbage(7)
	for _, x := range xs15 {
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
	fc16 := make(chan func() int, 0)
	go func() {
		for i := 0; i < 8; i++ {
			cn := &Node{Val: i + 56, Next: buildList(i%3, i)}
			fc16 <- func() int { return cn.Val + sumList(cn.Next) }
		}
		close(fc16)
	}()
	garbage(9)
	for f := range fc16 {
		acc = mix(acc, f())
	}
	p17 := &Node{Val: 10}
	f17 := func(d int) int {
		p17.Val = (p17.Val + d) % 1009
		return p17.Val
	}
	for i := 0; i < 17; i++ {
		acc = mix(acc, f17(i))
	}
	gSlots[id] = buildList(11, 52+id)
	l18 := gSlots[id]
	gSlots[id] = nil
	pause(0)
	gSlots[id] = l18
	acc = mix(acc, sumList(gSlots[id]))
	var mu19 sync.Mutex
	var wgm19 sync.WaitGroup
	var shared19 *Node
	for j := 0; j < 3; j++ {
		wgm19.Add(1)
		go func(j int) {
			defer wgm19.Done()
			for r := 0; r < 4; r++ {
				mu19.Lock()
				shared19 = &Node{Val: j*10 + r, Next: shared19}
				if r%2 == 0 {
					runtime.Gosched()
				}
				mu19.Unlock()
			}
		}(j)
	}
	wgm19.Wait()
	ms19 := 0
	for p := shared19; p != nil; p = p.Next {
		ms19 = (ms19 + p.Val) % 1000003
	}
	acc = mix(acc, ms19)
	return acc
}

func main() {
	gA.P = buildList(7, 1)
	gB.P = buildList(9, 2)
	for i := 0; i < 4; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(17, done)
	fns := []func(int) int{w0, w1, w2, w3}
	results := make([]int, len(fns))
	ch := make(chan *Res, 2)
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
		case <-time.After(71 * time.Microsecond):
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
