import GoRuntime

/// The rows of the Goroutines pane in order: indexes into `snapshot.gs`
/// after hiding, filtering and sorting. Cached between frames and rebuilt
/// only when the snapshot or the options change, so 100 000 goroutines
/// scroll without sorting on every frame.
public struct GoroutineRows {
    struct Key: Equatable {
        var eventCount: UInt64
        var step: UInt64
        var count: Int
        var sort: GoroutineSort
        var filter: String
        var hideSystem: Bool
    }
    private var key: Key?
    public private(set) var order: [Int32] = []
    /// What each goroutine parked on a semaphore waits for ("mutex", "WaitGroup" …).
    private(set) var semaWaits: [Goid: String] = [:]
    /// Goroutines by state for the title: running, runnable, waiting, syscall.
    private(set) var counts = (running: 0, runnable: 0, waiting: 0, syscall: 0)

    public init() {}

    mutating func update(_ ctx: ViewContext) {
        let s = ctx.snapshot
        let k = Key(eventCount: s.eventCount, step: s.step, count: s.gs.count, sort: ctx.state.goroutineSort,
                    filter: ctx.state.goroutineFilter, hideSystem: ctx.state.hideSystemGoroutines)
        if k == key { return }
        key = k
        order.removeAll(keepingCapacity: true)
        semaWaits.removeAll(keepingCapacity: true)
        counts = (0, 0, 0, 0)
        for g in s.gs {
            switch g.status {
            case .running: counts.running += 1
            case .runnable, .preempted: counts.runnable += 1
            case .waiting: counts.waiting += 1
            case .syscall: counts.syscall += 1
            default: break
            }
        }
        for o in s.sync {
            let name = o.kind.goName.hasPrefix("sync.") ? String(o.kind.goName.dropFirst(5)) : o.kind.goName
            for g in o.waiters { semaWaits[g] = name }
        }
        let filter = k.filter.lowercased()
        let letter: Character? = k.filter.count == 1 ? k.filter.first : nil
        for (i, g) in s.gs.enumerated() {
            if k.hideSystem && g.isSystem { continue }
            if !filter.isEmpty {
                let byLetter = letter.map { Theme.letter(of: g.status) == $0 } ?? false
                if !byLetter && !g.function.lowercased().contains(filter) && !g.label.lowercased().contains(filter)
                    && "g\(g.goid)" != filter { continue }
            }
            order.append(Int32(i))
        }
        switch k.sort {
        case .id:
            break  // `gs` is already by goid
        case .state:
            let gs = s.gs
            order.sort { a, b in
                let x = gs[Int(a)], y = gs[Int(b)]
                let rx = Self.rank(x.status), ry = Self.rank(y.status)
                return rx != ry ? rx < ry : x.goid < y.goid
            }
        case .function:
            let gs = s.gs
            order.sort { a, b in
                let x = gs[Int(a)], y = gs[Int(b)]
                return x.function != y.function ? x.function < y.function : x.goid < y.goid
            }
        }
    }

    /// Running first, then runnable, syscall, waiting, the rest.
    static func rank(_ s: GStatus) -> Int {
        switch s {
        case .running: 0
        case .runnable: 1
        case .preempted: 2
        case .syscall: 3
        case .waiting: 4
        case .copystack: 5
        case .idle, .dead: 6
        }
    }
}

