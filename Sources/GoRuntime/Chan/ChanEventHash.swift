// FNV-1a of channel and sync events for `EventHasher` (no string building,
// so hashing stays cheap in the event-log hot path).

extension ChanEvent {
    public func fnv(into h: inout EventHasher) {
        switch self {
        case let .make(c, elem, cap, line, g):
            h.byte(0); h.i32(Int32(bitPattern: c.raw)); h.string(elem); h.int(Int64(cap)); h.int(Int64(line)); h.int(g)
        case let .handoff(c, from, to): h.byte(1); h.i32(Int32(bitPattern: c.raw)); h.int(from); h.int(to)
        case let .bufPut(c, g, i): h.byte(2); h.i32(Int32(bitPattern: c.raw)); h.int(g); h.int(Int64(i))
        case let .bufGet(c, g, i): h.byte(3); h.i32(Int32(bitPattern: c.raw)); h.int(g); h.int(Int64(i))
        case let .bufRotate(c, g, s, i):
            h.byte(4); h.i32(Int32(bitPattern: c.raw)); h.int(g); h.int(s); h.int(Int64(i))
        case let .block(c, g, send): h.byte(5); h.i32(Int32(bitPattern: c.raw)); h.int(g); h.byte(send ? 1 : 0)
        case let .unblock(c, g, by): h.byte(6); h.i32(Int32(bitPattern: c.raw)); h.int(g); h.int(by)
        case let .recvClosed(c, g): h.byte(7); h.i32(Int32(bitPattern: c.raw)); h.int(g)
        case let .close(c, g, r, s):
            h.byte(8); h.i32(Int32(bitPattern: c.raw)); h.int(g); h.int(Int64(r)); h.int(Int64(s))
        case let .nilBlock(g, send): h.byte(9); h.int(g); h.byte(send ? 1 : 0)
        case let .selectChosen(g, i, c): h.byte(10); h.int(g); h.int(Int64(i)); h.i32(Int32(bitPattern: c.raw))
        case let .selectDefault(g): h.byte(11); h.int(g)
        case let .selectBlock(g, n): h.byte(12); h.int(g); h.int(Int64(n))
        case let .selectForever(g): h.byte(13); h.int(g)
        case let .timerSend(c, d): h.byte(14); h.i32(Int32(bitPattern: c.raw)); h.byte(d ? 1 : 0)
        }
    }
}

extension SyncEvent {
    public func fnv(into h: inout EventHasher) {
        switch self {
        case let .semBlock(a, g, lifo): h.byte(0); h.word(a); h.int(g); h.byte(lifo ? 1 : 0)
        case let .semWake(a, by, w, ho): h.byte(1); h.word(a); h.int(by); h.int(w); h.byte(ho ? 1 : 0)
        case let .mutexLock(a, g, how): h.byte(2); h.word(a); h.int(g); h.byte(how.rawValue)
        case let .mutexUnlock(a, g): h.byte(3); h.word(a); h.int(g)
        case let .mutexSpin(a, g, i): h.byte(4); h.word(a); h.int(g); h.int(Int64(i))
        case let .mutexBlock(a, g): h.byte(5); h.word(a); h.int(g)
        case let .mutexStarving(a, g): h.byte(6); h.word(a); h.int(g)
        case let .mutexNormal(a, g): h.byte(7); h.word(a); h.int(g)
        case let .rwRLock(a, g, b): h.byte(8); h.word(a); h.int(g); h.byte(b ? 1 : 0)
        case let .rwRUnlock(a, g): h.byte(9); h.word(a); h.int(g)
        case let .rwLock(a, g): h.byte(10); h.word(a); h.int(g)
        case let .rwUnlock(a, g, n): h.byte(11); h.word(a); h.int(g); h.int(Int64(n))
        case let .wgAdd(a, g, d, c): h.byte(12); h.word(a); h.int(g); h.int(d); h.int(c)
        case let .wgWait(a, g, b): h.byte(13); h.word(a); h.int(g); h.byte(b ? 1 : 0)
        case let .wgWake(a, g, n): h.byte(14); h.word(a); h.int(g); h.int(Int64(n))
        case let .onceDo(a, g, ran): h.byte(15); h.word(a); h.int(g); h.byte(ran ? 1 : 0)
        }
    }
}
