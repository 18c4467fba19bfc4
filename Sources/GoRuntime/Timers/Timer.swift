/// What a timer does when it fires (`timer.f` + `timer.arg` in `time.go`).
public enum TimerFunc: Sendable, Hashable {
    /// `time.go:goroutineReady` — the `time.Sleep` timer: `goready(gp)`.
    case goroutineReady(GID)
    /// `time.go:sendTime` — non-blocking send of the time on a timer channel
    /// (time.After/NewTimer/NewTicker; Go 1.19 semantics). Run by `hooks.timerFired`.
    case sendTime(chan: UInt32)
    /// Anything else a subsystem owner needs (`time.AfterFunc`, …); run by `hooks.timerFired`.
    case custom(tag: Int32, arg: Int64)
}

/// `time.go:timer` (1.19 fields). Leaves out the 1.14-1.22 status machine:
/// deletion and modification take effect at once (the heap is fixed up in
/// place) instead of lazily, which gives the same firing order.
public struct Timer: Sendable, Hashable {
    /// `when`: absolute simulated time it fires.
    public var when: Int64 = 0
    /// `period`: > 0 for a ticker.
    public var period: Int64 = 0
    public var f: TimerFunc = .custom(tag: 0, arg: 0)
    /// `pp`: the P whose heap holds it (`.none` when not in a heap).
    public var pp: PID = .none
    /// Index in that P's heap.
    public var heapIndex: Int32 = -1
    /// Allocated (false: on the free list).
    public var inUse: Bool = false
    /// Times it has fired.
    public var fired: Int64 = 0
    /// Creation order: ties on `when` fire in this order (deterministic).
    public var seq: UInt64 = 0
    public init() {}
    @inline(__always) public var isArmed: Bool { !pp.isNone }
}
