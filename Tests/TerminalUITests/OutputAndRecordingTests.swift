@testable import GoRuntime
import Testing
@testable import TerminalUI

/// The Output pane, presenter pauses, `r` recording hooks, and Enter on a
/// heap row selecting objects.
@Suite struct OutputLinesTests {
    func log(_ writes: [(Int32, String)]) -> OutputLog {
        var l = OutputLog()
        for (fd, text) in writes {
            let start = l.bytes.count
            l.bytes.append(contentsOf: Array(text.utf8))
            l.records.append(.init(fd: fd, time: 0, start: start, end: l.bytes.count))
        }
        return l
    }

    @Test func splitsByFdKeepingPartialLinesApart() {
        var o = OutputLines()
        o.update(log([(1, "a\nb"), (2, "x\n"), (1, "c\n"), (2, "tail")]))
        #expect(o.lines == [OutputLine("a"), OutputLine("x", isError: true), OutputLine("bc")])
        #expect(o.all == o.lines + [OutputLine("tail", isError: true)])
        // More records: only the new ones are split.
        o.update(log([(1, "a\nb"), (2, "x\n"), (1, "c\n"), (2, "tail"), (1, "half"), (2, "!\n")]))
        #expect(o.all == [OutputLine("a"), OutputLine("x", isError: true), OutputLine("bc"),
                          OutputLine("tail!", isError: true), OutputLine("half")])
        // A shorter log (a step back): split again from the start.
        o.update(log([(1, "a\nb")]))
        #expect(o.all == [OutputLine("a"), OutputLine("b")])
    }

    /// main prints to stdout and stderr between sleeps; each step back shows
    /// exactly the output of that step, and the pane draws it.
    @Test func runtimeSourceOutputFollowsTimeTravel() {
        typealias X = StepExecutor
        let exec = X([
            .init(name: "main.main", code: [X.write(1, "hello\n"), X.sleep(1_000), X.write(2, "worker 1 done\n"),
                                            X.sleep(1_000), X.write(1, "bye")]),
        ])
        let rt = Runtime(config: RuntimeConfig(gomaxprocs: 2, seed: 1), executor: exec)
        let s = RuntimeSource(runtime: rt, programName: "prog.go", sourceLines: [], keyframeInterval: 4)
        var seen: [[OutputLine]] = [s.outputLines]
        while !s.isFinished {
            s.stepForward()
            seen.append(s.outputLines)
        }
        #expect(seen.last == [OutputLine("hello"), OutputLine("worker 1 done", isError: true), OutputLine("bye")])
        // Output only grows, one write at a time: the distinct states in order.
        var distinct: [[OutputLine]] = []
        for o in seen where distinct.last != o { distinct.append(o) }
        #expect(distinct.map(\.count) == [0, 1, 2, 3])
        for step in stride(from: s.step - 1, through: 0, by: -1) {
            s.stepBack()
            #expect(s.outputLines == seen[step], "step \(step)")
        }
        s.seek(step: seen.count - 1)
        var app = App(driver: MemoryDriver(width: 120, height: 40), source: s)
        app.draw()
        let text = app.canvas.text
        #expect(text.contains("Output"))
        #expect(text.contains("   hello"))
        #expect(text.contains("2> worker 1 done"))
        #expect(text.contains("   bye"))
        #expect(text.contains("2 stdout · 1 stderr"))
    }

    @Test func pKeyTogglesTheOutputPane() {
        var s = AppState(width: 120, height: 40)
        #expect(s.visiblePanes == [.processors, .goroutines, .heap, .channels, .source, .output, .events])
        #expect(!Layout(state: s).rect(.output).isEmpty)
        s.focus = .output
        #expect(update(&s, .key(.char("p"))) == .none)
        #expect(!s.showOutput)
        #expect(s.focus == .events)
        #expect(Layout(state: s).rect(.output).isEmpty)
        #expect(s.visiblePanes == [.processors, .goroutines, .heap, .channels, .source, .events])
        // Without the source the output takes the whole left column.
        _ = update(&s, .key(.char("p")))
        _ = update(&s, .key(.char("s")))
        let l = Layout(state: s)
        #expect(l.rect(.source).isEmpty)
        #expect(l.rect(.output).height == l.rect(.events).height)
    }
}

