// Seeded random Go programs through the whole engine (front end, compiler,
// interpreter, simulated runtime) with every invariant checked after every
// step (FuzzHarness), and a differential check against real Go 1.19 for the
// committed fixtures.
//   GMPSCOPE_FUZZ_SEEDS=N   random seeds to run (default 20), from
//   GMPSCOPE_FUZZ_FIRST=K   (default 1000).
// Fixtures: Fixtures/seed-N.go is `ProgramGenerator(seed: N).program()` and
// Fixtures/seed-N.out what `go run` (Go 1.19) printed for it; after changing
// the generator, re-record them (Fixtures/record-go.sh says how).
// Development aids (skipped unless their variable is set):
//   GMPSCOPE_FUZZ_WRITE=DIR  writeGeneratedPrograms: seed-N.go into DIR
//   GMPSCOPE_FUZZ_CHECK=DIR  checkProgramsInDirectory: run DIR/*.go with every
//                            check at GOMAXPROCS 1, 2, 4 (compare NAME.out if
//                            present; GMPSCOPE_FUZZ_NOCHECK=1, _VERBOSE=1)
//   GMPSCOPE_FUZZ_TRACE=...  traceOneObject (DebugTrace.swift)
import Foundation
import GoRuntime
import Testing

private func env(_ name: String) -> String? { ProcessInfo.processInfo.environment[name] }

/// Seeds whose programs the committed test skips, with the note that says why
/// (/work/notes/fuzz.md). Empty: every seed runs.
let skippedSeeds: [UInt64: String] = [:]

/// The minimal program of bug 2 (/work/notes/fuzz.md, perfvm): a goroutine's
/// mark assist scans its own stack as empty, so `keep` is freed. Go prints 42.
let assistSelfScanProgram = """
package main

import (
	"fmt"
	"time"
)

type Node struct {
	Val  int
	Next *Node
}

var sink, sink2 *Node

func main() {
	keep := &Node{Val: 42}
	go func() {
		for i := 0; i < 30000; i++ {
			sink = &Node{Val: i}
		}
	}()
	for j := 0; j < 300; j++ {
		time.Sleep(time.Microsecond)
		sink2 = &Node{Val: j}
	}
	fmt.Println(keep.Val)
}
"""

/// The minimal program of bug 3 (/work/notes/fuzz.md, perfvm): a dead register
/// above a callee's frame keeps a pointer to an object freed by the GC the
/// callee ran; the next scan of the whole frame marks the free slot. Go prints 118.
let staleRegisterProgram = """
package main

import (
	"fmt"
	"runtime"
)

type Node struct {
	Val  int
	Next *Node
	Pad  [5]int
}

func pause(k int) {
	switch k % 3 {
	case 0:
		runtime.Gosched()
	default:
		runtime.GC()
	}
}

func work(id int) int {
	m := map[int]*Node{}
	for i := 0; i < 4; i++ {
		m[i] = &Node{Val: i*23 + id}
	}
	delete(m, 3)
	pause(2)
	done := make(chan bool)
	go func() {
		runtime.GC()
		done <- true
	}()
	<-done
	pause(2)
	s := 0
	for key, v := range m {
		s += key * v.Val
	}
	return s
}

func main() {
	fmt.Println(work(1))
}
"""

/// The minimal program of bug 4 (/work/notes/fuzz.md, confR): `sync.Once.Do`
/// returns to other callers while f is parked. Go prints [42 42 42 42].
let onceBlockedProgram = """
package main

import (
	"fmt"
	"sync"
	"time"
)

var once sync.Once
var val *int

func get() int {
	once.Do(func() {
		time.Sleep(time.Microsecond)
		v := 42
		val = &v
	})
	if val == nil {
		return -1
	}
	return *val
}

func main() {
	var wg sync.WaitGroup
	res := make([]int, 4)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			res[i] = get()
		}(i)
	}
	wg.Wait()
	fmt.Println(res)
}
"""

/// Bug 4b (/work/notes/fuzz.md, confR): a String method or sort.Slice less
/// function that blocks gives a silently wrong result. Go prints
/// [T0:44850 T1:44850 T2:44850 T3:44850] [1 3 5 7 9].
let blockingCallbackProgram = """
package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

type Node struct {
	Val  int
	Next *Node
}

type T struct{ n int }

func (t T) String() string {
	var l *Node
	for i := 0; i < 300; i++ {
		l = &Node{Val: i, Next: l}
	}
	time.Sleep(time.Microsecond)
	s := 0
	for p := l; p != nil; p = p.Next {
		s += p.Val
	}
	return fmt.Sprintf("T%d:%d", t.n, s)
}

func main() {
	var wg sync.WaitGroup
	out := make([]string, 4)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			out[i] = fmt.Sprint(T{i})
		}(i)
	}
	wg.Wait()
	xs := []int{5, 3, 9, 1, 7}
	sort.Slice(xs, func(a, b int) bool {
		time.Sleep(time.Microsecond)
		return xs[a] < xs[b]
	})
	fmt.Println(out, xs)
}
"""

