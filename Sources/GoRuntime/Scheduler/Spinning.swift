// Ms and Ps coming and going (proc.go: wakep, startm, newm, stopm, handoffp,
// acquirep, releasep, pidleget, pidleput, mget, mput, becomeSpinning,
// resetspinning, gcstopm). Leaves out locked Ms and the template thread.

extension Runtime {
    /// proc.go:pidleput — put pp on the idle-P list (`_Pidle`). Its run queue must be empty.
    func pidleput(_ pp: PID) {
        precondition(sched.allp[pp.index].runqEmpty, "pidleput: P has non-empty run queue")
        sched.allp[pp.index].status = .idle
        sched.allp[pp.index].m = .none
        sched.allp[pp.index].link = sched.pidle
        sched.allp[pp.index].onIdleList = true
        sched.pidle = pp
        sched.npidle += 1
    }

    /// proc.go:pidleget — take a P off the idle list (LIFO).
    func pidleget() -> PID {
        let pp = sched.pidle
        if pp.isNone { return pp }
        sched.pidle = sched.allp[pp.index].link
        sched.allp[pp.index].link = .none
        sched.allp[pp.index].onIdleList = false
        sched.npidle -= 1
        return pp
    }

    /// proc.go:mput — put mp on the idle-M list; then `checkdead`.
    func mput(_ mp: MID) {
        sched.allm[mp.index].schedlink = sched.midle
        sched.midle = mp
        sched.nmidle += 1
        checkdead()
    }

    /// proc.go:mget — an idle M, if any.
    func mget() -> MID {
        let mp = sched.midle
        if mp.isNone { return mp }
        sched.midle = sched.allm[mp.index].schedlink
        sched.allm[mp.index].schedlink = .none
        sched.nmidle -= 1
        return mp
    }

    /// proc.go:acquirep (wirep) — associate P and M; the P becomes `_Prunning`.
    func acquirep(_ mp: MID, _ pp: PID) {
        sched.allm[mp.index].p = pp
        sched.allm[mp.index].nextp = .none
        sched.allp[pp.index].m = mp
        sched.allp[pp.index].status = .running
        if sched.sysmon.sysmonwait { wakeSysmon() }
        emit(.procStart(p: pp))
    }

    /// proc.go:releasep — disassociate P and M; the P becomes `_Pidle`.
    @discardableResult
    func releasep(_ mp: MID) -> PID {
        let pp = sched.allm[mp.index].p
        emit(.procStop(p: pp))
        sched.allm[mp.index].p = .none
        sched.allp[pp.index].m = .none
        sched.allp[pp.index].status = .idle
        return pp
    }

    /// proc.go:wakep — start one spinning M on an idle P, unless some M is
    /// already spinning (it will start another when it finds work).
    func wakep() {
        if sched.npidle == 0 { return }
        if sched.nmspinning != 0 { return }
        sched.nmspinning += 1
        startm(.none, spinning: true)
    }

    /// proc.go:startm — run an M (an idle one, or a new thread) on pp (or any
    /// idle P). If there is no P, undo the spinning count and return.
    func startm(_ pp0: PID, spinning: Bool) {
        var pp = pp0
        if pp.isNone {
            pp = pidleget()
            if pp.isNone {
                if spinning { sched.nmspinning -= 1 }
                return
            }
        }
        var nmp = mget()
        let created = nmp.isNone
        let t = now
        if created {
            nmp = newm()
            if nmp.isNone { return }
            sched.allm[nmp.index].clock = t + config.cost.newm
        } else {
            sched.allm[nmp.index].clock = max(sched.allm[nmp.index].clock, t + config.cost.mWakeLatency)
        }
        sched.allm[nmp.index].state = .running
        sched.allm[nmp.index].spinning = spinning
        sched.allm[nmp.index].nextp = pp
        emit(.mStart(m: nmp, p: pp, spinning: spinning, created: created))
    }

    /// proc.go:newm/allocm — a new OS thread (up to `maxmcount`).
    func newm() -> MID {
        if sched.allm.count >= config.maxMCount {
            write(fd: 2, "runtime: program exceeds \(config.maxMCount)-thread limit\n")
            fatal("thread exhaustion", traceback: false)
            return .none
        }
        let id = MID(index: sched.allm.count)
        sched.allm.append(M(id: id))
        return id
    }

    /// proc.go:stopm — park the M on the idle list until `startm` wakes it.
    func stopm(_ mp: MID) {
        sched.allm[mp.index].state = .idle
        sched.allm[mp.index].curg = .none
        emit(.mIdle(m: mp))
        mput(mp)
    }

    /// proc.go:becomeSpinning.
    func becomeSpinning(_ mp: MID) {
        sched.allm[mp.index].spinning = true
        sched.nmspinning += 1
        emit(.mSpin(m: mp))
    }

