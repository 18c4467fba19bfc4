// Goroutine life cycle (proc.go: newproc, newproc1, gfput, gfget, gopark,
// park_m, goready, ready, goschedImpl, gopreempt_m, goexit0, injectglist).

extension Runtime {
    /// `casgstatus` — change a G's status, checking the transition is legal.
    @inline(__always)
    func casgstatus(_ gp: GID, _ old: GStatus, _ new: GStatus) {
        let cur = sched.allgs[gp.index].status
        precondition(cur == old && GStatus.isLegal(from: old, to: new),
                     "casgstatus: bad transition \(cur.goName) (expected \(old.goName)) -> \(new.goName) for goid \(sched.allgs[gp.index].goid)")
        sched.allgs[gp.index].status = new
    }

    /// proc.go:newproc — `go fn()` from the running G: make a G (reusing a dead
    /// one), put it in the current P's `runnext`, and `wakep` once main started.
    /// `startFunction` is opaque to the runtime (the executor's function id);
    /// `name` is the function as Go prints it ("main.worker", "main.main.func1").
    @discardableResult
    public func newproc(startFunction: Int32, name: String, creator: GID) -> GID {
        newproc(body: .user(startFunction), name: name, creator: creator, isSystem: false)
    }

    /// `newproc` for a runtime goroutine (`go forcegchelper()`, `go gcBgMarkWorker()` …).
    @discardableResult
    public func newproc(system body: SystemBody, name: String) -> GID {
        newproc(body: .system(body), name: name, creator: currentG, isSystem: true)
    }

    func newproc(body: GBody, name: String, creator: GID, isSystem: Bool) -> GID {
        let pp = currentP
        let newg = newproc1(body: body, name: name, creator: creator, pp: pp, isSystem: isSystem)
        runqput(pp, newg, next: true)
        charge(config.cost.newproc)
        if sched.mainStarted { wakep() }
        return newg
    }

    /// proc.go:newproc1 — get a dead G (`gfget`) or allocate one (`malg`:
    /// `_Gidle` → `_Gdead`, `allgadd`), set its start function, make it
    /// `_Grunnable` with a goid from pp's batch of 16.
    func newproc1(body: GBody, name: String, creator: GID, pp: PID, isSystem: Bool) -> GID {
        var newg = gfget(pp)
        if newg.isNone {
            newg = GID(index: sched.allgs.count)
            sched.allgs.append(G())              // malg: _Gidle
            casgstatus(newg, .idle, .dead)       // allgadd
        }
        let nameIdx = sched.intern(name)
        let t = now
        let creatorGoid = creator.isNone ? 0 : sched.allgs[creator.index].goid
        let creatorName: Int32 = creator.isNone ? -1 : sched.allgs[creator.index].nameIndex
        // goid from the P's cache (proc.go: _GoidCacheBatch = 16).
        if sched.allp[pp.index].goidcache == sched.allp[pp.index].goidcacheend {
            sched.goidgen += 16
            sched.allp[pp.index].goidcache = sched.goidgen - 15
            sched.allp[pp.index].goidcacheend = sched.goidgen + 1
        }
        let goid = sched.allp[pp.index].goidcache
        sched.allp[pp.index].goidcache += 1
        do {
            var g = sched.allgs[newg.index]
            g.goid = goid
            g.body = body
            g.nameIndex = nameIdx
            g.creatorNameIndex = creatorName
            g.parentGoid = creatorGoid
            g.isSystem = isSystem
            g.waitreason = .zero
            g.waitObject = .none
            g.preempt = false
            g.syspc = 0
            g.sysarg = 0
            g.sleepWhen = 0
            g.lastP = .none
            g.createdAt = t
            g.runTime = 0
            g.starts = 0
            g.stackSize = Int32(stackMin)  // newproc1: malg(_StackMin) (recycled stacks are not modelled)
            g.stackGrowths = 0
            g.m = .none
            sched.allgs[newg.index] = g
        }
        casgstatus(newg, .dead, .runnable)
        if case let .user(fn) = body { executor.goroutineCreated(self, g: newg, startFunction: fn) }
        emit(.goCreate(g: goid, goid: goid, function: name))
        return newg
    }

