// The memory subsystem's globals as one value: `mheap_` (spans, pages,
// mcentrals), every P's `mcache`, the collector's mark state (`gcphase`,
// `work`, `gcController`) and MemStats — one struct so a keyframe is a copy
// and the allocator, barrier and marker touch it without indirection.
// The collector's orchestration over goroutines lives in GCState (GC/).

/// `mheap_` + mcaches + mark state + pacer. See Heap/Malloc.swift for the API.
public struct HeapState: Sendable {
    // MARK: mheap_
    /// `h.allspans`, indexed by `ObjRef.span`; dead slots are reused.
    public internal(set) var spans: ContiguousArray<MSpan> = []
    var freeSpanSlots: [Int32] = []
    /// `spanOf`: the span owning each page of the arena (-1 = none).
    var spanOfPage: [Int32] = []
    /// The page allocator's free runs, sorted by address (first fit = lowest address).
    var freeRuns: [PageRun] = []
    /// Pages obtained from the "OS" so far (`h.grow`); heap arena size.
    public internal(set) var arenaPages = 0
    /// `mheap_.sweepgen`: +2 every GC.
    public internal(set) var sweepgen: UInt32 = 0
    /// `mheap_.central`, one per span class.
    public internal(set) var central: [MCentral] = Array(repeating: MCentral(), count: HeapConst.numSpanClasses)
    /// `p.mcache` for each P.
    public internal(set) var mcaches: [MCache] = []
    /// Allocation sequence tags (26 bits, never 0).
    var nextSeq: UInt32 = 1
    /// Sweeper state (`mgcsweep.go: sweep`, `mheap_.pagesSwept`…).
    public internal(set) var sweep = SweepState()

    // MARK: collector state read by the allocator and the barrier
    /// `gcphase`.
    public internal(set) var gcphase = GCPhase.off
    /// `writeBarrier.enabled`.
    public internal(set) var writeBarrierEnabled = false
    /// `gcBlackenEnabled`: workers and assists may blacken objects.
    public internal(set) var gcBlackenEnabled = false
    /// Teaching switch: when false the barrier does nothing even while on
    /// (UNSAFE: shows the lost-object bug the hybrid barrier prevents).
    public var barrierDisabledForTeaching = false
    /// `work`: mark queues, root jobs, counters.
    public internal(set) var work = MarkWork()
    /// `gcController`: pacer.
    public internal(set) var pacer = GCController()

    // MARK: data segment, maps, statistics, events
    /// Package-level variables (the data/bss segment): a root; stores go through the barrier.
    public internal(set) var globals: [Value] = []
    /// Map payloads, by object (a map object's own slots are empty).
    var maps: [ObjRef: GoMap] = [:]
    public internal(set) var stats = MemStats()
    /// Record heap/GC events in `pending` (the runtime drains them into its log).
    public var recordEvents = true
    public internal(set) var pending: [MemEvent] = []
    /// Set by `mallocgc` when `shouldhelpgc` and `heapLive >= trigger` (`gcTrigger.test`).
    public var gcTriggerHit = false

    public init(procs: Int = 1, gogc: Int = 100, heapMinimum: Int? = nil) {
        mcaches = Array(repeating: MCache(), count: max(procs, 1))
        work.gcw = Array(repeating: GCWork(), count: max(procs, 1))
        work.wbBuf = Array(repeating: [], count: max(procs, 1))
        pacer.initialize(gcPercent: gogc, heapMinimum: heapMinimum)
        commitPacer()
    }

    /// `procresize` for the memory side: one mcache, gcw and wbBuf per P.
    public mutating func procresize(_ procs: Int) {
        let n = max(procs, 1)
        while mcaches.count < n {
            var c = MCache()
            c.flushGen = sweepgen
            mcaches.append(c)
        }
        while work.gcw.count < n { work.gcw.append(GCWork()) }
        while work.wbBuf.count < n { work.wbBuf.append([]) }
        if mcaches.count > n {
            // A destroyed P's mcache goes back to mcentral; its barrier buffer is
            // shaded and its grey objects move to the global list (procresize's freep).
            for p in n..<mcaches.count {
                releaseAll(p: p)
                wbBufFlush(p: p)
                flushGCWork(p: p)
            }
            mcaches.removeLast(mcaches.count - n)
            work.gcw.removeLast(work.gcw.count - n)
            work.wbBuf.removeLast(work.wbBuf.count - n)
        }
    }

    @inline(__always)
    mutating func emit(_ e: MemEvent) {
        if recordEvents { pending.append(e) }
    }

    mutating func clearPending() { pending.removeAll(keepingCapacity: true) }

    /// Hand over the events recorded since the last call.
    public mutating func drainEvents() -> [MemEvent] {
        defer { pending.removeAll(keepingCapacity: true) }
        return pending
    }
}

/// A free run of pages in the page allocator.
struct PageRun: Sendable, Hashable {
    var start: Int
    var npages: Int
}

/// A heap or GC event recorded by the memory subsystem.
public enum MemEvent: Sendable, Hashable {
    case heap(HeapEvent)
    case gc(GCEvent)
}

/// `runtime.MemStats` counters (the fields go-subset.md lists, plus a few the UI shows).
public struct MemStats: Sendable, Hashable {
    /// Objects allocated (tiny allocations counted individually, as ReadMemStats does).
    public var mallocs: UInt64 = 0
    /// Objects freed (tiny allocations counted as freed at once, as ReadMemStats does).
    public var frees: UInt64 = 0
    /// Bytes allocated in heap objects, cumulative (`TotalAlloc`).
    public var totalAlloc: UInt64 = 0
    /// Bytes freed by sweeping, cumulative.
    public var totalFree: UInt64 = 0
    /// Tiny allocations that shared a block.
    public var tinyAllocs: UInt64 = 0
    /// Completed cycles (`NumGC`).
    public var numGC: UInt32 = 0
    /// Cycles started with runtime.GC() (`NumForcedGC`).
    public var numForcedGC: UInt32 = 0
    /// `HeapAlloc`: bytes of allocated objects (reachable or not yet swept).
    public var heapAlloc: UInt64 { totalAlloc &- totalFree }
}
