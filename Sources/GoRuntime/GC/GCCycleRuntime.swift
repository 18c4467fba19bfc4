// mgc.go / mgcmark.go / mgcsweep.go as goroutines: `gcStart` (on the forcegc
// helper: gcBgMarkStartWorkers, STW sweep termination, start the world),
// `gcBgMarkWorker` (dedicated / fractional / idle modes chosen by
// `findRunnableGCWorker`), `gcAssistAlloc` + `gcFlushBgCredit`, `gcMarkDone`
// (ragged barrier, STW mark termination, wake assists and runtime.GC callers),
// `bgsweep`. Leaves out: the GC CPU limiter, gcstoptheworld debug modes.

extension Runtime {
    // MARK: - gcStart

    /// Ask for a cycle: `gcTrigger.test` held in mallocgc, or runtime.GC().
    /// `extraRoot`: an object the caller holds but no root shows yet (the one just allocated).
    func gcStartRequest(forced: Bool, extraRoot: ObjRef = .none) {
        if forced { gc.startForced = true }
        guard !gc.startRequested else { return }
        gc.startRequested = true
        let h = sched.forcegcG
        guard !h.isNone else {
            // No runtime goroutines (a test configuration): collect right here, world stopped.
            gcBlockingCycle(extraRoot: extraRoot)
            return
        }
        if sched.allgs[h.index].status == .waiting && sched.allgs[h.index].waitreason == .forceGCIdle {
            goready(h)
        }
        // The allocating goroutine yields at its next safe point so the helper runs soon.
        let g = currentG
        if !g.isNone && g != h { sched.allgs[g.index].preempt = true }
    }

    /// The collector's goroutine bodies; nil = not ours (the scheduler's default).
    func gcSystemBody(_ g: GID, _ body: SystemBody, budget: Int64) -> ExecStop? {
        switch body {
        case .forcegchelper: return forcegchelper(g)
        case .gcBgMarkWorker: return gcBgMarkWorker(g, budget: budget)
        case .bgsweep: return bgsweep(g, budget: budget)
        default: return nil
        }
    }

    /// proc.go:forcegchelper, here also the goroutine that runs `gcStart`.
    func forcegchelper(_ g: GID) -> ExecStop? {
        if !gc.helperStarted && !gc.startRequested {
            gc.helperStarted = true
            return nil // first run: the scheduler's body parks "force gc (idle)"
        }
        gc.helperStarted = true
        if gc.step == .sweepTermination && gc.stwG == g {
            // Back from waiting for the world to stop.
            gcSweepTermination()
        } else if gc.startRequested || heap.gcphase == .off {
            let forced = gc.startForced
            let requested = gc.startRequested
            gc.startRequested = false
            gc.startForced = false
            // A request (heap trigger, runtime.GC) or sysmon's time trigger: test
            // again (gcStart's trigger.test()); for gcTriggerTime that is
            // `lastgc != 0 && now - lastgc > forcegcperiod`, false once a cycle
            // that ended meanwhile updated last_gc_nanotime.
            let timeTrigger = sched.lastGCTime != 0 && now - sched.lastGCTime > forcegcperiod
            if heap.gcphase == .off && gc.step != .sweepTermination
                && (forced || (heap.pacer.gcPercent >= 0 && (requested || timeTrigger))) {
                gc.userForced = forced
                gcBgMarkStartWorkers()
                gc.step = .sweepTermination
                gc.stwG = g
                gc.tSweepTerm = now
                if stopTheWorld(.gc) {
                    gcSweepTermination()
                } else {
                    return .parked(0)
                }
            }
        }
        gopark(reason: .forceGCIdle, on: .gc)
        return .parked(0)
    }

