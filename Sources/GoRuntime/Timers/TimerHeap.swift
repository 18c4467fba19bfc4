// Per-P timer heaps (time.go 1.19: addtimer, doaddtimer, deltimer, modtimer,
// siftupTimer, siftdownTimer, checkTimers, runtimer). A 4-ary min-heap of
// timer ids per P ordered by (when, creation order).

extension Runtime {
    @inline(__always)
    private func timerLess(_ a: TimerID, _ b: TimerID) -> Bool {
        let ta = sched.timers[a.index], tb = sched.timers[b.index]
        return ta.when < tb.when || (ta.when == tb.when && ta.seq < tb.seq)
    }

    /// time.go:siftupTimer.
    private func siftupTimer(_ pp: PID, _ i0: Int) {
        var i = i0
        let t = sched.allp[pp.index].timers[i]
        while i > 0 {
            let parent = (i - 1) / 4
            let pt = sched.allp[pp.index].timers[parent]
            if !timerLess(t, pt) { break }
            sched.allp[pp.index].timers[i] = pt
            sched.timers[pt.index].heapIndex = Int32(i)
            i = parent
        }
        sched.allp[pp.index].timers[i] = t
        sched.timers[t.index].heapIndex = Int32(i)
    }

    /// time.go:siftdownTimer.
    private func siftdownTimer(_ pp: PID, _ i0: Int) {
        var i = i0
        let n = sched.allp[pp.index].timers.count
        let t = sched.allp[pp.index].timers[i]
        while true {
            let c = i * 4 + 1
            if c >= n { break }
            var best = c
            var j = c + 1
            while j < min(c + 4, n) {
                if timerLess(sched.allp[pp.index].timers[j], sched.allp[pp.index].timers[best]) { best = j }
                j += 1
            }
            let bt = sched.allp[pp.index].timers[best]
            if !timerLess(bt, t) { break }
            sched.allp[pp.index].timers[i] = bt
            sched.timers[bt.index].heapIndex = Int32(i)
            i = best
        }
        sched.allp[pp.index].timers[i] = t
        sched.timers[t.index].heapIndex = Int32(i)
    }

    /// Allocate a timer (not yet armed).
    public func newTimer(_ f: TimerFunc) -> TimerID {
        var t = Timer()
        t.f = f
        t.inUse = true
        if let id = sched.freeTimers.popLast() {
            sched.timers[id.index] = t
            return id
        }
        sched.timers.append(t)
        return TimerID(Int32(sched.timers.count - 1))
    }

    /// Release a timer (stopping it first).
    public func freeTimer(_ id: TimerID) {
        _ = deltimer(id)
        sched.timers[id.index].inUse = false
        sched.freeTimers.append(id)
    }

    /// time.go:doaddtimer — put t in pp's heap.
    private func doaddtimer(_ pp: PID, _ id: TimerID) {
        sched.timerSeq &+= 1
        sched.timers[id.index].seq = sched.timerSeq
        sched.timers[id.index].pp = pp
        sched.allp[pp.index].timers.append(id)
        siftupTimer(pp, sched.allp[pp.index].timers.count - 1)
    }

    /// time.go:addtimer/modtimer — arm (or re-arm) timer `id` to fire at
    /// `when` (then every `period` ns if > 0) on the current P's heap; then
    /// `wakeNetPoller(when)` so an M will be awake for it.
    public func addtimer(_ id: TimerID, when: Int64, period: Int64 = 0) {
        _ = deltimer(id)
        var pp = currentP
        if pp.isNone { pp = PID(0) }
        sched.timers[id.index].when = max(when, 0)
        sched.timers[id.index].period = period
        doaddtimer(pp, id)
        emit(.timerAdd(timer: id, p: pp, when: sched.timers[id.index].when))
        wakeNetPoller(sched.timers[id.index].when)
    }

