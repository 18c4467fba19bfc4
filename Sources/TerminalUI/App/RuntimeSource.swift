import GoRuntime

/// `SimulationSource` over a `Runtime`: steps it, keeps keyframes
/// (`saveState`) every `keyframeInterval` UI steps, and steps back by
/// restoring the nearest earlier keyframe and re-simulating forward —
/// determinism makes the result exactly the state shown before.
public final class RuntimeSource: SimulationSource {
    public let runtime: Runtime
    public let programName: String
    public let sourceLines: [SourceLine]
    public private(set) var step = 0
    public private(set) var lastStepEvents: [Event] = []
    /// Engine step count (`sched.steps`) at the end of each UI step; [0] is the start.
    private var engineSteps: [UInt64]
    /// Keyframe of UI step `k * keyframeInterval` at index k.
    private var keyframes: [RuntimeState]
    public let keyframeInterval: Int
    /// Events kept in snapshots for the Events pane.
    public var recentEventCount = 200

    public init(runtime: Runtime, programName: String, sourceLines: [SourceLine], keyframeInterval: Int = 64) {
        self.runtime = runtime
        self.programName = programName
        self.sourceLines = sourceLines
        self.keyframeInterval = max(1, keyframeInterval)
        engineSteps = [runtime.sched.steps]
        keyframes = [runtime.saveState()]
    }

    public var isFinished: Bool { runtime.ended }

    /// The first lines of stderr (a panic's message and the top of its
    /// traceback); cached, since a fatal error can dump 10 000 goroutines.
    public var errorOutput: [String] {
        let out = runtime.output
        if let cached = errorCache, cached.bytes == out.bytes.count { return cached.lines }
        var lines: [String] = []
        var current: [UInt8] = []
        outer: for r in out.records where r.fd == 2 {
            for b in out.bytes[r.start..<r.end] {
                if b == 0x0A {
                    lines.append(String(decoding: current, as: UTF8.self))
                    current.removeAll(keepingCapacity: true)
                    if lines.count >= 8 { break outer }
                } else {
                    current.append(b)
                }
            }
        }
        if lines.count < 8 && !current.isEmpty { lines.append(String(decoding: current, as: UTF8.self)) }
        errorCache = (out.bytes.count, lines)
        return lines
    }
    private var errorCache: (bytes: Int, lines: [String])?

    /// stdout and stderr by line up to this step (the runtime's `OutputLog`,
    /// which a keyframe restore truncates, so a step back shows less).
    public var outputLines: [OutputLine] {
        outputCache.update(runtime.output)
        return outputCache.all
    }
    private var outputCache = OutputLines()

    /// The simulated clock (no snapshot needed).
    public func currentTime() -> Int64 { runtime.now }

    public func snapshot(selection: Item?) -> Snapshot {
        var s = runtime.snapshot(recentEvents: recentEventCount)
        s.chans = runtime.chanSnapshot()
        s.sync = runtime.syncSnapshot()
        var selected: ObjRef? = nil
        if case let .object(addr) = selection { selected = runtime.heap.findObject(address: UInt64(addr)) }
        s.heap = runtime.heap.snapshot(selected: selected)
        s.gc = runtime.gc.snapshot(heap: runtime.heap)
        return s
    }

    @discardableResult
    public func stepForward() -> [Event] {
        guard !runtime.ended else {
            lastStepEvents = []
            return []
        }
        let before = runtime.events.count
        // Engine steps that log nothing (an idle M's bookkeeping) are folded
        // into the next step that does.
        while runtime.events.count == before {
            if !runtime.step() { break }
        }
        let produced = Int(runtime.events.count - before)
        lastStepEvents = Array(runtime.events.events.suffix(min(produced, runtime.events.events.count)))
        step += 1
        if step < engineSteps.count {
            engineSteps[step] = runtime.sched.steps
        } else {
            engineSteps.append(runtime.sched.steps)
        }
        if step % keyframeInterval == 0 && step / keyframeInterval == keyframes.count {
            keyframes.append(runtime.saveState())
        }
        return lastStepEvents
    }

    public func stepBack() {
        guard step > 0 else { return }
        seek(step: step - 1)
    }

    public func seek(step target: Int) {
        let goal = max(0, target)
        if goal == step { return }
        if goal == 0 {
            runtime.restoreState(keyframes[0])
            step = 0
            lastStepEvents = []
            return
        }
        // Going back: restore the keyframe before the goal's last step (so
        // that step is re-run and its events are known). Going forward never
        // restores a later keyframe: the event log only truncates backwards.
        if goal < step {
            let k = min((goal - 1) / keyframeInterval, keyframes.count - 1)
            runtime.restoreState(keyframes[k])
            step = k * keyframeInterval
        }
        while step < goal, !runtime.ended { stepForward() }
    }
}
