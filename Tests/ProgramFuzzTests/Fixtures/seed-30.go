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
	p1 := &Node{Val: 52}
	f1 := func(d int) int {
		p1.Val = (p1.Val + d) % 1009
		return p1.Val
	}
	for i := 0; i < 6; i++ {
		acc = mix(acc, f1(i))
	}
	time.Sleep(14 * time.Microsecond)
	sq3 := make(chan *Node, 1)
	ss3 := 0
	for i := 0; i < 12; {
		select {
		case sq3 <- &Node{Val: i * 14}:
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
	h4 := buildList(5, 97)
	o4 := &Node{Val: id}
	t4 := buildTree(3, 97)
	for i := 0; i < 5; i++ {
		h4.Next, o4.Next = o4.Next, h4.Next
		t4.Left, t4.Right = t4.Right, t4.Left
		if i%3 == 0 {
			pause(i)
		}
		garbage(9)
	}
	acc = mix(acc, sumList(h4)+sumList(o4)+sumTree(t4))
	tc5 := make(chan *Node)
	go func() {
		for i := 0; i < 5; i++ {
			time.Sleep(time.Duration(i%3) * time.Microsecond)
			tc5 <- &Node{Val: i + 91}
		}
	}()
	for got := 0; got < 5; {
		select {
		case nd := <-tc5:
			acc = mix(acc, nd.Val)
			got++
		case <-time.After(11 * time.Microsecond):
		}
	}
	mn6 := &Node{Val: 85, Data: []int{1, 2}}
	mv6 := mn6.Value
	mn6 = nil
	garbage(21)
	pause(0)
	acc = mix(acc, mv6())
	acc = mix(acc, safeDiv(acc+39, id%3))
	return acc
}

func w1(id int) (acc int) {
	acc = id + 41
	acc = mix(acc, safeDiv(acc+50, id%3))
	var wg9 sync.WaitGroup
	outs9 := make([]*Node, 5)
	for j := 0; j < 5; j++ {
		wg9.Add(1)
		go func(j int) {
			defer wg9.Done()
			pause(j + 2)
			outs9[j] = buildList(2, j+24)
		}(j)
	}
	wg9.Wait()
	for _, o := range outs9 {
		acc = mix(acc, sumList(o))
	}
	mn10 := &Node{Val: 66, Data: []int{1, 2}}
	mv10 := mn10.Value
	mn10 = nil
	garbage(47)
	pause(1)
	acc = mix(acc, mv10())
	tk11 := time.NewTicker(3 * time.Microsecond)
	for i := 0; i < 2; i++ {
		<-tk11.C
	}
	tk11.Stop()
	tm11 := time.NewTimer(8 * time.Microsecond)
	<-tm11.C
	acc = mix(acc, 2)
	tc12 := make(chan *Node)
	go func() {
		for i := 0; i < 3; i++ {
			time.Sleep(time.Duration(i%3) * time.Microsecond)
			tc12 <- &Node{Val: i + 59}
		}
	}()
	for got := 0; got < 3; {
		select {
		case nd := <-tc12:
			acc = mix(acc, nd.Val)
			got++
		case <-time.After(46 * time.Microsecond):
		}
	}
	var wg13 sync.WaitGroup
	outs13 := make([]*Node, 3)
	for j := 0; j < 3; j++ {
		wg13.Add(1)
		go func(j int) {
			defer wg13.Done()
			pause(j + 2)
			outs13[j] = buildList(2, j+65)
		}(j)
	}
	wg13.Wait()
	for _, o := range outs13 {
		acc = mix(acc, sumList(o))
	}
	fs14 := []func() int{}
	for i := 0; i < 1; i++ {
		q := &Node{Val: i*16 + id}
		fs14 = append(fs14, func() int { return q.Val + id })
	}
	garbage(35)
	for _, f := range fs14 {
		acc = mix(acc, f())
	}
	return acc
}

func w2(id int) (acc int) {
	acc = id + 16
	var wg15 sync.WaitGroup
	outs15 := make([]*Node, 3)
	for j := 0; j < 3; j++ {
		wg15.Add(1)
		go func(j int) {
			defer wg15.Done()
			pause(j + 0)
			outs15[j] = buildList(6, j+63)
		}(j)
	}
	wg15.Wait()
	for _, o := range outs15 {
		acc = mix(acc, sumList(o))
	}
	mn16 := &Node{Val: 94, Data: []int{1, 2}}
	mv16 := mn16.Value
	mn16 = nil
	garbage(38)
	pause(1)
	acc = mix(acc, mv16())
	mp17 := map[int]*Node{}
	for i := 0; i < 24; i++ {
		mp17[i] = &Node{Val: i*81 + id}
	}
	for i := 0; i < 24; i += 3 {
		delete(mp17, i)
	}
	pause(0)
	s17 := 0
	for key, v := range mp17 {
		s17 = (s17 + key*v.Val) % 1000003
	}
	acc = mix(acc, s17+len(mp17))
	rc18 := make(chan *Node, 0)
	for j := 0; j < 6; j++ {
		go func(j int) {
			rc18 <- &Node{Val: j * 28, Next: buildList(j%4, j)}
		}(j)
	}
	rs18 := 0
	for j := 0; j < 6; j++ {
		nd := <-rc18
		rs18 = (rs18 + nd.Val + sumList(nd.Next)) % 1000003
	}
	acc = mix(acc, rs18)
	mp19 := map[int]*Node{}
	for i := 0; i < 20; i++ {
		mp19[i] = &Node{Val: i*15 + id}
	}
	for i := 0; i < 20; i += 2 {
		delete(mp19, i)
	}
	pause(1)
	s19 := 0
	for key, v := range mp19 {
		s19 = (s19 + key*v.Val) % 1000003
	}
	acc = mix(acc, s19+len(mp19))
	ptrs20 := make([]*Node, 4235)
	for i := 0; i < len(ptrs20); i += 182 {
		ptrs20[i] = &Node{Val: i % 75}
	}
	garbage(10)
	pause(2)
	ps20 := 0
	for i := 0; i < len(ptrs20); i += 182 {
		ps20 = (ps20 + ptrs20[i].Val) % 1000003
	}
	acc = mix(acc, ps20)
	nap(26)
	return acc
}

func w3(id int) (acc int) {
	acc = id + 32
	sq22 := make(chan *Node, 3)
	ss22 := 0
	for i := 0; i < 12; {
		select {
		case sq22 <- &Node{Val: i * 81}:
			i++
		case nd := <-sq22:
			ss22 = (ss22 + nd.Val) % 1000003
		}
	}
	close(sq22)
	for nd := range sq22 {
		ss22 = (ss22 + nd.Val) % 1000003
	}
	acc = mix(acc, ss22)
	em23 := map[int]Edge{}
	for i := 0; i < 18; i++ {
		em23[i] = Edge{To: &Node{Val: i + 15}, W: i % 5}
	}
	garbage(30)
	pause(0)
	es23 := 0
	for _, e := range em23 {
		es23 = (es23 + e.To.Val*e.W) % 1000003
	}
	acc = mix(acc, es23)
	ch24 := make(chan *Node, 1)
	go func() {
		for i := 0; i < 11; i++ {
			ch24 <- &Node{Val: i*85 + id, Next: buildList(i%3, i)}
		}
		close(ch24)
	}()
	garbage(9)
	for nd := range ch24 {
		acc = mix(acc, nd.Val+sumList(nd.Next))
	}
	a25 := buildList(27, 46+id)
	b25 := &Holder{}
	b25.P = a25.Next
	a25.Next = nil
	pause(1)
	garbage(32)
	acc = mix(acc, sumList(a25)+sumList(b25.P))
	tc26 := make(chan *Node)
	go func() {
		for i := 0; i < 2; i++ {
			time.Sleep(time.Duration(i%3) * time.Microsecond)
			tc26 <- &Node{Val: i + 23}
		}
	}()
	for got := 0; got < 2; {
		select {
		case nd := <-tc26:
			acc = mix(acc, nd.Val)
			got++
		case <-time.After(31 * time.Microsecond):
		}
	}
	em27 := map[int]Edge{}
	for i := 0; i < 10; i++ {
		em27[i] = Edge{To: &Node{Val: i + 15}, W: i % 5}
	}
	garbage(9)
	pause(1)
	es27 := 0
	for _, e := range em27 {
		es27 = (es27 + e.To.Val*e.W) % 1000003
	}
	acc = mix(acc, es27)
	p28 := &Node{Val: 83}
	f28 := func(d int) int {
		p28.Val = (p28.Val + d) % 1009
		return p28.Val
	}
	for i := 0; i < 12; i++ {
		acc = mix(acc, f28(i))
	}
	return acc
}

func w4(id int) (acc int) {
	acc = id + 1
	a29 := buildList(18, 91+id)
	b29 := &Holder{}
	b29.P = a29.Next
	a29.Next = nil
	pause(1)
	garbage(50)
	acc = mix(acc, sumList(a29)+sumList(b29.P))
	time.Sleep(15 * time.Microsecond)
	big31 := make([]int, 4143)
	for i := 0; i < len(big31); i += 145 {
		big31[i] = i % 60
	}
	bs31 := 0
	for _, x := range big31 {
		bs31 += x
	}
	acc = mix(acc, bs31)
	x32 := &Node{Val: 34, Data: []int{id, 34}}
	hold32 := &Holder{}
	hold32.P = x32
	hold32.V = x32
	x32 = nil
	garbage(24)
	pause(2)
	acc = mix(acc, hold32.P.Val+hold32.V.Value())
	fs33 := []func() int{}
	for i := 0; i < 15; i++ {
		q := &Node{Val: i*91 + id}
		fs33 = append(fs33, func() int { return q.Val + id })
	}
	garbage(19)
	for _, f := range fs33 {
		acc = mix(acc, f())
	}
	return acc
}

func main() {
	gA.P = buildList(4, 1)
	gB.P = buildList(7, 2)
	for i := 0; i < 7; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(20, done)
	fns := []func(int) int{w0, w1, w2, w3, w4}
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
