// Playback: a `SimulationSource` over a recording. The steps, their events
// and the counters come from the file. The panes' full state (G/M/P, heap,
// channels) comes from re-simulating the recorded program (source, options,
// seed from the header) — every re-simulated step is checked against the
// recorded events, and at the first difference (a newer engine, a changed
// program) the panes freeze at the last verified step while the header,
// counters and Events pane keep playing the recording; `notices` says so.
import GoRuntime
import TerminalUI

public final class RecordingSource: SimulationSource {
    public let recording: Recording
    /// Re-simulation of the recorded run (nil: none could be built).
    private let engine: RuntimeSource
    /// The engine is the recorded program (not the placeholder).
    private let engineUsable: Bool
    /// First recording step whose re-simulated events differ (nil: none so far).
    public private(set) var divergedAt: Int?
    /// Steps 1…verified are known to match the recording.
    public private(set) var verified = 0
    /// The recording step the engine's state is at (≤ verified, or one past while verifying).
    private var enginePos = 0
    /// Engine keyframes at recording steps 0, K, 2K … (verified steps only).
    private var keyframes: [RuntimeState] = []
    public static let keyframeInterval = 64
    /// The engine's event log as it was at the verified frontier, kept when
    /// the engine leaves it, so a later keyframe can be restored (the log
    /// itself only truncates backwards).
    private var frontierLog: EventLog?
    public private(set) var step = 0
    public private(set) var lastStepEvents: [Event] = []
    /// Steps where autoplay stops (the presenter's pauses, then `--pause-at`).
    public var pauseMarks: [Int]
    /// What the viewer should know (damage, version, divergence), shown with the program's stderr.
    public private(set) var notices: [String] = []
    /// Events the Events pane shows.
    public var recentEventCount = 200
    private var cache: (index: Int, block: RecordedBlock)?

    /// `engine` is a fresh source over the recorded program built from
    /// `recording.header` (the CLI compiles it); nil or a failed build plays
    /// the recording without re-simulation (`engineError` says why).
    public init(recording: Recording, engine: RuntimeSource?, engineError: String? = nil, pauseAt: [Int] = []) {
        self.recording = recording
        sourceLines = recording.header.source.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map {
            SourceLine(text: String($0.element), line: $0.offset + 1)
        }
        pauseMarks = Array(Set(recording.pauses + pauseAt)).sorted()
        notices = recording.damage.map { "recording: \($0.message)" }
        if let engine {
            self.engine = engine
            engineUsable = true
            let engineStart = recording.header.startStep
            if engineStart > 0 { engine.seek(step: engineStart) }
            keyframes = [engine.runtime.saveState()]
            if engine.step != engineStart || SceneCounters(engine.runtime) != recording.initialCounters
                || (recording.firstSeq.map { $0 != engine.runtime.events.count } ?? false) {
                divergedAt = 1
                notices.append("this engine does not reach the recorded starting state: panes show the recording's counters and events only")
            }
        } else {
            self.engine = RuntimeSource(runtime: Runtime(config: RuntimeConfig(gomaxprocs: recording.header.procs, seed: recording.header.seed),
                                                         executor: IdleExecutor()),
                                        programName: recording.header.programName, sourceLines: [])
            engineUsable = false
            divergedAt = 1
            notices.append("not re-simulated (\(engineError ?? "no engine")): panes show the recording's counters and events only")
        }
        if recording.header.gmpscopeVersion != RecordingFormat.writerVersion {
            notices.append("recorded by gmpscope \(recording.header.gmpscopeVersion); playing with \(RecordingFormat.writerVersion)")
        }
    }

    /// The re-simulating engine's event-log hash and count where it stands
    /// (nil when nothing is re-simulated). After `seek(step: recording.steps)`
    /// with `divergedAt == nil` they equal the end record's `eventHash` and
    /// `eventCount`: the replay ran exactly as the recorded run.
    public var engineLog: (hash: UInt64, count: UInt64)? {
        engineUsable ? (engine.runtime.events.hash, engine.runtime.events.count) : nil
    }

    public var programName: String { recording.header.programName }
    /// The recorded program's text (split once: the app reads it every frame).
    public let sourceLines: [SourceLine]
    public var isFinished: Bool { step >= recording.steps }
    public var errorOutput: [String] {
        var err = live ? engine.errorOutput : []
        if err.last == "" { err.removeLast() }
        return notices + err
    }
    /// The panes show the re-simulated engine (not frozen).
    public var live: Bool { engineUsable && (divergedAt.map { step < $0 } ?? true) }
    /// Autoplay should stop here (a pause mark).
    public var atPauseMark: Bool { pauseMarks.contains(step) }
    /// For the app loop's autoplay (the hook asked of TerminalUI: a
    /// `SimulationSource.pauseHere` requirement, false by default).
    public var pauseHere: Bool { atPauseMark }

