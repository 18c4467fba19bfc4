import Testing
@testable import GoRuntime

/// Random object graphs and mutator schedules; after every cycle check against an
/// independent reachability walk: nothing reachable is freed, and everything that
/// was unreachable when the cycle started is freed once sweeping is done.
@Test func collectorKeepsReachableAndFreesGarbageOverRandomSchedules() {
    var cycles = 0
    for seed in UInt64(1)...2000 {
        var w = GCTestWorld(seed: seed, goroutines: 1 + Int(seed % 3), procs: 1 + Int(seed % 2))
        for round in 0..<3 {
            // Mutate with GC off.
            for _ in 0..<(20 + w.rand(60)) {
                let ok = w.mutate(g: w.rand(w.stacks.count), p: w.rand(w.procs))
                #expect(ok, "seed \(seed) round \(round): lost object while GC off")
            }
            // Unreachable at the start of the cycle = garbage that must be freed.
            let live0 = w.reachable()
            let garbage = w.allocated().filter { !live0.contains($0.key) }.map(\.value)
            w.gcStart()
            // Concurrent mark: interleave mutation and marking until termination.
            var steps = 0
            while true {
                steps += 1
                if w.rand(2) == 0 {
                    let ok = w.mutate(g: w.rand(w.stacks.count), p: w.rand(w.procs))
                    #expect(ok, "seed \(seed) round \(round): mutator hit a freed object during mark")
                } else {
                    w.markStep(p: w.rand(w.procs), budget: 1 + w.rand(200))
                }
                if w.heap.markComplete || steps > 5000, w.tryMarkDone() { break }
            }
            // Mark termination: every reachable object is marked (the weak invariant held).
            // Sweep lazily (allocation) and then completely.
            for _ in 0..<w.rand(20) { _ = w.mutate(g: w.rand(w.stacks.count), p: w.rand(w.procs)) }
            while w.heap.sweepone() != nil {}
            for p in 0..<w.procs { w.heap.prepareForSweep(p: p) }
            #expect(w.heap.isSweepDone)
            let live1 = w.reachable()
            let alloc = w.allocated()
            for k in live1 { #expect(alloc[k] != nil, "seed \(seed) round \(round): reachable object freed") }
            for r in garbage { #expect(!w.heap.isLive(r), "seed \(seed) round \(round): garbage \(r) survived") }
            cycles += 1
        }
    }
    #expect(cycles == 6000)
}

/// Deletion half of the hybrid barrier: a goroutine whose stack is already black
/// loads B from A and deletes A's pointer. Only shading the old value saves B.
private func deletionScenario(barrier: Bool) -> (live: Bool, load: Result<Value, HeapFault>) {
    var w = GCTestWorld(seed: 1, goroutines: 1, procs: 1, globals: 1)
    w.heap.barrierDisabledForTeaching = !barrier
    let a = w.heap.mallocgc(size: 32, noscan: false, slots: [.nil, .nil], p: 0)
    let b = w.heap.mallocgc(size: 32, noscan: false, slots: [.int(42), .nil], p: 0)
    try! w.heap.store(a, 0, .pointer(b, 0), p: 0, stackGrey: true)
    w.heap.storeGlobal(0, .pointer(a, 0), p: 0, stackGrey: true)
    w.gcStart()
    // Root jobs: globals first, then G0's (empty) stack → G0 black.
    let j1 = w.heap.nextRootJob()
    #expect(j1 == .globals)
    _ = w.heap.markrootGlobals(p: 0)  // A grey, B still white
    let j2 = w.heap.nextRootJob(), j3 = w.heap.nextRootJob()
    #expect(j2 == .channels && j3 == .stack(GID(index: 0)))
    _ = w.heap.markrootStack(g: GID(index: 0), refs: [], stackBytes: 8192, p: 0)
    // G0 (stack black): b := a.f; a.f = nil
    if case .pointer(let o, _) = try! w.heap.load(a, 0) { w.stacks[0] = [o] }
    try! w.heap.store(a, 0, .nil, p: 0, stackGrey: !w.heap.stackScanned(GID(index: 0)))
    while !w.heap.markComplete { _ = w.heap.gcDrainHeap(p: 0, budget: 1000); _ = w.heap.gcMarkDoneFlush() }
    let done = w.tryMarkDone()
    #expect(done)
    while w.heap.sweepone() != nil {}
    return (w.heap.isLive(b), Result { () throws(HeapFault) -> Value in try w.heap.load(b, 0) })
}

@Test func barrierOnKeepsAnObjectMovedToABlackStack() throws {
    let r = deletionScenario(barrier: true)
    #expect(r.live)
    #expect(try r.load.get() == .int(42))
}

@Test func barrierOffLosesAnObjectMovedToABlackStack() {
    let r = deletionScenario(barrier: false)
    #expect(!r.live)
    guard case .failure(.useOfFreedObject) = r.load else { Issue.record("expected use of freed object"); return }
}

/// Insertion half: a goroutine with a grey stack stores its only pointer to C into
/// black A and drops it; shading the new value (stack still grey) saves C.
private func insertionScenario(barrier: Bool) -> Bool {
    var w = GCTestWorld(seed: 1, goroutines: 1, procs: 1, globals: 1)
    w.heap.barrierDisabledForTeaching = !barrier
    let a = w.heap.mallocgc(size: 32, noscan: false, slots: [.nil], p: 0)
    let c = w.heap.mallocgc(size: 32, noscan: false, slots: [.int(1)], p: 0)
    w.heap.storeGlobal(0, .pointer(a, 0), p: 0, stackGrey: true)
    w.stacks[0] = [c]
    w.gcStart()
    _ = w.heap.nextRootJob(); _ = w.heap.markrootGlobals(p: 0)
    _ = w.heap.gcDrainHeap(p: 0, budget: 1 << 20)              // A black
    try! w.heap.store(a, 0, .pointer(c, 0), p: 0, stackGrey: !w.heap.stackScanned(GID(index: 0)))
    w.stacks[0] = []
    _ = w.heap.nextRootJob(); _ = w.heap.nextRootJob() // channels (none here), then G0's stack
    _ = w.heap.markrootStack(g: GID(index: 0), refs: w.stacks[0], stackBytes: 8192, p: 0)
    while !w.heap.markComplete { _ = w.heap.gcDrainHeap(p: 0, budget: 1000); _ = w.heap.gcMarkDoneFlush() }
    let done = w.tryMarkDone()
    #expect(done)
    while w.heap.sweepone() != nil {}
    return w.heap.isLive(c)
}

@Test func insertionBarrierShadesTheNewPointerWhileTheStackIsGrey() {
    #expect(insertionScenario(barrier: true))
    #expect(!insertionScenario(barrier: false))
}

@Test func sweepingFreesWholeSpansAndReusesTheirPages() {
    var w = GCTestWorld(seed: 3, goroutines: 1, procs: 1)
    for _ in 0..<300 { _ = w.heap.mallocgc(size: 64, noscan: false, slots: [.nil], p: 0) }
    let spansBefore = w.heap.pagesInUse
    #expect(spansBefore == 3) // 128 objects of 64 B per span
    w.gcStart()
    while !w.heap.markComplete { w.markStep(p: 0, budget: 1000) }
    let done = w.tryMarkDone()
    #expect(done)
    #expect(w.heap.stats.numGC == 1 && w.heap.sweepgen == 2)
    while w.heap.sweepone() != nil {}
    #expect(w.heap.pagesInUse == 0)
    #expect(w.heap.stats.frees == 300 && w.heap.stats.heapAlloc == 0)
    let r = w.heap.mallocgc(size: 64, noscan: false, slots: [.nil], p: 0)
    #expect(w.heap.address(of: r) == HeapConst.arenaBase)
}
