import Foundation
import Testing
import GoRuntime
import TerminalUI
@testable import Recording

@Suite struct ExportTests {
    @Test func jsonlIsTheEventLog() throws {
        let (bytes, live, _, _) = recordDemo(ScriptDemos.syscall)
        let rec = try Recording(bytes: bytes)
        var text = ""
        JSONLExport.export(rec) { text += $0 }
        let startUp = Array(ScriptDemos.source(ScriptDemos.syscall).runtime.events.events)
        #expect(!startUp.isEmpty)
        #expect(rec.prelude == startUp)
        let expected = (startUp + live.joined()).map { $0.jsonLine() + "\n" }.joined()
        #expect(text == expected)
        #expect(text.split(separator: "\n").count == startUp.count + live.joined().count)
        #expect(text.hasPrefix("{\"seq\":0,"))
    }

    /// The SCHED lines from the recorded counters equal lines computed from the
    /// live runtime's own fields after every step.
    @Test(arguments: ["worker", "steal", "syscall"])
    func schedtraceMatchesTheLiveRuntime(_ name: String) throws {
        let demo = try #require(ScriptDemos.named(name))
        let (bytes, _, _, _) = recordDemo(demo)
        let rec = try Recording(bytes: bytes)
        let lines = SchedtraceExport.export(rec, periodMs: 1)
        let src = ScriptDemos.source(demo)
        var expected: [String] = []
        var next: Int64 = 0
        while !src.isFinished {
            src.stepForward()
            let s = src.runtime.sched
            while s.now >= next {
                let qs = s.allp.map { String($0.runqtail &- $0.runqhead) }.joined(separator: " ")
                expected.append("SCHED \(next / 1_000_000)ms: gomaxprocs=\(s.gomaxprocs) idleprocs=\(s.npidle) threads=\(s.allm.count) spinningthreads=\(s.nmspinning) idlethreads=\(s.nmidle) runqueue=\(s.runqsize) [\(qs)]")
                next += 1_000_000
            }
        }
        #expect(lines == expected)
        #expect(lines.count > 1)
        #expect(lines.first?.hasPrefix("SCHED 0ms: gomaxprocs=\(demo.gomaxprocs) ") == true)
    }

