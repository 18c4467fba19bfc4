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
	var ea1 [3]Edge
	for i := range ea1 {
		ea1[i] = Edge{To: &Node{Val: i + 15}, W: i + 1}
	}
	eb1 := ea1
	ea1[1].To = nil
	garbage(10)
	pause(0)
	for _, e := range eb1 {
		acc = mix(acc, e.To.Val*e.W)
	}
	count(41 + id)
	ch3 := make(chan *Node, 0)
	go func() {
		for i := 0; i < 4; i++ {
			ch3 <- &Node{Val: i*66 + id, Next: buildList(i%3, i)}
		}
		close(ch3)
	}()
	garbage(26)
	for nd := range ch3 {
		acc = mix(acc, nd.Val+sumList(nd.Next))
	}
	l4 := buildList(1, id+96)
	acc = mix(acc, sumList(l4))
	fs5 := []func() int{}
	for i := 0; i < 2; i++ {
		q := &Node{Val: i*71 + id}
		fs5 = append(fs5, func() int { return q.Val + id })
	}
	garbage(41)
	for _, f := range fs5 {
		acc = mix(acc, f())
	}
	src6 := make([]*Node, 6)
	for i := range src6 {
		src6[i] = &Node{Val: i * 38}
	}
	dst6 := make([]*Node, 6/2+1)
	copy(dst6, src6[6/3:])
	al6 := src6[:6/2]
	al6 = append(al6, &Node{Val: 38})
	src6 = nil
	garbage(36)
	pause(2)
	cs6 := 0
	for _, p := range dst6 {
		if p != nil {
			cs6 = (cs6 + p.Val) % 1000003
		}
	}
	for _, p := range al6 {
		cs6 = (cs6 + 3*p.Val) % 1000003
	}
	acc = mix(acc, cs6)
	return acc
}

