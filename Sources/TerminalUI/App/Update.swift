/// The pure update (Bubble Tea's `Update`): a message changes the state and
/// may ask the engine or the loop for something. No I/O, no engine access.
public func update(_ state: inout AppState, _ message: Message) -> Effect {
    switch message {
    case let .resize(width, height):
        state.width = width
        state.height = height
        return .none
    case let .measured(pane, rows, visible):
        state.rows[pane.rawValue] = rows
        state.visible[pane.rawValue] = visible
        clampCursor(&state, pane)
        return .none
    case let .select(item):
        state.selection = item
        return .none
    case let .stopped(reason):
        state.paused = true
        state.status = reason
        return .none
    case let .recording(on, status):
        state.recording = on
        state.status = status
        return .none
    case let .mouse(action, x, y):
        return handleMouse(&state, action, x: x, y: y)
    case let .key(key):
        if state.prompt != nil { return handlePromptKey(&state, key) }
        if state.showHelp {
            // Any key closes the help; q and Ctrl-C still quit.
            state.showHelp = false
            if key == .char("q") || key == .ctrl("c") { state.quitting = true; return .quit }
            return .none
        }
        return handleKey(&state, key)
    }
}

/// Value-returning form of `update`, handy in tests.
public func updated(_ state: AppState, _ message: Message) -> (AppState, Effect) {
    var s = state
    let effect = update(&s, message)
    return (s, effect)
}

private func handleKey(_ state: inout AppState, _ key: Key) -> Effect {
    state.status = nil
    switch key {
    case .char("q"), .ctrl("c"):
        state.quitting = true
        return .quit
    case .char(" "):
        state.paused.toggle()
        return .none
    case .char("n"), .right:
        state.paused = true
        return .stepForward
    case .char("N"):
        state.paused = true
        return .stepTick
    case .char("b"), .left:
        state.paused = true
        return .stepBack
    case .char("B"):
        state.paused = true
        return .stepBackTick
    case .char("]"):
        state.paused = true
        return .nextGCPhase
    case .char("["):
        state.paused = true
        return .previousGCPhase
    case .char("+"), .char("="):
        state.speedIndex = min(state.speedIndex + 1, Speed.steps.count - 1)
        return .none
    case .char("-"), .char("_"):
        state.speedIndex = max(state.speedIndex - 1, 0)
        return .none
    case .tab:
        moveFocus(&state, by: 1)
        return .none
    case .backTab:
        moveFocus(&state, by: -1)
        return .none
    case .up, .char("k"):
        moveCursor(&state, by: -1)
        return .none
    case .down, .char("j"):
        moveCursor(&state, by: 1)
        return .none
    case .pageUp:
        moveCursor(&state, by: -max(1, state.visible[state.focus.rawValue] - 1))
        return .none
    case .pageDown:
        moveCursor(&state, by: max(1, state.visible[state.focus.rawValue] - 1))
        return .none
    case .home:
        moveCursor(&state, by: Int.min / 2)
        return .none
    case .end:
        moveCursor(&state, by: Int.max / 2)
        return .none
    case .char("z"):
        state.zoomed.toggle()
        return .none
    case .char("s"):
        state.showSource.toggle()
        if !state.showSource && state.focus == .source { state.focus = .events }
        if state.showSource { state.zoomed = false }
        return .none
    case .char("p"):
        state.showOutput.toggle()
        if !state.showOutput && state.focus == .output { state.focus = .events }
        if state.showOutput { state.zoomed = false }
        return .none
    case .char("r"):
        guard state.canRecord else {
            state.status = "recording is not available here"
            return .none
        }
        return state.recording ? .stopRecording : .startRecording
    case .char("."), .char(","):
        guard state.comparing else {
            state.status = "no real trace beside this run (run FILE.go --compare real.log)"
            return .none
        }
        state.paused = true
        return .moveCompanion(key == .char(".") ? 1 : -1)
    case .char("x"):
        guard state.comparing else { return .none }
        state.compareView = nextCompareView(state)
        state.zoomed = false
        return .none
    case .char("h"):
        state.hideSystemGoroutines.toggle()
        return .none
    case .char("o"):
        let all = GoroutineSort.allCases
        state.goroutineSort = all[(state.goroutineSort.rawValue + 1) % all.count]
        return .none
    case .char("?"):
        state.showHelp = true
        return .none
    case .char("/"):
        state.prompt = Prompt(kind: .breakOn, text: "")
        return .none
    case .char("g"):
        state.prompt = Prompt(kind: .goToStep, text: "")
        return .none
    case .char("f"):
        state.prompt = Prompt(kind: .filter, text: state.goroutineFilter)
        return .none
    case .enter:
        return .resolveSelection(state.focus, row: state.cursor[state.focus.rawValue])
    case .escape:
        if state.selection != nil { state.selection = nil } else if state.zoomed { state.zoomed = false }
        return .none
    default:
        return .none
    }
}

private func handlePromptKey(_ state: inout AppState, _ key: Key) -> Effect {
    guard var prompt = state.prompt else { return .none }
    switch key {
    case .escape, .ctrl("c"):
        state.prompt = nil
        return .none
    case .backspace:
        if !prompt.text.isEmpty { prompt.text.removeLast() }
        state.prompt = prompt
        return .none
    case let .char(c):
        if prompt.text.count < 40 { prompt.text.append(c) }
        state.prompt = prompt
        return .none
    case .enter:
        state.prompt = nil
        return submit(&state, prompt)
    default:
        return .none
    }
}