    @Test func perfettoShape() throws {
        let (bytes, live, _, _) = recordDemo(ScriptDemos.steal)
        let rec = try Recording(bytes: bytes)
        let json = PerfettoExport.export(rec)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(root["displayTimeUnit"] as? String == "ns")
        let other = try #require(root["otherData"] as? [String: Any])
        #expect(other["program"] as? String == "script/steal" && other["seed"] as? Int == 1 && other["gogc"] as? Int == 100)
        #expect(other["options"] as? [String: String] == ["demo": "steal"])
        let events = try #require(root["traceEvents"] as? [[String: Any]])
        var phases: [String: Int] = [:]
        for e in events {
            let ph = try #require(e["ph"] as? String)
            phases[ph, default: 0] += 1
            #expect(e["pid"] is Int)
            #expect(e["name"] is String)
            if ph != "M" { #expect(e["ts"] is Double || e["ts"] is Int) }
            if ph == "X" { #expect(((e["dur"] as? Double) ?? Double((e["dur"] as? Int) ?? -1)) >= 0) }
        }
        #expect(Set(phases.keys) == ["M", "X", "i", "C"])
        let threadNames = events.filter { $0["name"] as? String == "thread_name" && $0["pid"] as? Int == 1 }
            .compactMap { ($0["args"] as? [String: Any])?["name"] as? String }
        #expect(threadNames == ["P0", "P1", "P2", "P3"])
        let all = Array(live.joined())
        func count(_ f: (SchedEvent) -> Bool) -> Int {
            all.filter { if case let .sched(s) = $0.kind { return f(s) } else { return false } }.count
        }
        let starts = all.filter { if case .sched(.goStart) = $0.kind { return $0.p.raw >= 0 } else { return false } }.count
        let pSlices = events.filter { $0["ph"] as? String == "X" && $0["pid"] as? Int == 1 }.count
        #expect(pSlices == starts)
        let steals = events.filter { $0["ph"] as? String == "i" && ($0["name"] as? String)?.hasPrefix("steal ") == true }.count
        #expect(steals == count { if case .steal = $0 { true } else { false } })
        #expect(steals > 0)
        let runq = try #require(events.first { $0["name"] as? String == "run queues" }?["args"] as? [String: Any])
        #expect(Set(runq.keys) == ["global", "P0", "P1", "P2", "P3"])
        #expect(events.contains { $0["name"] as? String == "heap" })
        #expect(events.contains { $0["name"] as? String == "GC phase" })
    }

    @Test func asciicastFramesAreTheCanvas() throws {
        let (bytes, _, _, _) = recordDemo(ScriptDemos.worker)
        let rec = try Recording(bytes: bytes)
        var player = RecordingSource(recording: rec, engine: ScriptDemos.source(ScriptDemos.worker))
        var o = AsciicastExport.Options()
        o.width = 100; o.height = 30; o.fps = 5; o.stepsPerSecond = 5; o.maxFrames = 12
        var lines: [String] = []
        AsciicastExport.export(source: &player, options: o) { lines.append($0) }
        #expect(lines[0] == "{\"version\":2,\"width\":100,\"height\":30,\"title\":\"gmpscope script/worker\",\"env\":{\"TERM\":\"xterm-256color\",\"SHELL\":\"/bin/sh\"}}\n")
        #expect(lines.count == 13)
        #expect(lines[1].hasPrefix("[0.000, \"o\", \"\\u001b[2J\\u001b[H"))
        #expect(lines[2].hasPrefix("[0.200, \"o\", \"\\u001b[H"))
        // Frame 5 is step 5 drawn by the same Screen.
        let expected = frameText(player: &player, step: 5, width: 100, height: 30)
        let data = try frameData(lines[6])
        #expect(stripANSI(data).replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
            .map { String($0).trimmingTrailingSpaces } == expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
    }

    /// `asciinema cat` (Debian's asciinema 2.2) needs a terminal: it runs under util-linux `script`.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/asciinema")
                   && FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func asciinemaCatPlaysTheCast() throws {
        let (bytes, _, _, _) = recordDemo(ScriptDemos.steal)
        let rec = try Recording(bytes: bytes)
        var player = RecordingSource(recording: rec, engine: ScriptDemos.source(ScriptDemos.steal))
        var o = AsciicastExport.Options()
        o.width = 90; o.height = 28; o.maxFrames = 8
        var lines: [String] = []
        AsciicastExport.export(source: &player, options: o) { lines.append($0) }
        let path = NSTemporaryDirectory() + "gmpscope-rec-\(getpid()).cast"
        try Recorder.atomicWrite(Array(lines.joined().utf8), to: path)
        defer { unlink(path) }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        p.arguments = ["-qec", "asciinema cat \(path)", "/dev/null"]
        p.standardInput = FileHandle.nullDevice
        let pipe = Pipe()
        p.standardOutput = pipe
        try p.run()
        let out = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        let played = String(decoding: out, as: UTF8.self)
        let frames = try lines.dropFirst().map(frameData)
        #expect(played == frames.joined())
        // The last frame as the terminal would show it is step 8×20/10 = 14 of the visualiser.
        let last = try #require(played.components(separatedBy: "\u{1b}[H").last)
        let expected = frameText(player: &player, step: 14, width: 90, height: 28)
        #expect(stripANSI(last).replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
            .map { String($0).trimmingTrailingSpaces }.joined(separator: "\n") == expected)
    }
}

/// The canvas text of `step` drawn as the cast draws it.
func frameText(player: inout RecordingSource, step: Int, width: Int, height: Int) -> String {
    player.seek(step: step)
    var screen = Screen()
    var canvas = Canvas(width: width, height: height)
    var state = AppState(width: width, height: height)
    let snap = player.snapshot(selection: nil)
    state.processorCount = max(1, snap.gomaxprocs)
    let ctx = ViewContext(state: state, snapshot: snap, lastEvents: player.lastStepEvents, programName: player.programName,
                          sourceLines: player.sourceLines, finished: player.isFinished, glyphs: .unicode, uiStep: player.step)
    _ = screen.render(into: &canvas, ctx)
    return canvas.text
}

func frameData(_ line: String) throws -> String {
    let arr = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [Any])
    return try #require(arr[2] as? String)
}

func stripANSI(_ s: String) -> String {
    var out = String.UnicodeScalarView()
    var it = s.unicodeScalars.makeIterator()
    while let c = it.next() {
        if c == "\u{1b}" {
            guard it.next() == "[" else { continue }
            while let d = it.next(), !(d.properties.isAlphabetic) {}
            continue
        }
        out.append(c)
    }
    return String(out)
}

extension String {
    var trimmingTrailingSpaces: String {
        var s = Substring(self)
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}

@Suite struct HeadlessSchedtraceTests {
    /// `Recorder.stepAndRecord` (what `gmpscope record` uses) keeps the clock of
    /// silent engine steps, so the export equals sampling after every engine
    /// step as `run --headless --schedtrace` does.
    @Test(arguments: ["worker", "steal", "syscall", "preempt"])
    func exportEqualsPerEngineStepSampling(_ name: String) throws {
        let demo = try #require(ScriptDemos.named(name))
        let reference = ScriptDemos.source(demo).runtime
        var expected: [String] = []
        var next: Int64 = 0
        while reference.step() {
            let s = reference.sched
            while s.now >= next {
                let qs = s.allp.map { String($0.runqtail &- $0.runqhead) }.joined(separator: " ")
                expected.append("SCHED \(next / 1_000_000)ms: gomaxprocs=\(s.gomaxprocs) idleprocs=\(s.npidle) threads=\(s.allm.count) spinningthreads=\(s.nmspinning) idlethreads=\(s.nmidle) runqueue=\(s.runqsize) [\(qs)]")
                next += 1_000_000
            }
        }
        let rt = ScriptDemos.source(demo).runtime
        let rec = Recorder(header: RecordingHeader(gmpscopeVersion: "t", programName: name, source: "", seed: 1,
                                                   procs: demo.gomaxprocs, gogc: 100), runtime: rt)
        while rec.stepAndRecord(rt) {}
        let file = try Recording(bytes: rec.finish())
        #expect(file.damage == [])
        #expect(file.end?.eventHash == reference.events.hash)
        #expect(SchedtraceExport.export(file, periodMs: 1) == expected)
    }
}
