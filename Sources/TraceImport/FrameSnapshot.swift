// A frame of a real trace as the panes' `Snapshot`: what the log has is
// filled in; what it lacks stays empty or zero (docs/trace-import.md lists
// both). Queue contents are unknown: the snapshot's queues are empty and
// the lengths travel beside it in `RealTrace` (`TraceFrame.realTrace`),
// whose `queueContentsKnown` is false.
import GoRuntime

extension TraceFrame {
    /// `GStatus` for a printed `readgstatus` (the `_Gscan` bit 0x1000 dropped);
    /// nil for values Go never prints for a live G (5, 7, unknown).
    static func gStatus(_ raw: Int) -> GStatus? {
        GStatus(rawValue: UInt8(truncatingIfNeeded: raw & ~0x1000)).flatMap { raw & ~0x1000 < 16 ? $0 : nil }
    }

    /// The `WaitReason` whose label Go printed, or nil for labels this Go
    /// runtime model does not have (older ones such as "timer goroutine (idle)").
    static func waitReason(_ label: String) -> WaitReason? {
        if label.isEmpty { return .zero }
        return WaitReason.allCases.first { $0.goString == label }
    }

    /// The M that printed this block: schedtrace runs on sysmon, which holds
    /// no P and no G and has locks held while it prints.
    static func isSysmon(_ m: TraceM) -> Bool { m.p < 0 && m.curg < 0 && !m.blocked && !m.spinning && m.locks > 0 }

    /// Each P's run queue length (index = P id): the P line's `runqsize`
    /// (scheddetail), else the summary's per-P list; 0 when neither says.
    public var runqLengths: [Int] {
        let n = max(0, summary.gomaxprocs)
        var out = [Int](repeating: 0, count: n)
        var seen = [Bool](repeating: false, count: n)
        for p in ps where p.id >= 0 && p.id < n && !seen[p.id] {
            out[p.id] = max(0, p.runqsize)
            seen[p.id] = true
        }
        if let list = summary.perPRunq {
            for i in 0..<min(n, list.count) where !seen[i] { out[i] = max(0, list[i]) }
        }
        return out
    }

