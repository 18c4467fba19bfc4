import Testing
@testable import GoRuntime

/// A goroutine executor for collector tests: every goroutine builds a linked
/// list (each node points to the previous one), keeps the last `keep` nodes
/// reachable from its stack, walks the list every iteration (a freed node would
/// be a lost live object), and finally main calls runtime.GC().
final class AllocExecutor: GoroutineExecutor {
    struct GS { var stack: [ObjRef] = []; var iter = 0; var stage = 0; var isWorker = false }
    var gs: [GS] = []
    var workers: Int
    let iterations: Int
    let keep: Int
    var lost = 0
    /// Walk the kept list every this many iterations.
    var verifyEvery = 1
    var doneWorkers = 0
    var gcReturned = false

    init(workers: Int, iterations: Int, keep: Int) {
        self.workers = workers; self.iterations = iterations; self.keep = keep
    }

    func slot(_ g: GID) -> Int {
        while gs.count <= g.index { gs.append(GS()) }
        return g.index
    }

    func mainEntry(_ rt: Runtime, g: GID) { _ = slot(g) }
    func goroutineCreated(_ rt: Runtime, g: GID, startFunction: Int32) { gs[slot(g)] = GS(isWorker: true) }
    func goroutineDestroyed(_ rt: Runtime, g: GID) { gs[slot(g)] = GS() }
    func stackRoots(g: GID, visit: (UInt64) -> Void) {
        guard g.index < gs.count else { return }
        for r in gs[g.index].stack { visit(r.raw) }
    }
    func location(g: GID) -> GoRuntime.SourceLocation? { nil }
    func saveState() -> any Sendable { 0 }
    func restoreState(_ state: any Sendable) {}

    /// Allocate one node linked to the previous one and check the whole kept list.
    func iterate(_ rt: Runtime, _ i: Int) -> Bool {
        // Every reference lives on the goroutine's stack (a root) before the next allocation.
        let node = rt.mallocgc(size: 48, noscan: false, slots: [.nil, .int(Int64(gs[i].iter))])
        let prev = gs[i].stack.last
        gs[i].stack.append(node)
        if let prev { try! rt.heapStore(node, 0, .pointer(prev, 0)) }
        // Garbage: a noscan buffer nobody keeps.
        _ = rt.mallocgc(size: 200, noscan: true, slots: [.int(0)])
        if gs[i].stack.count > keep {
            gs[i].stack.removeFirst()
            // Cut the list so only `keep` nodes stay reachable.
            try! rt.heapStore(gs[i].stack[0], 0, .nil)
        }
        gs[i].iter += 1
        if gs[i].iter % verifyEvery != 0 { return !rt.gcMustPark }
        var r = gs[i].stack.last!
        var n = 0
        while true {
            guard let v = try? rt.heap.load(r, 0) else { lost += 1; break }
            n += 1
            guard case .pointer(let next, _) = v else { break }
            r = next
        }
        if n != gs[i].stack.count { lost += 1 }
        return !rt.gcMustPark
    }

    func execute(_ rt: Runtime, g: GID, budget: Int64) -> ExecStop {
        let i = slot(g)
        var used: Int64 = 0
        if gs[i].stage == 0 && !gs[i].isWorker {
            for _ in 0..<workers { _ = rt.newproc(startFunction: 1, name: "main.worker", creator: g) }
            gs[i].stage = 1
        }
        while used < budget {
            if gs[i].iter < iterations {
                used += 100
                if !iterate(rt, i) { return .parked(used) }
                continue
            }
            if gs[i].isWorker { doneWorkers += 1; return .exited(used) }
            if gs[i].stage == 1 {
                gs[i].stage = 2
                if rt.GC() { return .parked(used) }
            }
            gcReturned = true
            if doneWorkers < workers { return .yielded(used) }
            return .exited(used)
        }
        return .budget(used)
    }
}

private func runAllocProgram(procs: Int, workers: Int, iterations: Int, seed: UInt64 = 1) -> (Runtime, AllocExecutor) {
    var cfg = RuntimeConfig(gomaxprocs: procs, seed: seed)
    cfg.gogc = 100
    let ex = AllocExecutor(workers: workers, iterations: iterations, keep: 20)
    let rt = Runtime(config: cfg, executor: ex)
    rt.gcinit(heapMinimum: 64 << 10, gctrace: true)
    rt.run(maxSteps: 5_000_000)
    return (rt, ex)
}

