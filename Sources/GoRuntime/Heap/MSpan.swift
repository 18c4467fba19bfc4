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
    /// Object slots, contiguous per span (no Swift array per object): object
    /// `i` holds `slots[i*stride ..< i*stride + nslots[i]]` when it fits in
    /// `stride` (one slot per 8 bytes of its size class; 16 in a tiny block,
    /// one per byte offset), else its own array in `big[i]` (byte arrays and
    /// large objects). Storage is created on the first object that needs it.
    public internal(set) var slots: ContiguousArray<Value> = []
    public internal(set) var stride = 0
    /// Slot count of each object's current allocation (0 = free).
    public internal(set) var nslots: ContiguousArray<UInt32> = []
    /// Objects wider than `stride` (lazily sized to `nelems`).
    var big: ContiguousArray<[Value]> = []
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
        stride = spanclass.sizeclass == 0 ? 0 : spanclass == HeapConst.tinySpanClass ? HeapConst.tinySize : (elemsize + 7) / 8
        // A reused span slot of the same geometry keeps its slot storage (every
        // allocation overwrites its object's slots before they are read).
        if slots.count != nelems &* stride { slots = [] }
        big = []
        if seqs.count != nelems {
            seqs = ContiguousArray(repeating: 0, count: nelems)
            reqSize = ContiguousArray(repeating: 0, count: nelems)
            nslots = ContiguousArray(repeating: 0, count: nelems)
        } else {
            for i in 0..<nelems { seqs[i] = 0; reqSize[i] = 0; nslots[i] = 0 }
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

    // MARK: object slots

    /// Slot `k` of object `i` (the caller checked the object is live).
    @inline(__always)
    public func slot(_ i: Int, _ k: Int) -> Value {
        if Int(nslots[i]) <= stride { return slots[i &* stride &+ k] }
        return big[i][k]
    }

    /// Overwrite slot `k` of object `i` (no barrier).
    @inline(__always)
    mutating func setSlot(_ i: Int, _ k: Int, _ v: Value) {
        if Int(nslots[i]) <= stride { slots[i &* stride &+ k] = v } else { big[i][k] = v }
    }

    /// `n` slots of object `i` from slot `k`.
    @inline(__always)
    public func objectSlots(_ i: Int, _ k: Int, _ n: Int) -> ArraySlice<Value> {
        if Int(nslots[i]) <= stride { let b = i &* stride &+ k; return slots[b..<b + n] }
        return big[i][k..<k + n]
    }

    /// Every slot of object `i` (empty when free).
    public func objectSlots(_ i: Int) -> ArraySlice<Value> {
        objectSlots(i, 0, Int(nslots[i]))
    }

    /// Install a new allocation's contents in object `i` (`memclr` + initialise);
    /// `width` is at least `contents.count` (a tiny block is 16 slots).
    @inline(__always)
    mutating func setObject<C: Collection<Value>>(_ i: Int, _ contents: C, width: Int) {
        if width <= stride && stride > 0 {
            if slots.isEmpty { slots = ContiguousArray(repeating: .int(0), count: nelems &* stride) }
            let b = i &* stride
            precondition(b &+ width <= slots.count)
            // One uniqueness check for the whole object, not one per slot.
            slots.withUnsafeMutableBufferPointer { buf in
                var k = b
                for v in contents { buf[k] = v; k &+= 1 }
                while k < b &+ width { buf[k] = .int(0); k &+= 1 }
            }
        } else {
            if big.isEmpty { big = ContiguousArray(repeating: [], count: nelems) }
            if width == contents.count { big[i] = Array(contents) } else {
                var block = Array(contents)
                block.append(contentsOf: repeatElement(Value.int(0), count: width - contents.count))
                big[i] = block
            }
        }
        nslots[i] = UInt32(width)
    }

    /// A new allocation in object `i`: its sequence tag, requested size and contents.
    @inline(__always)
    mutating func installObject<C: Collection<Value>>(_ i: Int, seq: UInt32, size: Int, _ contents: C, width: Int) {
        seqs[i] = seq
        reqSize[i] = UInt32(size)
        setObject(i, contents, width: width)
    }

    /// Sweeping freed object `i`: no slots, no sequence tag.
    @inline(__always)
    mutating func freeObject(_ i: Int) {
        clearObject(i)
        seqs[i] = 0
    }

    /// A freed object's slots hold nothing any more (`nslots` 0; a wide one drops its array).
    @inline(__always)
    mutating func clearObject(_ i: Int) {
        if Int(nslots[i]) > stride { big[i] = [] }
        nslots[i] = 0
    }

    /// True when the span holds no free slot (`freeindex == nelems` after a search).
    @inline(__always) var isFull: Bool { allocCount == nelems }
}
