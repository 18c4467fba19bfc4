// Snapshots of channels and sync objects for the Channels pane.

extension Value {
    /// A compact printable form for the UI (the VM prints Go-typed values;
    /// here the static type is unknown, so ints print signed and references
    /// by object).
    public var snapshotText: String {
        switch self {
        case .int(let v): return String(v)
        case .float(let d): return String(d)
        case .bool(let b): return b ? "true" : "false"
        case .string(let s): return "\"" + s.description + "\""
        case .nil: return "nil"
        case .chan(let c): return "ch#\(c)"
        case .iface(_, let v): return v.snapshotText
        case .agg(let vs): return "{" + vs.map(\.snapshotText).joined(separator: " ") + "}"
        default: return "&obj"
        }
    }
}

extension Runtime {
    /// Every channel: element type, cap, buffer in ring order, indexes,
    /// waiting Gs (goids, head first), closed, line.
    public func chanSnapshot() -> [ChanSnapshot] {
        var out: [ChanSnapshot] = []
        out.reserveCapacity(chans.chans.count)
        for h in chans.chans {
            var buffer: [String] = []
            var slots = [String](repeating: "", count: h.dataqsiz)
            var i = h.recvx
            for _ in 0..<h.qcount {
                let t = h.buf[i].snapshotText
                buffer.append(t)
                slots[i] = t
                i += 1
                if i == h.dataqsiz { i = 0 }
            }
            out.append(ChanSnapshot(
                id: h.id, elemType: h.elemtype, cap: h.dataqsiz, qcount: h.qcount,
                buffer: buffer, slots: slots, sendx: h.sendx, recvx: h.recvx,
                sendq: h.sendq.gs(chans.sudogs).map(chanGoid),
                recvq: h.recvq.gs(chans.sudogs).map(chanGoid),
                closed: h.closed, line: h.line, isTimer: h.timer >= 0))
        }
        return out
    }

    /// Every mutex / RWMutex / WaitGroup / Once (creation order), then every
    /// runtime semaphore address with waiters that belongs to no object.
    public func syncSnapshot() -> [SyncSnapshot] {
        var out: [SyncSnapshot] = []
        var owned: Set<UInt64> = []
        for o in sync.objects {
            let a = o.addr
            switch o.kind {
            case .mutex, .once:
                let sem = SyncState.semaAddr(a, o.kind == .mutex ? SemaField.mutexSema : SemaField.onceMSema)
                owned.insert(sem)
                var st = mutexStateText(o.state)
                if o.kind == .once { st = (o.done ? "done" : "not done") + "; m: " + st }
                out.append(SyncSnapshot(addr: a, kind: o.kind, state: st,
                                        word: UInt64(UInt32(bitPattern: o.state)),
                                        waiters: semaWaiters(sem)))
            case .rwmutex:
                let ws = SyncState.semaAddr(a, SemaField.mutexSema)
                let wr = SyncState.semaAddr(a, SemaField.rwWriterSem)
                let rd = SyncState.semaAddr(a, SemaField.rwReaderSem)
                owned.insert(ws); owned.insert(wr); owned.insert(rd)
                let rc = o.readerCount
                let readers = rc < 0 ? rc + rwmutexMaxReaders : rc
                let st = "readers \(readers)\(rc < 0 ? ", writer pending" : ""), readerWait \(o.readerWait); w: "
                    + mutexStateText(o.state)
                out.append(SyncSnapshot(addr: a, kind: .rwmutex, state: st,
                                        word: UInt64(UInt32(bitPattern: o.state)),
                                        waiters: semaWaiters(wr) + semaWaiters(ws) + semaWaiters(rd)))
            case .waitGroup:
                let sem = SyncState.semaAddr(a, SemaField.wgSema)
                owned.insert(sem)
                let v = Int32(truncatingIfNeeded: Int64(bitPattern: o.wgState) >> 32)
                let w = UInt32(truncatingIfNeeded: o.wgState)
                out.append(SyncSnapshot(addr: a, kind: .waitGroup, state: "counter \(v), \(w) waiter(s)",
                                        word: o.wgState, waiters: semaWaiters(sem)))
            case .sema:
                break
            }
        }
        for root in sync.semtable {
            for (k, a) in root.addrs.enumerated() where !owned.contains(a) {
                out.append(SyncSnapshot(addr: a, kind: .sema, state: "count \(sync.semaValue[a] ?? 0)",
                                        word: UInt64(sync.semaValue[a] ?? 0),
                                        waiters: root.queues[k].gs(chans.sudogs).map(chanGoid)))
            }
        }
        return out
    }

    func semaWaiters(_ addr: UInt64) -> [Goid] {
        sync.semtable[SyncState.rootIndex(addr)].waiters(addr, chans.sudogs).map(chanGoid)
    }

    func mutexStateText(_ s: Int32) -> String {
        var parts: [String] = []
        parts.append(s & mutexLocked != 0 ? "locked" : "unlocked")
        if s & mutexWoken != 0 { parts.append("woken") }
        if s & mutexStarving != 0 { parts.append("starving") }
        let w = s >> mutexWaiterShift
        if w != 0 { parts.append("\(w) waiter(s)") }
        return parts.joined(separator: ", ")
    }
}
