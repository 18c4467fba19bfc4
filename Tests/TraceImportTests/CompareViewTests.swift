// The compare view (a simulation beside a real trace) and the panes in
// real-trace mode: stepping both halves, golden frames, lengths instead of
// queue contents, the gctrace table.
import Foundation
import Testing
import GoRuntime
@testable import TerminalUI
@testable import TraceImport

@Suite struct CompareViewTests {
    /// The syscall demo on 2 Ps (it runs 40 ms) beside spin.log (GOMAXPROCS=2, frames at 0, 10, 27 … ms).
    static func pair() -> CompareSource<RuntimeSource, TraceSource> {
        CompareSource(sim: ScriptDemos.source(ScriptDemos.syscall, gomaxprocs: 2),
                      real: TraceSource(log: parsed("spin.log"), name: "spin.log"))
    }

    static func frameTimes(_ name: String) -> [Int64] { parsed(name).frames.map { $0.summary.timeMs * 1_000_000 } }

    @Test func theRealHalfFollowsTheSimulatedClock() {
        var src = Self.pair()
        let times = Self.frameTimes("spin.log")
        #expect(src.step == 0 && src.real.step == 0 && !src.realLeads)
        // Every step forward: the real frame is the last one at or before the simulated time.
        var seen: [Int] = []
        var n = 0
        while !src.isFinished && n < 100_000 {
            n += 1
            src.stepForward()
            let t = src.currentTime()
            let k = src.real.step
            #expect(times[k] <= t && (k == times.count - 1 || times[k + 1] > t), "frame \(k) at sim \(t)")
            if seen.last != k { seen.append(k) }
        }
        // The demo ends at about 40 ms: frames at 0, 10 and 27 ms (the next is at 43).
        #expect(seen == [0, 1, 2] && src.currentTime() >= 27_000_000 && src.currentTime() < 43_000_000)
        // Back and seek re-align too.
        src.seek(step: 3)
        #expect(src.real.step == 0)
        let c = src.comparison()
        #expect(c?.realFrame == 0 && c?.realLeads == false && c?.realFrameCount == 26 && c?.simName == "demo syscall")
    }

    @Test func dotAndCommaMoveTheRealTraceAndBringTheSimulationToIt() {
        var src = Self.pair()
        #expect(src.moveCompanion(by: 1) == nil)
        #expect(src.real.step == 1 && src.realLeads)
        // The first simulated step at or after 10 ms: the one before is earlier.
        let at = src.step
        #expect(src.currentTime() >= 10_000_000)
        src.sim.seek(step: at - 1)
        #expect(src.sim.currentTime() < 10_000_000)
        src.sim.seek(step: at)
        #expect(src.moveCompanion(by: 1) == nil && src.real.step == 2 && src.currentTime() >= 27_000_000)
        let later = src.step
        // `,` goes back a frame: the simulation rewinds to the first step at or after 10 ms.
        #expect(src.moveCompanion(by: -1) == nil)
        #expect(src.real.step == 1 && src.step == at && src.step < later)
        #expect(src.moveCompanion(by: -1) == nil && src.real.step == 0 && src.step == 0)
        #expect(src.moveCompanion(by: -1) == "at the first frame of the real trace")
        // A simulation step gives the lead back to the simulation.
        src.stepForward()
        #expect(!src.realLeads)
        // Past the end of the simulation (it ends after ~40 ms): the real trace still moves.
        src.showReal(frame: 10)
        #expect(src.real.step == 10 && src.isFinished)
        #expect(src.moveCompanion(by: 1) == "the simulation ends at \(Time.format(src.currentTime())), before this real frame")
        src.showReal(frame: 25)
        #expect(src.moveCompanion(by: 1) == "no later frame in the real trace")
    }