    // MARK: recorded data

    private func block(for s: Int) -> RecordedBlock? {
        guard let i = recording.blockIndex(step: s) else { return nil }
        if let c = cache, c.index == i { return c.block }
        guard let b = try? recording.decodeBlock(i) else { return nil }
        cache = (i, b)
        return b
    }
    /// The recorded events of step `s` (1…steps).
    public func events(ofStep s: Int) -> [Event] {
        guard let b = block(for: s) else { return [] }
        let k = s - b.baseStep - 1
        return Array(b.events[b.stepStart[k]..<b.stepStart[k + 1]])
    }
    /// The recorded counters after step `s` (0…steps).
    public func counters(atStep s: Int) -> SceneCounters {
        guard s > 0, let b = block(for: s) else { return recording.initialCounters }
        return b.counters[s - b.baseStep - 1]
    }
    /// The newest `n` recorded events up to the end of step `s`.
    public func recentEvents(upTo s: Int, count n: Int) -> [Event] {
        var out: [Event] = []
        var cur = s
        while cur >= 1, out.count < n, let b = block(for: cur) {
            let k = cur - b.baseStep - 1
            let slice = b.events[b.stepStart[0]..<b.stepStart[k + 1]]
            out.insert(contentsOf: slice.suffix(n - out.count), at: 0)
            cur = b.baseStep
        }
        return out
    }

    /// The latest step before `s` with an event matching `match` (from the
    /// file: no re-simulation), for `[`, back-to-last-change and break-on backwards.
    public func previousStep(before s: Int, where match: (Event) -> Bool) -> Int? {
        var k = min(s, recording.steps + 1) - 1
        while k >= 1 {
            guard let b = block(for: k) else { return nil }
            while k > b.baseStep {
                let i = k - b.baseStep - 1
                if b.events[b.stepStart[i]..<b.stepStart[i + 1]].contains(where: match) { return k }
                k -= 1
            }
        }
        return nil
    }

    /// The first step after `s` with an event matching `match` (for `]`).
    public func nextStep(after s: Int, where match: (Event) -> Bool) -> Int? {
        var k = max(s, 0) + 1
        while k <= recording.steps {
            guard let b = block(for: k) else { return nil }
            while k <= b.baseStep + b.stepCount {
                let i = k - b.baseStep - 1
                if b.events[b.stepStart[i]..<b.stepStart[i + 1]].contains(where: match) { return k }
                k += 1
            }
        }
        return nil
    }

    // MARK: SimulationSource

    public func snapshot(selection: Item?) -> Snapshot {
        var s = engine.snapshot(selection: selection)
        if live { return s }
        // Frozen panes: overlay what the recording itself knows.
        let c = counters(atStep: step)
        s.time = c.time
        s.gomaxprocs = Int(c.gomaxprocs)
        s.npidle = Int32(truncatingIfNeeded: c.npidle)
        s.nmspinning = Int32(truncatingIfNeeded: c.nmspinning)
        s.nmidle = Int32(truncatingIfNeeded: c.nmidle)
        s.recentEvents = recentEvents(upTo: step, count: recentEventCount)
        s.eventCount = s.recentEvents.last.map { $0.seq + 1 } ?? s.eventCount
        s.heap.heapLive = Int(c.heapLive)
        s.heap.heapGoal = Int(c.heapGoal)
        s.gc.heapLive = Int(c.heapLive)
        s.gc.heapGoal = Int(c.heapGoal)
        s.gc.step = GCCyclePhase(rawValue: UInt8(truncatingIfNeeded: c.gcStep)) ?? .off
        s.gc.cycle = Int(c.gcCycle)
        if isFinished, let code = recording.end?.exitCode { s.exitCode = code }
        return s
    }

    @discardableResult
    public func stepForward() -> [Event] {
        guard !isFinished else { lastStepEvents = []; return [] }
        let next = step + 1
        let recorded = events(ofStep: next)
        if live && divergedAt == nil {
            if next > verified {
                verify(next, recorded)
            } else {
                moveEngine(to: next)
            }
        }
        step = next
        lastStepEvents = recorded
        return recorded
    }

