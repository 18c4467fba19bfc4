// TraceSource plays the frames; the container round-trips; side by side draws.
import Testing
import GoRuntime
import TerminalUI
@testable import TraceImport

@Suite struct SourceTests {
    @Test func stepsAreFramesAndEventsAreLoggedLines() {
        let log = parsed("alloc.log")
        var src = TraceSource(log: log, name: "alloc.log")
        #expect(src.step == 0 && !src.isFinished && src.frameCount == 44)
        #expect(src.snapshot(selection: nil).time == 0)
        let e1 = src.stepForward()
        #expect(src.step == 1)
        #expect(e1.map(\.kind) == [.gc(.trace(log.gcLines[0].text))])
        #expect(e1[0].time == 2_000_000 && e1[0].seq == 0)
        let s1 = src.snapshot(selection: nil)
        #expect(s1.time == 18_000_000 && s1.gc.cycle == 1 && s1.heap.heapLive == 4 << 20 && s1.heap.heapGoal == 4 << 20)
        #expect(s1.gc.lastTrace == log.gcLines[0].text)
        #expect(src.lastStepEvents == e1)
        src.stepBack()
        #expect(src.step == 0 && src.lastStepEvents.isEmpty && src.snapshot(selection: nil).gc.cycle == 0)
        src.seek(step: 1_000)
        #expect(src.step == 43 && src.isFinished)
        #expect(src.stepForward().isEmpty && src.step == 43)
        let end = src.snapshot(selection: nil)
        #expect(end.gc.cycle == 13 && end.eventCount == 17)
        #expect(src.errorOutput == log.outputLines)
        // A write event per output line, with its byte count (text + newline).
        let writes = end.recentEvents.compactMap { if case let .sched(.write(fd, n)) = $0.kind { "\(fd):\(n)" } else { nil } }
        #expect(writes == ["2:24", "2:25", "2:25", "2:14"])
        #expect(end.recentEvents.map(\.seq) == Array(0..<17))
    }

    @Test func frameAtTime() {
        let src = TraceSource(log: parsed("spin.log"), name: "spin.log")
        #expect(src.frameIndex(atTime: 0) == 0)
        #expect(src.frameIndex(atTime: 26_999_999) == 1)
        #expect(src.frameIndex(atTime: 27_000_000) == 2)
        #expect(src.frameIndex(atTime: 1 << 62) == src.frameCount - 1)
    }

    @Test func notesSayWhatIsMissing() {
        let src = TraceSource(log: parsed("newer-formats.log"), name: "newer-formats.log")
        let text = src.sourceLines.map(\.text)
        #expect(text[0] == "// Real Go runtime trace imported from newer-formats.log")
        #expect(text[1] == "// 4 SCHED blocks with scheddetail, 2 gc lines, 2 program output lines, 3 unreadable")
        #expect(text.contains("//   which goroutines are queued, and in what order (queues show their length only)"))
        #expect(text.contains("//   line 19: P7 line without status"))
        #expect(Array(text.suffix(2)) == ["hello from the program", "bye"])
        #expect(src.sourceLines.map(\.line) == Array(1...text.count))
    }

    @Test func gomaxprocsChangeIsAnEvent() {
        var src = TraceSource(log: parsed("newer-formats.log"), name: "n")
        src.seek(step: 2)
        let e = src.stepForward()
        #expect(e.map(\.kind).first == .sched(.procResize(old: 4, new: 2)))
    }

    @Test func containerRoundTrip() throws {
        let raw = fixture("pipeline.log")
        let bytes = TraceContainer.encode(log: raw, source: "pipeline.log", frames: 5)
        #expect(TraceContainer.isContainer(bytes) && !TraceContainer.isContainer(raw))
        let header = String(decoding: bytes.prefix(while: { _ in true }).prefix(120), as: UTF8.self)
        #expect(header.hasPrefix("gmpscope-trace-import 1\nsource pipeline.log\nframes 5\nbytes 7161\nfnv64 "))
        let (source, back) = try TraceContainer.decode(bytes)
        #expect(source == "pipeline.log" && back == raw)
        var damaged = bytes
        damaged[damaged.count - 3] ^= 0x20
        #expect(throws: TraceImportError("trace import: checksum mismatch (file damaged)")) { try TraceContainer.decode(damaged) }
        #expect(throws: TraceImportError("trace import: 7160 log bytes, header says 7161 (truncated?)")) {
            try TraceContainer.decode(Array(bytes.dropLast()))
        }
    }

    @Test func sideBySideDrawsBothHalves() {
        var real = TraceSource(log: parsed("spin.log"), name: "spin.log")
        var other = TraceSource(log: parsed("alloc-summary.log"), name: "alloc-summary.log")
        real.seek(step: 1)
        SideBySide.align(&other, toTime: 10_000_000)
        #expect(other.snapshot(selection: nil).time == 15_000_000)
        let canvas = SideBySide.render(left: &other, right: &real, width: 202, height: 40, glyphs: .ascii)
        // The compare bar, then each half's header naming its source; the real half follows the left's clock (15 ms: frame 2).
        #expect(canvas.line(0).contains("SIMULATED") && canvas.line(0).contains("REAL GO TRACE >  SCHED 10ms  frame 2/26"))
        let heads = canvas.line(1)
        #expect(heads.hasPrefix(" SIMULATED  alloc-summary.log") && heads.contains("| REAL  spin.log  SCHED 10ms"))
        #expect(canvas.text.split(separator: "\n").allSatisfy { $0.count <= 202 })
        #expect((1..<39).allSatisfy { Character(Unicode.Scalar(canvas[100, $0].scalar)!) == "|" })
    }
}
