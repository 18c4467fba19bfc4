// What a recording says about its run: versions, program, options, seed.
import GoRuntime

/// The run a recording was made from (the `H` chunk).
public struct RecordingHeader: Sendable, Hashable {
    /// gmpscope's version string at recording time ("0.1.0").
    public var gmpscopeVersion: String
    /// The program's name ("demos/worker.go") and full source text.
    public var programName: String
    public var source: String
    public var seed: UInt64
    public var procs: Int
    public var gogc: Int
    /// Format version 2: every other run option that is not at its default,
    /// by its command-line name without dashes, in order ("heap-minimum" =
    /// "262144", "gctrace" = "true", "no-write-barrier" = "true"); a reader
    /// that does not know one cannot re-simulate the run. Version 1: free
    /// text (gmpscope 0.1.0 wrote "procs", "seed" and "gogc" here only).
    public var options: [Option]
    /// The session's UI step at which recording began (0 for `gmpscope record`;
    /// later when `r` was pressed in the visualiser).
    public var startStep: Int

    public struct Option: Sendable, Hashable {
        public var name: String
        public var value: String
        public init(name: String, value: String) { self.name = name; self.value = value }
    }

    /// The value of option `name` (the last one given), nil when absent.
    public func option(_ name: String) -> String? { options.last { $0.name == name }?.value }

    public init(gmpscopeVersion: String, programName: String, source: String, seed: UInt64, procs: Int,
                gogc: Int, options: [Option] = [], startStep: Int = 0) {
        self.gmpscopeVersion = gmpscopeVersion
        self.programName = programName
        self.source = source
        self.seed = seed
        self.procs = procs
        self.gogc = gogc
        self.options = options
        self.startStep = startStep
    }

    func encode(_ w: inout ByteWriter) {
        w.rawString(programName)
        w.rawString(source)
        w.uvar(seed)
        w.svar(procs)
        w.svar(gogc)
        w.uvar(options.count)
        for o in options { w.rawString(o.name); w.rawString(o.value) }
        w.uvar(startStep)
    }

    static func decode(version: String, _ r: inout ByteReader) throws -> RecordingHeader {
        let name = try r.rawString()
        let source = try r.rawString()
        let seed = try r.uvar()
        let procs = try r.int()
        let gogc = try r.int()
        let n = try r.count(limit: 10_000, "option count")
        var opts: [Option] = []
        for _ in 0..<n { opts.append(Option(name: try r.rawString(), value: try r.rawString())) }
        let start = try r.count("start step")
        guard procs >= 1 && procs <= 1 << 16 else { throw r.fail("GOMAXPROCS \(procs) is out of range") }
        return RecordingHeader(gmpscopeVersion: version, programName: name, source: source, seed: seed,
                               procs: procs, gogc: gogc, options: opts, startStep: start)
    }
}

/// The figures the exports chart, sampled after every UI step (the `S`
/// chunks carry them as deltas): clock, scheduler counts, per-P run-queue
/// lengths, heap live/goal and the GC cycle step. Enough for schedtrace
/// lines and perfetto counters without the engine.
public struct SceneCounters: Sendable, Hashable {
    public var time: Int64 = 0
    public var gomaxprocs: Int64 = 0
    public var npidle: Int64 = 0
    public var threads: Int64 = 0
    public var nmspinning: Int64 = 0
    public var nmidle: Int64 = 0
    /// `sched.runqsize`: the global run queue's length.
    public var runqsize: Int64 = 0
    public var heapLive: Int64 = 0
    public var heapGoal: Int64 = 0
    /// `GCCyclePhase.rawValue` and `work.cycles`.
    public var gcStep: Int64 = 0
    public var gcCycle: Int64 = 0
    /// `runqtail - runqhead` per P in `allp` (runnext not counted, as schedtrace).
    public var runq: [Int64] = []

    public init() {}

    /// Reads the figures off a runtime (cheap: no snapshot is built).
    public init(_ rt: Runtime) {
        let s = rt.sched
        time = s.now
        gomaxprocs = Int64(s.gomaxprocs)
        npidle = Int64(s.npidle)
        threads = Int64(s.allm.count)
        nmspinning = Int64(s.nmspinning)
        nmidle = Int64(s.nmidle)
        runqsize = Int64(s.runqsize)
        heapLive = Int64(rt.heap.pacer.heapLive)
        heapGoal = Int64(rt.heap.pacer.trigger().goal)
        gcStep = Int64(rt.gc.step.rawValue)
        gcCycle = Int64(rt.gc.cycles)
        runq = s.allp.map { Int64($0.runqLength) }
    }

    static let fixedFields = 11
    var fieldCount: Int { Self.fixedFields + runq.count }

    subscript(i: Int) -> Int64 {
        get {
            switch i {
            case 0: time; case 1: gomaxprocs; case 2: npidle; case 3: threads; case 4: nmspinning
            case 5: nmidle; case 6: runqsize; case 7: heapLive; case 8: heapGoal; case 9: gcStep
            case 10: gcCycle; default: runq[i - Self.fixedFields]
            }
        }
        set {
            switch i {
            case 0: time = newValue; case 1: gomaxprocs = newValue; case 2: npidle = newValue
            case 3: threads = newValue; case 4: nmspinning = newValue; case 5: nmidle = newValue
            case 6: runqsize = newValue; case 7: heapLive = newValue; case 8: heapGoal = newValue
            case 9: gcStep = newValue; case 10: gcCycle = newValue
            default: runq[i - Self.fixedFields] = newValue
            }
        }
    }

    /// Delta from `prev`: P count, number of changed fields, then (index, zig-zag delta) pairs.
    func encodeDelta(from prev: SceneCounters, _ w: inout ByteWriter) {
        w.uvar(runq.count)
        var changed = 0
        for i in 0..<fieldCount where self[i] != (i < prev.fieldCount ? prev[i] : 0) { changed += 1 }
        w.uvar(changed)
        for i in 0..<fieldCount {
            let old = i < prev.fieldCount ? prev[i] : 0
            if self[i] != old { w.uvar(i); w.svar(self[i] &- old) }
        }
    }

    mutating func applyDelta(_ r: inout ByteReader) throws {
        let np = try r.count(limit: 1 << 16, "P count")
        if np != runq.count {
            runq = Array(runq.prefix(np)) + Array(repeating: 0, count: max(0, np - runq.count))
        }
        let n = try r.count(limit: fieldCount, "changed counter count")
        for _ in 0..<n {
            let i = try r.count(limit: fieldCount - 1, "counter index")
            self[i] = self[i] &+ (try r.svar())
        }
    }
}

/// What the `E` chunk says about the whole run.
public struct RecordingEnd: Sendable, Hashable {
    /// UI steps and events recorded.
    public var steps: Int
    public var events: UInt64
    /// The engine's event-log hash (FNV-1a, `EventLog.hash`) and count at the end:
    /// a later engine replaying the program can check it ran identically.
    public var eventHash: UInt64
    public var eventCount: UInt64
    /// The program's exit code, if it ended while recording.
    public var exitCode: Int32?
    public init(steps: Int, events: UInt64, eventHash: UInt64, eventCount: UInt64, exitCode: Int32?) {
        self.steps = steps; self.events = events; self.eventHash = eventHash
        self.eventCount = eventCount; self.exitCode = exitCode
    }
}
