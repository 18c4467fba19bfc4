import Testing
@testable import GoRuntime

// goyield after a semaphore hand-off, newstack/copystack, sysmon's forced GC
// clock (last_gc_nanotime), start-up schedticks and field-wise event hashing.

private let sema: UInt64 = 0x300

/// The scheduler events after the first `semWake`, as short strings.
private func schedAfterWake(_ rt: Runtime) -> [String] {
    var seen = false
    var out: [String] = []
    for e in rt.events.events {
        switch e.kind {
        case .sync(.semWake): seen = true
        case .sched(let s) where seen:
            switch s {
            case let .runqPut(g, p, w): out.append("runqPut G\(g) P\(p.raw) \(w)")
            case let .goStart(g, inh): out.append("goStart G\(g)\(inh ? " inherit" : "")")
            case let .goSched(g): out.append("goSched G\(g)")
            case let .goPreempt(g): out.append("goPreempt G\(g)")
            case let .goEnd(g): out.append("goEnd G\(g)")
            default: break
            }
        default: break
        }
    }
    return out
}

/// semrelease(handoff: true) wakes the waiter into runnext and `goyield`s:
/// the releaser goes to the TAIL of its P's local queue (not the global one),
/// the waiter runs at once on the same time slice.
@Test func semreleaseHandoffGoyieldsToTheLocalQueue() {
    let main: [Instr] = [
        I.go(1), I.sleep(1_000),                                // G2 parks on the sema
        I.sync("released") { $0.semreleaseStep(sema, handoff: true) },
        I.check { _, rt, _ in #expect(rt.sched.goyieldG == .none) },
    ]
    let waiter: [Instr] = [I.sync("acquired") { $0.semacquireStep(sema) }]
    let (rt, ex) = makeRuntime([main, waiter])
    #expect(runChecked(rt) == [])
    #expect(rt.exitCode == 0)
    #expect(ex.log == ["G1 released", "G2 acquired"])
    #expect(schedAfterWake(rt) == [
        "runqPut G2 P0 runnext",        // readyWithTime → goready
        "runqPut G1 P0 local",          // goyield_m: runqput(pp, gp, false)
        "goStart G2 inherit",           // the waiter shares the releaser's slice
        "goEnd G2",
        "goStart G1",                   // from the local ring; then main returns
    ])
}

/// Without a hand-off (normal mode) semrelease does not yield at all, and a
/// plain Gosched still goes to the global queue. (This test runtime has no
/// runtime goroutines, so P0.schedtick is still 0 and the every-61st check
/// takes main straight back from the global queue; main then returns.)
@Test func semreleaseWithoutHandoffAndGoschedStayAsBefore() {
    let main: [Instr] = [
        I.go(1), I.sleep(1_000),
        I.sync("released") { $0.semreleaseStep(sema, handoff: false) },
        I.gosched(),
    ]
    let waiter: [Instr] = [I.sync("acquired") { $0.semacquireStep(sema) }]
    let (rt, ex) = makeRuntime([main, waiter])
    #expect(runChecked(rt) == [])
    #expect(rt.sched.allp[0].schedtick == 1)
    #expect(ex.log == ["G1 released"])
    #expect(schedAfterWake(rt) == [
        "runqPut G2 P0 runnext",
        "goSched G1",
        "runqPut G1 P-1 global",
        "goStart G1",                   // globrunqget: schedtick 0 % 61 == 0
    ])
}

/// runtime.main's start-up scheduling on P0 before main.main (GOMAXPROCS=1):
/// runtime.main (runnext, inherits) → bgscavenge (runnext) → main (runnext) →
/// forcegchelper (ring: schedtick 1) → bgsweep (ring: schedtick 2) → main
/// (runnext). So main.main starts with P0.schedtick == 2, as in Go 1.19, and a
/// first Gosched is not sent straight back by the every-61st global check.
@Test func startupSchedticksBeforeMainMain() {
    for procs in [1, 4] {
        let rt = scriptRuntime(gomaxprocs: procs, main: [.go(1), .gosched, .print("main\n")],
                               functions: [Script("main.worker", [.print("worker\n")])])
        runChecked(rt, until: { rt in
            if case .user = rt.sched.allgs[rt.sched.mainG.index].body { return true }
            return false
        })
        let pp = rt.sched.allm[rt.sched.allgs[rt.sched.mainG.index].m.index].p
        #expect(pp.index == 0)
        #expect(rt.sched.allp[0].schedtick == 2, "GOMAXPROCS=\(procs)")
        runChecked(rt)
        // go worker() puts it in runnext; Gosched puts main on the global
        // queue; 2 % 61 != 0, so the worker runs first.
        #expect(String(decoding: rt.sched.output.bytes, as: UTF8.self) == "worker\nmain\n", "GOMAXPROCS=\(procs)")
    }
}