/// Engine bugs found by this fuzzer that the owners have not fixed yet
/// (/work/notes/fuzz.md). Each is detected by running its minimal program, so
/// the fuzz tests tolerate its symptom only while it is really present; once
/// fixed, every check is strict again.
enum KnownBugs {
    /// Bug 2: the running goroutine's own stack scanned empty by its assist.
    static let assistSelfScan: Bool = {
        guard case .success(let p) = FuzzHarness.compile(assistSelfScanProgram) else { return false }
        let run = FuzzHarness.run(p, FuzzConfig(procs: 1, seed: 782674, heapMinimum: 128 << 10), checks: false)
        return run.stdout != "42\n"
    }()
    /// Bug 3: a stale register resurrects a freed object (mark bit on a free slot).
    static let staleRegisterMark: Bool = {
        guard case .success(let p) = FuzzHarness.compile(staleRegisterProgram) else { return false }
        let run = FuzzHarness.run(p, FuzzConfig(procs: 1, seed: 782674, heapMinimum: 128 << 10), checks: true)
        return run.failure?.contains("mark bits on free slots") == true
    }()
    static var any: Bool { assistSelfScan || staleRegisterMark }

    /// Is `issue` a symptom of a bug known to be present?
    static func matches(_ issue: Issue) -> Bool {
        let text = String(describing: issue) + issue.comments.map(\.rawValue).joined(separator: " ")
        if assistSelfScan && ["was freed", "use of freed object", "the sweeper will free it"].contains(where: text.contains) { return true }
        // The zombie a stale register resurrects: marked on a free slot, then
        // counted as allocated by the sweep (the books no longer add up).
        if staleRegisterMark && ["mark bits on free slots", "HeapAlloc ", "Mallocs-Frees "].contains(where: text.contains) { return true }
        return false
    }
}

/// `body`'s issues that are symptoms of a present known bug are recorded as known.
func toleratingKnownBugs(_ body: () throws -> Void) rethrows {
    try withKnownIssue("a known engine bug (/work/notes/fuzz.md)", isIntermittent: true) {
        try body()
    } when: { KnownBugs.any } matching: { KnownBugs.matches($0) }
}

@Test func generatorIsDeterministic() {
    var a = ProgramGenerator(seed: 42), b = ProgramGenerator(seed: 42), c = ProgramGenerator(seed: 43)
    let pa = a.program(), pb = b.program(), pc = c.program()
    #expect(pa == pb)
    #expect(pa != pc)
    #expect(pa.hasPrefix("package main\n"))
}

/// Random seeds, random GOMAXPROCS / run seed / heap minimum: every check after
/// every step; each program run twice (two configurations) must print the same.
@Test func randomProgramsKeepEveryInvariantAfterEveryStep() throws {
    let count = UInt64(env("GMPSCOPE_FUZZ_SEEDS").flatMap { Int($0) } ?? 20)
    let first = UInt64(env("GMPSCOPE_FUZZ_FIRST").flatMap { Int($0) } ?? 1000)
    var totalSteps = 0, totalGC: UInt32 = 0, maxReached = 0, clean = 0, garbage = 0, replays = 0
    for seed in first..<first + count where skippedSeeds[seed] == nil {
        var gen = ProgramGenerator(seed: seed)
        let src = gen.program()
        let prog = try FuzzHarness.compile(src).get()
        var r = Rand(seed: seed ^ 0xF0F0)
        var outputs: [String] = []
        for k in 0..<2 {
            let cfg = FuzzConfig.random(&r)
            // The second run also replays from a keyframe (time travel).
            let run = FuzzHarness.run(prog, cfg, checks: true, keyframeAt: k == 1 ? 1 + Int(r.uint32n(40)) : nil)
            toleratingKnownBugs {
                #expect(run.failure == nil, "seed \(seed) \(cfg): \(run.failure ?? "")")
                if run.failure == nil {
                    #expect(run.code == 0 && run.stderr.isEmpty, "seed \(seed) \(cfg): exit \(String(describing: run.code)) stderr \(run.stderr.prefix(300))")
                }
            }
            guard run.failure == nil && run.code == 0 else { break }
            outputs.append(run.stdout)
            totalSteps += run.steps
            totalGC += run.numGC
            maxReached = max(maxReached, run.maxReached)
            garbage += run.garbageChecked
            if run.replayed { replays += 1 }
        }
        guard outputs.count == 2 else { continue }
        clean += 1
        #expect(outputs[0] == outputs[1], "seed \(seed): output depends on the configuration")
        #expect(outputs[0].hasPrefix("w 0 "))
    }
    // The programs collect often and keep real object graphs alive.
    #expect(clean > 0)
    #expect(totalGC >= UInt32(clean) * 2)
    #expect(totalSteps > clean * 50)
    #expect(maxReached > 100)
    // Garbage seen while a cycle marked was checked freed by the next cycle.
    #expect(garbage > 100)
    // Programs were replayed from keyframes (not those that end before their keyframe step).
    #expect(replays * 2 > clean)
}