    /// Steps the engine through recording step `next` (one or more engine UI
    /// steps: a live session may have jumped several steps at once) until it
    /// has logged as many events as the recording, and compares them.
    private func verify(_ next: Int, _ recorded: [Event]) {
        let rt = engine.runtime
        let target = rt.events.count + UInt64(recorded.count)
        var got: [Event] = []
        repeat {
            let ev = engineStep(rt)
            got += ev
            if ev.isEmpty { break }
        } while rt.events.count < target && !rt.ended
        if got == recorded {
            verified = next
            enginePos = next
            frontierLog = nil
            if next % Self.keyframeInterval == 0 && keyframes.count == next / Self.keyframeInterval {
                keyframes.append(rt.saveState())
            }
        } else {
            divergedAt = next
            // Back to the last good step: a backward restore (the log holds it).
            let k = (next - 1) / Self.keyframeInterval
            rt.restoreState(keyframes[k])
            enginePos = k * Self.keyframeInterval
            frontierLog = nil
            while enginePos < next - 1 { _ = engineStep(rt); enginePos += 1 }
            notices.append("this engine's run differs from the recording at step \(next) (\(describe(firstDifference(recorded, got).0)) recorded, \(describe(firstDifference(recorded, got).1)) re-simulated): panes frozen at step \(next - 1), events and counters continue from the recording")
        }
    }

    /// One engine UI step (as `RuntimeSource.stepForward`: engine steps until one logs an event).
    private func engineStep(_ rt: Runtime) -> [Event] {
        let before = rt.events.count
        while rt.events.count == before { if !rt.step() { break } }
        let produced = Int(rt.events.count - before)
        return Array(rt.events.events.suffix(min(produced, rt.events.events.count)))
    }

    /// Puts the engine at verified step `g` from the nearest keyframe at or
    /// before it (forward too), re-simulating at most K-1 steps. A verified
    /// step re-simulates to one bundle of events per recorded step, so
    /// positions are counted in recording steps.
    private func moveEngine(to g: Int) {
        precondition(g <= verified)
        if g == enginePos { return }
        let rt = engine.runtime
        let k = g / Self.keyframeInterval
        let base = k * Self.keyframeInterval
        if !(g > enginePos && base <= enginePos) {
            if enginePos == verified && frontierLog == nil { frontierLog = rt.events }
            let kf = keyframes[k]
            let forward = kf.events.count > rt.events.count
            rt.restoreState(kf)
            if forward, let log = frontierLog {
                rt.events = log
                rt.events.truncate(to: kf.events)
            }
            enginePos = base
        }
        while enginePos < g {
            let target = verifiedEventCount(after: enginePos + 1)
            repeat { if engineStep(rt).isEmpty { break } } while rt.events.count < target && !rt.ended
            enginePos += 1
        }
    }

    /// The engine's event count at the end of recording step `s`.
    private func verifiedEventCount(after s: Int) -> UInt64 {
        guard let b = block(for: s) else { return 0 }
        return b.firstSeq + UInt64(b.stepStart[s - b.baseStep])
    }

    private func firstDifference(_ a: [Event], _ b: [Event]) -> (Event?, Event?) {
        var i = 0
        while i < a.count, i < b.count, a[i] == b[i] { i += 1 }
        return (i < a.count ? a[i] : nil, i < b.count ? b[i] : nil)
    }

    private func describe(_ e: Event?) -> String { e.map { "\"\($0.description)\"" } ?? "nothing" }

    public func stepBack() {
        guard step > 0 else { return }
        seek(step: step - 1)
    }

    public func seek(step target: Int) {
        let goal = min(max(0, target), recording.steps)
        if let d = divergedAt, goal >= d - 1 {
            if engineUsable { moveEngine(to: d - 1) }
        } else if goal <= verified {
            moveEngine(to: goal)
        } else {
            // Verify the steps not yet checked on the way.
            moveEngine(to: verified)
            var k = verified
            while k < goal, divergedAt == nil {
                k += 1
                verify(k, events(ofStep: k))
            }
        }
        step = goal
        lastStepEvents = goal > 0 ? events(ofStep: goal) : []
    }
}

/// A goroutine executor that never runs user code: the placeholder engine
/// when a recording cannot be re-simulated (its Snapshot is the empty start).
final class IdleExecutor: GoroutineExecutor {
    func execute(_ rt: Runtime, g: GID, budget: Int64) -> ExecStop { ExecStop(used: 0, reason: .exitProgram(0)) }
    func mainEntry(_ rt: Runtime, g: GID) {}
    func goroutineCreated(_ rt: Runtime, g: GID, startFunction: Int32) {}
    func goroutineDestroyed(_ rt: Runtime, g: GID) {}
    func stackRoots(g: GID, visit: (UInt64) -> Void) {}
    func location(g: GID) -> SourceLocation? { nil }
    func traceback(g: GID) -> [SourceLocation] { [] }
    func saveState() -> any Sendable { 0 }
    func restoreState(_ state: any Sendable) {}
}
