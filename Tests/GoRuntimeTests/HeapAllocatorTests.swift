import Testing
@testable import GoRuntime

// The size-class table of runtime-reference §6.2 (objects per span and tail waste), typed in by hand.
private let tableObjects = [0, 1024, 512, 341, 256, 170, 128, 102, 85, 73, 64, 56, 51, 46, 42, 39, 36, 34, 32, 28, 25,
    23, 21, 19, 18, 17, 16, 14, 12, 11, 10, 9, 8, 7, 6, 11, 5, 9, 4, 7, 3, 8, 5, 7, 2, 5, 3, 4, 5, 6, 7, 1, 6, 5, 4, 3,
    2, 3, 4, 1, 4, 3, 2, 3, 1, 3, 2, 1]
private let tableTailWaste = [0, 0, 0, 8, 0, 32, 0, 32, 32, 16, 0, 128, 32, 96, 128, 80, 128, 32, 0, 128, 192, 96,
    128, 288, 128, 32, 0, 128, 512, 448, 512, 128, 0, 128, 512, 896, 512, 256, 0, 256, 128, 0, 384, 384, 0, 256, 256,
    0, 128, 256, 768, 0, 512, 512, 0, 128, 0, 256, 0, 0, 0, 128, 0, 256, 0, 128, 0, 0]

@Test func sizeClassGeometryMatchesTheTable() {
    #expect(SizeClasses.classToSize.count == 68)
    for c in 1..<68 {
        let size = SizeClasses.classToSize[c], pages = SizeClasses.classToAllocNPages[c]
        #expect(SizeClasses.classToNElems[c] == tableObjects[c], "class \(c)")
        #expect(pages * 8192 - tableObjects[c] * size == tableTailWaste[c], "class \(c)")
        // Rounding: the class's own size maps to it, one byte more to the next class.
        #expect(SizeClasses.sizeToClass(size) == c)
        if c < 67 { #expect(SizeClasses.sizeToClass(size + 1) == c + 1) }
        if c > 1 { #expect(SizeClasses.sizeToClass(SizeClasses.classToSize[c - 1] + 1) == c) }
    }
    #expect(SizeClasses.sizeToClass(1) == 1)
    #expect(SizeClasses.roundupsize(17) == 24)
    #expect(SizeClasses.roundupsize(1025) == 1152)
    #expect(SizeClasses.roundupsize(32769) == 40960)
    #expect(SpanClass(sizeclass: 2, noscan: true).raw == 5)
}

@Test func everyClassGetsASpanOfTheRightGeometry() {
    var h = HeapState(procs: 1)
    h.recordEvents = false
    var lastBase: UInt64 = 0
    for c in 1..<68 {
        let size = SizeClasses.classToSize[c]
        let r = h.mallocgc(size: size, noscan: false, slots: [.nil], p: 0)
        let s = h.spans[r.span]
        #expect(s.spanclass == SpanClass(sizeclass: c, noscan: false))
        #expect(s.npages == SizeClasses.classToAllocNPages[c])
        #expect(s.nelems == tableObjects[c])
        #expect(s.elemsize == size)
        #expect(s.startAddr % 8192 == 0 && s.startAddr > lastBase)
        #expect(r.index == 0 && h.address(of: r) == s.startAddr)
        #expect(s.home == .mcache(p: 0))
        lastBase = s.startAddr
    }
    // Spans are laid out first-fit from the arena base.
    #expect(h.spans[0].startAddr == 0xc0_0000_0000)
    #expect(h.spans[1].startAddr == 0xc0_0000_2000)
}

@Test func tinyObjectsShareA16ByteBlock() throws {
    var h = HeapState(procs: 1)
    let a = h.mallocgc(size: 4, noscan: true, slots: [.int(1)], p: 0)
    let b = h.mallocgc(size: 4, noscan: true, slots: [.int(2)], p: 0)
    let c = h.mallocgc(size: 8, noscan: true, slots: [.int(3)], p: 0)   // aligned to 8 → offset 8
    let d = h.mallocgc(size: 2, noscan: true, slots: [.int(4)], p: 0)   // block full → new block
    #expect([a, b, c].map(\.span) == [a.span, a.span, a.span])
    #expect([a, b, c].map(\.index) == [0, 0, 0])
    #expect([a, b, c].map(\.tinyOffset) == [0, 4, 8])
    #expect(d.index == 1 && d.tinyOffset == 0)
    #expect(h.spans[a.span].spanclass == HeapConst.tinySpanClass)
    #expect(h.address(of: b) == h.address(of: a) + 4)
    #expect(try h.load(a, 0) == .int(1))
    #expect(try h.load(b, 0) == .int(2))
    #expect(try h.load(c, 0) == .int(3))
    // Mallocs counts each tiny object; the two that fit an existing block count as freed at once (ReadMemStats).
    #expect(h.stats.mallocs == 4 && h.stats.tinyAllocs == 2 && h.stats.frees == 2)
    let kinds = h.drainEvents().compactMap { e -> String? in
        if case .heap(let he) = e { return String(String(describing: he).split(separator: " ").first ?? "") }
        return nil
    }
    #expect(kinds == ["mheap.grow", "mheap.allocSpan", "mcentral[2", "P0", "mallocgc", "mallocgc", "mallocgc", "mallocgc"])
}

@Test func aFullSpanIsReplacedByRefill() {
    var h = HeapState(procs: 1)
    var refs: [ObjRef] = []
    for k in 0..<513 { refs.append(h.mallocgc(size: 16, noscan: false, slots: [.int(Int64(k))], p: 0)) }
    let first = refs[0].span
    #expect(refs[0..<512].allSatisfy { $0.span == first })
    #expect(refs[0..<512].map(\.index) == Array(0..<512))
    #expect(refs[512].span != first && refs[512].index == 0)
    #expect(h.spans[first].home == .fullSwept)
    #expect(h.spans[refs[512].span].home == .mcache(p: 0))
    let refills = h.drainEvents().compactMap { e -> HeapEvent? in
        if case .heap(let he) = e, case .refill = he { return he }
        return nil
    }
    #expect(refills == [.refill(p: 0, spanclass: 4, oldSpan: -1, newSpan: Int32(first)),
                        .refill(p: 0, spanclass: 4, oldSpan: Int32(first), newSpan: Int32(refs[512].span))])
    // heapLive counted each cached span in full at refill.
    #expect(h.pacer.heapLive == 2 * 8192)
}

