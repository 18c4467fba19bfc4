import GoRuntime

/// A source whose steps are frames at known times (an imported real trace):
/// the compare view finds the frame shown at a simulated time.
public protocol TimedFrames: SimulationSource {
    /// Number of steps (frames); the last step is `frameCount - 1`.
    var frameCount: Int { get }
    /// The last step whose time is at or before `ns` (0 when none is).
    func step(atTime ns: Int64) -> Int
    /// The time of step `k` (clamped), in ns since the program started.
    func time(ofStep k: Int) -> Int64
}

/// What the compare bar says: which half is which, the two clocks, and who leads.
public struct Comparison: Sendable, Hashable {
    public var simName: String
    public var realName: String
    /// The simulation's clock and the real frame's `SCHED` time (ns).
    public var simTime: Int64
    public var realTime: Int64
    public var realFrame: Int
    public var realFrameCount: Int
    /// `.`/`,` moved the real trace: the simulation was brought to its time
    /// (first step at or after it). Otherwise the real frame follows the
    /// simulation (the last frame at or before the simulated time).
    public var realLeads: Bool
    public var simFinished: Bool
}

/// The simulated run of a program beside an imported real trace of the same
/// program (`gmpscope run prog.go --compare real.log`). Every step key moves
/// the simulation, and the real half shows the last frame at or before the
/// simulated time; `.`/`,` move the real trace by one frame and bring the
/// simulation to that frame's time. As a `SimulationSource` it is the
/// simulation (header, stepping, break-on, recording); the real half is
/// `companionView`.
public struct CompareSource<Sim: SimulationSource, Real: TimedFrames>: SimulationSource {
    public private(set) var sim: Sim
    public private(set) var real: Real
    public private(set) var realLeads = false
    /// Steps the simulation may take to reach a real frame's time (a program
    /// that spins without logging long would otherwise stall the key).
    public var alignLimit = 2_000_000

    public init(sim: Sim, real: Real) {
        self.sim = sim
        self.real = real
        followSimulation()
    }

    public var programName: String { sim.programName }
    public var sourceLines: [SourceLine] { sim.sourceLines }
    public var step: Int { sim.step }
    public var isFinished: Bool { sim.isFinished }
    public var errorOutput: [String] { sim.errorOutput }
    public var outputLines: [OutputLine] { sim.outputLines }
    public var pauseHere: Bool { sim.pauseHere }
    public var lastStepEvents: [Event] { sim.lastStepEvents }
    public var realTrace: RealTrace? { nil }

    public mutating func snapshot(selection: Item?) -> Snapshot { sim.snapshot(selection: selection) }
    public mutating func currentTime() -> Int64 { sim.currentTime() }

    @discardableResult
    public mutating func stepForward() -> [Event] {
        let events = sim.stepForward()
        realLeads = false
        followSimulation()
        return events
    }

    public mutating func stepBack() {
        sim.stepBack()
        realLeads = false
        followSimulation()
    }

    public mutating func seek(step n: Int) {
        sim.seek(step: n)
        realLeads = false
        followSimulation()
    }

    /// The real half shows the last frame at or before the simulated time.
    mutating func followSimulation() {
        moveReal(to: real.step(atTime: sim.currentTime()))
    }

    /// One frame forward is a step (its lines become the Events pane's
    /// "just happened"); any other move is a seek.
    mutating func moveReal(to k: Int) {
        if k == real.step { return }
        if k == real.step + 1 { real.stepForward() } else { real.seek(step: k) }
    }

    public mutating func comparison() -> Comparison? {
        Comparison(simName: sim.programName, realName: real.programName, simTime: sim.currentTime(),
                   realTime: real.time(ofStep: real.step), realFrame: real.step, realFrameCount: real.frameCount,
                   realLeads: realLeads, simFinished: sim.isFinished)
    }

    public mutating func companionView(selection: Item?, output: Bool) -> SourceView? {
        real.view(selection: selection, output: output)
    }

