// mgc.go orchestration state: which step of the cycle runs, the STW pauses and
// their timing (for gctrace), the mark worker goroutines and their modes, the
// assist queue and per-G assist credit, goroutines blocked in runtime.GC(),
// and the options (--gctrace, --heap-minimum, the barrier teaching switch).
// The memory itself (spans, mark bits, queues, pacer) is in HeapState.

/// The collector's control state, stored by the runtime as `rt.gc`.
public struct GCState: Sendable {
    /// Print one `gctrace=1` line per cycle (`--gctrace`).
    public var gctrace = false
    /// The gctrace lines printed so far (the runtime writes them to stderr).
    public internal(set) var traceLines: [String] = []
    /// Step of the current cycle (`off` between cycles, `sweep` while sweeping).
    public internal(set) var step = GCCyclePhase.off
    /// `work.cycles`: cycles started.
    public internal(set) var cycles = 0
    /// The current cycle was started by runtime.GC().
    public internal(set) var userForced = false
    /// Timestamps (simulated ns) of this cycle: sweep termination start, mark
    /// start, mark termination start, end; and of program start.
    public internal(set) var tSweepTerm: Int64 = 0
    public internal(set) var tMark: Int64 = 0
    public internal(set) var tMarkTerm: Int64 = 0
    public internal(set) var tEnd: Int64 = 0
    /// GC CPU time accumulated (for the `#%` of gctrace).
    public internal(set) var totalGCCPU: Int64 = 0
    /// `gcBgMarkWorker` goroutine per P (GID.none until created).
    public internal(set) var markWorkers: [GID] = []
    /// `p.gcMarkWorkerMode` per P.
    public internal(set) var workerMode: [GCWorkerMode] = []
    /// When each P's current worker started (ns) and `p.gcFractionalMarkTime`.
    public internal(set) var workerStart: [Int64] = []
    public internal(set) var fractionalTime: [Int64] = []
    /// Dedicated workers still to start this cycle.
    public internal(set) var dedicatedLeft = 0
    /// `g.gcAssistBytes` per G slot (negative = debt).
    public internal(set) var assistBytes: [Int64] = []
    /// `work.assistQueue`: goroutines parked "GC assist wait".
    public internal(set) var assistQueue: [GID] = []
    /// Goroutines blocked in runtime.GC() and the cycle count they wait for.
    public internal(set) var gcWaiters: [(g: GID, cycle: Int)] = []
    /// Goroutines parked in "GC sweep wait" for the sweep to finish (runtime.GC's last part).
    public internal(set) var sweepWaiters: [GID] = []
    /// The bgsweep goroutine (created by the scheduler at start-up).
    public var bgsweep = GID.none
    /// bgsweep is parked waiting to be readied by gcSweep.
    public internal(set) var bgsweepParked = false
    /// Total assist work per G for the pane (bytes of scan work).
    public internal(set) var assistWorkByG: [Int64] = []
    /// The worker G running on each P (GID.none if none).
    public internal(set) var workerG: [GID] = []
    /// A cycle start was requested (heap trigger or runtime.GC) and not begun yet.
    public internal(set) var startRequested = false
    public internal(set) var startForced = false
    /// runtime.GC() is waiting for a cycle that has not started yet.
    public internal(set) var forcedPending = false
    /// A worker is stopping the world for mark termination.
    public internal(set) var markTermPending = false
    /// The goroutine doing the STW of the current step (forcegc helper or a worker).
    public internal(set) var stwG = GID.none
    public internal(set) var helperStarted = false
    public internal(set) var hooksInstalled = false
    /// `gcinit` was called (else GOGC comes from RuntimeConfig when the hooks install).
    public internal(set) var configured = false
    /// Simulated costs.
    public var cost = GCCostModel()
    public init() {}

    /// Per-P arrays sized to GOMAXPROCS.
    mutating func resize(procs n: Int) {
        func fit<T>(_ a: inout [T], _ v: T) {
            if a.count < n { a.append(contentsOf: repeatElement(v, count: n - a.count)) }
            else if a.count > n { a.removeLast(a.count - n) }
        }
        fit(&workerMode, .notWorker)
        fit(&workerStart, 0)
        fit(&fractionalTime, 0)
        fit(&workerG, .none)
    }

    /// Charge `bytes` of allocation to g's assist credit (`g.gcAssistBytes -= size`).
    @inline(__always)
    mutating func chargeAssist(_ g: GID, bytes: Int64) {
        if assistBytes.count <= g.index { assistBytes.append(contentsOf: repeatElement(0, count: g.index + 1 - assistBytes.count)) }
        assistBytes[g.index] -= bytes
    }

    mutating func addAssistWork(_ g: GID, _ w: Int64) {
        if assistWorkByG.count <= g.index { assistWorkByG.append(contentsOf: repeatElement(0, count: g.index + 1 - assistWorkByG.count)) }
        assistWorkByG[g.index] += w
    }

