// mheap.go + mpagealloc.go: the page heap — a first-fit page allocator over
// the arena (lowest address wins, as the radix-tree allocator finds), grown in
// 4 MiB chunks; `allocSpan`, `freeSpan`, `spanOf`, `findObject`.
// Leaves out: the per-P page cache, scavenging, the summary radix tree.

extension HeapState {
    /// `mheap.allocSpan`: `npages` pages at the lowest free address, as a span.
    mutating func allocSpan(npages: Int, spanclass: SpanClass, elemsize: Int, nelems: Int) -> Int {
        let first = allocPages(npages)
        let slot: Int
        if let f = freeSpanSlots.popLast() {
            slot = Int(f)
        } else {
            slot = spans.count
            precondition(slot < 1 << 24, "out of span slots")
            spans.append(MSpan())
        }
        let base = HeapConst.arenaBase + UInt64(first * HeapConst.pageSize)
        spans[slot].initSpan(base: base, npages: npages, spanclass: spanclass, elemsize: elemsize, nelems: nelems)
        spans[slot].sweepgen = sweepgen
        for pg in first..<first + npages { spanOfPage[pg] = Int32(slot) }
        sweep.pagesInUse += npages
        emit(.heap(.spanAlloc(span: Int32(slot), base: base, npages: Int32(npages), spanclass: spanclass.raw)))
        return slot
    }

    /// `mheap.freeSpan`: the span's pages go back to the page allocator.
    mutating func freeSpan(_ s: Int) {
        let first = Int((spans[s].startAddr - HeapConst.arenaBase) >> UInt64(HeapConst.pageShift))
        let n = spans[s].npages
        for pg in first..<first + n { spanOfPage[pg] = -1 }
        freePages(start: first, npages: n)
        sweep.pagesInUse -= n
        spans[s].state = .dead
        spans[s].home = .free
        // Drop payloads now (a dead span holds no objects; stale refs fail their check);
        // the inline slot storage stays for the next span of this geometry in the slot.
        spans[s].big = []
        for i in 0..<spans[s].nslots.count { spans[s].nslots[i] = 0 }
        if spans[s].hasMaps { dropMaps(span: s) }
        freeSpanSlots.append(Int32(s))
        let base = spans[s].startAddr
        emit(.heap(.spanFree(span: Int32(s), base: base, npages: Int32(n))))
    }

    /// `pageAlloc.alloc`: first fit over the free runs; `h.grow` when nothing fits.
    mutating func allocPages(_ n: Int) -> Int {
        for i in freeRuns.indices where freeRuns[i].npages >= n {
            let start = freeRuns[i].start
            if freeRuns[i].npages == n { freeRuns.remove(at: i) }
            else { freeRuns[i].start += n; freeRuns[i].npages -= n }
            return start
        }
        growArena(n)
        return allocPages(n)
    }

    /// `mheap.grow`: map more arena in multiples of a 4 MiB chunk.
    mutating func growArena(_ n: Int) {
        let chunk = HeapConst.pallocChunkPages
        let ask = (n + chunk - 1) / chunk * chunk
        let start = arenaPages
        arenaPages += ask
        spanOfPage.append(contentsOf: repeatElement(-1, count: ask))
        freePages(start: start, npages: ask)
        emit(.heap(.arenaGrow(base: HeapConst.arenaBase + UInt64(start * HeapConst.pageSize), bytes: UInt64(ask * HeapConst.pageSize))))
    }

    /// `pageAlloc.free`: insert a run, coalescing with its neighbours.
    mutating func freePages(start: Int, npages: Int) {
        var lo = 0, hi = freeRuns.count
        while lo < hi { let mid = (lo + hi) / 2; if freeRuns[mid].start < start { lo = mid + 1 } else { hi = mid } }
        var run = PageRun(start: start, npages: npages)
        var i = lo
        if i > 0 && freeRuns[i - 1].start + freeRuns[i - 1].npages == start {
            run.start = freeRuns[i - 1].start
            run.npages += freeRuns[i - 1].npages
            freeRuns.remove(at: i - 1)
            i -= 1
        }
        if i < freeRuns.count && run.start + run.npages == freeRuns[i].start {
            run.npages += freeRuns[i].npages
            freeRuns.remove(at: i)
        }
        freeRuns.insert(run, at: i)
    }

    /// `spanOf(p)`: the in-use span containing address `addr`, if any.
    public func spanOf(address addr: UInt64) -> Int? {
        guard addr >= HeapConst.arenaBase else { return nil }
        let pg = Int((addr - HeapConst.arenaBase) >> UInt64(HeapConst.pageShift))
        guard pg < spanOfPage.count, spanOfPage[pg] >= 0 else { return nil }
        let s = Int(spanOfPage[pg])
        return spans[s].state == .inUse ? s : nil
    }

    /// `findObject(p)`: the live object at simulated address `addr` (interior addresses too).
    public func findObject(address addr: UInt64) -> ObjRef? {
        guard let s = spanOf(address: addr), addr < spans[s].limit else { return nil }
        let i = Int(addr - spans[s].startAddr) / spans[s].elemsize
        guard !spans[s].isFree(i) else { return nil }
        return ObjRef(span: s, index: i, seq: spans[s].seqs[i])
    }

    /// Pages of the arena currently in in-use spans (`pagesInUse`).
    public var pagesInUse: Int { sweep.pagesInUse }
    /// Bytes of address space mapped for the heap (`HeapSys`).
    public var heapSys: Int { arenaPages * HeapConst.pageSize }
}