    /// `.` (+1) / `,` (-1): the real trace moves by `delta` frames and the
    /// simulation goes to the first step at or after that frame's time (or
    /// its end). Returns a note for the key bar.
    public mutating func moveCompanion(by delta: Int) -> String? {
        let target = max(0, min(real.step + delta, real.frameCount - 1))
        if target == real.step {
            return delta > 0 ? "no later frame in the real trace" : "at the first frame of the real trace"
        }
        return showReal(frame: target)
    }

    /// The real trace at frame `target` (it leads), the simulation at the
    /// first step at or after that frame's time (or its end).
    @discardableResult
    public mutating func showReal(frame target: Int) -> String? {
        let target = max(0, min(target, real.frameCount - 1))
        moveReal(to: target)
        realLeads = true
        let t = real.time(ofStep: target)
        if t >= sim.currentTime() {
            Self.advance(&sim, toTime: t, stepLimit: alignLimit)
        } else {
            Self.rewind(&sim, toTime: t)
        }
        let now = sim.currentTime()
        if now < t { return "the simulation ends at \(Time.format(now)), before this real frame" }
        return nil
    }

    /// Steps `sim` forward to the first step whose time is at least `ns` (or
    /// its end); returns the time reached. Strides of 64 steps between time
    /// checks; after overshooting, back to the stride's start and one step
    /// at a time.
    @discardableResult
    public static func advance(_ sim: inout Sim, toTime ns: Int64, stepLimit: Int = 5_000_000) -> Int64 {
        var t = sim.currentTime()
        var stride = 64
        var n = 0
        while t < ns, !sim.isFinished, n < stepLimit {
            let base = sim.step
            var k = 0
            while k < stride, !sim.isFinished { sim.stepForward(); k += 1 }
            n += k
            t = sim.currentTime()
            if t >= ns, stride > 1, k > 1 {
                sim.seek(step: base)
                stride = 1
                t = sim.currentTime()
            }
        }
        return t
    }

    /// Goes back to the first step whose time is at least `ns` (binary search
    /// over the steps taken: the clock never goes backwards).
    public static func rewind(_ sim: inout Sim, toTime ns: Int64) {
        var lo = 0, hi = sim.step
        while lo < hi {
            let mid = (lo + hi) / 2
            sim.seek(step: mid)
            if sim.currentTime() >= ns { hi = mid } else { lo = mid + 1 }
        }
        sim.seek(step: lo)
    }
}

/// Which half of the compare view is on screen (`x` cycles).
public enum CompareView: Int, Sendable, Hashable {
    case both, simulation, real
}

/// Where the compare view draws: the bar on top, each half, the divider.
/// A pure function of the state (mouse hit-testing uses it too).
public struct CompareGeometry: Sendable, Hashable {
    /// The narrowest half that still draws every pane.
    public static let minimumHalfWidth = 99

    public var bar: Rect
    public var simulation: Rect
    public var real: Rect
    public var divider: Rect
    public var keyBar: Rect

    /// Both halves fit side by side.
    public static func fitsBoth(width: Int, height: Int) -> Bool {
        width >= 2 * minimumHalfWidth + 1 && height >= Layout.minimumHeight + 1
    }

    /// What is shown: both when they fit and `view` is `.both`; else one half.
    public static func shown(_ state: AppState) -> CompareView {
        if state.compareView == .both {
            return fitsBoth(width: state.width, height: state.height) ? .both : .simulation
        }
        return state.compareView
    }

    public init(state: AppState) {
        let screen = Rect(x: 0, y: 0, width: state.width, height: state.height)
        // The bar takes a row only when the halves keep their minimum height.
        let hasBar = state.height >= Layout.minimumHeight + 1
        let (top, rest) = hasBar ? screen.splitTop(1) : (Rect.zero, screen)
        bar = top
        keyBar = Rect(x: 0, y: state.height - 1, width: state.width, height: 1)
        switch Self.shown(state) {
        case .both:
            let left = (rest.width - 1) / 2
            simulation = Rect(x: 0, y: rest.y, width: left, height: rest.height)
            divider = Rect(x: left, y: rest.y, width: 1, height: rest.height)
            real = Rect(x: left + 1, y: rest.y, width: rest.width - left - 1, height: rest.height)
        case .simulation:
            simulation = rest; real = .zero; divider = .zero
        case .real:
            real = rest; simulation = .zero; divider = .zero
        }
    }
}
