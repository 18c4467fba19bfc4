import Foundation
import Testing

/// The real binary under tmux (installed by `.ci/run`): start at 120x40,
/// wait for the first frame, step, pause, step back, help, resize to 100x30
/// and 90x20, quit; and Ctrl-C and SIGTERM. Each checks the screen through
/// `capture-pane` and that the terminal is restored afterwards.
@Suite(.serialized) struct InteractiveEndToEndTests {
    /// The step number in the header line.
    static func step(_ screen: String) -> Int? {
        guard let line = screen.split(separator: "\n").first, let r = line.range(of: "step ") else { return nil }
        return Int(line[r.upperBound...].prefix { $0.isNumber })
    }

    static func requireTools() throws {
        try #require(TmuxSession.tmuxAvailable, "tmux is needed (.ci/run installs it)")
        try #require(TmuxSession.binary != nil, "the gmpscope binary is not next to the tests; build it or set GMPSCOPE_BIN")
    }

    /// After exit: status, tmux's view of the pane, and the shell's terminal modes.
    static func expectRestored(_ t: TmuxSession, status: String) throws {
        let record = try t.exitRecord()
        #expect(record.hasPrefix("exit=\(status) "), "exit record: \(record)")
        #expect(record.contains("icanon") && !record.contains("-icanon"), "canonical mode restored: \(record)")
        #expect(record.contains("echo") && !record.contains("-echo"), "echo restored: \(record)")
        let flags = try t.paneFlags()
        #expect(flags == "alternate=0 cursor=1", "tmux sees \(flags)")
        #expect(!(try t.screen()).contains("Processors"), "the alternate screen is gone")
    }

    @Test func stepPauseBackHelpResizeQuit() throws {
        try Self.requireTools()
        let t = try TmuxSession(width: 120, height: 40, arguments: [])
        defer { t.close() }
        // The whole first frame (the key bar is its last row): a capture can catch a frame half written.
        var screen = try t.waitFor("first frame") { $0.contains("Processors") && $0.contains("help") }
        #expect(Self.step(screen) == 0)
        #expect(screen.contains("paused"))
        #expect(screen.contains("Goroutines") && screen.contains("Events") && screen.contains("q quit"))
        for _ in 0..<3 { try t.send("n") }
        screen = try t.waitFor("step 3") { Self.step($0) == 3 }
        let atThree = screen
        try t.send("n")
        try t.waitFor("step 4") { Self.step($0) == 4 }
        try t.send("Left")   // step back: exactly the frame shown at step 3
        screen = try t.waitFor("step 3 again") { Self.step($0) == 3 }
        #expect(screen == atThree)
        try t.send("Space")  // play …
        try t.waitFor("playing") { !$0.contains("paused") }
        try t.send("Space")  // … and pause
        screen = try t.waitFor(text: "paused")
        let paused = Self.step(screen) ?? -1
        #expect(paused >= 3)
        Thread.sleep(forTimeInterval: 0.3)
        #expect(Self.step(try t.screen()) == paused, "nothing moves while paused")
        try t.send("?")
        try t.waitFor(text: "any key closes")
        try t.send("Escape")
        try t.waitFor("help closed") { !$0.contains("any key closes") }
        try t.resize(width: 100, height: 30)
        screen = try t.waitFor("100x30 layout") { $0.split(separator: "\n").first.map { $0.count <= 100 } == true && $0.contains("Processors") }
        #expect(screen.split(separator: "\n").count <= 30)
        try t.resize(width: 90, height: 20)
        screen = try t.waitFor(text: "needs a terminal of at least 100x30")
        #expect(screen.contains("this one is 90x20"))
        try t.resize(width: 120, height: 40)
        try t.waitFor(text: "Processors")
        try t.send("q")
        try Self.expectRestored(t, status: "0")
    }

    @Test func ctrlCRestoresTheTerminal() throws {
        try Self.requireTools()
        let t = try TmuxSession(width: 120, height: 40, arguments: ["--play"])
        defer { t.close() }
        try t.waitFor(text: "Processors")
        try t.send("C-c")
        try Self.expectRestored(t, status: "130")
    }

    @Test func sigtermRestoresTheTerminal() throws {
        try Self.requireTools()
        let t = try TmuxSession(width: 120, height: 40, arguments: [])
        defer { t.close() }
        try t.waitFor(text: "Processors")
        let pid = try #require(try t.appPID())
        kill(pid, SIGTERM)
        try Self.expectRestored(t, status: "143")
    }

    /// CPU time (utime + stime, clock ticks) of a process from /proc.
    static func cpuTicks(_ pid: Int32) throws -> Int {
        let stat = try String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)
        let fields = stat[stat.range(of: ")")!.upperBound...].split(separator: " ")
        return Int(fields[11])! + Int(fields[12])!   // fields 14 and 15 of the whole line
    }

    @Test func pausedUsesNoCPU() throws {
        try Self.requireTools()
        let t = try TmuxSession(width: 120, height: 40, arguments: [])
        defer { t.close() }
        try t.waitFor(text: "paused")
        let pid = try #require(try t.appPID())
        let before = try Self.cpuTicks(pid)
        Thread.sleep(forTimeInterval: 5)
        let used = try Self.cpuTicks(pid) - before
        let hz = Double(sysconf(Int32(_SC_CLK_TCK)))
        let percent = Double(used) / hz / 5 * 100
        print("CPU while paused over 5 s: \(used) ticks = \(percent) %")
        #expect(percent < 1, "paused for 5 s used \(percent) % CPU")
        try t.send("q")
        try Self.expectRestored(t, status: "0")
    }

    @Test func notATerminalPointsToHeadless() throws {
        let binary = try #require(TmuxSession.binary)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: binary)
        p.arguments = []
        let err = Pipe()
        p.standardError = err
        p.standardOutput = Pipe()
        p.standardInput = Pipe()
        try p.run()
        let data = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        let message = String(decoding: data, as: UTF8.self)
        #expect(p.terminationStatus == 2)
        #expect(message.contains("must be a terminal"))
        #expect(message.contains("--headless"))
    }

    @Test func monochromeAndASCIIStillReadable() throws {
        try Self.requireTools()
        let t = try TmuxSession(width: 120, height: 40, arguments: ["--ascii"], environment: ["NO_COLOR": "1"])
        defer { t.close() }
        let screen = try t.waitFor(text: "Processors")
        #expect(screen.contains("+ Processors"))
        #expect(!screen.contains("─") && !screen.contains("│"))
        let colours = try t.screenWithColours()
        // No colour SGR codes (30–37, 38;5, 90–97) in monochrome; attributes only.
        #expect(colours.range(of: "\u{1b}\\[[0-9;]*(3[0-7]|38;5;[0-9]+|9[0-7])m", options: .regularExpression) == nil)
        try t.send("q")
        try Self.expectRestored(t, status: "0")
    }
}
