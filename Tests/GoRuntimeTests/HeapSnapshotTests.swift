import Testing
@testable import GoRuntime

@Test func snapshotShowsObjectColoursThroughACycle() {
    var w = GCTestWorld(seed: 5, goroutines: 1, procs: 1, globals: 1)
    let a = w.heap.mallocgc(size: 32, noscan: false, slots: [.nil, .nil], p: 0)
    let b = w.heap.mallocgc(size: 32, noscan: false, slots: [.nil, .nil], p: 0)
    let c = w.heap.mallocgc(size: 32, noscan: false, slots: [.nil, .nil], p: 0)
    let dead = w.heap.mallocgc(size: 32, noscan: false, slots: [.nil, .nil], p: 0)
    try! w.heap.store(a, 0, .pointer(b, 0), p: 0, stackGrey: true)
    try! w.heap.store(b, 0, .pointer(c, 0), p: 0, stackGrey: true)
    try! w.heap.store(dead, 0, .pointer(a, 0), p: 0, stackGrey: true)
    w.stacks[0] = [a]
    func colours() -> [ObjectColor] {
        let s = w.heap.snapshot()
        let span = s.spans.first { $0.span == Int32(a.span) }!
        return Array(span.objects.prefix(5))
    }
    #expect(colours() == [.white, .white, .white, .white, .free])
    w.gcStart()
    _ = w.heap.nextRootJob(); _ = w.heap.markrootGlobals(p: 0)
    _ = w.heap.nextRootJob(); _ = w.heap.nextRootJob() // channels (none), then G0's stack
    _ = w.heap.markrootStack(g: GID(0), refs: w.stacks[0], stackBytes: 8192, p: 0)
    #expect(colours() == [.grey, .white, .white, .white, .free])
    _ = w.heap.gcDrainHeap(p: 0, budget: 1)          // scans exactly one object
    #expect(colours() == [.black, .grey, .white, .white, .free])
    // Allocated during marking: black at once.
    let e = w.heap.mallocgc(size: 32, noscan: false, slots: [.nil], p: 0)
    #expect(e.index == 4 && colours() == [.black, .grey, .white, .white, .black])
    let snap = w.heap.snapshot(selected: b)
    #expect(snap.selected?.referrers == [w.heap.address(of: a)])
    #expect(snap.selected?.pointees == [w.heap.address(of: c)])
    #expect(snap.selected?.color == .grey)
    _ = w.heap.gcDrainHeap(p: 0, budget: 1 << 20)
    let done = w.tryMarkDone()
    #expect(done)
    // The span was cached by P0's mcache: flushing the mcache at mark termination
    // (prepareForSweep) sweeps it at once — survivors unmarked again, the dead one free.
    #expect(colours() == [.white, .white, .white, .free, .white])
    #expect(!w.heap.isLive(dead))
    #expect(w.heap.snapshot().spans.first { $0.span == Int32(a.span) }!.home == .partialSwept)
    let g = GCState().snapshot(heap: w.heap)
    #expect(g.phase == .off && g.greyQueue == 0 && g.blackened == 3)

    // A span that is not cached stays unswept after the cycle: its garbage is white until swept.
    for _ in 0..<(256 - 4) { _ = w.heap.mallocgc(size: 32, noscan: false, slots: [.nil], p: 0) } // fill the span (slot 3 reused first)
    let next = w.heap.mallocgc(size: 32, noscan: false, slots: [.nil], p: 0)                      // refill
    #expect(next.span != a.span)
    w.stacks[0] = [a]
    w.gcStart()
    while !w.heap.markComplete { w.markStep(p: 0, budget: 1 << 20) }
    let done2 = w.tryMarkDone()
    #expect(done2)
    let full = w.heap.snapshot().spans.first { $0.span == Int32(a.span) }!
    // Pushed on fullSwept before the flip, it now waits in the unswept half (notes/fuzz.md bug 1).
    #expect(full.home == .fullUnswept && full.sweepgen == w.heap.sweepgen - 2)   // needs sweeping
    #expect(Array(full.objects.prefix(5)) == [.black, .black, .black, .white, .white])
    while w.heap.sweepone() != nil {}
    #expect(colours() == [.white, .white, .white, .free, .free])
}
