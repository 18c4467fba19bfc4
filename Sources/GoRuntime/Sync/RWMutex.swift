// sync/rwmutex.go: RLock/RUnlock/Lock/Unlock over readerCount/readerWait,
// the writer mutex `w` and the readerSem/writerSem semaphores.

extension Runtime {
    /// `sync.RWMutex.RLock`: blocks ("sync.RWMutex.RLock") while a writer
    /// is pending. Call again after `.parked`.
    public func rwmutexRLock(_ addr: UInt64) -> SyncStep {
        let o = sync.object(addr, .rwmutex)
        let gp = chanCurG
        chans.ensureG(gp)
        let sem = SyncState.semaAddr(addr, SemaField.rwReaderSem)
        if chans.gwait[gp.index].op == .sema(sem) {
            let st = semacquire(sem, lifo: false, reason: .syncRWMutexRLock)
            if st == .done { syncEmit(.rwRLock(addr: addr, g: chanGoid(gp), blocked: false)) }
            return st
        }
        sync.objects[o].readerCount &+= 1
        if sync.objects[o].readerCount < 0 {
            // A writer is pending, wait for it.
            syncEmit(.rwRLock(addr: addr, g: chanGoid(gp), blocked: true))
            let st = semacquire(sem, lifo: false, reason: .syncRWMutexRLock)
            if st == .done { syncEmit(.rwRLock(addr: addr, g: chanGoid(gp), blocked: false)) }
            return st
        }
        syncEmit(.rwRLock(addr: addr, g: chanGoid(gp), blocked: false))
        return .done
    }

    /// `sync.RWMutex.RUnlock` (+ rUnlockSlow): the last reader before a
    /// pending writer releases writerSem.
    public func rwmutexRUnlock(_ addr: UInt64) -> SyncStep {
        let o = sync.object(addr, .rwmutex)
        let gp = chanCurG
        sync.objects[o].readerCount &-= 1
        let r = sync.objects[o].readerCount
        syncEmit(.rwRUnlock(addr: addr, g: chanGoid(gp)))
        if r < 0 {
            if r &+ 1 == 0 || r &+ 1 == -rwmutexMaxReaders {
                return .fatal("sync: RUnlock of unlocked RWMutex")
            }
            // A writer is pending.
            sync.objects[o].readerWait -= 1
            if sync.objects[o].readerWait == 0 {
                // The last reader unblocks the writer.
                return semrelease(SyncState.semaAddr(addr, SemaField.rwWriterSem), handoff: false) ? .yield : .done
            }
        }
        return .done
    }

    /// `sync.RWMutex.Lock`: `w.Lock()` ("sync.Mutex.Lock"), announce the
    /// writer (readerCount -= rwmutexMaxReaders), wait for active readers
    /// ("sync.RWMutex.Lock"). Call again after `.parked` / `.spin`.
    public func rwmutexLock(_ addr: UInt64) -> SyncStep {
        let o = sync.object(addr, .rwmutex)
        let gp = chanCurG
        chans.ensureG(gp)
        let gi = gp.index
        let wsem = SyncState.semaAddr(addr, SemaField.rwWriterSem)
        if chans.gwait[gi].syncStep == 2 {
            let st = semacquire(wsem, lifo: false, reason: .syncRWMutexLock)
            if st == .parked { return .parked }
            chans.gwait[gi].syncStep = 0
            syncEmit(.rwLock(addr: addr, g: chanGoid(gp)))
            return .done
        }
        // First, resolve competition with other writers.
        chans.gwait[gi].syncStep = 1
        let st = lockMutex(o, sema: SyncState.semaAddr(addr, SemaField.mutexSema), reason: .syncMutexLock)
        if st != .done {
            if case .fatal = st { chans.gwait[gi].syncStep = 0 }
            return st
        }
        // Announce to readers there is a pending writer.
        sync.objects[o].readerCount &-= rwmutexMaxReaders
        let r = sync.objects[o].readerCount &+ rwmutexMaxReaders
        // Wait for active readers.
        if r != 0 {
            sync.objects[o].readerWait &+= r
            if sync.objects[o].readerWait != 0 {
                chans.gwait[gi].syncStep = 2
                let st2 = semacquire(wsem, lifo: false, reason: .syncRWMutexLock)
                if st2 == .parked { return .parked }
            }
        }
        chans.gwait[gi].syncStep = 0
        syncEmit(.rwLock(addr: addr, g: chanGoid(gp)))
        return .done
    }

    /// `sync.RWMutex.Unlock`: readerCount += rwmutexMaxReaders, release every
    /// blocked reader, then `w.Unlock()`.
    public func rwmutexUnlock(_ addr: UInt64) -> SyncStep {
        let o = sync.object(addr, .rwmutex)
        let gp = chanCurG
        // Announce to readers there is no active writer.
        sync.objects[o].readerCount &+= rwmutexMaxReaders
        let r = sync.objects[o].readerCount
        if r >= rwmutexMaxReaders {
            return .fatal("sync: Unlock of unlocked RWMutex")
        }
        syncEmit(.rwUnlock(addr: addr, g: chanGoid(gp), readersWoken: Int(r)))
        // Unblock blocked readers, if any.
        let rsem = SyncState.semaAddr(addr, SemaField.rwReaderSem)
        for _ in 0..<Int(r) { _ = semrelease(rsem, handoff: false) }
        // Allow other writers to proceed.
        return unlockMutex(o, sema: SyncState.semaAddr(addr, SemaField.mutexSema))
    }

    /// `sync.RWMutex.TryRLock` (Go 1.18+): fails if a writer holds or waits.
    public func rwmutexTryRLock(_ addr: UInt64) -> Bool {
        let o = sync.object(addr, .rwmutex)
        if sync.objects[o].readerCount < 0 { return false }
        sync.objects[o].readerCount &+= 1
        syncEmit(.rwRLock(addr: addr, g: chanGoid(chanCurG), blocked: false))
        return true
    }

    /// `sync.RWMutex.TryLock` (Go 1.18+): `w.TryLock()`, then claim the
    /// lock only if there are no readers (else `w.Unlock()` and fail).
    public func rwmutexTryLock(_ addr: UInt64) -> Bool {
        let o = sync.object(addr, .rwmutex)
        let old = sync.objects[o].state
        if old & (mutexLocked | mutexStarving) != 0 { return false }
        if sync.objects[o].readerCount != 0 { return false }   // w.TryLock + failed CAS + w.Unlock
        sync.objects[o].state = old | mutexLocked
        sync.objects[o].readerCount = -rwmutexMaxReaders
        syncEmit(.rwLock(addr: addr, g: chanGoid(chanCurG)))
        return true
    }
}
