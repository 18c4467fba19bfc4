// mgcmark.go + mgcwork.go: `greyobject`, `shade`, `scanobject`, `gcDrain`,
// `gcDrainN`, root jobs (`markroot` for the data segment and stacks),
// `gcMarkTinyAllocs`, work-buffer `put`/`tryGet`/`balance`/`dispose`.
// Leaves out: oblets (objects > 128 KiB are scanned whole), stack shrinking.

extension HeapState {
    /// Units of scan work charged per object (besides its bytes), for the cost model.
    public static let scanObjectOverhead = 16

    /// `greyobject`: set the mark bit; queue scannable objects, noscan ones are black at once.
    @inline(__always)
    mutating func greyobject(_ ref: ObjRef, p: Int) {
        let s = ref.span, i = ref.index
        guard s < spans.count else { return }       // zerobase
        guard spans[s].state == .inUse, i < spans[s].nelems, spans[s].seqs[i] == ref.seq else { return } // stale: freed already
        if spans[s].isMarked(i) { return }
        spans[s].setMarked(i)
        work.greyed += 1
        let noscan = spans[s].spanclass.noscan
        if recordEvents { let a = spans[s].address(of: i); pending.append(.gc(.shade(addr: a, noscan: noscan))) }
        if noscan {
            work.bytesMarked += spans[s].elemsize
            work.blackened += 1
            return
        }
        putGrey(ObjRef(span: s, index: i, seq: ref.seq), p: p)
    }

    /// `shade(b)`: grey an object found through a pointer (barrier, roots).
    @inline(__always)
    public mutating func shade(_ ref: ObjRef, p: Int) {
        if ref.isNone { return }
        greyobject(ref, p: p)
    }

    /// `gcWork.put`.
    @inline(__always)
    mutating func putGrey(_ ref: ObjRef, p: Int) {
        if work.gcw[p].wbuf1.count == MarkWork.workbufObjs {
            work.gcw[p].swapBuffers()
            if work.gcw[p].wbuf1.count == MarkWork.workbufObjs {
                work.full.append(work.gcw[p].wbuf1)
                work.gcw[p].wbuf1 = []
                work.gcw[p].wbuf1.reserveCapacity(MarkWork.workbufObjs)
            }
        }
        work.gcw[p].wbuf1.append(ref)
    }

    /// `gcWork.tryGet`.
    @inline(__always)
    mutating func tryGet(p: Int) -> ObjRef? {
        if let r = work.gcw[p].wbuf1.popLast() { return r }
        work.gcw[p].swapBuffers()
        if let r = work.gcw[p].wbuf1.popLast() { return r }
        guard let b = work.full.popLast() else { return nil }
        work.gcw[p].wbuf1 = b
        return work.gcw[p].wbuf1.popLast()
    }

    /// `gcWork.balance`: give the global list some work when it is empty.
    mutating func balance(p: Int) {
        if !work.gcw[p].wbuf2.isEmpty {
            work.full.append(work.gcw[p].wbuf2)
            work.gcw[p].wbuf2 = []
        } else if work.gcw[p].wbuf1.count > 4 {
            let n = work.gcw[p].wbuf1.count / 2
            work.full.append(Array(work.gcw[p].wbuf1.suffix(n)))
            work.gcw[p].wbuf1.removeLast(n)
        }
    }

    /// `gcWork.dispose`: move a P's buffers to the global list.
    mutating func flushGCWork(p: Int) {
        if !work.gcw[p].wbuf1.isEmpty { work.full.append(work.gcw[p].wbuf1); work.gcw[p].wbuf1 = [] }
        if !work.gcw[p].wbuf2.isEmpty { work.full.append(work.gcw[p].wbuf2); work.gcw[p].wbuf2 = [] }
    }

    /// `wbBufFlush1`: shade every pointer the barrier recorded on P `p`.
    mutating func wbBufFlush(p: Int) {
        guard !work.wbBuf[p].isEmpty else { return }
        let buf = work.wbBuf[p]
        work.wbBuf[p].removeAll(keepingCapacity: true)
        for r in buf { greyobject(r, p: p) }
    }

    /// `gcMarkWorkAvailable(p)`: queued greys, barrier buffers or root jobs left.
    public func gcMarkWorkAvailable(p: Int?) -> Bool {
        if let p, work.gcw[p].count > 0 || !work.wbBuf[p].isEmpty { return true }
        if !work.full.isEmpty { return true }
        if work.markrootNext < work.roots.count { return true }
        return false
    }

