/// One P as the panes draw it.
public struct PSnapshot: Sendable, Hashable {
    public var id: PID
    public var status: PStatus
    /// The M holding it (`_Prunning`) or sitting in a syscall with it.
    public var m: MID
    /// The G it is running (goid, 0 = none).
    public var curg: Goid
    /// `runnext` (goid, 0 = none) and the local ring, head first (goids).
    public var runnext: Goid
    public var runq: [Goid]
    public var schedtick: UInt32
    public var syscalltick: UInt32
    public var timers: Int
    /// When the earliest of its timers fires (0 = none).
    public var nextTimer: Int64
    /// Free Gs cached on it.
    public var gFree: Int32
    /// Simulated time the current time slice began.
    public var sliceStart: Int64
    /// Memberwise (public so Recording and TraceImport can build one).
    public init(id: PID, status: PStatus, m: MID, curg: Goid, runnext: Goid, runq: [Goid],
        schedtick: UInt32, syscalltick: UInt32, timers: Int, nextTimer: Int64, gFree: Int32,
        sliceStart: Int64) {
        self.id = id; self.status = status; self.m = m; self.curg = curg; self.runnext = runnext
        self.runq = runq; self.schedtick = schedtick; self.syscalltick = syscalltick
        self.timers = timers; self.nextTimer = nextTimer; self.gFree = gFree
        self.sliceStart = sliceStart
    }
}

/// One M as the panes draw it.
public struct MSnapshot: Sendable, Hashable {
    public var id: MID
    public var state: MState
    public var p: PID
    /// The P it had before its syscall.
    public var oldp: PID
    public var curg: Goid
    public var spinning: Bool
    public var inSyscall: Bool
    public var isSysmon: Bool
    public var idle: Bool
    /// Its clock, and when it next acts (syscall end, netpoll wake, sysmon tick).
    public var clock: Int64
    public var wakeAt: Int64
    /// Memberwise (public so Recording and TraceImport can build one).
    public init(id: MID, state: MState, p: PID, oldp: PID, curg: Goid, spinning: Bool, inSyscall: Bool,
        isSysmon: Bool, idle: Bool, clock: Int64, wakeAt: Int64) {
        self.id = id; self.state = state; self.p = p; self.oldp = oldp; self.curg = curg
        self.spinning = spinning; self.inSyscall = inSyscall; self.isSysmon = isSysmon
        self.idle = idle; self.clock = clock; self.wakeAt = wakeAt
    }
}

/// One goroutine as the panes draw it.
public struct GSnapshot: Sendable, Hashable {
    public var gid: GID
    public var goid: Goid
    public var status: GStatus
    public var waitreason: WaitReason
    public var waitObject: WaitObject
    public var waitsince: Int64
    /// Where a runnable G is queued.
    public var queue: RunQueueLocation
    /// The P/M it runs on (running or syscall).
    public var p: PID
    public var m: MID
    /// The P it last ran on.
    public var lastP: PID
    /// Start function ("main.worker") and current position (from the executor).
    public var startFunction: String
    public var function: String
    public var file: String
    public var line: Int
    public var isSystem: Bool
    public var parentGoid: Goid
    public var createdBy: String
    public var createdAt: Int64
    public var runTime: Int64
    public var preempt: Bool
    /// Simulated stack size (bytes) and how many times `newstack` grew it.
    public var stackSize: Int = stackMin
    public var stackGrowths: Int = 0
    /// The status label Go's traceback prints ("running", "chan receive" …).
    public var label: String {
        status == .waiting ? waitreason.goString : status.goName
    }
    /// Memberwise (public so Recording and TraceImport can build one).
    public init(gid: GID, goid: Goid, status: GStatus, waitreason: WaitReason, waitObject: WaitObject,
        waitsince: Int64, queue: RunQueueLocation, p: PID, m: MID, lastP: PID,
        startFunction: String, function: String, file: String, line: Int, isSystem: Bool,
        parentGoid: Goid, createdBy: String, createdAt: Int64, runTime: Int64, preempt: Bool,
        stackSize: Int = stackMin, stackGrowths: Int = 0) {
        self.gid = gid; self.goid = goid; self.status = status; self.waitreason = waitreason
        self.waitObject = waitObject; self.waitsince = waitsince; self.queue = queue; self.p = p
        self.m = m; self.lastP = lastP; self.startFunction = startFunction; self.function = function
        self.file = file; self.line = line; self.isSystem = isSystem; self.parentGoid = parentGoid
        self.createdBy = createdBy; self.createdAt = createdAt; self.runTime = runTime
        self.preempt = preempt; self.stackSize = stackSize; self.stackGrowths = stackGrowths
    }
}

