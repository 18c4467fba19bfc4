import GoRuntime

/// Size classes → spans → objects as cells (free, white, grey, black), the
/// list or mcache holding each span, heap live/goal; the collector's line:
/// phase, grey queue, barrier shades, assists, mark workers.
enum HeapPane {
    static func render(_ canvas: inout Canvas, _ rect: Rect, _ ctx: ViewContext) -> PaneMeasure {
        if let real = ctx.realTrace { return GCTracePane.render(&canvas, rect, ctx, real) }
        let h = ctx.snapshot.heap
        let note = "live \(bytes(h.heapLive)) / goal \(bytes(h.heapGoal))  \(h.spans.count) spans"
        let inner = drawBox(&canvas, rect, title: PaneID.heap.title, note: note, focused: ctx.focused(.heap), glyphs: ctx.glyphs)
        guard inner.height >= 1 else { return PaneMeasure(rows: h.spans.count, visible: 0) }
        drawGC(&canvas, y: inner.maxY - 1, inner, ctx)
        var visible = max(0, inner.height - 1)
        if case let .object(addr) = ctx.state.selection, visible >= 2 {
            drawObject(&canvas, y: inner.maxY - 2, inner, ctx, address: UInt64(truncatingIfNeeded: addr))
            visible -= 1
        }
        let first = min(ctx.scroll(.heap), max(0, h.spans.count - visible))
        if h.spans.isEmpty && visible > 0 {
            canvas.put("no spans in use yet (nothing allocated)", x: inner.x, y: inner.y, style: Theme.dim, limit: inner.maxX)
        }
        for row in 0..<visible {
            let i = first + row
            guard i < h.spans.count else { break }
            let isCursor = ctx.focused(.heap) && i == ctx.cursor(.heap)
            drawSpan(&canvas, h.spans[i], y: inner.y + row, inner, ctx, isCursor: isCursor)
        }
        drawScrollbar(&canvas, rect, rows: h.spans.count, scroll: first, visible: visible, glyphs: ctx.glyphs)
        return PaneMeasure(rows: h.spans.count, visible: visible)
    }

    static func home(_ s: SpanSnapshot) -> String {
        switch s.home {
        case let .mcache(p): "mcache P\(p)"
        case .partialSwept: "partial swept"
        case .partialUnswept: "partial unswept"
        case .fullSwept: "full swept"
        case .fullUnswept: "full unswept"
        case .free: "free"
        case .none: s.sizeclass == 0 ? "large" : ""
        }
    }

    /// Object `i` of span `s`'s address.
    static func address(_ s: SpanSnapshot, _ i: Int) -> UInt64 { s.base + UInt64(i) * UInt64(max(1, s.elemsize)) }

    /// The slot of span `s` holding `addr`, if it is in the span.
    static func slot(_ s: SpanSnapshot, _ addr: UInt64) -> Int? {
        guard addr >= s.base, s.elemsize > 0 else { return nil }
        let i = Int((addr - s.base) / UInt64(s.elemsize))
        return i < s.objects.count ? i : nil
    }

    /// What Enter on span row `s` selects: the span; on the selected span its
    /// first allocated object; on a selected object of it the next allocated
    /// one, and after the last the span again.
    static func item(for s: SpanSnapshot, current: Item?) -> Item {
        var from: Int? = nil
        switch current {
        case .span(Int(s.span))?: from = 0
        case let .object(a)?:
            if let i = slot(s, UInt64(truncatingIfNeeded: a)) { from = i + 1 }
        default: break
        }
        guard let start = from else { return .span(Int(s.span)) }
        var i = start
        while i < s.objects.count {
            if s.objects[i] != .free { return .object(Int(truncatingIfNeeded: address(s, i))) }
            i += 1
        }
        return .span(Int(s.span))
    }

    /// The selected object's line: address, size, colour, referrers (←) and pointees (→).
    static func drawObject(_ canvas: inout Canvas, y: Int, _ inner: Rect, _ ctx: ViewContext, address addr: UInt64) {
        let hex = "0x" + String(addr, radix: 16)
        guard let o = ctx.snapshot.heap.selected, o.addr == addr else {
            canvas.put("object \(hex) is not allocated now", x: inner.x, y: y, style: Theme.dim, limit: inner.maxX)
            return
        }
        let dot = " \(ctx.glyphs.middleDot) "
        func list(_ a: [UInt64]) -> String {
            a.isEmpty ? "none" : a.prefix(4).map { "0x" + String($0, radix: 16) }.joined(separator: " ") + (a.count > 4 ? " +\(a.count - 4)" : "")
        }
        let color: String = switch o.color {
        case .free: "free"
        case .white: "white"
        case .grey: "grey"
        case .black: "black"
        }
        var x = canvas.put("object \(hex) \(bytes(Int(o.size))) \(color)", x: inner.x, y: y, style: Theme.flash, limit: inner.maxX)
        x = canvas.put(dot + "referrers \(o.referrers.count): " + list(o.referrers), x: x, y: y, style: Theme.linked, limit: inner.maxX)
        canvas.put(dot + "points to \(o.pointees.count): " + list(o.pointees), x: x, y: y, style: Theme.linked, limit: inner.maxX)
    }