/// Every goroutine: id, state (colour and letter), wait reason, where it is,
/// function and line. System goroutines are dimmed (and hidden with `h`).
enum GoroutinesPane {
    static func render(_ canvas: inout Canvas, _ rect: Rect, _ ctx: ViewContext, _ rows: GoroutineRows) -> PaneMeasure {
        let s = ctx.snapshot
        let (running, runnable, waiting, syscall) = rows.counts
        var note = "\(s.gs.count) (\(running) running, \(runnable) runnable, \(waiting) waiting"
        note += syscall > 0 ? ", \(syscall) syscall)" : ")"
        if CharWidth.columns(of: note) + 16 > rect.width {
            note = "\(s.gs.count): \(running) run, \(runnable) ready, \(waiting) wait" + (syscall > 0 ? ", \(syscall) sys" : "")
        }
        if ctx.state.goroutineSort != .id { note += " by \(ctx.state.goroutineSort.label)" }
        if !ctx.state.goroutineFilter.isEmpty { note += " /\(ctx.state.goroutineFilter)/ \(rows.order.count)" }
        if ctx.state.hideSystemGoroutines { note += " user only" }
        let inner = drawBox(&canvas, rect, title: PaneID.goroutines.title, note: note, focused: ctx.focused(.goroutines), glyphs: ctx.glyphs)
        guard inner.height >= 2 else { return PaneMeasure(rows: rows.order.count, visible: 0) }
        let cols = Columns(width: inner.width)
        drawHeader(&canvas, inner, cols, real: ctx.realTrace != nil)
        let visible = inner.height - 1
        let count = rows.order.count
        let first = min(ctx.scroll(.goroutines), max(0, count - visible))
        let changed = changedGoroutines(ctx)
        for row in 0..<visible {
            let i = first + row
            guard i < count else { break }
            let g = s.gs[Int(rows.order[i])]
            let isCursor = ctx.focused(.goroutines) && i == ctx.cursor(.goroutines)
            drawRow(&canvas, g, y: inner.y + 1 + row, inner, cols, ctx, isCursor: isCursor, changed: changed.contains(g.goid),
                    place: place(g, ctx, rows.semaWaits))
        }
        drawScrollbar(&canvas, rect, rows: count, scroll: first, visible: visible, glyphs: ctx.glyphs)
        return PaneMeasure(rows: count, visible: visible)
    }

    struct Columns {
        var id = 0, state = 8, place = 0, function = 0, line = 0, end = 0
        init(width: Int) {
            end = width
            // Letter + wait reason (up to 23 columns: "chan receive (nil chan)").
            place = state + (width >= 90 ? 24 : width >= 60 ? 19 : 15)
            function = place + (width >= 60 ? 11 : 9)
            // The file:line column only when there is room for it.
            line = width >= 70 ? max(function + 12, width - (width >= 100 ? 16 : 12)) : width
        }
    }

