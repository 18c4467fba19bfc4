// sync/mutex.go: Lock (fast path + lockSlow with spinning, starvation mode
// and hand-off) and Unlock (+ unlockSlow), over the runtime semaphore.

extension Runtime {
    /// `sync.Mutex.Lock` on the mutex at `addr` for the running G. Call
    /// again after `.parked` (when the G runs) or `.spin(ns)` (after spending
    /// ns) until `.done`. Every CAS succeeds (each call is atomic here), so
    /// the CAS-retry branches never run.
    public func mutexLock(_ addr: UInt64) -> SyncStep {
        let o = sync.object(addr, .mutex)
        return lockMutex(o, sema: SyncState.semaAddr(addr, SemaField.mutexSema), reason: .syncMutexLock)
    }

    /// `m.state` as the program's memory holds it.
    public func mutexState(_ addr: UInt64) -> Int32 {
        guard let o = sync.objectIndex[addr] else { return 0 }
        return sync.objects[o].state
    }

    /// Load `m.state` from the program's memory before an operation (a Mutex
    /// copied by value brings its lock bits, as in Go).
    public func setMutexState(_ addr: UInt64, _ state: Int32) {
        if sync.objectIndex[addr] == nil && state == 0 { return }
        let o = sync.object(addr, .mutex)
        sync.objects[o].state = state
    }

    /// `sync.Mutex.TryLock` (Go 1.18+).
    public func mutexTryLock(_ addr: UInt64) -> Bool {
        let o = sync.object(addr, .mutex)
        let old = sync.objects[o].state
        if old & (mutexLocked | mutexStarving) != 0 { return false }
        sync.objects[o].state = old | mutexLocked
        syncEmit(.mutexLock(addr: addr, g: chanGoid(chanCurG), how: .fast))
        return true
    }

    /// `sync.Mutex.Unlock`; `.fatal("sync: unlock of unlocked mutex")`,
    /// `.yield` after a starvation-mode hand-off.
    public func mutexUnlock(_ addr: UInt64) -> SyncStep {
        let o = sync.object(addr, .mutex)
        return unlockMutex(o, sema: SyncState.semaAddr(addr, SemaField.mutexSema))
    }

    /// The Lock algorithm on object `o`'s state word (shared by Mutex,
    /// RWMutex.w and Once.m), semaphore `sema`.
    func lockMutex(_ o: Int, sema: UInt64, reason: WaitReason) -> SyncStep {
        let gp = chanCurG
        chans.ensureG(gp)
        let gi = gp.index
        let addr = sync.objects[o].addr
        var ls = chans.gwait[gi].lockSlow
        if !ls.active {
            // Fast path: grab unlocked mutex.
            if sync.objects[o].state == 0 {
                sync.objects[o].state = mutexLocked
                syncEmit(.mutexLock(addr: addr, g: chanGoid(gp), how: .fast))
                return .done
            }
            ls = LockSlowState()
            ls.active = true
        } else if chans.gwait[gi].op == .sema(sema) {
            // Inside runtime_SemacquireMutex: woken; finish the acquire.
            let st = semacquire(sema, lifo: true, reason: reason)
            if st == .parked { return .parked }
            if let r = afterSemacquire(o, &ls, gp) {
                chans.gwait[gi].lockSlow = ls
                return r
            }
        }
        while true {
            let old = sync.objects[o].state
            // Don't spin in starvation mode, ownership is handed off to waiters
            // so we won't be able to acquire the mutex anyway.
            if old & (mutexLocked | mutexStarving) == mutexLocked && canSpin(ls.iter) {
                // Active spinning makes sense. Try to set mutexWoken flag to
                // inform Unlock to not wake other blocked goroutines.
                if !ls.awoke && old & mutexWoken == 0 && old >> mutexWaiterShift != 0 {
                    sync.objects[o].state = old | mutexWoken
                    ls.awoke = true
                }
                syncEmit(.mutexSpin(addr: addr, g: chanGoid(gp), iter: ls.iter))
                ls.iter += 1
                chans.gwait[gi].lockSlow = ls
                return .spin(procyieldNs)
            }
            var new = old
            // Don't try to acquire starving mutex, new arriving goroutines must queue.
            if old & mutexStarving == 0 { new |= mutexLocked }
            if old & (mutexLocked | mutexStarving) != 0 { new += 1 << mutexWaiterShift }
            // The current goroutine switches mutex to starvation mode.
            if ls.starving && old & mutexLocked != 0 { new |= mutexStarving }
            if ls.awoke {
                // The goroutine has been woken from sleep, so we need to reset the flag.
                if new & mutexWoken == 0 {
                    chans.gwait[gi].lockSlow = LockSlowState()
                    return .fatal("sync: inconsistent mutex state")
                }
                new &= ~mutexWoken
            }
            sync.objects[o].state = new   // CompareAndSwap(old, new) succeeds
            if new & mutexStarving != 0 && old & mutexStarving == 0 {
                sync.objects[o].starvingSince = chanNow
                syncEmit(.mutexStarving(addr: addr, g: chanGoid(gp)))
            }
            if old & (mutexLocked | mutexStarving) == 0 {
                chans.gwait[gi].lockSlow = LockSlowState()
                syncEmit(.mutexLock(addr: addr, g: chanGoid(gp), how: .slow))
                return .done   // locked the mutex with CAS
            }
            // If we were already waiting before, queue at the front of the queue.
            let queueLifo = ls.waitStartTime != 0
            if ls.waitStartTime == 0 { ls.waitStartTime = chanNow }
            chans.gwait[gi].lockSlow = ls
            syncEmit(.mutexBlock(addr: addr, g: chanGoid(gp)))
            let st = semacquire(sema, lifo: queueLifo, reason: reason)
            if st == .parked { return .parked }
            if let r = afterSemacquire(o, &ls, gp) {
                chans.gwait[gi].lockSlow = ls
                return r
            }
        }
    }

