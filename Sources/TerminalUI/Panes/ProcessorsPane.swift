import GoRuntime

/// Each P (status, M, running G and function, runnext, local run queue,
/// schedtick), the global run queue, the Ms and sysmon. A steal, a hand-off
/// or a preemption in the step just taken lights up the Ps involved.
enum ProcessorsPane {
    static func render(_ canvas: inout Canvas, _ rect: Rect, _ ctx: ViewContext) -> PaneMeasure {
        let s = ctx.snapshot
        let running = s.ps.prefix(s.gomaxprocs).filter { $0.status == .running }.count
        let inner = drawBox(&canvas, rect, title: PaneID.processors.title,
                            note: "\(running)/\(s.gomaxprocs) running", focused: ctx.focused(.processors), glyphs: ctx.glyphs)
        guard !inner.isEmpty else { return PaneMeasure(rows: 0, visible: 0) }
        let notes = highlights(ctx)
        let ps = Array(s.ps.prefix(s.gomaxprocs))
        // P rows scroll when there are more Ps than room; the queue, M and
        // sysmon lines stay at the bottom.
        let footer = min(4, max(0, inner.height - 1))
        let visible = max(0, inner.height - footer)
        let first = min(ctx.scroll(.processors), max(0, ps.count - visible))
        var y = inner.y
        for (i, p) in ps.enumerated() where i >= first && y < inner.y + visible {
            let isCursor = ctx.focused(.processors) && i == ctx.cursor(.processors)
            let function = ctx.goroutine(p.curg)?.function ?? ""
            drawP(&canvas, p, y: y, inner, ctx, function, notes[Int(p.id.raw)], isCursor)
            y += 1
        }
        y = inner.y + visible
        if footer >= 1 { drawGlobalQueue(&canvas, y: y, inner, ctx) }
        if footer >= 2 { drawMs(&canvas, y: y + 1, lines: footer >= 3 ? footer - 2 : 1, inner, ctx) }
        if footer >= 3 { drawSysmon(&canvas, y: inner.maxY - 1, inner, ctx) }
        drawScrollbar(&canvas, rect, rows: ps.count, scroll: first, visible: visible, glyphs: ctx.glyphs)
        return PaneMeasure(rows: ps.count, visible: visible)
    }

    /// What happened to each P in the step just taken (index = P id).
    struct Note { var text: String; var style: Style }

    static func highlights(_ ctx: ViewContext) -> [Int: Note] {
        var notes: [Int: Note] = [:]
        // Several things can happen to one P in a step: keep them all, newest style.
        func add(_ p: Int, _ note: Note) {
            if let old = notes[p] {
                notes[p] = Note(text: old.text + "; " + note.text, style: note.style)
            } else {
                notes[p] = note
            }
        }
        let steal = Style(fg: .black, bg: .lemon, attrs: .bold)
        let handoff = Style(fg: .black, bg: .purple, attrs: .bold)
        let preempt = Style(fg: .black, bg: .vermillion, attrs: .bold)
        for e in ctx.lastEvents {
            guard case let .sched(se) = e.kind else { continue }
            switch se {
            case let .steal(thief, victim, gs, runnext):
                let list = gs.map { "G\($0)" }.joined(separator: " ")
                add(thief.index, Note(text: "STOLE \(list) from P\(victim.raw)\(runnext ? " runnext" : "")", style: steal))
                add(victim.index, Note(text: "\(gs.count) stolen by P\(thief.raw)", style: steal))
            case let .handoff(p, to):
                add(p.index, Note(text: to.isNone ? "HANDOFF \(ctx.glyphs.arrow) idle" : "HANDOFF \(ctx.glyphs.arrow) M\(to.raw)", style: handoff))
            case let .goSysBlock(g, p):
                add(p.index, Note(text: "RETAKEN from G\(g) (syscall)", style: handoff))
            case let .goPreempt(g) where !e.p.isNone:
                add(e.p.index, Note(text: "PREEMPTED G\(g)", style: preempt))
            case let .preemptRequest(g, p, ran) where !p.isNone:
                add(p.index, Note(text: "sysmon: stop G\(g) (ran \(Time.format(ran)))", style: preempt))
            default:
                break
            }
        }
        return notes
    }

    static func statusWord(_ p: PSnapshot) -> String {
        switch p.status {
        case .running: "run "
        case .idle: "idle"
        case .syscall: "sysc"
        case .gcstop: "stop"
        case .dead: "dead"
        }
    }

