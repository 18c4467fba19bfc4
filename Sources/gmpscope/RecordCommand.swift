// `gmpscope record FILE.go -o demo.gmprec [--steps N | --until-exit] [run options]`:
// runs the program without a terminal, step by step as the visualiser would,
// and writes a recording (docs/recordings.md) via a temporary file + rename.
import ArgumentParser
import Demos
import GoFrontend
import GoRuntime
import Recording
import TerminalUI
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

struct RecordCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "record", abstract: "Record a run of a Go program (or a built-in demo) to a .gmprec file.")

    @Argument(help: "The Go source file, or demo:NAME for a built-in demo.")
    var file: String
    @Option(name: .shortAndLong, help: "The recording to write.")
    var output: String
    @Option(name: .long, help: "Record this many visualiser steps (default: until the program exits).")
    var steps: Int? = nil
    @Flag(name: .customLong("until-exit"), help: "Record until the program exits (the default).")
    var untilExit = false
    @OptionGroup var options: RunOptions

    func validate() throws {
        if let s = steps, s < 0 { throw ValidationError("--steps must be 0 or more") }
        if steps != nil && untilExit { throw ValidationError("--steps and --until-exit exclude each other") }
    }

    mutating func run() throws {
        let loaded: (text: String, name: String)
        switch RecordingCLI.loadProgram(file) {
        case let .failure(f): FileHandleOut.stderr(f.message); throw ExitCode(1)
        case let .success(l): loaded = l
        }
        let source: RuntimeSource
        switch Interactive.makeSource(text: loaded.text, fileName: loaded.name, options: options) {
        case let .failure(f): FileHandleOut.stderr(f.message); throw ExitCode(1)
        case let .success(s): source = s
        }
        let recorder = Recorder(header: RecordingCLI.header(text: loaded.text, name: loaded.name, options: options),
                                runtime: source.runtime)
        let limit = steps ?? Int.max
        while recorder.steps < limit && recorder.stepAndRecord(source.runtime) {}
        do {
            try recorder.write(to: output)
        } catch {
            FileHandleOut.stderr("gmpscope: \(error)\n")
            throw ExitCode(1)
        }
        let size = RecordingCLI.fileSize(output)
        let per = recorder.eventCount > 0 ? Double(size) / Double(recorder.eventCount) : 0
        FileHandleOut.stderr("recorded \(recorder.steps) steps, \(recorder.eventCount) events in \(size) bytes (\(RecordingCLI.fixed1(per)) B/event) to \(output)\n")
    }
}

/// `gmpscope verify X.gmprec`: re-simulates a recording with this gmpscope, as
/// `play` does on the way, and checks every step's events and the final
/// event-log hash against the file. Exit status 0 when the run is identical.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify", abstract: "Re-simulate a recording and check that this gmpscope runs it identically.")

    @Argument(help: "The recording.")
    var file: String

    mutating func run() throws {
        let player: RecordingSource
        switch RecordingCLI.openPlayer(path: file) {
        case let .failure(f): FileHandleOut.stderr(f.message); throw ExitCode(1)
        case let .success(s): player = s
        }
        let rec = player.recording
        player.seek(step: rec.steps)
        for n in player.notices { FileHandleOut.stderr("gmpscope: \(n)\n") }
        guard let log = player.engineLog, player.divergedAt == nil, player.verified == rec.steps else {
            FileHandleOut.stderr("gmpscope: \(file): not verified\n")
            throw ExitCode(1)
        }
        guard let end = rec.end, rec.damage.isEmpty else {
            FileHandleOut.stderr("gmpscope: \(file): the \(rec.steps) intact steps verified, but the recording is damaged\n")
            throw ExitCode(1)
        }
        guard end.eventHash == log.hash, end.eventCount == log.count else {
            FileHandleOut.stderr("gmpscope: \(file): every step verified, but the event log ends with \(log.count) events (hash \(RecordingCLI.hex(log.hash))), the recording with \(end.eventCount) (hash \(RecordingCLI.hex(end.eventHash)))\n")
            throw ExitCode(1)
        }
        let args = (try? RunOptions.recorded(rec.header, formatVersion: rec.formatVersion)).map(RecordingCLI.commandLine) ?? ""
        print("verified \(rec.steps) steps, \(rec.eventCount) events (format version \(rec.formatVersion), replayed with \(args)): event-log hash \(RecordingCLI.hex(log.hash)) over \(log.count) events equals the recording's")
    }
}

