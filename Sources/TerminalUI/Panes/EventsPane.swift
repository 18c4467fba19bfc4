import GoRuntime

/// The newest events first, one readable sentence each, with its kind.
enum EventsPane {
    static func render(_ canvas: inout Canvas, _ rect: Rect, _ ctx: ViewContext) -> PaneMeasure {
        let events = ctx.snapshot.recentEvents
        let note = "\(ctx.snapshot.eventCount) logged"
        let inner = drawBox(&canvas, rect, title: PaneID.events.title, note: note, focused: ctx.focused(.events), glyphs: ctx.glyphs)
        guard !inner.isEmpty else { return PaneMeasure(rows: events.count, visible: 0) }
        var rows = events.count
        var top = 0
        // The end of the program stays on top: its status, and in red the
        // first lines of a panic or fatal error ("panic: …", "goroutine 1 [running]:").
        if let code = ctx.snapshot.exitCode {
            let failed = code != 0 || ctx.snapshot.fatalMessage != nil
            var lines = ["the program exited with status \(code)"]
            if failed {
                let text = ctx.errorOutput.filter { !$0.isEmpty }
                lines = Array(text.prefix(3)) + lines
                if text.isEmpty, let fatal = ctx.snapshot.fatalMessage { lines.insert("fatal error: \(fatal)", at: 0) }
            }
            for line in lines.prefix(max(1, inner.height / 2)) {
                canvas.put(line.replacingTabs, x: inner.x, y: inner.y + top, style: failed ? Theme.alert : Style(fg: .teal, attrs: .bold), limit: inner.maxX)
                top += 1
            }
        }
        let visible = max(0, inner.height - top)
        let first = min(ctx.scroll(.events), max(0, rows - visible))
        let newest = ctx.lastEvents.last?.seq ?? UInt64.max
        let oldestOfStep = ctx.lastEvents.first?.seq ?? UInt64.max
        for r in 0..<visible {
            let i = first + r
            guard i < events.count else { break }
            let e = events[events.count - 1 - i]
            let y = inner.y + top + r
            let isCursor = ctx.focused(.events) && i == ctx.cursor(.events)
            let inStep = e.seq >= oldestOfStep && e.seq <= newest
            var style = EventText.style(e)
            if !inStep && !isCursor {
                style = Style(fg: style.fg == .default ? .gray : style.fg, attrs: style.attrs.subtracting(.bold))
            }
            let tag = EventText.tag(e)
            let tagX = inner.maxX - CharWidth.columns(of: tag)
            var x = canvas.put(inStep ? String(ctx.glyphs.cursor) : " ", x: inner.x, y: y, style: Style(fg: .lemon, attrs: .bold), limit: inner.maxX)
            x = canvas.put(padLeft(Time.format(e.time), 8) + "  ", x: x, y: y, style: Theme.dim, limit: inner.maxX)
            canvas.put(EventText.sentence(e), x: x, y: y, style: style, limit: tagX - 1)
            canvas.put(tag, x: tagX, y: y, style: Style(fg: EventText.style(e).fg == .default ? .gray : EventText.style(e).fg), limit: inner.maxX)
            if isCursor { highlightRow(&canvas, Rect(x: inner.x, y: y, width: inner.width, height: 1)) }
        }
        drawScrollbar(&canvas, rect, rows: rows, scroll: first, visible: visible, glyphs: ctx.glyphs)
        rows = events.count
        return PaneMeasure(rows: rows, visible: visible)
    }
}