    /// proc.go:gfput — put a dead G on pp's free list; at 64 move them to the
    /// global list while 32 or more remain locally.
    func gfput(_ pp: PID, _ gp: GID) {
        sched.allgs[gp.index].schedlink = sched.allp[pp.index].gFreeHead
        sched.allp[pp.index].gFreeHead = gp
        sched.allp[pp.index].gFreeCount += 1
        if sched.allp[pp.index].gFreeCount >= 64 {
            while sched.allp[pp.index].gFreeCount >= 32 {
                let g = sched.allp[pp.index].gFreeHead
                sched.allp[pp.index].gFreeHead = sched.allgs[g.index].schedlink
                sched.allp[pp.index].gFreeCount -= 1
                sched.allgs[g.index].schedlink = sched.gFreeHead
                sched.gFreeHead = g
                sched.gFreeCount += 1
            }
        }
    }

    /// proc.go:gfget — a dead G from pp's free list, refilling up to 32 from the global list.
    func gfget(_ pp: PID) -> GID {
        if sched.allp[pp.index].gFreeHead.isNone && !sched.gFreeHead.isNone {
            while sched.allp[pp.index].gFreeCount < 32 && !sched.gFreeHead.isNone {
                let g = sched.gFreeHead
                sched.gFreeHead = sched.allgs[g.index].schedlink
                sched.gFreeCount -= 1
                sched.allgs[g.index].schedlink = sched.allp[pp.index].gFreeHead
                sched.allp[pp.index].gFreeHead = g
                sched.allp[pp.index].gFreeCount += 1
            }
        }
        let g = sched.allp[pp.index].gFreeHead
        if g.isNone { return g }
        sched.allp[pp.index].gFreeHead = sched.allgs[g.index].schedlink
        sched.allp[pp.index].gFreeCount -= 1
        sched.allgs[g.index].schedlink = .none
        return g
    }

    /// proc.go:gopark — the running G blocks (reason, and what it waits on).
    /// The executor must then return `.parked`; `park_m` runs when it does.
    public func gopark(reason: WaitReason, on object: WaitObject) {
        let gp = currentG
        precondition(!gp.isNone, "gopark: no current G")
        sched.allgs[gp.index].waitreason = reason
        sched.allgs[gp.index].waitObject = object
        parkPending = true
    }

    /// proc.go:park_m — on g0: `_Grunning` → `_Gwaiting`, `dropg`; a sleeping
    /// G's timer is armed only now (`resetForSleep`).
    func park_m(_ gp: GID) {
        parkPending = false
        let mp = sched.curM
        casgstatus(gp, .running, .waiting)
        sched.allgs[gp.index].waitsince = now
        // Read the three fields needed (not a copy of the whole G).
        let reason = sched.allgs[gp.index].waitreason
        let object = sched.allgs[gp.index].waitObject
        emit(.goBlock(g: sched.allgs[gp.index].goid, reason: reason, on: object))
        charge(config.cost.gopark)
        dropg(mp)
        if reason == .sleep, case let .timer(t) = object {
            resetForSleep(gp, t)
        }
    }

    /// proc.go:dropg — detach the M from its G.
    @inline(__always)
    func dropg(_ mp: MID) {
        let gp = sched.allm[mp.index].curg
        if !gp.isNone { sched.allgs[gp.index].m = .none }
        sched.allm[mp.index].curg = .none
    }

    /// proc.go:goready/ready — make a parked G runnable in the current P's
    /// `runnext` (so it runs next, inheriting the time slice), then `wakep`.
    /// With no current P (sysmon, a syscall M) it is injected (`injectglist`).
    public func goready(_ gp: GID) {
        let st = sched.allgs[gp.index].status
        precondition(st == .waiting, "goready: bad g status \(st.goName)")
        let pp = currentP
        if pp.isNone { injectglist([gp]); return }
        casgstatus(gp, .waiting, .runnable)
        sched.allgs[gp.index].waitreason = .zero
        sched.allgs[gp.index].waitObject = .none
        emit(.goUnblock(g: goid(gp), by: goid(currentG)))
        charge(config.cost.goready)
        runqput(pp, gp, next: true)
        wakep()
    }

    /// proc.go:injectglist — make Gs runnable from a context that may have no
    /// P: without one, they go to the global queue and up to that many idle Ps
    /// are started; with one, one per idle P goes global, the rest local.
    public func injectglist(_ gs: [GID]) {
        if gs.isEmpty { return }
        for g in gs {
            casgstatus(g, .waiting, .runnable)
            sched.allgs[g.index].waitreason = .zero
            sched.allgs[g.index].waitObject = .none
            emit(.goUnblock(g: goid(g), by: goid(currentG)))
        }
        let pp = currentP
        if pp.isNone {
            for g in gs { globrunqput(g) }
            var n = gs.count
            while n > 0 && sched.npidle > 0 { startm(.none, spinning: false); n -= 1 }
            return
        }
        var rest = gs[...]
        var npidle = Int(sched.npidle)
        while npidle > 0, let g = rest.first {
            globrunqput(g); rest = rest.dropFirst()
            startm(.none, spinning: false)
            npidle -= 1
        }
        for g in rest { runqput(pp, g, next: false) }
        wakep()
    }

