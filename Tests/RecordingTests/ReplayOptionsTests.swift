// A recording replays exactly whatever run options it was made with: the
// real gmpscope binary (built by `swift test` next to the tests) records a
// small program with each option, `gmpscope verify` re-simulates it, and the
// re-simulation's event-log hash must equal the file's. Also: format
// version 1 files (which stored seed, GOMAXPROCS and GOGC only) still open,
// export and replay; `r` in the visualiser stores the options too.
import Foundation
import Testing
@testable import Recording

/// A small program whose run every option changes: it allocates enough for
/// `--heap-minimum` to start cycles early, a cycle runs while a goroutine
/// stores pointers (gctrace, the barrier), and a select between two ready
/// channels draws on the seed.
private let program = """
    package main

    import (
    \t"fmt"
    \t"runtime"
    )

    type Node struct {
    \tNext *Node
    \tVal  int
    }

    var keep *Node

    func build(n int) *Node {
    \tvar head *Node
    \tfor i := 0; i < n; i++ {
    \t\thead = &Node{Next: head, Val: i}
    \t}
    \treturn head
    }

    func main() {
    \tdone := make(chan bool)
    \tgo func() {
    \t\tfor i := 0; i < 20; i++ {
    \t\t\tkeep = build(100)
    \t\t}
    \t\tdone <- true
    \t}()
    \truntime.GC()
    \t<-done
    \ta, b := make(chan int, 1), make(chan int, 1)
    \tfromA := 0
    \tfor i := 0; i < 8; i++ {
    \t\ta <- 1
    \t\tb <- 2
    \t\tselect {
    \t\tcase <-a:
    \t\t\tfromA++
    \t\t\t<-b
    \t\tcase <-b:
    \t\t\t<-a
    \t\t}
    \t}
    \tfmt.Println(keep.Val, fromA > 0)
    }

    """

/// One option (or pair) as given on the command line, what the header must
/// hold for it, and whether it changes the event log (schedtrace only prints).
struct RecordedOption: CustomTestStringConvertible, Sendable {
    var args: [String]
    var header: [RecordingHeader.Option]
    var procs = 4, seed: UInt64 = 1, gogc = 100
    var changesTheRun = true
    var testDescription: String { args.joined(separator: " ") }
}

private let optionCases: [RecordedOption] = [
    RecordedOption(args: ["--heap-minimum", "16384"], header: [.init(name: "heap-minimum", value: "16384")]),
    RecordedOption(args: ["--no-write-barrier"], header: [.init(name: "no-write-barrier", value: "true")]),
    RecordedOption(args: ["--gctrace"], header: [.init(name: "gctrace", value: "true")]),
    RecordedOption(args: ["--gogc", "50"], header: [], gogc: 50),
    RecordedOption(args: ["--gogc", "off"], header: [], gogc: -1),
    RecordedOption(args: ["--schedtrace", "1"], header: [.init(name: "schedtrace", value: "1")], changesTheRun: false),
    RecordedOption(args: ["--procs", "2"], header: [], procs: 2),
    RecordedOption(args: ["--seed", "7"], header: [], seed: 7),
    RecordedOption(args: ["--heap-minimum", "16384", "--gctrace", "--no-write-barrier", "--procs", "3", "--seed", "5"],
                   header: [.init(name: "heap-minimum", value: "16384"), .init(name: "gctrace", value: "true"),
                            .init(name: "no-write-barrier", value: "true")], procs: 3, seed: 5),
]