    static func drawP(_ canvas: inout Canvas, _ p: PSnapshot, y: Int, _ inner: Rect, _ ctx: ViewContext,
                      _ function: String, _ note: Note?, _ isCursor: Bool) {
        let g = ctx.glyphs
        let end = inner.maxX
        let linked = ctx.isLinked(processor: p)
        let rowRect = Rect(x: inner.x, y: y, width: inner.width, height: 1)
        defer { if isCursor || linked { highlightRow(&canvas, rowRect) } }
        let base: Style = linked ? Theme.linked : Theme.text
        let glyph: Character
        let glyphStyle: Style
        switch p.status {
        case .running: glyph = g.pRunning; glyphStyle = Style(fg: .teal, attrs: .bold)
        case .idle: glyph = g.pIdle; glyphStyle = Theme.dim
        case .syscall: glyph = g.pSyscall; glyphStyle = Style(fg: .purple, attrs: .bold)
        case .gcstop, .dead: glyph = g.pStopped; glyphStyle = Style(fg: .vermillion)
        }
        let wide = inner.width >= 70
        var x = canvas.put(pad("P\(p.id.raw)", 3), x: inner.x, y: y, style: note?.style ?? base.with(.bold), limit: end)
        x = canvas.put(String(glyph), x: x, y: y, style: glyphStyle, limit: end)
        x = canvas.put(" " + statusWord(p) + " ", x: x, y: y, style: Theme.label, limit: end)
        x = canvas.put(pad(p.m.isNone ? g.dash : "M\(p.m.raw)", 4), x: x, y: y, style: base, limit: end)
        let afterM = x
        let gcMode = Int(p.id.raw) < ctx.snapshot.gc.workerModes.count ? ctx.snapshot.gc.workerModes[Int(p.id.raw)] : .notWorker
        let functionWidth = wide ? 16 : 11
        if p.curg != 0 {
            x = canvas.put(pad("G\(p.curg)", 6), x: x, y: y, style: Style(fg: .teal, attrs: .bold), limit: end)
            let shown = wide ? function : shortFunction(function)
            x = canvas.put(pad(fit(shown, functionWidth - 1, glyphs: g), functionWidth), x: x, y: y, style: base, limit: end)
        } else if gcMode != .notWorker {
            x = canvas.put(pad(fit("GC worker (\(gcMode))", functionWidth + 5, glyphs: g), functionWidth + 6), x: x, y: y, style: Theme.gcMark, limit: end)
        } else {
            x = canvas.put(pad(g.dash, functionWidth + 6), x: x, y: y, style: Theme.dim, limit: end)
        }
        x = canvas.put("next ", x: x, y: y, style: Theme.label, limit: end)
        let known = ctx.queueContentsKnown
        // A real trace never says which G is in runnext: "?" rather than "–".
        x = canvas.put(pad(known ? gName(p.runnext, g) : "?", 5), x: x, y: y, style: p.runnext == 0 ? Theme.dim : Style(fg: .sky), limit: end)
        let length = known ? p.runq.count : ctx.realTrace.map { Int(p.id.raw) < $0.runqLengths.count ? $0.runqLengths[Int(p.id.raw)] : 0 } ?? 0
        x = canvas.put(" q\(length) ", x: x, y: y, style: Theme.label, limit: end)
        // The note of the step wins: it covers the queue, and the "next"
        // column too when the pane is narrow.
        if let note {
            let w = CharWidth.columns(of: note.text) + 2
            let start = max(afterM, min(x, end - w))
            canvas.fill(Rect(x: start, y: y, width: end - start, height: 1), style: .plain)
            canvas.put(" " + note.text + " ", x: start, y: y, style: note.style, limit: end)
            return
        }
        let tick = "t\(p.schedtick)"
        let tickX = end - CharWidth.columns(of: tick)
        var qx = x
        if !known {
            qx = drawAnonymousQueue(&canvas, length: length, x: qx, y: y, limit: tickX - 1, ctx)
            if tickX > qx { canvas.put(tick, x: tickX, y: y, style: Theme.dim, limit: end) }
            return
        }
        for q in p.runq {
            let name = "G\(q)"
            if qx + CharWidth.columns(of: name) + 2 > tickX - 1 {
                canvas.put(g.ellipsis, x: qx, y: y, style: Theme.dim, limit: tickX - 1)
                break
            }
            qx = canvas.put(name, x: qx, y: y, style: Style(fg: .sky), limit: tickX - 1) + 1
        }
        if tickX > qx { canvas.put(tick, x: tickX, y: y, style: Theme.dim, limit: end) }
    }

    /// A queue whose length is known but not its goroutines (a real trace):
    /// one anonymous cell per entry, "+N" when they do not all fit. Returns
    /// the column after it.
    static func drawAnonymousQueue(_ canvas: inout Canvas, length: Int, x start: Int, y: Int, limit: Int, _ ctx: ViewContext) -> Int {
        guard length > 0 else { return canvas.put(ctx.glyphs.dash, x: start, y: y, style: Theme.dim, limit: limit) }
        let cell = ctx.glyphs == .ascii ? "?" : "\u{25AB}"   // ▫ : a G whose id the trace does not give
        let room = max(0, limit - start)
        let rest = "+\(length)"
        let fits = length <= room ? length : max(0, room - CharWidth.columns(of: rest) - 1)
        var x = canvas.put(String(repeating: cell, count: fits), x: start, y: y, style: Style(fg: .sky), limit: limit)
        if fits < length { x = canvas.put(" +\(length - fits)", x: x, y: y, style: Theme.dim, limit: limit) }
        return x
    }

    /// "main.worker" → "worker" (the package is almost always main).
    static func shortFunction(_ f: String) -> String {
        f.hasPrefix("main.") ? String(f.dropFirst(5)) : f
    }

