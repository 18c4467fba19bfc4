import GoRuntime

/// The top line: program, simulated time, step, play state and speed,
/// GOMAXPROCS, GC cycle and phase, heap live/goal.
enum HeaderPane {
    static func render(_ canvas: inout Canvas, _ rect: Rect, _ ctx: ViewContext) {
        canvas.fill(rect, style: Theme.header)
        let s = ctx.snapshot
        let y = rect.y
        let end = rect.maxX
        var x: Int
        switch ctx.half {
        case .simulation?: x = canvas.put(" SIMULATED ", x: rect.x, y: y, style: Theme.simulationTag, limit: end)
        case .real?: x = canvas.put(" REAL ", x: rect.x, y: y, style: Theme.realTag, limit: end)
        case nil: x = canvas.put(" gmpscope ", x: rect.x, y: y, style: Theme.header, limit: end)
        }
        if ctx.state.recording {
            // First, so a narrow terminal never hides that the session is being recorded.
            x = canvas.put(ctx.glyphs == .ascii ? "* REC " : "\u{25CF} REC ", x: x, y: y, style: Style(fg: .vermillion, bg: .panel, attrs: .bold), limit: end)
        }
        // A half of the compare view has half the room: the file name without its directory.
        let name = ctx.half == nil ? ctx.programName : String(ctx.programName.split(separator: "/").last ?? Substring(ctx.programName))
        x = canvas.put(name, x: x + 1, y: y, style: Style(fg: .sky, bg: .panel, attrs: .bold), limit: end)
        func field(_ label: String, _ value: String, _ style: Style = Theme.header) {
            x = canvas.put("  ", x: x, y: y, style: Theme.header, limit: end)
            if !label.isEmpty { x = canvas.put(label, x: x, y: y, style: Theme.headerLabel, limit: end) }
            x = canvas.put(value, x: x, y: y, style: style, limit: end)
        }
        if let real = ctx.realTrace {
            renderReal(&canvas, rect, ctx, real, x: x)
            return
        }
        field("t=", Time.format(s.time))
        field("step ", grouped(ctx.uiStep))
        let play: String
        let playStyle: Style
        if ctx.finished {
            let failed = s.fatalMessage != nil || (s.exitCode ?? 0) != 0
            play = s.fatalMessage != nil ? "\(ctx.glyphs.pStopped) fatal error"
                : failed ? "\(ctx.glyphs.pStopped) exited \(s.exitCode ?? 0)" : "\(ctx.glyphs.black) exited 0"
            playStyle = Style(fg: failed ? .vermillion : .teal, bg: .panel, attrs: .bold)
        } else if ctx.state.paused {
            play = "\(ctx.glyphs.pause) paused"
            playStyle = Style(fg: .orange, bg: .panel, attrs: .bold)
        } else {
            play = "\(ctx.glyphs.play) \(Speed.label(ctx.state.speedIndex))"
            playStyle = Style(fg: .teal, bg: .panel, attrs: .bold)
        }
        field("", play, playStyle)
        field("GOMAXPROCS=", "\(s.gomaxprocs)")
        let phase = s.gc.step
        field("GC \(s.gc.cycle): ", phase.label, phase == .off ? Theme.header : Style(fg: .purple, bg: .panel, attrs: .bold))
        field("heap ", "\(bytes(s.heap.heapLive))/\(bytes(s.heap.heapGoal))")
        if let reason = s.stopTheWorld {
            field("", "STW: \(reason.goString)", Style(fg: .vermillion, bg: .panel, attrs: .bold))
        }
    }

    /// An imported real trace: the frame and its SCHED time, GOMAXPROCS,
    /// threads, the newest gc cycle (no phase: gctrace logs finished cycles).
    static func renderReal(_ canvas: inout Canvas, _ rect: Rect, _ ctx: ViewContext, _ real: RealTrace, x start: Int) {
        let s = ctx.snapshot
        let y = rect.y
        let end = rect.maxX
        var x = start
        func field(_ label: String, _ value: String, _ style: Style = Theme.header) {
            x = canvas.put("  ", x: x, y: y, style: Theme.header, limit: end)
            if !label.isEmpty { x = canvas.put(label, x: x, y: y, style: Theme.headerLabel, limit: end) }
            x = canvas.put(value, x: x, y: y, style: style, limit: end)
        }
        field("SCHED ", "\(real.schedMs)ms")
        field("frame ", "\(real.frame + 1)/\(real.frameCount)")
        if ctx.half == nil {
            let play = ctx.finished ? "end of trace" : ctx.state.paused ? "\(ctx.glyphs.pause) paused" : "\(ctx.glyphs.play) \(Speed.label(ctx.state.speedIndex))"
            field("", play, Style(fg: ctx.state.paused || ctx.finished ? .orange : .teal, bg: .panel, attrs: .bold))
        }
        field("GOMAXPROCS=", "\(s.gomaxprocs)")
        field("threads ", "\(real.threads)")
        if let gc = real.gcCycles.last {
            field("gc \(gc.cycle) ", "@\(gc.atText.isEmpty ? traceNumber(gc.atSeconds) : gc.atText)s")
            field("heap ", "\(gc.heapLiveMB)/\(gc.goalMB) MB")
        } else {
            field("", "no GC yet")
        }
        if s.stopTheWorld != nil {
            field("", "STW (gcwaiting)", Style(fg: .vermillion, bg: .panel, attrs: .bold))
        }
    }

    /// 1532 → "1 532" (thin grouping reads well on a projector).
    static func grouped(_ n: Int) -> String {
        let digits = String(n)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(" ") }
            out.append(c)
        }
        return out
    }
}
