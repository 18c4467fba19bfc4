import GoRuntime

/// Each channel's buffer ring with `sendx`/`recvx`, its `sendq` and `recvq`;
/// then mutexes, RWMutexes, WaitGroups and their waiters.
enum ChannelsPane {
    /// Rows: two per channel, one per sync object.
    static func rowCount(_ s: Snapshot) -> Int { s.chans.count * 2 + s.sync.count }

    /// The item drawn on content row `row`.
    static func item(at row: Int, _ s: Snapshot) -> Item? {
        if row < s.chans.count * 2 { return .channel(Int(s.chans[row / 2].id.raw)) }
        let i = row - s.chans.count * 2
        return i < s.sync.count ? .sync(Int(truncatingIfNeeded: s.sync[i].addr)) : nil
    }

    static func render(_ canvas: inout Canvas, _ rect: Rect, _ ctx: ViewContext) -> PaneMeasure {
        let s = ctx.snapshot
        let note = "\(s.chans.count) chan\(s.chans.count == 1 ? "" : "s"), \(s.sync.count) sync"
        let inner = drawBox(&canvas, rect, title: PaneID.channels.title, note: note, focused: ctx.focused(.channels), glyphs: ctx.glyphs)
        let rows = rowCount(s)
        guard inner.height >= 1 else { return PaneMeasure(rows: rows, visible: 0) }
        if rows == 0 && ctx.realTrace != nil {
            let text = "Not in real traces: channels, their buffers and waiters, mutexes, WaitGroups. "
                + "Goroutines shows each G's wait reason as logged."
            for (i, l) in wrap(text, inner.width).enumerated() where i < inner.height {
                canvas.put(l, x: inner.x, y: inner.y + i, style: Theme.dim, limit: inner.maxX)
            }
            return PaneMeasure(rows: 0, visible: inner.height)
        }
        if rows == 0 {
            canvas.put("no channels or locks yet", x: inner.x, y: inner.y, style: Theme.dim, limit: inner.maxX)
            return PaneMeasure(rows: 0, visible: inner.height)
        }
        let visible = inner.height
        let first = min(ctx.scroll(.channels), max(0, rows - visible))
        for r in 0..<visible {
            let row = first + r
            guard row < rows else { break }
            let y = inner.y + r
            // Both rows of a channel light up under the cursor.
            let isCursor = ctx.focused(.channels) && item(at: row, s) == item(at: ctx.cursor(.channels), s)
            if row < s.chans.count * 2 {
                let c = s.chans[row / 2]
                drawChannel(&canvas, c, second: row % 2 == 1, y: y, inner, ctx, isCursor: isCursor)
            } else {
                drawSync(&canvas, s.sync[row - s.chans.count * 2], y: y, inner, ctx, isCursor: isCursor)
            }
        }
        drawScrollbar(&canvas, rect, rows: rows, scroll: first, visible: visible, glyphs: ctx.glyphs)
        return PaneMeasure(rows: rows, visible: visible)
    }

