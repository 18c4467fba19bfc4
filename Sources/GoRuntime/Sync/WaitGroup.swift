// sync/waitgroup.go (Go 1.20+ layout: state = counter << 32 | waiters).

extension Runtime {
    /// `sync.WaitGroup.Add(delta)` (`Done` is `Add(-1)`): panics "sync:
    /// negative WaitGroup counter"; when the counter reaches 0 with waiters,
    /// resets the state and `runtime_Semrelease(&wg.sema, false, 0)` once per
    /// waiter (each readied into this P's runnext, so the last one runs next).
    public func waitGroupAdd(_ addr: UInt64, _ delta: Int64) -> SyncStep {
        let o = sync.object(addr, .waitGroup)
        let gp = chanCurG
        let state = sync.objects[o].wgState &+ UInt64(bitPattern: delta << 32)
        sync.objects[o].wgState = state
        let v = Int32(truncatingIfNeeded: Int64(bitPattern: state) >> 32)
        let w = UInt32(truncatingIfNeeded: state)
        syncEmit(.wgAdd(addr: addr, g: chanGoid(gp), delta: delta, counter: Int64(v)))
        if v < 0 { return .panic("sync: negative WaitGroup counter") }
        if w != 0 && delta > 0 && Int64(v) == delta {
            return .panic("sync: WaitGroup misuse: Add called concurrently with Wait")
        }
        if v > 0 || w == 0 { return .done }
        // This goroutine has set counter to 0 when waiters > 0. Reset waiters
        // count to 0 and wake all waiters.
        sync.objects[o].wgState = 0
        syncEmit(.wgWake(addr: addr, g: chanGoid(gp), waiters: Int(w)))
        let sema = SyncState.semaAddr(addr, SemaField.wgSema)
        for _ in 0..<w { _ = semrelease(sema, handoff: false) }
        return .done
    }

    /// `sync.WaitGroup.Wait`: returns at once if the counter is 0, else adds
    /// a waiter and `runtime_Semacquire(&wg.sema)` ("semacquire"). Call again
    /// after `.parked`; a reused WaitGroup panics "sync: WaitGroup is reused
    /// before previous Wait has returned".
    public func waitGroupWait(_ addr: UInt64) -> SyncStep {
        let o = sync.object(addr, .waitGroup)
        let gp = chanCurG
        chans.ensureG(gp)
        let sema = SyncState.semaAddr(addr, SemaField.wgSema)
        if chans.gwait[gp.index].op == .sema(sema) {
            let st = semacquire(sema, lifo: false, reason: .semacquire)
            if st == .parked { return .parked }
            if sync.objects[o].wgState != 0 {
                return .panic("sync: WaitGroup is reused before previous Wait has returned")
            }
            return .done
        }
        let state = sync.objects[o].wgState
        let v = Int32(truncatingIfNeeded: Int64(bitPattern: state) >> 32)
        if v == 0 {
            // Counter is 0, no need to wait.
            syncEmit(.wgWait(addr: addr, g: chanGoid(gp), blocked: false))
            return .done
        }
        // Increment waiters count.
        sync.objects[o].wgState = state &+ 1
        syncEmit(.wgWait(addr: addr, g: chanGoid(gp), blocked: true))
        let st = semacquire(sema, lifo: false, reason: .semacquire)
        if st == .parked { return .parked }
        if sync.objects[o].wgState != 0 {
            return .panic("sync: WaitGroup is reused before previous Wait has returned")
        }
        return .done
    }

    /// `wg.state1` as the program's memory holds it (counter<<32 | waiters).
    public func waitGroupState(_ addr: UInt64) -> UInt64 {
        guard let o = sync.objectIndex[addr] else { return 0 }
        return sync.objects[o].wgState
    }

    /// Load `wg.state1` from the program's memory before an operation: a
    /// WaitGroup copied by value (or a fresh one at a reused address) brings
    /// its own counter, as Go's in-memory state does.
    public func setWaitGroupState(_ addr: UInt64, _ state: UInt64) {
        if sync.objectIndex[addr] == nil && state == 0 { return }
        let o = sync.object(addr, .waitGroup)
        sync.objects[o].wgState = state
    }

    /// The WaitGroup's counter (for tests and the UI).
    public func waitGroupCounter(_ addr: UInt64) -> Int64 {
        guard let o = sync.objectIndex[addr] else { return 0 }
        return Int64(Int32(truncatingIfNeeded: Int64(bitPattern: sync.objects[o].wgState) >> 32))
    }
}