/// An executor whose main goroutine grows its stack through `newstack`.
private final class StackExecutor: GoroutineExecutor {
    var results: [NewstackResult] = []
    var sizes: [Int] = []
    var statusAfter: [GStatus] = []
    var clockCost: [Int64] = []
    let requests: [(used: Int, frame: Int)]
    init(_ requests: [(used: Int, frame: Int)]) { self.requests = requests }
    func execute(_ rt: Runtime, g: GID, budget: Int64) -> ExecStop {
        for r in requests {
            let t0 = rt.now
            results.append(rt.newstack(used: r.used, maxFrame: r.frame))
            clockCost.append(rt.now - t0)
            sizes.append(rt.stackSize(of: g))
            statusAfter.append(rt.sched.allgs[g.index].status)
        }
        return .exited(10)
    }
    func mainEntry(_ rt: Runtime, g: GID) {}
    func goroutineCreated(_ rt: Runtime, g: GID, startFunction: Int32) {}
    func goroutineDestroyed(_ rt: Runtime, g: GID) {}
    func stackRoots(g: GID, visit: (UInt64) -> Void) {}
    func location(g: GID) -> GoRuntime.SourceLocation? { nil }
    func saveState() -> any Sendable { 0 }
    func restoreState(_ state: any Sendable) {}
}

/// newstack doubles (and keeps doubling while the frame plus _StackGuard
/// does not fit); copystack is charged; past maxstacksize it reports overflow.
@Test func newstackDoublesAndCopystackRecordsTheSize() {
    var cfg = RuntimeConfig(gomaxprocs: 1, seed: 1)
    cfg.runtimeGoroutines = false
    cfg.sysmonEnabled = false
    let ex = StackExecutor([(2_100, 0), (5_000, 0), (9_000, 20_000), (600_000_000, 0)])
    let rt = Runtime(config: cfg, executor: ex)
    #expect(rt.snapshot().gs.map(\.stackSize) == [2048])
    rt.run(maxSteps: 100)
    #expect(ex.results == [
        .grown(oldSize: 2048, newSize: 4096),      // 4096-2100 ≥ 928
        .grown(oldSize: 4096, newSize: 8192),      // 8192-5000 ≥ 928
        .grown(oldSize: 8192, newSize: 32768),     // 16384-9000 < 20000+928 ≤ 32768-9000
        .overflow(newSize: 1_073_741_824),
    ])
    #expect(ex.sizes == [4096, 8192, 32768, 32768])
    #expect(ex.statusAfter == [.running, .running, .running, .running])
    // copystack copies the old stack's used bytes (at most its size: the
    // frame that did not fit is not on it yet).
    let c = cfg.cost
    #expect(ex.clockCost == [c.copystack + 2_048 / c.copystackBytesPerNs, c.copystack + 4_096 / c.copystackBytesPerNs,
                             c.copystack + 8_192 / c.copystackBytesPerNs, 0])
    #expect(rt.sched.allgs[rt.sched.mainG.index].stackGrowths == 3)
    // One stackGrowth event per copy (none for the overflow), for main's goid.
    let growths = rt.events.events.compactMap { e -> [Int64]? in
        if case let .sched(.stackGrowth(g, o, n)) = e.kind { return [g, Int64(o), Int64(n)] }
        return nil
    }
    #expect(growths == [[1, 2048, 4096], [1, 4096, 8192], [1, 8192, 32768]])
}

/// Main allocates, maybe calls runtime.GC(), then sleeps `sleep` ns.
private final class GCSleepExecutor: GoroutineExecutor {
    var stage = 0
    let callGC: Bool
    let sleep: Int64
    var lastGCAfterGC: Int64 = -1
    init(callGC: Bool, sleep: Int64) { self.callGC = callGC; self.sleep = sleep }
    func execute(_ rt: Runtime, g: GID, budget: Int64) -> ExecStop {
        if stage == 0 {
            stage = 1
            if callGC {
                _ = rt.mallocgc(size: 64, noscan: true, slots: [.int(0)])
                if rt.GC() { return .parked(100) }
            }
        }
        if stage == 1 {
            stage = 2
            lastGCAfterGC = rt.sched.lastGCTime
            if rt.sleep(ns: sleep) { return .parked(100) }
        }
        return .exited(100)
    }
    func mainEntry(_ rt: Runtime, g: GID) {}
    func goroutineCreated(_ rt: Runtime, g: GID, startFunction: Int32) {}
    func goroutineDestroyed(_ rt: Runtime, g: GID) {}
    func stackRoots(g: GID, visit: (UInt64) -> Void) {}
    func location(g: GID) -> GoRuntime.SourceLocation? { nil }
    func saveState() -> any Sendable { 0 }
    func restoreState(_ state: any Sendable) {}
}

