// System calls (proc.go: entersyscall/reentersyscall, entersyscallblock,
// exitsyscall, exitsyscallfast, exitsyscall0). The syscall's duration is
// simulated time during which the M is blocked outside Go.

extension Runtime {
    /// proc.go:entersyscall — the G enters a syscall of `duration` ns: `_Gsyscall`,
    /// its P goes `_Psyscall` (kept as `m.oldp`; sysmon may retake it).
    /// `blocking` models `entersyscallblock`: the P is handed off at once.
    func entersyscall(_ gp: GID, duration: Int64, blocking: Bool) {
        let mp = sched.curM
        let pp = sched.allm[mp.index].p
        charge(config.cost.syscallEnterExit)
        emit(.goSysCall(g: goid(gp), duration: duration, blocking: blocking))
        casgstatus(gp, .running, .syscall)
        let t = now
        sched.allm[mp.index].syscalltick = sched.allp[pp.index].syscalltick
        sched.allm[mp.index].state = .syscall
        sched.allm[mp.index].syscallStart = t
        sched.allm[mp.index].wakeAt = t &+ max(duration, 0)
        sched.allm[mp.index].syscallBlocking = blocking
        if blocking {
            // entersyscallblock: handoffp(releasep())
            releasep(mp)
            sched.allm[mp.index].oldp = .none
            handoffp(pp)
        } else {
            sched.allm[mp.index].p = .none
            sched.allm[mp.index].oldp = pp
            sched.allp[pp.index].m = .none
            sched.allp[pp.index].status = .syscall
            if sched.gcwaiting {
                // entersyscall_gcwait: a stop-the-world is waiting for this P.
                sched.allp[pp.index].status = .gcstop
                sched.allp[pp.index].syscalltick &+= 1
                sched.stopwait -= 1
                if sched.stopwait == 0 { worldStoppedNow() }
            }
        }
    }

    /// proc.go:exitsyscall — the syscall returned (this M's step at `wakeAt`).
    /// Fast path: get the old P back if it is still `_Psyscall`, else any idle
    /// P. Slow path (`exitsyscall0`): the G goes to the global queue, the M stops.
    func exitsyscall(_ mp: MID) {
        sched.allm[mp.index].clock = max(sched.allm[mp.index].clock, sched.allm[mp.index].wakeAt)
        sched.allm[mp.index].state = .running
        let gp = sched.allm[mp.index].curg
        let oldp = sched.allm[mp.index].oldp
        sched.allm[mp.index].oldp = .none
        charge(config.cost.syscallEnterExit)
        // exitsyscallfast: there's a cpu for us, so we can run.
        if !sched.gcwaiting {
            var pp = PID.none
            if !oldp.isNone && oldp.index < sched.allp.count && sched.allp[oldp.index].status == .syscall {
                pp = oldp  // wirep(oldp)
            } else {
                pp = pidleget()  // exitsyscallfast_pidle
                if !pp.isNone && sched.sysmon.sysmonwait { wakeSysmon() }
            }
            if !pp.isNone {
                sched.allm[mp.index].p = pp
                sched.allp[pp.index].m = mp
                sched.allp[pp.index].status = .running
                sched.allp[pp.index].syscalltick &+= 1
                if pp != oldp {
                    emit(.procStart(p: pp))
                } else if sched.allm[mp.index].syscalltick != sched.allp[pp.index].syscalltick {
                    // exitsyscallfast_reacquired: the P was retaken and then
                    // entered a syscall again with another M; we take it back.
                    sched.allp[pp.index].syscalltick &+= 1
                }
                casgstatus(gp, .syscall, .running)
                emit(.goSysExit(g: goid(gp), fast: true))
                return
            }
        }
        // exitsyscall0: no P.
        casgstatus(gp, .syscall, .runnable)
        emit(.goSysExit(g: goid(gp), fast: false))
        dropg(mp)
        let pp = sched.gcwaiting ? PID.none : pidleget()
        if pp.isNone {
            globrunqput(gp)
            stopm(mp)
            return
        }
        if sched.sysmon.sysmonwait { wakeSysmon() }
        acquirep(mp, pp)
        execute(gp, inheritTime: false)
    }
}
