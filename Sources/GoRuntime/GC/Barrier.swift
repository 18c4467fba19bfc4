// mbarrier.go + mwbbuf.go: the hybrid (Yuasa deletion + Dijkstra insertion)
// write barrier on pointer stores into heap objects and globals:
//   shade(*slot); if current stack is grey { shade(ptr) }; *slot = ptr
// recorded in the P's buffer and shaded when it is flushed (`wbBufFlush1`).
// Go's code records both pointers unconditionally (no cheap stack-colour test);
// here the design's rule is followed so students see which case applies.

extension HeapState {
    /// The barrier for one pointer-slot overwrite `old` → `new` on P `p`.
    /// `stackGrey`: the current goroutine's stack has not been scanned yet.
    @inline(__always)
    public mutating func writeBarrier(old: Value, new: Value, p: Int, stackGrey: Bool, slotAddr: UInt64) {
        guard writeBarrierEnabled, !barrierDisabledForTeaching else { return }
        var recorded = false
        old.forEachRef { r in
            work.wbBuf[p].append(r)
            recorded = true
        }
        if stackGrey {
            new.forEachRef { r in
                work.wbBuf[p].append(r)
                recorded = true
            }
        }
        guard recorded else { return }
        work.barrierShades += 1
        if recordEvents {
            var o: UInt64 = 0, n: UInt64 = 0
            old.forEachRef { o = address(of: $0) }
            new.forEachRef { n = address(of: $0) }
            emit(.gc(.barrier(slot: slotAddr, old: o, new: n, shadedNew: stackGrey)))
        }
        if work.wbBuf[p].count >= MarkWork.wbBufPointers { wbBufFlush(p: p) }
    }

    /// A store into slot `slot` of `ref` with the write barrier (`typedmemmove`/`*p = v`).
    @inline(__always)
    public mutating func store(_ ref: ObjRef, _ slot: Int, _ v: Value, p: Int, stackGrey: Bool) throws(HeapFault) {
        try check(ref)
        if writeBarrierEnabled {
            let old = spans[ref.span].slot(ref.index, ref.tinyOffset &+ slot)
            if old.hasRefsFast || v.hasRefsFast {
                writeBarrier(old: old, new: v, p: p, stackGrey: stackGrey, slotAddr: address(of: ref) + UInt64(slot * 8))
            }
        }
        rawStore(ref, slot, v)
    }

    /// The barrier's "is the current stack grey" test through a mutating entry
    /// (a non-mutating call on `Runtime.heap` would copy the HeapState).
    @inline(__always)
    mutating func stackGrey(_ g: GID) -> Bool { !stackScanned(g) }

    /// A store while the barrier is off: the liveness check and the store.
    @inline(__always)
    mutating func storeNoBarrier(_ ref: ObjRef, _ slot: Int, _ v: Value) throws(HeapFault) {
        try check(ref)
        rawStore(ref, slot, v)
    }

    /// `typedmemmove` into `ref` from `slot`: one barrier per slot.
    public mutating func storeSlots(_ ref: ObjRef, _ slot: Int, _ vs: some Collection<Value>, p: Int, stackGrey: Bool) throws(HeapFault) {
        try check(ref)
        var k = slot
        for v in vs {
            if writeBarrierEnabled {
                let old = spans[ref.span].slot(ref.index, ref.tinyOffset &+ k)
                if old.hasRefsFast || v.hasRefsFast {
                    writeBarrier(old: old, new: v, p: p, stackGrey: stackGrey, slotAddr: address(of: ref) + UInt64(k * 8))
                }
            }
            rawStore(ref, k, v)
            k += 1
        }
    }

    /// A store to package-level variable `i` (globals have barriers too, so they are never rescanned).
    @inline(__always)
    public mutating func storeGlobal(_ i: Int, _ v: Value, p: Int, stackGrey: Bool) {
        if writeBarrierEnabled {
            let old = globals[i]
            if old.hasRefsFast || v.hasRefsFast {
                writeBarrier(old: old, new: v, p: p, stackGrey: stackGrey, slotAddr: HeapConst.dataSegmentBase + UInt64(i * 8))
            }
        }
        globals[i] = v
    }

    /// Change a map object's payload in place (`mapassign`/`mapdelete`); `old`/`new`
    /// are the overwritten and the stored key/value, for the barrier.
    public mutating func mutateMap<R>(_ ref: ObjRef, old: Value, new: Value, p: Int, stackGrey: Bool,
                                      _ body: (inout GoMap) -> R) throws(HeapFault) -> R {
        try check(ref)
        if writeBarrierEnabled { writeBarrier(old: old, new: new, p: p, stackGrey: stackGrey, slotAddr: address(of: ref)) }
        let key = ObjRef(span: ref.span, index: ref.index, seq: ref.seq)
        var m = maps.removeValue(forKey: key) ?? GoMap()
        let r = body(&m)
        maps[key] = m
        return r
    }

    /// Allocate a map object (`makemap`: an hmap of `size` bytes).
    public mutating func newmap(size: Int, _ m: GoMap, p: Int) -> ObjRef {
        let r = mallocgc(size: max(size, 48), noscan: false, slots: [], p: p)
        attachMap(r, m)
        return r
    }
}

extension HeapConst {
    /// Where package-level variables live (a typical linux/amd64 .data address).
    public static let dataSegmentBase: UInt64 = 0x57_0000
}

extension Value {
    /// Cheap test used before the barrier: may this value hold an object reference?
    @inline(__always)
    var hasRefsFast: Bool {
        switch self {
        case .int, .float, .bool, .string, .nil, .chan: return false
        default: return true
        }
    }
}
