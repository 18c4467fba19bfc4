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
	acc = id + 4
	src1 := make([]*Node, 30)
	for i := range src1 {
		src1[i] = &Node{Val: i * 41}
	}
	dst1 := make([]*Node, 30/2+1)
	copy(dst1, src1[30/3:])
	al1 := src1[:30/2]
	al1 = append(al1, &Node{Val: 41})
	src1 = nil
	garbage(40)
	pause(2)
	cs1 := 0
	for _, p := range dst1 {
		if p != nil {
			cs1 = (cs1 + p.Val) % 1000003
		}
	}
	for _, p := range al1 {
		cs1 = (cs1 + 3*p.Val) % 1000003
	}
	acc = mix(acc, cs1)
	gMu.Lock()
	gAny = &Node{Val: 67, Next: buildList(4, id)}
	gMu.Unlock()
	lx3 := id
	for i := 0; i < 23451; i++ {
		lx3 = (lx3*31 + i) % 1000003
	}
	acc = mix(acc, lx3)
	tc4 := make(chan *Node)
	go func() {
		for i := 0; i < 6; i++ {
			time.Sleep(time.Duration(i%3) * time.Microsecond)
			tc4 <- &Node{Val: i + 57}
		}
	}()
	for got := 0; got < 6; {
		select {
		case nd := <-tc4:
			acc = mix(acc, nd.Val)
			got++
		case <-time.After(41 * time.Microsecond):
		}
	}
	big5 := make([]int, 5266)
	for i := 0; i < len(big5); i += 295 {
		big5[i] = i % 89
	}
	bs5 := 0
	for _, x := range big5 {
		bs5 += x
	}
	acc = mix(acc, bs5)
	sq6 := make(chan *Node, 2)
	ss6 := 0
	for i := 0; i < 6; {
		select {
		case sq6 <- &Node{Val: i * 95}:
			i++
		case nd := <-sq6:
			ss6 = (ss6 + nd.Val) % 1000003
		}
	}
	close(sq6)
	for nd := range sq6 {
		ss6 = (ss6 + nd.Val) % 1000003
	}
	acc = mix(acc, ss6)
	return acc
}

func w1(id int) (acc int) {
	acc = id + 35
	gSlots[id] = buildList(11, 95+id)
	l7 := gSlots[id]
	gSlots[id] = nil
	pause(0)
	gSlots[id] = l7
	acc = mix(acc, sumList(gSlots[id]))
	cc8 := make(chan *Node, 3)
	for i := 0; i < 3; i++ {
		cc8 <- &Node{Val: i + 74}
	}
	close(cc8)
	var nc8 chan *Node
	for cc8 != nil {
		select {
		case nd, ok := <-cc8:
			if !ok {
				cc8 = nil
			} else {
				acc = mix(acc, nd.Val)
			}
		case nd := <-nc8:
			acc = mix(acc, nd.Val)
		}
	}
	fs9 := []func() int{}
	for i := 0; i < 3; i++ {
		q := &Node{Val: i*80 + id}
		fs9 = append(fs9, func() int { return q.Val + id })
	}
	garbage(32)
	for _, f := range fs9 {
		acc = mix(acc, f())
	}
	pc10 := make(chan int)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				pc10 <- 82
			}
		}()
		var np *Node
		pc10 <- np.Val
	}()
	acc = mix(acc, <-pc10)
	gSlots[id] = buildList(7, 74+id)
	l11 := gSlots[id]
	gSlots[id] = nil
	pause(0)
	gSlots[id] = l11
	acc = mix(acc, sumList(gSlots[id]))
	count(15 + id)
	a13 := buildList(17, 28+id)
	b13 := &Holder{}
	b13.P = a13.Next
	a13.Next = nil
	pause(1)
	garbage(25)
	acc = mix(acc, sumList(a13)+sumList(b13.P))
	return acc
}

