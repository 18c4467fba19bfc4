// Valid programs beyond the corpus (each passes go vet with Go 1.19, min/max
// aside) that must check without errors: embedding, method values,
// interfaces, closures, typed constants, library types, select loops.
import Testing
@testable import GoFrontend

let validPrograms: [(String, String)] = [
    ("v1", #"""
package main

import (
	"errors"
	"fmt"
	"math/rand"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
)

type Animal interface {
	Sound() string
}

type Named interface {
	Animal
	fmt.Stringer
}

type Base struct{ ID int }

func (b *Base) SetID(id int) { b.ID = id }
func (b Base) Describe() string { return "base " + strconv.Itoa(b.ID) }

type Dog struct {
	Base
	name string
}

func (d Dog) Sound() string   { return "woof" }
func (d Dog) String() string  { return "Dog(" + d.name + ")" }

type IntList []int

func (l IntList) Sum() (s int) {
	for _, v := range l {
		s += v
	}
	return
}

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

var ErrNotFound = errors.New("not found")

func find(m map[string][]int, k string) ([]int, error) {
	if v, ok := m[k]; ok {
		return v, nil
	}
	return nil, fmt.Errorf("find %q: %w", k, ErrNotFound)
}

func variadic(prefix string, xs ...int) string {
	parts := make([]string, 0, len(xs))
	for _, x := range xs {
		parts = append(parts, strconv.Itoa(x))
	}
	return prefix + strings.Join(parts, ",")
}

func divmod(a, b int) (q, r int) {
	q, r = a/b, a%b
	return
}

func main() {
	var n Named = Dog{Base{1}, "rex"}
	fmt.Println(n, n.Sound(), KB, MB, GB)
	d := Dog{name: "fido"}
	d.SetID(7)
	fmt.Println(d.Describe(), d.ID, d.Base.ID)
	describe := d.Describe
	fmt.Println(describe())
	fmt.Println(IntList{1, 2, 3}.Sum())
	m := map[string][]int{"a": {1, 2}}
	if _, err := find(m, "b"); errors.Is(err, ErrNotFound) {
		fmt.Println("wrapped:", err)
	}
	var e error = &MyErr{3}
	if me, ok := e.(*MyErr); ok {
		fmt.Println(me.Code)
	}
	xs := []int{3, 1, 2}
	fmt.Println(variadic("n:", xs...), variadic("none"))
	sort.Slice(xs, func(i, j int) bool { return xs[i] < xs[j] })
	sort.Ints(xs)
	q, r := divmod(17, 5)
	q, r = r, q
	fmt.Println(q, r)
	var counter int64
	var once sync.Once
	var rw sync.RWMutex
	var wg sync.WaitGroup
	var ai atomic.Int64
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			atomic.AddInt64(&counter, 1)
			ai.Add(2)
			once.Do(func() { fmt.Println("once") })
			rw.RLock()
			rw.RUnlock()
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&counter), ai.Load())
	var sb strings.Builder
	for i, r := range "héllo" {
		sb.WriteRune(r)
		sb.WriteByte(byte('0' + i))
	}
	sb.WriteString("!")
	fmt.Println(sb.String(), sb.Len())
	runes := []rune("héllo")
	bs := []byte("abc")
	bs[0] -= 32
	fmt.Println(len(runes), string(runes[1]), string(bs), strings.Split("a,b", ","), strings.Contains("abc", "b"))
	if v, err := strconv.Atoi("42"); err == nil {
		fmt.Println(v + 1)
	}
	t := time.NewTimer(10 * time.Millisecond)
	tk := time.NewTicker(time.Millisecond)
	<-tk.C
	tk.Stop()
	select {
	case <-t.C:
	case <-time.After(time.Second):
	}
	start := time.Now()
	el := time.Since(start)
	fmt.Println(el >= 0, el.Seconds() >= 0, time.Duration(1500)*time.Millisecond)
	rand.Seed(1)
	_ = rand.Intn(10)
	anon := struct {
		X, Y int
	}{1, 2}
	grid := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	fmt.Println(anon.X+anon.Y, grid[1][2], len(grid[0]))
	ops := map[string]func(int, int) int{
		"add": func(a, b int) int { return a + b },
	}
	fmt.Println(ops["add"](2, 3))
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 1 {
				continue outer
			}
			if i == 2 {
				break outer
			}
		}
	}
	var x interface{} = 3
	switch v := x.(type) {
	case nil:
		fmt.Println("nil")
	case int, int64:
		fmt.Println("int-ish", v)
	}
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered", r)
			os.Exit(0)
		}
	}()
	var arr [5]int
	p := &arr
	p[1] = 2
	for i := range p {
		arr[i]++
	}
	sl := arr[1:3]
	fmt.Println(sl, cap(sl), min(3, 1, 2), max(2.5, 1))
	ch := make(chan int, 1)
	select {
	case ch <- 1:
	default:
	}
	close(ch)
	for v := range ch {
		fmt.Println(v)
	}
	if len(os.Args) > 5 {
		panic(errors.New("too many"))
	}
	var ptr *Dog
	_ = ptr
	k := 10
	k <<= 2
	k &^= 3
	u := uint8(200)
	u += 100
	fmt.Println(k, u, ^0, -7/2, -7%2, 1.0/3)
}
"""#),
    ("v2", #"""