    /// A whole cycle at once on the current goroutine, as `GODEBUG=gcstoptheworld=2`
    /// does (used only when the runtime has no forcegc helper to run gcStart).
    func gcBlockingCycle(extraRoot: ObjRef = .none) {
        gc.startRequested = false
        gc.userForced = gc.startForced
        gc.startForced = false
        gc.tSweepTerm = now
        syncProcs()
        gc.cycles += 1
        emit(.gc(.phase(.sweepTermination, cycle: Int32(gc.cycles))))
        var gs: [GID] = []
        for i in sched.allgs.indices where sched.allgs[i].status != .dead && sched.allgs[i].status != .idle { gs.append(GID(index: i)) }
        heap.pacer.scannableStackSize = gs.count * 8192
        let procs = Int(sched.gomaxprocs)
        heap.gcStartWorldStopped(now: now, procs: procs, goroutines: gs)
        heap.shade(extraRoot, p: memP)
        gc.tMark = now
        emit(.gc(.phase(.mark, cycle: Int32(gc.cycles))))
        repeat {
            let (used, _, _) = gcDrain(p: memP, budget: Int64.max / 4)
            advance(used)
        } while heap.gcMarkDoneFlush()
        gc.tMarkTerm = now
        emit(.gc(.phase(.markTermination, cycle: Int32(gc.cycles))))
        heap.gcMarkTerminationWorldStopped(now: now, procs: procs)
        if gc.userForced { heap.stats.numForcedGC += 1 }
        while heap.sweepone() != nil { advance(gc.cost.sweepSpanNs) }
        gc.tEnd = now
        // memstats.last_gc_nanotime (gcMarkTermination): sysmon's forced-GC clock.
        sched.lastGCTime = now
        gc.totalGCCPU += (gc.tEnd - gc.tSweepTerm) * Int64(procs)
        let line = gctraceLine(procs: procs)
        gc.traceLines.append(line)
        emit(.gc(.trace(line)))
        flushMemEvents()
        gc.step = .off
        emit(.gc(.phase(.off, cycle: Int32(gc.cycles))))
        if gc.gctrace { write(fd: 2, line + "\n") }
        let ws = gc.gcWaiters.map(\.g) + gc.sweepWaiters
        gc.gcWaiters = []
        gc.sweepWaiters = []
        for w in ws where w != currentG && sched.allgs[w.index].status == .waiting { goready(w) }
    }

    /// `gcBgMarkStartWorkers`: one `gcBgMarkWorker` goroutine per P (they park at once).
    func gcBgMarkStartWorkers() {
        syncProcs()
        while gc.markWorkers.count < Int(sched.gomaxprocs) {
            gc.markWorkers.append(newproc(system: .gcBgMarkWorker, name: "runtime.gcBgMarkWorker"))
        }
    }

    /// STW #1 done: `finishsweep_m`, `startCycle`, `_GCmark`, roots, start the world.
    func gcSweepTermination() {
        syncProcs()
        gc.cycles += 1
        emit(.gc(.phase(.sweepTermination, cycle: Int32(gc.cycles))))
        var gs: [GID] = []
        var live = 0
        for i in sched.allgs.indices where sched.allgs[i].status != .dead && sched.allgs[i].status != .idle {
            gs.append(GID(index: i))
            live += 1
        }
        heap.pacer.scannableStackSize = live * 8192
        let procs = Int(sched.gomaxprocs)
        advance(gc.cost.stackScanNs) // finishsweep_m, clearpools
        heap.gcStartWorldStopped(now: now, procs: procs, goroutines: gs)
        gc.dedicatedLeft = heap.pacer.dedicatedMarkWorkersNeeded
        for i in gc.assistBytes.indices { gc.assistBytes[i] = 0 }
        for p in 0..<procs { gc.fractionalTime[p] = 0; gc.workerMode[p] = .notWorker; gc.workerG[p] = .none }
        flushMemEvents()
        gc.tMark = now
        gc.step = .mark
        gc.stwG = .none
        emit(.gc(.phase(.mark, cycle: Int32(gc.cycles))))
        gc.totalGCCPU += (gc.tMark - gc.tSweepTerm) * Int64(procs)
        startTheWorld()
        // finishsweep_m completed the previous cycle's sweep: runtime.GC callers waiting for it go on.
        let ws = gc.sweepWaiters
        gc.sweepWaiters = []
        for w in ws where sched.allgs[w.index].status == .waiting { goready(w) }
    }

