// Stop-the-world (proc.go: stopTheWorldWithSema, startTheWorldWithSema,
// procresize, runtime.GOMAXPROCS). Leaves out the safe-point function and
// the 100 µs re-preempt loop (preemption requests are not lost here).

/// What to do once the world has stopped on behalf of the waiting G.
public enum STWAction: Sendable, Hashable {
    case none
    /// runtime.GOMAXPROCS(n): `procresize(n)` and start the world again.
    case gomaxprocs(Int32)
}

extension Runtime {
    /// proc.go:stopTheWorldWithSema — called by the running G (the collector,
    /// GOMAXPROCS). Every other P is stopped (`_Pgcstop`): idle and syscall Ps
    /// at once, running ones at their next scheduling point (preempted).
    /// Returns true if the world is already stopped (continue; call
    /// `startTheWorld()` when done). Returns false if the caller must wait:
    /// the executor returns `.parked`; the G stays on its M and P, "stopping
    /// the world", and its next `execute` happens once the world is stopped.
    public func stopTheWorld(_ reason: STWReason) -> Bool {
        let mp = sched.curM
        let pp = sched.allm[mp.index].p
        let gp = sched.allm[mp.index].curg
        charge(config.cost.stw)
        emit(.stwBegin(reason: reason))
        sched.stwReason = reason
        sched.stwM = mp
        sched.gcwaiting = true
        sched.worldStopped = false
        sched.stopwait = sched.gomaxprocs
        // preemptall
        for i in 0..<Int(sched.gomaxprocs) where PID(index: i) != pp && sched.allp[i].status == .running {
            preemptone(PID(index: i), ran: 0)
        }
        // stop current P
        sched.allp[pp.index].status = .gcstop
        sched.stopwait -= 1
        // try to retake all P's in Psyscall status
        for i in 0..<Int(sched.gomaxprocs) where sched.allp[i].status == .syscall {
            sched.allp[i].status = .gcstop
            sched.allp[i].syscalltick &+= 1
            sched.stopwait -= 1
        }
        // stop idle P's
        while true {
            let p = pidleget()
            if p.isNone { break }
            sched.allp[p.index].status = .gcstop
            sched.stopwait -= 1
        }
        if sched.stopwait == 0 {
            sched.worldStopped = true
            return true
        }
        // casGToWaitingForGC(gp, _Grunning, waitReasonStoppingTheWorld)
        if !gp.isNone {
            casgstatus(gp, .running, .waiting)
            sched.allgs[gp.index].waitreason = .stoppingTheWorld
            sched.allgs[gp.index].waitObject = .gc
            sched.allgs[gp.index].waitsince = now
        }
        parkPending = true
        return false
    }

    /// The last P stopped: let the waiting M continue.
    func worldStoppedNow() {
        sched.worldStopped = true
        let mp = sched.stwM
        if mp.isNone { return }
        if sched.allm[mp.index].state == .stwWait {
            sched.allm[mp.index].state = .running
            sched.allm[mp.index].clock = max(sched.allm[mp.index].clock, now)
            // casgstatus(gp, _Gwaiting, _Grunning) after stopTheWorldWithSema returns.
            let gp = sched.allm[mp.index].curg
            casgstatus(gp, .waiting, .running)
            sched.allgs[gp.index].waitreason = .zero
            sched.allgs[gp.index].waitObject = .none
        }
    }

    /// proc.go:startTheWorldWithSema — `procresize`, give each P with work an
    /// M, idle the rest, `wakep`.
    public func startTheWorld(newprocs: Int32 = 0) {
        let mp = sched.curM
        charge(config.cost.stw)
        let procs = newprocs > 0 ? newprocs : sched.gomaxprocs
        let runnablePs = procresize(procs)
        sched.gcwaiting = false
        sched.worldStopped = false
        sched.stwM = .none
        if sched.sysmon.sysmonwait { wakeSysmon() }
        emit(.stwEnd(reason: sched.stwReason))
        for p in runnablePs {
            startm(p, spinning: false)
        }
        _ = mp
        // Wakeup an additional proc in case we have excessive runnable goroutines
        // in local queues or in the global queue.
        wakep()
    }

    /// runtime.GOMAXPROCS(n) from the running G: returns the previous value.
    /// If `mustPark`, the executor returns `.parked`; the change happens once
    /// the world has stopped and the G then continues.
    public func setGOMAXPROCS(_ n: Int) -> (old: Int, mustPark: Bool) {
        let old = Int(sched.gomaxprocs)
        if n <= 0 || n == old { return (old, false) }
        let procs = Int32(min(n, 1024))
        sched.stwAction = .gomaxprocs(procs)
        if stopTheWorld(.gomaxprocs) {
            sched.stwAction = .none
            startTheWorld(newprocs: procs)
            return (old, false)
        }
        return (old, true)
    }

