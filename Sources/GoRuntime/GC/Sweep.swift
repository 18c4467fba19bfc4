// mgcsweep.go: `mspan.sweep`, `sweepone`, proportional sweeping
// (`deductSweepCredit`, `gcPaceSweeper`), `mheap.reclaim` (approximated by
// sweeping spans in order until enough pages are free) and `isSweepDone`.
// Leaves out: finalizer/profile specials, the sweepLocker protocol.

/// `sweep` + the `mheap_` sweep counters.
public struct SweepState: Sendable, Hashable {
    /// `sweep.centralIndex`: next span class (×2 halves: full first, then partial) to sweep.
    public internal(set) var centralIndex = 0
    public internal(set) var pagesInUse = 0
    public internal(set) var pagesSwept = 0
    var pagesSweptBasis = 0
    var sweepHeapLiveBasis = 0
    var sweepPagesPerByte = 0.0
    /// Spans swept this cycle by the background sweeper / by allocation.
    public internal(set) var nbgsweep = 0
    public internal(set) var npausesweep = 0
    public init() {}
}

/// How a sweep left a span.
public enum SweepResult: UInt8, Sendable, Hashable {
    case freedToHeap, partial, full, kept
}

extension HeapState {
    /// `mspan.sweep(preserve)`: allocBits = gcmarkBits, free the rest; returns true if the span was freed.
    @discardableResult
    mutating func sweepSpan(_ s: Int, preserve: Bool) -> Bool {
        let sg = sweepgen
        let nalloc = spans[s].countMarked()
        let nfreed = spans[s].allocCount - nalloc
        // Release payloads of freed objects (their references must not keep anything alive).
        if nfreed > 0 {
            for w in 0..<spans[s].gcmarkBits.count {
                let was = spans[s].allocBitsWordNow(w)
                var dead = was & ~spans[s].gcmarkBits[w]
                while dead != 0 {
                    let b = dead.trailingZeroBitCount
                    dead &= dead - 1
                    let i = w * 64 + b
                    if spans[s].hasMaps { maps[ObjRef(span: s, index: i, seq: spans[s].seqs[i])] = nil }
                    // Its slots and its sequence tag die with it: a stale reference
                    // (a dead register scanned later) can no longer grey a free slot.
                    spans[s].freeObject(i)
                }
            }
        }
        spans[s].allocCount = nalloc
        spans[s].freeindex = 0
        spans[s].allocBits = spans[s].gcmarkBits
        spans[s].gcmarkBits = [UInt64](repeating: 0, count: spans[s].allocBits.count)
        spans[s].refillAllocCache(0)
        spans[s].sweepgen = sg
        sweep.pagesSwept += spans[s].npages
        let elem = spans[s].elemsize
        if nfreed > 0 {
            spans[s].needzero = true
            stats.frees &+= UInt64(nfreed)
            stats.totalFree &+= UInt64(nfreed * elem)
        }
        var result = SweepResult.kept
        var freed = false
        if !spans[s].isLarge {
            if !preserve {
                if nalloc == 0 {
                    result = .freedToHeap
                    freed = true
                } else {
                    let isFull = nalloc == spans[s].nelems
                    pushSwept(s, full: isFull)
                    result = isFull ? .full : .partial
                }
            }
        } else if !preserve {
            if nfreed != 0 {
                result = .freedToHeap
                freed = true
            } else {
                pushSwept(s, full: true)
                result = .full
            }
        }
        emit(.gc(.sweepSpan(span: Int32(s), freed: Int32(nfreed), live: Int32(nalloc), result: result)))
        if freed { freeSpan(s) }
        return freed
    }

    /// `mheap.nextSpanForSweep`: pop an unswept span, class by class (full set, then partial).
    mutating func nextSpanForSweep() -> Int? {
        let sg = sweepgen
        let u = unsweptIndex(sg)
        while sweep.centralIndex < HeapConst.numSpanClasses * 2 {
            let c = sweep.centralIndex / 2
            let s: Int?
            if sweep.centralIndex % 2 == 0 { s = central[c].full[u].pop() } else { s = central[c].partial[u].pop() }
            if let s {
                if spans[s].state == .inUse && spans[s].sweepgen == sg &- 2 { return s }
                continue
            }
            sweep.centralIndex += 1
        }
        return nil
    }

    /// `sweepone`: sweep one unswept span; returns pages swept, or nil when nothing is left.
    @discardableResult
    public mutating func sweepone() -> Int? {
        guard let s = nextSpanForSweep() else { return nil }
        let np = spans[s].npages
        spans[s].sweepgen = sweepgen &- 1
        sweepSpan(s, preserve: false)
        return np
    }

    /// `isSweepDone`: no unswept span left in any mcentral and every mcache flushed.
    public var isSweepDone: Bool {
        let u = unsweptIndex(sweepgen)
        if sweep.centralIndex < HeapConst.numSpanClasses * 2 {
            for c in (sweep.centralIndex / 2)..<HeapConst.numSpanClasses where !central[c].full[u].isEmpty || !central[c].partial[u].isEmpty {
                return false
            }
        }
        for m in mcaches where m.flushGen != sweepgen { return false }
        return true
    }

    /// `deductSweepCredit`: sweep in proportion to allocation so sweeping ends by the trigger.
    mutating func deductSweepCredit(spanBytes: Int, callerSweepPages: Int) {
        guard sweep.sweepPagesPerByte != 0 else { return }
        let live = pacer.heapLive
        var newHeapLive = spanBytes
        if sweep.sweepHeapLiveBasis < live { newHeapLive += live - sweep.sweepHeapLiveBasis }
        let pagesTarget = Int(sweep.sweepPagesPerByte * Double(newHeapLive)) - callerSweepPages
        while pagesTarget > sweep.pagesSwept - sweep.pagesSweptBasis {
            if sweepone() == nil { sweep.sweepPagesPerByte = 0; break }
        }
    }

    /// `mheap.reclaim(npages)`: sweep until `npages` were returned or nothing is left.
    mutating func reclaim(npages: Int) {
        let before = sweep.pagesInUse
        while before - sweep.pagesInUse < npages {
            if sweepone() == nil { break }
        }
    }

    /// `gcPaceSweeper(trigger)`: pages to sweep per byte allocated.
    mutating func gcPaceSweeper(trigger: Int) {
        if isSweepDone {
            sweep.sweepPagesPerByte = 0
            return
        }
        let heapLiveBasis = pacer.heapLive
        var heapDistance = trigger - heapLiveBasis - 1024 * 1024
        if heapDistance < HeapConst.pageSize { heapDistance = HeapConst.pageSize }
        let sweepDistancePages = sweep.pagesInUse - sweep.pagesSwept
        if sweepDistancePages <= 0 {
            sweep.sweepPagesPerByte = 0
        } else {
            sweep.sweepPagesPerByte = Double(sweepDistancePages) / Double(heapDistance)
            sweep.sweepHeapLiveBasis = heapLiveBasis
            sweep.pagesSweptBasis = sweep.pagesSwept
        }
    }

    /// `finishsweep_m` (STW sweep termination): sweep everything still unswept.
    mutating func finishsweep() {
        while sweepone() != nil { sweep.npausesweep += 1 }
    }
}

extension MSpan {
    /// Objects allocated right now in word `w` (alloc bits plus those below freeindex).
    @inline(__always)
    func allocBitsWordNow(_ w: Int) -> UInt64 {
        var bits = allocBits[w]
        let lo = w * 64
        if freeindex > lo {
            let n = min(freeindex - lo, 64)
            bits |= n == 64 ? ~0 : (1 << UInt64(n)) - 1
        }
        return bits
    }
}