    static func drawHeader(_ canvas: inout Canvas, _ inner: Rect, _ c: Columns, real: Bool = false) {
        let y = inner.y
        let st = Theme.label.with(.underline)
        canvas.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: st)
        // A real trace has each G's status and wait reason, never its code:
        // the reason gets the function's room, "where" is its M.
        let heads = real ? [(c.id, " G"), (c.state, "state / wait reason"), (c.function, c.end - c.function >= 22 ? "M  (code: not traced)" : "M")]
            : [(c.id, " G"), (c.state, "state"), (c.place, "where"), (c.function, "function"), (c.line, c.line < c.end ? "at" : "")]
        for (x, t) in heads {
            canvas.put(t, x: inner.x + x, y: y, style: st, limit: inner.maxX)
        }
    }

    /// Goroutines the step just taken touched (their row is marked).
    static func changedGoroutines(_ ctx: ViewContext) -> Set<Goid> {
        var out = Set<Goid>()
        for e in ctx.lastEvents {
            if case let .sched(se) = e.kind {
                switch se {
                case let .goCreate(g, _, _), let .goStart(g, _), let .goEnd(g), let .goSched(g), let .goPreempt(g),
                     let .goBlock(g, _, _), let .goUnblock(g, _), let .goSysCall(g, _, _), let .goSysExit(g, _):
                    out.insert(g)
                case let .steal(_, _, gs, _):
                    out.formUnion(gs)
                default: break
                }
            }
        }
        return out
    }

    /// Where the goroutine is: its P, its queue, the object it waits on.
    static func place(_ g: GSnapshot, _ ctx: ViewContext, _ semaWaits: [Goid: String]) -> String {
        switch g.status {
        case .running: return g.p.isNone ? "M\(g.m.raw)" : "P\(g.p.raw) M\(g.m.raw)"
        case .syscall: return g.m.isNone ? ctx.glyphs.dash : "M\(g.m.raw)"
        case .runnable, .preempted:
            switch g.queue {
            case let .runnext(p): return "P\(p.raw) next"
            case let .local(p): return "P\(p.raw) runq"
            case .global: return "global q"
            case .none: return ctx.glyphs.dash
            }
        case .waiting:
            switch g.waitObject {
            case let .chan(c): return "ch#\(c)"
            case let .select(n): return "select \(n)"
            case let .sema(a): return semaWaits[g.goid] ?? "sema \(shortHex(a))"
            case .timer: return "timer"
            case .gc: return "GC"
            case .runtimeInternal: return "runtime"
            case .none: return ctx.glyphs.dash
            }
        default:
            return ctx.glyphs.dash
        }
    }

    static func shortHex(_ a: UInt64) -> String { "…" + String(String(a, radix: 16).suffix(4)) }

    static func drawRow(_ canvas: inout Canvas, _ g: GSnapshot, y: Int, _ inner: Rect, _ c: Columns, _ ctx: ViewContext,
                        isCursor: Bool, changed: Bool, place: String) {
        let selected = ctx.selectedGoroutine == g.goid
        let linked = ctx.isLinked(goroutine: g.goid)
        let rowRect = Rect(x: inner.x, y: y, width: inner.width, height: 1)
        var base = g.isSystem ? Theme.dim : Theme.text
        defer { if isCursor || selected { highlightRow(&canvas, rowRect) } }
        if linked {
            base = Theme.linked
        }
        let stateStyle: Style = Theme.style(of: g.status).with(g.isSystem ? .dim : [])
        let end = inner.maxX
        let mark = changed ? "\(ctx.glyphs.cursor)" : " "
        var x = canvas.put(mark, x: inner.x + c.id, y: y, style: changed ? Style(fg: .lemon, attrs: .bold) : base, limit: end)
        x = canvas.put("G\(g.goid)", x: x, y: y, style: base.with(.bold), limit: inner.x + c.state - 1)
        x = canvas.put(String(Theme.letter(of: g.status)), x: inner.x + c.state, y: y, style: stateStyle.with(.bold), limit: end)
        // A real trace's waiting G: the reason exactly as the log printed it
        // (also the ones this model has no name for).
        if let real = ctx.realTrace {
            let label = g.status == .waiting ? real.waitReason(of: g.goid) ?? g.label : g.label
            canvas.put(fit(label, c.function - c.state - 3, glyphs: ctx.glyphs), x: x + 1, y: y, style: stateStyle, limit: inner.x + c.function - 1)
            canvas.put(g.m.isNone ? ctx.glyphs.dash : "M\(g.m.raw)", x: inner.x + c.function, y: y, style: base, limit: end)
            return
        }
        canvas.put(fit(g.label, c.place - c.state - 3, glyphs: ctx.glyphs), x: x + 1, y: y, style: stateStyle, limit: inner.x + c.place - 1)
        canvas.put(place, x: inner.x + c.place, y: y, style: base, limit: inner.x + c.function - 1)
        canvas.put(fit(g.function, c.line - c.function - 1, glyphs: ctx.glyphs), x: inner.x + c.function, y: y,
                   style: base, limit: inner.x + c.line - 1)
        let at = g.line > 0 ? "\(g.file.split(separator: "/").last.map(String.init) ?? g.file):\(g.line)" : ""
        canvas.put(fit(at, c.end - c.line, glyphs: ctx.glyphs), x: inner.x + c.line, y: y, style: Theme.dim, limit: end)
    }
}