private func runGCSleep(callGC: Bool, sleep: Int64) -> (Runtime, GCSleepExecutor) {
    var cfg = RuntimeConfig(gomaxprocs: 2, seed: 1)
    cfg.gogc = 100
    let ex = GCSleepExecutor(callGC: callGC, sleep: sleep)
    let rt = Runtime(config: cfg, executor: ex)
    if callGC { rt.gcinit(heapMinimum: 4 << 20) }
    rt.run(maxSteps: 2_000_000)
    return (rt, ex)
}

/// gcMarkTermination sets last_gc_nanotime; sysmon forces a cycle only when
/// one has finished (`lastgc != 0`) more than forcegcperiod (2 min) ago.
@Test func sysmonForcesAGCTwoMinutesAfterTheLastOne() {
    let fiveMinutes: Int64 = 5 * 60 * 1_000_000_000
    // No cycle ever ran: no forced GC however long the program idles.
    let (idle, _) = runGCSleep(callGC: false, sleep: fiveMinutes)
    #expect(idle.exitCode == 0)
    #expect(idle.heap.stats.numGC == 0)
    #expect(idle.sched.lastGCTime == 0)
    // runtime.GC() (cycle 1) at ~0, as in Go no cycle at start-up; then
    // sysmon's time trigger starts a cycle just over 2 minutes after each
    // cycle ends (at ~2 and ~4 minutes of the 5-minute sleep), not counted as
    // forced; the helper's re-test stops a second injection during marking
    // from starting another cycle right after.
    let (rt, ex) = runGCSleep(callGC: true, sleep: fiveMinutes)
    #expect(rt.exitCode == 0)
    #expect(ex.lastGCAfterGC > 0)
    #expect(rt.heap.stats.numGC == 3)
    #expect(rt.heap.stats.numForcedGC == 1)
    var starts: [Int64] = []
    var ends: [Int64] = []
    for e in rt.events.events {
        if case .gc(.phase(.sweepTermination, _)) = e.kind { starts.append(e.time) }
        if case .gc(.phase(.sweep, _)) = e.kind { ends.append(e.time) }
    }
    #expect(starts.count == 3 && ends.count == 3)
    #expect(ends.count > 0 && ends[0] == ex.lastGCAfterGC)
    for i in 1..<min(starts.count, ends.count) {
        let gap = starts[i] - ends[i - 1]
        #expect(gap > forcegcperiod && gap < forcegcperiod + 10_000_000, "cycle \(i + 1): \(gap)")
    }
    #expect(rt.sched.lastGCTime == ends.last)
}

/// Heap and GC events hash field by field: equal events hash equally, any
/// changed field (or case) changes the hash, and the sentence is not used.
@Test func heapAndGCEventsHashFieldWise() {
    func h(_ k: EventKind) -> UInt64 {
        var x = EventHasher()
        x.add(Event(seq: 0, time: 5, p: PID(0), m: MID(0), g: 1, kind: k))
        return x.value
    }
    let a = HeapEvent.alloc(addr: 0xc000010000, size: 16, sizeclass: 2, span: 3, index: 4, black: false)
    let variants: [EventKind] = [
        .heap(a),
        .heap(.alloc(addr: 0xc000010010, size: 16, sizeclass: 2, span: 3, index: 4, black: false)),
        .heap(.alloc(addr: 0xc000010000, size: 16, sizeclass: 2, span: 3, index: 4, black: true)),
        .heap(.alloc(addr: 0xc000010000, size: 16, sizeclass: 2, span: 3, index: 5, black: false)),
        .heap(.tinyAlloc(addr: 0xc000010000, size: 16, span: 3, index: 4, offset: 0)),
        .heap(.spanFree(span: 3, base: 0xc000010000, npages: 1)),
        .heap(.arenaGrow(base: 0xc000000000, bytes: 1 << 26)),
        .gc(.shade(addr: 0xc000010000, noscan: false)),
        .gc(.shade(addr: 0xc000010000, noscan: true)),
        .gc(.blacken(addr: 0xc000010000, size: 16)),
        .gc(.phase(.mark, cycle: 1)),
        .gc(.phase(.mark, cycle: 2)),
        .gc(.trace("gc 1 @0.001s 0%: …")),
        .gc(.assistBegin(g: GID(1), debtBytes: 100)),
        .gc(.assistBegin(g: GID(2), debtBytes: 100)),
    ]
    let hashes = variants.map(h)
    #expect(Set(hashes).count == variants.count)
    #expect(h(.heap(a)) == hashes[0])
    // Field-wise, not the printed form: the exact FNV steps of `.alloc`.
    var x = EventHasher()
    x.int(5); x.i32(0); x.i32(0); x.int(1); x.byte(4)
    x.byte(0); x.word(0xc000010000); x.i32(16); x.byte(2); x.i32(3); x.i32(4); x.byte(0)
    #expect(hashes[0] == x.value)
}