    /// `scanobject(b)`: grey every object `ref` points to; returns the scan work (bytes).
    @inline(__always)
    mutating func scanobject(_ ref: ObjRef, p: Int) -> Int {
        let s = ref.span, i = ref.index
        let size = spans[s].elemsize
        work.bytesMarked += size
        work.blackened += 1
        if let m = spans[s].hasMaps ? maps[ref] : nil {
            m.forEachRef { greyobject($0, p: p) }
        }
        // The object's slots in place (inline in the span, or its own array).
        let n = Int(spans[s].nslots[i]), stride = spans[s].stride
        if n <= stride {
            let b = i &* stride
            for k in b..<b &+ n {
                // Switch on the slot in place: only pointer payloads are bound
                // (no copy of the Value, no release per slot).
                switch spans[s].slots[k] {
                case .int, .float, .bool, .string, .nil, .chan: continue
                case .pointer(let o, _), .slice(let o, _, _, _), .map(let o), .fn(_, let o):
                    if !o.isNone { greyobject(o, p: p) }
                case .iface, .agg:
                    scanslot(spans[s].slots[k], p: p)
                }
            }
        } else {
            let slots = spans[s].big[i]
            for v in slots { scanslot(v, p: p) }
        }
        if recordEvents { let a = spans[s].address(of: i); emit(.gc(.blacken(addr: a, size: Int32(size)))) }
        return size
    }

    /// One slot of `scanobject`: grey what it points to (the pointer bitmap is the value's tag).
    @inline(__always)
    mutating func scanslot(_ v: Value, p: Int) {
        switch v {
        case .int, .float, .bool, .string, .nil, .chan: return
        case .pointer(let o, _), .slice(let o, _, _, _), .map(let o), .fn(_, let o):
            if !o.isNone { greyobject(o, p: p) }
        default:
            v.forEachRef { greyobject($0, p: p) }
        }
    }

    /// Claim the next root job (`work.markrootNext`).
    public mutating func nextRootJob() -> RootJob? {
        guard work.markrootNext < work.roots.count else { return nil }
        defer { work.markrootNext += 1 }
        return work.roots[work.markrootNext]
    }

    /// `markrootBlock` for the data segment: shade every global's references; returns scan work.
    public mutating func markrootGlobals(p: Int) -> Int {
        for v in globals { v.forEachRef { greyobject($0, p: p) } }
        let w = globals.count * 8
        pacer.addScanWork(heap: 0, stack: 0, globals: w)
        let n = Int32(globals.count)
        emit(.gc(.markrootGlobals(slots: n)))
        return w
    }

    /// Shade the references held by channel buffers and sudogs; returns scan work.
    public mutating func markrootChannels(refs: [ObjRef], p: Int) -> Int {
        for r in refs { greyobject(r, p: p) }
        emit(.gc(.markrootChannels(refs: Int32(refs.count))))
        return refs.count * 8
    }

    /// `scanstack(gp)` given the refs the executor found on g's stack; returns scan work.
    public mutating func markrootStack(g: GID, refs: [ObjRef], stackBytes: Int, p: Int, goid: Int64 = 0) -> Int {
        for r in refs { greyobject(r, p: p) }
        setStackScanned(g)
        pacer.addScanWork(heap: 0, stack: stackBytes, globals: 0)
        emit(.gc(.markrootStack(goid: goid, refs: Int32(refs.count))))
        return stackBytes
    }

    mutating func setStackScanned(_ g: GID) {
        guard !g.isNone else { return }
        if work.stackScanned.count <= g.index { work.stackScanned.append(contentsOf: repeatElement(false, count: g.index + 1 - work.stackScanned.count)) }
        work.stackScanned[g.index] = true
    }

    /// `gcscandone`: was g's stack scanned this cycle? (its stack is black)
    @inline(__always)
    public func stackScanned(_ g: GID) -> Bool {
        g.index >= 0 && g.index < work.stackScanned.count && work.stackScanned[g.index]
    }

    /// `gcDrain` (heap part) on P `p` until `budget` units of scan work are done or no
    /// work is left; root jobs are handled by the caller (`nextRootJob`). Returns work done.
    public mutating func gcDrainHeap(p: Int, budget: Int) -> Int {
        var done = 0
        while done < budget {
            if work.full.isEmpty { balance(p: p) }
            var b = tryGet(p: p)
            if b == nil {
                wbBufFlush(p: p)
                b = tryGet(p: p)
            }
            guard let ref = b else { break }
            done += scanobject(ref, p: p) + HeapState.scanObjectOverhead
        }
        pacer.addScanWork(heap: done, stack: 0, globals: 0)
        return done
    }

    /// `gcMarkTinyAllocs`: grey every P's current tiny block (it may be reached only through sub-objects).
    mutating func gcMarkTinyAllocs() {
        for p in 0..<mcaches.count where !mcaches[p].tiny.isNone {
            greyobject(mcaches[p].tiny, p: p)
        }
    }

    /// Mark-phase state for a new cycle (`gcResetMarkState` + `gcMarkRootPrepare`).
    mutating func gcMarkRootPrepare(goroutines: [GID]) {
        work.roots = [.globals, .channels] + goroutines.map { RootJob.stack($0) }
        work.markrootNext = 0
        work.stackScanned = []
        work.bytesMarked = 0
        work.barrierShades = 0
        work.greyed = 0
        work.blackened = 0
    }

    /// Queue a stack job for a goroutine not scanned yet (created during mark).
    public mutating func addStackRoot(_ g: GID) {
        work.roots.append(.stack(g))
    }
}
