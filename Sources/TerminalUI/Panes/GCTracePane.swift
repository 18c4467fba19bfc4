import GoRuntime

/// The Heap pane for an imported real trace: gctrace has no spans or
/// objects, only one line per finished cycle. A bar of the newest cycle's
/// heap (live, what it freed, room to the goal), a table of the cycles so
/// far (newest first: clock, CPU share, phase times, heap MB, goal, stacks,
/// globals, Ps, forced), and a line saying what the trace lacks.
enum GCTracePane {
    static func render(_ canvas: inout Canvas, _ rect: Rect, _ ctx: ViewContext, _ real: RealTrace) -> PaneMeasure {
        let cycles = real.gcCycles
        let note: String
        if let last = cycles.last {
            note = "gctrace: live \(last.heapLiveMB) MB / goal \(last.goalMB) MB  \(cycles.count) cycle\(cycles.count == 1 ? "" : "s")"
        } else {
            note = "gctrace: no GC cycle yet"
        }
        let inner = drawBox(&canvas, rect, title: PaneID.heap.title, note: note, focused: ctx.focused(.heap), glyphs: ctx.glyphs)
        guard inner.height >= 1 else { return PaneMeasure(rows: cycles.count, visible: 0) }
        let lacks = ["not traced: spans, objects, colours, phases, workers, assists",
                     "not traced: spans, objects, colours, phases", "spans and objects: not traced"]
        let fits = lacks.first { CharWidth.columns(of: $0) <= inner.width } ?? lacks[lacks.count - 1]
        canvas.put(fits, x: inner.x, y: inner.maxY - 1, style: Theme.dim, limit: inner.maxX)
        guard let last = cycles.last else {
            if inner.height >= 2 {
                canvas.put("no gc line yet (gctrace=1 logs one per finished cycle)", x: inner.x, y: inner.y, style: Theme.dim, limit: inner.maxX)
            }
            return PaneMeasure(rows: 0, visible: max(0, inner.height - 1))
        }
        var y = inner.y
        if inner.height >= 3 {
            drawBar(&canvas, last, y: y, inner, ctx)
            y += 1
        }
        let cols = Columns(width: inner.width, cycles: cycles)
        if y < inner.maxY - 1 {
            drawHeader(&canvas, cols, y: y, inner)
            y += 1
        }
        let visible = max(0, inner.maxY - 1 - y)
        let first = min(ctx.scroll(.heap), max(0, cycles.count - visible))
        // Cycles logged since the previous frame are marked as just happened.
        let logged = ctx.lastEvents.reduce(0) { n, e in if case .gc(.trace) = e.kind { n + 1 } else { n } }
        let fresh = Set(cycles.suffix(logged).map(\.cycle))
        for row in 0..<visible {
            let i = first + row
            guard i < cycles.count else { break }
            let c = cycles[cycles.count - 1 - i]
            let isCursor = ctx.focused(.heap) && i == ctx.cursor(.heap)
            drawRow(&canvas, c, cols, y: y + row, inner, ctx, fresh: fresh.contains(c.cycle))
            if isCursor { highlightRow(&canvas, Rect(x: inner.x, y: y + row, width: inner.width, height: 1)) }
        }
        drawScrollbar(&canvas, rect, rows: cycles.count, scroll: first, visible: visible, glyphs: ctx.glyphs)
        return PaneMeasure(rows: cycles.count, visible: visible)
    }

    /// `heap 4→5→3 MB [■■■▒▒····] goal 8 MB`: live (■), found garbage (▒),
    /// room left before the goal (·), over the goal (!).
    static func drawBar(_ canvas: inout Canvas, _ c: RealTrace.GCCycle, y: Int, _ inner: Rect, _ ctx: ViewContext) {
        let g = ctx.glyphs
        var x = canvas.put("gc \(c.cycle) heap ", x: inner.x, y: y, style: Theme.label, limit: inner.maxX)
        x = canvas.put("\(c.heapStartMB)\(g.arrow)\(c.heapEndMB)\(g.arrow)\(c.heapLiveMB) MB ", x: x, y: y, style: Theme.emphasis, limit: inner.maxX)
        // The legend only when the bar keeps some room.
        var tail = " goal \(c.goalMB) MB   \(g.black) live \(g.grey) garbage \(g.free) to goal"
        if inner.maxX - x - CharWidth.columns(of: tail) - 2 < 12 { tail = " goal \(c.goalMB) MB" }
        let room = max(0, inner.maxX - x - CharWidth.columns(of: tail) - 2)
        guard room >= 8 else {
            canvas.put("goal \(c.goalMB) MB", x: x, y: y, style: Theme.label, limit: inner.maxX)
            return
        }
        let top = max(1, max(c.goalMB, c.heapEndMB, c.heapStartMB))
        func cells(_ mb: Int) -> Int { Int(min(Double(room), max(0, (Double(mb) * Double(room) / Double(top)).rounded()))) }
        let live = cells(c.heapLiveMB), end = cells(c.heapEndMB), goal = cells(c.goalMB)
        x = canvas.put("[", x: x, y: y, style: Theme.dim, limit: inner.maxX)
        for i in 0..<room {
            let (glyph, style): (Character, Style)
            if i < live { (glyph, style) = (g.black, Style(fg: .gray, attrs: .bold)) }
            else if i < end { (glyph, style) = (g.grey, Style(fg: .lemon)) }
            else if i < goal { (glyph, style) = (g.free, Theme.dim) }
            else { break }
            canvas.put(scalar: glyph.scalarValue, x: x + i, y: y, style: style, limit: inner.maxX)
        }
        x += max(goal, end)
        if c.heapEndMB > c.goalMB { canvas.put("!", x: x - 1, y: y, style: Theme.alert, limit: inner.maxX) }
        x = canvas.put("]", x: x, y: y, style: Theme.dim, limit: inner.maxX)
        canvas.put(tail, x: x, y: y, style: Theme.label, limit: inner.maxX)
    }

