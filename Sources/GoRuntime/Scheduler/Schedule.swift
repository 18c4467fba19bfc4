// The scheduling loop of one M (proc.go: schedule, findRunnable, execute,
// stealWork, resetspinning). Leaves out locked Gs (`lockedm`), the trace
// reader, finalizers, and netpoll I/O (only its timer-sleeping role is kept).

extension Runtime {
    /// proc.go:schedule — find a runnable G and `execute` it on the current M.
    /// Returns false if the M gave up its P instead (idle, netpoll, GC stop).
    func schedule() -> Bool {
        charge(config.cost.schedule)
        tryWakeP = false
        guard let (gp, inheritTime) = findRunnable() else { return false }
        let mp = sched.curM
        if sched.allm[mp.index].spinning { resetspinning(foundWork: true) }
        // A GC worker was chosen: make sure another M can run user Gs.
        if tryWakeP { tryWakeP = false; wakep() }
        execute(gp, inheritTime: inheritTime)
        return true
    }

    /// proc.go:execute — run gp on the current M/P; a new time slice
    /// (`schedtick++`) unless it inherits the current one (taken from runnext).
    @inline(__always)
    func execute(_ gp: GID, inheritTime: Bool) {
        let mp = sched.curM
        let pp = sched.allm[mp.index].p
        sched.allm[mp.index].curg = gp
        sched.allgs[gp.index].m = mp
        casgstatus(gp, .runnable, .running)
        sched.allgs[gp.index].queue = .none
        sched.allgs[gp.index].preempt = false
        sched.allgs[gp.index].lastP = pp
        sched.allgs[gp.index].starts += 1
        if !inheritTime {
            sched.allp[pp.index].schedtick &+= 1
            sched.allp[pp.index].sliceStart = now
        }
        charge(config.cost.execute)
        emit(.goStart(g: sched.allgs[gp.index].goid, inheritTime: inheritTime))
    }

    /// proc.go:findRunnable — in Go's order: GC stop, this P's timers, a GC
    /// worker, the global queue every 61st tick, local, global, stealing; else
    /// give up the P (re-checking as a spinning M must) and block in netpoll
    /// until the next timer, or `stopm`. Returns nil if the M gave up.
    func findRunnable() -> (GID, Bool)? {
        let mp = sched.curM
        var pollUntil: Int64 = 0
        while true {  // top:
            let pp = sched.allm[mp.index].p
            if sched.gcwaiting { gcstopm(); return nil }
            let (w, _) = checkTimers(pp)
            if w != 0 && (pollUntil == 0 || w < pollUntil) { pollUntil = w }
            // gcController.findRunnableGCWorker (GC/GCCycleRuntime.swift).
            if let gp = findRunnableGCWorker(pp) { tryWakeP = true; return (gp, false) }
            if let f = hooks.findRunnableGCWorker, let gp = f(self, pp) { tryWakeP = true; return (gp, false) }
            // Check the global runnable queue once in a while to ensure fairness.
            if sched.allp[pp.index].schedtick % 61 == 0 && sched.runqsize > 0 {
                let gp = globrunqget(pp, max: 1)
                if !gp.isNone { return (gp, false) }
            }
            if let r = runqget(pp) { return (r.0, r.inheritTime) }
            if sched.runqsize != 0 {
                let gp = globrunqget(pp, max: 0)
                if !gp.isNone { return (gp, false) }
            }
            // Spinning Ms: steal work from other Ps. Limit the number of spinning
            // Ms to half the number of busy Ps.
            if sched.allm[mp.index].spinning || 2 * sched.nmspinning < sched.gomaxprocs - sched.npidle {
                if !sched.allm[mp.index].spinning { becomeSpinning(mp) }
                let (gp, inheritTime, w2, newWork) = stealWork()
                if !gp.isNone { return (gp, inheritTime) }
                if newWork { continue }  // goto top
                if w2 != 0 && (pollUntil == 0 || w2 < pollUntil) { pollUntil = w2 }
            }
            // Give up the P. Re-check the global queue first (under sched.lock).
            if sched.gcwaiting { continue }
            if sched.runqsize != 0 {
                let gp = globrunqget(pp, max: 0)
                if !gp.isNone { return (gp, false) }
            }
            releasep(mp)
            pidleput(pp)
            // Delicate dance: a spinning M drops nmspinning first, then re-checks
            // every P's queue and timers, so a concurrent submission is not lost.
            let wasSpinning = sched.allm[mp.index].spinning
            if wasSpinning {
                sched.allm[mp.index].spinning = false
                sched.nmspinning -= 1
                emit(.mSpinStop(m: mp, foundWork: false))
                // checkRunqsNoP (a runnext its own M is about to take does not count)
                var rerun = false
                let t = now
                for i in 0..<Int(sched.gomaxprocs)
                where !sched.allp[i].onIdleList && hasRunnableWork(PID(Int32(i)), seenAt: t) {
                    let p2 = pidleget()
                    if !p2.isNone {
                        acquirep(mp, p2)
                        becomeSpinning(mp)
                        rerun = true
                    }
                    break
                }
                if rerun { continue }
                // checkTimersNoP
                let tw = earliestTimer()
                if tw != 0 && (pollUntil == 0 || tw < pollUntil) { pollUntil = tw }
            }
            // Block in netpoll until the next timer if nobody else does (lastpoll != 0).
            if pollUntil != 0 && sched.netpollM.isNone {
                netpollBlock(mp, until: pollUntil)
                return nil
            }
            if pollUntil != 0 && !sched.netpollM.isNone && pollUntil < sched.pollUntil {
                netpollBreak()
            }
            stopm(mp)
            return nil
        }
    }

