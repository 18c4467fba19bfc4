/// The full key map (`?`), drawn over the panes.
enum HelpOverlay {
    static let sections: [(String, [(String, String)])] = [
        ("Time", [
            ("space", "pause / resume"),
            ("n  →", "step one event"),
            ("N", "step to the next scheduler tick"),
            ("b  ←", "step one event back (exactly the earlier state)"),
            ("B", "step back to the previous tick"),
            ("]  [", "next / previous GC phase change"),
            ("+  -", "speed (events per second, up to max)"),
            ("g", "go to step …"),
            ("/", "break on: gN state change, steal, preempt, handoff, gc, chN"),
            ("r", "start / stop recording (saved when stopped or on quit)"),
        ]),
        ("View", [
            ("tab  ⇧tab", "focus the next / previous pane"),
            ("↑ ↓ PgUp PgDn", "move the cursor in the focused pane"),
            ("Home  End", "first / last row"),
            ("Enter", "select: its P, its waiters; on a span again: its objects"),
            ("Esc", "clear the selection / leave zoom"),
            ("z", "zoom the focused pane"),
            ("s  p", "show / hide the source / program output pane"),
            ("h", "hide / show system goroutines"),
            ("o  f", "sort / filter goroutines"),
            ("mouse", "click to focus and select, wheel to scroll"),
            ("?", "this help (any key closes it)"),
            ("q  ^C", "quit"),
        ]),
        ("Compare (run FILE.go --compare real.log)", [
            (".  ,", "real trace one frame on / back; the simulation follows"),
            ("x", "both halves / simulation only / real trace only"),
        ]),
    ]

    static func render(_ canvas: inout Canvas, in area: Rect, glyphs: Glyphs) {
        let rows = sections.reduce(0) { $0 + $1.1.count + 2 } + 1
        let width = min(area.width - 4, 78)
        let height = min(area.height - 2, rows + 2)
        let box = Rect(x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width: width, height: height)
        canvas.fill(box, style: .plain)
        let inner = drawBox(&canvas, box, title: "Keys", note: "any key closes", focused: true, glyphs: glyphs)
        var y = inner.y
        for (name, keys) in sections {
            guard y < inner.maxY else { break }
            canvas.put(name, x: inner.x + 1, y: y, style: Theme.emphasis, limit: inner.maxX)
            y += 1
            for (key, what) in keys {
                guard y < inner.maxY else { break }
                canvas.put(key, x: inner.x + 3, y: y, style: Theme.linked, limit: inner.maxX)
                canvas.put(what, x: inner.x + 19, y: y, style: Theme.text, limit: inner.maxX - 1)
                y += 1
            }
            y += 1
        }
    }
}
