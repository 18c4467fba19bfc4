// mgc.go: the steps of one cycle on the memory state, in Go's order. The
// runtime layer (GCRuntime.swift) runs them inside its STW pauses and from
// mark-worker goroutines; tests drive them directly.
//   gcStartWorldStopped  — STW #1: finishsweep_m, startCycle, _GCmark (barrier on),
//                          gcMarkRootPrepare, gcMarkTinyAllocs, gcBlackenEnabled
//   nextRootJob / markrootStack / gcDrainHeap — concurrent mark
//   gcMarkDoneFlush      — the ragged barrier (flush wbBufs and gcWork of every P)
//   gcMarkTerminationWorldStopped — STW #2: endCycle, _GCmarktermination,
//                          resetLive, _GCoff (barrier off), gcSweep (sweepgen += 2),
//                          mcaches flushed, pacer committed for the next cycle

extension HeapState {
    /// `gcStart` from `stopTheWorldWithSema(stwGCSweepTerm)` to just before `startTheWorld`.
    public mutating func gcStartWorldStopped(now: Int64, procs: Int, goroutines: [GID]) {
        finishsweep()
        work.heap0 = pacer.heapLive
        pacer.startCycle(markStartTime: now, procs: procs)
        setGCPhase(.mark)
        if barrierDisabledForTeaching { emit(.gc(.writeBarrierDisabled)) }
        gcMarkRootPrepare(goroutines: goroutines)
        gcMarkTinyAllocs()
        gcBlackenEnabled = true
    }

    /// `setGCPhase`: the write barrier is on in `_GCmark` and `_GCmarktermination`.
    mutating func setGCPhase(_ ph: GCPhase) {
        gcphase = ph
        writeBarrierEnabled = ph == .mark || ph == .marktermination
    }

    /// `gcMarkDone` ragged barrier (`forEachP`: flush every P's wbBuf and gcWork):
    /// returns true if grey objects are left, i.e. marking must go on.
    public mutating func gcMarkDoneFlush() -> Bool {
        for p in 0..<work.wbBuf.count where !work.wbBuf[p].isEmpty { wbBufFlush(p: p) }
        for p in 0..<work.gcw.count where work.gcw[p].count > 0 { flushGCWork(p: p) }
        return hasGreyWork
    }

    /// Root jobs or grey objects are queued somewhere (barrier buffers not counted).
    public var hasGreyWork: Bool {
        work.markrootNext < work.roots.count || !work.full.isEmpty || work.gcw.contains { $0.count > 0 }
    }

    /// True when marking has nothing left anywhere (the gcMarkDone condition).
    public var markComplete: Bool { !hasGreyWork && !work.wbBuf.contains { !$0.isEmpty } }

    /// `gcMarkDone` after STW #2 + `gcMarkTermination` up to starting the world.
    public mutating func gcMarkTerminationWorldStopped(now: Int64, procs: Int) {
        precondition(markComplete, "gcMarkTermination with work left")
        gcBlackenEnabled = false
        pacer.endCycle(now: now, procs: procs)
        setGCPhase(.marktermination)
        work.heap1 = pacer.heapLive
        work.heap2 = work.bytesMarked
        pacer.resetLive(bytesMarked: work.bytesMarked)
        setGCPhase(.off)
        gcSweep()
        stats.numGC += 1
        for p in 0..<mcaches.count { prepareForSweep(p: p) }
        commitPacer()
    }

    /// `gcSweep`: `sweepgen += 2`; every in-use span now needs sweeping.
    mutating func gcSweep() {
        sweepgen &+= 2
        sweep.pagesSwept = 0
        sweep.pagesSweptBasis = 0
        sweep.centralIndex = 0
        sweep.nbgsweep = 0
        sweep.npausesweep = 0
    }

    /// Count a bgsweep span (`sweep.nbgsweep++`).
    public mutating func bgsweepone() -> Int? {
        let r = sweepone()
        if r != nil { sweep.nbgsweep += 1 }
        return r
    }

}