    /// proc.go:stealWork — 4 passes over every P in a random order (the run's
    /// PRNG); steal half a queue; on the last pass also run other Ps' timers
    /// and take `runnext`. Returns (G, inheritTime, pollUntil, newWork).
    func stealWork() -> (GID, Bool, Int64, Bool) {
        let mp = sched.curM
        let pp = sched.allm[mp.index].p
        var pollUntil: Int64 = 0
        var ranTimer = false
        let n = UInt32(sched.gomaxprocs)
        if sched.stealOrderCoprimes.isEmpty { sched.stealOrderCoprimes = RandomOrder.coprimes(n) }
        let coprimes = sched.stealOrderCoprimes
        for i in 0..<4 {
            let stealTimersOrRunNextG = i == 3
            let r = UInt32(truncatingIfNeeded: sched.rng.next() >> 32)
            var pos = r % n
            let inc = coprimes[Int((r / n) % UInt32(coprimes.count))]
            for _ in 0..<n {
                if sched.gcwaiting { return (.none, false, pollUntil, true) }
                let p2 = PID(Int32(pos))
                pos = (pos + inc) % n
                if p2 == pp { continue }
                if stealTimersOrRunNextG && !sched.allp[p2.index].timers.isEmpty {
                    let (w, ran) = checkTimers(p2)
                    if w != 0 && (pollUntil == 0 || w < pollUntil) { pollUntil = w }
                    if ran {
                        // Running timers may have readied Gs into this P's queue.
                        if let r = runqget(pp) { return (r.0, r.inheritTime, pollUntil, false) }
                        ranTimer = true
                    }
                }
                // Don't bother to attempt to steal if p2 is idle.
                if !sched.allp[p2.index].onIdleList {
                    let gp = runqsteal(pp, p2, stealRunNextG: stealTimersOrRunNextG)
                    if !gp.isNone { return (gp, false, pollUntil, false) }
                }
            }
        }
        return (.none, false, pollUntil, ranTimer)
    }
}

/// proc.go:randomOrder — visit 0..<n starting anywhere with a step coprime to n.
enum RandomOrder {
    static func coprimes(_ n: UInt32) -> [UInt32] {
        func gcd(_ a: UInt32, _ b: UInt32) -> UInt32 { var a = a, b = b; while b != 0 { (a, b) = (b, a % b) }; return a }
        var out: [UInt32] = []
        for i in 1...max(n, 1) where gcd(i, n) == 1 { out.append(i) }
        return out
    }
}