    @Test func keysThroughTheLoop() {
        let keys: [InputEvent] = [.key(.char("n")), .key(.char(".")), .key(.char(".")), .key(.char(",")),
                                  .key(.char("b")), .key(.char("x")), .key(.char("x")), .key(.char("x"))]
        var app = App(driver: MemoryDriver(width: 200, height: 50, input: keys, keepsHistory: true), source: Self.pair())
        #expect(app.state.comparing)
        _ = app.run()
        let frames = app.driver.frames
        #expect(frames.count == 9)
        // The bar: both clocks; the real frame number follows the keys.
        let bars = frames.map { $0.line(0) }
        let realFrames = bars.map { line -> String in
            guard let r = line.range(of: "frame ") else { return "?" }
            return String(line[r.upperBound...].prefix { $0 != " " })
        }
        // n, . , . , `,`, b (the simulation steps back before 10 ms: the real half follows), x x x.
        #expect(Array(realFrames.prefix(6)) + [realFrames[8]] == ["1/26", "1/26", "2/26", "3/26", "2/26", "1/26", "1/26"])
        #expect(bars[2].contains("real leads (. ,): sim at first step at/after 10ms"))
        #expect(bars[1].contains("real: last frame at/before the simulated time"))
        #expect(bars[5].contains("real: last frame at/before the simulated time"))
        #expect(bars[2].contains("not traced: queued Gs, code, channels, heap objects, steps between frames"))
        // x: both → simulation only → real only → both.
        #expect(frames[5].line(1).hasPrefix(" SIMULATED ") && frames[5].line(1).contains("│ REAL "))
        #expect(frames[6].line(1).hasPrefix(" SIMULATED ") && !frames[6].line(1).contains(" REAL "))
        #expect(frames[7].line(1).hasPrefix(" REAL ") && frames[7].line(0).contains("x shows the simulation"))
        #expect(frames[8].line(1).contains("│ REAL "))
        #expect(app.state.compareView == .both)
    }

    @Test func narrowTerminalsShowOneHalfAndSaySo() {
        var state = AppState(width: 120, height: 40)
        state.comparing = true
        #expect(CompareGeometry.shown(state) == .simulation)
        #expect(nextCompareView(state) == .real)
        state.compareView = .real
        #expect(nextCompareView(state) == .simulation)
        let geo = CompareGeometry(state: state)
        #expect(geo.bar == Rect(x: 0, y: 0, width: 120, height: 1) && geo.real == Rect(x: 0, y: 1, width: 120, height: 39))
        #expect(geo.simulation.isEmpty && geo.divider.isEmpty)
        // 200x50: both, 99 + divider + 100.
        let wide = CompareGeometry(state: AppState(width: 200, height: 50))
        #expect(wide.simulation == Rect(x: 0, y: 1, width: 99, height: 49) && wide.divider.x == 99 && wide.real.width == 100)
        // 100x30: no room for the bar; the half's own header names it.
        let small = CompareGeometry(state: AppState(width: 100, height: 30))
        #expect(small.bar.isEmpty && small.simulation == Rect(x: 0, y: 0, width: 100, height: 30))
        var app = App(driver: MemoryDriver(width: 100, height: 30, input: [.key(.char("x"))], keepsHistory: true), source: Self.pair())
        _ = app.run()
        #expect(app.driver.frames[0].line(0).hasPrefix(" SIMULATED "))
        #expect(app.driver.frames[1].line(0).hasPrefix(" REAL  spin.log"))
        #expect(app.driver.frames[1].line(29).contains("x both") == false && app.driver.frames[1].line(29).contains("x sim only"))
    }

    @Test func processorsDrawLengthsNotG0() {
        var src = TraceSource(log: parsed("spin.log"), name: "spin.log")
        src.seek(step: 1)
        let canvas = CompareViewGoldens.single(src, width: 100, height: 30)
        let text = canvas.text
        #expect(!text.contains("G0"))
        let rows = text.split(separator: "\n").map(String.init)
        let p0 = rows.first { $0.hasPrefix("│P0 ") } ?? ""
        let p1 = rows.first { $0.hasPrefix("│P1 ") } ?? ""
        #expect(p0.contains("G16") && p0.contains("next ?") && p0.contains("q5 ▫▫▫▫▫"))
        #expect(p1.contains("G10") && p1.contains("q5 ▫▫▫▫▫"))
        #expect(text.contains("global runq (0): –  (lengths only)"))
        // Goroutines: logged states and reasons, no functions or lines.
        #expect(text.contains("G1     W semacquire"))
        #expect(!text.contains("main.") && !text.contains(".go:"))
    }

