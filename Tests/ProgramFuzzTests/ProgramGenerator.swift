// A seeded generator of random, valid, terminating, deadlock-free Go programs
// in gmpscope's subset (and in Go 1.19: no range over int, no min/max) whose
// output does not depend on the schedule: every goroutine computes a checksum
// from its own inputs (single-producer channels are FIFO, so order-sensitive
// mixing stays deterministic), shared state is only combined commutatively
// (sums under a mutex, swaps that keep a total), and results are collected by
// index. The programs exercise what the collector must get right: linked
// lists and trees, maps of slices and of pointers, closures capturing
// pointers, interfaces boxing pointers, pointers moved heap→heap and
// stack→heap (the write barrier's cases), globals holding pointers, defers
// holding pointer arguments, channel buffers and sudogs holding pointers,
// select with default and time.After timeouts, WaitGroup, Mutex,
// runtime.Gosched/GC, time.Sleep and large objects.
import GoRuntime

struct ProgramGenerator {
    private var r: Rand
    private var counter = 0
    /// Number of worker functions.
    let workers: Int

    init(seed: UInt64) {
        r = Rand(seed: seed &* 0x9E37_79B9_7F4A_7C15 &+ 0x2545)
        var tmp = r.fork()
        workers = 2 + Int(tmp.uint32n(4))
    }

    private mutating func n(_ k: Int) -> Int { Int(r.uint32n(UInt32(max(k, 1)))) }
    private mutating func range_(_ lo: Int, _ hi: Int) -> Int { lo + n(hi - lo + 1) }
    private mutating func fresh() -> String { counter += 1; return "\(counter)" }
    private mutating func chance(_ k: Int) -> Bool { n(k) == 0 }

    /// The whole program.
    mutating func program() -> String {
        var out = Self.prelude(workers: workers)
        for w in 0..<workers { out += worker(w) }
        out += mainFunc()
        return out
    }

    // MARK: - Fixed declarations (every import is used here)

