// Stack growth (stack.go: newstack → copystack): the interpreter doubles its
// simulated stack when a call does not fit and the runtime follows — the G
// goes _Grunning → _Gcopystack → _Grunning, its stack size in the snapshot
// equals the interpreter's, and one `stackGrowth` event is logged per copy.
import GoFrontend
import GoRuntime
@testable import GoVM
import Testing

/// A goroutine recurses `n` deep and parks at the bottom (so its stack is
/// still deep when the test looks); main waits for it to start, then wakes it.
private let recursion = """
package main

import "fmt"

var park = make(chan int)
var started = make(chan bool)

func down(n int) int {
	if n == 0 {
		started <- true
		return <-park
	}
	return down(n-1) + 1
}

func main() {
	done := make(chan int)
	go func() { done <- down(400) }()
	<-started
	park <- 0
	fmt.Println(<-done)
}
"""

/// The `stackGrowth` events as "G old→new".
private func growths(_ rt: Runtime) -> [String] {
    rt.events.events.compactMap { e in
        if case let .sched(.stackGrowth(g, o, n)) = e.kind { return "G\(g) \(o)→\(n)" }
        return nil
    }
}

@Test func recursionGrowsTheStackByDoublingWithOneEventPerCopy() throws {
    let (r, runtime) = runGoRuntime(recursion, procs: 2, seed: 1)
    let rt = try #require(runtime, "did not compile: \(r.stderr)")
    #expect(r.code == 0)
    #expect(r.stdout == "400\n")
    // down(400): 401 frames of down plus the closure's — 2 KB doubled 4 times.
    #expect(growths(rt) == ["G5 2048→4096", "G5 4096→8192", "G5 8192→16384", "G5 16384→32768"])
    // The events' sentence and JSON name.
    let e = try #require(rt.events.events.first { if case .sched(.stackGrowth) = $0.kind { true } else { false } })
    #expect(e.description == "G5 stack 2048 → 4096 B (newstack → copystack)")
    #expect(e.name == "StackGrowth")
    #expect(e.g == 5)
}

@Test func snapshotStackSizeAgreesWithTheInterpreterWhileDeep() throws {
    guard case .success(let cp) = parseAndCheckForTest(recursion) else { Issue.record("did not check"); return }
    let prog = try Compiler.compile(cp, fileName: "prog.go")
    let vm = Interpreter(program: prog, seed: 1)
    let rt = Runtime(config: RuntimeConfig(gomaxprocs: 2, seed: 1), executor: vm)
    vm.attach(rt)
    // Run until G5 parks at the bottom of the recursion ("chan receive" on park).
    var parkedDeep = false
    for _ in 0..<200_000 {
        guard rt.step() else { break }
        let s = rt.snapshot(recentEvents: 0, includeHeap: false)
        if let g = s.gs.first(where: { $0.goid == 5 }), g.status == .waiting,
           growths(rt).count == 4 {
            parkedDeep = true
            #expect(g.stackSize == 32768)
            #expect(g.stackGrowths == 4)
            let st = try #require(vm.gstates[g.gid.index])
            #expect(st.stackSize == g.stackSize)
            #expect(rt.stackSize(of: g.gid) == st.stackSize)
            break
        }
    }
    #expect(parkedDeep)
    // Main's own stack never grew: its snapshot keeps _StackMin.
    let s = rt.snapshot(recentEvents: 0, includeHeap: false)
    #expect(s.gs.first(where: { $0.goid == 1 })?.stackSize == 2048)
}

/// `parseAndCheck` from GoFrontend (the harness keeps its own use private).
private func parseAndCheckForTest(_ src: String) -> Result<CheckedProgram, Diagnostics> {
    parseAndCheck(source: src, fileName: "prog.go")
}
