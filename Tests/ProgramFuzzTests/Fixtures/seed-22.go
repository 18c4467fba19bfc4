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
	acc = id + 20
	tc1 := make(chan *Node)
	go func() {
		for i := 0; i < 4; i++ {
			time.Sleep(time.Duration(i%3) * time.Microsecond)
			tc1 <- &Node{Val: i + 21}
		}
	}()
	for got := 0; got < 4; {
		select {
		case nd := <-tc1:
			acc = mix(acc, nd.Val)
			got++
		case <-time.After(19 * time.Microsecond):
		}
	}
	pc2 := make(chan int)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				pc2 <- 94
			}
		}()
		var np *Node
		pc2 <- np.Val
	}()
	acc = mix(acc, <-pc2)
	p3 := &Node{Val: 75}
	f3 := func(d int) int {
		p3.Val = (p3.Val + d) % 1009
		return p3.Val
	}
	for i := 0; i < 2; i++ {
		acc = mix(acc, f3(i))
	}
	xs4 := []interface{}{&Node{Val: 8}, id, "s8", Pair{id, 8}, buildList(3, 8)}
	garbage(33)
	for _, x := range xs4 {
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
	return acc
}

func w1(id int) (acc int) {
	acc = id + 15
	acc = mix(acc, safeDiv(acc+8, id%1))
	cc6 := make(chan *Node, 5)
	for i := 0; i < 5; i++ {
		cc6 <- &Node{Val: i + 47}
	}
	close(cc6)
	var nc6 chan *Node
	for cc6 != nil {
		select {
		case nd, ok := <-cc6:
			if !ok {
				cc6 = nil
			} else {
				acc = mix(acc, nd.Val)
			}
		case nd := <-nc6:
			acc = mix(acc, nd.Val)
		}
	}
	sc7 := make(chan int, 2)
	go func() {
		for i := 0; i < 9; i++ {
			sc7 <- i*6 + garbage(3)
		}
	}()
	for got := 0; got < 9; {
		select {
		case v := <-sc7:
			acc = mix(acc, v)
			got++
		default:
			runtime.Gosched()
		}
	}
	rc8 := make(chan *Node, 3)
	for j := 0; j < 17; j++ {
		go func(j int) {
			rc8 <- &Node{Val: j * 85, Next: buildList(j%4, j)}
		}(j)
	}
	rs8 := 0
	for j := 0; j < 17; j++ {
		nd := <-rc8
		rs8 = (rs8 + nd.Val + sumList(nd.Next)) % 1000003
	}
	acc = mix(acc, rs8)
	var rw9 sync.RWMutex
	var wgr9 sync.WaitGroup
	rm9 := map[int]*Node{}
	for j := 0; j < 1; j++ {
		wgr9.Add(2)
		go func(j int) {
			defer wgr9.Done()
			for r := 0; r < 4; r++ {
				rw9.Lock()
				rm9[j] = &Node{Val: r + 20, Next: rm9[j]}
				rw9.Unlock()
				pause(r)
			}
		}(j)
		go func() {
			defer wgr9.Done()
			for r := 0; r < 4; r++ {
				rw9.RLock()
				_ = len(rm9)
				rw9.RUnlock()
				runtime.Gosched()
			}
		}()
	}
	wgr9.Wait()
	for _, l := range rm9 {
		acc = (acc + sumList(l)) % 1000003
	}
	ch10 := make(chan *Node, 2)
	go func() {
		for i := 0; i < 17; i++ {
			ch10 <- &Node{Val: i*66 + id, Next: buildList(i%3, i)}
		}
		close(ch10)
	}()
	garbage(23)
	for nd := range ch10 {
		acc = mix(acc, nd.Val+sumList(nd.Next))
	}
	return acc
}

func w2(id int) (acc int) {
	acc = id + 15
	var rw11 sync.RWMutex
	var wgr11 sync.WaitGroup
	rm11 := map[int]*Node{}
	for j := 0; j < 3; j++ {
		wgr11.Add(2)
		go func(j int) {
			defer wgr11.Done()
			for r := 0; r < 2; r++ {
				rw11.Lock()
				rm11[j] = &Node{Val: r + 79, Next: rm11[j]}
				rw11.Unlock()
				pause(r)
			}
		}(j)
		go func() {
			defer wgr11.Done()
			for r := 0; r < 2; r++ {
				rw11.RLock()
				_ = len(rm11)
				rw11.RUnlock()
				runtime.Gosched()
			}
		}()
	}
	wgr11.Wait()
	for _, l := range rm11 {
		acc = (acc + sumList(l)) % 1000003
	}
	var mu12 sync.Mutex
	var wgm12 sync.WaitGroup
	var shared12 *Node
	for j := 0; j < 5; j++ {
		wgm12.Add(1)
		go func(j int) {
			defer wgm12.Done()
			for r := 0; r < 6; r++ {
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
	sc13 := make(chan int, 1)
	go func() {
		for i := 0; i < 1; i++ {
			sc13 <- i*3 + garbage(3)
		}
	}()
	for got := 0; got < 1; {
		select {
		case v := <-sc13:
			acc = mix(acc, v)
			got++
		default:
			runtime.Gosched()
		}
	}
	mn14 := &Node{Val: 4, Data: []int{1, 2}}
	mv14 := mn14.Value
	mn14 = nil
	garbage(12)
	pause(2)
	acc = mix(acc, mv14())
	pc15 := make(chan int)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				pc15 <- 54
			}
		}()
		var np *Node
		pc15 <- np.Val
	}()
	acc = mix(acc, <-pc15)
	var wg16 sync.WaitGroup
	outs16 := make([]*Node, 3)
	for j := 0; j < 3; j++ {
		wg16.Add(1)
		go func(j int) {
			defer wg16.Done()
			pause(j + 0)
			outs16[j] = buildList(2, j+33)
		}(j)
	}
	wg16.Wait()
	for _, o := range outs16 {
		acc = mix(acc, sumList(o))
	}
	mp17 := map[int]*Node{}
	for i := 0; i < 18; i++ {
		mp17[i] = &Node{Val: i*32 + id}
	}
	for i := 0; i < 18; i += 3 {
		delete(mp17, i)
	}
	pause(2)
	s17 := 0
	for key, v := range mp17 {
		s17 = (s17 + key*v.Val) % 1000003
	}
	acc = mix(acc, s17+len(mp17))
	return acc
}

func w3(id int) (acc int) {
	acc = id + 40
	p18 := &Node{Val: 10}
	f18 := func(d int) int {
		p18.Val = (p18.Val + d) % 1009
		return p18.Val
	}
	for i := 0; i < 17; i++ {
		acc = mix(acc, f18(i))
	}
	addTotal(52 * id)
	xs20 := []interface{}{&Node{Val: 42}, id, "s42", Pair{id, 42}, buildList(2, 42)}
	garbage(39)
	for _, x := range xs20 {
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
	rc21 := make(chan *Node, 3)
	for j := 0; j < 23; j++ {
		go func(j int) {
			rc21 <- &Node{Val: j * 27, Next: buildList(j%4, j)}
		}(j)
	}
	rs21 := 0
	for j := 0; j < 23; j++ {
		nd := <-rc21
		rs21 = (rs21 + nd.Val + sumList(nd.Next)) % 1000003
	}
	acc = mix(acc, rs21)
	return acc
}

func main() {
	gA.P = buildList(6, 1)
	gB.P = buildList(5, 2)
	for i := 0; i < 6; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(40, done)
	fns := []func(int) int{w0, w1, w2, w3}
	results := make([]int, len(fns))
	ch := make(chan Res, 0)
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