    /// proc.go:procresize — change the number of Ps (world stopped or at start-up).
    /// Returns the Ps (other than the caller's) that have local work.
    @discardableResult
    func procresize(_ nprocs: Int32) -> [PID] {
        let old = sched.gomaxprocs
        let mp = sched.curM
        if old != nprocs { emit(.procResize(old: old, new: nprocs)) }
        // Grow allp if necessary (reusing Ps that died in an earlier shrink).
        while sched.allp.count < Int(nprocs) {
            let id = PID(index: sched.allp.count)
            if let reused = sched.deadPs.popLast() { sched.allp.append(reused) } else { sched.allp.append(P(id: id)) }
            sched.allp[id.index].id = id
            sched.allp[id.index].status = .gcstop
        }
        // Destroy Ps past nprocs: their Gs go to the head of the global queue,
        // their timers to P0, free Gs to the global list.
        var curP = mp.isNone ? PID.none : sched.allm[mp.index].p
        if sched.allp.count > Int(nprocs) {
            let p0 = PID(0)
            for i in stride(from: sched.allp.count - 1, through: Int(nprocs), by: -1) {
                let pp = PID(index: i)
                while sched.allp[i].runqtail != sched.allp[i].runqhead {
                    sched.allp[i].runqtail &-= 1
                    let g = sched.allp[i].runq[Int(sched.allp[i].runqtail % P.runqSize)]
                    globrunqputhead(g)
                }
                if !sched.allp[i].runnext.isNone {
                    globrunqputhead(sched.allp[i].runnext)
                    sched.allp[i].runnext = .none
                }
                let moved = sched.allp[i].timers
                for t in moved {
                    sched.timers[t.index].pp = .none
                    sched.timers[t.index].heapIndex = -1
                }
                sched.allp[i].timers = []
                // release gfree
                while !sched.allp[i].gFreeHead.isNone {
                    let g = sched.allp[i].gFreeHead
                    sched.allp[i].gFreeHead = sched.allgs[g.index].schedlink
                    sched.allgs[g.index].schedlink = sched.gFreeHead
                    sched.gFreeHead = g
                    sched.gFreeCount += 1
                }
                sched.allp[i].gFreeCount = 0
                sched.allp[i].status = .dead
                if pp == curP {
                    sched.allm[mp.index].p = .none
                    curP = .none
                }
                sched.allp[i].m = .none
                sched.deadPs.append(sched.allp[i])
                sched.allp.removeLast()
                for t in moved {
                    sched.timerSeq &+= 1
                    sched.timers[t.index].seq = sched.timerSeq
                    sched.timers[t.index].pp = p0
                    sched.allp[0].timers.append(t)
                }
                // restore heap order in P0
                let ts = sched.allp[0].timers.sorted { a, b in
                    let x = sched.timers[a.index], y = sched.timers[b.index]
                    return x.when < y.when || (x.when == y.when && x.seq < y.seq)
                }
                sched.allp[0].timers = ts  // a sorted array is a valid heap
                for (k, t) in ts.enumerated() { sched.timers[t.index].heapIndex = Int32(k) }
            }
        }
        sched.gomaxprocs = nprocs
        sched.stealOrderCoprimes = RandomOrder.coprimes(UInt32(nprocs))
        // The caller keeps its P if it survives, else takes P0.
        if !mp.isNone && curP.isNone {
            sched.allp[0].status = .idle
            acquirep(mp, PID(0))
            curP = PID(0)
        } else if !curP.isNone {
            sched.allp[curP.index].status = .running
        }
        // Rebuild the idle list; Ps with work get an M.
        sched.pidle = .none
        sched.npidle = 0
        var runnable: [PID] = []
        for i in stride(from: Int(nprocs) - 1, through: 0, by: -1) {
            let pp = PID(index: i)
            if pp == curP { continue }
            sched.allp[i].status = .idle
            sched.allp[i].m = .none
            sched.allp[i].link = .none
            sched.allp[i].onIdleList = false
            if sched.allp[i].runqEmpty { pidleput(pp) } else { runnable.append(pp) }
        }
        return runnable
    }

    /// proc.go:globrunqputhead — put gp at the head of the global queue.
    func globrunqputhead(_ gp: GID) {
        sched.allgs[gp.index].schedlink = sched.runqhead
        sched.runqhead = gp
        if sched.runqtail.isNone { sched.runqtail = gp }
        sched.runqsize += 1
        sched.allgs[gp.index].queue = .global
    }
}
