/// The panes of the screen (`focusOrder` is the order Tab visits them).
public enum PaneID: Int, CaseIterable, Sendable, Hashable {
    case processors, goroutines, heap, channels, source, events, output

    /// Tab order: left to right, top to bottom.
    public static let focusOrder: [PaneID] = [.processors, .goroutines, .heap, .channels, .source, .output, .events]

    public var title: String {
        switch self {
        case .processors: "Processors"
        case .goroutines: "Goroutines"
        case .heap: "Heap"
        case .channels: "Channels"
        case .source: "Source"
        case .events: "Events"
        case .output: "Output"
        }
    }
}

/// Something the user can select; the view highlights what it is linked to.
public enum Item: Sendable, Hashable {
    case goroutine(Int)
    case processor(Int)
    case channel(Int)
    case sync(Int)
    case span(Int)
    case object(Int)
    case event(Int)
    case line(Int)
}

/// How the Goroutines pane orders its rows.
public enum GoroutineSort: Int, Sendable, Hashable, CaseIterable {
    case id, state, function

    public var label: String {
        switch self {
        case .id: "id"
        case .state: "state"
        case .function: "function"
        }
    }
}

/// A line of input being typed at the bottom of the screen.
public struct Prompt: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case breakOn   // `/`
        case goToStep  // `g`
        case filter    // `f` (Goroutines pane)
    }
    public var kind: Kind
    public var text: String

    public var label: String {
        switch kind {
        case .breakOn: "break on (gN · steal · preempt · handoff · gc · chN · off): "
        case .goToStep: "go to step: "
        case .filter: "filter goroutines (text or state letter): "
        }
    }
}

/// The whole state of the app as one value (Bubble Tea's model). `update`
/// changes it; the view is a function of it and the engine's snapshot.
public struct AppState: Sendable, Hashable {
    public var width: Int
    public var height: Int
    public var paused = true
    public var speedIndex = Speed.defaultIndex
    public var focus: PaneID = .processors
    public var zoomed = false
    public var showHelp = false
    public var showSource = true
    /// The Output pane (the program's stdout/stderr) under the Source pane.
    public var showOutput = true
    /// The loop was given recording hooks (`r` can start a recording).
    public var canRecord = false
    /// A recording is being made ("● REC" in the header).
    public var recording = false
    public var hideSystemGoroutines = false
    public var goroutineSort: GoroutineSort = .id
    public var goroutineFilter = ""
    public var breakOn: BreakCondition?
    public var prompt: Prompt?
    public var selection: Item?
    /// Cursor row and first visible row of each pane (indexed by `PaneID.rawValue`).
    public var cursor: [Int] = Array(repeating: 0, count: PaneID.allCases.count)
    public var scroll: [Int] = Array(repeating: 0, count: PaneID.allCases.count)
    /// Rows of content and rows visible, as measured by the last frame.
    public var rows: [Int] = Array(repeating: 0, count: PaneID.allCases.count)
    public var visible: [Int] = Array(repeating: 0, count: PaneID.allCases.count)
    /// A one-line note shown in the key bar (a break hit, "at the start" …).
    public var status: String?
    public var quitting = false
    /// GOMAXPROCS of the run, for the layout (Processors has a row per P).
    public var processorCount: Int
    /// The source is a simulation beside a real trace (`run --compare`):
    /// `.`/`,` move the real trace, `x` cycles `compareView`.
    public var comparing = false
    public var compareView: CompareView = .both
    /// The last click landed in the real half: Enter and clicks select there.
    public var selectsInReal = false
    /// The narrowest screen that draws the panes (a half of the compare view may be narrower than a screen).
    public var minimumWidth = Layout.minimumWidth

    public init(width: Int, height: Int, processorCount: Int = 4) {
        self.width = width
        self.height = height
        self.processorCount = processorCount
    }

    /// The terminal is big enough to draw the panes.
    public var fitsMinimum: Bool { width >= minimumWidth && height >= Layout.minimumHeight }

    public var eventsPerSecond: Int? { Speed.steps[speedIndex] }

    /// The panes on screen now, in focus order.
    public var visiblePanes: [PaneID] {
        if zoomed { return [focus] }
        return PaneID.focusOrder.filter { ($0 != .source || showSource) && ($0 != .output || showOutput) }
    }
}

/// Playback speeds in events per second; `nil` is "as fast as the machine goes".
public enum Speed {
    public static let steps: [Int?] = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 5000, nil]
    public static let defaultIndex = 3

    public static func label(_ index: Int) -> String {
        guard let n = steps[index] else { return "max" }
        return "\(n)/s"
    }
}
