// Channel state: hchan, sudog, waitq (runtime2.go / chan.go). Owned by "chan".

/// A channel's identity: the UI shows `ch#N`. Models the `*hchan` pointer;
/// `ChanID.nilChan` (raw 0) is the nil channel. Ids grow in creation order,
/// so comparing ids is the `hchan.sortkey()` (address order) select locks by.
public struct ChanID: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var raw: UInt32
    @inline(__always) public init(raw: UInt32) { self.raw = raw }
    public static let nilChan = ChanID(raw: 0)
    @inline(__always) public var isNil: Bool { raw == 0 }
    public var description: String { raw == 0 ? "nil chan" : "ch#\(raw)" }
    @inline(__always) public static func < (a: ChanID, b: ChanID) -> Bool { a.raw < b.raw }
}

/// Index of a sudog in `ChanTable.sudogs`; `-1` is nil.
public typealias SudogIndex = Int32

/// `runtime2.go:sudog` — one G waiting on one channel or semaphore address.
/// Leaves out: per-P sudog caches (one run-wide free list instead), the
/// semaphore treap's `parent` links (see `SemaRoot`).
public struct Sudog: Sendable {
    /// The waiting goroutine.
    public var g: GID = .none
    /// `next`/`prev`: links in a channel `waitq` or a semaphore wait list.
    public var next: SudogIndex = -1
    public var prev: SudogIndex = -1
    /// `elem`: a sender's value, or the slot a sender fills for a receiver.
    public var elem: Value = .nil
    /// `c`: the channel (nil for a semaphore sudog).
    public var c: ChanID = .nilChan
    /// `isSelect`: this sudog belongs to a select; dequeue must win `selectDone`.
    public var isSelect: Bool = false
    /// `success`: woken by a real send/receive (false: the channel was closed).
    public var success: Bool = false
    /// `waitlink`: next sudog of the same G (`gp.waiting` list, lock order).
    public var waitlink: SudogIndex = -1
    /// The select case this sudog stands for (source order), -1 outside select.
    public var caseIndex: Int32 = -1
    /// True if queued on `sendq` (a send), false for `recvq`.
    public var isSend: Bool = false
    /// Semaphore: the address waited on, and `ticket` (1 = handed off).
    public var semaAddr: UInt64 = 0
    public var ticket: UInt32 = 0
    /// `acquiretime`/`releasetime` in simulated ns (for the Sync pane).
    public var acquiretime: Int64 = 0
    public var releasetime: Int64 = 0
    public var inUse: Bool = false
    public init() {}
}

/// `chan.go:waitq` — a FIFO of sudogs linked through `next`/`prev`.
public struct WaitQ: Sendable, Hashable {
    public var first: SudogIndex = -1
    public var last: SudogIndex = -1
    public init() {}
    @inline(__always) public var isEmpty: Bool { first < 0 }
}

/// `chan.go:hchan`. Leaves out `lock` (the simulation steps one M at a time,
/// so each runtime call is atomic) and the 1.23 `timer` field (timer channels
/// follow 1.19: a one-slot buffer filled by a non-blocking send).
public struct HChan: Sendable {
    public var id: ChanID
    /// `qcount`: elements in the buffer. `dataqsiz`: its capacity.
    public var qcount: Int = 0
    public var dataqsiz: Int
    /// `buf`: the ring of `dataqsiz` slots (zero values when empty).
    public var buf: [Value]
    /// `elemsize` (bytes) and `elemtype` (its Go spelling, for the UI).
    public var elemsize: Int
    public var elemtype: String
    /// The zero value of the element type (what a closed receive yields).
    public var zero: Value
    public var closed: Bool = false
    public var sendx: Int = 0
    public var recvx: Int = 0
    public var recvq = WaitQ()
    public var sendq = WaitQ()
    /// Source line of the `make` (0 for runtime-made timer channels).
    public var line: Int
    /// The timer feeding this channel (time.After/NewTimer/NewTicker), or -1.
    public var timer: Int32 = -1

