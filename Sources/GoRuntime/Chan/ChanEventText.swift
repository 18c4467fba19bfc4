// `description` of channel and sync events in the `name(field: value, …)`
// form (what reflection would print, but without reflection's cost: the
// event log's hasher and JSON writer call `String(describing:)`).

extension ChanEvent: CustomStringConvertible {
    public var description: String {
        switch self {
        case let .make(c, elem, cap, line, g): "make(\(c), elem: \"\(elem)\", cap: \(cap), line: \(line), g: \(g))"
        case let .handoff(c, from, to): "handoff(\(c), from: \(from), to: \(to))"
        case let .bufPut(c, g, i): "bufPut(\(c), g: \(g), index: \(i))"
        case let .bufGet(c, g, i): "bufGet(\(c), g: \(g), index: \(i))"
        case let .bufRotate(c, g, s, i): "bufRotate(\(c), g: \(g), sender: \(s), index: \(i))"
        case let .block(c, g, send): "block(\(c), g: \(g), send: \(send))"
        case let .unblock(c, g, by): "unblock(\(c), g: \(g), by: \(by))"
        case let .recvClosed(c, g): "recvClosed(\(c), g: \(g))"
        case let .close(c, g, r, s): "close(\(c), g: \(g), receivers: \(r), senders: \(s))"
        case let .nilBlock(g, send): "nilBlock(g: \(g), send: \(send))"
        case let .selectChosen(g, i, c): "selectChosen(g: \(g), index: \(i), chan: \(c))"
        case let .selectDefault(g): "selectDefault(g: \(g))"
        case let .selectBlock(g, n): "selectBlock(g: \(g), count: \(n))"
        case let .selectForever(g): "selectForever(g: \(g))"
        case let .timerSend(c, d): "timerSend(\(c), delivered: \(d))"
        }
    }
}

extension SyncEvent: CustomStringConvertible {
    public var description: String {
        switch self {
        case let .semBlock(a, g, lifo): "semBlock(addr: \(a), g: \(g), lifo: \(lifo))"
        case let .semWake(a, by, w, h): "semWake(addr: \(a), by: \(by), woken: \(w), handoff: \(h))"
        case let .mutexLock(a, g, how): "mutexLock(addr: \(a), g: \(g), how: \(how))"
        case let .mutexUnlock(a, g): "mutexUnlock(addr: \(a), g: \(g))"
        case let .mutexSpin(a, g, i): "mutexSpin(addr: \(a), g: \(g), iter: \(i))"
        case let .mutexBlock(a, g): "mutexBlock(addr: \(a), g: \(g))"
        case let .mutexStarving(a, g): "mutexStarving(addr: \(a), g: \(g))"
        case let .mutexNormal(a, g): "mutexNormal(addr: \(a), g: \(g))"
        case let .rwRLock(a, g, b): "rwRLock(addr: \(a), g: \(g), blocked: \(b))"
        case let .rwRUnlock(a, g): "rwRUnlock(addr: \(a), g: \(g))"
        case let .rwLock(a, g): "rwLock(addr: \(a), g: \(g))"
        case let .rwUnlock(a, g, n): "rwUnlock(addr: \(a), g: \(g), readersWoken: \(n))"
        case let .wgAdd(a, g, d, c): "wgAdd(addr: \(a), g: \(g), delta: \(d), counter: \(c))"
        case let .wgWait(a, g, b): "wgWait(addr: \(a), g: \(g), blocked: \(b))"
        case let .wgWake(a, g, n): "wgWake(addr: \(a), g: \(g), waiters: \(n))"
        case let .onceDo(a, g, ran): "onceDo(addr: \(a), g: \(g), ran: \(ran))"
        }
    }
}

extension SyncEvent.LockHow: CustomStringConvertible {
    public var description: String {
        switch self {
        case .fast: "fast"
        case .slow: "slow"
        case .handoff: "handoff"
        }
    }
}