/// The fixture programs against what real Go 1.19 printed, byte for byte, at
/// GOMAXPROCS 1, 2 and 4 (GOMAXPROCS 2 with every check after every step).
@Test func fixturesMatchGo119() throws {
    let dir = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
    let names = try FileManager.default.contentsOfDirectory(atPath: dir.path)
        .filter { $0.hasSuffix(".go") }.sorted()
    #expect(names.count >= 30)
    for name in names {
        let base = String(name.dropLast(3))
        guard let seed = UInt64(base.dropFirst("seed-".count)), skippedSeeds[seed] == nil else { continue }
        let src = try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
        let want = try String(contentsOf: dir.appendingPathComponent(base + ".out"), encoding: .utf8)
        // The fixture is the generator's program for its seed.
        var gen = ProgramGenerator(seed: seed)
        #expect(gen.program() == src, "\(name) is not what the generator makes for seed \(seed): re-record the fixtures")
        let prog = try FuzzHarness.compile(src, fileName: name).get()
        for procs in [1, 2, 4] {
            let cfg = FuzzConfig(procs: procs, seed: seed &+ UInt64(procs), heapMinimum: 32 << 10)
            let run = FuzzHarness.run(prog, cfg, checks: procs == 2, keyframeAt: procs == 4 ? 25 : nil)
            toleratingKnownBugs {
                #expect(run.failure == nil, "\(name) \(cfg): \(run.failure ?? "")")
                if run.failure == nil {
                    #expect(run.code == 0, "\(name) \(cfg): exit \(String(describing: run.code)) \(run.stderr.prefix(300))")
                }
                if run.failure == nil && run.code == 0 {
                    #expect(run.stdout == want, "\(name) \(cfg): output differs from Go 1.19")
                }
            }
        }
    }
}

/// Bug 2 (/work/notes/fuzz.md): with every check, at GOMAXPROCS 1, 2 and 4 the
/// program prints what Go prints (fixed: the assist scans its own running G,
/// as mgcmark.go markroot's selfScan does).
@Test func markAssistScansTheRunningGoroutinesOwnStack() throws {
    let prog = try FuzzHarness.compile(assistSelfScanProgram).get()
    for procs in [1, 2, 4] {
        let run = FuzzHarness.run(prog, FuzzConfig(procs: procs, seed: 782674, heapMinimum: 128 << 10), checks: true)
        #expect(run.failure == nil, "GOMAXPROCS=\(procs): \(run.failure ?? "")")
        #expect(run.stdout == "42\n" && run.code == 0, "GOMAXPROCS=\(procs): \(run.stderr.prefix(200))")
    }
}

/// Bug 3 (/work/notes/fuzz.md): no scan marks a free slot through a dead
/// register (fixed: sweeping clears a freed slot's sequence tag).
@Test func staleRegisterNeverMarksAFreeSlot() throws {
    let prog = try FuzzHarness.compile(staleRegisterProgram).get()
    for procs in [1, 2] {
        let run = FuzzHarness.run(prog, FuzzConfig(procs: procs, seed: 782674, heapMinimum: 128 << 10), checks: true)
        #expect(run.failure == nil, "GOMAXPROCS=\(procs): \(run.failure ?? "")")
    }
    // Without the checks the program itself still prints what Go prints.
    let plain = FuzzHarness.run(prog, FuzzConfig(procs: 2, seed: 1, heapMinimum: 128 << 10), checks: false)
    #expect(plain.stdout == "118\n")
}

