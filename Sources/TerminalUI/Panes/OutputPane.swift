/// What the program printed up to this step: stdout plain, stderr (println,
/// panics) marked "2>" in orange so the two stay apart without colour too.
/// Follows the newest line unless focused (then the cursor scrolls it).
enum OutputPane {
    static let errorMark = "2>"

    static func render(_ canvas: inout Canvas, _ rect: Rect, _ ctx: ViewContext) -> PaneMeasure {
        let lines = ctx.outputLines
        let errors = lines.reduce(0) { $0 + ($1.isError ? 1 : 0) }
        let note = lines.isEmpty ? "" : "\(lines.count - errors) stdout \(ctx.glyphs.middleDot) \(errors) stderr"
        let inner = drawBox(&canvas, rect, title: PaneID.output.title, note: note, focused: ctx.focused(.output), glyphs: ctx.glyphs)
        guard !inner.isEmpty else { return PaneMeasure(rows: lines.count, visible: 0) }
        let visible = inner.height
        if lines.isEmpty {
            canvas.put("nothing printed yet", x: inner.x, y: inner.y, style: Theme.dim, limit: inner.maxX)
            return PaneMeasure(rows: 0, visible: visible)
        }
        let last = max(0, lines.count - visible)
        let first = ctx.focused(.output) ? min(ctx.scroll(.output), last) : last
        for r in 0..<visible {
            let i = first + r
            guard i < lines.count else { break }
            let y = inner.y + r
            let l = lines[i]
            var x = inner.x
            if l.isError {
                x = canvas.put(errorMark, x: x, y: y, style: Style(fg: .orange, attrs: .bold), limit: inner.maxX)
            } else {
                x += errorMark.count
            }
            canvas.put(" " + l.text.replacingTabs, x: x, y: y, style: l.isError ? Style(fg: .orange) : Theme.text, limit: inner.maxX)
            if ctx.focused(.output) && i == ctx.cursor(.output) {
                highlightRow(&canvas, Rect(x: inner.x, y: y, width: inner.width, height: 1))
            }
        }
        drawScrollbar(&canvas, rect, rows: lines.count, scroll: first, visible: visible, glyphs: ctx.glyphs)
        return PaneMeasure(rows: lines.count, visible: visible)
    }
}