    static func drawChannel(_ canvas: inout Canvas, _ c: ChanSnapshot, second: Bool, y: Int, _ inner: Rect, _ ctx: ViewContext, isCursor: Bool) {
        let selected = ctx.isLinked(channel: c)
        var base = Theme.text
        let lit = isCursor || ctx.state.selection == .channel(Int(c.id.raw))
        defer { if lit { highlightRow(&canvas, Rect(x: inner.x, y: y, width: inner.width, height: 1)) } }
        if selected && !lit {
            base = Theme.linked
        }
        let end = inner.maxX
        if !second {
            var x = canvas.put(pad("ch#\(c.id.raw)", 5), x: inner.x, y: y, style: base.with(.bold), limit: end)
            x = canvas.put(" chan \(c.elemType)", x: x, y: y, style: base, limit: end)
            if c.isTimer { x = canvas.put(" (timer)", x: x, y: y, style: Theme.dim, limit: end) }
            if c.cap == 0 {
                x = canvas.put("  unbuffered", x: x, y: y, style: Theme.label, limit: end)
            } else {
                x = canvas.put("  [", x: x, y: y, style: Theme.dim, limit: end)
                for (i, slot) in c.slots.enumerated() {
                    if i > 0 { x = canvas.put(" ", x: x, y: y, style: base, limit: end) }
                    // recvx slot underlined (next to receive), sendx in reverse (next to fill).
                    var st: Style = slot.isEmpty ? Theme.dim : Style(fg: .sky, attrs: .bold)
                    if i == c.recvx && c.qcount > 0 { st = st.with(.underline) }
                    if i == c.sendx && c.qcount < c.cap { st = Style(fg: .lemon, attrs: .bold) }
                    let text = slot.isEmpty ? "_" : fit(slot, 6, glyphs: ctx.glyphs)
                    x = canvas.put(text, x: x, y: y, style: st, limit: end)
                    if x >= end - 8 && i < c.slots.count - 1 {
                        x = canvas.put(ctx.glyphs.ellipsis, x: x, y: y, style: Theme.dim, limit: end)
                        break
                    }
                }
                x = canvas.put("] \(c.qcount)/\(c.cap)", x: x, y: y, style: Theme.label, limit: end)
                let indexes = "  recvx \(c.recvx) sendx \(c.sendx)"
                let short = "  rx\(c.recvx) sx\(c.sendx)"
                x = canvas.put(x + CharWidth.columns(of: indexes) <= end ? indexes : short, x: x, y: y, style: Theme.dim, limit: end)
            }
            if c.closed { canvas.put("  closed", x: x, y: y, style: Theme.alert, limit: end) }
        } else {
            var x = canvas.put("     recvq ", x: inner.x, y: y, style: Theme.label, limit: end)
            x = waiters(&canvas, c.recvq, x: x, y: y, end: end, ctx)
            x = canvas.put("  sendq ", x: x, y: y, style: Theme.label, limit: end)
            waiters(&canvas, c.sendq, x: x, y: y, end: end, ctx)
        }
    }

    @discardableResult
    static func waiters(_ canvas: inout Canvas, _ gs: [Int64], x: Int, y: Int, end: Int, _ ctx: ViewContext) -> Int {
        if gs.isEmpty { return canvas.put(ctx.glyphs.dash, x: x, y: y, style: Theme.dim, limit: end) }
        var x = x
        for (i, g) in gs.enumerated() {
            if x + 6 > end && i < gs.count - 1 {
                return canvas.put("+\(gs.count - i)", x: x, y: y, style: Theme.dim, limit: end)
            }
            let style = ctx.selectedGoroutine == g ? Theme.linked : Style(fg: .orange, attrs: .bold)
            x = canvas.put("G\(g)", x: x, y: y, style: style, limit: end) + 1
        }
        return x
    }

    static func drawSync(_ canvas: inout Canvas, _ o: SyncSnapshot, y: Int, _ inner: Rect, _ ctx: ViewContext, isCursor: Bool) {
        let base = Theme.text
        let lit = isCursor || ctx.state.selection == .sync(Int(truncatingIfNeeded: o.addr))
        defer { if lit { highlightRow(&canvas, Rect(x: inner.x, y: y, width: inner.width, height: 1)) } }
        let end = inner.maxX
        var x = canvas.put(pad(o.kind.goName, 15), x: inner.x, y: y, style: base.with(.bold), limit: end)
        x = canvas.put(GoroutinesPane.shortHex(o.addr) + " ", x: x, y: y, style: Theme.dim, limit: end)
        x = canvas.put(o.state, x: x, y: y, style: base, limit: end)
        if !o.waiters.isEmpty {
            x = canvas.put("  waiters ", x: x, y: y, style: Theme.label, limit: end)
            waiters(&canvas, o.waiters, x: x, y: y, end: end, ctx)
        }
    }
}
