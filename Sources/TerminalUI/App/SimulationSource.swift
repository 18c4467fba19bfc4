import GoRuntime

/// One line of the program as the Source pane shows it. A goroutine is on it
/// when its `line` matches and, for listings of several functions (scripted
/// workloads), its `function` matches too.
public struct SourceLine: Sendable, Hashable {
    public var text: String
    public var line: Int
    public var function: String?

    public init(text: String, line: Int, function: String? = nil) {
        self.text = text
        self.line = line
        self.function = function
    }
}

/// One line the program wrote, as the Output pane shows it.
public struct OutputLine: Sendable, Hashable {
    public var text: String
    /// Written to fd 2 (println, panics) rather than fd 1.
    public var isError: Bool

    public init(_ text: String, isError: Bool = false) {
        self.text = text
        self.isError = isError
    }
}

/// What the app asks of the engine. The lead implements it over the real
/// runtime + interpreter; `RuntimeSource` implements it over any `Runtime`
/// (the scheduler's scripted workloads included). A UI step is one engine
/// step that logged at least one event, so every `n` shows something happen.
public protocol SimulationSource {
    /// The program's name for the header ("demos/worker.go").
    var programName: String { get }
    /// The program text for the Source pane.
    var sourceLines: [SourceLine] { get }
    /// UI steps taken since the start (0 at start).
    var step: Int { get }
    /// The program has ended (exit, panic, deadlock): no step forward.
    var isFinished: Bool { get }
    /// The program's stderr so far, by line (the Events pane shows a panic's text).
    var errorOutput: [String] { get }
    /// Everything the program wrote to stdout and stderr up to the current
    /// step, by line in the order written (a last line without its newline
    /// included); follows time travel.
    var outputLines: [OutputLine] { get }
    /// The presenter marked this step: playback stops after stepping onto it.
    var pauseHere: Bool { get }
    /// The events of the last step forward (empty after a step back or seek).
    var lastStepEvents: [Event] { get }
    /// The current state as the panes draw it; `selection` lets the heap add
    /// the referrers of a selected object.
    mutating func snapshot(selection: Item?) -> Snapshot
    /// One step forward; returns its events (empty when finished).
    @discardableResult mutating func stepForward() -> [Event]
    /// One step back: exactly the state shown before the last step forward.
    mutating func stepBack()
    /// Go to UI step `n` (clamped to the end of the run).
    mutating func seek(step n: Int)
    /// The clock of the current step in ns (default: the snapshot's time;
    /// sources with a cheaper clock give it directly).
    mutating func currentTime() -> Int64
    /// An imported real trace: what its frame knows beyond the snapshot
    /// (queue lengths, wait reasons as logged, gctrace cycles); nil for a
    /// simulation (the default).
    var realTrace: RealTrace? { get }
    /// The compare view: the clocks and which half leads; nil (the default)
    /// for a single run.
    mutating func comparison() -> Comparison?
    /// The compare view's other half (the real trace), drawn beside this run.
    mutating func companionView(selection: Item?, output: Bool) -> SourceView?
    /// `.`/`,` in the compare view: move the other half by whole frames and
    /// bring this run to its time; returns a note for the key bar.
    mutating func moveCompanion(by delta: Int) -> String?
}

/// What the panes draw of one source at its current step.
public struct SourceView {
    public var snapshot: Snapshot
    public var lastEvents: [Event]
    public var programName: String
    public var sourceLines: [SourceLine]
    public var finished: Bool
    public var step: Int
    public var errorOutput: [String]
    public var outputLines: [OutputLine]
    public var realTrace: RealTrace?
}

extension SimulationSource {
    public var errorOutput: [String] { [] }
    public var outputLines: [OutputLine] { [] }
    public var pauseHere: Bool { false }
    public var realTrace: RealTrace? { nil }
    public mutating func currentTime() -> Int64 { snapshot(selection: nil).time }
    public mutating func comparison() -> Comparison? { nil }
    public mutating func companionView(selection: Item?, output: Bool) -> SourceView? { nil }
    public mutating func moveCompanion(by delta: Int) -> String? { "there is no real trace beside this run" }

    /// The panes' inputs for the current step (`output`: fetch the program's
    /// output lines, only while the Output pane shows). `errorOutput` is
    /// fetched at the end only (a panic's text under the Events pane).
    public mutating func view(selection: Item?, output: Bool) -> SourceView {
        SourceView(snapshot: snapshot(selection: selection), lastEvents: lastStepEvents, programName: programName,
                   sourceLines: sourceLines, finished: isFinished, step: step,
                   errorOutput: isFinished ? errorOutput : [], outputLines: output ? outputLines : [],
                   realTrace: realTrace)
    }

    /// Steps forward until `stop` holds for an event of a step (or the end);
    /// returns the events of the step that stopped, or nil at the end.
    @discardableResult
    public mutating func stepForward(until stop: (Event) -> Bool, limit: Int = 1_000_000) -> [Event]? {
        var n = 0
        while !isFinished, n < limit {
            let events = stepForward()
            n += 1
            if events.contains(where: stop) { return events }
        }
        return nil
    }

    /// Goes back to the latest earlier step whose events satisfy `stop`
    /// (replaying from the start; determinism makes it exact); stays when none.
    public mutating func stepBack(until stop: (Event) -> Bool) -> Bool {
        let target = step
        guard target > 0 else { return false }
        seek(step: 0)
        var found = -1
        while step < target - 1, !isFinished {
            let events = stepForward()
            if events.contains(where: stop) { found = step }
        }
        seek(step: found >= 0 ? found : target)
        return found >= 0
    }
}
