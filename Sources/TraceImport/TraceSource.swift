// `SimulationSource` over an imported real trace: UI step k shows frame k
// (SCHED block k). Stepping is an index move, so back and seek are exact.
// The Events pane gets the gctrace lines and program writes logged since the
// previous frame; the Source pane shows what real traces contain and lack,
// then the program's output.
import GoRuntime
import TerminalUI

public struct TraceSource: SimulationSource, TimedFrames {
    public let log: TraceLog
    public let programName: String
    public let sourceLines: [SourceLine]
    public private(set) var step = 0
    /// Events of each frame (the lines logged before it), with global `seq`.
    private let frameEvents: [[Event]]
    /// Events logged up to and including each frame.
    private let eventsBefore: [Int]
    /// Index in `allGC` of the newest gc line at or before each frame (-1 none).
    private let gcIndex: [Int]
    private let allGC: [GCTraceLine]
    /// The gc lines as the panes show them (same order as `allGC`).
    private let cycles: [RealTrace.GCCycle]
    /// Presenter's marks for `play --pause-at` (sorted steps).
    public var marks: [Int] = []
    /// Output lines up to each frame (count), and all output lines.
    private let outputCount: [Int]
    private let output: [String]
    /// Events kept in snapshots for the Events pane.
    public var recentEventCount = 200

    public init(log: TraceLog, name: String) {
        self.log = log
        programName = name
        var events: [[Event]] = []
        var before: [Int] = []
        var gcIdx: [Int] = []
        var gcs: [GCTraceLine] = []
        var outCount: [Int] = []
        var out: [String] = []
        var seq: UInt64 = 0
        var total = 0
        var procs = log.frames.first?.summary.gomaxprocs ?? 0
        for f in log.frames {
            var evs: [Event] = []
            if f.summary.gomaxprocs != procs {
                evs.append(Event(seq: seq, time: f.summary.timeMs &* 1_000_000, p: .none, m: .none, g: 0,
                                 kind: .sched(.procResize(old: Int32(clamping: procs), new: Int32(clamping: f.summary.gomaxprocs)))))
                seq += 1
                procs = f.summary.gomaxprocs
            }
            for item in f.items {
                switch item.kind {
                case let .gc(g):
                    evs.append(Event(seq: seq, time: g.timeNs, p: .none, m: .none, g: 0, kind: .gc(.trace(g.text))))
                    gcs.append(g)
                    seq += 1
                case let .output(s):
                    evs.append(Event(seq: seq, time: f.summary.timeMs &* 1_000_000, p: .none, m: .none, g: 0,
                                     kind: .sched(.write(fd: 2, bytes: Int32(clamping: s.utf8.count + 1)))))
                    out.append(s)
                    seq += 1
                case .runtimeNote:
                    break
                }
            }
            total += evs.count
            events.append(evs)
            before.append(total)
            gcIdx.append(gcs.count - 1)
            outCount.append(out.count)
        }
        frameEvents = events
        eventsBefore = before
        gcIndex = gcIdx
        allGC = gcs
        cycles = gcs.map(\.gcCycle)
        outputCount = outCount
        output = out
        sourceLines = TraceNotes.lines(log: log, name: name, output: out)
    }

    public var frameCount: Int { log.frames.count }

    public var outputLines: [OutputLine] { errorOutput.map { OutputLine($0, isError: true) } }
    public var isFinished: Bool { step >= log.frames.count - 1 }
    public var lastStepEvents: [Event] { step > 0 && !lastWasBack ? frameEvents[step] : [] }
    private var lastWasBack = false

    /// Program output up to the current frame (the log mixes it into stderr).
    public var errorOutput: [String] {
        guard !log.frames.isEmpty else { return [] }
        return Array(output.prefix(outputCount[step]))
    }

    public func snapshot(selection: Item?) -> Snapshot { snapshot(at: step) }