    @Test func heapPaneShowsTheGCTraceCycles() {
        var src = TraceSource(log: parsed("alloc.log"), name: "alloc.log")
        src.seek(step: 6)
        let real = src.realTrace
        #expect(real?.gcCycles.map(\.cycle) == [1, 2, 3])
        #expect(real?.gcCycles.last?.heapStartMB == 17 && real?.gcCycles.last?.forced == true)
        let text = CompareViewGoldens.single(src, width: 160, height: 48).text
        #expect(!text.contains("nothing allocated"))
        #expect(text.contains("gctrace: live"))
        #expect(text.contains("not traced: spans, objects, colours"))
    }

    @Test func goldenFrames() throws {
        let frames = CompareViewGoldens.all()
        if ProcessInfo.processInfo.environment["GMPSCOPE_RECORD_GOLDENS"] == "1" {
            try CompareViewGoldens.record(frames)
            return
        }
        for (name, canvas) in frames {
            let expected = TraceGoldenFrames.frames[name]
            #expect(expected != nil, "no golden frame \(name): record with GMPSCOPE_RECORD_GOLDENS=1")
            guard let expected else { continue }
            #expect(canvas.text == expected, "\(name) differs at \(CompareViewGoldens.firstDifference(canvas.text, expected))")
        }
        #expect(frames.count == 5)
    }
}

enum CompareViewGoldens {
    /// One source in the visualiser (no compare).
    static func single<S: SimulationSource>(_ source: S, width: Int, height: Int) -> Canvas {
        var app = App(driver: MemoryDriver(width: width, height: height), source: source)
        app.draw()
        return app.canvas
    }

    static func all() -> [(String, Canvas)] {
        var out: [(String, Canvas)] = []
        // The compare view at 200x50 after `.` (real frame 2, 10 ms, leads).
        var pair = CompareViewTests.pair()
        pair.moveCompanion(by: 1)
        out.append(("compare-200x50", SideBySide.frame(pair, width: 200, height: 50)))
        // The same at 100x30: one half; `x` shows the real one.
        out.append(("compare-real-half-100x30", SideBySide.frame(pair, width: 100, height: 30, view: .real)))
        out.append(("compare-sim-half-120x40-ascii", SideBySide.frame(pair, width: 120, height: 40, glyphs: .ascii, view: .simulation)))
        // A real trace alone: run queue lengths (spin.log frame 2) and the gctrace table (alloc.log, 4 cycles).
        var spin = TraceSource(log: parsed("spin.log"), name: "spin.log")
        spin.seek(step: 1)
        out.append(("real-processors-100x30", single(spin, width: 100, height: 30)))
        var alloc = TraceSource(log: parsed("alloc.log"), name: "alloc.log")
        alloc.seek(step: 6)
        alloc.stepForward()
        out.append(("real-gctrace-160x48", single(alloc, width: 160, height: 48)))
        return out
    }

    /// Rewrites TraceGoldenFrames.swift beside this file.
    static func record(_ frames: [(String, Canvas)], filePath: String = #filePath) throws {
        let dir = URL(fileURLWithPath: filePath).deletingLastPathComponent()
        var out = "// Generated by `GMPSCOPE_RECORD_GOLDENS=1 swift test --filter CompareViewTests`; review the diff.\n"
        out += "enum TraceGoldenFrames {\n    static let frames: [String: String] = [\n"
        for (name, canvas) in frames.sorted(by: { $0.0 < $1.0 }) {
            out += "        \"\(name)\": ##\"\"\"\n\(canvas.text)\n\"\"\"##,\n"
        }
        out += "    ]\n}\n"
        try out.write(to: dir.appendingPathComponent("TraceGoldenFrames.swift"), atomically: true, encoding: .utf8)
    }

    static func firstDifference(_ a: String, _ b: String) -> String {
        let x = a.split(separator: "\n", omittingEmptySubsequences: false)
        let y = b.split(separator: "\n", omittingEmptySubsequences: false)
        for i in 0..<max(x.count, y.count) {
            let l = i < x.count ? String(x[i]) : "<none>"
            let r = i < y.count ? String(y[i]) : "<none>"
            if l != r { return "line \(i + 1):\n  got:      \(l)\n  expected: \(r)" }
        }
        return "equal"
    }
}