    // MARK: - Mark workers

    /// `gcControllerState.findRunnableGCWorker`: a pooled worker for P `pp`, in
    /// dedicated, fractional or (when the P has nothing else) idle mode.
    func findRunnableGCWorker(_ pp: PID) -> GID? {
        guard heap.gcBlackenEnabled, heap.gcphase == .mark, !gc.markTermPending else { return nil }
        syncProcs()
        let p = pp.index
        guard gc.workerG[p].isNone else { return nil }
        let running = gc.workerG.contains { !$0.isNone }
        // Work to do, or nobody left to notice that marking is done (gcMarkDone).
        guard heap.gcMarkWorkAvailable(p: p) || (!heap.hasGreyWork && !running) else { return nil }
        guard let w = gc.markWorkers.first(where: {
            sched.allgs[$0.index].status == .waiting && sched.allgs[$0.index].waitreason == .gcWorkerIdle
        }) else { return nil }
        let mode: GCWorkerMode
        let t = now
        if gc.dedicatedLeft > 0 {
            gc.dedicatedLeft -= 1
            mode = .dedicated
        } else if heap.pacer.fractionalUtilizationGoal > 0,
                  Double(gc.fractionalTime[p]) / Double(max(t - heap.pacer.markStartTime, 1)) <= heap.pacer.fractionalUtilizationGoal {
            mode = .fractional
        } else if sched.allp[p].runqEmpty && sched.runqsize == 0 {
            mode = .idle
        } else {
            return nil
        }
        casgstatus(w, .waiting, .runnable)
        sched.allgs[w.index].waitreason = .zero
        sched.allgs[w.index].waitObject = .none
        gc.workerMode[p] = mode
        gc.workerG[p] = w
        gc.workerStart[p] = t
        emit(.gc(.workerStart(p: Int32(p), mode: mode)))
        return w
    }

    /// `gcMarkWorkerMode` bookkeeping when a worker stops (`markWorkerStop`).
    func stopWorker(p: Int, work: Int64) {
        let mode = gc.workerMode[p]
        guard mode != .notWorker else { return }
        let d = now - gc.workerStart[p]
        switch mode {
        case .dedicated: heap.pacer.addTime(dedicated: d); gc.dedicatedLeft += 1
        case .fractional: heap.pacer.addTime(fractional: d); gc.fractionalTime[p] += d
        case .idle: heap.pacer.addTime(idle: d)
        case .notWorker: break
        }
        gc.totalGCCPU += d
        emit(.gc(.workerStop(p: Int32(p), mode: mode, work: work)))
        gc.workerMode[p] = .notWorker
        gc.workerG[p] = .none
    }

    /// One root job (`markroot`): globals, or a goroutine's stack while it is suspended.
    /// Returns its simulated cost.
    func markroot(_ job: RootJob, p: Int) -> Int64 {
        switch job {
        case .globals:
            let w = heap.markrootGlobals(p: p)
            return Int64(w / gc.cost.scanBytesPerNs) + 100
        case .channels:
            var refs: [ObjRef] = []
            chanRoots { refs.append($0) }
            let w = heap.markrootChannels(refs: refs, p: p)
            return Int64(w / gc.cost.scanBytesPerNs) + 100
        case .stack(let g):
            var refs: [ObjRef] = []
            let st = sched.allgs[g.index].status
            if st != .dead && st != .idle, case .user = sched.allgs[g.index].body {
                executor.stackRoots(g: g) { refs.append(ObjRef(raw: $0)) }
            }
            _ = heap.markrootStack(g: g, refs: refs, stackBytes: 8192, p: p, goid: goid(g))
            return gc.cost.stackScanNs
        }
    }

