/// How many colours the terminal shows (chosen once at start-up).
public enum ColorCapability: Sendable, Hashable {
    case none       // monochrome: attributes only; backgrounds become reverse video
    case ansi8
    case xterm256
}

/// The screen behind a protocol (as TermKit's `ConsoleDriver`): panes render
/// into a `Canvas`; a driver only copies canvases to a terminal or a buffer.
public protocol TerminalDriver {
    /// Current size in cells (width, height).
    var size: (width: Int, height: Int) { get }
    var colors: ColorCapability { get }
    /// Waits at most `timeoutMilliseconds` (nil: block) for input.
    mutating func readInput(timeoutMilliseconds: Int?) -> InputEvent?
    /// Shows `canvas`, writing only what changed since the last present.
    mutating func present(_ canvas: Canvas)
}

/// An in-memory terminal for tests and headless frame capture: input comes
/// from a script of events; every presented frame is kept (the latest always,
/// all of them when `keepsHistory`).
public struct MemoryDriver: TerminalDriver {
    public var size: (width: Int, height: Int)
    public var colors: ColorCapability
    public var pending: [InputEvent]
    public private(set) var screen: Canvas
    public private(set) var frames: [Canvas] = []
    public private(set) var presentCount = 0
    public private(set) var changedCellsLastFrame = 0
    public var keepsHistory: Bool
    /// While the app plays (reads with a timeout), hold the scripted input
    /// back until it pauses and blocks: a user who waits for the pause.
    public var holdsInputWhilePlaying = false
    private var runs: [CellRun] = []

    public init(width: Int, height: Int, colors: ColorCapability = .xterm256, input: [InputEvent] = [], keepsHistory: Bool = false) {
        size = (width, height)
        self.colors = colors
        pending = input
        screen = Canvas(width: width, height: height)
        self.keepsHistory = keepsHistory
    }

    public mutating func readInput(timeoutMilliseconds: Int?) -> InputEvent? {
        guard !pending.isEmpty else { return timeoutMilliseconds == nil ? .endOfInput : nil }
        if holdsInputWhilePlaying && timeoutMilliseconds != nil { return nil }
        let event = pending.removeFirst()
        if case let .resize(w, h) = event { size = (w, h) }
        return event
    }

    public mutating func present(_ canvas: Canvas) {
        canvas.diff(from: screen, into: &runs)
        changedCellsLastFrame = runs.reduce(0) { $0 + $1.count }
        screen = canvas
        presentCount += 1
        if keepsHistory { frames.append(canvas) }
    }
}