    public func currentTime() -> Int64 { time(ofStep: step) }
    public func time(ofStep k: Int) -> Int64 {
        guard !log.frames.isEmpty else { return 0 }
        return log.frames[max(0, min(k, log.frames.count - 1))].summary.timeMs &* 1_000_000
    }
    public func step(atTime ns: Int64) -> Int { frameIndex(atTime: ns) }
    public var pauseHere: Bool { marks.contains(step) }

    /// What the panes need beyond the snapshot: queue lengths (contents are
    /// not in real traces), wait reasons as logged, the gc cycles so far.
    public var realTrace: RealTrace? { realTrace(at: step) }

    public func realTrace(at k: Int) -> RealTrace? {
        guard !log.frames.isEmpty else { return nil }
        let k = max(0, min(k, log.frames.count - 1))
        let f = log.frames[k]
        var reasons = f.gs.filter { !$0.waitreason.isEmpty }.map { RealTrace.Reason(goid: $0.goid, text: $0.waitreason) }
        reasons.sort { $0.goid < $1.goid }
        return RealTrace(name: programName, frame: k, frameCount: log.frames.count, schedMs: f.summary.timeMs,
                         detailed: f.isDetailed, runqLengths: f.runqLengths, globalRunqLength: max(0, f.summary.runqueue),
                         threads: f.summary.threads, spinningThreads: f.summary.spinningthreads,
                         idleThreads: f.summary.idlethreads, waitReasons: reasons,
                         gcCycles: Array(cycles.prefix(gcIndex[k] + 1)))
    }

    /// The snapshot of frame `k` (clamped).
    public func snapshot(at k: Int) -> Snapshot {
        guard !log.frames.isEmpty else {
            return TraceFrame(line: 0, summary: SchedSummary(timeMs: 0, gomaxprocs: 1)).snapshot()
        }
        let k = max(0, min(k, log.frames.count - 1))
        var s = log.frames[k].snapshot()
        s.step = UInt64(k)
        if gcIndex[k] >= 0 { s.apply(gc: allGC[gcIndex[k]]) }
        var recent: [Event] = []
        var j = k
        while j >= 0, recent.count < recentEventCount {
            recent.insert(contentsOf: frameEvents[j].suffix(recentEventCount - recent.count), at: 0)
            j -= 1
        }
        s.recentEvents = recent
        s.eventCount = UInt64(eventsBefore[k])
        s.outputBytes = output.prefix(outputCount[k]).reduce(0) { $0 + $1.utf8.count + 1 }
        if log.frames[k].isEnd || k == log.frames.count - 1 { s.exitCode = nil }
        return s
    }

    @discardableResult
    public mutating func stepForward() -> [Event] {
        guard !isFinished else { lastWasBack = true; return [] }
        step += 1
        lastWasBack = false
        return frameEvents[step]
    }

    public mutating func stepBack() {
        guard step > 0 else { return }
        step -= 1
        lastWasBack = true
    }

    public mutating func seek(step n: Int) {
        step = max(0, min(n, max(0, log.frames.count - 1)))
        lastWasBack = true
    }

    /// The frame shown at real time `ns` (the last frame at or before it).
    public func frameIndex(atTime ns: Int64) -> Int {
        var lo = 0, hi = log.frames.count - 1, best = 0
        while lo <= hi {
            let mid = (lo + hi) / 2
            if log.frames[mid].summary.timeMs &* 1_000_000 <= ns { best = mid; lo = mid + 1 } else { hi = mid - 1 }
        }
        return best
    }
}

extension GCTraceLine {
    /// The line as the panes show it.
    public var gcCycle: RealTrace.GCCycle {
        RealTrace.GCCycle(cycle: cycle, atSeconds: atSeconds, cpuPercent: cpuPercent, clockMs: clockMs,
                          heapStartMB: heapStartMB, heapEndMB: heapEndMB, heapLiveMB: heapLiveMB, goalMB: goalMB,
                          stacksMB: stacksMB, globalsMB: globalsMB, procs: procs, forced: forced,
                          clockText: clockText, atText: atText)
    }
}