    /// `gcDrain`/`gcDrainN` for `budget` ns on P `p`: root jobs first, then grey objects.
    /// Returns (ns used, scan work done, whether it stopped for lack of work).
    func gcDrain(p: Int, budget: Int64) -> (Int64, Int, Bool) {
        var used: Int64 = 0
        var work = 0
        if heap.barrierDisabledForTeaching {
            // Teaching mode: one root job or one object per call, slowly, so the
            // mutator visibly runs between two scans (the race the barrier closes).
            if let job = heap.nextRootJob() {
                _ = markroot(job, p: p)
                return (gc.cost.teachingStepNs, 0, false)
            }
            let w = heap.gcDrainHeap(p: p, budget: 1)
            return (w == 0 ? 0 : gc.cost.teachingStepNs, w, w == 0)
        }
        while used < budget {
            if let job = heap.nextRootJob() {
                used += markroot(job, p: p)
                continue
            }
            let w = heap.gcDrainHeap(p: p, budget: Int(budget - used) * gc.cost.scanBytesPerNs)
            if w == 0 { return (used, work, true) }
            work += w
            used += Int64(max(w / gc.cost.scanBytesPerNs, 1))
        }
        return (used, work, false)
    }

    /// mgc.go:gcBgMarkWorker — one slice of a mark worker.
    func gcBgMarkWorker(_ g: GID, budget: Int64) -> ExecStop {
        let p = memP
        syncProcs()
        if gc.markTermPending && gc.stwG == g {
            // Back from waiting for the world to stop: finish the cycle.
            gcMarkTermination()
            gopark(reason: .gcWorkerIdle, on: .gc)
            return .parked(0)
        }
        guard gc.workerG[p] == g, heap.gcphase == .mark, heap.gcBlackenEnabled else {
            for q in gc.workerG.indices where gc.workerG[q] == g { stopWorker(p: q, work: 0) }
            gopark(reason: .gcWorkerIdle, on: .gc)
            return .parked(0)
        }
        let mode = gc.workerMode[p]
        sched.allgs[g.index].preempt = false
        let (drained, work, outOfWork) = gcDrain(p: p, budget: budget)
        let used = max(drained, 100)
        advance(used)
        gcFlushBgCredit(work)
        flushMemEvents()
        if outOfWork {
            // This P found no work: gcMarkDone. Goroutines created during the mark
            // phase (not in the root snapshot) get their stacks scanned too.
            if heap.work.markrootNext == heap.work.roots.count {
                for i in sched.allgs.indices where !heap.stackScanned(GID(index: i)) {
                    let st = sched.allgs[i].status
                    if st != .dead && st != .idle, case .user = sched.allgs[i].body { heap.addStackRoot(GID(index: i)) }
                }
            }
            // Ragged barrier: every P's write-barrier buffer and work buffers flushed.
            if heap.gcMarkDoneFlush() { return .budget(0) }
            // Nothing anywhere: stop the world for mark termination.
            stopWorker(p: p, work: Int64(work))
            gc.markTermPending = true
            gc.stwG = g
            gc.tMarkTerm = now
            if stopTheWorld(.gcMarkTerm) {
                gcMarkTermination()
                gopark(reason: .gcWorkerIdle, on: .gc)
            }
            return .parked(0)
        }
        // pollFractionalWorkerExit / idle worker's pollWork.
        let elapsed = max(now - heap.pacer.markStartTime, 1)
        let stop = (mode == .fractional && Double(gc.fractionalTime[p] + now - gc.workerStart[p]) / Double(elapsed) > 1.2 * heap.pacer.fractionalUtilizationGoal)
            || (mode == .idle && (!sched.allp[p].runqEmpty || sched.runqsize > 0))
        if stop {
            stopWorker(p: p, work: Int64(work))
            gopark(reason: .gcWorkerIdle, on: .gc)
            return .parked(0)
        }
        return .budget(0)
    }

