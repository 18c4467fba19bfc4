// The CLI builds every live run as Interpreter + Runtime + vm.attach(rt) +
// rt.gcinit(gogc:heapMinimum:gctrace:barrierOff:). gcinit with the defaults
// must not change the run; its options must.
import GoFrontend
import GoRuntime
import GoVM
import Testing

/// demos/write-barrier.go: main keeps moving the only pointer to a Box.
let writeBarrierProgram = """
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

type Box struct {
	Next *Box
	Val  int
}

var a, b *Box
var stop int64

func hide() {
	a.Next = b.Next
	b.Next = nil
}

func restore() {
	b.Next = a.Next
	a.Next = nil
}

func main() {
	a = &Box{Val: 1}
	b = &Box{Val: 2}
	b.Next = &Box{Val: 42}
	done := make(chan bool)
	go func() {
		runtime.GC()
		atomic.StoreInt64(&stop, 1)
		done <- true
	}()
	for atomic.LoadInt64(&stop) == 0 {
		hide()
		restore()
	}
	<-done
	fmt.Println("value still reachable:", b.Next.Val)
}
"""

/// Runs `src` with `configure` applied to the runtime before the first step.
func runConfigured(_ src: String, procs: Int, seed: UInt64, _ configure: (Runtime) -> Void) -> Runtime? {
    guard case .success(let cp) = parseAndCheck(source: src, fileName: "prog.go"),
          let prog = try? Compiler.compile(cp, fileName: "prog.go") else { return nil }
    let vm = Interpreter(program: prog, seed: seed)
    let rt = Runtime(config: RuntimeConfig(gomaxprocs: procs, seed: seed), executor: vm)
    vm.attach(rt)
    configure(rt)
    rt.run(maxSteps: 50_000_000)
    return rt
}

@Test func gcinitWithDefaultsLeavesTheRunUnchanged() throws {
    for procs in [1, 2, 4] {
        let plain = try #require(runConfigured(writeBarrierProgram, procs: procs, seed: 3) { _ in })
        let inited = try #require(runConfigured(writeBarrierProgram, procs: procs, seed: 3) {
            $0.gcinit(gogc: 100, heapMinimum: nil, gctrace: false, barrierOff: false)
        })
        #expect(plain.events.hash == inited.events.hash)
        #expect(plain.events.count == inited.events.count)
        #expect(inited.output.text(fd: 1) == "value still reachable: 42\n")
        // Only runtime.GC()'s forced cycle: nothing collects at start-up.
        #expect(inited.heap.stats.numGC == 1)
        #expect(inited.heap.stats.numForcedGC == 1)
    }
}

@Test func gcinitOptionsTakeEffect() throws {
    // GOGC=off: only the forced cycle of runtime.GC() runs.
    let off = try #require(runConfigured(writeBarrierProgram, procs: 2, seed: 1) { $0.gcinit(gogc: -1) })
    #expect(off.heap.pacer.gcPercent == -1)
    #expect(off.heap.stats.numForcedGC == 1)
    // --gctrace: one gctrace=1 line per cycle on stderr, the forced one marked.
    let traced = try #require(runConfigured(writeBarrierProgram, procs: 2, seed: 1) { $0.gcinit(gctrace: true) })
    let lines = traced.output.text(fd: 2).split(separator: "\n")
    #expect(lines.count == Int(traced.heap.stats.numGC))
    #expect(lines.count == 1)
    #expect(lines.first?.hasPrefix("gc 1 @0.000s ") == true)
    #expect(lines.first?.hasSuffix(" 4 MB goal, 0 MB stacks, 0 MB globals, 2 P (forced)") == true)
    // --heap-minimum scales by GOGC/100.
    let small = try #require(runConfigured(writeBarrierProgram, procs: 2, seed: 1) { $0.gcinit(gogc: 50, heapMinimum: 1 << 20) })
    #expect(small.heap.pacer.heapMinimum == 1 << 19)
    // --no-write-barrier: the switch is set (see the report on why the Box survives).
    let nobar = try #require(runConfigured(writeBarrierProgram, procs: 2, seed: 1) { $0.gcinit(barrierOff: true) })
    #expect(nobar.heap.barrierDisabledForTeaching)
}

/// The lost-object bug the hybrid barrier prevents: while the collector walks a
/// 200-node list, a goroutine whose stack is already scanned moves the last
/// node's pointer into an object already scanned (black) and deletes it from
/// the list. Without the barrier nothing shades it, the sweep frees it, and the
/// next use reports it; with the barrier (or a finished frame's stale
/// registers, which `ret` clears) it survives.
let lostObjectProgram = """
package main

import (
	"fmt"
	"runtime"
	"time"
)

type Box struct {
	Next *Box
	Val  int
}

var list *Box
var black *Box

func build(n int) {
	list = &Box{Val: 0}
	p := list
	for i := 1; i < n; i++ {
		p.Next = &Box{Val: i}
		p = p.Next
	}
	p.Next = &Box{Val: 42}
}

func move() {
	p := list
	for p.Next.Next != nil {
		p = p.Next
	}
	black.Next = p.Next
	p.Next = nil
}

func main() {
	black = &Box{Val: -1}
	build(200)
	done := make(chan bool)
	go func() {
		time.Sleep(80 * time.Microsecond)
		move()
		done <- true
	}()
	runtime.GC()
	<-done
	runtime.GC()
	fmt.Println("value still reachable:", black.Next.Val)
}
"""

@Test func withoutTheBarrierAReachableObjectIsFreedAndItsUseReported() throws {
    let (off, _) = runGoRuntime(lostObjectProgram, procs: 2, seed: 1, barrierOff: true)
    #expect(off.code == 2)
    #expect(off.stdout == "")
    #expect(off.stderr.split(separator: "\n").first == "fatal error: gmpscope: use of freed object 0xc000000ca0 (the write barrier was off)")
    for procs in [2, 4] {
        let (on, _) = runGoRuntime(lostObjectProgram, procs: procs, seed: 1, barrierOff: false)
        #expect(on.code == 0)
        #expect(on.stdout == "value still reachable: 42\n")
    }
}