enum RecordingCLI {
    /// `0x` and 16 hex digits.
    static func hex(_ v: UInt64) -> String {
        let h = String(v, radix: 16)
        return "0x" + String(repeating: "0", count: 16 - h.count) + h
    }

    /// The run options as a command line (`--procs 4 --seed 1 --gogc 100 --gctrace`).
    static func commandLine(_ o: RunOptions) -> String {
        var parts = ["--procs \(o.procs)", "--seed \(o.seed)", "--gogc \(o.gogc < 0 ? "off" : String(o.gogc))"]
        for opt in o.recordedOptions {
            parts.append(RunOptions.recordedOptionIsFlag[opt.name] == true ? "--\(opt.name)" : "--\(opt.name) \(opt.value)")
        }
        return parts.joined(separator: " ")
    }

    struct Failure: Error { var message: String }

    /// The program text and its display name: a file, or `demo:NAME`.
    static func loadProgram(_ arg: String) -> Result<(text: String, name: String), Failure> {
        if arg.hasPrefix("demo:") {
            let name = String(arg.dropFirst(5))
            guard let demo = EmbeddedDemos.named(name) else {
                return .failure(Failure(message: "gmpscope: no demo named '\(name)'; `gmpscope demos` lists them\n"))
            }
            return .success((demo.source, "demos/\(name).go"))
        }
        if case let .failure(d) = loadAndCheck(path: arg) {
            return .failure(Failure(message: "# command-line-arguments\n" + d.formatted))
        }
        guard let bytes = readWholeFile(arg) else { return .failure(Failure(message: "gmpscope: cannot read \(arg)\n")) }
        return .success((String(decoding: bytes, as: UTF8.self), arg))
    }

    /// The header of a recording of this run (`record`, and `r` in the visualiser).
    static func header(text: String, name: String, options: RunOptions, startStep: Int = 0) -> RecordingHeader {
        RecordingHeader(gmpscopeVersion: RecordingFormat.writerVersion, programName: name, source: text,
                        seed: options.seed, procs: max(1, options.procs), gogc: options.gogc,
                        options: options.recordedOptions, startStep: startStep)
    }

    /// Opens a recording for playback: re-simulation over a runtime built as
    /// the recorded run's was (`RunOptions.recorded` → `makeRuntime`), checked step by step.
    static func openPlayer(path: String, pauseAt: [Int] = []) -> Result<RecordingSource, Failure> {
        let rec: Recording
        do { rec = try Recording.open(path: path) } catch {
            return .failure(Failure(message: "gmpscope: \(error)\n"))
        }
        let opts: RunOptions
        do { opts = try RunOptions.recorded(rec.header, formatVersion: rec.formatVersion) } catch {
            let why = RunOptions.message(for: error)
            return .success(RecordingSource(recording: rec, engine: nil, engineError: "this gmpscope cannot replay the recording's options: \(why)", pauseAt: pauseAt))
        }
        switch Interactive.makeSource(text: rec.header.source, fileName: rec.header.programName, options: opts) {
        case let .success(engine):
            return .success(RecordingSource(recording: rec, engine: engine, pauseAt: pauseAt))
        case let .failure(f):
            let first = f.message.split(separator: "\n").dropFirst().first.map(String.init) ?? f.message
            return .success(RecordingSource(recording: rec, engine: nil,
                                            engineError: "this gmpscope cannot compile the recorded program: \(first)", pauseAt: pauseAt))
        }
    }

    static func readWholeFile(_ path: String) -> [UInt8]? {
        guard let f = fopen(path, "rb") else { return nil }
        defer { fclose(f) }
        var out: [UInt8] = []
        var buf = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buf.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, f) }
            if n > 0 { out.append(contentsOf: buf[0..<n]) }
            if n < buf.count { break }
        }
        return out
    }

    static func fileSize(_ path: String) -> Int {
        var st = stat()
        return stat(path, &st) == 0 ? Int(st.st_size) : 0
    }

    static func fixed1(_ x: Double) -> String {
        let t = Int((x * 10).rounded())
        return "\(t / 10).\(t % 10)"
    }
}
