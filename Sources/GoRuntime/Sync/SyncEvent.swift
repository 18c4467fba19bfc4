// Semaphore and sync events (carried as `EventKind.sync(SyncEvent)`), each
// with the sentence the event log shows.

public enum SyncEvent: Sendable, Hashable {
    /// `semacquire1` slow path: `g` queued on the semaphore at `addr`.
    case semBlock(addr: UInt64, g: Int64, lifo: Bool)
    /// `semrelease1` woke `woken` (`handoff`: the count went straight to it).
    case semWake(addr: UInt64, by: Int64, woken: Int64, handoff: Bool)
    /// Mutex locked by `g` (fast path CAS, after spinning, or after waking).
    case mutexLock(addr: UInt64, g: Int64, how: LockHow)
    case mutexUnlock(addr: UInt64, g: Int64)
    /// `g` spins (procyield) on a locked mutex, iteration `iter`.
    case mutexSpin(addr: UInt64, g: Int64, iter: Int)
    case mutexBlock(addr: UInt64, g: Int64)
    /// The mutex switched to starvation mode (a waiter waited > 1 ms) or back.
    case mutexStarving(addr: UInt64, g: Int64)
    case mutexNormal(addr: UInt64, g: Int64)
    case rwRLock(addr: UInt64, g: Int64, blocked: Bool)
    case rwRUnlock(addr: UInt64, g: Int64)
    case rwLock(addr: UInt64, g: Int64)
    case rwUnlock(addr: UInt64, g: Int64, readersWoken: Int)
    /// WaitGroup.Add(delta) → counter.
    case wgAdd(addr: UInt64, g: Int64, delta: Int64, counter: Int64)
    case wgWait(addr: UInt64, g: Int64, blocked: Bool)
    /// The counter reached zero: `waiters` Gs released.
    case wgWake(addr: UInt64, g: Int64, waiters: Int)
    case onceDo(addr: UInt64, g: Int64, ran: Bool)

    public enum LockHow: UInt8, Sendable, Hashable {
        case fast, slow, handoff
    }

    public var sentence: String {
        switch self {
        case let .semBlock(a, g, lifo):
            "G\(g) waits on semaphore \(hex(a))\(lifo ? " (at the front: woken before)" : "")"
        case let .semWake(a, by, w, h):
            "G\(by) releases semaphore \(hex(a)), readying G\(w)\(h ? " with direct hand-off" : "")"
        case let .mutexLock(a, g, how):
            switch how {
            case .fast: "G\(g) locked mutex \(hex(a)) (fast path)"
            case .slow: "G\(g) locked mutex \(hex(a))"
            case .handoff: "G\(g) received mutex \(hex(a)) by hand-off (starvation mode)"
            }
        case let .mutexUnlock(a, g): "G\(g) unlocked mutex \(hex(a))"
        case let .mutexSpin(a, g, i): "G\(g) spins on mutex \(hex(a)) (spin \(i + 1) of \(activeSpin))"
        case let .mutexBlock(a, g): "G\(g) blocks on mutex \(hex(a))"
        case let .mutexStarving(a, g):
            "mutex \(hex(a)) enters starvation mode: G\(g) waited over 1 ms"
        case let .mutexNormal(a, g): "mutex \(hex(a)) back to normal mode (G\(g))"
        case let .rwRLock(a, g, b):
            b ? "G\(g) waits for the writer of RWMutex \(hex(a))" : "G\(g) read-locked RWMutex \(hex(a))"
        case let .rwRUnlock(a, g): "G\(g) read-unlocked RWMutex \(hex(a))"
        case let .rwLock(a, g): "G\(g) write-locked RWMutex \(hex(a))"
        case let .rwUnlock(a, g, n): "G\(g) write-unlocked RWMutex \(hex(a)), waking \(n) reader(s)"
        case let .wgAdd(a, g, d, c): "G\(g) WaitGroup \(hex(a)).Add(\(d)) → counter \(c)"
        case let .wgWait(a, g, b):
            b ? "G\(g) waits on WaitGroup \(hex(a))" : "G\(g) WaitGroup \(hex(a)).Wait: counter is 0"
        case let .wgWake(a, g, n): "G\(g) brought WaitGroup \(hex(a)) to 0: wakes \(n) waiter(s)"
        case let .onceDo(a, g, ran):
            ran ? "G\(g) runs Once \(hex(a))'s function" : "G\(g): Once \(hex(a)) already done"
        }
    }
}

@inline(__always) func hex(_ a: UInt64) -> String { "0x" + String(a, radix: 16) }

/// A mutex / RWMutex / WaitGroup / Once / semaphore with its waiters.
public struct SyncSnapshot: Sendable, Hashable {
    public var addr: UInt64
    public var kind: SyncKind
    /// The state in words, e.g. "locked, starving, 2 waiters" / "counter 3, 1 waiter".
    public var state: String
    /// Raw state word (mutex `state`, WaitGroup `state`, semaphore count).
    public var word: UInt64
    /// goids parked on the object's semaphores, in wake order.
    public var waiters: [Int64]
    public init(addr: UInt64, kind: SyncKind, state: String, word: UInt64, waiters: [Int64]) {
        self.addr = addr; self.kind = kind; self.state = state; self.word = word; self.waiters = waiters
    }
}
