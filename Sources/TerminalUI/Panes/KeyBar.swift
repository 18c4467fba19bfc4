/// The bottom line: the keys that apply now (or the prompt being typed),
/// and a note on the right (a break hit, "at the start" …).
enum KeyBar {
    static func render(_ canvas: inout Canvas, _ rect: Rect, _ ctx: ViewContext) {
        canvas.fill(rect, style: Theme.keyBar)
        let y = rect.y
        if let prompt = ctx.state.prompt {
            var x = canvas.put(" " + prompt.label, x: rect.x, y: y, style: Theme.keyName, limit: rect.maxX)
            x = canvas.put(prompt.text, x: x, y: y, style: Theme.keyBar, limit: rect.maxX)
            canvas.put("_", x: x, y: y, style: Theme.keyName, limit: rect.maxX)
            canvas.putRight("Enter ok  Esc cancel ", right: rect.maxX, y: y, style: Theme.keyBar, minX: x + 2)
            return
        }
        var keys: [(String, String)] = []
        if ctx.finished {
            keys.append(("b", "back"))
        } else {
            keys.append(("space", ctx.state.paused ? "play" : "pause"))
            keys.append(("n", "step"))
            // A real trace has no ticks between its frames; ] goes to its next gc line.
            if ctx.realTrace != nil { keys.append(("]", "next gc")) } else if !ctx.state.comparing { keys.append(("N", "tick")) }
            keys.append(("b", "back"))
        }
        if ctx.state.comparing {
            // The compare view's own keys come before the rest: a half-width
            // terminal must still say how to see the other half.
            keys.append((". ,", "real frame"))
            let next: String = switch nextCompareView(ctx.state) {
            case .both: "both"
            case .simulation: "sim only"
            case .real: "real only"
            }
            keys.append(("x", next))
        }
        if !ctx.finished { keys.append(("+/-", "speed")) }
        keys.append(("tab", "pane"))
        keys.append(("z", ctx.state.zoomed ? "unzoom" : "zoom"))
        keys.append(("⏎", "select"))
        keys.append(("/", ctx.state.breakOn == nil ? "break" : "break*"))
        keys.append(("s", "source"))
        // Shown when the terminal is wide enough (the help lists them too;
        // the header's "● REC" says a recording runs).
        if ctx.state.canRecord { keys.append(("r", ctx.state.recording ? "stop rec" : "record")) }
        keys.append(("p", "output"))
        // Always shown, at the end: how to get help and how to leave.
        let always: [(String, String)] = [("?", "help"), ("q", "quit")]
        let status = ctx.state.status ?? ctx.state.breakOn.map { "break on \($0.label)" } ?? ""
        let statusWidth = status.isEmpty ? 0 : CharWidth.columns(of: status) + 2
        let limit = rect.maxX - statusWidth
        func width(_ key: String, _ what: String) -> Int {
            CharWidth.columns(of: key) + 1 + CharWidth.columns(of: what) + 2
        }
        let reserved = always.reduce(0) { $0 + width($1.0, $1.1) }
        var x = rect.x + 1
        var dropped = false
        for (key, what) in keys + always {
            let isAlways = always.contains { $0.0 == key }
            let label = ctx.glyphs == .ascii && key == "⏎" ? "Enter" : key
            let w = width(label, what)
            if !isAlways && (dropped || x + w + reserved > limit) { dropped = true; continue }
            if x + w > limit { break }
            x = canvas.put(label, x: x, y: y, style: Theme.keyName, limit: limit)
            x = canvas.put(" " + what + "  ", x: x, y: y, style: Theme.keyBar, limit: limit)
        }
        if !status.isEmpty {
            canvas.putRight(status + " ", right: rect.maxX, y: y, style: Style(fg: .lemon, bg: .panel, attrs: .bold), minX: x)
        }
    }
}