@Suite struct RealTraceKeysTests {
    /// In a real trace alone: `]`/`[` go to the frames that logged a gc line, `N` explains, the end says so.
    @Test func gcKeysGoToGCLinesAndTheEndIsTheTrace() {
        let keys: [InputEvent] = [.key(.char("]")), .key(.char("]")), .key(.char("[")), .key(.char("N")),
                                  .key(.char("g")), .key(.char("9")), .key(.char("9")), .key(.enter), .key(.char("n"))]
        var app = App(driver: MemoryDriver(width: 120, height: 40, input: keys, keepsHistory: true),
                      source: TraceSource(log: parsed("alloc.log"), name: "alloc.log"))
        _ = app.run()
        let log = parsed("alloc.log")
        let withGC = log.frames.indices.filter { k in log.frames[k].items.contains { if case .gc = $0.kind { true } else { false } } }
        let steps = app.driver.frames.map { f -> Int in
            let head = f.line(0)
            guard let r = head.range(of: "frame ") else { return -1 }
            return Int(head[r.upperBound...].prefix { $0.isNumber })! - 1
        }
        #expect(steps[1] == withGC[0] && steps[2] == withGC[1] && steps[3] == withGC[0])
        #expect(app.driver.frames[4].line(39).contains("a real trace has no scheduler ticks: n / b step one SCHED block"))
        #expect(app.driver.frames[4].line(39).contains("] next gc") && !app.driver.frames[4].line(39).contains("N tick"))
        #expect(app.source.step == 43 && app.driver.frames.last!.line(39).contains("end of the real trace (44 frames)"))
    }
}

@Suite struct GCWorkFixtureTests {
    /// gcwork.log (real Go 1.19, GOMAXPROCS=2): 9 SCHED blocks, 12 gc lines
    /// kept with their printed text for the Heap pane's table.
    @Test func cyclesKeepTheirPrintedText() {
        let log = parsed("gcwork.log")
        #expect(log.unparsed.isEmpty && classifiedLines(log) == log.lineCount)
        #expect(log.schedFrameCount == 9 && log.frames.map(\.summary.timeMs) == [0, 11, 29, 44, 54, 79, 95, 106, 116])
        let gcs = log.gcLines
        #expect(gcs.map(\.cycle) == Array(1...12))
        #expect(gcs[0].atText == "0.000" && gcs[0].clockText == "0.048+2.1+0.006")
        #expect(gcs[4].clockText == "2.3+0.27+0.050" && gcs[4].clockMs == [2.3, 0.27, 0.05])
        let src = TraceSource(log: log, name: "gcwork.log")
        #expect(src.realTrace(at: 1)?.gcCycles.map(\.cycle) == [1, 2])
        #expect(src.realTrace(at: 3)?.gcCycles.map(\.cycle) == [1, 2, 3, 4, 5, 6])
        let c5 = src.realTrace(at: 8)?.gcCycles[4]
        #expect(c5?.clockText == "2.3+0.27+0.050" && c5?.heapStartMB == 7 && c5?.goalMB == 9 && c5?.stacksMB == 0)
        #expect(GCTracePane.phases(c5!) == "2.3+0.27+0.050" && GCTracePane.seconds(c5!) == "0.024")
    }
}

@Suite struct CompareSelectionTests {
    /// A click in the real half's Goroutines pane selects the G on that row of the real list.
    @Test func clickInTheRealHalfSelectsThere() {
        var state = AppState(width: 200, height: 50)
        state.comparing = true
        let geo = CompareGeometry(state: state)
        let pane = Layout(state: halfState(state, geo.real)).rect(.goroutines)
        // Sorted by state (o), row 0 of the real frame at 10 ms is G10 (running on P1); the simulation's is G6.
        func click(_ half: Rect) -> InputEvent { .mouse(.click, x: half.x + pane.x + 3, y: half.y + pane.y + 2) }
        var app = App(driver: MemoryDriver(width: 200, height: 50, input: [.key(.char(".")), .key(.char("o")), click(geo.real)]),
                      source: CompareViewTests.pair())
        _ = app.run()
        #expect(app.state.selection == .goroutine(10) && app.state.focus == .goroutines)
        app.driver.pending = [click(geo.simulation)]
        _ = app.run()
        #expect(app.state.selection == .goroutine(6))
    }
}
