// sync/once.go: Do = fast path on `done`, else doSlow under the mutex `m`.

extension Runtime {
    /// `sync.Once.Do` up to calling f: `.done` when f already ran; `.runOnce`
    /// when the caller must run f now (holding `o.m`) and then call
    /// `onceDoFinish` (also if f panics: doSlow's defers); `.parked` /
    /// `.spin` while waiting for `o.m` (call again).
    public func onceDo(_ addr: UInt64) -> SyncStep {
        let o = sync.object(addr, .once)
        let gp = chanCurG
        chans.ensureG(gp)
        if chans.gwait[gp.index].lockSlow.active == false && sync.objects[o].done {
            syncEmit(.onceDo(addr: addr, g: chanGoid(gp), ran: false))
            return .done
        }
        // doSlow: o.m.Lock()
        let st = lockMutex(o, sema: SyncState.semaAddr(addr, SemaField.onceMSema), reason: .syncMutexLock)
        if st != .done { return st }
        if sync.objects[o].done {
            syncEmit(.onceDo(addr: addr, g: chanGoid(gp), ran: false))
            return unlockMutex(o, sema: SyncState.semaAddr(addr, SemaField.onceMSema))
        }
        syncEmit(.onceDo(addr: addr, g: chanGoid(gp), ran: true))
        return .runOnce
    }

    /// doSlow's deferred `o.done.Store(1)` and `o.m.Unlock()`.
    public func onceDoFinish(_ addr: UInt64) -> SyncStep {
        let o = sync.object(addr, .once)
        sync.objects[o].done = true
        return unlockMutex(o, sema: SyncState.semaAddr(addr, SemaField.onceMSema))
    }
}