@Suite(.serialized) struct ReplayOptionsTests {
    /// Each option is stored in the header (format version 2) and replays to
    /// the recorded event-log hash; the option really changes the run (its
    /// hash differs from the default run's), so a replay that dropped it would fail.
    @Test(arguments: optionCases)
    func recordingWithOptionReplaysExactly(_ option: RecordedOption) throws {
        let dir = try TempDir()
        let prog = try dir.write("prog.go", program)
        let plain = try dir.record(prog, "plain.gmprec", [])
        let path = try dir.record(prog, "opt.gmprec", option.args)
        let rec = try Recording.open(path: path)
        #expect(rec.formatVersion == 2)
        #expect(rec.header.options == option.header)
        #expect(rec.header.procs == option.procs && rec.header.seed == option.seed && rec.header.gogc == option.gogc)
        let end = try #require(rec.end)
        let verify = try Binary.run(["verify", path])
        #expect(verify.status == 0, "\(verify.output)")
        #expect(verify.output.contains("event-log hash \(hex(end.eventHash)) over \(end.eventCount) events equals the recording's"),
                "\(verify.output)")
        let plainEnd = try #require(try Recording.open(path: plain).end)
        #expect((plainEnd.eventHash != end.eventHash) == option.changesTheRun)
    }

    /// A header naming an option this gmpscope does not know is not
    /// re-simulated (the events still play), and `verify` says why.
    @Test func unknownOptionIsNotReplayed() throws {
        let dir = try TempDir()
        let prog = try dir.write("prog.go", program)
        let path = try dir.record(prog, "opt.gmprec", ["--gctrace"])
        let odd = try replaceOptionName(in: Array(try Data(contentsOf: URL(fileURLWithPath: path))), "gctrace", with: "gcfancy")
        #expect(try Recording(bytes: odd).header.options == [.init(name: "gcfancy", value: "true")])
        try Data(odd).write(to: URL(fileURLWithPath: dir.path("odd.gmprec")))
        let verify = try Binary.run(["verify", dir.path("odd.gmprec")])
        #expect(verify.status == 1)
        #expect(verify.output.contains("not re-simulated (this gmpscope cannot replay the recording's options: it was made with --gcfancy, which this gmpscope does not know)"),
                "\(verify.output)")
    }

    /// A version 1 file made by gmpscope 0.1.0 (before the options were
    /// stored) still opens and exports; its header's options are informational.
    @Test func versionOneFileOpens() throws {
        let rec = try Recording(bytes: versionOneFixture)
        #expect(rec.formatVersion == 1)
        #expect(rec.damage.isEmpty)
        #expect(rec.header.programName == "tiny.go")
        #expect(rec.header.seed == 3 && rec.header.procs == 2 && rec.header.gogc == 100)
        #expect(rec.header.options.map(\.name) == ["procs", "seed", "gogc"])
        #expect(rec.steps == 9 && rec.eventCount == 47)
        #expect(rec.end?.eventCount == 51)
        #expect(rec.prelude.count == 4)
        var lines: [String] = []
        JSONLExport.export(rec, write: { lines.append($0) })
        let text = lines.joined()
        #expect(text.split(separator: "\n").count == 51)
        #expect(text.hasPrefix(#"{"seq":0,"time":0,"p":-1,"m":0,"g":0,"area":"sched","ev":"ProcResize","old":0,"new":2"#))
        #expect(text.contains(#""text":"write(2, 3 bytes)""#))
        #expect(text.hasSuffix(#""text":"program exits with status 0"}"# + "\n"))
    }

    /// A version 1 file replays with seed, GOMAXPROCS and GOGC from its
    /// header (its option list is not read); one made with another option
    /// could not replay, which is why version 2 stores them. (The files are
    /// version 2 recordings of this engine relabelled as version 1: the
    /// layout is the same.)
    @Test func versionOneFileReplaysWithItsTypedOptions() throws {
        let dir = try TempDir()
        let prog = try dir.write("prog.go", program)
        for (args, replays) in [(["--procs", "2", "--seed", "7", "--gogc", "50"], true), (["--heap-minimum", "16384"], false)] {
            let v2 = try dir.record(prog, "v2.gmprec", args)
            let v1 = dir.path("v1.gmprec")
            try Data(relabelAsVersionOne(Array(try Data(contentsOf: URL(fileURLWithPath: v2))))).write(to: URL(fileURLWithPath: v1))
            let rec = try Recording.open(path: v1)
            #expect(rec.formatVersion == 1 && rec.damage.isEmpty)
            let verify = try Binary.run(["verify", v1])
            #expect((verify.status == 0) == replays, "\(args): \(verify.output)")
            if replays {
                #expect(verify.output.contains("(format version 1, replayed with --procs 2 --seed 7 --gogc 50)"), "\(verify.output)")
            }
        }
    }

    /// `r` in the visualiser records through the same header: a session
    /// opened with options, recorded from step 3 to 9, replays exactly.
    @Test func visualiserRecordingStoresTheOptions() throws {
        guard Binary.tmuxAvailable else { return }
        let dir = try TempDir()
        _ = try dir.write("prog.go", program)
        let session = "rec\(getpid())"
        let socket = dir.path("tmux.sock")
        let tmux = { (args: [String]) throws -> Binary.Result in try Binary.shell(["tmux", "-S", socket] + args) }
        let bin = try #require(Binary.path)
        let command = "cd \(shellQuote(dir.url.path)) && TERM=xterm-256color \(shellQuote(bin)) run --heap-minimum 16384 --gctrace --seed 5 prog.go; sleep 30"
        _ = try tmux(["new-session", "-d", "-s", session, "-x", "160", "-y", "50", "sh", "-c", command])
        defer { _ = try? tmux(["kill-server"]) }
        func waitForScreen(_ text: String) throws {
            for _ in 0..<300 {
                if (try? tmux(["capture-pane", "-p", "-t", session]).output.contains(text)) == true { return }
                Thread.sleep(forTimeInterval: 0.05)
            }
            Issue.record("timed out waiting for \(text): \((try? tmux(["capture-pane", "-p", "-t", session]).output) ?? "")")
            throw CancellationError()
        }
        try waitForScreen("step 0")
        for _ in 0..<3 { _ = try tmux(["send-keys", "-t", session, "n"]) }
        try waitForScreen("step 3")
        _ = try tmux(["send-keys", "-t", session, "r"])
        try waitForScreen("REC")
        for _ in 0..<6 { _ = try tmux(["send-keys", "-t", session, "n"]) }
        try waitForScreen("step 9")
        _ = try tmux(["send-keys", "-t", session, "r"])
        try waitForScreen("saved 6 steps")
        let path = dir.path("gmpscope-prog-step3.gmprec")
        let rec = try Recording.open(path: path)
        #expect(rec.header.startStep == 3 && rec.steps == 6)
        #expect(rec.header.seed == 5)
        #expect(rec.header.options == [.init(name: "heap-minimum", value: "16384"), .init(name: "gctrace", value: "true")])
        let verify = try Binary.run(["verify", path])
        #expect(verify.status == 0, "\(verify.output)")
        #expect(verify.output.contains("replayed with --procs 4 --seed 5 --gogc 100 --heap-minimum 16384 --gctrace"), "\(verify.output)")
    }
}