    /// The code after `runtime_SemacquireMutex` in lockSlow. Returns `.done`
    /// when the lock was handed over (starvation mode), nil to loop again.
    private func afterSemacquire(_ o: Int, _ ls: inout LockSlowState, _ gp: GID) -> SyncStep? {
        let addr = sync.objects[o].addr
        ls.starving = ls.starving || chanNow - ls.waitStartTime > starvationThresholdNs
        let old = sync.objects[o].state
        if old & mutexStarving != 0 {
            // Ownership was handed off to us, but the mutex is in a somewhat
            // inconsistent state: mutexLocked is not set and we are still
            // accounted as a waiter. Fix that.
            if old & (mutexLocked | mutexWoken) != 0 || old >> mutexWaiterShift == 0 {
                ls = LockSlowState()
                return .fatal("sync: inconsistent mutex state")
            }
            var delta = mutexLocked - 1 << mutexWaiterShift
            let leave = !ls.starving || old >> mutexWaiterShift == 1
            if leave {
                // Exit starvation mode. Critical to do it here and consider
                // wait time: starvation mode is so inefficient that two
                // goroutines can go lock-step infinitely once they switch it.
                delta -= mutexStarving
            }
            sync.objects[o].state = old &+ delta
            syncEmit(.mutexLock(addr: addr, g: chanGoid(gp), how: .handoff))
            if leave {
                sync.objects[o].starvingSince = -1
                syncEmit(.mutexNormal(addr: addr, g: chanGoid(gp)))
            }
            ls = LockSlowState()
            return .done
        }
        ls.awoke = true
        ls.iter = 0
        return nil
    }

    /// Unlock on object `o`'s state word.
    func unlockMutex(_ o: Int, sema: UInt64) -> SyncStep {
        let gp = chanCurG
        let addr = sync.objects[o].addr
        // Fast path: drop lock bit.
        let new = sync.objects[o].state &- mutexLocked
        sync.objects[o].state = new
        if new == 0 {
            syncEmit(.mutexUnlock(addr: addr, g: chanGoid(gp)))
            return .done
        }
        // unlockSlow
        if (new &+ mutexLocked) & mutexLocked == 0 {
            return .fatal("sync: unlock of unlocked mutex")
        }
        syncEmit(.mutexUnlock(addr: addr, g: chanGoid(gp)))
        if new & mutexStarving == 0 {
            let old = new
            // If there are no waiters or a goroutine has already been woken
            // or grabbed the lock, no need to wake anyone.
            if old >> mutexWaiterShift == 0 || old & (mutexLocked | mutexWoken | mutexStarving) != 0 {
                return .done
            }
            // Grab the right to wake someone.
            sync.objects[o].state = (old - 1 << mutexWaiterShift) | mutexWoken
            return semrelease(sema, handoff: false) ? .yield : .done
        }
        // Starving mode: handoff mutex ownership to the next waiter, and yield
        // our time slice so that the next waiter can start to run immediately.
        return semrelease(sema, handoff: true) ? .yield : .done
    }

    /// `proc.go:sync_runtime_canSpin` — spin only `active_spin` (4) times,
    /// on a multicore machine, when GOMAXPROCS > 1 and at least one other P
    /// is running (`gomaxprocs > npidle + nmspinning + 1`) and the local run
    /// queue is empty.
    func canSpin(_ i: Int) -> Bool {
        if i >= activeSpin || chanNCPU <= 1
            || sched.gomaxprocs <= sched.npidle + sched.nmspinning + 1 {
            return false
        }
        let p = chanCurP
        if p.isNone || !sched.allp[p.index].runqEmpty { return false }
        return true
    }
}
