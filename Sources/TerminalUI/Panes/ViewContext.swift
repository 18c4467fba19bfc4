import GoRuntime

/// Everything a pane may read to draw itself: the state, the snapshot, the
/// events of the step just taken (for highlights), and the glyphs.
public struct ViewContext {
    public var state: AppState
    public var snapshot: Snapshot
    public var lastEvents: [Event]
    public var programName: String
    public var sourceLines: [SourceLine]
    public var finished: Bool
    public var glyphs: Glyphs
    public var uiStep: Int
    /// The program's stderr by line (shown when it ends with a panic).
    public var errorOutput: [String] = []
    /// The program's stdout/stderr up to this step (filled only while the Output pane shows).
    public var outputLines: [OutputLine] = []
    /// An imported real trace's frame: the panes draw queue lengths, logged
    /// wait reasons and gctrace cycles, and say what the trace lacks.
    public var realTrace: RealTrace?
    /// Which half of the compare view this is (nil: a single run); the header names it.
    public var half: CompareHalf?

    public init(state: AppState, snapshot: Snapshot, lastEvents: [Event], programName: String,
                sourceLines: [SourceLine], finished: Bool, glyphs: Glyphs, uiStep: Int) {
        self.state = state
        self.snapshot = snapshot
        self.lastEvents = lastEvents
        self.programName = programName
        self.sourceLines = sourceLines
        self.finished = finished
        self.glyphs = glyphs
        self.uiStep = uiStep
    }

    /// The context of a source's view (the compare view's halves).
    public init(_ view: SourceView, state: AppState, glyphs: Glyphs) {
        self.init(state: state, snapshot: view.snapshot, lastEvents: view.lastEvents, programName: view.programName,
                  sourceLines: view.sourceLines, finished: view.finished, glyphs: glyphs, uiStep: view.step)
        errorOutput = view.errorOutput
        outputLines = view.outputLines
        realTrace = view.realTrace
    }

    /// Queue contents are drawn (false for real traces: lengths only).
    var queueContentsKnown: Bool { realTrace?.queueContentsKnown ?? true }

    /// The live goroutine with Go id `goid` (binary search: `gs` is sorted by goid).
    func goroutine(_ goid: Goid) -> GSnapshot? {
        guard goid != 0 else { return nil }
        var lo = 0, hi = snapshot.gs.count - 1
        while lo <= hi {
            let mid = (lo + hi) >> 1
            let g = snapshot.gs[mid].goid
            if g == goid { return snapshot.gs[mid] }
            if g < goid { lo = mid + 1 } else { hi = mid - 1 }
        }
        return nil
    }

    func focused(_ pane: PaneID) -> Bool { state.focus == pane }
    func cursor(_ pane: PaneID) -> Int { state.cursor[pane.rawValue] }
    func scroll(_ pane: PaneID) -> Int { state.scroll[pane.rawValue] }

    /// The goroutine selected, or the one whose links are highlighted.
    var selectedGoroutine: Goid? {
        if case let .goroutine(g) = state.selection { return Goid(g) }
        return nil
    }

    /// Goroutines linked to the selection: a selected channel's waiters, the
    /// Gs of a selected P, a selected mutex's waiters.
    func isLinked(goroutine g: Goid) -> Bool {
        switch state.selection {
        case let .channel(c)?:
            guard let ch = snapshot.chans.first(where: { Int($0.id.raw) == c }) else { return false }
            return ch.recvq.contains(g) || ch.sendq.contains(g)
        case let .sync(addr)?:
            return snapshot.sync.first { Int(truncatingIfNeeded: $0.addr) == addr }?.waiters.contains(g) ?? false
        case let .processor(p)?:
            guard p < snapshot.ps.count else { return false }
            let ps = snapshot.ps[p]
            return ps.curg == g || ps.runnext == g || ps.runq.contains(g)
        default:
            return false
        }
    }

    /// A P linked to the selection (a selected G runs or is queued there).
    func isLinked(processor p: PSnapshot) -> Bool {
        switch state.selection {
        case let .goroutine(g)?:
            let g = Goid(g)
            return p.curg == g || p.runnext == g || p.runq.contains(g)
        case let .processor(id)?:
            return Int(p.id.raw) == id
        default:
            return false
        }
    }

    /// A channel linked to the selection (a selected G waits on it).
    func isLinked(channel c: ChanSnapshot) -> Bool {
        switch state.selection {
        case let .goroutine(g)?:
            return c.recvq.contains(Goid(g)) || c.sendq.contains(Goid(g))
        case let .channel(id)?:
            return Int(c.id.raw) == id
        default:
            return false
        }
    }
}

/// A half of the compare view.
public enum CompareHalf: Sendable, Hashable {
    case simulation, real
}

/// How many rows a pane has and shows, reported back to `update`.
public struct PaneMeasure: Sendable, Hashable {
    public var rows: Int
    public var visible: Int
}

/// "G12" or "–".
func gName(_ g: Goid, _ glyphs: Glyphs) -> String { g == 0 ? glyphs.dash : "G\(g)" }

/// "3.1 MB", "512 KB", "48 B".
func bytes(_ n: Int) -> String {
    if n >= 1 << 20 {
        let tenths = (n * 10 + (1 << 19)) >> 20
        return "\(tenths / 10).\(tenths % 10) MB"
    }
    if n >= 1 << 10 {
        let tenths = (n * 10 + (1 << 9)) >> 10
        return tenths % 10 == 0 || n >= 100 << 10 ? "\((n + 512) >> 10) KB" : "\(tenths / 10).\(tenths % 10) KB"
    }
    return "\(n) B"
}
