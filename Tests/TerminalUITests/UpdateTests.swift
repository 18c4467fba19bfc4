import Testing
@testable import TerminalUI

/// `update` is pure: every key's effect on the state and on the engine.
@Suite struct UpdateTests {
    func state(rows: Int = 50, visible: Int = 10) -> AppState {
        var s = AppState(width: 120, height: 40, processorCount: 4)
        for p in PaneID.allCases {
            s.rows[p.rawValue] = rows
            s.visible[p.rawValue] = visible
        }
        return s
    }

    @Test func spaceTogglesPause() {
        var s = state()
        #expect(s.paused)
        #expect(update(&s, .key(.char(" "))) == .none)
        #expect(!s.paused)
        _ = update(&s, .key(.char(" ")))
        #expect(s.paused)
    }

    @Test func stepKeysPauseAndAskTheEngine() {
        let cases: [(Key, Effect)] = [
            (.char("n"), .stepForward), (.right, .stepForward), (.char("N"), .stepTick),
            (.char("b"), .stepBack), (.left, .stepBack), (.char("B"), .stepBackTick),
            (.char("]"), .nextGCPhase), (.char("["), .previousGCPhase),
        ]
        for (key, effect) in cases {
            var s = state()
            s.paused = false
            s.status = "old note"
            #expect(update(&s, .key(key)) == effect, "\(key)")
            #expect(s.paused, "\(key) pauses")
            #expect(s.status == nil)
        }
    }

    @Test func speedGoesUpAndDownWithinTheTable() {
        var s = state()
        #expect(s.eventsPerSecond == 10)
        _ = update(&s, .key(.char("+")))
        #expect(s.eventsPerSecond == 20)
        _ = update(&s, .key(.char("=")))
        #expect(s.eventsPerSecond == 50)
        for _ in 0..<20 { _ = update(&s, .key(.char("+"))) }
        #expect(s.eventsPerSecond == nil)   // as fast as the machine goes
        #expect(Speed.label(s.speedIndex) == "max")
        for _ in 0..<20 { _ = update(&s, .key(.char("-"))) }
        #expect(s.eventsPerSecond == 1)
        _ = update(&s, .key(.char("_")))
        #expect(s.eventsPerSecond == 1)
    }

    @Test func tabCyclesFocusThroughVisiblePanes() {
        var s = state()
        var seen: [PaneID] = [s.focus]
        for _ in 0..<7 { _ = update(&s, .key(.tab)); seen.append(s.focus) }
        #expect(seen == [.processors, .goroutines, .heap, .channels, .source, .output, .events, .processors])
        _ = update(&s, .key(.backTab))
        #expect(s.focus == .events)
        _ = update(&s, .key(.char("s")))   // hide source
        #expect(!s.showSource)
        _ = update(&s, .key(.backTab))
        #expect(s.focus == .output)
        _ = update(&s, .key(.char("p")))   // hide output: focus leaves it
        #expect(s.focus == .events)
        _ = update(&s, .key(.backTab))
        #expect(s.focus == .channels)
    }

    @Test func hidingSourceMovesFocusAway() {
        var s = state()
        s.focus = .source
        _ = update(&s, .key(.char("s")))
        #expect(s.focus == .events)
        #expect(!s.visiblePanes.contains(.source))
    }

    @Test func arrowsPagesHomeEndMoveTheCursorAndScroll() {
        var s = state(rows: 50, visible: 10)
        s.focus = .goroutines
        let g = PaneID.goroutines.rawValue
        _ = update(&s, .key(.down))
        _ = update(&s, .key(.char("j")))
        #expect(s.cursor[g] == 2 && s.scroll[g] == 0)
        _ = update(&s, .key(.pageDown))
        #expect(s.cursor[g] == 11 && s.scroll[g] == 2)
        _ = update(&s, .key(.end))
        #expect(s.cursor[g] == 49 && s.scroll[g] == 40)
        _ = update(&s, .key(.pageUp))
        #expect(s.cursor[g] == 40 && s.scroll[g] == 40)
        _ = update(&s, .key(.up))
        _ = update(&s, .key(.char("k")))
        #expect(s.cursor[g] == 38 && s.scroll[g] == 38)
        _ = update(&s, .key(.home))
        #expect(s.cursor[g] == 0 && s.scroll[g] == 0)
        _ = update(&s, .key(.up))
        #expect(s.cursor[g] == 0)
        // Other panes keep their own cursor.
        #expect(s.cursor[PaneID.events.rawValue] == 0)
    }

    @Test func measuringFewerRowsClampsTheCursor() {
        var s = state(rows: 50, visible: 10)
        s.focus = .events
        _ = update(&s, .key(.end))
        _ = update(&s, .measured(.events, rows: 5, visible: 10))
        #expect(s.cursor[PaneID.events.rawValue] == 4)
        #expect(s.scroll[PaneID.events.rawValue] == 0)
    }