/// Everything the panes draw, as plain values; take one per frame.
public struct Snapshot: Sendable {
    public var time: Int64
    public var step: UInt64
    public var gomaxprocs: Int
    public var ps: [PSnapshot]
    public var ms: [MSnapshot]
    /// Live goroutines (not `_Gdead`), by goid.
    public var gs: [GSnapshot]
    /// The global run queue, head first (goids).
    public var globalRunq: [Goid]
    public var nmspinning: Int32
    public var npidle: Int32
    public var nmidle: Int32
    public var deadGs: Int
    /// sysmon: current sleep, loops, retaken Ps, preemptions, deep sleep.
    public var sysmonDelay: Int64
    public var sysmonLoops: Int64
    public var sysmonRetaken: Int64
    public var sysmonPreempted: Int64
    public var sysmonDeepSleep: Bool
    /// A stop-the-world is in progress (and why).
    public var stopTheWorld: STWReason?
    /// The newest events, oldest first.
    public var recentEvents: [Event]
    public var eventCount: UInt64
    public var eventHash: UInt64
    /// Bytes written to stdout/stderr so far.
    public var outputBytes: Int
    public var exitCode: Int32?
    public var fatalMessage: String?
    /// Filled by the other areas' snapshot functions.
    public var chans: [ChanSnapshot] = []
    public var sync: [SyncSnapshot] = []
    public var heap: HeapSnapshot = HeapSnapshot()
    public var gc: GCSnapshot = GCSnapshot()
    /// Memberwise (public so Recording and TraceImport can build one).
    public init(time: Int64, step: UInt64, gomaxprocs: Int, ps: [PSnapshot], ms: [MSnapshot],
        gs: [GSnapshot], globalRunq: [Goid], nmspinning: Int32, npidle: Int32, nmidle: Int32,
        deadGs: Int, sysmonDelay: Int64, sysmonLoops: Int64, sysmonRetaken: Int64,
        sysmonPreempted: Int64, sysmonDeepSleep: Bool, stopTheWorld: STWReason?,
        recentEvents: [Event], eventCount: UInt64, eventHash: UInt64, outputBytes: Int,
        exitCode: Int32?, fatalMessage: String?, chans: [ChanSnapshot] = [],
        sync: [SyncSnapshot] = [], heap: HeapSnapshot = HeapSnapshot(),
        gc: GCSnapshot = GCSnapshot()) {
        self.time = time; self.step = step; self.gomaxprocs = gomaxprocs; self.ps = ps; self.ms = ms
        self.gs = gs; self.globalRunq = globalRunq; self.nmspinning = nmspinning
        self.npidle = npidle; self.nmidle = nmidle; self.deadGs = deadGs
        self.sysmonDelay = sysmonDelay; self.sysmonLoops = sysmonLoops
        self.sysmonRetaken = sysmonRetaken; self.sysmonPreempted = sysmonPreempted
        self.sysmonDeepSleep = sysmonDeepSleep; self.stopTheWorld = stopTheWorld
        self.recentEvents = recentEvents; self.eventCount = eventCount; self.eventHash = eventHash
        self.outputBytes = outputBytes; self.exitCode = exitCode; self.fatalMessage = fatalMessage
        self.chans = chans; self.sync = sync; self.heap = heap; self.gc = gc
    }
}