    /// STW #2 done: `gcMarkTermination` and start the world; wake assists,
    /// runtime.GC callers (they wait for the sweep too) and bgsweep.
    func gcMarkTermination() {
        let procs = Int(sched.gomaxprocs)
        for p in 0..<heap.work.wbBuf.count { heap.wbBufFlush(p: p) }
        if heap.gcMarkDoneFlush() {
            // A late write barrier left work (issue 27993): start the world and keep marking.
            gc.markTermPending = false
            gc.stwG = .none
            startTheWorld()
            return
        }
        for p in 0..<gc.workerMode.count { stopWorker(p: p, work: 0) }
        emit(.gc(.phase(.markTermination, cycle: Int32(gc.cycles))))
        advance(gc.cost.stackScanNs)
        heap.gcMarkTerminationWorldStopped(now: now, procs: procs)
        if gc.userForced { heap.stats.numForcedGC += 1 }
        flushMemEvents()
        gc.tEnd = now
        // memstats.last_gc_nanotime (gcMarkTermination): sysmon's forced-GC clock.
        sched.lastGCTime = now
        gc.totalGCCPU += (gc.tEnd - gc.tMarkTerm) * Int64(procs) + heap.pacer.assistTime
        let line = gctraceLine(procs: procs)
        gc.traceLines.append(line)
        emit(.gc(.trace(line)))
        gc.step = .sweep
        gc.markTermPending = false
        gc.stwG = .none
        emit(.gc(.phase(.sweep, cycle: Int32(gc.cycles))))
        startTheWorld()
        if gc.gctrace { write(fd: 2, line + "\n") }
        // gcWakeAllAssists
        let assists = gc.assistQueue
        gc.assistQueue = []
        for a in assists where sched.allgs[a.index].status == .waiting { goready(a) }
        // runtime.GC callers of this cycle now wait for the sweep; later ones need another cycle.
        var later: [(g: GID, cycle: Int)] = []
        for w in gc.gcWaiters { if w.cycle <= gc.cycles { gc.sweepWaiters.append(w.g) } else { later.append(w) } }
        gc.gcWaiters = later
        if !later.isEmpty { gcStartRequest(forced: true) }
        // Wake the background sweeper (gcSweep: ready(sweep.g)).
        let s = bgsweepG
        if !s.isNone && sched.allgs[s.index].status == .waiting && sched.allgs[s.index].waitreason == .gcSweepWait {
            goready(s)
        } else if s.isNone {
            // No sweeper goroutine: sweep now (as gcstoptheworld=2 would).
            while heap.sweepone() != nil {}
            sweepDone()
        }
    }

    /// The bgsweep goroutine (created by the scheduler at start-up).
    var bgsweepG: GID {
        if !gc.bgsweep.isNone { return gc.bgsweep }
        for i in sched.allgs.indices where sched.allgs[i].body == .system(.bgsweep) && sched.allgs[i].status != .dead {
            gc.bgsweep = GID(index: i)
            return gc.bgsweep
        }
        return .none
    }

    // MARK: - Assists

