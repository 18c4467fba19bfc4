// The allocator's bookkeeping, checked from the outside after a step: every
// in-use span sits in exactly one place (one P's mcache or one of its
// mcentral's four span sets) that agrees with its `home` and its sweepgen;
// allocCount equals the objects allocated by the bits; a mark bit never sits
// on a free slot; no swept span carries mark bits while the collector is off;
// the page allocator's free runs, `spanOf` and pagesInUse add up; MemStats
// agrees with the spans (HeapAlloc = Σ allocCount×elemsize, Mallocs−Frees =
// Σ allocCount).
@testable import GoRuntime

enum HeapAudit {
    /// Every violated heap invariant (empty when consistent).
    /// `MSpan.home` keeps the swept/unswept half it was pushed with: after a
    /// GC flips the halves a span on an unswept set still says "swept"
    /// (/work/notes/fuzz.md, bug 1). Off: only partial/full/mcache is checked.
    static func loosen(_ h: SpanHome) -> SpanHome {
        switch h {
        case .partialUnswept: return .partialSwept
        case .fullUnswept: return .fullSwept
        default: return h
        }
    }

    static func check(_ h: HeapState, strictHome: Bool = false) -> [String] {
        var errs: [String] = []
        let sg = h.sweepgen
        let ns = h.spans.count
        // Where each span was found.
        var places = [Int](repeating: 0, count: ns)
        var whereFound = [String](repeating: "", count: ns)
        func place(_ s: Int, _ what: String, _ home: SpanHome) {
            guard s >= 0 && s < ns else { errs.append("\(what): bad span slot \(s)"); return }
            places[s] += 1
            whereFound[s] += (whereFound[s].isEmpty ? "" : ", ") + what
            let have = h.spans[s].home
            if have != home && (strictHome || loosen(have) != loosen(home)) {
                errs.append("span \(s) in \(what) but home is \(have)")
            }
        }
        for (p, mc) in h.mcaches.enumerated() {
            for (c, s32) in mc.alloc.enumerated() where s32 >= 0 {
                let s = Int(s32)
                place(s, "mcache of P\(p)", .mcache(p: p))
                guard s < ns else { continue }
                let sp = h.spans[s]
                if Int(sp.spanclass.raw) != c { errs.append("span \(s) cached for class \(c) is class \(sp.spanclass.raw)") }
                if sp.sweepgen != sg &+ 3 && sp.sweepgen != sg &+ 1 { errs.append("cached span \(s) sweepgen \(sp.sweepgen), mheap \(sg)") }
            }
            if !mc.tiny.isNone && !h.isLive(mc.tiny) { errs.append("P\(p)'s tiny block \(mc.tiny) is not allocated") }
        }
        let sw = h.sweptIndex(sg), un = h.unsweptIndex(sg)
        for (c, mc) in h.central.enumerated() {
            for half in 0..<2 {
                let swept = half == sw
                for s32 in mc.partial[half].spans {
                    let s = Int(s32)
                    place(s, "class \(c) partial[\(half)]", swept ? .partialSwept : .partialUnswept)
                    guard s < ns else { continue }
                    let sp = h.spans[s]
                    if Int(sp.spanclass.raw) != c { errs.append("span \(s) of class \(sp.spanclass.raw) on class \(c)'s partial set") }
                    if sp.isLarge { errs.append("large span \(s) on a partial set") }
                    if swept {
                        if sp.sweepgen != sg { errs.append("span \(s) on partial swept set with sweepgen \(sp.sweepgen), mheap \(sg)") }
                        if sp.allocCount >= sp.nelems { errs.append("full span \(s) (\(sp.allocCount)/\(sp.nelems)) on the partial swept set") }
                    } else if sp.sweepgen != sg &- 2 { errs.append("span \(s) on partial unswept set with sweepgen \(sp.sweepgen), mheap \(sg)") }
                }
                for s32 in mc.full[half].spans {
                    let s = Int(s32)
                    place(s, "class \(c) full[\(half)]", swept ? .fullSwept : .fullUnswept)
                    guard s < ns else { continue }
                    let sp = h.spans[s]
                    if Int(sp.spanclass.raw) != c { errs.append("span \(s) of class \(sp.spanclass.raw) on class \(c)'s full set") }
                    if swept {
                        if sp.sweepgen != sg { errs.append("span \(s) on full swept set with sweepgen \(sp.sweepgen), mheap \(sg)") }
                        if sp.allocCount != sp.nelems { errs.append("span \(s) with \(sp.allocCount)/\(sp.nelems) on the full swept set") }
                    } else if sp.sweepgen != sg &- 2 { errs.append("span \(s) on full unswept set with sweepgen \(sp.sweepgen), mheap \(sg)") }
                }
            }
            _ = un
        }
        // Per span: placement, counts, bits.
        var pagesInUse = 0, bytesAllocated: UInt64 = 0, objects: UInt64 = 0
        var pageOwner = [Int32](repeating: -1, count: h.arenaPages)
        for s in 0..<ns {
            let sp = h.spans[s]
            guard sp.state == .inUse else {
                if places[s] != 0 { errs.append("dead span \(s) found in [\(whereFound[s])]") }
                continue
            }
            if places[s] != 1 { errs.append("span \(s) (class \(sp.spanclass.raw)) found in \(places[s]) places: [\(whereFound[s])]") }
            pagesInUse += sp.npages
            let first = Int((sp.startAddr - HeapConst.arenaBase) >> UInt64(HeapConst.pageShift))
            for pg in first..<min(first + sp.npages, pageOwner.count) {
                if pageOwner[pg] >= 0 { errs.append("page \(pg) owned by spans \(pageOwner[pg]) and \(s)") }
                pageOwner[pg] = Int32(s)
            }
            var allocated = 0
            for i in 0..<sp.nelems where !sp.isFree(i) { allocated += 1 }
            if allocated != sp.allocCount { errs.append("span \(s) allocCount \(sp.allocCount) but \(allocated) objects allocated by the bits") }
            for w in 0..<sp.gcmarkBits.count {
                let stray = sp.gcmarkBits[w] & ~sp.allocBitsWordNow(w)
                if stray != 0 { errs.append("span \(s) has mark bits on free slots (word \(w): \(String(stray, radix: 16)))") }
            }
            let swept = sp.sweepgen == sg || sp.sweepgen == sg &+ 3
            if swept && h.gcphase == .off && sp.countMarked() != 0 {
                errs.append("swept span \(s) holds \(sp.countMarked()) mark bits while the collector is off")
            }
            if sp.sweepgen != sg && sp.sweepgen != sg &+ 3 && sp.sweepgen != sg &+ 1 && sp.sweepgen != sg &- 2 {
                errs.append("span \(s) sweepgen \(sp.sweepgen) is none of mheap's \(sg) -2/+1/+3")
            }
            bytesAllocated &+= UInt64(sp.allocCount * sp.elemsize)
            objects &+= UInt64(sp.allocCount)
        }
        if pagesInUse != h.pagesInUse { errs.append("pagesInUse \(h.pagesInUse) but in-use spans hold \(pagesInUse) pages") }
        var freePages = 0
        for run in h.freeRuns {
            freePages += run.npages
            for pg in run.start..<min(run.start + run.npages, pageOwner.count) where pageOwner[pg] >= 0 {
                errs.append("page \(pg) is free but owned by span \(pageOwner[pg])"); break
            }
        }
        if freePages + pagesInUse != h.arenaPages { errs.append("free pages \(freePages) + in use \(pagesInUse) != arena \(h.arenaPages)") }
        for pg in 0..<min(pageOwner.count, h.spanOfPage.count) where h.spanOfPage[pg] != pageOwner[pg] {
            errs.append("spanOf(page \(pg)) is \(h.spanOfPage[pg]) but the page belongs to \(pageOwner[pg])"); break
        }
        if h.stats.heapAlloc != bytesAllocated { errs.append("HeapAlloc \(h.stats.heapAlloc) but spans hold \(bytesAllocated) bytes of objects") }
        if h.stats.mallocs &- h.stats.frees != objects { errs.append("Mallocs-Frees \(h.stats.mallocs &- h.stats.frees) but spans hold \(objects) objects") }
        return errs
    }
}
