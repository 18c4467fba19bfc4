// malloc.go: `mallocgc` (tiny, small and large paths, allocate-black) and the
// object store the interpreter loads and stores through.
//
// ===================== API for the interpreter (stable) =====================
// Objects are named by `ObjRef` (Heap/ObjRef.swift). Each object holds a flat
// `[Value]` of slots (Value.swift rules); a map object holds a `GoMap`.
// Through the runtime (handles assists, GC triggering, events, current P/G):
//   rt.mallocgc(size: Int, noscan: Bool, slots: [Value]) -> ObjRef
//       size = Go's byte size (sets the size class); noscan = the type has no
//       pointers; slots = initial contents (pass a cached zero template: the
//       heap keeps it copy-on-write). size 0 → `ObjRef.zerobase`.
//   rt.newmap(size: Int, map: GoMap) -> ObjRef        (a map object: hmap size)
//   rt.heapStore(_ ref: ObjRef, _ slot: Int, _ v: Value) throws(HeapFault)
//   rt.heapStoreSlots(_ ref: ObjRef, _ slot: Int, _ vs: [Value]) throws(HeapFault)
//   rt.globalStore(_ i: Int, _ v: Value)            (package-level variable)
//   rt.mapStore(_ ref: ObjRef, old: Value, new: Value, _ body: (inout GoMap) -> Void) throws(HeapFault)
//       (stores run the hybrid write barrier while it is on)
// Reads need no barrier, straight on the state:
//   rt.heap.load(_ ref: ObjRef, _ slot: Int) throws(HeapFault) -> Value
//   rt.heap.loadSlots(_ ref: ObjRef, _ slot: Int, _ n: Int) throws(HeapFault) -> ArraySlice<Value>
//   rt.heap.slotCount(_ ref: ObjRef) throws(HeapFault) -> Int
//   rt.heap.map(_ ref: ObjRef) throws(HeapFault) -> GoMap
//   rt.heap.loadGlobal(_ i: Int) -> Value ; rt.heap.allocGlobals(count: Int)
//   rt.heap.isLive(_ ref: ObjRef) -> Bool ; rt.heap.address(of: ObjRef) -> UInt64
// A freed object (only possible with the teaching switch that turns the
// barrier off) throws `.useOfFreedObject`: report "use of freed object".
// Roots: every goroutine's stack (executor.stackRoots visits `ObjRef.raw`)
// and the globals above.
// ============================================================================

extension ObjRef {
    /// `zerobase`: what every zero-size allocation returns.
    public static let zerobase = ObjRef(raw: 0xFF_FFFF | 1 << 38)
    @inline(__always) public var isZerobase: Bool { raw == ObjRef.zerobase.raw }
}

extension HeapState {
    /// `mallocgc(size, typ, needzero)` after the assist: allocate on P `p`'s mcache.
    /// Sets `gcTriggerHit` when the allocation took a new span and heapLive ≥ trigger.
    public mutating func mallocgc(size: Int, noscan: Bool, slots: [Value], p: Int) -> ObjRef {
        mallocgcInit(size: size, noscan: noscan, slots: slots, p: p)
    }

    /// `mallocgc` initialised from a buffer (e.g. the registers holding a
    /// composite literal's fields): no intermediate array.
    public mutating func mallocgc(size: Int, noscan: Bool, contents: UnsafeBufferPointer<Value>, p: Int) -> ObjRef {
        mallocgcInit(size: size, noscan: noscan, slots: contents, p: p)
    }