package main

import (
	"fmt"
	"strings"
	"time"
)

type Point struct{ X, Y int }

func (p *Point) Move(dx int) *Point { p.X += dx; return p }
func (p Point) Dist() int          { return p.X*p.X + p.Y*p.Y }

type Logger struct {
	*strings.Builder
	prefix string
}

type Shape interface{ Dist() int }

var (
	total   = sum(values...)
	values  = []int{1, 2, 3}
	origin  Point
	handler func(int) int
)

func init() {
	handler = func(x int) int { return x * 2 }
}

func sum(xs ...int) (s int) {
	for _, x := range xs {
		s += x
	}
	return s
}

func pair() (int, string) { return 1, "one" }

func show(n int, s string) string { return fmt.Sprint(n, s) }

func even(n int) bool {
	if n == 0 {
		return true
	}
	return odd(n - 1)
}

func odd(n int) bool {
	if n == 0 {
		return false
	}
	return even(n - 1)
}

func gen(n int) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for i := 0; i < n; i++ {
			ch <- i
		}
	}()
	return ch
}

func adder() func(int) func() int {
	return func(a int) func() int {
		return func() int { return a + 1 }
	}
}

func classify(x int) string {
	switch {
	case x < 0:
		return "neg"
	case x == 0:
		fallthrough
	case x < 10:
		return "small"
	}
	return "big"
}

func main() {
	fmt.Println(total, origin, handler(4), show(pair()))
	pts := map[string]Point{"a": {1, 2}, "b": {X: 3}}
	ptrs := []*Point{{1, 1}, {2, 2}}
	grid := [][]Point{{{1, 2}}, {}}
	fmt.Println(pts["a"].Dist(), ptrs[1].Move(3).Move(1).X, len(grid))
	p := &pts
	(*p)["c"] = Point{}
	q := Point{1, 2}
	px := &q.X
	*px = 10
	q.Move(1)
	var s Shape = &q
	var s2 Shape = q
	fmt.Println(s.Dist(), s2.Dist(), q == Point{11, 2}, [2]int{1, 2} == [2]int{1, 2})
	n := new(int)
	*n++
	ip := &[]int{1, 2}
	(*ip)[0] = 5
	fmt.Println(*n, *ip)
	lg := Logger{&strings.Builder{}, "> "}
	lg.WriteString(lg.prefix + "hi")
	fmt.Println(lg.String())
	const half = 5 / 2.0
	const whole = 10 / 2.0
	var f32 float32 = 0.1
	arr := [whole]int{}
	fmt.Println(half, len(arr), f32, "abc" < "abd", even(10), odd(7))
	for v := range gen(3) {
		fmt.Print(v)
	}
	fmt.Println()
	chans := make(chan chan int, 1)
	inner := make(chan int, 1)
	chans <- inner
	var sendOnly chan<- chan int = chans
	_ = sendOnly
	(<-chans) <- 7
	fmt.Println(<-inner, adder()(41)(), classify(0), classify(50))
	done := make(chan struct{})
	results := make([]int, 3)
	for i := 0; i < 3; i++ {
		go func(i int) {
			results[i] = i * i
			done <- struct{}{}
		}(i)
	}
	for i := 0; i < 3; i++ {
		<-done
	}
	timeout := time.After(50 * time.Millisecond)
	tick := time.Tick(10 * time.Millisecond)
	count := 0
loop:
	for {
		select {
		case <-tick:
			count++
			if count == 2 {
				break loop
			}
		case <-timeout:
			break loop
		}
	}
	x := 1
	{
		x := "shadow"
		_ = x
	}
	if x := 2.5; x > 1 {
		fmt.Println(x)
	}
	var iface interface{} = results
	if r, ok := iface.([]int); ok {
		fmt.Println(r, x)
	}
	m2 := map[Point][]string{}
	m2[Point{1, 1}] = append(m2[Point{1, 1}], "a")
	delete(m2, Point{})
	type local struct{ v int }
	l := local{3}
	fmt.Println(len(m2), l.v, 0x10|0x01, 6&^2, 1<<3>>1, time.Second*2, 3*time.Millisecond)
	var d time.Duration = 1500 * time.Millisecond
	fmt.Println(d.Milliseconds(), int64(d/time.Millisecond))
	str := "hello"
	b := str[1]
	fmt.Println(b+1, str[1:], strings.Repeat("-", 3))
	var fn func() = nil
	if fn == nil {
		fmt.Println("nil func")
	}
	type pair2 struct {
		a, b interface{}
	}
	pp := pair2{1, "x"}
	fmt.Printf("%v %T\n", pp, pp.a)
}
"""#),
    ("v3", #"""