    static func prelude(workers: Int) -> String {
        """
        package main

        import (
        \t"fmt"
        \t"runtime"
        \t"sync"
        \t"sync/atomic"
        \t"syscall"
        \t"time"
        )

        type Node struct {
        \tVal   int
        \tNext  *Node
        \tLeft  *Node
        \tRight *Node
        \tData  []int
        }

        type Valuer interface {
        \tValue() int
        }

        func (n *Node) Value() int { return n.Val + len(n.Data) }

        type Pair struct {
        \tA int
        \tB int
        }

        func (p Pair) Value() int { return p.A*3 + p.B }

        type Holder struct {
        \tV    Valuer
        \tP    *Node
        \tF    func() int
        \tKids []*Node
        \tM    map[int]*Node
        }

        type Res struct {
        \tID int
        \tV  int
        }

        type Edge struct {
        \tTo *Node
        \tW  int
        }

        var gMu sync.Mutex
        var gTotal int
        var gSlots [\(workers)]*Node
        var gA = &Holder{}
        var gB = &Holder{}
        var gAny interface{}
        var gRW sync.RWMutex
        var gOnce sync.Once
        var gOnceList *Node
        var gCount int64

        func mix(a, b int) int { return (a*131 + b + 7) % 1000003 }

        func buildList(n, seed int) *Node {
        \tvar head *Node
        \tfor i := 0; i < n; i++ {
        \t\thead = &Node{Val: (seed*31 + i) % 1009, Next: head}
        \t}
        \treturn head
        }

        func sumList(l *Node) int {
        \ts := 0
        \tfor p := l; p != nil; p = p.Next {
        \t\ts = mix(s, p.Val)
        \t}
        \treturn s
        }

        func buildTree(d, seed int) *Node {
        \tif d == 0 {
        \t\treturn nil
        \t}
        \treturn &Node{Val: seed % 997, Left: buildTree(d-1, seed*2+1), Right: buildTree(d-1, seed*2+2)}
        }

        func sumTree(t *Node) int {
        \tif t == nil {
        \t\treturn 0
        \t}
        \treturn (t.Val + 3*sumTree(t.Left) + 5*sumTree(t.Right)) % 1000003
        }

        func garbage(n int) int {
        \ts := 0
        \tfor i := 0; i < n; i++ {
        \t\tg := &Node{Val: i, Data: make([]int, i%8+1)}
        \t\ts += g.Value()
        \t}
        \treturn s
        }

        func addList(l *Node) {
        \tgMu.Lock()
        \tdefer gMu.Unlock()
        \tgTotal = (gTotal + sumList(l)) % 1000003
        }

        func addTotal(v int) {
        \tgMu.Lock()
        \tgTotal = (gTotal + v) % 1000003
        \tgMu.Unlock()
        }

        func safeDiv(a, b int) (r int) {
        \tdefer func() {
        \t\tif e := recover(); e != nil {
        \t\t\tr = 1
        \t\t}
        \t}()
        \treturn a / b
        }

        func pause(k int) {
        \tswitch k % 3 {
        \tcase 0:
        \t\truntime.Gosched()
        \tcase 1:
        \t\ttime.Sleep(time.Duration(k%5+1) * time.Microsecond)
        \tdefault:
        \t\truntime.GC()
        \t}
        }

        func count(v int) { atomic.AddInt64(&gCount, int64(v)) }

        func nap(us int) {
        \tts := syscall.Timespec{Nsec: int64(us) * 1000}
        \tsyscall.Nanosleep(&ts, nil)
        }

        func onceList() *Node {
        \tgOnce.Do(func() {
        \t\tgOnceList = buildList(6, 5)
        \t})
        \tgRW.RLock()
        \tdefer gRW.RUnlock()
        \treturn gOnceList
        }

        func deep(n int, p *Node) int {
        \tif n == 0 {
        \t\treturn sumList(p) % 1000
        \t}
        \tq := &Node{Val: n % 13, Next: p}
        \tif n%50 == 0 {
        \t\truntime.Gosched()
        \t}
        \treturn (deep(n-1, q) + q.Val) % 1000003
        }

        func catchNode(f func()) (v int) {
        \tdefer func() {
        \t\tif r := recover(); r != nil {
        \t\t\tif nd, ok := r.(*Node); ok {
        \t\t\t\tv = sumList(nd)
        \t\t\t}
        \t\t}
        \t}()
        \tf()
        \treturn -1
        }

        func sumHolder(h *Holder) int {
        \ts := sumList(h.P)
        \tfor _, k := range h.Kids {
        \t\ts = (s + k.Val) % 1000003
        \t}
        \treturn s
        }

        // mover swaps pointers between the two global holders (and the holders
        // themselves) while the workers allocate: the total stays the same.
        func mover(rounds int, done chan bool) {
        \tfor i := 0; i < rounds; i++ {
        \t\tgMu.Lock()
        \t\tgA.P, gB.P = gB.P, gA.P
        \t\tif len(gA.Kids) > 0 {
        \t\t\tk := gA.Kids[len(gA.Kids)-1]
        \t\t\tgA.Kids = gA.Kids[:len(gA.Kids)-1]
        \t\t\tgB.Kids = append(gB.Kids, k)
        \t\t}
        \t\tgA, gB = gB, gA
        \t\tgMu.Unlock()
        \t\tif i%4 == 0 {
        \t\t\truntime.Gosched()
        \t\t}
        \t}
        \tdone <- true
        }


        """
    }

    // MARK: - Workers

    private mutating func worker(_ w: Int) -> String {
        var body: [String] = []
        let count = range_(3, 7)
        for _ in 0..<count { body += statement(w) }
        var s = "func w\(w)(id int) (acc int) {\n\tacc = id + \(n(50))\n"
        for l in body { s += "\t" + l + "\n" }
        s += "\treturn acc\n}\n\n"
        return s
    }