    /// mgcmark.go:gcAssistAlloc — pay g's allocation debt with scan work, stealing
    /// background credit first; park "GC assist wait" if debt remains and no work is left.
    func gcAssistAlloc(_ g: GID) {
        if parkPending { return }
        let debt = -gc.assistBytes[g.index]
        emit(.gc(.assistBegin(g: g, debtBytes: debt)))
        var scanWork = Int(heap.pacer.assistWorkPerByte * Double(debt))
        var debtBytes = debt
        if scanWork < GCController.gcOverAssistWork {
            scanWork = GCController.gcOverAssistWork
            debtBytes = Int64(heap.pacer.assistBytesPerWork * Double(scanWork))
        }
        let credit = heap.pacer.bgScanCredit
        if credit > 0 {
            let stolen: Int
            if credit < scanWork {
                stolen = credit
                gc.assistBytes[g.index] += 1 + Int64(heap.pacer.assistBytesPerWork * Double(stolen))
            } else {
                stolen = scanWork
                gc.assistBytes[g.index] += debtBytes
            }
            heap.pacer.takeBgCredit(stolen)
            scanWork -= stolen
            if scanWork == 0 {
                emit(.gc(.assistEnd(g: g, workDone: 0, parked: false)))
                return
            }
        }
        // gcAssistAlloc1 → gcDrainN on the system stack ("GC assist marking").
        let p = memP
        let (used, work, _) = gcDrain(p: p, budget: Int64(scanWork / gc.cost.scanBytesPerNs + 1))
        advance(used)
        heap.pacer.addTime(assist: used)
        gc.assistBytes[g.index] += 1 + Int64(heap.pacer.assistBytesPerWork * Double(work))
        gc.addAssistWork(g, Int64(work))
        let noWork = !heap.hasGreyWork
        let parks = gc.assistBytes[g.index] < 0
        if parks {
            if !gc.assistQueue.contains(g) { gc.assistQueue.append(g) }
            gopark(reason: .gcAssistWait, on: .gc)
        } else if noWork && !gc.markTermPending {
            // Marking looks done: Go's assist would call gcMarkDone itself; here the
            // goroutine yields at its next safe point and a mark worker finishes the cycle.
            sched.allgs[g.index].preempt = true
        }
        emit(.gc(.assistEnd(g: g, workDone: Int64(work), parked: parks)))
        flushMemEvents()
    }

    /// mgcmark.go:gcFlushBgCredit — background scan work pays parked assists first.
    func gcFlushBgCredit(_ scanWork: Int) {
        guard scanWork > 0 else { return }
        if gc.assistQueue.isEmpty {
            heap.pacer.addBgCredit(scanWork)
            return
        }
        var scanBytes = Int64(Double(scanWork) * heap.pacer.assistBytesPerWork)
        while scanBytes > 0, let g = gc.assistQueue.first {
            if scanBytes + gc.assistBytes[g.index] >= 0 {
                scanBytes += gc.assistBytes[g.index]
                gc.assistBytes[g.index] = 0
                gc.assistQueue.removeFirst()
                if sched.allgs[g.index].status == .waiting { goready(g) }
            } else {
                gc.assistBytes[g.index] += scanBytes
                scanBytes = 0
                gc.assistQueue.append(gc.assistQueue.removeFirst())
            }
        }
        if scanBytes > 0 { heap.pacer.addBgCredit(Int(Double(scanBytes) * heap.pacer.assistWorkPerByte)) }
    }

    // MARK: - Sweeping

    /// mgcsweep.go:bgsweep — sweep spans one by one, yielding every 10 when others wait.
    func bgsweep(_ g: GID, budget: Int64) -> ExecStop? {
        if sched.allgs[g.index].syspc == 0 { return nil } // start-up: report to runtime.main, park
        gc.bgsweep = g
        var used: Int64 = 0
        var n = 0
        while used < budget {
            guard heap.bgsweepone() != nil else {
                flushMemEvents()
                sweepDone()
                gopark(reason: .gcSweepWait, on: .gc)
                return .parked(used)
            }
            used += gc.cost.sweepSpanNs
            n += 1
            if n % 10 == 0 && (!sched.allp[memP].runqEmpty || sched.runqsize > 0) {
                flushMemEvents()
                return .yielded(used)
            }
        }
        flushMemEvents()
        return .budget(used)
    }

    /// Sweeping finished: wake runtime.GC callers waiting for it.
    func sweepDone() {
        if heap.gcphase == .off && gc.step == .sweep {
            gc.step = .off
            emit(.gc(.phase(.off, cycle: Int32(gc.cycles))))
        }
        let ws = gc.sweepWaiters
        gc.sweepWaiters = []
        for w in ws where sched.allgs[w.index].status == .waiting { goready(w) }
    }
}

