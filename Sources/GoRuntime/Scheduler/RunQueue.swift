// Local and global run queues (proc.go: runqput, runqputslow, runqget,
// globrunqput, globrunqputbatch, globrunqget, runqgrab, runqsteal).
// Leaves out the atomics/CAS (one M acts at a time) and the race-detector
// shuffling (`randomizeScheduler`).

extension Runtime {
    /// proc.go:runqput — put gp on pp's local queue. With `next`, gp goes into
    /// `runnext` and the G it kicks out goes to the tail. A full ring spills
    /// to the global queue (`runqputslow`).
    @inline(__always)
    func runqput(_ pp: PID, _ gp: GID, next: Bool) {
        var gp = gp
        if next {
            let old = sched.allp[pp.index].runnext
            sched.allp[pp.index].runnext = gp
            sched.allgs[gp.index].queue = .runnext(pp)
            emit(.runqPut(g: goid(gp), p: pp, where: .runnext))
            if old.isNone { return }
            // Kick the old runnext out to the regular run queue.
            gp = old
            emit(.runqKick(g: goid(gp), p: pp))
        }
        let h = sched.allp[pp.index].runqhead
        let t = sched.allp[pp.index].runqtail
        if t &- h < P.runqSize {
            sched.allp[pp.index].runq[Int(t % P.runqSize)] = gp
            sched.allp[pp.index].runqtail = t &+ 1
            sched.allgs[gp.index].queue = .local(pp)
            if !next { emit(.runqPut(g: goid(gp), p: pp, where: .local)) }
            return
        }
        runqputslow(pp, gp)
    }

    /// proc.go:runqputslow — the ring is full: move half of it (128 Gs, from
    /// the head) plus gp, in that order, to the global queue as one batch.
    func runqputslow(_ pp: PID, _ gp: GID) {
        let h = sched.allp[pp.index].runqhead
        let t = sched.allp[pp.index].runqtail
        let n = (t &- h) / 2
        var batch: [GID] = []
        batch.reserveCapacity(Int(n) + 1)
        for i in 0..<n { batch.append(sched.allp[pp.index].runq[Int((h &+ i) % P.runqSize)]) }
        sched.allp[pp.index].runqhead = h &+ n
        batch.append(gp)
        for g in batch { globrunqput(g, emitEvent: false) }
        emit(.runqPutSlow(p: pp, gs: batch.map { goid($0) }))
    }

    /// proc.go:runqget — runnext first (inherits the time slice), then the head of the ring.
    @inline(__always)
    func runqget(_ pp: PID) -> (GID, inheritTime: Bool)? {
        let next = sched.allp[pp.index].runnext
        if !next.isNone {
            sched.allp[pp.index].runnext = .none
            sched.allgs[next.index].queue = .none
            return (next, true)
        }
        let h = sched.allp[pp.index].runqhead
        if h == sched.allp[pp.index].runqtail { return nil }
        let gp = sched.allp[pp.index].runq[Int(h % P.runqSize)]
        sched.allp[pp.index].runq[Int(h % P.runqSize)] = .none
        sched.allp[pp.index].runqhead = h &+ 1
        sched.allgs[gp.index].queue = .none
        return (gp, false)
    }

    /// proc.go:globrunqput — put gp at the tail of the global queue.
    @inline(__always)
    func globrunqput(_ gp: GID, emitEvent: Bool = true) {
        sched.allgs[gp.index].schedlink = .none
        if sched.runqtail.isNone { sched.runqhead = gp } else { sched.allgs[sched.runqtail.index].schedlink = gp }
        sched.runqtail = gp
        sched.runqsize += 1
        sched.allgs[gp.index].queue = .global
        if emitEvent { emit(.runqPut(g: goid(gp), p: .none, where: .global)) }
    }

    /// The head of the global queue (gQueue.pop).
    @inline(__always)
    func globrunqpop() -> GID {
        let gp = sched.runqhead
        if gp.isNone { return gp }
        sched.runqhead = sched.allgs[gp.index].schedlink
        if sched.runqhead.isNone { sched.runqtail = .none }
        sched.allgs[gp.index].schedlink = .none
        sched.allgs[gp.index].queue = .none
        sched.runqsize -= 1
        return gp
    }