    /// time.go:deltimer — stop the timer; true if it was armed (had not fired).
    @discardableResult
    public func deltimer(_ id: TimerID) -> Bool {
        let pp = sched.timers[id.index].pp
        if pp.isNone { return false }
        let i = Int(sched.timers[id.index].heapIndex)
        let last = sched.allp[pp.index].timers.count - 1
        if i != last {
            let moved = sched.allp[pp.index].timers[last]
            sched.allp[pp.index].timers[i] = moved
            sched.timers[moved.index].heapIndex = Int32(i)
            sched.allp[pp.index].timers.removeLast()
            siftupTimer(pp, i)
            if sched.timers[moved.index].heapIndex == Int32(i) { siftdownTimer(pp, i) }
        } else {
            sched.allp[pp.index].timers.removeLast()
        }
        sched.timers[id.index].pp = .none
        sched.timers[id.index].heapIndex = -1
        return true
    }

    /// time.go:checkTimers — run pp's expired timers on the current M (their
    /// `goready`s go to the current P's runnext). Returns (when the next one
    /// is due or 0, whether any ran).
    @discardableResult
    func checkTimers(_ pp: PID) -> (Int64, Bool) {
        var ran = false
        while let top = sched.allp[pp.index].timers.first {
            let t = now
            let when = sched.timers[top.index].when
            if when > t { return (when, ran) }
            runtimer(pp, top, now: t)
            ran = true
            if sched.exitCode != nil { break }
        }
        return (0, ran)
    }

    /// time.go:runOneTimer — fire one timer: re-arm a ticker (`when +=
    /// period * (1 + missed)`), else remove it; then run its function.
    private func runtimer(_ pp: PID, _ id: TimerID, now t: Int64) {
        let period = sched.timers[id.index].period
        if period > 0 {
            let when = sched.timers[id.index].when
            sched.timers[id.index].when = when + period * (1 + (t - when) / period)
            siftdownTimer(pp, 0)
        } else {
            _ = deltimer(id)
        }
        sched.timers[id.index].fired += 1
        let f = sched.timers[id.index].f
        emit(.timerFire(timer: id, p: pp, f: f))
        charge(config.cost.timerRun)
        switch f {
        case let .goroutineReady(gp):
            // time.go:goroutineReady
            if sched.allgs[gp.index].status == .waiting { goready(gp) }
        case .sendTime, .custom:
            hooks.timerFired?(self, id, f)
        }
    }

    /// The earliest timer over all Ps (0 if none) — `timeSleepUntil` / checkTimersNoP.
    func earliestTimer() -> Int64 {
        var best: Int64 = 0
        for i in 0..<sched.allp.count {
            if let top = sched.allp[i].timers.first {
                let w = sched.timers[top.index].when
                if best == 0 || w < best { best = w }
            }
        }
        return best
    }

    /// Whether any P has a timer (checkdead's "not a deadlock" test).
    public var anyTimers: Bool {
        for p in sched.allp where !p.timers.isEmpty { return true }
        return false
    }

    /// time.go:timeSleep — `time.Sleep(ns)` from the running G: park
    /// "sleep" on its cached timer, armed after the park (`resetForSleep`).
    /// Returns false (no park) for ns <= 0; else the executor must return `.parked`.
    public func sleep(ns: Int64) -> Bool {
        if ns <= 0 { return false }
        let gp = currentG
        var t = sched.allgs[gp.index].timer
        if t.isNone {
            t = newTimer(.goroutineReady(gp))
            sched.allgs[gp.index].timer = t
        }
        sched.timers[t.index].f = .goroutineReady(gp)
        var when = now &+ ns
        if when < 0 { when = Int64.max }  // maxWhen
        sched.allgs[gp.index].sleepWhen = when
        gopark(reason: .sleep, on: .timer(t))
        return true
    }

    /// time.go:resetForSleep — arm the sleeping G's timer after it parked.
    func resetForSleep(_ gp: GID, _ t: TimerID) {
        addtimer(t, when: sched.allgs[gp.index].sleepWhen)
    }
}
