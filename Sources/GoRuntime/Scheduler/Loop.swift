// The discrete-event loop: each M is an actor with its own clock; a step
// advances the earliest one (ties by M id) by one action.

extension Runtime {
    /// The time at which M acts next, or nil if it is not an actor now.
    @inline(__always)
    func actorTime(_ i: Int) -> Int64? {
        switch sched.allm[i].state {
        case .running: return sched.allm[i].clock
        case .syscall, .netpoll, .sysmon: return sched.allm[i].wakeAt
        case .idle, .stwWait: return nil
        }
    }

    /// Advance the simulation by one step: the earliest M does one thing
    /// (schedule and run a G for a slice; return from a syscall; wake from
    /// netpoll; one sysmon loop). Returns false once the program has ended.
    @discardableResult
    public func step() -> Bool {
        if sched.exitCode != nil { return false }
        // Pick the earliest actor and the time of the next one.
        var best = -1
        var bestT = Int64.max
        var nextT = Int64.max
        let ms = sched.allm.count
        for i in 0..<ms {
            guard let t = actorTime(i) else { continue }
            if t < bestT { nextT = bestT; bestT = t; best = i } else if t < nextT { nextT = t }
        }
        if best < 0 {
            // Nothing can ever happen again (checkdead should have said so).
            sched.curM = .none
            fatal("all goroutines are asleep - deadlock!")
            return false
        }
        let mp = MID(index: best)
        if bestT > sched.now { sched.now = bestT }
        sched.curM = mp
        sched.steps &+= 1
        switch sched.allm[best].state {
        case .running: runM(mp, nextActor: nextT)
        case .syscall: exitsyscall(mp)
        case .netpoll: netpollWake(mp)
        case .sysmon: sysmonStep(mp)
        case .idle, .stwWait: break
        }
        sched.curM = .none
        return sched.exitCode == nil
    }

    /// Run until the program ends or `maxSteps` steps; returns steps taken.
    @discardableResult
    public func run(maxSteps: Int = Int.max) -> Int {
        var n = 0
        while n < maxSteps && step() { n += 1 }
        return n
    }

    /// One action of an M holding (or about to acquire) a P.
    func runM(_ mp: MID, nextActor: Int64) {
        if sched.allm[mp.index].p.isNone {
            let np = sched.allm[mp.index].nextp
            precondition(!np.isNone, "runM: M without P or nextp")
            acquirep(mp, np)
        }
        var gp = sched.allm[mp.index].curg
        if sched.worldStopped && sched.stwM == mp {
            // Back from waiting for a stop-the-world: finish what it was for.
            if case let .gomaxprocs(n) = sched.stwAction {
                sched.stwAction = .none
                startTheWorld(newprocs: n)
            }
        }
        // A pending preemption (sysmon, stop-the-world) takes effect at this safe point.
        if !gp.isNone && (sched.allgs[gp.index].preempt || (sched.gcwaiting && sched.stwM != mp)) {
            goschedImpl(gp, preempted: true)  // gopreempt_m
            gp = .none
        }
        if gp.isNone {
            if !schedule() { return }
            gp = sched.allm[mp.index].curg
        }
        // Run gp for a slice bounded by the next other actor.
        let clock = sched.allm[mp.index].clock
        var budget = nextActor == Int64.max ? config.maxSlice : nextActor - clock
        if budget > config.maxSlice { budget = config.maxSlice }
        if budget < config.minSlice { budget = config.minSlice }
        let stop: ExecStop
        switch sched.allgs[gp.index].body {
        case .user: stop = executor.execute(self, g: gp, budget: budget)
        case let .system(b): stop = runSystemBody(gp, b, budget: budget)
        }
        sched.allm[mp.index].clock &+= stop.used
        sched.allgs[gp.index].runTime &+= stop.used
        handleStop(mp, gp, stop.reason)
    }

    /// What the M does when the G's slice ends.
    @inline(__always)
    func handleStop(_ mp: MID, _ gp: GID, _ reason: StopReason) {
        switch reason {
        case .budget:
            if parkPending { park_m(gp) }
        case .parked:
            if sched.stwM == mp && !sched.worldStopped && sched.allgs[gp.index].status == .waiting {
                parkPending = false
                sched.allm[mp.index].state = .stwWait
                return
            }
            park_m(gp)
        case .yielded:
            if sched.goyieldG == gp {
                sched.goyieldG = .none
                goyield_m(gp)
            } else {
                sched.goyieldG = .none
                goschedImpl(gp, preempted: false)
            }
        case let .syscall(d, blocking):
            entersyscall(gp, duration: d, blocking: blocking)
        case .exited:
            if gp == sched.mainG {
                exit(0)
            } else {
                goexit0(gp)
            }
        case let .exitProgram(code):
            exit(code)
        }
    }
}
