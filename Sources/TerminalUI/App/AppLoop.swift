import GoRuntime

/// Options of an interactive session.
public struct AppOptions: Sendable {
    public var glyphs: Glyphs = .unicode
    /// Start playing instead of paused at step 0.
    public var play = false
    public var speedIndex = Speed.defaultIndex
    public var breakOn: BreakCondition? = nil
    public init() {}
}

/// How the loop ended.
public enum AppExit: Sendable, Hashable {
    case quit
    /// SIGINT/SIGTERM/SIGHUP.
    case interrupted
    /// A scripted driver ran out of input.
    case endOfInput
}

/// The one loop (Bubble Tea's program): read input (blocking while paused,
/// with a timeout while playing), turn it into a message, `update`, apply the
/// effect to the engine, draw the view, present the frame.
public struct App<Driver: TerminalDriver, Source: SimulationSource> {
    public var driver: Driver
    public var source: Source
    public var state: AppState
    public private(set) var canvas: Canvas
    var screen: Screen
    /// The compare view's real half (its own caches) and the halves' canvases (kept between frames).
    var companionScreen: Screen
    var halfCanvases = (simulation: Canvas(width: 0, height: 0), real: Canvas(width: 0, height: 0))
    var snapshot: Snapshot
    let clock = ContinuousClock()
    var nextStep: ContinuousClock.Instant
    /// Frames drawn (for tests and the benchmark).
    public private(set) var frames = 0
    /// `r`: start/stop recording (nil: the key says recording is not available).
    public var recordingHooks: RecordingHooks<Source>?
    /// The status of a recording stopped because the loop ended (print it after closing the terminal).
    public private(set) var exitNote: String?

    public init(driver: Driver, source: Source, options: AppOptions = AppOptions(), recording: RecordingHooks<Source>? = nil) {
        self.driver = driver
        self.source = source
        snapshot = self.source.snapshot(selection: nil)
        state = AppState(width: driver.size.width, height: driver.size.height, processorCount: max(1, snapshot.gomaxprocs))
        state.paused = !options.play
        state.speedIndex = options.speedIndex
        state.breakOn = options.breakOn
        recordingHooks = recording
        state.canRecord = recording != nil
        canvas = Canvas(width: driver.size.width, height: driver.size.height)
        screen = Screen(glyphs: options.glyphs)
        companionScreen = Screen(glyphs: options.glyphs)
        nextStep = clock.now
        state.comparing = self.source.comparison() != nil
    }

    var context: ViewContext {
        var ctx = ViewContext(state: state, snapshot: snapshot, lastEvents: source.lastStepEvents, programName: source.programName,
                              sourceLines: source.sourceLines, finished: source.isFinished, glyphs: screen.glyphs, uiStep: source.step)
        if source.isFinished { ctx.errorOutput = source.errorOutput }
        if state.visiblePanes.contains(.output) { ctx.outputLines = source.outputLines }
        ctx.realTrace = source.realTrace
        return ctx
    }

    /// Runs until quit, a signal, or the end of scripted input.
    public mutating func run() -> AppExit {
        draw()
        while true {
            let playing = !state.paused && !source.isFinished
            var timeout: Int? = nil
            if playing {
                let wait = nextStep - clock.now
                timeout = max(0, Int(wait.components.seconds * 1000 + wait.components.attoseconds / 1_000_000_000_000_000))
            }
            if let input = driver.readInput(timeoutMilliseconds: timeout) {
                switch input {
                case .interrupted: finishRecording(); return .interrupted
                case .endOfInput: finishRecording(); return .endOfInput
                case let .resize(w, h): _ = update(&state, .resize(width: w, height: h))
                case let .key(k):
                    let wasPaused = state.paused
                    apply(update(&state, .key(k)))
                    if wasPaused && !state.paused { nextStep = clock.now }
                    if !wasPaused && state.paused { notePause() }
                case let .mouse(action, x, y): apply(update(&state, .mouse(action, x: x, y: y)))
                }
                if state.quitting { finishRecording(); return .quit }
            } else if playing {
                play()
            }
            draw()
        }
    }

    /// Playback: the steps that are due at the current speed (at most one
    /// frame's worth at "max"), pausing on a break condition or at the end.
    mutating func play() {
        let start = clock.now
        let frameBudget = Duration.milliseconds(15)
        var stepped = false
        while !state.paused && !source.isFinished {
            if let eps = state.eventsPerSecond {
                guard clock.now >= nextStep else { break }
                nextStep = nextStep + .nanoseconds(1_000_000_000 / eps)
                // Fell far behind (a slow frame): do not try to catch up.
                if clock.now - nextStep > .milliseconds(250) { nextStep = clock.now }
            } else if stepped && clock.now - start > frameBudget {
                break
            }
            let events = source.stepForward()
            stepped = true
            if state.recording { recordingHooks?.afterMove(source) }
            if let cond = state.breakOn, let hit = events.first(where: cond.matches) {
                _ = update(&state, .stopped(reason: "paused: " + EventText.sentence(hit)))
            } else if source.pauseHere {
                _ = update(&state, .stopped(reason: "paused at step \(source.step) (presenter's mark)"))
            }
            if state.eventsPerSecond != nil && clock.now - start > frameBudget { break }
        }
        if source.isFinished { noteEnd() }
        if state.paused { notePause() }
        if stepped { refreshSnapshot() }
    }

