import GoRuntime

/// What a frame of an imported real Go trace (GODEBUG schedtrace,
/// scheddetail, gctrace) knows beyond the `Snapshot` it fills: queue
/// lengths without contents, wait reasons as printed, the gctrace cycles.
/// A source over a real trace hands it to the panes (`ViewContext.realTrace`),
/// which then draw lengths instead of queued goroutines, the GC cycles
/// instead of spans, and say what the trace does not contain.
public struct RealTrace: Sendable, Hashable {
    /// The log's name ("real.log").
    public var name: String
    /// This frame (0-based) and the number of frames.
    public var frame: Int
    public var frameCount: Int
    /// The `SCHED Nms` time of the frame, in ms since the program started.
    public var schedMs: Int64
    /// scheddetail=1 was on: P, M and G lines are present.
    public var detailed: Bool
    /// Which goroutines are queued is known (false for every real trace:
    /// schedtrace prints `runqsize`, never the queue). The snapshot's
    /// `runq`/`globalRunq` are then empty and the lengths below are the truth.
    public var queueContentsKnown: Bool
    /// Each P's local run queue length (index = P id), and the global one.
    public var runqLengths: [Int]
    public var globalRunqLength: Int
    /// The summary line's thread counts.
    public var threads: Int
    public var spinningThreads: Int
    public var idleThreads: Int
    /// Wait reasons exactly as the log printed them, by goid (sorted by goid);
    /// includes reasons this runtime model has no name for.
    public var waitReasons: [Reason]
    /// Every gctrace cycle logged up to this frame, oldest first.
    public var gcCycles: [GCCycle]

    public init(name: String, frame: Int, frameCount: Int, schedMs: Int64, detailed: Bool, runqLengths: [Int],
                globalRunqLength: Int, threads: Int = 0, spinningThreads: Int = 0, idleThreads: Int = 0,
                waitReasons: [Reason] = [], gcCycles: [GCCycle] = []) {
        self.name = name; self.frame = frame; self.frameCount = frameCount; self.schedMs = schedMs
        self.detailed = detailed; queueContentsKnown = false
        self.runqLengths = runqLengths; self.globalRunqLength = globalRunqLength
        self.threads = threads; self.spinningThreads = spinningThreads; self.idleThreads = idleThreads
        self.waitReasons = waitReasons; self.gcCycles = gcCycles
    }

    /// The wait reason the log printed for `goid` (binary search), if any.
    public func waitReason(of goid: Goid) -> String? {
        var lo = 0, hi = waitReasons.count - 1
        while lo <= hi {
            let mid = (lo + hi) >> 1
            let g = waitReasons[mid].goid
            if g == goid { return waitReasons[mid].text }
            if g < goid { lo = mid + 1 } else { hi = mid - 1 }
        }
        return nil
    }

    /// A goroutine's wait reason as logged.
    public struct Reason: Sendable, Hashable {
        public var goid: Goid
        public var text: String
        public init(goid: Goid, text: String) { self.goid = goid; self.text = text }
    }

    /// One `gc N @Ts P%: …` line (mgc.go:gcMarkTermination) as the panes show it.
    public struct GCCycle: Sendable, Hashable {
        public var cycle: Int
        /// Seconds since the program started, at the start of the cycle.
        public var atSeconds: Double
        /// Share of the CPU used by the GC since the program started.
        public var cpuPercent: Int
        /// Wall-clock phases in ms (sweep termination STW + concurrent mark + mark termination STW; 5 in Go 1.5/1.6).
        public var clockMs: [Double]
        /// `heap0->heap1->heap2 MB`: at the start, at the end of mark, marked live.
        public var heapStartMB: Int
        public var heapEndMB: Int
        public var heapLiveMB: Int
        public var goalMB: Int
        /// Go 1.18+: `# MB stacks`, `# MB globals`.
        public var stacksMB: Int?
        public var globalsMB: Int?
        public var procs: Int
        /// `(forced)`: runtime.GC() or the 2-minute forced GC.
        public var forced: Bool
        /// The phases and the `@` seconds as the log printed them (empty: format the numbers).
        public var clockText: String
        public var atText: String

        public init(cycle: Int, atSeconds: Double, cpuPercent: Int, clockMs: [Double], heapStartMB: Int, heapEndMB: Int,
                    heapLiveMB: Int, goalMB: Int, stacksMB: Int? = nil, globalsMB: Int? = nil, procs: Int, forced: Bool,
                    clockText: String = "", atText: String = "") {
            self.clockText = clockText; self.atText = atText
            self.cycle = cycle; self.atSeconds = atSeconds; self.cpuPercent = cpuPercent; self.clockMs = clockMs
            self.heapStartMB = heapStartMB; self.heapEndMB = heapEndMB; self.heapLiveMB = heapLiveMB; self.goalMB = goalMB
            self.stacksMB = stacksMB; self.globalsMB = globalsMB; self.procs = procs; self.forced = forced
        }
    }
}

/// Numbers as gctrace prints them: "0.073", "1.2", "10" (at most 2 significant decimals).
func traceNumber(_ v: Double) -> String {
    // A damaged log can hold anything: out of Int's range, print Swift's form.
    guard v.isFinite, v > -1e15, v < 1e15 else { return "\(v)" }
    if v < 0 { return "-" + traceNumber(-v) }
    if v >= 10 || v == v.rounded() { return String(Int(v.rounded())) }
    let digits = v >= 1 ? 1 : v >= 0.1 ? 2 : 3
    var s = String(Int((v * pow10(digits)).rounded()))
    while s.count <= digits { s = "0" + s }
    s.insert(".", at: s.index(s.endIndex, offsetBy: -digits))
    while s.hasSuffix("0") { s.removeLast() }
    if s.hasSuffix(".") { s.removeLast() }
    return s
}

private func pow10(_ n: Int) -> Double { n == 1 ? 10 : n == 2 ? 100 : 1000 }
