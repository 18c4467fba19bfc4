// The heap's and the collector's event payloads (the scheduler's `Event`
// wraps them with time, P, M and G). Named after Go's functions.

/// Allocator events.
public enum HeapEvent: Sendable, Hashable, CustomStringConvertible {
    /// `mallocgc` of a small or large object (`black`: allocated during marking).
    case alloc(addr: UInt64, size: Int32, sizeclass: UInt8, span: Int32, index: Int16, black: Bool)
    /// A tiny allocation that fit in the P's current 16-byte block.
    case tinyAlloc(addr: UInt64, size: Int32, span: Int32, index: Int16, offset: Int8)
    /// `mcache.refill`: full span `oldSpan` (-1: none) replaced by `newSpan`.
    case refill(p: Int32, spanclass: UInt8, oldSpan: Int32, newSpan: Int32)
    /// `mcentral.cacheSpan` found a span (or grew one from the heap).
    case cacheSpan(spanclass: UInt8, span: Int32, from: SpanSource)
    /// `mheap.allocSpan`.
    case spanAlloc(span: Int32, base: UInt64, npages: Int32, spanclass: UInt8)
    /// `mheap.freeSpan`: pages back to the page allocator.
    case spanFree(span: Int32, base: UInt64, npages: Int32)
    /// `mheap.grow`: more arena.
    case arenaGrow(base: UInt64, bytes: UInt64)
    /// `mcache.allocLarge`.
    case largeAlloc(addr: UInt64, size: Int64, npages: Int32, span: Int32)

    public var description: String {
        switch self {
        case let .alloc(a, size, sc, span, i, black):
            return "mallocgc \(size) B → class \(sc) span#\(span)[\(i)] \(hexAddr(a))" + (black ? " (allocated black)" : "")
        case let .tinyAlloc(a, size, span, i, off):
            return "mallocgc \(size) B tiny → block span#\(span)[\(i)]+\(off) \(hexAddr(a))"
        case let .refill(p, spc, old, new):
            return "P\(p) mcache.refill class \(spc >> 1)\(spc & 1 == 1 ? " noscan" : ""): span#\(old) full → span#\(new)"
        case let .cacheSpan(spc, span, from):
            return "mcentral[\(spc >> 1)\(spc & 1 == 1 ? " noscan" : "")].cacheSpan → span#\(span) from \(from)"
        case let .spanAlloc(span, base, np, spc):
            return "mheap.allocSpan span#\(span) \(np) page\(np == 1 ? "" : "s") at \(hexAddr(base)) class \(spc >> 1)"
        case let .spanFree(span, base, np):
            return "mheap.freeSpan span#\(span) \(np) page\(np == 1 ? "" : "s") at \(hexAddr(base))"
        case let .arenaGrow(base, bytes):
            return "mheap.grow \(bytes >> 20) MB at \(hexAddr(base))"
        case let .largeAlloc(a, size, np, span):
            return "mallocgc large \(size) B → span#\(span) \(np) pages \(hexAddr(a))"
        }
    }
}

/// Collector events.
public enum GCEvent: Sendable, Hashable, CustomStringConvertible {
    /// `setGCPhase` or a step of the cycle the UI shows.
    case phase(GCCyclePhase, cycle: Int32)
    /// `markroot`: the data segment's pointers shaded.
    case markrootGlobals(slots: Int32)
    /// Channel buffers and in-flight sudog values shaded (hchan objects in Go).
    case markrootChannels(refs: Int32)
    /// `markroot` → `scanstack`: goroutine `goid`'s stack scanned while it was briefly suspended.
    case markrootStack(goid: Int64, refs: Int32)
    /// `greyobject`: an object was marked — grey (queued for scanning), or black at
    /// once if it holds no pointers (noscan).
    case shade(addr: UInt64, noscan: Bool)
    /// `scanobject`: an object turned black.
    case blacken(addr: UInt64, size: Int32)
    /// The write barrier recorded the old (and maybe the new) pointee of a slot.
    case barrier(slot: UInt64, old: UInt64, new: UInt64, shadedNew: Bool)
    /// `gcAssistAlloc` begin/end: debt in bytes, scan work done.
    case assistBegin(g: GID, debtBytes: Int64)
    case assistEnd(g: GID, workDone: Int64, parked: Bool)
    /// A mark worker started/stopped on a P.
    case workerStart(p: Int32, mode: GCWorkerMode)
    case workerStop(p: Int32, mode: GCWorkerMode, work: Int64)
    /// `mspan.sweep`.
    case sweepSpan(span: Int32, freed: Int32, live: Int32, result: SweepResult)
    /// Marking started with the write barrier switched off for teaching (unsafe).
    case writeBarrierDisabled
    /// The gctrace line of a finished cycle.
    case trace(String)

    public var description: String {
        switch self {
        case let .phase(ph, c): return "GC \(c): \(ph.label)"
        case let .markrootGlobals(n): return "markroot: globals scanned (\(n) slots)"
        case let .markrootChannels(n): return "markroot: channel buffers scanned, \(n) pointer\(n == 1 ? "" : "s") shaded"
        case let .markrootStack(goid, refs): return "markroot: stack of G\(goid) scanned while suspended, \(refs) pointer\(refs == 1 ? "" : "s") shaded"
        case let .shade(a, noscan): return "greyobject \(hexAddr(a)) → " + (noscan ? "black (noscan)" : "grey")
        case let .blacken(a, size): return "scanobject \(hexAddr(a)) (\(size) B) → black"
        case let .barrier(slot, old, new, sn):
            return "write barrier at \(hexAddr(slot)): shade old \(old == 0 ? "nil" : hexAddr(old))" + (sn ? ", new \(new == 0 ? "nil" : hexAddr(new)) (stack grey)" : "")
        case let .assistBegin(_, debt): return "mark assist (gcAssistAlloc): \(debt) B of allocation debt"
        case let .assistEnd(_, w, parked): return "mark assist done: \(w) B of scan work" + (parked ? ", still in debt: parks \"GC assist wait\"" : "")
        case let .workerStart(p, mode): return "P\(p) runs a \(mode) mark worker"
        case let .workerStop(p, mode, w): return "P\(p) \(mode) mark worker stops after \(w) B of scan work"
        case let .sweepSpan(span, freed, live, r): return "sweep span#\(span): \(freed) freed, \(live) live → \(r)"
        case .writeBarrierDisabled:
            return "!!! WRITE BARRIER DISABLED (teaching mode): pointer stores during marking are not shaded — live objects can be freed !!!"
        case let .trace(s): return s
        }
    }
}

/// The steps of a cycle as the GC pane names them.
public enum GCCyclePhase: UInt8, Sendable, Hashable {
    case off, sweepTermination, mark, markTermination, sweep
    public var label: String {
        switch self {
        case .off: "off"
        case .sweepTermination: "sweep termination (STW)"
        case .mark: "mark"
        case .markTermination: "mark termination (STW)"
        case .sweep: "sweep"
        }
    }
}

/// `gcMarkWorkerMode`.
public enum GCWorkerMode: UInt8, Sendable, Hashable, CustomStringConvertible {
    case notWorker, dedicated, fractional, idle
    public var description: String {
        switch self {
        case .notWorker: "no"
        case .dedicated: "dedicated"
        case .fractional: "fractional"
        case .idle: "idle"
        }
    }
}

@inline(__always) func hexAddr(_ a: UInt64) -> String { "0x" + String(a, radix: 16) }
