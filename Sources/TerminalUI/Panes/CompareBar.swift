import GoRuntime

/// The compare view's top line: which half is which, the two clocks, how
/// they are aligned, and what a real trace cannot show. Parts that do not
/// fit are dropped whole, least important last.
enum CompareBar {
    static func render(_ canvas: inout Canvas, _ rect: Rect, _ c: Comparison, state: AppState, glyphs: Glyphs) {
        canvas.fill(rect, style: Theme.compareBar)
        let shown = CompareGeometry.shown(state)
        let y = rect.y
        let end = rect.maxX
        let both = shown == .both
        let dot = " \(glyphs.middleDot) "
        var x = rect.x
        func tag(_ text: String, _ style: Style) {
            x = canvas.put(" " + text + " ", x: x, y: y, style: style, limit: end)
        }
        func text(_ t: String, _ style: Style = Theme.compareBar) {
            x = canvas.put(t, x: x, y: y, style: style, limit: end)
        }
        // The programs are named in each half's header; the bar gives the clocks.
        let simClock = " t=\(Time.format(c.simTime))\(c.simFinished ? " (ended)" : "") "
        let realClock = " SCHED \(c.realTime / 1_000_000)ms  frame \(c.realFrame + 1)/\(c.realFrameCount) "
        if shown != .real {
            tag(both ? "\(glyphs.lineMarker) SIMULATED" : "SIMULATED", Theme.simulationTag)
            text(simClock)
        }
        if shown != .simulation {
            if both { text(" ") }
            tag(both ? "REAL GO TRACE \(glyphs.play)" : "REAL GO TRACE", Theme.realTag)
            text(realClock)
        }
        let align = c.realLeads
            ? "real leads (. ,): sim at first step at/after \(c.realTime / 1_000_000)ms"
            : "real: last frame at/before the simulated time"
        var parts = [align]
        if !both { parts.append("x shows the \(shown == .real ? "simulation" : "real trace")") }
        parts.append("not traced: queued Gs, code, channels, heap objects, steps between frames")
        for p in parts {
            let t = dot + p
            if x + CharWidth.columns(of: t) > end { break }
            text(t, Style(fg: .white, bg: .highlight, attrs: []))
        }
    }
}