/// Writes the generated programs for seeds 1…N into $GMPSCOPE_FUZZ_WRITE (for
/// `go run` and Fixtures/record-go.sh); does nothing without it.
@Test(.enabled(if: env("GMPSCOPE_FUZZ_WRITE") != nil, "development aid: set GMPSCOPE_FUZZ_WRITE"))
func writeGeneratedPrograms() throws {
    guard let dir = env("GMPSCOPE_FUZZ_WRITE") else { return }
    let count = UInt64(env("GMPSCOPE_FUZZ_SEEDS").flatMap { Int($0) } ?? 30)
    let first = UInt64(env("GMPSCOPE_FUZZ_FIRST").flatMap { Int($0) } ?? 1)
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    for seed in first..<first + count {
        var gen = ProgramGenerator(seed: seed)
        try gen.program().write(toFile: "\(dir)/seed-\(seed).go", atomically: true, encoding: .utf8)
    }
}

/// Runs the programs in $GMPSCOPE_FUZZ_CHECK (seed-N.go with seed-N.out from
/// real Go) with every check; reports each difference (development aid).
@Test(.enabled(if: env("GMPSCOPE_FUZZ_CHECK") != nil, "development aid: set GMPSCOPE_FUZZ_CHECK"))
func checkProgramsInDirectory() throws {
    guard let dir = env("GMPSCOPE_FUZZ_CHECK") else { return }
    let names = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".go") }.sorted()
    for name in names {
        let base = String(name.dropLast(3))
        let src = try String(contentsOfFile: "\(dir)/\(name)", encoding: .utf8)
        let want = try? String(contentsOfFile: "\(dir)/\(base).out", encoding: .utf8)
        let prog: GoVMProgram
        switch FuzzHarness.compile(src, fileName: name) {
        case .failure(let e): Issue.record("\(name): rejected: \(e)"); continue
        case .success(let p): prog = p
        }
        var r = Rand(seed: UInt64(name.utf8.count))
        for procs in [1, 2, 4] {
            var cfg = FuzzConfig.random(&r)
            cfg.procs = procs
            let run = FuzzHarness.run(prog, cfg, checks: env("GMPSCOPE_FUZZ_NOCHECK") == nil)
            if run.code != 0 { print("\(name) \(cfg): stdout \(run.stdout.prefix(200)) stderr \(run.stderr.prefix(400))") }
            if env("GMPSCOPE_FUZZ_VERBOSE") != nil { print("stdout:\n\(run.stdout)stderr:\n\(run.stderr)") }
            print("\(name) \(cfg): steps \(run.steps) GCs \(run.numGC) reached ≤\(run.maxReached) exit \(String(describing: run.code))")
            #expect(run.failure == nil, "\(name) \(cfg): \(run.failure ?? "")")
            #expect(run.code == 0, "\(name) \(cfg): exit \(String(describing: run.code)) \(run.stderr.prefix(300))")
            if let want { #expect(run.stdout == want, "\(name) \(cfg): output differs from Go:\n\(run.stdout)\nwant:\n\(want)") }
        }
    }
}

/// Bug 4 (/work/notes/fuzz.md): concurrent `Once.Do` callers wait until f has
/// returned (fixed: Once.Do runs f as an ordinary frame that may park).
@Test func onceDoBlocksOtherCallersUntilFReturns() throws {
    let prog = try FuzzHarness.compile(onceBlockedProgram).get()
    for procs in [1, 2, 4] {
        let run = FuzzHarness.run(prog, FuzzConfig(procs: procs, seed: 5, heapMinimum: 128 << 10), checks: true)
        #expect(run.failure == nil, "GOMAXPROCS=\(procs): \(run.failure ?? "")")
        #expect(run.stdout == "[42 42 42 42]\n", "GOMAXPROCS=\(procs)")
    }
}

/// Bug 4b (/work/notes/fuzz.md): library callbacks (fmt's String, sort.Slice's
/// less) may block. A known issue until confR's fix (then remove `withKnownIssue`).
@Test func blockingLibraryCallbacksGiveGosResult() throws {
    let prog = try FuzzHarness.compile(blockingCallbackProgram).get()
    withKnownIssue("bug 4b in /work/notes/fuzz.md: callNested returns early when the callee blocks") {
        for procs in [1, 2] {
            let run = FuzzHarness.run(prog, FuzzConfig(procs: procs, seed: 3, heapMinimum: 128 << 10), checks: true)
            #expect(run.failure == nil, "GOMAXPROCS=\(procs): \(run.failure ?? "")")
            #expect(run.stdout == "[T0:44850 T1:44850 T2:44850 T3:44850] [1 3 5 7 9]\n", "GOMAXPROCS=\(procs)")
        }
    }
}