    /// One self-contained statement group updating `acc` (lines without the function's indent).
    private mutating func statement(_ w: Int) -> [String] {
        let k = fresh()
        let c = range_(1, 97)
        switch n(44) {
        case 0:
            let len = range_(1, 40)
            return ["l\(k) := buildList(\(len), id+\(c))", "acc = mix(acc, sumList(l\(k)))"]
        case 1:
            return ["t\(k) := buildTree(\(range_(1, 6)), id+\(c))", "acc = mix(acc, sumTree(t\(k)))"]
        case 2:
            let cnt = range_(1, 30), buckets = range_(1, 6)
            return [
                "m\(k) := make(map[int][]int)",
                "for i := 0; i < \(cnt); i++ {",
                "\tm\(k)[i%\(buckets)] = append(m\(k)[i%\(buckets)], i*\(c)+id)",
                "}",
                "s\(k) := 0",
                "for key, vs := range m\(k) {",
                "\ts\(k) += key * len(vs)",
                "\tfor _, x := range vs {",
                "\t\ts\(k) = (s\(k) + x) % 1000003",
                "\t}",
                "}",
                "acc = mix(acc, s\(k))",
            ]
        case 3:
            let cnt = range_(2, 30)
            return [
                "mp\(k) := map[int]*Node{}",
                "for i := 0; i < \(cnt); i++ {",
                "\tmp\(k)[i] = &Node{Val: i*\(c) + id}",
                "}",
                "for i := 0; i < \(cnt); i += \(range_(2, 3)) {",
                "\tdelete(mp\(k), i)",
                "}",
                "pause(\(n(3)))",
                "s\(k) := 0",
                "for key, v := range mp\(k) {",
                "\ts\(k) = (s\(k) + key*v.Val) % 1000003",
                "}",
                "acc = mix(acc, s\(k)+len(mp\(k)))",
            ]
        case 4:
            let cnt = range_(1, 20)
            return [
                "p\(k) := &Node{Val: \(c)}",
                "f\(k) := func(d int) int {",
                "\tp\(k).Val = (p\(k).Val + d) % 1009",
                "\treturn p\(k).Val",
                "}",
                "for i := 0; i < \(cnt); i++ {",
                "\tacc = mix(acc, f\(k)(i))",
                "}",
            ]
        case 5:
            let cnt = range_(1, 15)
            return [
                "fs\(k) := []func() int{}",
                "for i := 0; i < \(cnt); i++ {",
                "\tq := &Node{Val: i*\(c) + id}",
                "\tfs\(k) = append(fs\(k), func() int { return q.Val + id })",
                "}",
                "garbage(\(range_(5, 60)))",
                "for _, f := range fs\(k) {",
                "\tacc = mix(acc, f())",
                "}",
            ]
        case 6:
            let cnt = range_(1, 25)
            return [
                "var vs\(k) []Valuer",
                "for i := 0; i < \(cnt); i++ {",
                "\tif i%\(range_(2, 3)) == 0 {",
                "\t\tvs\(k) = append(vs\(k), &Node{Val: i + \(c), Data: make([]int, i%3)})",
                "\t} else {",
                "\t\tvs\(k) = append(vs\(k), Pair{i, \(c)})",
                "\t}",
                "}",
                "pause(\(n(3)))",
                "for _, v := range vs\(k) {",
                "\tacc = mix(acc, v.Value())",
                "}",
            ]
        case 7:
            return [
                "xs\(k) := []interface{}{&Node{Val: \(c)}, id, \"s\(c)\", Pair{id, \(c)}, buildList(\(range_(1, 5)), \(c))}",
                "garbage(\(range_(5, 40)))",
                "for _, x := range xs\(k) {",
                "\tswitch v := x.(type) {",
                "\tcase *Node:",
                "\t\tacc = mix(acc, sumList(v))",
                "\tcase int:",
                "\t\tacc = mix(acc, v)",
                "\tcase string:",
                "\t\tacc = mix(acc, len(v))",
                "\tcase Pair:",
                "\t\tacc = mix(acc, v.Value())",
                "\t}",
                "}",
            ]
        case 8:
            // Heap→heap move: the tail of a list goes into another object.
            let len = range_(2, 30)
            return [
                "a\(k) := buildList(\(len), \(c)+id)",
                "b\(k) := &Holder{}",
                "b\(k).P = a\(k).Next",
                "a\(k).Next = nil",
                "pause(\(n(3)))",
                "garbage(\(range_(5, 50)))",
                "acc = mix(acc, sumList(a\(k))+sumList(b\(k).P))",
            ]
        case 9:
            // Repeated swaps of subtrees and list tails with yields in between.
            let rounds = range_(1, 12)
            return [
                "h\(k) := buildList(\(range_(2, 20)), \(c))",
                "o\(k) := &Node{Val: id}",
                "t\(k) := buildTree(\(range_(2, 5)), \(c))",
                "for i := 0; i < \(rounds); i++ {",
                "\th\(k).Next, o\(k).Next = o\(k).Next, h\(k).Next",
                "\tt\(k).Left, t\(k).Right = t\(k).Right, t\(k).Left",
                "\tif i%\(range_(2, 4)) == 0 {",
                "\t\tpause(i)",
                "\t}",
                "\tgarbage(\(range_(2, 12)))",
                "}",
                "acc = mix(acc, sumList(h\(k))+sumList(o\(k))+sumTree(t\(k)))",
            ]
        case 10:
            // Stack→heap: the only pointer moves from a local into a heap object.
            return [
                "x\(k) := &Node{Val: \(c), Data: []int{id, \(c)}}",
                "hold\(k) := &Holder{}",
                "hold\(k).P = x\(k)",
                "hold\(k).V = x\(k)",
                "x\(k) = nil",
                "garbage(\(range_(10, 80)))",
                "pause(\(n(3)))",
                "acc = mix(acc, hold\(k).P.Val+hold\(k).V.Value())",
            ]
        case 11:
            // A global slot owned by this worker.
            return [
                "gSlots[id] = buildList(\(range_(1, 25)), \(c)+id)",
                "l\(k) := gSlots[id]",
                "gSlots[id] = nil",
                "pause(\(n(3)))",
                "gSlots[id] = l\(k)",
                "acc = mix(acc, sumList(gSlots[id]))",
            ]
        case 12:
            return ["addTotal(\(c) * id)"]
        case 13:
            // A defer holding the only pointer to a list (its argument).
            return ["defer addList(buildList(\(range_(1, 20)), \(c)+id))", "garbage(\(range_(5, 40)))"]
        case 14:
            // A deferred closure capturing a pointer (changes the named result).
            return [
                "dp\(k) := &Node{Val: \(c)}",
                "defer func() {",
                "\tacc = mix(acc, dp\(k).Val)",
                "}()",
            ]
        case 15:
            // A channel buffer (or sudog) holding pointers; the producer closes.
            let cnt = range_(1, 20)
            return [
                "ch\(k) := make(chan *Node, \(n(4)))",
                "go func() {",
                "\tfor i := 0; i < \(cnt); i++ {",
                "\t\tch\(k) <- &Node{Val: i*\(c) + id, Next: buildList(i%3, i)}",
                "\t}",
                "\tclose(ch\(k))",
                "}()",
                "garbage(\(range_(1, 30)))",
                "for nd := range ch\(k) {",
                "\tacc = mix(acc, nd.Val+sumList(nd.Next))",
                "}",
            ]
        case 16:
            // select with default, polling a buffered channel.
            let cnt = range_(1, 10)
            return [
                "sc\(k) := make(chan int, \(range_(1, 3)))",
                "go func() {",
                "\tfor i := 0; i < \(cnt); i++ {",
                "\t\tsc\(k) <- i*\(c) + garbage(3)",
                "\t}",
                "}()",
                "for got := 0; got < \(cnt); {",
                "\tselect {",
                "\tcase v := <-sc\(k):",
                "\t\tacc = mix(acc, v)",
                "\t\tgot++",
                "\tdefault:",
                "\t\truntime.Gosched()",
                "\t}",
                "}",
            ]
        case 17:
            // select with a time.After timeout on an unbuffered channel of pointers.
            let cnt = range_(1, 8)
            return [
                "tc\(k) := make(chan *Node)",
                "go func() {",
                "\tfor i := 0; i < \(cnt); i++ {",
                "\t\ttime.Sleep(time.Duration(i%3) * time.Microsecond)",
                "\t\ttc\(k) <- &Node{Val: i + \(c)}",
                "\t}",
                "}()",
                "for got := 0; got < \(cnt); {",
                "\tselect {",
                "\tcase nd := <-tc\(k):",
                "\t\tacc = mix(acc, nd.Val)",
                "\t\tgot++",
                "\tcase <-time.After(\(range_(1, 50)) * time.Microsecond):",
                "\t}",
                "}",
            ]
        case 18:
            // Ping-pong of one pointer over two unbuffered channels.
            let cnt = range_(1, 10)
            return [
                "ping\(k) := make(chan *Node)",
                "pong\(k) := make(chan *Node)",
                "go func() {",
                "\tfor nd := range ping\(k) {",
                "\t\tnd.Val = mix(nd.Val, id)",
                "\t\tnd.Next = &Node{Val: nd.Val % 7, Next: nd.Next}",
                "\t\tpong\(k) <- nd",
                "\t}",
                "}()",
                "pn\(k) := &Node{Val: \(c)}",
                "for i := 0; i < \(cnt); i++ {",
                "\tping\(k) <- pn\(k)",
                "\tpn\(k) = <-pong\(k)",
                "}",
                "close(ping\(k))",
                "acc = mix(acc, sumList(pn\(k)))",
            ]
        case 19:
            // Nested goroutines with a WaitGroup filling a slice of pointers.
            let cnt = range_(1, 5)
            return [
                "var wg\(k) sync.WaitGroup",
                "outs\(k) := make([]*Node, \(cnt))",
                "for j := 0; j < \(cnt); j++ {",
                "\twg\(k).Add(1)",
                "\tgo func(j int) {",
                "\t\tdefer wg\(k).Done()",
                "\t\tpause(j + \(n(3)))",
                "\t\touts\(k)[j] = buildList(\(range_(1, 10)), j+\(c))",
                "\t}(j)",
                "}",
                "wg\(k).Wait()",
                "for _, o := range outs\(k) {",
                "\tacc = mix(acc, sumList(o))",
                "}",
            ]
        case 20:
            // A large object (> 32 KiB: its own span).
            let len = range_(4100, 6000)
            return [
                "big\(k) := make([]int, \(len))",
                "for i := 0; i < len(big\(k)); i += \(range_(50, 300)) {",
                "\tbig\(k)[i] = i % \(c)",
                "}",
                "bs\(k) := 0",
                "for _, x := range big\(k) {",
                "\tbs\(k) += x",
                "}",
                "acc = mix(acc, bs\(k))",
            ]
        case 21:
            // Strings built at run time; a holder with a map and a closure.
            let cnt = range_(1, 10)
            return [
                "str\(k) := \"\"",
                "for i := 0; i < \(cnt); i++ {",
                "\tstr\(k) += fmt.Sprint(i*\(c))",
                "}",
                "hm\(k) := &Holder{M: map[int]*Node{}}",
                "hm\(k).M[\(c)] = &Node{Val: len(str\(k))}",
                "hm\(k).F = func() int { return hm\(k).M[\(c)].Val }",
                "pause(\(n(3)))",
                "acc = mix(acc, hm\(k).F())",
            ]
        case 22:
            return ["acc = mix(acc, safeDiv(acc+\(c), id%\(range_(1, 3))))"]
        case 23:
            // GOMAXPROCS changes while everything runs (procresize: mcaches, per-P GC state).
            return ["runtime.GOMAXPROCS(\(range_(1, 4)))"]
        case 24:
            // Many short goroutines (G reuse; goroutines created during mark).
            let cnt = range_(2, 30)
            return [
                "rc\(k) := make(chan *Node, \(n(5)))",
                "for j := 0; j < \(cnt); j++ {",
                "\tgo func(j int) {",
                "\t\trc\(k) <- &Node{Val: j * \(c), Next: buildList(j%4, j)}",
                "\t}(j)",
                "}",
                "rs\(k) := 0",
                "for j := 0; j < \(cnt); j++ {",
                "\tnd := <-rc\(k)",
                "\trs\(k) = (rs\(k) + nd.Val + sumList(nd.Next)) % 1000003",
                "}",
                "acc = mix(acc, rs\(k))",
            ]
        case 25:
            // A large scannable object: a pointer array of its own span, written through the barrier.
            let len = range_(4100, 5000), step = range_(7, 200)
            return [
                "ptrs\(k) := make([]*Node, \(len))",
                "for i := 0; i < len(ptrs\(k)); i += \(step) {",
                "\tptrs\(k)[i] = &Node{Val: i % \(c)}",
                "}",
                "garbage(\(range_(5, 40)))",
                "pause(\(n(3)))",
                "ps\(k) := 0",
                "for i := 0; i < len(ptrs\(k)); i += \(step) {",
                "\tps\(k) = (ps\(k) + ptrs\(k)[i].Val) % 1000003",
                "}",
                "acc = mix(acc, ps\(k))",
            ]
        case 26:
            // sync.Once + RWMutex guarding a global list.
            return ["acc = mix(acc, sumList(onceList()))"]
        case 27:
            return ["count(\(c) + id)"]
        case 28:
            // A blocking system call (the P is handed off by sysmon).
            return ["nap(\(range_(1, 30)))"]
        case 29:
            // A ticker and a timer.
            let ticks = range_(1, 4)
            return [
                "tk\(k) := time.NewTicker(\(range_(1, 20)) * time.Microsecond)",
                "for i := 0; i < \(ticks); i++ {",
                "\t<-tk\(k).C",
                "}",
                "tk\(k).Stop()",
                "tm\(k) := time.NewTimer(\(range_(1, 20)) * time.Microsecond)",
                "<-tm\(k).C",
                "acc = mix(acc, \(ticks))",
            ]
        case 30:
            // select with a send and a receive case on one buffered channel of pointers.
            let cnt = range_(1, 12)
            return [
                "sq\(k) := make(chan *Node, \(range_(1, 3)))",
                "ss\(k) := 0",
                "for i := 0; i < \(cnt); {",
                "\tselect {",
                "\tcase sq\(k) <- &Node{Val: i * \(c)}:",
                "\t\ti++",
                "\tcase nd := <-sq\(k):",
                "\t\tss\(k) = (ss\(k) + nd.Val) % 1000003",
                "\t}",
                "}",
                "close(sq\(k))",
                "for nd := range sq\(k) {",
                "\tss\(k) = (ss\(k) + nd.Val) % 1000003",
                "}",
                "acc = mix(acc, ss\(k))",
            ]
        case 31:
            // A method value: the bound receiver lives only in the closure.
            return [
                "mn\(k) := &Node{Val: \(c), Data: []int{1, 2}}",
                "mv\(k) := mn\(k).Value",
                "mn\(k) = nil",
                "garbage(\(range_(10, 60)))",
                "pause(\(n(3)))",
                "acc = mix(acc, mv\(k)())",
            ]
        case 32:
            // Map values that are structs holding pointers.
            let cnt = range_(1, 20)
            return [
                "em\(k) := map[int]Edge{}",
                "for i := 0; i < \(cnt); i++ {",
                "\tem\(k)[i] = Edge{To: &Node{Val: i + \(c)}, W: i % 5}",
                "}",
                "garbage(\(range_(5, 40)))",
                "pause(\(n(3)))",
                "es\(k) := 0",
                "for _, e := range em\(k) {",
                "\tes\(k) = (es\(k) + e.To.Val*e.W) % 1000003",
                "}",
                "acc = mix(acc, es\(k))",
            ]
        case 33:
            // A long loop without calls (sysmon preempts it).
            return [
                "lx\(k) := id",
                "for i := 0; i < \(range_(2000, 30000)); i++ {",
                "\tlx\(k) = (lx\(k)*31 + i) % 1000003",
                "}",
                "acc = mix(acc, lx\(k))",
            ]
        case 34:
            // A nil dereference in a goroutine, recovered by its deferred closure.
            return [
                "pc\(k) := make(chan int)",
                "go func() {",
                "\tdefer func() {",
                "\t\tif r := recover(); r != nil {",
                "\t\t\tpc\(k) <- \(c)",
                "\t\t}",
                "\t}()",
                "\tvar np *Node",
                "\tpc\(k) <- np.Val",
                "}()",
                "acc = mix(acc, <-pc\(k))",
            ]
        case 35:
            // copy() and append aliasing on slices of pointers (bulk stores through the barrier).
            let cnt = range_(2, 30)
            return [
                "src\(k) := make([]*Node, \(cnt))",
                "for i := range src\(k) {",
                "\tsrc\(k)[i] = &Node{Val: i * \(c)}",
                "}",
                "dst\(k) := make([]*Node, \(cnt)/2+1)",
                "copy(dst\(k), src\(k)[\(cnt)/3:])",
                "al\(k) := src\(k)[:\(cnt)/2]",
                "al\(k) = append(al\(k), &Node{Val: \(c)})",
                "src\(k) = nil",
                "garbage(\(range_(5, 40)))",
                "pause(\(n(3)))",
                "cs\(k) := 0",
                "for _, p := range dst\(k) {",
                "\tif p != nil {",
                "\t\tcs\(k) = (cs\(k) + p.Val) % 1000003",
                "\t}",
                "}",
                "for _, p := range al\(k) {",
                "\tcs\(k) = (cs\(k) + 3*p.Val) % 1000003",
                "}",
                "acc = mix(acc, cs\(k))",
            ]
        case 36:
            // Closures (holding pointers) sent over a channel.
            let cnt = range_(1, 10)
            return [
                "fc\(k) := make(chan func() int, \(n(3)))",
                "go func() {",
                "\tfor i := 0; i < \(cnt); i++ {",
                "\t\tcn := &Node{Val: i + \(c), Next: buildList(i%3, i)}",
                "\t\tfc\(k) <- func() int { return cn.Val + sumList(cn.Next) }",
                "\t}",
                "\tclose(fc\(k))",
                "}()",
                "garbage(\(range_(1, 30)))",
                "for f := range fc\(k) {",
                "\tacc = mix(acc, f())",
                "}",
            ]
        case 37:
            // Deep recursion with a pointer per frame (stack growth: copystack).
            return ["acc = mix(acc, deep(\(range_(50, 600)), &Node{Val: \(c)}))"]
        case 38:
            // A panic whose value is a pointer, recovered by a deferred closure.
            return [
                "pv\(k) := buildList(\(range_(1, 8)), \(c))",
                "acc = mix(acc, catchNode(func() {",
                "\tgarbage(\(range_(5, 30)))",
                "\tpanic(pv\(k))",
                "}))",
            ]
        case 39:
            // Struct values holding pointers in registers (an array of them).
            return [
                "var ea\(k) [3]Edge",
                "for i := range ea\(k) {",
                "\tea\(k)[i] = Edge{To: &Node{Val: i + \(c)}, W: i + 1}",
                "}",
                "eb\(k) := ea\(k)",
                "ea\(k)[1].To = nil",
                "garbage(\(range_(5, 40)))",
                "pause(\(n(3)))",
                "for _, e := range eb\(k) {",
                "\tacc = mix(acc, e.To.Val*e.W)",
                "}",
            ]
        case 40:
            // Contended mutex: goroutines push onto one shared list (under the lock).
            let cnt = range_(2, 8)
            return [
                "var mu\(k) sync.Mutex",
                "var wgm\(k) sync.WaitGroup",
                "var shared\(k) *Node",
                "for j := 0; j < \(cnt); j++ {",
                "\twgm\(k).Add(1)",
                "\tgo func(j int) {",
                "\t\tdefer wgm\(k).Done()",
                "\t\tfor r := 0; r < \(range_(1, 6)); r++ {",
                "\t\t\tmu\(k).Lock()",
                "\t\t\tshared\(k) = &Node{Val: j*10 + r, Next: shared\(k)}",
                "\t\t\tif r%2 == 0 {",
                "\t\t\t\truntime.Gosched()",
                "\t\t\t}",
                "\t\t\tmu\(k).Unlock()",
                "\t\t}",
                "\t}(j)",
                "}",
                "wgm\(k).Wait()",
                "ms\(k) := 0",
                "for p := shared\(k); p != nil; p = p.Next {",
                "\tms\(k) = (ms\(k) + p.Val) % 1000003",
                "}",
                "acc = mix(acc, ms\(k))",
            ]
        case 41:
            // RWMutex: writers extend a shared map of lists while readers look.
            let w = range_(1, 3), rounds = range_(1, 8)
            return [
                "var rw\(k) sync.RWMutex",
                "var wgr\(k) sync.WaitGroup",
                "rm\(k) := map[int]*Node{}",
                "for j := 0; j < \(w); j++ {",
                "\twgr\(k).Add(2)",
                "\tgo func(j int) {",
                "\t\tdefer wgr\(k).Done()",
                "\t\tfor r := 0; r < \(rounds); r++ {",
                "\t\t\trw\(k).Lock()",
                "\t\t\trm\(k)[j] = &Node{Val: r + \(c), Next: rm\(k)[j]}",
                "\t\t\trw\(k).Unlock()",
                "\t\t\tpause(r)",
                "\t\t}",
                "\t}(j)",
                "\tgo func() {",
                "\t\tdefer wgr\(k).Done()",
                "\t\tfor r := 0; r < \(rounds); r++ {",
                "\t\t\trw\(k).RLock()",
                "\t\t\t_ = len(rm\(k))",
                "\t\t\trw\(k).RUnlock()",
                "\t\t\truntime.Gosched()",
                "\t\t}",
                "\t}()",
                "}",
                "wgr\(k).Wait()",
                "for _, l := range rm\(k) {",
                "\tacc = (acc + sumList(l)) % 1000003",
                "}",
            ]
        case 42:
            // Receives with ok from a closed channel, in a select beside a nil channel.
            let cnt = range_(1, 6)
            return [
                "cc\(k) := make(chan *Node, \(cnt))",
                "for i := 0; i < \(cnt); i++ {",
                "\tcc\(k) <- &Node{Val: i + \(c)}",
                "}",
                "close(cc\(k))",
                "var nc\(k) chan *Node",
                "for cc\(k) != nil {",
                "\tselect {",
                "\tcase nd, ok := <-cc\(k):",
                "\t\tif !ok {",
                "\t\t\tcc\(k) = nil",
                "\t\t} else {",
                "\t\t\tacc = mix(acc, nd.Val)",
                "\t\t}",
                "\tcase nd := <-nc\(k):",
                "\t\tacc = mix(acc, nd.Val)",
                "\t}",
                "}",
            ]
        default:
            // The runtime's own calls.
            switch n(4) {
            case 0: return ["runtime.Gosched()"]
            case 1: return ["runtime.GC()"]
            case 2: return ["time.Sleep(\(range_(1, 40)) * time.Microsecond)"]
            default:
                return ["gMu.Lock()", "gAny = &Node{Val: \(c), Next: buildList(\(range_(1, 6)), id)}", "gMu.Unlock()"]
            }
        }
    }