    /// Playback stopped: a presenter's pause in the recording being made.
    mutating func notePause() {
        if state.recording { recordingHooks?.pause() }
    }

    /// The loop is ending: stop and save a recording in progress.
    mutating func finishRecording() {
        guard state.recording, let hooks = recordingHooks else { return }
        exitNote = hooks.stop()
        _ = update(&state, .recording(false, status: exitNote ?? ""))
    }

    mutating func noteEnd() {
        if let real = source.realTrace {
            _ = update(&state, .stopped(reason: "end of the real trace (\(real.frameCount) frames)  (q quits, b steps back)"))
            return
        }
        let s = source.snapshot(selection: state.selection)
        if let fatal = s.fatalMessage {
            _ = update(&state, .stopped(reason: "fatal error: \(fatal.split(separator: "\n").first ?? "")  (q quits, b steps back)"))
        } else {
            _ = update(&state, .stopped(reason: "program exited with status \(s.exitCode ?? 0)  (q quits, b steps back)"))
        }
    }

    mutating func refreshSnapshot() {
        snapshot = source.snapshot(selection: state.selection)
        if snapshot.gomaxprocs != state.processorCount && snapshot.gomaxprocs > 0 {
            state.processorCount = snapshot.gomaxprocs
        }
    }

    /// Carries out what `update` asked of the engine (public for benchmarks and headless capture).
    public mutating func apply(_ effect: Effect) {
        switch effect {
        case .none, .quit:
            return
        case .stepForward:
            if source.isFinished { noteEnd(); return }
            source.stepForward()
        case .stepTick where source.realTrace != nil, .stepBackTick where source.realTrace != nil:
            state.status = "a real trace has no scheduler ticks: n / b step one SCHED block"
            return
        case .stepTick:
            if source.isFinished { noteEnd(); return }
            if source.stepForward(until: StepPredicates.startsTimeSlice) == nil { noteEnd() }
        case .stepBack:
            if source.step == 0 { state.status = "at the start"; return }
            source.stepBack()
        case .stepBackTick:
            if !source.stepBack(until: StepPredicates.startsTimeSlice) { state.status = "no earlier scheduler tick" }
        case let .seek(n):
            source.seek(step: n)
            if source.step < n { state.status = "the run ends at step \(source.step)" }
        case .nextGCPhase where source.realTrace != nil:
            // A real trace logs finished cycles: ] / [ go to the next / previous frame with a gc line.
            if source.stepForward(until: StepPredicates.logsGCCycle) == nil {
                state.status = "no further gc line in the trace"
                if source.isFinished { noteEnd() }
            }
        case .previousGCPhase where source.realTrace != nil:
            if !source.stepBack(until: StepPredicates.logsGCCycle) { state.status = "no earlier gc line in the trace" }
        case .nextGCPhase:
            if source.stepForward(until: StepPredicates.changesGCPhase) == nil {
                state.status = "no further GC phase change"
                if source.isFinished { noteEnd() }
            }
        case .previousGCPhase:
            if !source.stepBack(until: StepPredicates.changesGCPhase) { state.status = "no earlier GC phase change" }
        case let .resolveSelection(pane, row):
            let shown = CompareGeometry.shown(state)
            if state.comparing && (shown == .real || (shown == .both && state.selectsInReal)),
               let view = source.companionView(selection: state.selection, output: false) {
                let ctx = ViewContext(view, state: state, glyphs: screen.glyphs)
                _ = update(&state, .select(companionScreen.item(at: row, of: pane, ctx)))
            } else {
                let item = screen.item(at: row, of: pane, context)
                _ = update(&state, .select(item))
            }
        case let .moveCompanion(delta):
            if let note = source.moveCompanion(by: delta) { state.status = note }
        case .startRecording:
            guard let hooks = recordingHooks else { return }
            if let failure = hooks.start(source) {
                state.status = failure
            } else {
                _ = update(&state, .recording(true, status: "recording from step \(source.step) (r stops and saves)"))
            }
            return
        case .stopRecording:
            guard let hooks = recordingHooks else { return }
            _ = update(&state, .recording(false, status: hooks.stop()))
            return
        }
        if state.recording { recordingHooks?.afterMove(source) }
        refreshSnapshot()
    }