/// A source with presenter's marks (as `RecordingSource` has).
struct MarkedSource: SimulationSource {
    var inner: RuntimeSource
    var marks: [Int]
    var programName: String { inner.programName }
    var sourceLines: [SourceLine] { inner.sourceLines }
    var step: Int { inner.step }
    var isFinished: Bool { inner.isFinished }
    var lastStepEvents: [Event] { inner.lastStepEvents }
    var pauseHere: Bool { marks.contains(inner.step) }
    mutating func snapshot(selection: Item?) -> Snapshot { inner.snapshot(selection: selection) }
    mutating func stepForward() -> [Event] { inner.stepForward() }
    mutating func stepBack() { inner.stepBack() }
    mutating func seek(step n: Int) { inner.seek(step: n) }
}

@Suite struct PresenterPauseTests {
    @Test func playStopsOnEachMark() {
        var keys: [InputEvent] = Array(repeating: .key(.char("+")), count: 12) + [.key(.char(" "))]
        keys += [.key(.char(" "))]   // resume after the first mark
        var driver = MemoryDriver(width: 120, height: 40)
        driver.pending = keys
        driver.holdsInputWhilePlaying = true
        var app = App(driver: driver, source: MarkedSource(inner: ScriptDemos.source(ScriptDemos.worker), marks: [7, 19]))
        #expect(app.run() == .endOfInput)
        #expect(app.state.paused)
        #expect(app.source.step == 19)
        #expect(app.state.status == "paused at step 19 (presenter's mark)")
    }

    @Test func defaultIsNoMark() {
        let s = ScriptDemos.source(ScriptDemos.worker)
        #expect(!s.pauseHere)
        #expect(s.outputLines == [])
    }
}

@Suite struct RecordingKeyTests {
    @Test func rWithoutHooksSaysSo() {
        var s = AppState(width: 120, height: 40)
        #expect(update(&s, .key(.char("r"))) == .none)
        #expect(s.status == "recording is not available here")
        #expect(!s.recording)
    }

    @Test func rStartsAndStops() {
        var s = AppState(width: 120, height: 40)
        s.canRecord = true
        #expect(update(&s, .key(.char("r"))) == .startRecording)
        #expect(!s.recording)   // until the loop says it started
        _ = update(&s, .recording(true, status: "recording from step 3 (r stops and saves)"))
        #expect(s.recording)
        #expect(s.status == "recording from step 3 (r stops and saves)")
        #expect(update(&s, .key(.char("r"))) == .stopRecording)
        _ = update(&s, .recording(false, status: "saved"))
        #expect(!s.recording)
        #expect(s.status == "saved")
    }

    final class Log { var calls: [String] = [] }

    func hooks(_ log: Log, refuse: Bool = false) -> RecordingHooks<RuntimeSource> {
        RecordingHooks(start: { s in
            log.calls.append("start \(s.step)")
            return refuse ? "cannot record: no disk" : nil
        }, afterMove: { s in
            log.calls.append("move \(s.step)")
        }, pause: {
            log.calls.append("pause")
        }, stop: {
            log.calls.append("stop")
            return "saved 2 steps to demo.gmprec"
        })
    }

    @Test func theLoopCallsTheHooks() {
        let log = Log()
        let keys: [InputEvent] = [.key(.char("n")), .key(.char("r")), .key(.char("n")), .key(.char("n")),
                                  .key(.char("b")), .key(.char("r")), .key(.char("n"))]
        var app = App(driver: MemoryDriver(width: 120, height: 40, input: keys, keepsHistory: true),
                      source: ScriptDemos.source(ScriptDemos.worker), recording: hooks(log))
        #expect(app.run() == .endOfInput)
        #expect(log.calls == ["start 1", "move 2", "move 3", "move 2", "stop"])
        let frames = app.driver.frames
        #expect(!frames[1].line(0).contains("REC"))
        #expect(frames[2].line(0).hasPrefix(" gmpscope ● REC "))
        #expect(frames[5].line(0).contains("● REC"))
        #expect(!frames[6].line(0).contains("REC"))
        #expect(frames[6].line(39).contains("saved 2 steps to demo.gmprec"))
        #expect(app.exitNote == nil)
    }

