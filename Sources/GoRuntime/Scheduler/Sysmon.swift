// sysmon (proc.go: sysmon, retake, preemptone). Runs on its own M with no P.
// Leaves out netpoll I/O, the scavenger wake-up and schedtrace.

/// proc.go:forcePreemptNS — a G running this long in one time slice is preempted.
public let forcePreemptNS: Int64 = 10_000_000
/// proc.go:forcegcperiod — 2 minutes.
public let forcegcperiod: Int64 = 2 * 60 * 1_000_000_000

extension Runtime {
    /// proc.go:main's `newm(sysmon, nil, -1)`.
    func startSysmon() {
        let mp = newm()
        if mp.isNone { return }
        sched.allm[mp.index].isSysmon = true
        sched.allm[mp.index].state = .sysmon
        sched.allm[mp.index].clock = now + config.cost.newm
        sched.sysmon.m = mp
        sched.sysmon.delay = 20_000
        sched.allm[mp.index].wakeAt = sched.allm[mp.index].clock + sched.sysmon.delay
        sched.nmsys += 1
    }

    /// Wake sysmon from its deep sleep (`notewakeup(&sched.sysmonnote)`).
    func wakeSysmon() {
        let mp = sched.sysmon.m
        if mp.isNone || !sched.sysmon.sysmonwait { return }
        sched.allm[mp.index].wakeAt = min(sched.allm[mp.index].wakeAt, now)
    }

    /// One loop of proc.go:sysmon, after its `usleep(delay)`: deep sleep if
    /// every P is idle; else `retake`, the forced-GC check, and the next delay
    /// (20 µs, doubling after 50 idle loops, at most 10 ms).
    func sysmonStep(_ mp: MID) {
        sched.allm[mp.index].clock = max(sched.allm[mp.index].clock, sched.allm[mp.index].wakeAt)
        let t = sched.allm[mp.index].clock
        sched.sysmon.loops += 1
        if sched.sysmon.sysmonwait {
            // Woken from deep sleep.
            sched.sysmon.sysmonwait = false
            sched.sysmon.idle = 0
            sched.sysmon.delay = 20_000
        } else if sched.gcwaiting || sched.npidle == sched.gomaxprocs {
            // Every P is idle (or the world is stopping): sleep until the next
            // timer, at most forcegcperiod/2, or until woken.
            sched.sysmon.sysmonwait = true
            let next = earliestTimer()
            var until = t + forcegcperiod / 2
            if next != 0 && next < until { until = max(next, t) }
            sched.allm[mp.index].wakeAt = until
            emit(.sysmonSleep(until: until))
            return
        }
        // retake P's blocked in syscalls and preempt long running G's.
        if retake(t) != 0 { sched.sysmon.idle = 0 } else { sched.sysmon.idle += 1 }
        // Check if we need to force a GC: gcTrigger{kind: gcTriggerTime}.test() —
        // GOGC on and a cycle finished (`last_gc_nanotime != 0`, set by
        // gcMarkTermination) more than forcegcperiod ago — and forcegc.idle.
        let fg = sched.forcegcG
        if !fg.isNone && sched.allgs[fg.index].status == .waiting && sched.allgs[fg.index].waitreason == .forceGCIdle
            && config.gogc >= 0 && sched.lastGCTime != 0 && t - sched.lastGCTime > forcegcperiod {
            injectglist([fg])
        }
        // Next delay (loop top in Go).
        if sched.sysmon.idle == 0 {
            sched.sysmon.delay = 20_000
        } else if sched.sysmon.idle > 50 {
            sched.sysmon.delay *= 2
        }
        if sched.sysmon.delay > 10_000_000 { sched.sysmon.delay = 10_000_000 }
        emit(.sysmonWake(delay: sched.sysmon.delay))
        sched.allm[mp.index].clock = t + config.cost.sysmonLoop
        sched.allm[mp.index].wakeAt = sched.allm[mp.index].clock + sched.sysmon.delay
    }

    /// proc.go:retake — preempt Gs that ran 10 ms in one slice; take Ps from
    /// Ms in a syscall for over one sysmon tick when there is other work (else after 10 ms).
    func retake(_ now: Int64) -> Int {
        var n = 0
        for i in 0..<sched.allp.count {
            let pp = PID(index: i)
            let s = sched.allp[i].status
            var sysretake = false
            if s == .running || s == .syscall {
                // Preempt G if it's running for too long.
                let t = sched.allp[i].schedtick
                if sched.allp[i].sysmonSchedtick != t {
                    sched.allp[i].sysmonSchedtick = t
                    sched.allp[i].sysmonSchedwhen = now
                } else if sched.allp[i].sysmonSchedwhen + forcePreemptNS <= now {
                    preemptone(pp, ran: now - sched.allp[i].sysmonSchedwhen)
                    // In case of syscall, preemptone() doesn't work, because there is no M wired to P.
                    sysretake = true
                }
            }
            if s == .syscall {
                // Retake P from syscall if it's there for more than 1 sysmon tick (at least 20us).
                let t = sched.allp[i].syscalltick
                if !sysretake && sched.allp[i].sysmonSyscalltick != t {
                    sched.allp[i].sysmonSyscalltick = t
                    sched.allp[i].sysmonSyscallwhen = now
                    continue
                }
                // On the one hand we don't want to retake Ps if there is no other work to do,
                // but on the other hand we want to retake them eventually.
                if sched.allp[i].runqEmpty && sched.nmspinning + sched.npidle > 0
                    && sched.allp[i].sysmonSyscallwhen + 10_000_000 > now {
                    continue
                }
                // CAS _Psyscall -> _Pidle
                var holder = MID.none
                var g = GID.none
                for m in sched.allm.indices where sched.allm[m].oldp == pp && sched.allm[m].state == .syscall
                    && sched.allm[m].syscalltick == sched.allp[i].syscalltick {
                    holder = MID(index: m); g = sched.allm[m].curg
                }
                emit(.retake(p: pp, m: holder, g: goid(g)))
                if !g.isNone { emit(.goSysBlock(g: goid(g), p: pp)) }
                sched.allp[i].status = .idle
                n += 1
                sched.sysmon.retaken += 1
                sched.allp[i].syscalltick &+= 1
                handoffp(pp)
            }
        }
        return n
    }

    /// proc.go:preemptone — ask the G running on pp to stop (`gp.preempt`,
    /// `stackguard0 = stackPreempt`, async `preemptM`); it stops at its next step.
    @discardableResult
    func preemptone(_ pp: PID, ran: Int64) -> Bool {
        let mp = sched.allp[pp.index].m
        if mp.isNone || mp == sched.curM { return false }
        let gp = sched.allm[mp.index].curg
        if gp.isNone || sched.allgs[gp.index].status != .running { return false }
        sched.allgs[gp.index].preempt = true
        sched.sysmon.preempted += 1
        emit(.preemptRequest(g: goid(gp), p: pp, ran: ran))
        return true
    }
}