    static func drawSpan(_ canvas: inout Canvas, _ s: SpanSnapshot, y: Int, _ inner: Rect, _ ctx: ViewContext, isCursor: Bool) {
        let g = ctx.glyphs
        var selectedSlot: Int? = nil
        if case let .object(a) = ctx.state.selection { selectedSlot = slot(s, UInt64(truncatingIfNeeded: a)) }
        let selected = ctx.state.selection == .span(Int(s.span)) || selectedSlot != nil
        let base = Theme.text
        // The selected object's cell (column, glyph), drawn over the row highlight.
        var flashCell: (Int, UInt32)? = nil
        defer {
            if isCursor || selected { highlightRow(&canvas, Rect(x: inner.x, y: y, width: inner.width, height: 1)) }
            if let (cx, glyph) = flashCell { canvas.put(scalar: glyph, x: cx, y: y, style: Theme.flash, limit: inner.maxX) }
        }
        let size = s.sizeclass == 0 ? "large" : bytes(Int(s.elemsize))
        var x = canvas.put(padLeft(size, 6), x: inner.x, y: y, style: base.with(.bold), limit: inner.maxX)
        x = canvas.put(" " + pad("#\(s.span)", 5), x: x, y: y, style: Theme.label, limit: inner.maxX)
        let tail = " \(s.allocCount)/\(s.objects.count) \(home(s))"
        let tailWidth = CharWidth.columns(of: tail)
        let room = max(0, inner.maxX - x - tailWidth - 2)
        x = canvas.put("[", x: x, y: y, style: Theme.dim, limit: inner.maxX)
        let shown = min(room, s.objects.count)
        for i in 0..<shown {
            let (glyph, style) = cell(s.objects[i], g)
            canvas.put(scalar: glyph, x: x + i, y: y, style: style, limit: inner.maxX)
        }
        // The selected object and the objects linked to it (referrers, pointees).
        if let info = ctx.snapshot.heap.selected {
            for a in info.referrers + info.pointees {
                if let i = slot(s, a), i < shown {
                    let (glyph, _) = cell(s.objects[i], g)
                    canvas.put(scalar: glyph, x: x + i, y: y, style: Style(fg: .lemon, attrs: [.bold, .underline]), limit: inner.maxX)
                }
            }
        }
        if let i = selectedSlot, i < shown { flashCell = (x + i, cell(s.objects[i], g).0) }
        x += shown
        if shown < s.objects.count && shown > 0 {
            canvas.put(scalar: g.ellipsis.unicodeScalars.first!.value, x: x - 1, y: y, style: Theme.dim, limit: inner.maxX)
        }
        x = canvas.put("]", x: x, y: y, style: Theme.dim, limit: inner.maxX)
        let homeStyle: Style = if case .mcache = s.home { Style(fg: .sky) } else { Theme.label }
        canvas.put(tail, x: x, y: y, style: homeStyle, limit: inner.maxX)
    }

    /// The glyph and style of one object slot; glyphs tell the colours apart without colour.
    @inline(__always)
    static func cell(_ c: ObjectColor, _ g: Glyphs) -> (UInt32, Style) {
        switch c {
        case .free: (g.free.scalarValue, Theme.dim)
        case .white: (g.white.scalarValue, Style(fg: .white, attrs: .bold))
        case .grey: (g.grey.scalarValue, Style(fg: .lemon, attrs: .bold))
        case .black: (g.black.scalarValue, Style(fg: .gray))
        }
    }

    static func drawGC(_ canvas: inout Canvas, y: Int, _ inner: Rect, _ ctx: ViewContext) {
        let gc = ctx.snapshot.gc
        let dot = " \(ctx.glyphs.middleDot) "
        var parts: [String] = ["GC \(gc.cycle) \(gc.step.label)"]
        if gc.step == .off {
            parts.append("next at \(bytes(gc.trigger)) (GOGC=\(gc.gogc))")
        } else {
            parts.append("grey \(gc.greyQueue)")
            parts.append("black \(gc.blackened)")
            parts.append("barrier \(gc.writeBarrier ? "on" : "off"), shaded \(gc.barrierShades)")
            if gc.rootsTotal > 0 { parts.append("roots \(gc.rootsDone)/\(gc.rootsTotal)") }
            if gc.wbBuffered > 0 { parts.append("wbBuf \(gc.wbBuffered)") }
        }
        for a in gc.assistWork.prefix(2) {
            let goid = ctx.snapshot.gs.first { $0.gid == a.g }?.goid ?? 0
            parts.append("assist G\(goid) \(bytes(Int(a.workBytes)))")
        }
        var workers: [String] = []
        for (p, mode) in gc.workerModes.enumerated() where mode != .notWorker { workers.append("P\(p) \(mode)") }
        if !workers.isEmpty { parts.append("workers " + workers.joined(separator: ", ")) }
        let style = gc.step == .off ? Theme.label : Theme.gcMark
        // Whole parts only: drop the least important ones that do not fit.
        var x = inner.x
        for (i, part) in parts.enumerated() {
            let text = (i > 0 ? dot : "") + part
            if x + CharWidth.columns(of: text) > inner.maxX { break }
            x = canvas.put(text, x: x, y: y, style: style, limit: inner.maxX)
        }
    }
}
