/// Where each pane goes for a state: header row, panes, key bar row.
/// A pure function of the state, so `update` can hit-test mouse clicks.
public struct Layout: Sendable, Hashable {
    public static let minimumWidth = 100
    public static let minimumHeight = 30

    public var header: Rect
    public var keyBar: Rect
    public var panes: [Rect]   // indexed by PaneID.rawValue; empty when hidden

    public func rect(_ pane: PaneID) -> Rect { panes[pane.rawValue] }

    /// The pane under (x, y), if any.
    public func pane(atX x: Int, y: Int) -> PaneID? {
        PaneID.allCases.first { !rect($0).isEmpty && rect($0).contains(x: x, y: y) }
    }

    public init(state: AppState) {
        let screen = Rect(x: 0, y: 0, width: state.width, height: state.height)
        let (head, rest) = screen.splitTop(1)
        let (body, bar) = rest.splitBottom(1)
        header = head
        keyBar = bar
        panes = Array(repeating: .zero, count: PaneID.allCases.count)
        if state.zoomed {
            panes[state.focus.rawValue] = body
            return
        }
        // Top band: Processors | Goroutines, tall enough for every P, the
        // global queue and two lines of Ms, up to 45 % of the body.
        let wanted = state.processorCount + 6
        let topHeight = min(max(wanted, 8), body.height * 45 / 100)
        let (top, lower) = body.splitTop(topHeight)
        let (procs, goroutines) = top.splitLeft(top.width * 55 / 100)
        panes[PaneID.processors.rawValue] = procs
        panes[PaneID.goroutines.rawValue] = goroutines
        // Middle band: Heap | Channels.
        let middleHeight = max(7, lower.height * 38 / 100)
        let (middle, bottom) = lower.splitTop(middleHeight)
        let (heap, channels) = middle.splitLeft(middle.width * 60 / 100)
        panes[PaneID.heap.rawValue] = heap
        panes[PaneID.channels.rawValue] = channels
        // Bottom band: Source over Output | Events.
        if state.showSource || state.showOutput {
            let (left, events) = bottom.splitLeft(bottom.width * 45 / 100)
            panes[PaneID.events.rawValue] = events
            if state.showSource && state.showOutput {
                let outputHeight = max(4, left.height * 35 / 100)
                let (source, output) = left.splitBottom(outputHeight)
                panes[PaneID.source.rawValue] = source
                panes[PaneID.output.rawValue] = output
            } else {
                panes[state.showSource ? PaneID.source.rawValue : PaneID.output.rawValue] = left
            }
        } else {
            panes[PaneID.events.rawValue] = bottom
        }
    }
}