    @Test func quittingWhileRecordingSavesAndPlayStopsMarkAPause() {
        let log = Log()
        var keys: [InputEvent] = [.key(.char("r"))] + Array(repeating: .key(.char("+")), count: 12)
        keys += [.key(.char(" ")), .key(.char("q"))]   // play to the end, then quit
        var driver = MemoryDriver(width: 120, height: 40)
        driver.pending = keys
        driver.holdsInputWhilePlaying = true
        var app = App(driver: driver, source: ScriptDemos.source(ScriptDemos.worker), recording: hooks(log))
        #expect(app.run() == .quit)
        let stepped = app.source.step
        #expect(app.source.isFinished)
        #expect(stepped > 0)
        #expect(log.calls.first == "start 0")
        #expect(log.calls.filter { $0.hasPrefix("move") } == (1...stepped).map { "move \($0)" })
        #expect(Array(log.calls.suffix(2)) == ["pause", "stop"])
        #expect(app.exitNote == "saved 2 steps to demo.gmprec")
    }

    @Test func aRefusedStartSaysWhy() {
        let log = Log()
        var app = App(driver: MemoryDriver(width: 120, height: 40, input: [.key(.char("r"))]),
                      source: ScriptDemos.source(ScriptDemos.worker), recording: hooks(log, refuse: true))
        _ = app.run()
        #expect(!app.state.recording)
        #expect(app.state.status == "cannot record: no disk")
        #expect(log.calls == ["start 0"])
    }
}

@Suite struct HeapObjectSelectionTests {
    @Test func enterCyclesSpanThenItsAllocatedObjects() {
        let span = SpanSnapshot(span: 7, base: 0x1000, npages: 1, sizeclass: 2, noscan: false, elemsize: 16, home: .none,
                                sweepgen: 0, allocCount: 2, objects: [.white, .free, .black])
        var item: Item? = nil
        var seen: [Item] = []
        for _ in 0..<4 {
            let next = HeapPane.item(for: span, current: item)
            seen.append(next)
            item = next
        }
        #expect(seen == [.span(7), .object(0x1000), .object(0x1020), .span(7)])
        // Another span's selection starts over at the span.
        #expect(HeapPane.item(for: span, current: .object(0x9000)) == .span(7))
    }

    /// Two objects, b → a: selecting a shows b as its referrer; b shows a as its pointee.
    @Test func selectedObjectShowsReferrersAndPointees() throws {
        typealias X = StepExecutor
        let alloc: X.Instr = { rt, _ in
            let a = rt.mallocgc(size: 16, noscan: false, slots: [.nil, .nil])
            _ = rt.mallocgc(size: 16, noscan: false, slots: [.pointer(a, 0), .nil])
            return .next
        }
        let exec = X([.init(name: "main.main", code: [alloc, X.sleep(1_000_000)])])
        let rt = Runtime(config: RuntimeConfig(gomaxprocs: 2, seed: 1), executor: exec)
        let s = RuntimeSource(runtime: rt, programName: "prog.go", sourceLines: [])
        while rt.heap.snapshot().spans.allSatisfy({ $0.elemsize != 16 || $0.allocCount < 2 }) && !s.isFinished { s.stepForward() }
        let spans = rt.heap.snapshot().spans
        let row = try #require(spans.firstIndex { $0.elemsize == 16 && $0.allocCount >= 2 })
        let sp = spans[row]
        let used = sp.objects.indices.filter { sp.objects[$0] != .free }
        let addrA = sp.base + UInt64(used[used.count - 2]) * 16
        let addrB = sp.base + UInt64(used[used.count - 1]) * 16
        var keys: [InputEvent] = [.key(.tab), .key(.tab)] + Array(repeating: .key(.down), count: row)
        keys += Array(repeating: .key(.enter), count: used.count)   // the span, then each object up to a
        var app = App(driver: MemoryDriver(width: 160, height: 48, input: keys), source: s)
        _ = app.run()
        #expect(app.state.selection == .object(Int(addrA)))
        let a = try #require(app.snapshot.heap.selected)
        #expect(a.addr == addrA)
        #expect(a.referrers == [addrB])
        #expect(a.pointees == [])
        #expect(app.canvas.text.contains("object 0x\(String(addrA, radix: 16)) 16 B"))
        #expect(app.canvas.text.contains("referrers 1: 0x\(String(addrB, radix: 16))"))
        apply(&app, .key(.enter))
        #expect(app.state.selection == .object(Int(addrB)))
        let b = try #require(app.snapshot.heap.selected)
        #expect(b.pointees == [addrA])
        #expect(b.referrers == [])
    }

    func apply(_ app: inout App<MemoryDriver, RuntimeSource>, _ message: Message) {
        app.apply(update(&app.state, message))
        app.draw()
    }
}
