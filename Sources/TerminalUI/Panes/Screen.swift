import GoRuntime

/// The view: a function of (state, snapshot) that draws every pane into a
/// canvas, plus the caches that make it cheap (the goroutine row order).
public struct Screen {
    public var glyphs: Glyphs
    var goroutineRows = GoroutineRows()
    var sourceMarks = SourcePane.Marks()

    public init(glyphs: Glyphs = .unicode) { self.glyphs = glyphs }

    /// Draws a whole frame; returns each pane's measure (indexed by `PaneID.rawValue`).
    @discardableResult
    public mutating func render(into canvas: inout Canvas, _ ctx: ViewContext) -> [PaneMeasure?] {
        if canvas.width != ctx.state.width || canvas.height != ctx.state.height {
            canvas.resize(width: ctx.state.width, height: ctx.state.height)
        } else {
            canvas.clear()
        }
        var measures = [PaneMeasure?](repeating: nil, count: PaneID.allCases.count)
        guard ctx.state.fitsMinimum else {
            SizeMessage.render(&canvas, width: canvas.width, height: canvas.height)
            return measures
        }
        let layout = Layout(state: ctx.state)
        HeaderPane.render(&canvas, layout.header, ctx)
        for pane in PaneID.allCases {
            let rect = layout.rect(pane)
            guard !rect.isEmpty else { continue }
            switch pane {
            case .processors: measures[pane.rawValue] = ProcessorsPane.render(&canvas, rect, ctx)
            case .goroutines:
                goroutineRows.update(ctx)
                measures[pane.rawValue] = GoroutinesPane.render(&canvas, rect, ctx, goroutineRows)
            case .heap: measures[pane.rawValue] = HeapPane.render(&canvas, rect, ctx)
            case .channels: measures[pane.rawValue] = ChannelsPane.render(&canvas, rect, ctx)
            case .source:
                sourceMarks.update(ctx)
                measures[pane.rawValue] = SourcePane.render(&canvas, rect, ctx, sourceMarks)
            case .events: measures[pane.rawValue] = EventsPane.render(&canvas, rect, ctx)
            case .output: measures[pane.rawValue] = OutputPane.render(&canvas, rect, ctx)
            }
        }
        KeyBar.render(&canvas, layout.keyBar, ctx)
        if ctx.state.showHelp {
            HelpOverlay.render(&canvas, in: Rect(x: 0, y: 1, width: canvas.width, height: canvas.height - 2), glyphs: glyphs)
        }
        return measures
    }

    /// The item on content row `row` of `pane` in the frame just drawn (for Enter and clicks).
    public mutating func item(at row: Int, of pane: PaneID, _ ctx: ViewContext) -> Item? {
        let s = ctx.snapshot
        guard row >= 0 else { return nil }
        switch pane {
        case .processors:
            return row < s.gomaxprocs ? .processor(row) : nil
        case .goroutines:
            goroutineRows.update(ctx)
            guard row < goroutineRows.order.count else { return nil }
            return .goroutine(Int(s.gs[Int(goroutineRows.order[row])].goid))
        case .heap:
            if ctx.realTrace != nil { return nil }
            return row < s.heap.spans.count ? HeapPane.item(for: s.heap.spans[row], current: ctx.state.selection) : nil
        case .channels:
            return ChannelsPane.item(at: row, s)
        case .source:
            return row < ctx.sourceLines.count ? .line(row) : nil
        case .events:
            let e = s.recentEvents
            return row < e.count ? .event(Int(e[e.count - 1 - row].seq)) : nil
        case .output:
            return nil
        }
    }
}