    /// Column starts; stacks/globals only when the log has them and there is room.
    struct Columns {
        var cycle = 0, at = 6, cpu = 15, clock = 20, heap = 0, goal = 0, extra = 0, procs = 0, forced = 0
        var showsExtra = false
        init(width: Int, cycles: [RealTrace.GCCycle]) {
            let clockWidth = min(24, max(8, cycles.map { phases($0).count }.max() ?? 8) + 2)
            heap = clock + clockWidth
            let heapWidth = max(8, cycles.map { heapText($0, arrow: "→").count }.max() ?? 8) + 1
            goal = heap + heapWidth
            extra = goal + 6
            showsExtra = cycles.contains { $0.stacksMB != nil || $0.globalsMB != nil } && extra + 10 + 4 + 7 <= width
            procs = showsExtra ? extra + 10 : extra
            forced = procs + 4
        }
    }

    static func phases(_ c: RealTrace.GCCycle) -> String {
        c.clockText.isEmpty ? c.clockMs.map(traceNumber).joined(separator: "+") : c.clockText
    }
    static func seconds(_ c: RealTrace.GCCycle) -> String { c.atText.isEmpty ? traceNumber(c.atSeconds) : c.atText }
    static func heapText(_ c: RealTrace.GCCycle, arrow: String) -> String { "\(c.heapStartMB)\(arrow)\(c.heapEndMB)\(arrow)\(c.heapLiveMB)" }

    static func drawHeader(_ canvas: inout Canvas, _ c: Columns, y: Int, _ inner: Rect) {
        let st = Theme.label.with(.underline)
        canvas.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: st)
        var heads = [(c.cycle, "  gc"), (c.at, "@s"), (c.cpu, "CPU"), (c.clock, "clock ms"), (c.heap, "heap MB"),
                     (c.goal, "goal"), (c.procs, "P")]
        if c.showsExtra { heads.append((c.extra, "stk/glob")) }
        for (x, t) in heads { canvas.put(t, x: inner.x + x, y: y, style: st, limit: inner.maxX) }
    }

    static func drawRow(_ canvas: inout Canvas, _ gc: RealTrace.GCCycle, _ c: Columns, y: Int, _ inner: Rect, _ ctx: ViewContext, fresh: Bool) {
        let end = inner.maxX
        let base = fresh ? Theme.emphasis : Theme.text
        if fresh { canvas.put(ctx.glyphs.cursor, x: inner.x, y: y, style: Style(fg: .lemon, attrs: .bold), limit: end) }
        canvas.put(padLeft("\(gc.cycle)", 3), x: inner.x + c.cycle + 1, y: y, style: base.with(.bold), limit: end)
        canvas.put(seconds(gc), x: inner.x + c.at, y: y, style: base, limit: inner.x + c.cpu - 1)
        canvas.put(padLeft("\(gc.cpuPercent)%", 4), x: inner.x + c.cpu - 1, y: y, style: base, limit: inner.x + c.clock - 1)
        canvas.put(phases(gc), x: inner.x + c.clock, y: y, style: Theme.gcMark, limit: inner.x + c.heap - 1)
        canvas.put(heapText(gc, arrow: ctx.glyphs.arrow), x: inner.x + c.heap, y: y, style: base, limit: inner.x + c.goal - 1)
        canvas.put("\(gc.goalMB)", x: inner.x + c.goal, y: y, style: base, limit: end)
        if c.showsExtra {
            let sg = "\(gc.stacksMB.map(String.init) ?? ctx.glyphs.dash)/\(gc.globalsMB.map(String.init) ?? ctx.glyphs.dash)"
            canvas.put(sg, x: inner.x + c.extra, y: y, style: Theme.label, limit: end)
        }
        canvas.put("\(gc.procs)", x: inner.x + c.procs, y: y, style: base, limit: end)
        if gc.forced { canvas.put("forced", x: inner.x + c.forced, y: y, style: Style(fg: .orange, attrs: .bold), limit: end) }
    }
}