    /// `chan.go:full` — a send would block.
    @inline(__always) public var full: Bool {
        dataqsiz == 0 ? recvq.first < 0 : qcount == dataqsiz
    }
    /// `chan.go:empty` — a receive would block (ignoring close).
    @inline(__always) public var empty: Bool {
        dataqsiz == 0 ? sendq.first < 0 : qcount == 0
    }
}

/// Per-goroutine channel/sync wait state: the fields of `runtime2.go:g` that
/// chan.go, select.go and sema.go use (`waiting`, `param`, `selectDone`), plus
/// what Go keeps on the parked G's stack (the
/// pending operation; a parked select's cases are its sudogs, chained in
/// lock order through `waitlink`) so the operation completes when the G runs again.
public struct GWaitState: Sendable {
    /// `gp.waiting`: this G's sudogs in lock order (chained by `waitlink`).
    public var waiting: SudogIndex = -1
    /// `gp.param`: the sudog that completed the wait (-1 = nil).
    public var param: SudogIndex = -1
    /// `gp.selectDone`: a case of this G's select already won.
    public var selectDone: Bool = false
    /// What the G is parked in.
    public var op: PendingOp = .none
    /// A one-case select compiled to a plain send/receive: report case 0.
    public var selectSingle: Bool = false
    /// `sync.Mutex.lockSlow` locals, kept across spins and parks.
    public var lockSlow = LockSlowState()
    /// Progress of a multi-step sync operation (RWMutex.Lock, Once.Do …).
    public var syncStep: Int32 = 0
    public init() {}
}

/// The runtime call a parked G will finish when it runs again.
public enum PendingOp: Sendable, Hashable {
    case none
    case send(ChanID)
    case recv(ChanID)
    case select
    /// Parked forever (nil channel, `select {}`).
    case forever
    case sema(UInt64)
}

/// All channels of a run plus the sudog pool and per-G wait state.
public struct ChanTable: Sendable {
    /// hchans by id (index = raw id − 1).
    public var chans: [HChan] = []
    public var sudogs: [Sudog] = []
    /// Free sudog indexes (`sched.sudogcache`, run-wide).
    public var freeSudogs: [SudogIndex] = []
    /// Wait state by G slot (index = `GID.index`; grown on demand).
    public var gwait: [GWaitState] = []
    /// Makes the value a timer channel carries (the VM's `time.Time`);
    /// defaults to the simulated nanotime as an int.
    public var makeTimeValue: @Sendable (Int64) -> Value = { .int($0) }
    /// The zero `time.Time` (timer channels' element zero value).
    public var timeZero: Value = .int(0)
    /// selectgo's scratch `scases`/`pollorder`/`lockorder` (reused).
    public var selScratch = SelectOrder()
    public init() {}

    @inline(__always) public func chan(_ c: ChanID) -> HChan { chans[Int(c.raw) - 1] }

    /// `proc.go:acquireSudog`.
    @inline(__always)
    public mutating func acquireSudog(g: GID) -> SudogIndex {
        let s: SudogIndex
        if let f = freeSudogs.popLast() {
            s = f
            sudogs[Int(s)] = Sudog()
        } else {
            s = SudogIndex(sudogs.count)
            sudogs.append(Sudog())
        }
        sudogs[Int(s)].g = g
        sudogs[Int(s)].inUse = true
        return s
    }

    /// `proc.go:releaseSudog`.
    @inline(__always)
    public mutating func releaseSudog(_ s: SudogIndex) {
        sudogs[Int(s)].inUse = false
        sudogs[Int(s)].elem = .nil
        freeSudogs.append(s)
    }

    /// Make room for the wait state of `g`.
    @inline(__always)
    public mutating func ensureG(_ g: GID) {
        if g.index >= gwait.count {
            gwait.append(contentsOf: repeatElement(GWaitState(), count: g.index + 1 - gwait.count))
        }
    }
}