@Test func collectorRunsCyclesUnderTheSchedulerWithoutLosingObjects() {
    for procs in [1, 2, 4] {
        let (rt, ex) = runAllocProgram(procs: procs, workers: procs, iterations: 3000)
        #expect(rt.exitCode == 0, "GOMAXPROCS=\(procs): \(rt.fatalMessage ?? "")")
        #expect(ex.lost == 0)
        #expect(ex.gcReturned)
        let n = Int(rt.heap.stats.numGC)
        #expect(n >= 3, "GOMAXPROCS=\(procs): only \(n) cycles")
        #expect(rt.gc.traceLines.count == n)
        #expect(rt.gc.traceLines.last?.hasSuffix("\(procs) P (forced)") == true)
        #expect(rt.heap.stats.numForcedGC == 1)
        // The live set is ~20 nodes per goroutine: the heap stays small.
        #expect(rt.heap.heapSys <= 4 << 20)
        // Phases happen in Go's order, every cycle.
        var phases: [GCCyclePhase] = []
        for e in rt.events.events { if case .gc(.phase(let ph, _)) = e.kind { phases.append(ph) } }
        let cycle: [GCCyclePhase] = [.sweepTermination, .mark, .markTermination, .sweep]
        let starts = phases.filter { $0 == .sweepTermination }.count
        #expect(starts == n)
        let core = phases.filter { $0 != .off }
        #expect(core == Array(repeating: cycle, count: n).flatMap { $0 })
    }
}

@Test func stopTheWorldPutsEveryPInGcstop() {
    var cfg = RuntimeConfig(gomaxprocs: 4, seed: 3)
    cfg.gogc = 100
    let ex = AllocExecutor(workers: 4, iterations: 2000, keep: 10)
    let rt = Runtime(config: cfg, executor: ex)
    rt.gcinit(heapMinimum: 64 << 10)
    var sawStopped = false
    var steps = 0
    while rt.step() && steps < 2_000_000 {
        steps += 1
        if rt.sched.worldStopped && rt.gc.step == .sweepTermination {
            sawStopped = sawStopped || rt.sched.allp.allSatisfy { $0.status == .gcstop }
        }
    }
    #expect(sawStopped)
    #expect(ex.lost == 0)
}

@Test func gctraceLinesHaveGosFormat() {
    let (rt, _) = runAllocProgram(procs: 2, workers: 1, iterations: 1500)
    let stderr = rt.output.text(fd: 2)
    let lines = stderr.split(separator: "\n").map(String.init)
    #expect(lines == rt.gc.traceLines)
    for (k, l) in lines.enumerated() {
        // gc N @S.SSSs U%: a+b+c ms clock, a+b/c/d+e ms cpu, X->Y->Z MB, G MB goal, S MB stacks, B MB globals, P P
        let f = l.split(separator: " ").map(String.init)
        #expect(f[0] == "gc" && f[1] == "\(k + 1)")
        #expect(f[2].hasPrefix("@") && f[2].hasSuffix("s") && f[2].contains("."))
        #expect(f[3].hasSuffix("%:"))
        #expect(f[4].split(separator: "+").count == 3 && f[5] == "ms" && f[6] == "clock,")
        #expect(f[7].split(separator: "/").count == 3 && f[8] == "ms" && f[9] == "cpu,")
        #expect(f[10].split(separator: "-").count == 3 && f[11] == "MB,")
        #expect(f[13] == "MB" && f[14] == "goal,")
        #expect(f[16...].joined(separator: " ").hasPrefix("MB stacks, 0 MB globals, 2 P"))
    }
}

@Test func gctraceNumberFormattingMatchesGo() {
    #expect(fmtNSAsMS(120_000) == "0.12")
    #expect(fmtNSAsMS(2_800_000) == "2.8")
    #expect(fmtNSAsMS(2_000) == "0.002")
    #expect(fmtNSAsMS(999) == "0")
    #expect(fmtNSAsMS(6_700_000) == "6.7")
    #expect(fmtNSAsMS(12_345_678) == "12")
    #expect(fmtNSAsMS(54_000) == "0.054")
    #expect(itoaDiv(2, 3) == "0.002")
    #expect(itoaDiv(46, 3) == "0.046")
    #expect(itoaDiv(1234, 3) == "1.234")
}

@Test func runsWithTheCollectorAreDeterministic() {
    func hash(seed: UInt64) -> (UInt64, UInt32) {
        let (rt, ex) = runAllocProgram(procs: 3, workers: 3, iterations: 1500, seed: seed)
        #expect(ex.lost == 0)
        return (rt.events.hash, rt.heap.stats.numGC)
    }
    let a = hash(seed: 7), b = hash(seed: 7)
    #expect(a == b)
    #expect(a.1 > 1)
}