    @Test func zoomHelpSystemSortToggle() {
        var s = state()
        _ = update(&s, .key(.char("z")))
        #expect(s.zoomed && s.visiblePanes == [.processors])
        _ = update(&s, .key(.escape))
        #expect(!s.zoomed)
        _ = update(&s, .key(.char("h")))
        #expect(s.hideSystemGoroutines)
        _ = update(&s, .key(.char("o")))
        #expect(s.goroutineSort == .state)
        _ = update(&s, .key(.char("o")))
        _ = update(&s, .key(.char("o")))
        #expect(s.goroutineSort == .id)
        _ = update(&s, .key(.char("?")))
        #expect(s.showHelp)
        #expect(update(&s, .key(.char("n"))) == .none)   // any key closes the help
        #expect(!s.showHelp)
        _ = update(&s, .key(.char("?")))
        #expect(update(&s, .key(.char("q"))) == .quit)
        #expect(s.quitting)
    }

    @Test func quitKeys() {
        var s = state()
        #expect(update(&s, .key(.char("q"))) == .quit)
        var t = state()
        #expect(update(&t, .key(.ctrl("c"))) == .quit)
        #expect(t.quitting)
    }

    @Test func enterResolvesTheItemUnderTheCursorAndEscapeClearsIt() {
        var s = state()
        s.focus = .goroutines
        _ = update(&s, .key(.down))
        _ = update(&s, .key(.down))
        #expect(update(&s, .key(.enter)) == .resolveSelection(.goroutines, row: 2))
        _ = update(&s, .select(.goroutine(7)))
        #expect(s.selection == .goroutine(7))
        _ = update(&s, .key(.escape))
        #expect(s.selection == nil)
    }