// MARK: - helpers

private func hex(_ v: UInt64) -> String {
    let h = String(v, radix: 16)
    return "0x" + String(repeating: "0", count: 16 - h.count) + h
}

/// A version 2 file relabelled as version 1: the version bytes, then the end
/// record's whole-file checksum and the end chunk's own checksum recomputed.
private func relabelAsVersionOne(_ bytes: [UInt8]) throws -> [UInt8] {
    var b = bytes
    b[6] = 1; b[7] = 0
    return try resealEnd(b)
}

/// The file with the end chunk's checksums recomputed (it is the last chunk:
/// tag, length, payload ending in the u64le file checksum, u64le chunk checksum).
private func resealEnd(_ bytes: [UInt8]) throws -> [UInt8] {
    var b = bytes
    // Find the end chunk by walking the chunks from the first one.
    var r = ByteReader(b, from: 6 + 2, context: "test")
    _ = try r.rawString()
    var pos = r.pos
    while pos < b.count {
        var c = ByteReader(b, from: pos, context: "test")
        let tag = try c.u8()
        let len = Int(try c.uvar())
        let start = c.pos
        if tag == RecordingFormat.Tag.end.rawValue {
            let sumAt = start + len - 8
            put64(&b, at: sumAt, fnv64(b[0..<pos]))
            put64(&b, at: start + len, fnv64(b[start..<start + len]))
            return b
        }
        pos = start + len + 8
    }
    throw TestFailure("no end chunk")
}