    /// Renders and presents a frame, feeding the panes' measures back to `update`.
    public mutating func draw() {
        if state.comparing, let comparison = source.comparison() {
            drawCompare(comparison)
            return
        }
        var measures = screen.render(into: &canvas, context)
        var changed = false
        for pane in PaneID.allCases {
            guard let m = measures[pane.rawValue] else { continue }
            if state.rows[pane.rawValue] != m.rows || state.visible[pane.rawValue] != m.visible {
                let before = state
                _ = update(&state, .measured(pane, rows: m.rows, visible: m.visible))
                if state.cursor != before.cursor || state.scroll != before.scroll { changed = true }
            }
        }
        if changed { measures = screen.render(into: &canvas, context) }
        driver.present(canvas)
        frames += 1
    }

    /// Feeds a frame's pane measures to `update`; true when the cursor or scroll moved.
    mutating func feed(_ measures: [PaneMeasure?]) -> Bool {
        var changed = false
        for pane in PaneID.allCases {
            guard let m = measures[pane.rawValue] else { continue }
            if state.rows[pane.rawValue] != m.rows || state.visible[pane.rawValue] != m.visible {
                let before = state
                _ = update(&state, .measured(pane, rows: m.rows, visible: m.visible))
                if state.cursor != before.cursor || state.scroll != before.scroll { changed = true }
            }
        }
        return changed
    }

    /// The compare view: the bar (which half is which, both clocks, what the
    /// real trace lacks), the simulation and the real trace each drawn by a
    /// standard `Screen` into its half, one key bar. Cursors and scrolling are
    /// shared, over the longer of the two halves' lists.
    mutating func drawCompare(_ comparison: Comparison) {
        if canvas.width != state.width || canvas.height != state.height {
            canvas.resize(width: state.width, height: state.height)
        } else {
            canvas.clear()
        }
        guard state.width >= Layout.minimumWidth && state.height >= Layout.minimumHeight else {
            SizeMessage.render(&canvas, width: canvas.width, height: canvas.height)
            driver.present(canvas)
            frames += 1
            return
        }
        let geo = CompareGeometry(state: state)
        var realCtx: ViewContext? = nil
        if !geo.real.isEmpty, let view = source.companionView(selection: state.selection, output: state.showOutput) {
            var ctx = ViewContext(view, state: halfState(state, geo.real), glyphs: screen.glyphs)
            ctx.half = .real
            ctx.state.showHelp = false
            ctx.state.prompt = nil
            realCtx = ctx
        }
        for pass in 0..<2 {
            var measures: [PaneMeasure?] = []
            if !geo.simulation.isEmpty {
                var ctx = context
                ctx.state = halfState(state, geo.simulation)
                ctx.state.showHelp = false
                ctx.half = .simulation
                measures = screen.render(into: &halfCanvases.simulation, ctx)
                canvas.blit(halfCanvases.simulation, x: geo.simulation.x, y: geo.simulation.y)
            }
            if var ctx = realCtx {
                ctx.state.cursor = state.cursor
                ctx.state.scroll = state.scroll
                let m = companionScreen.render(into: &halfCanvases.real, ctx)
                // Both shown: the cursor may go to the longer of the two lists.
                measures = geo.simulation.isEmpty ? m : zip(measures, m).map { a, b in
                    guard let a, let b else { return a ?? b }
                    return PaneMeasure(rows: max(a.rows, b.rows), visible: min(a.visible, b.visible))
                }
                canvas.blit(halfCanvases.real, x: geo.real.x, y: geo.real.y)
            }
            if pass == 1 || !feed(measures) { break }
        }
        if !geo.divider.isEmpty {
            canvas.fill(geo.divider, style: Theme.divider)
            for y in geo.divider.y..<geo.divider.maxY {
                canvas.put(String(screen.glyphs.vertical), x: geo.divider.x, y: y, style: Theme.divider, limit: geo.divider.maxX)
            }
        }
        if !geo.bar.isEmpty { CompareBar.render(&canvas, geo.bar, comparison, state: state, glyphs: screen.glyphs) }
        var barCtx = context
        barCtx.state.comparing = true
        KeyBar.render(&canvas, geo.keyBar, barCtx)
        if state.showHelp {
            HelpOverlay.render(&canvas, in: Rect(x: 0, y: 1, width: canvas.width, height: canvas.height - 2), glyphs: screen.glyphs)
        }
        driver.present(canvas)
        frames += 1
    }
}

/// Where the bigger steps (`N`/`B`, `]`/`[`) stop.
public enum StepPredicates {
    /// A scheduler tick: `execute` started a new time slice (schedtick+1).
    public static func startsTimeSlice(_ e: Event) -> Bool {
        if case .sched(.goStart(_, false)) = e.kind { return true }
        return false
    }

    public static func changesGCPhase(_ e: Event) -> Bool {
        if case .gc(.phase) = e.kind { return true }
        return false
    }

    /// A gctrace line (a real trace's frame that logged a finished cycle).
    public static func logsGCCycle(_ e: Event) -> Bool {
        if case .gc(.trace) = e.kind { return true }
        return false
    }
}
