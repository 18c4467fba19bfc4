// The parsed form of a real Go GODEBUG log (schedtrace, scheddetail, gctrace):
// plain values, one `TraceFrame` per SCHED block. Field names follow what
// proc.go:schedtrace and mgc.go:gcMarkTermination print. See docs/trace-import.md.

/// One `SCHED Nms: …` summary line (proc.go:schedtrace). Optional fields are
/// the ones only some Go versions print.
public struct SchedSummary: Sendable, Hashable {
    /// Milliseconds since the runtime started (`(now-starttime)/1e6`).
    public var timeMs: Int64
    public var gomaxprocs: Int
    public var idleprocs: Int
    public var threads: Int
    public var spinningthreads: Int
    /// `sched.needspinning` (Go 1.21+).
    public var needspinning: Int?
    public var idlethreads: Int
    /// Length of the global run queue (`sched.runqsize`).
    public var runqueue: Int
    /// Per-P local run queue lengths (`[1 0]`, or `[ 1 0 ]` padded in newer Go); nil in scheddetail mode.
    public var perPRunq: [Int]?
    /// Per-P `schedtick` (`schedticks=[ … ]`, newer Go).
    public var schedticks: [Int]?
    /// scheddetail=1 only: `gcwaiting`, `nmidlelocked`, `stopwait`, `sysmonwait`.
    public var gcwaiting: Int?
    public var nmidlelocked: Int?
    public var stopwait: Int?
    public var sysmonwait: Int?
    /// Fields this importer does not know (a later Go's additions), in order.
    public var extra: [KeyValue]

    public init(timeMs: Int64, gomaxprocs: Int) {
        self.timeMs = timeMs
        self.gomaxprocs = gomaxprocs
        idleprocs = 0; threads = 0; spinningthreads = 0; idlethreads = 0; runqueue = 0
        extra = []
    }
}

/// One `  P0: status=1 schedtick=4 …` line of a scheddetail block.
public struct TraceP: Sendable, Hashable {
    public var id: Int
    /// `_Pidle` 0, `_Prunning` 1, `_Psyscall` 2, `_Pgcstop` 3, `_Pdead` 4.
    public var status: Int
    public var schedtick: Int
    public var syscalltick: Int
    /// The M holding it (-1 = none).
    public var m: Int
    public var runqsize: Int
    public var gfreecnt: Int
    /// `timerslen` (Go 1.14+); nil before.
    public var timerslen: Int?
    public init(id: Int) {
        self.id = id; status = 0; schedtick = 0; syscalltick = 0; m = -1; runqsize = 0; gfreecnt = 0
    }
}

/// One `  M0: p=0 curg=16 …` line.
public struct TraceM: Sendable, Hashable {
    public var id: Int
    public var p: Int
    public var curg: Int64
    public var mallocing: Int
    public var throwing: Int
    /// `preemptoff` is a reason string ("" when none; may contain spaces).
    public var preemptoff: String
    public var locks: Int
    public var dying: Int
    public var spinning: Bool
    /// Parked on its note (an idle M).
    public var blocked: Bool
    public var lockedg: Int64
    public init(id: Int) {
        self.id = id; p = -1; curg = -1; mallocing = 0; throwing = 0; preemptoff = ""
        locks = 0; dying = 0; spinning = false; blocked = false; lockedg = -1
    }
}

/// One `  G1: status=4(semacquire) m=-1 lockedm=-1` line.
public struct TraceG: Sendable, Hashable {
    public var goid: Int64
    /// `readgstatus` as printed; may carry `_Gscan` (0x1000).
    public var rawStatus: Int
    /// The text in parentheses (Go keeps a stale reason on runnable Gs).
    public var waitreason: String
    public var m: Int
    public var lockedm: Int
    public init(goid: Int64) {
        self.goid = goid; rawStatus = 0; waitreason = ""; m = -1; lockedm = -1
    }
}

/// One `gc N @Ts P%: … ms clock, … ms cpu, A->B->C MB, G MB goal, …, N P` line
/// (mgc.go:gcMarkTermination), any layout since Go 1.6.
public struct GCTraceLine: Sendable, Hashable {
    public var cycle: Int
    /// Seconds since the program started, at sweep termination.
    public var atSeconds: Double
    /// Share of CPU used by GC since the start.
    public var cpuPercent: Int
    /// Wall-clock phases in ms (3 since Go 1.7: sweep term + mark + mark term; 5 in Go 1.5/1.6).
    public var clockMs: [Double]
    /// The clock phases and the `@` seconds exactly as printed ("0.048+2.1+0.006", "0.000").
    public var clockText = ""
    public var atText = ""
    /// CPU phases in ms; a phase printed `a/b/c` (assist/background/idle) has 3 values.
    public var cpuMs: [[Double]]
    /// `heap0->heap1->heap2 MB`: at start, at mark end, marked live.
    public var heapStartMB: Int
    public var heapEndMB: Int
    public var heapLiveMB: Int
    public var goalMB: Int
    /// `# MB stacks`, `# MB globals` (Go 1.18+), nil when absent.
    public var stacksMB: Int?
    public var globalsMB: Int?
    public var procs: Int
    /// `(forced)`: runtime.GC() or the forced periodic GC.
    public var forced: Bool
    /// Parts this importer does not know, in order.
    public var extra: [String]
    /// The line as logged.
    public var text: String