@Test func everyGoroutineStackIsScannedOncePerCycle() {
    let (rt, _) = runAllocProgram(procs: 2, workers: 2, iterations: 1500)
    // Per cycle: one markroot of the globals and one stack scan per goroutine alive at
    // mark start (main, two workers while they run, the runtime's own goroutines).
    var perCycle: [Int: [Int64]] = [:]
    var cycle = 0
    for e in rt.events.events {
        switch e.kind {
        case .gc(.phase(.sweepTermination, let c)): cycle = Int(c)
        case .gc(.markrootStack(let goid, _)): perCycle[cycle, default: []].append(goid)
        default: break
        }
    }
    #expect(perCycle.count == Int(rt.heap.stats.numGC))
    for (c, goids) in perCycle {
        #expect(Set(goids).count == goids.count, "cycle \(c): a stack scanned twice")
        #expect(goids.contains(1) && goids.contains(2) && goids.contains(3), "cycle \(c): \(goids)")
    }
}

@Test func withoutRuntimeGoroutinesCyclesRunStopTheWorldInline() {
    var cfg = RuntimeConfig(gomaxprocs: 2, seed: 4)
    cfg.runtimeGoroutines = false
    let ex = AllocExecutor(workers: 1, iterations: 2000, keep: 20)
    let rt = Runtime(config: cfg, executor: ex)
    rt.gcinit(heapMinimum: 64 << 10)
    rt.run(maxSteps: 1_000_000)
    #expect(rt.exitCode == 0)
    #expect(ex.lost == 0 && ex.gcReturned)
    #expect(rt.heap.stats.numGC >= 2 && rt.heap.stats.numForcedGC == 1)
    #expect(rt.heap.isSweepDone && rt.heap.gcphase == .off)
}

@Test func theTeachingSwitchIsAnnouncedLoudly() {
    var w = GCTestWorld(seed: 1, goroutines: 1, procs: 1)
    w.heap.recordEvents = true
    w.heap.barrierDisabledForTeaching = true
    w.gcStart()
    let texts = w.heap.drainEvents().compactMap { e -> String? in
        if case .gc(let g) = e { return g.description }
        return nil
    }
    #expect(texts.contains { $0.hasPrefix("!!! WRITE BARRIER DISABLED") })
    #expect(GCState().snapshot(heap: w.heap).barrierDisabledForTeaching)
}

@Test func valuesInChannelBuffersAreRoots() {
    // A pointer that only a channel buffer holds survives a cycle.
    var cfg = RuntimeConfig(gomaxprocs: 1, seed: 1)
    cfg.runtimeGoroutines = false
    let ex = AllocExecutor(workers: 0, iterations: 0, keep: 1)
    let rt = Runtime(config: cfg, executor: ex)
    rt.gcinit()
    let obj = rt.heap.mallocgc(size: 32, noscan: false, slots: [.int(5)], p: 0)
    let garbage = rt.heap.mallocgc(size: 32, noscan: false, slots: [.int(6)], p: 0)
    let ch = rt.makechan(elemType: "*T", elemSize: 8, size: 4, zero: .nil, line: 1)!
    rt.chans.chans[Int(ch.raw) - 1].buf[0] = .pointer(obj, 0)
    rt.chans.chans[Int(ch.raw) - 1].qcount = 1
    rt.heap.gcStartWorldStopped(now: 0, procs: 1, goroutines: [])
    while let job = rt.heap.nextRootJob() { _ = rt.markroot(job, p: 0) }
    _ = rt.heap.gcDrainHeap(p: 0, budget: 1 << 20)
    rt.heap.gcMarkTerminationWorldStopped(now: 0, procs: 1)
    while rt.heap.sweepone() != nil {}
    #expect(rt.heap.isLive(obj))
    #expect(!rt.heap.isLive(garbage))
}

@Test func runtimeGCReturnsOnlyAfterACycleStartedAfterTheCall() {
    // Main calls runtime.GC() while heap-triggered cycles keep happening: it must
    // return only after a cycle that started after the call has marked and swept.
    var cfg = RuntimeConfig(gomaxprocs: 2, seed: 11)
    cfg.gogc = 100
    let ex = AllocExecutor(workers: 2, iterations: 3000, keep: 50)
    let rt = Runtime(config: cfg, executor: ex)
    rt.gcinit(heapMinimum: 32 << 10)
    var callCycle = -1, returnCycle = -1, returnPhaseOff = false
    var steps = 0
    while rt.step() && steps < 3_000_000 {
        steps += 1
        if callCycle < 0, rt.gc.gcWaiters.contains(where: { _ in true }) { callCycle = rt.gc.cycles }
        if returnCycle < 0 && ex.gcReturned { returnCycle = rt.gc.cycles; returnPhaseOff = rt.heap.isSweepDone || rt.gc.cycles > callCycle + 1 }
    }
    #expect(rt.exitCode == 0 && ex.lost == 0)
    #expect(callCycle >= 0 && returnCycle > callCycle)
    #expect(returnPhaseOff)
}