    /// The panes' view of this frame (events are added by `TraceSource`).
    public func snapshot() -> Snapshot {
        let s = summary
        let n = max(0, s.gomaxprocs)
        var ps: [PSnapshot] = []
        ps.reserveCapacity(n)
        var gs: [GSnapshot] = []
        var ms: [MSnapshot] = []
        var dead = 0
        var pSlots = [PSnapshot?](repeating: nil, count: n)
        if isDetailed {
            let gStatusByGoid = Dictionary(self.gs.map { ($0.goid, $0.rawStatus) }, uniquingKeysWith: { a, _ in a })
            for m in self.ms {
                let curgSyscall = m.curg > 0 && gStatusByGoid[m.curg].flatMap(Self.gStatus) == .syscall
                let state: MState
                if Self.isSysmon(m) { state = .sysmon }
                else if m.blocked && m.p < 0 { state = .idle }
                else if curgSyscall && m.p < 0 { state = .syscall }
                else { state = .running }
                ms.append(SnapshotTemplates.m(
                    id: MID(Int32(clamping: m.id)), state: state, p: state == .syscall ? .none : PID(Int32(clamping: m.p)),
                    oldp: .none, curg: max(0, m.curg), spinning: m.spinning, inSyscall: state == .syscall,
                    isSysmon: state == .sysmon, idle: state == .idle, clock: 0, wakeAt: 0))
            }
            ms.sort { $0.id < $1.id }
            // One slot per P id (a repeated id keeps the first line).
            var slots = [PSnapshot?](repeating: nil, count: n)
            for p in self.ps where p.id < n && slots[p.id] == nil {
                let holder = self.ms.first { $0.p == p.id }
                slots[p.id] = SnapshotTemplates.p(
                    id: PID(Int32(clamping: p.id)), status: PStatus(rawValue: UInt8(clamping: max(0, p.status))) ?? .dead,
                    m: p.m < 0 ? .none : MID(Int32(clamping: p.m)),
                    curg: max(0, holder?.curg ?? 0), runnext: 0, runq: [],
                    schedtick: UInt32(clamping: max(0, p.schedtick)), syscalltick: UInt32(clamping: max(0, p.syscalltick)),
                    timers: max(0, p.timerslen ?? 0), nextTimer: 0, gFree: Int32(clamping: p.gfreecnt), sliceStart: 0)
            }
            pSlots = slots
            for (i, g) in self.gs.enumerated() {
                guard let st = Self.gStatus(g.rawStatus), st != .dead, st != .idle else { dead += 1; continue }
                let reason = Self.waitReason(g.waitreason)
                let m = self.ms.first { Int64($0.id) == Int64(g.m) }
                let p: PID = (m.map { PID(Int32(clamping: $0.p)) }) ?? .none
                gs.append(SnapshotTemplates.g(
                    gid: GID(index: i), goid: g.goid, status: st, waitreason: reason ?? .zero, waitObject: .none,
                    waitsince: 0, queue: .none, p: st == .running ? p : .none, m: g.m >= 0 ? MID(Int32(clamping: g.m)) : .none,
                    lastP: .none, startFunction: "", function: "",
                    file: "", line: 0, isSystem: false, parentGoid: 0, createdBy: "", createdAt: 0, runTime: 0, preempt: false))
            }
            gs.sort { $0.goid < $1.goid }
        }
        // Ps missing from the block (summary-only traces, or a truncated block):
        // the count of idle Ps is known, which ones is not; the first
        // gomaxprocs-idleprocs are drawn running.
        let busy = n - max(0, min(n, s.idleprocs))
        for i in 0..<n {
            if let p = pSlots[i] { ps.append(p); continue }
            let tick = s.schedticks.map { i < $0.count ? $0[i] : 0 } ?? 0
            ps.append(SnapshotTemplates.p(
                id: PID(Int32(i)), status: i < busy ? .running : .idle, m: .none, curg: 0, runnext: 0,
                runq: [], schedtick: UInt32(clamping: max(0, tick)),
                syscalltick: 0, timers: 0, nextTimer: 0, gFree: 0, sliceStart: 0))
        }
        var snap = SnapshotTemplates.snapshot(
            time: s.timeMs &* 1_000_000, step: 0, gomaxprocs: n, ps: ps, ms: ms, gs: gs,
            globalRunq: [],
            nmspinning: Int32(clamping: s.spinningthreads), npidle: Int32(clamping: s.idleprocs),
            nmidle: Int32(clamping: s.idlethreads), deadGs: dead, sysmonDelay: 0, sysmonLoops: 0, sysmonRetaken: 0,
            sysmonPreempted: 0, sysmonDeepSleep: (s.sysmonwait ?? 0) != 0,
            stopTheWorld: (s.gcwaiting ?? 0) != 0 ? .other : nil,
            recentEvents: [], eventCount: 0, eventHash: 0, outputBytes: 0, exitCode: nil, fatalMessage: nil)
        snap.gc.workerModes = []
        return snap
    }

}

extension Snapshot {
    /// Applies the newest gctrace line seen so far: cycle number, live heap
    /// after the cycle (`heap2`), goal, and the line itself.
    mutating func apply(gc g: GCTraceLine) {
        let mb = 1 << 20
        gc.cycle = g.cycle
        gc.heapLive = g.heapLiveMB &* mb
        gc.heapMarked = g.heapLiveMB &* mb
        gc.heapGoal = g.goalMB &* mb
        gc.lastTrace = g.text
        heap.heapLive = g.heapLiveMB &* mb
        heap.heapGoal = g.goalMB &* mb
        heap.numGC = UInt32(clamping: g.cycle)
    }
}
