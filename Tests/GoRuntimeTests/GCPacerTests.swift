import Testing
@testable import GoRuntime

/// A pacer as mark termination leaves it: `heapMarked` live, stacks and globals given.
private func pacer(gogc: Int, marked: Int, stacks: Int = 0, globals: Int = 0, sweepDone: Bool = true) -> GCController {
    var c = GCController()
    c.initialize(gcPercent: gogc, heapMinimum: nil)
    c.heapScanWork = marked
    c.stackScanWork = stacks
    c.globalsScan = globals
    c.resetLive(bytesMarked: marked)
    c.commit(isSweepDone: sweepDone, phaseOn: false)
    return c
}

@Test func heapGoalAndTriggerFollowGo119Formulas() {
    let MiB = 1 << 20
    // First cycle: goal = heapMinimum = 4 MiB, trigger at 61/64 of it.
    var c = pacer(gogc: 100, marked: 0)
    #expect(c.trigger() == (trigger: 61 * 65536, goal: 4 * MiB))
    // goal = marked + (marked + stacks + globals) × GOGC/100; trigger clamped to ≤ 61/64 of the runway.
    c = pacer(gogc: 100, marked: 10 * MiB)
    #expect(c.trigger() == (trigger: 10 * MiB / 64 * 61 + 10 * MiB, goal: 20 * MiB))
    c = pacer(gogc: 50, marked: 10 * MiB)
    #expect(c.heapMinimum == 2 * MiB)
    #expect(c.trigger() == (trigger: 15_482_880, goal: 15 * MiB))
    c = pacer(gogc: 200, marked: 10 * MiB, stacks: MiB, globals: MiB)
    #expect(c.trigger() == (trigger: 34_471_936, goal: 34 * MiB))
    // Big heaps: the trigger may go up to goal − 4 MiB.
    c = pacer(gogc: 100, marked: 100 * MiB)
    #expect(c.trigger() == (trigger: 200 * MiB - 4 * MiB, goal: 200 * MiB))
    // Small live heaps stay at the 4 MiB × GOGC/100 minimum.
    c = pacer(gogc: 100, marked: MiB)
    #expect(c.heapGoal == 4 * MiB)
    // Unfinished sweeping pushes the goal to heapLive + 1 MiB.
    c = pacer(gogc: 100, marked: 10 * MiB, sweepDone: false)
    #expect(c.heapGoal == 20 * MiB)
    c.heapLive = 20 * MiB
    c.commit(isSweepDone: false, phaseOn: false)
    #expect(c.heapGoal == 21 * MiB)
    // GOGC=off: never triggers.
    c = pacer(gogc: -1, marked: 10 * MiB)
    c.heapLive = 1 << 40
    #expect(!c.triggerTest(phase: .off))
    // With a cons/mark estimate the runway moves the trigger down, but not below 45/64.
    c = pacer(gogc: 100, marked: 10 * MiB)
    c.consMark = 10
    c.commit(isSweepDone: true, phaseOn: false)
    #expect(c.trigger().trigger == 10 * MiB / 64 * 45 + 10 * MiB)
}

@Test func heapMinimumOptionScalesWithGOGC() {
    var c = GCController()
    c.initialize(gcPercent: 100, heapMinimum: 256 << 10)
    c.commit(isSweepDone: true, phaseOn: false)
    #expect(c.heapGoal == 256 << 10)
    c.setGCPercent(50)
    #expect(c.heapMinimum == 128 << 10)
}

@Test func markWorkerCountsAreAQuarterOfGOMAXPROCS() {
    let cases: [(procs: Int, dedicated: Int, fractional: Double)] = [
        (1, 0, 0.25), (2, 0, 0.25), (3, 0, 0.25), (4, 1, 0), (5, 1, 0), (6, 1, 0.5 / 6), (8, 2, 0), (16, 4, 0),
    ]
    for k in cases {
        var c = GCController()
        c.initialize(gcPercent: 100, heapMinimum: nil)
        c.startCycle(markStartTime: 0, procs: k.procs)
        #expect(c.dedicatedMarkWorkersNeeded == k.dedicated, "GOMAXPROCS=\(k.procs)")
        #expect(abs(c.fractionalUtilizationGoal - k.fractional) < 1e-12, "GOMAXPROCS=\(k.procs)")
    }
}

@Test func assistRatioSpreadsRemainingScanWorkOverRemainingHeap() {
    var c = pacer(gogc: 100, marked: 10 << 20)
    c.heapLive = 19 << 20
    c.startCycle(markStartTime: 0, procs: 4)
    // scan work expected = last heap scan (10 MiB); heap left = goal − live = 1 MiB.
    #expect(c.assistWorkPerByte == 10.0)
    #expect(c.assistBytesPerWork == 0.1)
}

@Test func assistsHappenWhenAllocationOutrunsMarking() {
    // One P, a goroutine allocating as fast as it can: the fractional worker alone
    // cannot keep up, so the allocating goroutine assists (and sometimes parks).
    var cfg = RuntimeConfig(gomaxprocs: 1, seed: 9)
    cfg.gogc = 100
    let ex = AllocExecutor(workers: 0, iterations: 40000, keep: 20000)
    ex.verifyEvery = 5000
    let rt = Runtime(config: cfg, executor: ex)
    rt.gcinit(heapMinimum: 128 << 10)
    rt.run(maxSteps: 1_000_000)
    #expect(rt.exitCode == 0)
    #expect(ex.lost == 0)
    var begins = 0, work: Int64 = 0
    for e in rt.events.events {
        if case .gc(.assistBegin) = e.kind { begins += 1 }
        if case .gc(.assistEnd(_, let w, _)) = e.kind { work += w }
    }
    #expect(begins > 0)
    #expect(work > 0)
    #expect(rt.heap.pacer.assistTime >= 0)
}