    @inline(__always)
    mutating func mallocgcInit<C: Collection<Value>>(size: Int, noscan: Bool, slots: C, p: Int) -> ObjRef {
        if size == 0 { return .zerobase }
        var shouldhelpgc = false
        let ref: ObjRef
        let elemsize: Int
        if size <= HeapConst.maxSmallSize {
            if noscan && size < HeapConst.tinySize && slots.count <= size {
                // Tiny allocator: combine small noscan objects in one 16-byte block.
                var off = mcaches[p].tinyoffset
                if size & 7 == 0 { off = (off + 7) & ~7 }
                else if size & 3 == 0 { off = (off + 3) & ~3 }
                else if size & 1 == 0 { off = (off + 1) & ~1 }
                let cur = mcaches[p].tiny
                if off + size <= HeapConst.tinySize && !cur.isNone {
                    let r = ObjRef(span: cur.span, index: cur.index, tinyOffset: off, seq: cur.seq)
                    mcaches[p].tinyoffset = off + size
                    mcaches[p].tinyAllocs += 1
                    stats.mallocs &+= 1  // ReadMemStats counts tiny allocs as
                    stats.frees &+= 1    // both allocated and freed at once.
                    stats.tinyAllocs &+= 1
                    var k = off
                    for v in slots { spans[r.span].setSlot(r.index, k, v); k &+= 1 }
                    let a = address(of: r)
                    emit(.heap(.tinyAlloc(addr: a, size: Int32(size), span: Int32(r.span), index: Int16(r.index), offset: Int8(off))))
                    return r
                }
                let spc = HeapConst.tinySpanClass
                let (s, i) = nextFree(p: p, spc: spc, shouldhelpgc: &shouldhelpgc)
                let seq = takeSeq()
                spans[s].installObject(i, seq: seq, size: size, slots, width: HeapConst.tinySize)
                let r = ObjRef(span: s, index: i, seq: seq)
                if size < mcaches[p].tinyoffset || mcaches[p].tiny.isNone {
                    mcaches[p].tiny = r
                    mcaches[p].tinyoffset = size
                }
                ref = r
                elemsize = HeapConst.tinySize
            } else {
                let sc = SizeClasses.sizeToClass(size)
                let spc = SpanClass(sizeclass: sc, noscan: noscan)
                let (s, i) = nextFree(p: p, spc: spc, shouldhelpgc: &shouldhelpgc)
                let seq = takeSeq()
                spans[s].installObject(i, seq: seq, size: size, slots, width: slots.count)
                ref = ObjRef(span: s, index: i, seq: seq)
                elemsize = spans[s].elemsize
                if !noscan { mcaches[p].scanAlloc += elemsize }
            }
        } else {
            let s = allocLarge(size: size, noscan: noscan)
            shouldhelpgc = true
            let seq = takeSeq()
            spans[s].freeindex = 1
            spans[s].allocCount = 1
            spans[s].installObject(0, seq: seq, size: size, slots, width: slots.count)
            ref = ObjRef(span: s, index: 0, seq: seq)
            elemsize = spans[s].elemsize
        }
        // Allocate black (`gcmarknewobject`).
        if gcphase != .off {
            spans[ref.span].setMarked(ref.index)
            work.bytesMarked += elemsize
        }
        stats.mallocs &+= 1
        stats.totalAlloc &+= UInt64(elemsize)
        if recordEvents {
            let addr = spans[ref.span].address(of: ref.index), sc = spans[ref.span].spanclass.sizeclass
            pending.append(.heap(.alloc(addr: addr, size: Int32(size), sizeclass: UInt8(sc), span: Int32(ref.span), index: Int16(ref.index), black: gcphase != .off)))
        }
        if shouldhelpgc && pacer.triggerTest(phase: gcphase) { gcTriggerHit = true }
        return ref
    }

    @inline(__always)
    mutating func takeSeq() -> UInt32 {
        let s = nextSeq
        nextSeq = nextSeq &+ 1
        if nextSeq >= 1 << 26 { nextSeq = 2 } // 1 is zerobase's tag
        return s
    }

    /// `nextFreeFast` then `mcache.nextFree` (which may `refill`).
    @inline(__always)
    mutating func nextFree(p: Int, spc: SpanClass, shouldhelpgc: inout Bool) -> (Int, Int) {
        var s = Int(mcaches[p].alloc[Int(spc.raw)])
        if s >= 0, let i = spans[s].nextFreeFast() { return (s, i) }
        if s >= 0 {
            let i = spans[s].nextFreeIndex()
            if i != spans[s].nelems { spans[s].allocCount += 1; return (s, i) }
        }
        refill(p: p, spc: spc)
        shouldhelpgc = true
        s = Int(mcaches[p].alloc[Int(spc.raw)])
        let i = spans[s].nextFreeIndex()
        precondition(i < spans[s].nelems, "freeIndex is not valid")
        spans[s].allocCount += 1
        return (s, i)
    }

    /// `mcache.allocLarge`: its own span, on `fullSwept` so the sweeper sees it.
    mutating func allocLarge(size: Int, noscan: Bool) -> Int {
        let npages = (size + HeapConst.pageSize - 1) / HeapConst.pageSize
        deductSweepCredit(spanBytes: npages * HeapConst.pageSize, callerSweepPages: npages)
        if !isSweepDone { reclaim(npages: npages) }
        let spc = SpanClass(sizeclass: 0, noscan: noscan)
        let s = allocSpan(npages: npages, spanclass: spc, elemsize: npages * HeapConst.pageSize, nelems: 1)
        pacer.update(dHeapLive: npages * HeapConst.pageSize, dHeapScan: 0, blackening: gcBlackenEnabled)
        pushSwept(s, full: true)
        let base = spans[s].startAddr
        emit(.heap(.largeAlloc(addr: base, size: Int64(size), npages: Int32(npages), span: Int32(s))))
        return s
    }

