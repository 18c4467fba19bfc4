import GoRuntime

/// The program with a marker per goroutine on its current line.
enum SourcePane {
    /// Goroutines per listing row, rebuilt only when the snapshot changes.
    struct Marks {
        var key: (UInt64, UInt64, Int)? = nil
        var rows: [[GSnapshot]] = []
        var runningRow: Int? = nil

        mutating func update(_ ctx: ViewContext) {
            let s = ctx.snapshot
            let k = (s.eventCount, s.step, s.gs.count)
            if let old = key, old == k, rows.count == ctx.sourceLines.count { return }
            key = k
            let lines = ctx.sourceLines
            rows = Array(repeating: [], count: lines.count)
            runningRow = nil
            var index: [SourceKey: Int] = [:]
            for (i, l) in lines.enumerated() where l.line > 0 {
                index[SourceKey(function: l.function, line: l.line), default: i] = i
            }
            let byFunction = lines.contains { $0.function != nil }
            for g in s.gs where !g.isSystem && g.line > 0 {
                // A scripted goroutine's pc is past the op it parked in.
                let line = byFunction && (g.status == .waiting || g.status == .syscall) ? g.line - 1 : g.line
                guard let row = index[SourceKey(function: byFunction ? g.function : nil, line: line)] else { continue }
                rows[row].append(g)
                if runningRow == nil && g.status == .running { runningRow = row }
            }
        }
    }

    static func render(_ canvas: inout Canvas, _ rect: Rect, _ ctx: ViewContext, _ cache: Marks) -> PaneMeasure {
        let lines = ctx.sourceLines
        let inner = drawBox(&canvas, rect, title: PaneID.source.title, note: ctx.programName, focused: ctx.focused(.source), glyphs: ctx.glyphs)
        guard !inner.isEmpty else { return PaneMeasure(rows: lines.count, visible: 0) }
        if lines.isEmpty {
            canvas.put("no source for this program", x: inner.x, y: inner.y, style: Theme.dim, limit: inner.maxX)
            return PaneMeasure(rows: 0, visible: inner.height)
        }
        let marks = cache.rows
        var focusRow = cache.runningRow
        if let g = ctx.selectedGoroutine, let row = marks.firstIndex(where: { $0.contains { $0.goid == g } }) { focusRow = row }
        let visible = inner.height
        var first: Int
        if ctx.focused(.source) {
            first = ctx.scroll(.source)
        } else {
            // Follow the selected (or a running) goroutine's line.
            first = max(0, (focusRow ?? 0) - visible / 2)
        }
        first = min(first, max(0, lines.count - visible))
        let numberWidth = String(lines.count).count
        let markColumn = max(inner.x + 12, inner.maxX - 20)
        for r in 0..<visible {
            let i = first + r
            guard i < lines.count else { break }
            let y = inner.y + r
            let l = lines[i]
            let isCursor = ctx.focused(.source) && i == ctx.cursor(.source)
            let here = marks[i]
            let active = here.contains { $0.status == .running }
            var base = Theme.text
            if active {
                base = Style(fg: .teal, attrs: .bold)
            } else if !here.isEmpty {
                base = Theme.emphasis
            }
            let number = l.line > 0 && l.function == nil ? padLeft("\(l.line)", numberWidth) : String(repeating: " ", count: numberWidth)
            var x = canvas.put(number, x: inner.x, y: y, style: Theme.dim, limit: inner.maxX)
            x = canvas.put(" ", x: x, y: y, style: base, limit: inner.maxX)
            canvas.put(l.text.replacingTabs, x: x, y: y, style: base, limit: here.isEmpty ? inner.maxX : markColumn - 1)
            if !here.isEmpty {
                var mx = canvas.put(String(ctx.glyphs.lineMarker), x: markColumn, y: y, style: Style(fg: .lemon, attrs: .bold), limit: inner.maxX)
                for g in here {
                    if mx + 4 > inner.maxX {
                        canvas.put("+", x: mx, y: y, style: Theme.dim, limit: inner.maxX)
                        break
                    }
                    mx = canvas.put(" G\(g.goid)", x: mx, y: y, style: Theme.style(of: g.status), limit: inner.maxX)
                }
            }
            if isCursor { highlightRow(&canvas, Rect(x: inner.x, y: y, width: inner.width, height: 1)) }
        }
        drawScrollbar(&canvas, rect, rows: lines.count, scroll: first, visible: visible, glyphs: ctx.glyphs)
        return PaneMeasure(rows: lines.count, visible: visible)
    }

    struct SourceKey: Hashable {
        var function: String?
        var line: Int
    }
}