func w2(id int) (acc int) {
	acc = id + 36
	defer addList(buildList(11, 38+id))
	garbage(9)
	x15 := &Node{Val: 6, Data: []int{id, 6}}
	hold15 := &Holder{}
	hold15.P = x15
	hold15.V = x15
	x15 = nil
	garbage(41)
	pause(0)
	acc = mix(acc, hold15.P.Val+hold15.V.Value())
	var wg16 sync.WaitGroup
	outs16 := make([]*Node, 4)
	for j := 0; j < 4; j++ {
		wg16.Add(1)
		go func(j int) {
			defer wg16.Done()
			pause(j + 0)
			outs16[j] = buildList(7, j+77)
		}(j)
	}
	wg16.Wait()
	for _, o := range outs16 {
		acc = mix(acc, sumList(o))
	}
	var mu17 sync.Mutex
	var wgm17 sync.WaitGroup
	var shared17 *Node
	for j := 0; j < 2; j++ {
		wgm17.Add(1)
		go func(j int) {
			defer wgm17.Done()
			for r := 0; r < 3; r++ {
				mu17.Lock()
				shared17 = &Node{Val: j*10 + r, Next: shared17}
				if r%2 == 0 {
					runtime.Gosched()
				}
				mu17.Unlock()
			}
		}(j)
	}
	wgm17.Wait()
	ms17 := 0
	for p := shared17; p != nil; p = p.Next {
		ms17 = (ms17 + p.Val) % 1000003
	}
	acc = mix(acc, ms17)
	return acc
}

func w3(id int) (acc int) {
	acc = id + 21
	str18 := ""
	for i := 0; i < 10; i++ {
		str18 += fmt.Sprint(i*76)
	}
	hm18 := &Holder{M: map[int]*Node{}}
	hm18.M[76] = &Node{Val: len(str18)}
	hm18.F = func() int { return hm18.M[76].Val }
	pause(1)
	acc = mix(acc, hm18.F())
	mn19 := &Node{Val: 40, Data: []int{1, 2}}
	mv19 := mn19.Value
	mn19 = nil
	garbage(52)
	pause(1)
	acc = mix(acc, mv19())
	a20 := buildList(13, 7+id)
	b20 := &Holder{}
	b20.P = a20.Next
	a20.Next = nil
	pause(0)
	garbage(16)
	acc = mix(acc, sumList(a20)+sumList(b20.P))
	t21 := buildTree(3, id+82)
	acc = mix(acc, sumTree(t21))
	acc = mix(acc, deep(178, &Node{Val: 30}))
	var vs23 []Valuer
	for i := 0; i < 6; i++ {
		if i%3 == 0 {
			vs23 = append(vs23, &Node{Val: i + 87, Data: make([]int, i%3)})
		} else {
			vs23 = append(vs23, Pair{i, 87})
		}
	}
	pause(1)
	for _, v := range vs23 {
		acc = mix(acc, v.Value())
	}
	return acc
}

func w4(id int) (acc int) {
	acc = id + 7
	em24 := map[int]Edge{}
	for i := 0; i < 12; i++ {
		em24[i] = Edge{To: &Node{Val: i + 18}, W: i % 5}
	}
	garbage(13)
	pause(1)
	es24 := 0
	for _, e := range em24 {
		es24 = (es24 + e.To.Val*e.W) % 1000003
	}
	acc = mix(acc, es24)
	m25 := make(map[int][]int)
	for i := 0; i < 10; i++ {
		m25[i%3] = append(m25[i%3], i*44+id)
	}
	s25 := 0
	for key, vs := range m25 {
		s25 += key * len(vs)
		for _, x := range vs {
			s25 = (s25 + x) % 1000003
		}
	}
	acc = mix(acc, s25)
	defer addList(buildList(19, 30+id))
	garbage(32)
	var vs27 []Valuer
	for i := 0; i < 4; i++ {
		if i%3 == 0 {
			vs27 = append(vs27, &Node{Val: i + 33, Data: make([]int, i%3)})
		} else {
			vs27 = append(vs27, Pair{i, 33})
		}
	}
	pause(0)
	for _, v := range vs27 {
		acc = mix(acc, v.Value())
	}
	return acc
}

func main() {
	gA.P = buildList(1, 1)
	gB.P = buildList(10, 2)
	for i := 0; i < 8; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(10, done)
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