    @Test func breakOnPromptParsesConditions() {
        var s = state()
        _ = update(&s, .key(.char("/")))
        #expect(s.prompt == Prompt(kind: .breakOn, text: ""))
        for c in "stael" { _ = update(&s, .key(.char(c))) }
        _ = update(&s, .key(.backspace))
        _ = update(&s, .key(.backspace))
        _ = update(&s, .key(.backspace))
        for c in "eal" { _ = update(&s, .key(.char(c))) }
        #expect(s.prompt?.text == "steal")
        _ = update(&s, .key(.char("q")))    // typed, not quit
        _ = update(&s, .key(.backspace))
        #expect(!s.quitting)
        _ = update(&s, .key(.enter))
        #expect(s.prompt == nil)
        #expect(s.breakOn == .steal)
        #expect(s.status == "will pause on a steal")
        let parsed = ["g12", "goroutine 3", "preempt", "handoff", "gc", "ch#2", "ch5", "nonsense"].map(BreakCondition.parse)
        #expect(parsed == [.goroutineStateChange(12), .goroutineStateChange(3), .preemption, .handoff, .gcPhase,
                           .channelOperation(2), .channelOperation(5), nil])
        _ = update(&s, .key(.char("/")))
        for c in "off" { _ = update(&s, .key(.char(c))) }
        _ = update(&s, .key(.enter))
        #expect(s.breakOn == nil)
        _ = update(&s, .key(.char("/")))
        _ = update(&s, .key(.char("x")))
        _ = update(&s, .key(.escape))
        #expect(s.prompt == nil && s.breakOn == nil)
    }

    @Test func goToStepSeeks() {
        var s = state()
        s.paused = false
        _ = update(&s, .key(.char("g")))
        for c in "120" { _ = update(&s, .key(.char(c))) }
        #expect(update(&s, .key(.enter)) == .seek(120))
        #expect(s.paused)
        _ = update(&s, .key(.char("g")))
        _ = update(&s, .key(.char("x")))
        #expect(update(&s, .key(.enter)) == .none)
        #expect(s.status == "not a step number: x")
    }

    @Test func filterPromptSetsTheGoroutineFilter() {
        var s = state()
        s.cursor[PaneID.goroutines.rawValue] = 5
        _ = update(&s, .key(.char("f")))
        for c in "worker" { _ = update(&s, .key(.char(c))) }
        _ = update(&s, .key(.enter))
        #expect(s.goroutineFilter == "worker")
        #expect(s.cursor[PaneID.goroutines.rawValue] == 0)
    }

    @Test func stoppedPausesWithAReason() {
        var s = state()
        s.paused = false
        _ = update(&s, .stopped(reason: "break: a steal"))
        #expect(s.paused && s.status == "break: a steal")
    }

    @Test func resizeChangesTheSizeAndTheMinimumCheck() {
        var s = state()
        _ = update(&s, .resize(width: 90, height: 20))
        #expect(s.width == 90 && s.height == 20 && !s.fitsMinimum)
        _ = update(&s, .resize(width: 100, height: 30))
        #expect(s.fitsMinimum)
    }

    @Test func mouseClickFocusesAndSelectsWheelScrolls() {
        var s = state(rows: 50, visible: 10)
        let layout = Layout(state: s)
        let r = layout.rect(.goroutines)
        // Row 3 of the content: border + column header + 3.
        let effect = update(&s, .mouse(.click, x: r.x + 2, y: r.y + 1 + 1 + 3))
        #expect(s.focus == .goroutines)
        #expect(effect == .resolveSelection(.goroutines, row: 3))
        let e = layout.rect(.events)
        _ = update(&s, .mouse(.wheelDown, x: e.x + 1, y: e.y + 1))
        #expect(s.scroll[PaneID.events.rawValue] == 3)
        #expect(s.cursor[PaneID.events.rawValue] == 3)
        _ = update(&s, .mouse(.wheelUp, x: e.x + 1, y: e.y + 1))
        #expect(s.scroll[PaneID.events.rawValue] == 0)
    }

    @Test func layoutFillsTheScreenWithoutOverlap() {
        for (w, h) in [(100, 30), (160, 48), (200, 60)] {
            let s = AppState(width: w, height: h, processorCount: 4)
            let l = Layout(state: s)
            var covered = Array(repeating: 0, count: w * h)
            for r in [l.header, l.keyBar] + l.panes where !r.isEmpty {
                for y in r.y..<r.maxY { for x in r.x..<r.maxX { covered[y * w + x] += 1 } }
            }
            #expect(covered.allSatisfy { $0 == 1 }, "\(w)x\(h)")
        }
    }

    @Test func compareKeysMoveTheRealTraceAndSwapHalves() {
        // Not comparing: `.`/`,` only explain, `x` does nothing.
        var plain = state()
        #expect(update(&plain, .key(.char("."))) == .none)
        #expect(plain.status == "no real trace beside this run (run FILE.go --compare real.log)")
        #expect(update(&plain, .key(.char("x"))) == .none && plain.compareView == .both)
        // Comparing at 200x50: `.` / `,` pause and ask for the real trace's next / previous frame.
        var s = AppState(width: 200, height: 50)
        s.comparing = true
        s.paused = false
        #expect(update(&s, .key(.char("."))) == .moveCompanion(1))
        #expect(s.paused)
        #expect(update(&s, .key(.char(","))) == .moveCompanion(-1))
        // x cycles both → simulation → real → both, and leaves zoom.
        s.zoomed = true
        var views: [CompareView] = []
        for _ in 0..<4 {
            _ = update(&s, .key(.char("x")))
            views.append(s.compareView)
        }
        #expect(views == [.simulation, .real, .both, .simulation] && !s.zoomed)
        // At 120x40 both do not fit: x swaps the two halves.
        var n = AppState(width: 120, height: 40)
        n.comparing = true
        #expect(CompareGeometry.shown(n) == .simulation)
        _ = update(&n, .key(.char("x")))
        #expect(CompareGeometry.shown(n) == .real)
        _ = update(&n, .key(.char("x")))
        #expect(CompareGeometry.shown(n) == .simulation)
    }

    @Test func compareGeometryCoversTheScreen() {
        for (w, h, view) in [(200, 50, CompareView.both), (199, 31, .both), (200, 50, .real), (120, 40, .both), (100, 30, .real)] {
            var s = AppState(width: w, height: h)
            s.comparing = true
            s.compareView = view
            let g = CompareGeometry(state: s)
            var covered = Array(repeating: 0, count: w * h)
            for r in [g.bar, g.simulation, g.real, g.divider] where !r.isEmpty {
                for y in r.y..<r.maxY { for x in r.x..<r.maxX { covered[y * w + x] += 1 } }
            }
            #expect(covered.allSatisfy { $0 == 1 }, "\(w)x\(h) \(view)")
            #expect(g.keyBar == Rect(x: 0, y: h - 1, width: w, height: 1))
            // Every half drawn keeps the panes' minimum.
            for r in [g.simulation, g.real] where !r.isEmpty {
                #expect(halfState(s, r).fitsMinimum, "\(w)x\(h) \(view) \(r)")
            }
        }
    }

    @Test func compareClickGoesToThePaneOfEitherHalf() {
        var s = AppState(width: 200, height: 50)
        s.comparing = true
        for p in PaneID.allCases { s.rows[p.rawValue] = 50; s.visible[p.rawValue] = 10 }
        let g = CompareGeometry(state: s)
        let real = Layout(state: halfState(s, g.real)).rect(.events)
        let effect = update(&s, .mouse(.click, x: g.real.x + real.x + 2, y: g.real.y + real.y + 1 + 4))
        #expect(s.focus == .events && effect == .resolveSelection(.events, row: 4) && s.selectsInReal)
        let sim = Layout(state: halfState(s, g.simulation)).rect(.goroutines)
        _ = update(&s, .mouse(.click, x: g.simulation.x + sim.x + 2, y: g.simulation.y + sim.y + 2 + 1))
        #expect(s.focus == .goroutines && !s.selectsInReal)
        #expect(s.width == 200 && s.height == 50 && s.comparing && s.minimumWidth == Layout.minimumWidth)
    }
}
