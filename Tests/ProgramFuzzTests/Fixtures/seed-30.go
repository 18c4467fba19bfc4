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
	acc = id + 42
	fs1 := []func() int{}
	for i := 0; i < 5; i++ {
		q := &Node{Val: i*52 + id}
		fs1 = append(fs1, func() int { return q.Val + id })
	}
	garbage(39)
	for _, f := range fs1 {
		acc = mix(acc, f())
	}
	acc = mix(acc, sumList(onceList()))
	var vs3 []Valuer
	for i := 0; i < 21; i++ {
		if i%3 == 0 {
			vs3 = append(vs3, &Node{Val: i + 33, Data: make([]int, i%3)})
		} else {
			vs3 = append(vs3, Pair{i, 33})
		}
	}
	pause(0)
	for _, v := range vs3 {
		acc = mix(acc, v.Value())
	}
	gSlots[id] = buildList(9, 97+id)
	l4 := gSlots[id]
	gSlots[id] = nil
	pause(0)
	gSlots[id] = l4
	acc = mix(acc, sumList(gSlots[id]))
	ch5 := make(chan *Node, 3)
	go func() {
		for i := 0; i < 14; i++ {
			ch5 <- &Node{Val: i*42 + id, Next: buildList(i%3, i)}
		}
		close(ch5)
	}()
	garbage(15)
	for nd := range ch5 {
		acc = mix(acc, nd.Val+sumList(nd.Next))
	}
	a6 := buildList(27, 55+id)
	b6 := &Holder{}
	b6.P = a6.Next
	a6.Next = nil
	pause(2)
	garbage(15)
	acc = mix(acc, sumList(a6)+sumList(b6.P))
	tc7 := make(chan *Node)
	go func() {
		for i := 0; i < 5; i++ {
			time.Sleep(time.Duration(i%3) * time.Microsecond)
			tc7 <- &Node{Val: i + 21}
		}
	}()
	for got := 0; got < 5; {
		select {
		case nd := <-tc7:
			acc = mix(acc, nd.Val)
			got++
		case <-time.After(48 * time.Microsecond):
		}
	}
	return acc
}

func w1(id int) (acc int) {
	acc = id + 41
	count(50 + id)
	x9 := &Node{Val: 72, Data: []int{id, 72}}
	hold9 := &Holder{}
	hold9.P = x9
	hold9.V = x9
	x9 = nil
	garbage(47)
	pause(2)
	acc = mix(acc, hold9.P.Val+hold9.V.Value())
	fs10 := []func() int{}
	for i := 0; i < 11; i++ {
		q := &Node{Val: i*69 + id}
		fs10 = append(fs10, func() int { return q.Val + id })
	}
	garbage(54)
	for _, f := range fs10 {
		acc = mix(acc, f())
	}
	ch11 := make(chan *Node, 3)
	go func() {
		for i := 0; i < 11; i++ {
			ch11 <- &Node{Val: i*72 + id, Next: buildList(i%3, i)}
		}
		close(ch11)
	}()
	garbage(9)
	for nd := range ch11 {
		acc = mix(acc, nd.Val+sumList(nd.Next))
	}
	ch12 := make(chan *Node, 1)
	go func() {
		for i := 0; i < 13; i++ {
			ch12 <- &Node{Val: i*15 + id, Next: buildList(i%3, i)}
		}
		close(ch12)
	}()
	garbage(8)
	for nd := range ch12 {
		acc = mix(acc, nd.Val+sumList(nd.Next))
	}
	tk13 := time.NewTicker(12 * time.Microsecond)
	for i := 0; i < 3; i++ {
		<-tk13.C
	}
	tk13.Stop()
	tm13 := time.NewTimer(15 * time.Microsecond)
	<-tm13.C
	acc = mix(acc, 3)
	var vs14 []Valuer
	for i := 0; i < 4; i++ {
		if i%2 == 0 {
			vs14 = append(vs14, &Node{Val: i + 17, Data: make([]int, i%3)})
		} else {
			vs14 = append(vs14, Pair{i, 17})
		}
	}
	pause(1)
	for _, v := range vs14 {
		acc = mix(acc, v.Value())
	}
	return acc
}

