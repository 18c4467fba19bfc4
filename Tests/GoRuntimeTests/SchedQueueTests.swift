import Testing
@testable import GoRuntime

// Run-queue mechanics with exact expected sequences (proc.go: runqput,
// runqputslow, globrunqget, runqsteal, findRunnable's %61 fairness check).

/// GOMAXPROCS=1: main starts three goroutines then blocks; they run in the
/// order runnext gives: the last one first, then the others in order.
@Test func schedRunnextOrderOfThreeGoroutines() {
    let worker = Script("main.worker", [.compute(2_000), .ready(1)])
    let rt = scriptRuntime(gomaxprocs: 1, main: [.go(1), .go(1), .go(1), .park(1), .park(1), .park(1)],
                           functions: [worker])
    runChecked(rt)
    #expect(rt.exitCode == 0)
    // Start-up: runtime.main (1) → bgscavenge (4, runnext) → main (readied) →
    // forcegc helper (2) → bgsweep (3) → main; then the workers 5, 6, 7.
    #expect(startOrder(rt) == [1, 4, 1, 2, 3, 1, 7, 1, 5, 1, 6, 1])
    let parked = rt.snapshot().gs.filter { $0.isSystem }.map { "\($0.goid) \($0.label)" }
    #expect(parked == ["2 force gc (idle)", "3 GC sweep wait", "4 GC scavenge wait"])
}

/// 300 goroutines created on one P while it keeps running: when the ring is
/// full, half of it (128, from the head) plus the kicked-out G go to the
/// global queue — once, at the 258th `go`.
@Test func schedRunqputslowMovesHalfPlusOneToGlobal() {
    let rt = scriptRuntime(gomaxprocs: 1, main: [.loop(300, [.go(1)]), .compute(100_000), .exit(0)],
                           functions: [Script("main.worker", [.compute(1_000)])])
    // Step until all 300 exist (main keeps running; nothing else ran).
    runChecked(rt, until: { rt in rt.sched.allgs.count >= 304 })
    let slow = schedEvents(rt).compactMap { x -> (PID, [Goid])? in
        if case let .runqPutSlow(p, gs) = x.s { return (p, gs) }
        return nil
    }
    // Worker k has goid 4+k (main 1, runtime helpers 2-4, one P's batches).
    #expect(slow.count == 1)
    #expect(slow.first?.0 == PID(0))
    #expect(slow.first?.1 == Array(5...132) + [261])
    let s = rt.snapshot()
    #expect(s.globalRunq == Array(5...132) + [261])
    #expect(s.ps[0].runnext == 304)
    #expect(s.ps[0].runq == Array(133...260) + Array(262...303))
    #expect(s.ps[0].runq.count == 170)
}

/// A P that only ever has local work still takes one G from the global queue
/// when `schedtick % 61 == 0`.
@Test func schedGlobalQueueCheckedEvery61stTick() {
    let rt = scriptRuntime(gomaxprocs: 1, main: [.loop(100, [.go(1)]), .gosched, .exit(0)],
                           functions: [Script("main.worker", [.compute(1_000)])])
    runChecked(rt)
    #expect(rt.exitCode == 0)
    let ev = schedEvents(rt)
    let schedIdx = ev.firstIndex { if case .goSched(1) = $0.s { return true }; return false }!
    let after = ev[schedIdx...].compactMap { x -> Goid? in if case let .goStart(g, _) = x.s { return g }; return nil }
    // runnext (worker 100, goid 104) first, then workers 1…59 from the ring
    // (schedtick 3…61), then main from the global queue at tick 61 although
    // 40 workers are still queued locally.
    #expect(Array(after.prefix(61)) == [104] + Array(5...63) + [1])
    let take = ev[schedIdx...].compactMap { x -> (Int32, Goid)? in
        if case let .globrunqGet(_, n, first) = x.s { return (n, first) }; return nil
    }
    #expect(take.first?.0 == 1 && take.first?.1 == 1)
    #expect(rt.sched.allp[0].schedtick == 62)
}

/// An idle P's spinning M steals half (rounded up) of a busy P's ring, and
/// the event names thief, victim and the Gs; the last one stolen runs.
@Test func schedIdlePStealsHalfOfBusyQueue() {
    let rt = scriptRuntime(gomaxprocs: 2, runtimeGoroutines: false,
                           main: [.loop(10, [.go(1)]), .compute(1_000_000), .exit(0)],
                           functions: [Script("main.worker", [.compute(200_000)])])
    runChecked(rt, until: { rt in
        schedEvents(rt).contains { if case .steal = $0.s { return true }; return false }
    })
    let ev = schedEvents(rt)
    let i = ev.lastIndex { if case .steal = $0.s { return true }; return false }!
    guard case let .steal(thief, victim, gs, rn) = ev[i].s else { Issue.record("no steal"); return }
    // Main is goid 1 on P0; workers 2…11: runnext 11, ring 2…10 (9 Gs):
    // P1 takes 9 - 9/2 = 5 from the head.
    #expect(thief == PID(1) && victim == PID(0) && !rn)
    #expect(gs == [2, 3, 4, 5, 6])
    #expect(ev[i].e.m == MID(2))
    runChecked(rt, until: { rt in startOrder(rt).contains(6) })
    let s = rt.snapshot()
    #expect(s.ps[1].curg == 6)
    #expect(s.ps[1].runq == [2, 3, 4, 5])
    #expect(s.ps[0].runq == [7, 8, 9, 10])
    #expect(s.ps[0].runnext == 11)
}

/// Exited Gs are reused (gfput/gfget): slots come back with fresh goids.
@Test func schedDeadGoroutinesAreReused() {
    let w = Script("main.w", [.compute(100), .ready(1)])
    let rt2 = scriptRuntime(gomaxprocs: 1, runtimeGoroutines: false,
                            main: [.loop(10, [.go(1)]), .loop(10, [.park(1)]), .loop(10, [.go(1)]), .loop(10, [.park(1)]), .exit(0)],
                            functions: [w])
    runChecked(rt2)
    #expect(rt2.exitCode == 0)
    // 1 main + 10 workers: the second ten reuse the first ten's slots.
    #expect(rt2.sched.allgs.count == 11)
    let creates = schedEvents(rt2).compactMap { x -> Goid? in if case let .goCreate(g, _, _) = x.s { return g }; return nil }
    #expect(creates == Array(1...21))
}