    /// proc.go:resetspinning — a spinning M found work: stop spinning and
    /// `wakep` so another M keeps looking.
    func resetspinning(foundWork: Bool) {
        let mp = sched.curM
        sched.allm[mp.index].spinning = false
        sched.nmspinning -= 1
        emit(.mSpinStop(m: mp, foundWork: foundWork))
        wakep()
    }

    /// proc.go:handoffp — pp's M is blocked (syscall) or leaving: start an M
    /// for it if it has work or nobody is spinning/idle; otherwise idle it.
    func handoffp(_ pp: PID) {
        // If it has local work, start it straight away.
        if !sched.allp[pp.index].runqEmpty || sched.runqsize != 0 {
            startm(pp, spinning: false); emitHandoff(pp); return
        }
        // No local work: if nobody is spinning or idle, our help is needed.
        if sched.nmspinning + sched.npidle == 0 {
            sched.nmspinning += 1
            startm(pp, spinning: true); emitHandoff(pp); return
        }
        if sched.gcwaiting {
            sched.allp[pp.index].status = .gcstop
            sched.allp[pp.index].m = .none
            sched.stopwait -= 1
            if sched.stopwait == 0 { worldStoppedNow() }
            return
        }
        // If this is the last running P and nobody is polling network, start an M.
        if sched.npidle == sched.gomaxprocs - 1 && sched.netpollM.isNone {
            startm(pp, spinning: false); emitHandoff(pp); return
        }
        let when = sched.allp[pp.index].timers.isEmpty ? 0 : sched.timers[sched.allp[pp.index].timers[0].index].when
        pidleput(pp)
        emit(.handoff(p: pp, to: .none))
        if when != 0 { wakeNetPoller(when) }
    }

    private func emitHandoff(_ pp: PID) {
        // startm recorded the M it woke in its nextp; find it for the event.
        var to = MID.none
        for m in sched.allm.indices.reversed() where sched.allm[m].nextp == pp { to = MID(index: m); break }
        emit(.handoff(p: pp, to: to))
    }

    /// proc.go:gcstopm — a stop-the-world is pending: stop this M's P (`_Pgcstop`) and the M.
    func gcstopm() {
        let mp = sched.curM
        if sched.allm[mp.index].spinning {
            sched.allm[mp.index].spinning = false
            sched.nmspinning -= 1
        }
        let pp = releasep(mp)
        sched.allp[pp.index].status = .gcstop
        sched.stopwait -= 1
        if sched.stopwait == 0 { worldStoppedNow() }
        stopm(mp)
    }

    /// The M acting now, if it can be woken by a netpoll break.
    /// proc.go:netpollBreak — wake the M blocked in netpoll now.
    func netpollBreak() {
        let m = sched.netpollM
        if m.isNone { return }
        sched.allm[m.index].wakeAt = min(sched.allm[m.index].wakeAt, now)
    }

    /// proc.go:wakeNetPoller — a timer at `when` was added: make sure some M
    /// will wake for it (break the poller if it sleeps past `when`, else `wakep`).
    func wakeNetPoller(_ when: Int64) {
        if !sched.netpollM.isNone {
            if sched.pollUntil == 0 || sched.pollUntil > when {
                let m = sched.netpollM
                sched.allm[m.index].wakeAt = min(sched.allm[m.index].wakeAt, max(when, now))
                sched.pollUntil = sched.allm[m.index].wakeAt
            }
        } else {
            wakep()
        }
    }

    /// findRunnable's blocking `netpoll(pollUntil - now)`: this M sleeps,
    /// holding no P, until the earliest timer.
    func netpollBlock(_ mp: MID, until: Int64) {
        sched.netpollM = mp
        sched.pollUntil = until
        sched.allm[mp.index].state = .netpoll
        sched.allm[mp.index].wakeAt = max(until, sched.allm[mp.index].clock)
        emit(.mNetpollBlock(m: mp, until: until))
    }

    /// The netpoll M wakes (timer due or broken): take an idle P and look for
    /// work (`goto top`), or `stopm` if there is none.
    func netpollWake(_ mp: MID) {
        sched.netpollM = .none
        sched.pollUntil = 0
        sched.allm[mp.index].clock = max(sched.allm[mp.index].clock, sched.allm[mp.index].wakeAt)
        sched.allm[mp.index].state = .running
        emit(.mNetpollWake(m: mp))
        let pp = pidleget()
        if pp.isNone { stopm(mp); return }
        acquirep(mp, pp)
    }

    /// `checkdead` (proc.go) — called where Go does (an M goes idle). The
    /// logic lives with the deadlock detector in Sync/CheckDead.swift.
    func checkdead() {
        checkdeadImpl()
    }
}