    /// proc.go:goschedImpl (Gosched) — to the tail of the global queue, `wakep`.
    func goschedImpl(_ gp: GID, preempted: Bool) {
        let mp = sched.curM
        casgstatus(gp, .running, .runnable)
        emit(preempted ? .goPreempt(g: goid(gp)) : .goSched(g: goid(gp)))
        sched.allgs[gp.index].preempt = false
        dropg(mp)
        globrunqput(gp)
        charge(config.cost.gosched)
        if sched.mainStarted { wakep() }
    }

    /// proc.go:goyield_m (after a semaphore hand-off, sema.go:semrelease1) — like
    /// Gosched, but onto the tail of this P's LOCAL queue, so the woken waiter
    /// (in runnext) runs next on our time slice. No wakep. Go traces it as
    /// EvGoPreempt; here the `runqPut(.local)` event alone records it, since
    /// `goPreempt`'s sentence describes sysmon's preemption to the global queue.
    func goyield_m(_ gp: GID) {
        let mp = sched.curM
        let pp = sched.allm[mp.index].p
        casgstatus(gp, .running, .runnable)
        sched.allgs[gp.index].preempt = false
        dropg(mp)
        runqput(pp, gp, next: false)
        charge(config.cost.gosched)
    }

    /// proc.go:goexit0 — the G's function returned: `_Gdead`, `gfput`.
    /// The main goroutine returning ends the program (`runtime.main` → `exit(0)`).
    func goexit0(_ gp: GID) {
        let mp = sched.curM
        let pp = sched.allm[mp.index].p
        emit(.goEnd(g: goid(gp)))
        casgstatus(gp, .running, .dead)
        sched.allgs[gp.index].waitreason = .zero
        sched.allgs[gp.index].waitObject = .none
        sched.allgs[gp.index].preempt = false
        charge(config.cost.goexit)
        dropg(mp)
        if case .user = sched.allgs[gp.index].body { executor.goroutineDestroyed(self, g: gp) }
        gfput(pp, gp)
    }

    /// `exit(code)` — the whole program ends now, abandoning other goroutines.
    public func exit(_ code: Int32) {
        if sched.exitCode != nil { return }
        emit(.exit(code: code))
        sched.exitCode = code
    }

    /// `throw`/`fatal` — print "fatal error: msg" (and, unless `traceback` is
    /// false, every user goroutine as Go does) to stderr and exit with status 2.
    public func fatal(_ msg: String, traceback: Bool = true) {
        if sched.exitCode != nil { return }
        sched.fatalMessage = msg
        var text = "fatal error: \(msg)\n"
        if traceback { text += goroutineDump() }
        write(fd: 2, text)
        emit(.fatal(message: msg))
        exit(2)
    }

    /// Tracebacks of every live user goroutine, Go 1.19 layout (frames from
    /// `executor.traceback`; pc offsets are not modelled and print as +0x0).
    public func goroutineDump() -> String {
        var s = ""
        let cur = currentG
        var order: [GID] = []
        if !cur.isNone { order.append(cur) }
        for i in sched.allgs.indices where GID(index: i) != cur { order.append(GID(index: i)) }
        for gp in order {
            let g = sched.allgs[gp.index]
            if g.isSystem || g.status == .dead || g.status == .idle { continue }
            let state = g.status == .waiting ? g.waitreason.goString : g.status.goName
            var mins = ""
            if g.status == .waiting {
                let m = (now - g.waitsince) / 60_000_000_000
                if m >= 1 { mins = ", \(m) minutes" }
            }
            s += "\ngoroutine \(g.goid) [\(state)\(mins)]:\n"
            for f in executor.traceback(g: gp) {
                s += "\(f.function)()\n\t\(f.file):\(f.line) +0x0\n"
            }
            if g.creatorNameIndex >= 0 && g.parentGoid != 0 {
                s += "created by \(sched.funcNames[Int(g.creatorNameIndex)])\n"
            }
        }
        return s
    }
}

extension GoroutineExecutor {
    /// Frames of g, innermost first (default: just `location`).
    public func traceback(g: GID) -> [SourceLocation] {
        if let l = location(g: g) { return [l] }
        return []
    }
}
