import Foundation
import Testing

/// `gmpscope run prog.go --compare real.log` under tmux: the simulation of
/// pipeline.go beside the real Go 1.19 trace of it (TraceImportTests'
/// fixture, GOMAXPROCS=4, SCHED blocks at 0, 10, 25, 36 and 47 ms). Steps
/// the simulation, moves the real trace with `.` and `,`, swaps halves with
/// `x`, shrinks the terminal to one half, quits, and checks the terminal.
@Suite(.serialized) struct CompareEndToEndTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("TraceImportTests/Fixtures")

    /// "frame 2/6" in the compare bar (the real half's frame).
    static func realFrame(_ screen: String) -> String? {
        guard let bar = screen.split(separator: "\n").first, let r = bar.range(of: "frame ") else { return nil }
        return String(bar[r.upperBound...].prefix { $0 != " " })
    }

    @Test func stepsBothHalves() throws {
        try InteractiveEndToEndTests.requireTools()
        let prog = Self.fixtures.appendingPathComponent("pipeline.go").path
        let log = Self.fixtures.appendingPathComponent("pipeline.log").path
        let t = try TmuxSession(width: 200, height: 50, arguments: ["run", prog, "--compare", log])
        defer { t.close() }
        var screen = try t.waitFor("both halves") { $0.contains("REAL GO TRACE") && $0.contains("q quit") && $0.contains("│ REAL  pipeline.log") }
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0].contains("SIMULATED") && lines[0].contains("t=0ns") && lines[0].contains("SCHED 0ms  frame 1/6"))
        #expect(lines[1].hasPrefix(" SIMULATED  ") && lines[1].contains("step 0"))
        #expect(screen.contains("next ?") && screen.contains("lengths only"), "the real half draws lengths")
        let keyBar = lines.last { !$0.isEmpty } ?? ""
        #expect(keyBar.contains(". , real frame") && keyBar.contains("x sim only"), "key bar: \(keyBar)")
        // n: the simulation steps, the real half stays at the frame at or before its clock.
        try t.send("n")
        screen = try t.waitFor("step 1") { $0.contains("step 1 ") }
        #expect(Self.realFrame(screen) == "1/6")
        // .: the real trace leads to 10 ms, the simulation follows.
        try t.send(".")
        screen = try t.waitFor("real frame 2") { Self.realFrame($0) == "2/6" && $0.contains("real leads") }
        #expect(screen.contains("SCHED 10ms"))
        let simClock = screen.split(separator: "\n")[0]
        #expect(!simClock.contains("t=0ns"))
        try t.send(".")
        try t.waitFor("real frame 3") { Self.realFrame($0) == "3/6" }
        try t.send(",")
        screen = try t.waitFor("real frame 2 again") { Self.realFrame($0) == "2/6" }
        // x: the simulation alone, then the real trace alone, then both.
        try t.send("x")
        screen = try t.waitFor("simulation only") { $0.contains("x shows the real trace") }
        #expect(!screen.contains("│ REAL "))
        try t.send("x")
        screen = try t.waitFor("real only") { $0.split(separator: "\n").dropFirst().first?.hasPrefix(" REAL  pipeline.log") == true }
        try t.send("x")
        try t.waitFor("both again") { $0.contains("│ REAL  pipeline.log") }
        // A smaller terminal: one half, and the key bar says how to see the other.
        try t.resize(width: 120, height: 40)
        screen = try t.waitFor("one half at 120x40") { $0.contains("x shows the real trace") && $0.contains("x real only") }
        #expect(screen.split(separator: "\n").allSatisfy { $0.count <= 120 })
        try t.send("q")
        try InteractiveEndToEndTests.expectRestored(t, status: "0")
    }

    @Test func importCompareTextPrintsTheSameView() throws {
        let binary = try #require(TmuxSession.binary)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: binary)
        p.arguments = ["import", Self.fixtures.appendingPathComponent("pipeline.log").path,
                       "--compare", Self.fixtures.appendingPathComponent("pipeline.go").path, "--text", "--at", "10"]
        let out = Pipe()
        p.standardOutput = out
        p.standardError = Pipe()
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(p.terminationStatus == 0)
        #expect(lines.first?.hasPrefix("== simulated ") == true && lines.first?.hasSuffix("real pipeline.log frame 2 at 10ms ==") == true)
        #expect(lines.count >= 51 && lines[1].contains("real leads") && lines[2].contains("│ REAL  pipeline.log"))
    }

    /// `import -o` writes the container; `play` plays it like a recording (one frame per step).
    @Test func playAnImportedTrace() throws {
        try InteractiveEndToEndTests.requireTools()
        let binary = try #require(TmuxSession.binary)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gmpscope-e2e-play-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let container = dir.appendingPathComponent("real.gmprec").path
        let p = Process()
        p.executableURL = URL(fileURLWithPath: binary)
        p.arguments = ["import", Self.fixtures.appendingPathComponent("gcwork.log").path, "-o", container]
        p.standardOutput = Pipe()
        p.standardError = Pipe()
        try p.run()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        let t = try TmuxSession(width: 120, height: 40, arguments: ["play", container])
        defer { t.close() }
        var screen = try t.waitFor("first frame") { $0.contains("frame 1/9") && $0.contains("q quit") }
        #expect(screen.contains("gmpscope  gcwork.log  SCHED 0ms"))
        try t.send("]")   // the next frame with a gc line: frame 2 (SCHED 11ms, gc 1 and 2)
        screen = try t.waitFor("frame 2") { $0.contains("frame 2/9") }
        #expect(screen.contains("gctrace: live") && screen.contains("2 cycles"))
        try t.send("q")
        try InteractiveEndToEndTests.expectRestored(t, status: "0")
    }
}