private func submit(_ state: inout AppState, _ prompt: Prompt) -> Effect {
    switch prompt.kind {
    case .breakOn:
        let text = prompt.text.trimmedSpaces.lowercased()
        if text.isEmpty || text == "off" || text == "none" {
            state.breakOn = nil
            state.status = "break-on cleared"
        } else if let condition = BreakCondition.parse(text) {
            state.breakOn = condition
            state.status = "will pause on \(condition.label)"
        } else {
            state.status = "not understood: \(prompt.text) (try g3, steal, preempt, handoff, gc, ch1)"
        }
        return .none
    case .goToStep:
        guard let step = Int(prompt.text.trimmedSpaces), step >= 0 else {
            state.status = "not a step number: \(prompt.text)"
            return .none
        }
        state.paused = true
        return .seek(step)
    case .filter:
        state.goroutineFilter = prompt.text.trimmedSpaces
        state.cursor[PaneID.goroutines.rawValue] = 0
        state.scroll[PaneID.goroutines.rawValue] = 0
        return .none
    }
}

private func moveFocus(_ state: inout AppState, by delta: Int) {
    state.zoomed = false
    let panes = state.visiblePanes
    guard let i = panes.firstIndex(of: state.focus) else {
        state.focus = panes.first ?? .processors
        return
    }
    state.focus = panes[(i + delta + panes.count) % panes.count]
}

private func moveCursor(_ state: inout AppState, by delta: Int) {
    let p = state.focus.rawValue
    let target = state.cursor[p].addingReportingOverflow(delta)
    state.cursor[p] = target.overflow ? (delta < 0 ? 0 : Int.max / 2) : target.partialValue
    clampCursor(&state, state.focus)
}

/// Keeps the cursor inside the content and the scroll so that the cursor shows.
func clampCursor(_ state: inout AppState, _ pane: PaneID) {
    let p = pane.rawValue
    let rows = state.rows[p]
    let visible = max(1, state.visible[p])
    state.cursor[p] = max(0, min(state.cursor[p], rows - 1))
    if state.cursor[p] < state.scroll[p] { state.scroll[p] = state.cursor[p] }
    if state.cursor[p] >= state.scroll[p] + visible { state.scroll[p] = state.cursor[p] - visible + 1 }
    state.scroll[p] = max(0, min(state.scroll[p], max(0, rows - visible)))
}

/// `x` in the compare view: both → simulation → real → both; one half ↔ the
/// other when both do not fit.
public func nextCompareView(_ state: AppState) -> CompareView {
    let both = CompareGeometry.fitsBoth(width: state.width, height: state.height)
    switch CompareGeometry.shown(state) {
    case .both: return .simulation
    case .simulation: return .real
    case .real: return both ? .both : .simulation
    }
}

/// The state a half of the compare view is drawn with (its own size and
/// minimum; focus, cursors, selection shared).
public func halfState(_ state: AppState, _ rect: Rect) -> AppState {
    var s = state
    s.width = rect.width
    s.height = rect.height
    s.minimumWidth = min(Layout.minimumWidth, CompareGeometry.minimumHalfWidth)
    return s
}

private func handleMouse(_ state: inout AppState, _ action: MouseAction, x: Int, y: Int) -> Effect {
    if state.comparing {
        // The pane under the pointer in whichever half it is in.
        let geo = CompareGeometry(state: state)
        for rect in [geo.simulation, geo.real] where !rect.isEmpty && rect.contains(x: x, y: y) {
            var half = halfState(state, rect)
            half.comparing = false
            let effect = handleMouse(&half, action, x: x - rect.x, y: y - rect.y)
            half.width = state.width; half.height = state.height
            half.minimumWidth = state.minimumWidth; half.comparing = true
            half.selectsInReal = rect == geo.real
            state = half
            return effect
        }
        return .none
    }
    guard state.fitsMinimum, !state.showHelp else { return .none }
    let layout = Layout(state: state)
    guard let pane = layout.pane(atX: x, y: y) else { return .none }
    let p = pane.rawValue
    switch action {
    case .wheelUp, .wheelDown:
        let delta = action == .wheelUp ? -3 : 3
        state.scroll[p] = max(0, min(state.scroll[p] + delta, max(0, state.rows[p] - max(1, state.visible[p]))))
        // The cursor follows the view.
        let visible = max(1, state.visible[p])
        state.cursor[p] = min(max(state.cursor[p], state.scroll[p]), state.scroll[p] + visible - 1)
        state.cursor[p] = max(0, min(state.cursor[p], state.rows[p] - 1))
        return .none
    case .click:
        state.focus = pane
        let r = layout.rect(pane)
        let row = y - r.y - 1 - headerRows(of: pane) + state.scroll[p]
        guard row >= state.scroll[p], row < state.rows[p] else { return .none }
        state.cursor[p] = row
        return .resolveSelection(pane, row: row)
    }
}

/// Rows inside a pane's border above its scrolling content (a column header).
public func headerRows(of pane: PaneID) -> Int {
    pane == .goroutines ? 1 : 0
}
