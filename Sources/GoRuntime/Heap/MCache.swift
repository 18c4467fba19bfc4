// mcache.go: the per-P cache — one span per span class, the tiny allocator,
// `refill` and `releaseAll`. Leaves out: stack caches, nextSample (profiling).

/// `mcache` of one P.
public struct MCache: Sendable, Hashable {
    /// `alloc[numSpanClasses]`: span slot per span class, -1 = `emptymspan`.
    public internal(set) var alloc = [Int32](repeating: -1, count: HeapConst.numSpanClasses)
    /// `tiny`: the current 16-byte tiny block (`.none` if none).
    public internal(set) var tiny = ObjRef.none
    /// `tinyoffset`: bytes of the tiny block in use.
    public internal(set) var tinyoffset = 0
    /// `tinyAllocs`: tiny allocations since the last flush.
    public internal(set) var tinyAllocs = 0
    /// `scanAlloc`: bytes of scannable memory allocated since the last flush.
    var scanAlloc = 0
    /// `flushGen`: the sweepgen at which this mcache was last flushed.
    public internal(set) var flushGen: UInt32 = 0
    public init() {}
}

extension HeapState {
    /// `mcache.refill(spc)`: hand the full span back to its mcentral and cache a
    /// span with a free object; counts the span's free bytes into heapLive at once.
    mutating func refill(p: Int, spc: SpanClass) {
        let old = Int(mcaches[p].alloc[Int(spc.raw)])
        if old >= 0 {
            precondition(spans[old].allocCount == spans[old].nelems, "refill of span with free space remaining")
            precondition(spans[old].sweepgen == sweepgen &+ 3, "bad sweepgen in refill")
            uncacheSpan(old)
        }
        let s = cacheSpan(spc)
        precondition(spans[s].allocCount < spans[s].nelems, "span has no free space")
        spans[s].sweepgen = sweepgen &+ 3
        spans[s].allocCountBeforeCache = spans[s].allocCount
        spans[s].home = .mcache(p: p)
        let usedBytes = spans[s].allocCount * spans[s].elemsize
        pacer.update(dHeapLive: spans[s].npages * HeapConst.pageSize - usedBytes, dHeapScan: mcaches[p].scanAlloc, blackening: gcBlackenEnabled)
        mcaches[p].scanAlloc = 0
        mcaches[p].alloc[Int(spc.raw)] = Int32(s)
        emit(.heap(.refill(p: Int32(p), spanclass: spc.raw, oldSpan: Int32(old), newSpan: Int32(s))))
    }

    /// `mcache.releaseAll`: return every cached span (undoing refill's heapLive
    /// overestimate for spans cached in this cycle) and drop the tiny block.
    mutating func releaseAll(p: Int) {
        let sg = sweepgen
        var dHeapLive = 0
        for i in 0..<HeapConst.numSpanClasses {
            let s = Int(mcaches[p].alloc[i])
            guard s >= 0 else { continue }
            if spans[s].sweepgen != sg &+ 1 {
                dHeapLive -= (spans[s].nelems - spans[s].allocCount) * spans[s].elemsize
            }
            uncacheSpan(s)
            mcaches[p].alloc[i] = -1
        }
        mcaches[p].tiny = .none
        mcaches[p].tinyoffset = 0
        pacer.update(dHeapLive: dHeapLive, dHeapScan: mcaches[p].scanAlloc, blackening: gcBlackenEnabled)
        mcaches[p].scanAlloc = 0
    }

    /// `mcache.prepareForSweep`: flush once per sweep generation (after mark
    /// termination, `forEachP`, and in `acquirep`).
    public mutating func prepareForSweep(p: Int) {
        guard p < mcaches.count, mcaches[p].flushGen != sweepgen else { return }
        releaseAll(p: p)
        mcaches[p].flushGen = sweepgen
    }
}