    /// proc.go:globrunqget — take `n = min(runqsize, runqsize/gomaxprocs + 1)`
    /// Gs (capped by `max` if > 0 and by half the ring) from the global queue:
    /// return the first, put the rest on pp's local queue.
    func globrunqget(_ pp: PID, max: Int32) -> GID {
        let size = sched.runqsize
        if size == 0 { return .none }
        var n = size / sched.gomaxprocs + 1
        if n > size { n = size }
        if max > 0 && n > max { n = max }
        if n > Int32(P.runqSize / 2) { n = Int32(P.runqSize / 2) }
        let gp = globrunqpop()
        emit(.globrunqGet(p: pp, n: n, first: goid(gp)))
        var i: Int32 = 1
        while i < n {
            let g1 = globrunqpop()
            runqput(pp, g1, next: false)
            i += 1
        }
        return gp
    }

    /// proc.go:runqgrab — take half (rounded up) of pp's ring; if it is empty
    /// and `stealRunNextG`, its runnext. A running victim first gets a 3 µs
    /// grace (`usleep(3)`, charged to the thief): if its M reaches
    /// `schedule()` within it, the M took runnext itself and the
    /// `runnext.cas` fails (the case Go's comment names: the G that readied
    /// runnext blocks almost at once — a channel ping-pong).
    func runqgrab(_ pp: PID, stealRunNextG: Bool) -> (gs: [GID], runnext: Bool) {
        let h = sched.allp[pp.index].runqhead
        let t = sched.allp[pp.index].runqtail
        var n = t &- h
        n = n - n / 2
        if n == 0 {
            if stealRunNextG {
                let next = sched.allp[pp.index].runnext
                if !next.isNone {
                    if sched.allp[pp.index].status == .running {
                        charge(3_000)  // usleep(3)
                        if runnextTakenByOwner(pp, by: now) { return ([], false) }  // cas fails
                    }
                    sched.allp[pp.index].runnext = .none
                    sched.allgs[next.index].queue = .none
                    return ([next], true)
                }
            }
            return ([], false)
        }
        var out: [GID] = []
        out.reserveCapacity(Int(n))
        for i in 0..<n {
            let idx = Int((h &+ i) % P.runqSize)
            out.append(sched.allp[pp.index].runq[idx])
            sched.allp[pp.index].runq[idx] = .none
        }
        sched.allp[pp.index].runqhead = h &+ n
        for g in out { sched.allgs[g.index].queue = .none }
        return (out, false)
    }

    /// Whether pp's own M, which is between two Gs (its G parked or left:
    /// `curg` nil, so its next action is `schedule()` → `runqget`), acts no
    /// later than `t`: by then it has taken pp's runnext, so another M that
    /// looks at time `t` finds runnext empty. A victim whose G is still
    /// running (a slice cut by the step budget) keeps its runnext stealable.
    @inline(__always)
    func runnextTakenByOwner(_ pp: PID, by t: Int64) -> Bool {
        let m = sched.allp[pp.index].m
        if m.isNone || sched.allp[pp.index].status != .running { return false }
        return sched.allm[m.index].state == .running && sched.allm[m.index].curg.isNone
            && sched.allm[m.index].clock <= t
    }

    /// `!runqempty(pp)` as another M sees it at its clock `t` (checkRunqsNoP).
    @inline(__always)
    func hasRunnableWork(_ pp: PID, seenAt t: Int64) -> Bool {
        if sched.allp[pp.index].runqtail != sched.allp[pp.index].runqhead { return true }
        return !sched.allp[pp.index].runnext.isNone && !runnextTakenByOwner(pp, by: t)
    }

    /// proc.go:runqsteal — steal half of p2's queue into pp's; return the last one stolen to run now.
    func runqsteal(_ pp: PID, _ p2: PID, stealRunNextG: Bool) -> GID {
        charge(config.cost.stealAttempt)
        let (gs, rn) = runqgrab(p2, stealRunNextG: stealRunNextG)
        if gs.isEmpty { return .none }
        emit(.steal(thief: pp, victim: p2, gs: gs.map { goid($0) }, runnext: rn))
        let gp = gs[gs.count - 1]
        for g in gs.dropLast() {
            let t = sched.allp[pp.index].runqtail
            sched.allp[pp.index].runq[Int(t % P.runqSize)] = g
            sched.allp[pp.index].runqtail = t &+ 1
            sched.allgs[g.index].queue = .local(pp)
        }
        return gp
    }

    /// The global queue's contents, head first.
    public var globalRunqContents: [GID] {
        var out: [GID] = []
        var g = sched.runqhead
        while !g.isNone { out.append(g); g = sched.allgs[g.index].schedlink }
        return out
    }
}
