// What the heap pane draws: every in-use span with its objects' colours, the
// list holding it, heap live/goal, and for a selected object its referrers
// and pointees. Built on demand from HeapState (not on the allocation path).

/// Colour of one object slot as the pane shows it.
public enum ObjectColor: UInt8, Sendable, Hashable {
    case free, white, grey, black
}

public struct SpanSnapshot: Sendable, Hashable {
    public var span: Int32
    public var base: UInt64
    public var npages: Int32
    public var sizeclass: UInt8
    public var noscan: Bool
    public var elemsize: Int32
    public var home: SpanHome
    public var sweepgen: UInt32
    public var allocCount: Int32
    /// One colour per object slot.
    public var objects: [ObjectColor]
    /// Memberwise (public so Recording and TraceImport can build one).
    public init(span: Int32, base: UInt64, npages: Int32, sizeclass: UInt8, noscan: Bool, elemsize: Int32,
        home: SpanHome, sweepgen: UInt32, allocCount: Int32, objects: [ObjectColor]) {
        self.span = span; self.base = base; self.npages = npages; self.sizeclass = sizeclass
        self.noscan = noscan; self.elemsize = elemsize; self.home = home; self.sweepgen = sweepgen
        self.allocCount = allocCount; self.objects = objects
    }
}

public struct HeapObjectInfo: Sendable, Hashable {
    public var ref: ObjRef
    public var addr: UInt64
    public var size: Int32
    public var color: ObjectColor
    /// Objects (and roots: nil ref) that point at it, and objects it points at.
    public var referrers: [UInt64]
    public var pointees: [UInt64]
    /// Memberwise (public so Recording and TraceImport can build one).
    public init(ref: ObjRef, addr: UInt64, size: Int32, color: ObjectColor, referrers: [UInt64],
        pointees: [UInt64]) {
        self.ref = ref; self.addr = addr; self.size = size; self.color = color
        self.referrers = referrers; self.pointees = pointees
    }
}

public struct HeapSnapshot: Sendable, Hashable {
    public var spans: [SpanSnapshot] = []
    public var heapLive = 0
    public var heapGoal = 0
    public var heapAlloc: UInt64 = 0
    public var heapSys = 0
    public var pagesInUse = 0
    public var sweepgen: UInt32 = 0
    public var mallocs: UInt64 = 0
    public var frees: UInt64 = 0
    public var numGC: UInt32 = 0
    public var selected: HeapObjectInfo? = nil
    public init() {}
    /// Memberwise (public so Recording and TraceImport can build one).
    public init(spans: [SpanSnapshot], heapLive: Int, heapGoal: Int, heapAlloc: UInt64, heapSys: Int,
        pagesInUse: Int, sweepgen: UInt32, mallocs: UInt64, frees: UInt64, numGC: UInt32,
        selected: HeapObjectInfo?) {
        self.spans = spans; self.heapLive = heapLive; self.heapGoal = heapGoal
        self.heapAlloc = heapAlloc; self.heapSys = heapSys; self.pagesInUse = pagesInUse
        self.sweepgen = sweepgen; self.mallocs = mallocs; self.frees = frees; self.numGC = numGC
        self.selected = selected
    }
}

extension HeapState {
    /// Objects queued grey right now (work buffers and the global list), by (span, index).
    func greySet() -> Set<UInt64> {
        var g = Set<UInt64>()
        func add(_ r: ObjRef) { g.insert(UInt64(r.span) << 16 | UInt64(r.index)) }
        for w in work.gcw { w.wbuf1.forEach(add); w.wbuf2.forEach(add) }
        for b in work.full { b.forEach(add) }
        return g
    }

    /// Colour of object `i` of span `s`, from its mark bit (white = unmarked:
    /// garbage if the cycle has ended and the span is not swept yet).
    public func color(span s: Int, index i: Int, grey: Set<UInt64>) -> ObjectColor {
        let sp = spans[s]
        if !sp.isMarked(i) { return sp.isFree(i) ? .free : .white }
        return grey.contains(UInt64(s) << 16 | UInt64(i)) ? .grey : .black
    }

    /// The heap pane's view; `selected` adds referrers/pointees of one object.
    public func snapshot(selected: ObjRef? = nil) -> HeapSnapshot {
        var h = HeapSnapshot()
        let grey = greySet()
        for s in spans.indices where spans[s].state == .inUse {
            let sp = spans[s]
            var objs = [ObjectColor]()
            objs.reserveCapacity(sp.nelems)
            for i in 0..<sp.nelems { objs.append(color(span: s, index: i, grey: grey)) }
            h.spans.append(SpanSnapshot(span: Int32(s), base: sp.startAddr, npages: Int32(sp.npages),
                                        sizeclass: UInt8(sp.spanclass.sizeclass), noscan: sp.spanclass.noscan,
                                        elemsize: Int32(sp.elemsize), home: snapshotHome(sp), sweepgen: sp.sweepgen,
                                        allocCount: Int32(sp.allocCount), objects: objs))
        }
        h.heapLive = pacer.heapLive
        h.heapGoal = pacer.heapGoal
        h.heapAlloc = stats.heapAlloc
        h.heapSys = heapSys
        h.pagesInUse = sweep.pagesInUse
        h.sweepgen = sweepgen
        h.mallocs = stats.mallocs
        h.frees = stats.frees
        h.numGC = stats.numGC
        if let r = selected, isLive(r) {
            var info = HeapObjectInfo(ref: r, addr: address(of: r), size: Int32(spans[r.span].elemsize),
                                      color: color(span: r.span, index: r.index, grey: grey), referrers: [], pointees: [])
            for v in spans[r.span].objectSlots(r.index) { v.forEachRef { info.pointees.append(address(of: $0)) } }
            for s in spans.indices where spans[s].state == .inUse {
                for i in 0..<spans[s].nelems where !spans[s].isFree(i) {
                    var hit = false
                    for v in spans[s].objectSlots(i) { v.forEachRef { if $0.span == r.span && $0.index == r.index { hit = true } } }
                    if hit { info.referrers.append(spans[s].address(of: i)) }
                }
            }
            h.selected = info
        }
        return h
    }

    /// Which half of its mcentral a span is in: after a GC bumps `sweepgen` the
    /// swept and unswept sets swap roles, so a span pushed as swept before the
    /// flip (`sweepgen == sg-2`) now waits in the unswept set.
    func snapshotHome(_ sp: MSpan) -> SpanHome {
        guard sp.sweepgen == sweepgen &- 2 else { return sp.home }
        switch sp.home {
        case .partialSwept: return .partialUnswept
        case .fullSwept: return .fullUnswept
        default: return sp.home
        }
    }
}
