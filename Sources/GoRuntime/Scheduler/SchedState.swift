/// The bytes a program wrote to fd 1 and 2, in order, with when (append-only;
/// a keyframe stores only `Mark`, since re-simulation rewrites the same bytes).
public struct OutputLog: Sendable {
    public struct Record: Sendable, Hashable {
        public var fd: Int32
        public var time: Int64
        public var start: Int
        public var end: Int
    }
    public var bytes: [UInt8] = []
    public var records: [Record] = []
    public init() {}

    public struct Mark: Sendable, Hashable { public var bytes: Int; public var records: Int }
    public var mark: Mark { Mark(bytes: bytes.count, records: records.count) }
    public mutating func truncate(to m: Mark) {
        if bytes.count > m.bytes { bytes.removeSubrange(m.bytes...) }
        if records.count > m.records { records.removeSubrange(m.records...) }
    }
    /// Everything written to `fd`, as text.
    public func text(fd: Int32) -> String {
        var out: [UInt8] = []
        for r in records where r.fd == fd { out.append(contentsOf: bytes[r.start..<r.end]) }
        return String(decoding: out, as: UTF8.self)
    }
    /// Everything written to fd 1 and 2 in order.
    public var combinedText: String { String(decoding: bytes, as: UTF8.self) }
}

/// sysmon's own loop state (`proc.go:sysmon` locals).
public struct SysmonState: Sendable, Hashable {
    /// The sysmon M (`.none` before `runtime.main` starts it).
    public var m: MID = .none
    /// `idle`: loops in a row that did nothing.
    public var idle: Int32 = 0
    /// `delay`: current sleep in ns (20 µs … 10 ms).
    public var delay: Int64 = 20_000
    /// `sched.sysmonwait`: in deep sleep until woken or the next timer.
    public var sysmonwait: Bool = false
    /// Loops done and Ps retaken (for the UI).
    public var loops: Int64 = 0
    public var retaken: Int64 = 0
    public var preempted: Int64 = 0
    public init() {}
}

/// `runtime2.go:schedt` plus `allgs`, `allp`, `allm` and the simulation's
/// clock, output and PRNG: all scheduler state, as plain values.
public struct SchedState: Sendable {
    public var allgs: [G] = []
    public var allp: [P] = []
    public var allm: [M] = []
    /// `gomaxprocs`: Ps in use (`allp[0..<gomaxprocs]`; the rest are `_Pdead`).
    public var gomaxprocs: Int32 = 0
    /// Idle Ms (`midle`, `nmidle`), system Ms (`nmsys`), spinning Ms.
    public var midle: MID = .none
    public var nmidle: Int32 = 0
    public var nmsys: Int32 = 0
    public var nmspinning: Int32 = 0
    /// Idle Ps (`pidle`, `npidle`).
    public var pidle: PID = .none
    public var npidle: Int32 = 0
    /// The global run queue (`runq gQueue`, `runqsize`), linked by `G.schedlink`.
    public var runqhead: GID = .none
    public var runqtail: GID = .none
    public var runqsize: Int32 = 0
    /// Global free Gs (`gFree`).
    public var gFreeHead: GID = .none
    public var gFreeCount: Int32 = 0
    /// `goidgen`.
    public var goidgen: Int64 = 0
    /// All timers (ids index this); free slots are reused.
    public var timers: [Timer] = []
    public var freeTimers: [TimerID] = []
    public var timerSeq: UInt64 = 0
    /// `stealOrder.coprimes` for the current `gomaxprocs` (reset by `procresize`).
    public var stealOrderCoprimes: [UInt32] = []
    /// The G whose next `.yielded` stop is `goyield` (sema.go:semrelease1 made
    /// a direct hand-off: to the tail of its P's local queue), not `Gosched`.
    public var goyieldG: GID = .none
    /// Simulated time of the last completed GC (set by the collector; sysmon's forced-GC check).
    public var lastGCTime: Int64 = 0
    /// The forcegc helper goroutine (parked "force gc (idle)").
    public var forcegcG: GID = .none
    /// The run's PRNG (`cheaprand`).
    public var rng: Rand = Rand(seed: 1)
    /// `mainStarted`: `newproc` may start Ms.
    public var mainStarted: Bool = false
    /// `gcwaiting`/`stopwait`: a stop-the-world is in progress.
    public var gcwaiting: Bool = false
    public var stopwait: Int32 = 0
    /// The M that asked for the stop-the-world, and why.
    public var stwM: MID = .none
    public var stwReason: STWReason = .gc
    /// What the stop-the-world is for (done by the requester once stopped).
    public var stwAction: STWAction = .none
    /// Ps removed by a GOMAXPROCS shrink (`_Pdead`), reused if it grows.
    public var deadPs: [P] = []
    /// The world is stopped (the requester may proceed).
    public var worldStopped: Bool = false
    public var sysmon = SysmonState()
    /// The M blocked in netpoll (`lastpoll == 0` in Go), and until when (`pollUntil`).
    public var netpollM: MID = .none
    public var pollUntil: Int64 = 0
    /// The simulated time of the current step (min over the actors).
    public var now: Int64 = 0
    public var steps: UInt64 = 0
    /// The M acting in the current step.
    public var curM: MID = .none
    /// The main goroutine (goid 1).
    public var mainG: GID = .none
    /// runtime.main's handshake with bgsweep/bgscavenge (`gcenable`'s channel).
    public var gcenableReports: Int32 = 0
    /// The program's exit code once it has ended, and a fatal error's text.
    public var exitCode: Int32? = nil
    public var fatalMessage: String? = nil
    public var output = OutputLog()
    /// Interned function names (index = `G.nameIndex`).
    public var funcNames: [String] = []
    public var funcNameIndex: [String: Int32] = [:]
    public init() {}

    /// Intern a function name.
    public mutating func intern(_ name: String) -> Int32 {
        if let i = funcNameIndex[name] { return i }
        let i = Int32(funcNames.count)
        funcNames.append(name)
        funcNameIndex[name] = i
        return i
    }
}

/// Why the world is stopped (`stwReason` in 1.21+).
public enum STWReason: UInt8, Sendable, Hashable {
    case gc               // "GC sweep termination" / "GC mark termination"
    case gcMarkTerm
    case gomaxprocs       // "GOMAXPROCS"
    case other
    public var goString: String {
        switch self {
        case .gc: "GC sweep termination"
        case .gcMarkTerm: "GC mark termination"
        case .gomaxprocs: "GOMAXPROCS"
        case .other: "stop the world"
        }
    }
}