    // MARK: object store

    /// True if `ref` names an object that is allocated now (not freed, not reused).
    @inline(__always)
    public func isLive(_ ref: ObjRef) -> Bool {
        let s = ref.span, i = ref.index
        guard s < spans.count else { return ref.isZerobase }
        // Field by field: never a copy of the MSpan (its arrays would be retained).
        return spans[s].state == .inUse && i < spans[s].nelems && spans[s].seqs[i] == ref.seq && !spans[s].isFree(i)
    }

    @inline(__always)
    func check(_ ref: ObjRef) throws(HeapFault) {
        if ref.isNone { throw .nilReference }
        if !isLive(ref) { throw .useOfFreedObject(ref) }
    }

    /// Slot `slot` of object `ref` (a read: no barrier).
    @inline(__always)
    public func load(_ ref: ObjRef, _ slot: Int) throws(HeapFault) -> Value {
        try check(ref)
        return spans[ref.span].slot(ref.index, ref.tinyOffset &+ slot)
    }

    /// `n` slots of `ref` from `slot`.
    public func loadSlots(_ ref: ObjRef, _ slot: Int, _ n: Int) throws(HeapFault) -> ArraySlice<Value> {
        try check(ref)
        return spans[ref.span].objectSlots(ref.index, ref.tinyOffset + slot, n)
    }

    /// Slots the object holds.
    public func slotCount(_ ref: ObjRef) throws(HeapFault) -> Int {
        if ref.isZerobase { return 0 }
        try check(ref)
        return Int(spans[ref.span].nslots[ref.index]) - ref.tinyOffset
    }

    /// The map payload of a map object.
    public func map(_ ref: ObjRef) throws(HeapFault) -> GoMap {
        try check(ref)
        return maps[ObjRef(span: ref.span, index: ref.index, seq: ref.seq)] ?? GoMap()
    }

    /// Simulated address of the object (`base + index*elemsize + tiny offset`).
    @inline(__always)
    public func address(of ref: ObjRef) -> UInt64 {
        if ref.isZerobase { return HeapConst.zerobaseAddr }
        guard ref.span < spans.count else { return 0 }
        return spans[ref.span].address(of: ref.index) + UInt64(ref.tinyOffset)
    }

    /// Store without a barrier (the barrier is `HeapState.store`/`writePointer`).
    @inline(__always)
    mutating func rawStore(_ ref: ObjRef, _ slot: Int, _ v: Value) {
        spans[ref.span].setSlot(ref.index, ref.tinyOffset &+ slot, v)
    }

    /// Attach a map payload to a freshly allocated object.
    mutating func attachMap(_ ref: ObjRef, _ m: GoMap) {
        maps[ref] = m
        spans[ref.span].hasMaps = true
    }

    mutating func dropMaps(span s: Int) {
        let dead = maps.keys.filter { $0.span == s }
        for k in dead { maps[k] = nil }
        spans[s].hasMaps = false
    }

    // MARK: data segment (package-level variables)

    /// Reserve `count` global slots (zero ints; the interpreter stores initial values).
    public mutating func allocGlobals(count: Int, zero: Value = .int(0)) {
        globals = Array(repeating: zero, count: count)
        pacer.globalsScan = count * 8
    }

    @inline(__always) public func loadGlobal(_ i: Int) -> Value { globals[i] }
}

// In-place entry points for callers in other modules (the interpreter reaches the
// heap as `rt.heap`): a non-mutating method called there gets a copy of the whole
// HeapState (~600 bytes memcpy per load); a mutating one is passed its address.
extension HeapState {
    public mutating func loadInPlace(_ ref: ObjRef, _ slot: Int) throws(HeapFault) -> Value {
        try load(ref, slot)
    }
    public mutating func loadSlotsInPlace(_ ref: ObjRef, _ slot: Int, _ n: Int) throws(HeapFault) -> [Value] {
        Array(try loadSlots(ref, slot, n))
    }
    public mutating func slotCountInPlace(_ ref: ObjRef) throws(HeapFault) -> Int {
        try slotCount(ref)
    }
    public mutating func mapInPlace(_ ref: ObjRef) throws(HeapFault) -> GoMap {
        try map(ref)
    }
    public mutating func addressInPlace(of ref: ObjRef) -> UInt64 {
        address(of: ref)
    }
}

extension HeapConst {
    /// Address of `runtime.zerobase` in a typical linux/amd64 binary.
    public static let zerobaseAddr: UInt64 = 0x5_6a_f40
}