    public init(cycle: Int, text: String) {
        self.cycle = cycle; self.text = text
        atSeconds = 0; cpuPercent = 0; clockMs = []; cpuMs = []
        heapStartMB = 0; heapEndMB = 0; heapLiveMB = 0; goalMB = 0; procs = 0; forced = false; extra = []
    }

    /// Nanoseconds since the start (`@` time).
    public var timeNs: Int64 { Int64((atSeconds * 1e9).rounded()) }
}

/// A `key=value` field as logged (unknown fields are kept, not dropped).
public struct KeyValue: Sendable, Hashable {
    public var key: String
    public var value: String
    public init(key: String, value: String) { self.key = key; self.value = value }
}

/// What a non-SCHED line of the log is.
public enum TraceItemKind: Sendable, Hashable {
    /// A gctrace line.
    case gc(GCTraceLine)
    /// Program output (anything not printed by the runtime's tracers).
    case output(String)
    /// Other runtime lines that carry no frame data ("GC forced", "scvg…", "scav…").
    case runtimeNote(String)
}

/// A line between two SCHED blocks, with its 1-based line number.
public struct TraceItem: Sendable, Hashable {
    public var line: Int
    public var kind: TraceItemKind
    public init(line: Int, kind: TraceItemKind) { self.line = line; self.kind = kind }
}

/// One SCHED block: the summary, its scheddetail lines (empty without
/// scheddetail=1), and what the log printed since the previous block.
public struct TraceFrame: Sendable, Hashable {
    /// 1-based line number of the SCHED line (0 for the synthetic end frame).
    public var line: Int
    public var summary: SchedSummary
    public var ps: [TraceP]
    public var ms: [TraceM]
    public var gs: [TraceG]
    /// gc lines, program output and runtime notes logged before this block
    /// (after the previous one), in log order.
    public var items: [TraceItem]
    /// Where the frame comes from.
    public var origin: FrameOrigin

    public init(line: Int, summary: SchedSummary, origin: FrameOrigin = .sched) {
        self.line = line; self.summary = summary; ps = []; ms = []; gs = []; items = []; self.origin = origin
    }

    /// The synthetic last frame holding lines logged after the last SCHED block.
    public var isEnd: Bool { origin == .end }

    /// scheddetail=1 was on (P lines present).
    public var isDetailed: Bool { !ps.isEmpty }
}

/// A frame is a SCHED block, the state after the last block with the lines
/// logged after it, or (a log with gctrace but no schedtrace) one gc line.
public enum FrameOrigin: Sendable, Hashable {
    case sched, end, gcOnly
}

/// A line the importer could not read, with why.
public struct UnparsedLine: Sendable, Hashable {
    public var line: Int
    public var text: String
    public var reason: String
    public init(line: Int, text: String, reason: String) { self.line = line; self.text = text; self.reason = reason }
}

/// The whole imported log.
public struct TraceLog: Sendable, Hashable {
    public var frames: [TraceFrame]
    public var unparsed: [UnparsedLine]
    /// Lines in the log (a final line without newline counts).
    public var lineCount: Int
    /// The lines of a log with no frame at all (program output only).
    public var unframed: [TraceItem] = []

    public init(frames: [TraceFrame] = [], unparsed: [UnparsedLine] = [], lineCount: Int = 0) {
        self.frames = frames; self.unparsed = unparsed; self.lineCount = lineCount
    }

    /// Every gctrace line, in log order.
    public var gcLines: [GCTraceLine] {
        frames.flatMap { $0.items.compactMap { if case let .gc(g) = $0.kind { g } else { nil } } }
    }
    /// Program output lines (text only), in log order.
    public var outputLines: [String] {
        frames.flatMap { $0.items.compactMap { if case let .output(s) = $0.kind { s } else { nil } } }
    }
    /// SCHED blocks (synthetic frames excluded).
    public var schedFrameCount: Int { frames.filter { $0.origin == .sched }.count }
}

/// Why an import failed as a whole.
public struct TraceImportError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