extension Runtime {
    /// A snapshot of the whole runtime (`recentEvents` newest events); the
    /// heap and GC parts can be left out when a frame does not draw them.
    public func snapshot(recentEvents: Int = 64, includeHeap: Bool = true) -> Snapshot {
        let s = sched
        func gd(_ g: GID) -> Goid { g.isNone ? 0 : s.allgs[g.index].goid }
        var ps: [PSnapshot] = []
        ps.reserveCapacity(s.allp.count)
        for p in s.allp {
            let cur: Goid = p.m.isNone ? 0 : gd(s.allm[p.m.index].curg)
            ps.append(PSnapshot(
                id: p.id, status: p.status, m: p.m, curg: cur, runnext: gd(p.runnext),
                runq: p.runqContents.map(gd), schedtick: p.schedtick, syscalltick: p.syscalltick,
                timers: p.timers.count, nextTimer: p.timers.first.map { s.timers[$0.index].when } ?? 0,
                gFree: p.gFreeCount, sliceStart: p.sliceStart))
        }
        var ms: [MSnapshot] = []
        ms.reserveCapacity(s.allm.count)
        for m in s.allm {
            let p: PID = m.state == .syscall ? .none : m.p
            ms.append(MSnapshot(
                id: m.id, state: m.state, p: p, oldp: m.oldp, curg: gd(m.curg), spinning: m.spinning,
                inSyscall: m.state == .syscall, isSysmon: m.isSysmon, idle: m.state == .idle,
                clock: m.clock, wakeAt: m.wakeAt))
        }
        var gs: [GSnapshot] = []
        var dead = 0
        for (i, g) in s.allgs.enumerated() {
            if g.status == .dead || g.status == .idle { dead += 1; continue }
            let gid = GID(index: i)
            let loc: SourceLocation?
            if case .user = g.body { loc = executor.location(g: gid) } else { loc = nil }
            let start = s.funcNames[Int(g.nameIndex)]
            let p: PID = g.m.isNone ? .none : s.allm[g.m.index].p
            gs.append(GSnapshot(
                gid: gid, goid: g.goid, status: g.status, waitreason: g.waitreason, waitObject: g.waitObject,
                waitsince: g.waitsince, queue: g.queue, p: p, m: g.m, lastP: g.lastP,
                startFunction: start, function: loc?.function ?? start, file: loc?.file ?? "",
                line: loc?.line ?? 0, isSystem: g.isSystem, parentGoid: g.parentGoid,
                createdBy: g.creatorNameIndex >= 0 ? s.funcNames[Int(g.creatorNameIndex)] : "",
                createdAt: g.createdAt, runTime: g.runTime, preempt: g.preempt,
                stackSize: Int(g.stackSize), stackGrowths: Int(g.stackGrowths)))
        }
        gs.sort { $0.goid < $1.goid }
        var snap = Snapshot(
            time: s.now, step: s.steps, gomaxprocs: Int(s.gomaxprocs), ps: ps, ms: ms, gs: gs,
            globalRunq: globalRunqContents.map(gd), nmspinning: s.nmspinning, npidle: s.npidle,
            nmidle: s.nmidle, deadGs: dead, sysmonDelay: s.sysmon.delay, sysmonLoops: s.sysmon.loops,
            sysmonRetaken: s.sysmon.retaken, sysmonPreempted: s.sysmon.preempted,
            sysmonDeepSleep: s.sysmon.sysmonwait, stopTheWorld: s.gcwaiting ? s.stwReason : nil,
            recentEvents: Array(events.recent(recentEvents)), eventCount: events.count,
            eventHash: events.hash, outputBytes: s.output.bytes.count, exitCode: s.exitCode,
            fatalMessage: s.fatalMessage)
        snap.chans = chanSnapshot()
        snap.sync = syncSnapshot()
        if includeHeap {
            snap.heap = heap.snapshot()
            snap.gc = gc.snapshot(heap: heap)
        }
        return snap
    }
}