package main

import (
	"errors"
	"fmt"
	"runtime"
	"strconv"
	"sync"
	"syscall"
	"time"
)

type Celsius float64

func (c Celsius) String() string { return strconv.Itoa(int(c)) + "C" }

type Set map[string]bool

func (s Set) Add(k string) { s[k] = true }

type Inner struct{ Field int }

func (i *Inner) Bump() { i.Field++ }

type Outer struct {
	*Inner
	name string
}

type Doer interface{ Bump() }

var _ Doer = (*Inner)(nil)

const (
	A = "a"
	B = A + "b"
)

const d time.Duration = 2 * time.Second

var ErrX = errors.New("x")

func mk() Inner { return Inner{Field: 3} }

func logAll(args ...interface{}) { fmt.Println(args...) }

func fib(n int) (r int) {
	defer func() { r += 0 }()
	x, y := 0, 1
	for i := 0; i < n; i++ {
		x, y = y, x+y
	}
	return x
}

func check(v int) error {
	if v > 2 {
		return ErrX
	}
	return nil
}

func main() {
	switch x := fib(10); {
	case x > 50:
		fmt.Println("big", x)
	}
	o := Outer{&Inner{1}, "o"}
	o.Bump()
	o.Field += 2
	bump := o.Bump
	bump()
	fmt.Println(o.Field, mk().Field, B, d, Celsius(21.5))
	rows := []struct {
		a int
		b string
	}{{1, "x"}, {2, "y"}}
	for _, r := range rows {
		fmt.Println(r.a, r.b)
	}
	s := "go123"
	digits := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= '0' && c <= '9' {
			digits += int(c - '0')
		}
	}
	fmt.Println(digits, strconv.Itoa(int(s[2]-'0')))
	if err := check(3); err == ErrX {
		fmt.Println("errx")
	} else if y := 2; y > 1 {
		fmt.Println("else-if", y)
	}
	wg := new(sync.WaitGroup)
	wg.Add(1)
	go func(w *sync.WaitGroup) {
		defer w.Done()
	}(wg)
	wg.Wait()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println(ms.HeapAlloc > 0, ms.NumGC >= 0, runtime.NumCPU() > 0)
	ts := syscall.Timespec{Sec: 0, Nsec: 1000}
	_ = syscall.Nanosleep(&ts, nil)
	fmt.Println(syscall.Getpid() > 0)
	start := time.Now()
	fmt.Println(time.Now().Sub(start) >= 0)
	logAll(1, "two", 3.0)
	b := append([]byte("x"), "yz"...)
	n := copy(b, "ab")
	set := Set{}
	set.Add("k")
	m := map[string]Inner{"a": {1}}
	v := m["a"]
	v.Field++
	m["a"] = v
	var arr [len("abc")]int
	sparse := []int{5: 1, 2}
	fmt.Println(string(b), n, len(set), m["a"].Field, len(arr), len([3]int{}), len(sparse))
	done := make(chan bool)
	go func() {
		for {
			select {
			case <-done:
				return
			default:
				runtime.Gosched()
			}
		}
	}()
	done <- true
	if len(sparse) > 100 {
		select {}
	}
	defer fmt.Println("deferred")
	func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("caught:", r)
			}
		}()
		panic(fmt.Sprintf("boom %d", 1))
	}()
}
"""#),
]

@Test(arguments: validPrograms.map(\.0))
func validProgramChecks(_ name: String) {
    let src = validPrograms.first { $0.0 == name }!.1
    if case .failure(let d) = parseAndCheck(source: src, fileName: "\(name).go") {
        Issue.record("\(name): \(d.formatted)")
    }
}