    // MARK: - main

    private mutating func mainFunc() -> String {
        var s = "func main() {\n"
        s += "\tgA.P = buildList(\(range_(1, 10)), 1)\n"
        s += "\tgB.P = buildList(\(range_(1, 10)), 2)\n"
        s += "\tfor i := 0; i < \(range_(0, 8)); i++ {\n\t\tgA.Kids = append(gA.Kids, &Node{Val: i * 3})\n\t}\n"
        s += "\tdone := make(chan bool)\n"
        s += "\tgo mover(\(range_(1, 40)), done)\n"
        s += "\tfns := []func(int) int{" + (0..<workers).map { "w\($0)" }.joined(separator: ", ") + "}\n"
        s += "\tresults := make([]int, len(fns))\n"
        switch n(4) {
        case 0:
            s += """
            \tvar wg sync.WaitGroup
            \tfor i, f := range fns {
            \t\twg.Add(1)
            \t\tgo func(i int, f func(int) int) {
            \t\t\tdefer wg.Done()
            \t\t\tresults[i] = f(i)
            \t\t}(i, f)
            \t}
            \twg.Wait()

            """
        case 1:
            s += """
            \tch := make(chan Res, \(n(3)))
            \tfor i, f := range fns {
            \t\tgo func(i int, f func(int) int) {
            \t\t\tch <- Res{i, f(i)}
            \t\t}(i, f)
            \t}
            \tfor k := 0; k < len(fns); k++ {
            \t\tr := <-ch
            \t\tresults[r.ID] = r.V
            \t}

            """
        case 2:
            s += """
            \tch := make(chan *Res, \(n(3)))
            \tfor i, f := range fns {
            \t\tgo func(i int, f func(int) int) {
            \t\t\tch <- &Res{i, f(i)}
            \t\t}(i, f)
            \t}
            \tfor got := 0; got < len(fns); {
            \t\tselect {
            \t\tcase r := <-ch:
            \t\t\tresults[r.ID] = r.V
            \t\t\tgot++
            \t\tcase <-time.After(\(range_(5, 200)) * time.Microsecond):
            \t\t}
            \t}

            """
        default:
            s += """
            \tfor i, f := range fns {
            \t\tresults[i] = f(i)
            \t}

            """
        }
        s += """
        \t<-done
        \tfor i, r := range results {
        \t\tfmt.Println("w", i, r)
        \t}
        \tslots := 0
        \tfor i := 0; i < len(gSlots); i++ {
        \t\tslots = mix(slots, sumList(gSlots[i]))
        \t}
        \tfmt.Println("slots", slots)
        \tfmt.Println("total", gTotal)
        \tfmt.Println("holders", sumHolder(gA)+sumHolder(gB))
        \tfmt.Println("count", atomic.LoadInt64(&gCount), sumList(onceList()))
        \tif nd, ok := gAny.(*Node); ok {
        \t\tfmt.Println("any", nd.Val > 0)
        \t}
        }

        """
        return s
    }
}