func w2(id int) (acc int) {
	acc = id + 18
	rc15 := make(chan *Node, 1)
	for j := 0; j < 13; j++ {
		go func(j int) {
			rc15 <- &Node{Val: j * 63, Next: buildList(j%4, j)}
		}(j)
	}
	rs15 := 0
	for j := 0; j < 13; j++ {
		nd := <-rc15
		rs15 = (rs15 + nd.Val + sumList(nd.Next)) % 1000003
	}
	acc = mix(acc, rs15)
	cc16 := make(chan *Node, 6)
	for i := 0; i < 6; i++ {
		cc16 <- &Node{Val: i + 51}
	}
	close(cc16)
	var nc16 chan *Node
	for cc16 != nil {
		select {
		case nd, ok := <-cc16:
			if !ok {
				cc16 = nil
			} else {
				acc = mix(acc, nd.Val)
			}
		case nd := <-nc16:
			acc = mix(acc, nd.Val)
		}
	}
	nap(26)
	lx18 := id
	for i := 0; i < 29832; i++ {
		lx18 = (lx18*31 + i) % 1000003
	}
	acc = mix(acc, lx18)
	addTotal(1 * id)
	xs20 := []interface{}{&Node{Val: 66}, id, "s66", Pair{id, 66}, buildList(1, 66)}
	garbage(10)
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
	nap(12)
	return acc
}

func w3(id int) (acc int) {
	acc = id + 20
	var vs22 []Valuer
	for i := 0; i < 23; i++ {
		if i%2 == 0 {
			vs22 = append(vs22, &Node{Val: i + 69, Data: make([]int, i%3)})
		} else {
			vs22 = append(vs22, Pair{i, 69})
		}
	}
	pause(2)
	for _, v := range vs22 {
		acc = mix(acc, v.Value())
	}
	pc23 := make(chan int)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				pc23 <- 54
			}
		}()
		var np *Node
		pc23 <- np.Val
	}()
	acc = mix(acc, <-pc23)
	dp24 := &Node{Val: 83}
	defer func() {
		acc = mix(acc, dp24.Val)
	}()
	fc25 := make(chan func() int, 2)
	go func() {
		for i := 0; i < 9; i++ {
			cn := &Node{Val: i + 88, Next: buildList(i%3, i)}
			fc25 <- func() int { return cn.Val + sumList(cn.Next) }
		}
		close(fc25)
	}()
	garbage(28)
	for f := range fc25 {
		acc = mix(acc, f())
	}
	var mu26 sync.Mutex
	var wgm26 sync.WaitGroup
	var shared26 *Node
	for j := 0; j < 8; j++ {
		wgm26.Add(1)
		go func(j int) {
			defer wgm26.Done()
			for r := 0; r < 5; r++ {
				mu26.Lock()
				shared26 = &Node{Val: j*10 + r, Next: shared26}
				if r%2 == 0 {
					runtime.Gosched()
				}
				mu26.Unlock()
			}
		}(j)
	}
	wgm26.Wait()
	ms26 := 0
	for p := shared26; p != nil; p = p.Next {
		ms26 = (ms26 + p.Val) % 1000003
	}
	acc = mix(acc, ms26)
	pv27 := buildList(4, 5)
	acc = mix(acc, catchNode(func() {
		garbage(18)
		panic(pv27)
	}))
	return acc
}

func w4(id int) (acc int) {
	acc = id + 28
	x28 := &Node{Val: 46, Data: []int{id, 46}}
	hold28 := &Holder{}
	hold28.P = x28
	hold28.V = x28
	x28 = nil
	garbage(72)
	pause(1)
	acc = mix(acc, hold28.P.Val+hold28.V.Value())
	x29 := &Node{Val: 59, Data: []int{id, 59}}
	hold29 := &Holder{}
	hold29.P = x29
	hold29.V = x29
	x29 = nil
	garbage(44)
	pause(0)
	acc = mix(acc, hold29.P.Val+hold29.V.Value())
	var vs30 []Valuer
	for i := 0; i < 23; i++ {
		if i%2 == 0 {
			vs30 = append(vs30, &Node{Val: i + 59, Data: make([]int, i%3)})
		} else {
			vs30 = append(vs30, Pair{i, 59})
		}
	}
	pause(0)
	for _, v := range vs30 {
		acc = mix(acc, v.Value())
	}
	acc = mix(acc, deep(125, &Node{Val: 55}))
	return acc
}

func main() {
	gA.P = buildList(7, 1)
	gB.P = buildList(5, 2)
	for i := 0; i < 8; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(10, done)
	fns := []func(int) int{w0, w1, w2, w3, w4}
	results := make([]int, len(fns))
	ch := make(chan *Res, 1)
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
		case <-time.After(197 * time.Microsecond):
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
