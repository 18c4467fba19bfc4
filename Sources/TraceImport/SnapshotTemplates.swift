// GoRuntime's snapshot structs have only internal memberwise initialisers, so
// the importer takes one value of each from a tiny scripted runtime and
// overwrites every (public) field. Remove once GoRuntime offers public inits.
import GoRuntime

enum SnapshotTemplates {
    struct Set: Sendable {
        var snapshot: Snapshot
        var p: PSnapshot
        var m: MSnapshot
        var g: GSnapshot
    }

    /// Built once: a 1-P runtime whose main goroutine sleeps.
    static let shared: Set = {
        let rt = Runtime(config: RuntimeConfig(gomaxprocs: 1, seed: 1),
                         executor: ScriptExecutor([Script("main.main", [.sleep(1_000_000)])]))
        var s = rt.snapshot(recentEvents: 0)
        var steps = 0
        while (s.gs.isEmpty || s.ms.isEmpty || s.ps.isEmpty), steps < 1000, rt.step() {
            s = rt.snapshot(recentEvents: 0)
            steps += 1
        }
        precondition(!s.gs.isEmpty && !s.ms.isEmpty && !s.ps.isEmpty, "scripted runtime gave no G/M/P")
        var blank = s
        blank.ps = []; blank.ms = []; blank.gs = []; blank.globalRunq = []
        blank.chans = []; blank.sync = []; blank.heap = HeapSnapshot(); blank.gc = GCSnapshot()
        blank.recentEvents = []
        return Set(snapshot: blank, p: s.ps[0], m: s.ms[0], g: s.gs[0])
    }()

    static func p(id: PID, status: PStatus, m: MID, curg: Goid, runnext: Goid, runq: [Goid], schedtick: UInt32,
                  syscalltick: UInt32, timers: Int, nextTimer: Int64, gFree: Int32, sliceStart: Int64) -> PSnapshot {
        var p = shared.p
        p.id = id; p.status = status; p.m = m; p.curg = curg; p.runnext = runnext; p.runq = runq
        p.schedtick = schedtick; p.syscalltick = syscalltick; p.timers = timers; p.nextTimer = nextTimer
        p.gFree = gFree; p.sliceStart = sliceStart
        return p
    }

    static func m(id: MID, state: MState, p: PID, oldp: PID, curg: Goid, spinning: Bool, inSyscall: Bool,
                  isSysmon: Bool, idle: Bool, clock: Int64, wakeAt: Int64) -> MSnapshot {
        var m = shared.m
        m.id = id; m.state = state; m.p = p; m.oldp = oldp; m.curg = curg; m.spinning = spinning
        m.inSyscall = inSyscall; m.isSysmon = isSysmon; m.idle = idle; m.clock = clock; m.wakeAt = wakeAt
        return m
    }

    static func g(gid: GID, goid: Goid, status: GStatus, waitreason: WaitReason, waitObject: WaitObject,
                  waitsince: Int64, queue: RunQueueLocation, p: PID, m: MID, lastP: PID, startFunction: String,
                  function: String, file: String, line: Int, isSystem: Bool, parentGoid: Goid, createdBy: String,
                  createdAt: Int64, runTime: Int64, preempt: Bool) -> GSnapshot {
        var g = shared.g
        g.gid = gid; g.goid = goid; g.status = status; g.waitreason = waitreason; g.waitObject = waitObject
        g.waitsince = waitsince; g.queue = queue; g.p = p; g.m = m; g.lastP = lastP
        g.startFunction = startFunction; g.function = function; g.file = file; g.line = line
        g.isSystem = isSystem; g.parentGoid = parentGoid; g.createdBy = createdBy; g.createdAt = createdAt
        g.runTime = runTime; g.preempt = preempt
        return g
    }

    static func snapshot(time: Int64, step: UInt64, gomaxprocs: Int, ps: [PSnapshot], ms: [MSnapshot], gs: [GSnapshot],
                         globalRunq: [Goid], nmspinning: Int32, npidle: Int32, nmidle: Int32, deadGs: Int,
                         sysmonDelay: Int64, sysmonLoops: Int64, sysmonRetaken: Int64, sysmonPreempted: Int64,
                         sysmonDeepSleep: Bool, stopTheWorld: STWReason?, recentEvents: [Event], eventCount: UInt64,
                         eventHash: UInt64, outputBytes: Int, exitCode: Int32?, fatalMessage: String?) -> Snapshot {
        var s = shared.snapshot
        s.time = time; s.step = step; s.gomaxprocs = gomaxprocs; s.ps = ps; s.ms = ms; s.gs = gs
        s.globalRunq = globalRunq; s.nmspinning = nmspinning; s.npidle = npidle; s.nmidle = nmidle; s.deadGs = deadGs
        s.sysmonDelay = sysmonDelay; s.sysmonLoops = sysmonLoops; s.sysmonRetaken = sysmonRetaken
        s.sysmonPreempted = sysmonPreempted; s.sysmonDeepSleep = sysmonDeepSleep; s.stopTheWorld = stopTheWorld
        s.recentEvents = recentEvents; s.eventCount = eventCount; s.eventHash = eventHash; s.outputBytes = outputBytes
        s.exitCode = exitCode; s.fatalMessage = fatalMessage
        return s
    }
}