@Test func largeObjectsGetTheirOwnSpan() {
    var h = HeapState(procs: 1)
    let r = h.mallocgc(size: 40_000, noscan: true, slots: [], p: 0)
    let s = h.spans[r.span]
    #expect(s.isLarge && s.npages == 5 && s.nelems == 1 && s.elemsize == 40960)
    #expect(s.home == .fullSwept)
    #expect(h.pacer.heapLive == 40960)
    #expect(h.spanOf(address: s.startAddr + 40_000) == r.span)
    #expect(h.findObject(address: s.startAddr + 123) == r)
}

@Test func zeroSizeAllocationsReturnZerobase() throws {
    var h = HeapState(procs: 1)
    let r = h.mallocgc(size: 0, noscan: true, slots: [], p: 0)
    #expect(r == .zerobase && h.isLive(r))
    #expect(try h.slotCount(r) == 0)
    #expect(h.stats.mallocs == 0)
}

@Test func pageAllocatorIsFirstFitAndCoalescesFreedRuns() {
    var h = HeapState(procs: 1)
    h.recordEvents = false
    let a = h.allocSpan(npages: 3, spanclass: SpanClass(sizeclass: 0, noscan: true), elemsize: 3 * 8192, nelems: 1)
    let b = h.allocSpan(npages: 2, spanclass: SpanClass(sizeclass: 0, noscan: true), elemsize: 2 * 8192, nelems: 1)
    let c = h.allocSpan(npages: 1, spanclass: SpanClass(sizeclass: 0, noscan: true), elemsize: 8192, nelems: 1)
    #expect(h.arenaPages == 512)  // one 4 MiB chunk
    #expect([a, b, c].map { h.spans[$0].startAddr } == [0xc0_0000_0000, 0xc0_0000_6000, 0xc0_0000_a000])
    h.freeSpan(a)
    h.freeSpan(b)                  // coalesces with a's pages: 5 free pages at the base
    #expect(h.freeRuns.first == PageRun(start: 0, npages: 5))
    let d = h.allocSpan(npages: 4, spanclass: SpanClass(sizeclass: 0, noscan: true), elemsize: 4 * 8192, nelems: 1)
    #expect(h.spans[d].startAddr == 0xc0_0000_0000)   // lowest address that fits
    #expect(d == b)                                    // the freed span slot is reused
    let big = h.allocSpan(npages: 600, spanclass: SpanClass(sizeclass: 0, noscan: true), elemsize: 600 * 8192, nelems: 1)
    #expect(h.arenaPages == 512 + 1024)               // grown in whole 4 MiB chunks
    #expect(h.spans[big].startAddr == 0xc0_0000_c000)  // the free tail of chunk 1 coalesced with the new chunks
    #expect(h.spanOf(address: h.spans[big].startAddr + 599 * 8192) == big)
    #expect(h.pagesInUse == 4 + 1 + 600)
}

@Test func largeObjectsAreFreedWholeBySweeping() {
    var w = GCTestWorld(seed: 2, goroutines: 1, procs: 1)
    let keep = w.heap.mallocgc(size: 100_000, noscan: true, slots: [.int(1)], p: 0)
    let drop = w.heap.mallocgc(size: 50_000, noscan: false, slots: [.nil], p: 0)
    w.stacks[0] = [keep]
    let inUse = w.heap.pagesInUse
    #expect(inUse == 13 + 7)
    w.gcStart()
    while !w.heap.markComplete { w.markStep(p: 0, budget: 1 << 20) }
    let done = w.tryMarkDone()
    #expect(done)
    while w.heap.sweepone() != nil {}
    #expect(w.heap.isLive(keep) && !w.heap.isLive(drop))
    #expect(w.heap.pagesInUse == 13)
    #expect(w.heap.stats.heapAlloc == 13 * 8192)
}
