/// `runtime2.go:p` — a processor: the right to run Go code, with its own run
/// queue and timers. Leaves out mcache, sudog/defer caches (owned elsewhere or
/// not modelled), `pcache`, write-barrier buffer (the collector owner keeps
/// per-P GC state in `GCState` indexed by P id).
public struct P: Sendable {
    /// `len(runq)` in Go: a 256-slot ring.
    public static let runqSize: UInt32 = 256

    public var id: PID
    public var status: PStatus = .idle
    /// `link`: next P in the idle list.
    public var link: PID = .none
    /// On the idle list (`idlepMask`): stealing skips it.
    public var onIdleList: Bool = false
    /// `m`: back-link to the M that owns it (`_Prunning`) or sits in a syscall with it.
    public var m: MID = .none
    /// `runqhead`/`runqtail` (free-running counters) and the ring itself.
    public var runqhead: UInt32 = 0
    public var runqtail: UInt32 = 0
    public var runq: [GID] = Array(repeating: .none, count: Int(P.runqSize))
    /// `runnext`: the G to run next, ahead of the ring, inheriting the slice.
    public var runnext: GID = .none
    /// `schedtick`: +1 per scheduling that starts a new time slice.
    public var schedtick: UInt32 = 0
    /// `syscalltick`: +1 per system call.
    public var syscalltick: UInt32 = 0
    /// `sysmontick`: what sysmon saw last time (`retake`).
    public var sysmonSchedtick: UInt32 = 0
    public var sysmonSchedwhen: Int64 = 0
    public var sysmonSyscalltick: UInt32 = 0
    public var sysmonSyscallwhen: Int64 = 0
    /// `timers`: a 4-ary min-heap of timer ids ordered by `when`.
    public var timers: [TimerID] = []
    /// `goidcache`/`goidcacheend` (batches of `_GoidCacheBatch` = 16).
    public var goidcache: Int64 = 0
    public var goidcacheend: Int64 = 0
    /// `gFree`: local free Gs (linked through `schedlink`).
    public var gFreeHead: GID = .none
    public var gFreeCount: Int32 = 0
    /// Simulated time the current G started its time slice (for the UI).
    public var sliceStart: Int64 = 0
    public init(id: PID) { self.id = id }

    /// Number of Gs in the local ring (not counting `runnext`).
    @inline(__always) public var runqLength: Int { Int(runqtail &- runqhead) }
    /// `runqempty`: ring and runnext both empty.
    @inline(__always) public var runqEmpty: Bool { runqtail == runqhead && runnext.isNone }
    /// The ring's contents, head first (for snapshots and tests).
    public var runqContents: [GID] {
        var out: [GID] = []
        out.reserveCapacity(runqLength)
        var i = runqhead
        while i != runqtail { out.append(runq[Int(i % P.runqSize)]); i &+= 1 }
        return out
    }
}