private func put64(_ b: inout [UInt8], at i: Int, _ v: UInt64) {
    for k in 0..<8 { b[i + k] = UInt8(truncatingIfNeeded: v >> (8 * UInt64(k))) }
}

/// The header chunk with one option name replaced by another of the same
/// length, checksums recomputed.
private func replaceOptionName(in bytes: [UInt8], _ old: String, with new: String) throws -> [UInt8] {
    precondition(old.utf8.count == new.utf8.count)
    var b = bytes
    let o = Array(old.utf8), n = Array(new.utf8)
    var r = ByteReader(b, from: 8, context: "test")
    _ = try r.rawString()
    var c = ByteReader(b, from: r.pos, context: "test")
    _ = try c.u8()
    let len = Int(try c.uvar())
    let start = c.pos
    guard let at = (start..<start + len - o.count).last(where: { Array(b[$0..<$0 + o.count]) == o }) else {
        throw TestFailure("option \(old) not in the header")
    }
    b.replaceSubrange(at..<at + o.count, with: n)
    put64(&b, at: start + len, fnv64(b[start..<start + len]))
    return try resealEnd(b)
}

struct TestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }
}

/// A temporary directory removed when the value goes away.
final class TempDir {
    let url: URL
    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("gmpscope-rec-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(at: url) }
    func path(_ name: String) -> String { url.appendingPathComponent(name).path }
    func write(_ name: String, _ text: String) throws -> String {
        try text.write(toFile: path(name), atomically: true, encoding: .utf8)
        return path(name)
    }
    /// `gmpscope record PROG -o NAME ARGS…`; returns the recording's path.
    func record(_ prog: String, _ name: String, _ args: [String]) throws -> String {
        let r = try Binary.run(["record", prog, "-o", path(name)] + args)
        guard r.status == 0 else { throw TestFailure("gmpscope record \(args) failed: \(r.output)") }
        return path(name)
    }
}

/// The gmpscope binary next to the test bundle (`swift test` builds it), or `GMPSCOPE_BIN`.
enum Binary {
    typealias Result = (status: Int32, output: String)

    static var path: String? {
        if let p = ProcessInfo.processInfo.environment["GMPSCOPE_BIN"] { return p }
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [bundle, bundle.deletingLastPathComponent()] {
            let p = candidate.appendingPathComponent("gmpscope").path
            if FileManager.default.isExecutableFile(atPath: p) { return p }
        }
        return nil
    }

    static func run(_ args: [String]) throws -> Result {
        guard let bin = path else { throw TestFailure("gmpscope binary not found next to the tests; set GMPSCOPE_BIN") }
        return try shell([bin] + args)
    }

    static var tmuxAvailable: Bool { (try? shell(["tmux", "-V"]).status) == 0 }

    /// Runs a command through `sh` with stdout and stderr in a temporary file
    /// (a tmux server keeps inherited pipes open, so no pipes).
    static func shell(_ args: [String]) throws -> Result {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("gmpscope-rec-out-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: file) }
        let raw = system(args.map(shellQuote).joined(separator: " ") + " </dev/null >\(shellQuote(file.path)) 2>&1")
        let status = raw == -1 ? -1 : (raw >> 8) & 0xFF
        return (status, String(decoding: (try? Data(contentsOf: file)) ?? Data(), as: UTF8.self))
    }
}

func shellQuote(_ s: String) -> String {
    if !s.isEmpty, s.allSatisfy({ $0.isLetter || $0.isNumber || "-_./=:,".contains($0) }) { return s }
    return "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'"
}
