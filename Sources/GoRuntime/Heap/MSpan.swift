// mheap.go `mspan` and the bitmap helpers of mbitmap.go / malloc.go
// (`nextFreeFast`, `nextFreeIndex`, `refillAllocCache`, `isFree`, mark bits).
// Leaves out: specials, heap bits (pointer layout is the slot values' own tags),
// `freeIndexForScan` (equal to freeindex here: no concurrent scan race).

/// `mSpanState`.
public enum MSpanState: UInt8, Sendable, Hashable {
    case dead = 0     // mSpanDead
    case inUse = 1    // mSpanInUse
    case manual = 2   // mSpanManual (stacks, work bufs: not modelled as spans)
}

/// Which list holds the span right now (for the heap pane; Go knows this only
/// implicitly through `sweepgen` and the spanSet a span sits in).
public enum SpanHome: Hashable, Sendable {
    case none
    case mcache(p: Int)
    case partialSwept, partialUnswept, fullSwept, fullUnswept
    case free
}

/// One span: a run of pages holding `nelems` objects of one size class, or one large object.
public struct MSpan: Sendable {
    public var startAddr: UInt64 = 0
    public var npages: Int = 0
    public var spanclass = SpanClass(raw: 0)
    public var elemsize: Int = 0
    public var nelems: Int = 0
    /// Where the search for the next free object starts.
    public var freeindex: Int = 0
    /// Inverted `allocBits` from `freeindex` (1 = free), 64 at a time.
    public var allocCache: UInt64 = 0
    /// Allocated objects as of the last sweep (objects below `freeindex` may be newer).
    public var allocBits: [UInt64] = []
    /// Objects marked during the current cycle; becomes `allocBits` when swept.
    public var gcmarkBits: [UInt64] = []
    public var allocCount: Int = 0
    /// `allocCountBeforeCache`: allocCount when an mcache took the span.
    public var allocCountBeforeCache: Int = 0
    public var sweepgen: UInt32 = 0
    public var state = MSpanState.dead
    public var needzero = false
    public var home = SpanHome.none
    /// Some object of this span has (had) a map payload in `HeapState.maps`.
    public var hasMaps = false
    /// Object payloads: slot values per object (index = object index).
    public var payload: ContiguousArray<[Value]> = []
    /// Sequence tag of each object's current allocation (0 = never allocated).
    public var seqs: ContiguousArray<UInt32> = []
    /// Requested size of each object (for the heap pane and MemStats; ≤ elemsize).
    public var reqSize: ContiguousArray<UInt32> = []

    public init() {}

    @inline(__always) public var limit: UInt64 { startAddr + UInt64(nelems * elemsize) }
    @inline(__always) public var isLarge: Bool { spanclass.sizeclass == 0 }

    /// `mspan.init` + the part of `mcentral.grow`/`allocSpan` that sets geometry.
    mutating func initSpan(base: UInt64, npages: Int, spanclass: SpanClass, elemsize: Int, nelems: Int) {
        startAddr = base
        self.npages = npages
        self.spanclass = spanclass
        self.elemsize = elemsize
        self.nelems = nelems
        freeindex = 0
        allocCount = 0
        let words = (nelems + 63) / 64
        allocBits = [UInt64](repeating: 0, count: words)
        gcmarkBits = [UInt64](repeating: 0, count: words)
        state = .inUse
        needzero = false
        if payload.count != nelems {
            payload = ContiguousArray(repeating: [], count: nelems)
            seqs = ContiguousArray(repeating: 0, count: nelems)
            reqSize = ContiguousArray(repeating: 0, count: nelems)
        } else {
            for i in 0..<nelems { seqs[i] = 0; reqSize[i] = 0 }
        }
        refillAllocCache(0)
    }

    /// `mspan.refillAllocCache(whichByte)`: load 64 inverted alloc bits starting at `index` (a multiple of 64).
    @inline(__always)
    mutating func refillAllocCache(_ index: Int) {
        let w = index >> 6
        allocCache = w < allocBits.count ? ~allocBits[w] : 0
    }

    /// `nextFreeFast(s)`: the fast path using only `allocCache`; nil means take `nextFreeIndex`.
    @inline(__always)
    mutating func nextFreeFast() -> Int? {
        let theBit = allocCache.trailingZeroBitCount
        if theBit < 64 {
            let result = freeindex + theBit
            if result < nelems {
                let next = result + 1
                if next % 64 == 0 && next != nelems { return nil }
                allocCache >>= UInt64(theBit + 1)
                freeindex = next
                allocCount += 1
                return result
            }
        }
        return nil
    }

    /// `mspan.nextFreeIndex`: the next free object at or after `freeindex`
    /// (returns `nelems` if the span is full); advances `freeindex`/`allocCache`.
    mutating func nextFreeIndex() -> Int {
        var sfreeindex = freeindex
        if sfreeindex == nelems { return sfreeindex }
        var bitIndex = allocCache.trailingZeroBitCount
        while bitIndex == 64 {
            // Move to the next 64-bit window.
            sfreeindex = (sfreeindex + 64) & ~63
            if sfreeindex >= nelems {
                freeindex = nelems
                return nelems
            }
            refillAllocCache(sfreeindex)
            bitIndex = allocCache.trailingZeroBitCount
        }
        let result = sfreeindex + bitIndex
        if result >= nelems {
            freeindex = nelems
            return nelems
        }
        allocCache >>= UInt64(bitIndex + 1)
        sfreeindex = result + 1
        if sfreeindex % 64 == 0 && sfreeindex != nelems {
            refillAllocCache(sfreeindex)
        }
        freeindex = sfreeindex
        return result
    }

    /// `mspan.isFree(index)`: objects below `freeindex` were handed out since the last sweep.
    @inline(__always)
    public func isFree(_ index: Int) -> Bool {
        if index < freeindex { return false }
        return allocBits[index >> 6] & (1 << UInt64(index & 63)) == 0
    }

    @inline(__always)
    public func isMarked(_ index: Int) -> Bool {
        gcmarkBits[index >> 6] & (1 << UInt64(index & 63)) != 0
    }

    @inline(__always)
    mutating func setMarked(_ index: Int) {
        gcmarkBits[index >> 6] |= 1 << UInt64(index & 63)
    }

    /// `mspan.countAlloc`: objects marked (= live after this sweep).
    func countMarked() -> Int {
        var n = 0
        for w in gcmarkBits { n += w.nonzeroBitCount }
        return n
    }

    /// Address of object `index` (`base + index*elemsize`).
    @inline(__always) public func address(of index: Int) -> UInt64 {
        startAddr + UInt64(index * elemsize)
    }

    /// True when the span holds no free slot (`freeindex == nelems` after a search).
    @inline(__always) var isFull: Bool { allocCount == nelems }
}
