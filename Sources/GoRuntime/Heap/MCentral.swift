// mcentral.go: one per span class — partial and full span sets, each split into
// swept and unswept halves that swap roles every GC; `cacheSpan`,
// `uncacheSpan`, `grow`. Leaves out: locking/ownership races (one thread).

/// `spanSet`: a FIFO of span slots (push at the tail, pop from the head).
public struct SpanQueue: Sendable, Hashable {
    public internal(set) var items: [Int32] = []
    var head = 0
    public var count: Int { items.count - head }
    public var isEmpty: Bool { head == items.count }
    mutating func push(_ s: Int) { items.append(Int32(s)) }
    mutating func pop() -> Int? {
        guard head < items.count else { return nil }
        let s = Int(items[head])
        head += 1
        if head == items.count { items.removeAll(keepingCapacity: true); head = 0 }
        else if head >= 1024 && head * 2 >= items.count { items.removeFirst(head); head = 0 }
        return s
    }
    /// The queued spans, head first (for snapshots).
    public var spans: ArraySlice<Int32> { items[head...] }
}

/// `mcentral`: `partial [2]spanSet`, `full [2]spanSet`.
public struct MCentral: Sendable, Hashable {
    public internal(set) var partial = [SpanQueue(), SpanQueue()]
    public internal(set) var full = [SpanQueue(), SpanQueue()]
    public init() {}
}

extension HeapState {
    @inline(__always) func sweptIndex(_ sg: UInt32) -> Int { Int(sg / 2 % 2) }
    @inline(__always) func unsweptIndex(_ sg: UInt32) -> Int { 1 - Int(sg / 2 % 2) }

    /// Push a swept span on `partialSwept` / `fullSwept` of its class.
    mutating func pushSwept(_ s: Int, full isFull: Bool) {
        let c = Int(spans[s].spanclass.raw), i = sweptIndex(sweepgen)
        if isFull { central[c].full[i].push(s); spans[s].home = .fullSwept }
        else { central[c].partial[i].push(s); spans[s].home = .partialSwept }
    }

    /// `mcentral.cacheSpan`: a span with a free object for an mcache: partial
    /// swept first, then sweep partial unswept, then full unswept (budget 100), else `grow`.
    mutating func cacheSpan(_ spc: SpanClass) -> Int {
        let c = Int(spc.raw)
        let spanBytes = SizeClasses.classToAllocNPages[spc.sizeclass] * HeapConst.pageSize
        deductSweepCredit(spanBytes: spanBytes, callerSweepPages: 0)
        let sg = sweepgen
        var spanBudget = 100
        var found: Int? = nil
        var from = SpanSource.partialSwept
        if let s = central[c].partial[sweptIndex(sg)].pop() {
            found = s
        } else {
            while spanBudget >= 0, found == nil, let s = central[c].partial[unsweptIndex(sg)].pop() {
                spanBudget -= 1
                guard spans[s].sweepgen == sg &- 2 else { continue } // swept by someone else
                _ = sweepSpan(s, preserve: true)
                found = s
                from = .partialUnswept
            }
            while spanBudget >= 0, found == nil, let s = central[c].full[unsweptIndex(sg)].pop() {
                spanBudget -= 1
                guard spans[s].sweepgen == sg &- 2 else { continue }
                _ = sweepSpan(s, preserve: true)
                let fi = spans[s].nextFreeIndex()
                if fi != spans[s].nelems {
                    spans[s].freeindex = fi
                    found = s
                    from = .fullUnswept
                } else {
                    pushSwept(s, full: true)
                }
            }
        }
        let s: Int
        if let f = found {
            s = f
        } else {
            s = growCentral(spc)
            from = .heap
        }
        // Init the alloc bits cache at freeindex.
        let fi = spans[s].freeindex
        spans[s].refillAllocCache(fi & ~63)
        spans[s].allocCache >>= UInt64(fi % 64)
        emit(.heap(.cacheSpan(spanclass: spc.raw, span: Int32(s), from: from)))
        return s
    }

    /// `mcentral.uncacheSpan`: back from an mcache; a span cached before this
    /// sweep phase began (`sweepgen == sg+1`) is swept now.
    mutating func uncacheSpan(_ s: Int) {
        let sg = sweepgen
        let stale = spans[s].sweepgen == sg &+ 1
        if stale {
            spans[s].sweepgen = sg &- 1
            _ = sweepSpan(s, preserve: false)
        } else {
            spans[s].sweepgen = sg
            pushSwept(s, full: spans[s].nelems - spans[s].allocCount == 0)
        }
    }

    /// `mcentral.grow`: a fresh span of this class from the heap.
    mutating func growCentral(_ spc: SpanClass) -> Int {
        let sc = spc.sizeclass
        let npages = SizeClasses.classToAllocNPages[sc]
        let size = SizeClasses.classToSize[sc]
        return allocSpan(npages: npages, spanclass: spc, elemsize: size, nelems: npages * HeapConst.pageSize / size)
    }
}

/// Where `cacheSpan` found its span (for the event).
public enum SpanSource: UInt8, Sendable, Hashable {
    case partialSwept, partialUnswept, fullUnswept, heap
}