    /// `memstats.gc_cpu_fraction`.
    func cpuFraction(now: Int64, procs: Int) -> Double {
        now <= 0 ? 0 : Double(totalGCCPU) / (Double(now) * Double(max(procs, 1)))
    }
}

/// What the GC pane draws.
public struct GCSnapshot: Sendable, Hashable {
    public var step = GCCyclePhase.off
    public var phase = GCPhase.off
    public var cycle = 0
    public var writeBarrier = false
    public var barrierDisabledForTeaching = false
    public var greyQueue = 0
    public var wbBuffered = 0
    public var greyed = 0
    public var blackened = 0
    public var barrierShades = 0
    public var bytesMarked = 0
    public var heapLive = 0
    public var heapGoal = 0
    public var trigger = 0
    public var heapMarked = 0
    public var gogc = 100
    public var dedicatedWorkers = 0
    public var fractionalGoal = 0.0
    /// Mode of the mark worker on each P (`.notWorker` when none runs).
    public var workerModes: [GCWorkerMode] = []
    /// Goroutines parked in GC assist wait, and assist work done per goroutine slot (non-zero only).
    public var assistQueue: [GID] = []
    public var assistWork: [GCAssistInfo] = []
    public var rootsDone = 0
    public var rootsTotal = 0
    public var lastTrace: String? = nil
    public init() {}
    /// Memberwise (public so Recording and TraceImport can build one).
    public init(step: GCCyclePhase, phase: GCPhase, cycle: Int, writeBarrier: Bool,
        barrierDisabledForTeaching: Bool, greyQueue: Int, wbBuffered: Int, greyed: Int,
        blackened: Int, barrierShades: Int, bytesMarked: Int, heapLive: Int, heapGoal: Int,
        trigger: Int, heapMarked: Int, gogc: Int, dedicatedWorkers: Int, fractionalGoal: Double,
        workerModes: [GCWorkerMode], assistQueue: [GID], assistWork: [GCAssistInfo],
        rootsDone: Int, rootsTotal: Int, lastTrace: String?) {
        self.step = step; self.phase = phase; self.cycle = cycle; self.writeBarrier = writeBarrier
        self.barrierDisabledForTeaching = barrierDisabledForTeaching; self.greyQueue = greyQueue
        self.wbBuffered = wbBuffered; self.greyed = greyed; self.blackened = blackened
        self.barrierShades = barrierShades; self.bytesMarked = bytesMarked; self.heapLive = heapLive
        self.heapGoal = heapGoal; self.trigger = trigger; self.heapMarked = heapMarked
        self.gogc = gogc; self.dedicatedWorkers = dedicatedWorkers
        self.fractionalGoal = fractionalGoal; self.workerModes = workerModes
        self.assistQueue = assistQueue; self.assistWork = assistWork; self.rootsDone = rootsDone
        self.rootsTotal = rootsTotal; self.lastTrace = lastTrace
    }
}

public struct GCAssistInfo: Sendable, Hashable {
    public var g: GID
    public var workBytes: Int64
    public var debtBytes: Int64
    /// Memberwise (public so Recording and TraceImport can build one).
    public init(g: GID, workBytes: Int64, debtBytes: Int64) {
        self.g = g; self.workBytes = workBytes; self.debtBytes = debtBytes
    }
}

extension GCState {
    /// The snapshot of the collector (needs the heap for the mark counters).
    public func snapshot(heap: HeapState) -> GCSnapshot {
        var s = GCSnapshot()
        s.step = step
        s.phase = heap.gcphase
        s.cycle = cycles
        s.writeBarrier = heap.writeBarrierEnabled
        s.barrierDisabledForTeaching = heap.barrierDisabledForTeaching
        s.greyQueue = heap.work.queued
        s.wbBuffered = heap.work.wbBuffered
        s.greyed = heap.work.greyed
        s.blackened = heap.work.blackened
        s.barrierShades = heap.work.barrierShades
        s.bytesMarked = heap.work.bytesMarked
        s.heapLive = heap.pacer.heapLive
        let (t, g) = heap.pacer.trigger()
        s.heapGoal = g
        s.trigger = t
        s.heapMarked = heap.pacer.heapMarked
        s.gogc = heap.pacer.gcPercent
        s.dedicatedWorkers = heap.pacer.dedicatedMarkWorkersNeeded
        s.fractionalGoal = heap.pacer.fractionalUtilizationGoal
        s.workerModes = workerMode
        s.assistQueue = assistQueue
        for i in assistWorkByG.indices where assistWorkByG[i] != 0 || (i < assistBytes.count && assistBytes[i] < 0) {
            s.assistWork.append(GCAssistInfo(g: GID(index: i), workBytes: assistWorkByG[i], debtBytes: i < assistBytes.count ? -min(assistBytes[i], 0) : 0))
        }
        s.rootsDone = heap.work.markrootNext
        s.rootsTotal = heap.work.roots.count
        s.lastTrace = traceLines.last
        return s
    }
}