    static func drawGlobalQueue(_ canvas: inout Canvas, y: Int, _ inner: Rect, _ ctx: ViewContext) {
        if let real = ctx.realTrace, !real.queueContentsKnown {
            let n = real.globalRunqLength
            var x = canvas.put("global runq (\(n)): ", x: inner.x, y: y, style: Theme.label, limit: inner.maxX)
            // The note whole or shorter, never cut.
            let notes = ["  lengths only: which Gs is not traced", "  (lengths only)"]
            let room = inner.maxX - x - min(n, 8) - 3
            let note = notes.first { CharWidth.columns(of: $0) <= room } ?? ""
            x = drawAnonymousQueue(&canvas, length: n, x: x, y: y, limit: inner.maxX - CharWidth.columns(of: note), ctx)
            canvas.put(note, x: x, y: y, style: Theme.dim, limit: inner.maxX)
            return
        }
        let q = ctx.snapshot.globalRunq
        var x = canvas.put("global runq (\(q.count)): ", x: inner.x, y: y, style: Theme.label, limit: inner.maxX)
        if q.isEmpty { canvas.put(ctx.glyphs.dash, x: x, y: y, style: Theme.dim, limit: inner.maxX); return }
        for g in q {
            let name = "G\(g)"
            if x + CharWidth.columns(of: name) + 2 > inner.maxX {
                canvas.put(ctx.glyphs.ellipsis, x: x, y: y, style: Theme.dim, limit: inner.maxX)
                break
            }
            x = canvas.put(name, x: x, y: y, style: Style(fg: .sky), limit: inner.maxX) + 1
        }
    }

    /// "M0 P0 G1 · M1 sysmon · M2 spinning · M3 syscall G10 · M4 idle", wrapped.
    static func drawMs(_ canvas: inout Canvas, y: Int, lines: Int, _ inner: Rect, _ ctx: ViewContext) {
        var x = inner.x
        var row = y
        let sep = " \(ctx.glyphs.middleDot) "
        for (i, m) in ctx.snapshot.ms.enumerated() {
            let (text, style) = describe(m, ctx)
            let w = CharWidth.columns(of: text) + (i > 0 ? CharWidth.columns(of: sep) : 0)
            if x + w > inner.maxX {
                row += 1
                x = inner.x
                if row >= y + lines {
                    return
                }
            } else if i > 0 {
                x = canvas.put(sep, x: x, y: row, style: Theme.dim, limit: inner.maxX)
            }
            x = canvas.put(text, x: x, y: row, style: style, limit: inner.maxX)
        }
    }

    static func describe(_ m: MSnapshot, _ ctx: ViewContext) -> (String, Style) {
        let name = "M\(m.id.raw)"
        if m.isSysmon { return ("\(name) sysmon", Style(fg: .purple)) }
        switch m.state {
        case .syscall: return ("\(name) syscall \(gName(m.curg, ctx.glyphs))", Style(fg: .purple, attrs: .bold))
        case .idle: return ("\(name) idle", Theme.dim)
        case .netpoll: return ("\(name) netpoll", Theme.dim)
        case .stwWait: return ("\(name) stw-wait", Style(fg: .vermillion))
        case .sysmon: return ("\(name) sysmon", Style(fg: .purple))
        case .running:
            if m.spinning { return ("\(name) spinning", Style(fg: .lemon, attrs: .bold)) }
            // A real trace's M holding neither P nor G (starting, exiting, or the template thread).
            if ctx.realTrace != nil && m.p.isNone && m.curg == 0 { return ("\(name) no P", Theme.dim) }
            let p = m.p.isNone ? "" : " P\(m.p.raw)"
            let g = m.curg == 0 ? "" : " G\(m.curg)"
            return ("\(name)\(p)\(g)", Style(fg: .teal))
        }
    }

    static func drawSysmon(_ canvas: inout Canvas, y: Int, _ inner: Rect, _ ctx: ViewContext) {
        let s = ctx.snapshot
        let dot = " \(ctx.glyphs.middleDot) "
        if let real = ctx.realTrace {
            // The SCHED line's counts; sysmon's own counters are not traced.
            let parts = ["threads \(real.threads)", "spinning \(real.spinningThreads)", "idle \(real.idleThreads)",
                         "idle P \(s.npidle)", "sysmon: not traced"]
            var x = inner.x
            for (i, part) in parts.enumerated() {
                let text = (i > 0 ? dot : "") + part
                if x + CharWidth.columns(of: text) > inner.maxX { break }
                x = canvas.put(text, x: x, y: y, style: Theme.label, limit: inner.maxX)
            }
            return
        }
        let text = "sysmon: sleep \(Time.format(s.sysmonDelay))\(s.sysmonDeepSleep ? " (deep)" : "")" + dot
            + "loops \(s.sysmonLoops)" + dot + "retaken \(s.sysmonRetaken)" + dot + "preempted \(s.sysmonPreempted)"
            + dot + "spinning \(s.nmspinning) idle P \(s.npidle)"
        canvas.put(text, x: inner.x, y: y, style: Theme.label, limit: inner.maxX)
    }
}