func w1(id int) (acc int) {
	acc = id + 2
	cc7 := make(chan *Node, 5)
	for i := 0; i < 5; i++ {
		cc7 <- &Node{Val: i + 73}
	}
	close(cc7)
	var nc7 chan *Node
	for cc7 != nil {
		select {
		case nd, ok := <-cc7:
			if !ok {
				cc7 = nil
			} else {
				acc = mix(acc, nd.Val)
			}
		case nd := <-nc7:
			acc = mix(acc, nd.Val)
		}
	}
	var wg8 sync.WaitGroup
	outs8 := make([]*Node, 4)
	for j := 0; j < 4; j++ {
		wg8.Add(1)
		go func(j int) {
			defer wg8.Done()
			pause(j + 0)
			outs8[j] = buildList(7, j+68)
		}(j)
	}
	wg8.Wait()
	for _, o := range outs8 {
		acc = mix(acc, sumList(o))
	}
	cc9 := make(chan *Node, 3)
	for i := 0; i < 3; i++ {
		cc9 <- &Node{Val: i + 64}
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
	return acc
}

func w2(id int) (acc int) {
	acc = id + 40
	var wg10 sync.WaitGroup
	outs10 := make([]*Node, 5)
	for j := 0; j < 5; j++ {
		wg10.Add(1)
		go func(j int) {
			defer wg10.Done()
			pause(j + 1)
			outs10[j] = buildList(7, j+92)
		}(j)
	}
	wg10.Wait()
	for _, o := range outs10 {
		acc = mix(acc, sumList(o))
	}
	gSlots[id] = buildList(22, 97+id)
	l11 := gSlots[id]
	gSlots[id] = nil
	pause(1)
	gSlots[id] = l11
	acc = mix(acc, sumList(gSlots[id]))
	mp12 := map[int]*Node{}
	for i := 0; i < 18; i++ {
		mp12[i] = &Node{Val: i*39 + id}
	}
	for i := 0; i < 18; i += 3 {
		delete(mp12, i)
	}
	pause(0)
	s12 := 0
	for key, v := range mp12 {
		s12 = (s12 + key*v.Val) % 1000003
	}
	acc = mix(acc, s12+len(mp12))
	return acc
}

func w3(id int) (acc int) {
	acc = id + 43
	addTotal(14 * id)
	big14 := make([]int, 4216)
	for i := 0; i < len(big14); i += 270 {
		big14[i] = i % 2
	}
	bs14 := 0
	for _, x := range big14 {
		bs14 += x
	}
	acc = mix(acc, bs14)
	mp15 := map[int]*Node{}
	for i := 0; i < 11; i++ {
		mp15[i] = &Node{Val: i*93 + id}
	}
	for i := 0; i < 11; i += 3 {
		delete(mp15, i)
	}
	pause(2)
	s15 := 0
	for key, v := range mp15 {
		s15 = (s15 + key*v.Val) % 1000003
	}
	acc = mix(acc, s15+len(mp15))
	rc16 := make(chan *Node, 1)
	for j := 0; j < 21; j++ {
		go func(j int) {
			rc16 <- &Node{Val: j * 23, Next: buildList(j%4, j)}
		}(j)
	}
	rs16 := 0
	for j := 0; j < 21; j++ {
		nd := <-rc16
		rs16 = (rs16 + nd.Val + sumList(nd.Next)) % 1000003
	}
	acc = mix(acc, rs16)
	h17 := buildList(13, 32)
	o17 := &Node{Val: id}
	t17 := buildTree(3, 32)
	for i := 0; i < 3; i++ {
		h17.Next, o17.Next = o17.Next, h17.Next
		t17.Left, t17.Right = t17.Right, t17.Left
		if i%2 == 0 {
			pause(i)
		}
		garbage(10)
	}
	acc = mix(acc, sumList(h17)+sumList(o17)+sumTree(t17))
	pv18 := buildList(6, 68)
	acc = mix(acc, catchNode(func() {
		garbage(8)
		panic(pv18)
	}))
	var rw19 sync.RWMutex
	var wgr19 sync.WaitGroup
	rm19 := map[int]*Node{}
	for j := 0; j < 2; j++ {
		wgr19.Add(2)
		go func(j int) {
			defer wgr19.Done()
			for r := 0; r < 7; r++ {
				rw19.Lock()
				rm19[j] = &Node{Val: r + 15, Next: rm19[j]}
				rw19.Unlock()
				pause(r)
			}
		}(j)
		go func() {
			defer wgr19.Done()
			for r := 0; r < 7; r++ {
				rw19.RLock()
				_ = len(rm19)
				rw19.RUnlock()
				runtime.Gosched()
			}
		}()
	}
	wgr19.Wait()
	for _, l := range rm19 {
		acc = (acc + sumList(l)) % 1000003
	}
	return acc
}

func w4(id int) (acc int) {
	acc = id + 15
	var rw20 sync.RWMutex
	var wgr20 sync.WaitGroup
	rm20 := map[int]*Node{}
	for j := 0; j < 1; j++ {
		wgr20.Add(2)
		go func(j int) {
			defer wgr20.Done()
			for r := 0; r < 3; r++ {
				rw20.Lock()
				rm20[j] = &Node{Val: r + 55, Next: rm20[j]}
				rw20.Unlock()
				pause(r)
			}
		}(j)
		go func() {
			defer wgr20.Done()
			for r := 0; r < 3; r++ {
				rw20.RLock()
				_ = len(rm20)
				rw20.RUnlock()
				runtime.Gosched()
			}
		}()
	}
	wgr20.Wait()
	for _, l := range rm20 {
		acc = (acc + sumList(l)) % 1000003
	}
	cc21 := make(chan *Node, 1)
	for i := 0; i < 1; i++ {
		cc21 <- &Node{Val: i + 15}
	}
	close(cc21)
	var nc21 chan *Node
	for cc21 != nil {
		select {
		case nd, ok := <-cc21:
			if !ok {
				cc21 = nil
			} else {
				acc = mix(acc, nd.Val)
			}
		case nd := <-nc21:
			acc = mix(acc, nd.Val)
		}
	}
	nap(29)
	str23 := ""
	for i := 0; i < 3; i++ {
		str23 += fmt.Sprint(i*70)
	}
	hm23 := &Holder{M: map[int]*Node{}}
	hm23.M[70] = &Node{Val: len(str23)}
	hm23.F = func() int { return hm23.M[70].Val }
	pause(0)
	acc = mix(acc, hm23.F())
	return acc
}

func main() {
	gA.P = buildList(9, 1)
	gB.P = buildList(6, 2)
	for i := 0; i < 3; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(7, done)
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
