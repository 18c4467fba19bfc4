// sema.go: runtime semaphores keyed by address (semacquire1 / semrelease1).

/// What a sync operation tells the interpreter to do next.
public enum SyncStep: Sendable, Hashable {
    /// The operation finished; continue with the next instruction.
    case done
    /// The G parked; when it runs again, call the same operation again with
    /// the same arguments (the runtime continues where it stopped).
    case parked
    /// Active spinning (`runtime_doSpin` = procyield(30)): spend this many ns
    /// of simulated time on the CPU, then call the same operation again.
    case spin(Int64)
    /// Finished with a semaphore hand-off: `goyield()` — the current G goes
    /// to the tail of its P's local run queue and the woken G runs next.
    case yield
    /// A Go panic to raise in the G (recoverable), e.g. "sync: negative WaitGroup counter".
    case panic(String)
    /// A fatal error (`fatal`/`throw`: not recoverable, exit 2), e.g. "sync: unlock of unlocked mutex".
    case fatal(String)
    /// `Once.Do`: the caller must now run f, then call `onceDoFinish`.
    case runOnce
}

/// Simulated time of one `procyield(30)` (30 PAUSE instructions).
public let procyieldNs: Int64 = 30 * 10

extension SemaRoot {
    /// `sema.go:semaRoot.queue` — add `s` to the FIFO of `addr` (front if `lifo`).
    mutating func queue(_ addr: UInt64, _ s: SudogIndex, lifo: Bool, _ sudogs: inout [Sudog]) {
        sudogs[Int(s)].semaAddr = addr
        var i = 0
        while i < addrs.count && addrs[i] < addr { i += 1 }
        if i == addrs.count || addrs[i] != addr {
            addrs.insert(addr, at: i)
            queues.insert(WaitQ(), at: i)
        }
        if lifo, queues[i].first >= 0 {
            // Substitute s in t's place in the list: s goes to the front.
            let t = queues[i].first
            sudogs[Int(s)].prev = -1
            sudogs[Int(s)].next = t
            sudogs[Int(t)].prev = s
            queues[i].first = s
        } else {
            queues[i].enqueue(s, &sudogs)
        }
    }

    /// `sema.go:semaRoot.dequeue` — the first waiter on `addr`, or -1.
    mutating func dequeue(_ addr: UInt64, _ sudogs: inout [Sudog]) -> SudogIndex {
        guard let i = addrs.firstIndex(of: addr) else { return -1 }
        let s = queues[i].first
        let y = sudogs[Int(s)].next
        if y < 0 {
            addrs.remove(at: i)
            queues.remove(at: i)
        } else {
            sudogs[Int(y)].prev = -1
            queues[i].first = y
        }
        sudogs[Int(s)].next = -1
        sudogs[Int(s)].prev = -1
        return s
    }

    /// The Gs waiting on `addr`, in wake order.
    public func waiters(_ addr: UInt64, _ sudogs: [Sudog]) -> [GID] {
        guard let i = addrs.firstIndex(of: addr) else { return [] }
        return queues[i].gs(sudogs)
    }
}

extension Runtime {
    /// `sema.go:cansemacquire` — take one unit if the count is positive.
    @inline(__always)
    func cansemacquire(_ addr: UInt64) -> Bool {
        let v = sync.semaValue[addr] ?? 0
        if v == 0 { return false }
        sync.semaValue[addr] = v - 1
        return true
    }

    /// `sema.go:semacquire1(addr, lifo, …, reason)` for the running G.
    /// Returns `.done` once acquired, `.parked` after queueing (call again
    /// when the G runs: it leaves if it was handed the semaphore — `ticket`
    /// — or can take it now, else it queues again).
    /// Leaves out the per-root lock and block profiling.
    public func semacquire(_ addr: UInt64, lifo: Bool, reason: WaitReason) -> SyncStep {
        let gp = chanCurG
        chans.ensureG(gp)
        var s: SudogIndex
        if chans.gwait[gp.index].op == .sema(addr) {
            // Woken from goparkunlock.
            s = chans.gwait[gp.index].waiting
            if chans.sudogs[Int(s)].ticket != 0 || cansemacquire(addr) {
                chans.gwait[gp.index].op = .none
                chans.gwait[gp.index].waiting = -1
                chans.releaseSudog(s)
                return .done
            }
        } else {
            // Easy case.
            if cansemacquire(addr) { return .done }
            s = chans.acquireSudog(g: gp)
            chans.sudogs[Int(s)].ticket = 0
        }
        let r = SyncState.rootIndex(addr)
        // Add ourselves to nwait to disable "easy case" in semrelease.
        sync.semtable[r].nwait += 1
        // Check cansemacquire to avoid missed wakeup.
        if cansemacquire(addr) {
            sync.semtable[r].nwait -= 1
            chans.gwait[gp.index].op = .none
            chans.gwait[gp.index].waiting = -1
            chans.releaseSudog(s)
            return .done
        }
        // Any semrelease after the cansemacquire knows we're waiting.
        sync.semtable[r].queue(addr, s, lifo: lifo, &chans.sudogs)
        chans.sudogs[Int(s)].acquiretime = chanNow
        chans.gwait[gp.index].op = .sema(addr)
        chans.gwait[gp.index].waiting = s
        syncEmit(.semBlock(addr: addr, g: chanGoid(gp), lifo: lifo))
        chanPark(reason, .sema(addr))
        return .parked
    }

    /// `sema.go:semrelease1(addr, handoff)`. Returns true when the caller
    /// must `goyield()` (the semaphore was handed straight to the waiter).
    public func semrelease(_ addr: UInt64, handoff: Bool) -> Bool {
        let r = SyncState.rootIndex(addr)
        sync.semaValue[addr, default: 0] &+= 1
        // Easy case: no waiters?
        if sync.semtable[r].nwait == 0 { return false }
        // Harder case: search for a waiter and wake it.
        let s = sync.semtable[r].dequeue(addr, &chans.sudogs)
        if s < 0 { return false }
        sync.semtable[r].nwait -= 1
        if handoff && cansemacquire(addr) { chans.sudogs[Int(s)].ticket = 1 }
        let g = chans.sudogs[Int(s)].g
        chans.sudogs[Int(s)].releasetime = chanNow
        let handed = chans.sudogs[Int(s)].ticket == 1
        syncEmit(.semWake(addr: addr, by: chanGoid(chanCurG), woken: chanGoid(g), handoff: handed))
        chanReady(g)   // readyWithTime → goready: into this P's runnext
        // Direct G handoff: yield so the waiter runs at once on our time slice
        // (`goyield`: the executor's `.yielded` stop goes to goyield_m, the
        // current G to the tail of this P's local queue — see handleStop).
        if handed { sched.goyieldG = chanCurG }
        return handed
    }

    /// `sync.runtime_Semacquire` / `runtime_SemacquireMutex` as a step.
    public func semacquireStep(_ addr: UInt64, lifo: Bool = false, reason: WaitReason = .semacquire) -> SyncStep {
        semacquire(addr, lifo: lifo, reason: reason)
    }

    /// `sync.runtime_Semrelease` as a step (`.yield` after a hand-off).
    public func semreleaseStep(_ addr: UInt64, handoff: Bool = false) -> SyncStep {
        semrelease(addr, handoff: handoff) ? .yield : .done
    }
}
