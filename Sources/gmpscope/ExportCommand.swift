// `gmpscope export REC --format perfetto|asciicast|jsonl|schedtrace -o OUT`.
import ArgumentParser
import GoRuntime
import Recording
import TerminalUI
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: "Export a recording (perfetto, asciicast, jsonl, schedtrace).")

    enum Format: String, ExpressibleByArgument, CaseIterable { case perfetto, asciicast, jsonl, schedtrace }

    @Argument(help: "The recording.")
    var file: String
    @Option(name: .long, help: "perfetto (Chrome Trace Event JSON), asciicast (v2), jsonl (the event log) or schedtrace.")
    var format: Format
    @Option(name: .shortAndLong, help: "The file to write (- for stdout).")
    var output: String
    @Option(name: .long, help: "schedtrace: milliseconds of simulated time between SCHED lines.")
    var period: Int = 1
    @Option(name: .long, help: "asciicast: terminal width.")
    var width: Int = 120
    @Option(name: .long, help: "asciicast: terminal height.")
    var height: Int = 40
    @Option(name: .long, help: "asciicast: frames per second.")
    var fps: Int = 10
    @Option(name: .long, help: "asciicast: visualiser steps per second of the cast.")
    var speed: Int = 20
    @Option(name: .customLong("max-frames"), help: "asciicast: stop after this many frames (0 = all).")
    var maxFrames: Int = 0
    @Flag(name: .long, help: "asciicast: ASCII glyphs instead of Unicode line drawing.")
    var ascii = false

    func validate() throws {
        if period < 1 { throw ValidationError("--period must be at least 1 ms") }
        if width < 20 || height < 10 { throw ValidationError("--width/--height: at least 20×10") }
        if fps < 1 || speed < 1 { throw ValidationError("--fps and --speed must be at least 1") }
    }

    mutating func run() throws {
        var text: [String] = []
        let emit: (String) -> Void = { text.append($0) }
        switch format {
        case .asciicast:
            switch RecordingCLI.openPlayer(path: file) {
            case let .failure(f): FileHandleOut.stderr(f.message); throw ExitCode(1)
            case let .success(player):
                warn(player.notices)
                var o = AsciicastExport.Options()
                o.width = width; o.height = height; o.fps = fps; o.stepsPerSecond = speed
                o.maxFrames = maxFrames; o.glyphs = ascii ? .ascii : .unicode
                var src = player
                AsciicastExport.export(source: &src, options: o, write: emit)
            }
        default:
            let rec: Recording
            do { rec = try Recording.open(path: file) } catch {
                FileHandleOut.stderr("gmpscope: \(error)\n"); throw ExitCode(1)
            }
            warn(rec.damage.map { "recording: \($0.message)" })
            switch format {
            case .perfetto: emit(PerfettoExport.export(rec))
            case .jsonl: JSONLExport.export(rec, write: emit)
            case .schedtrace: for l in SchedtraceExport.export(rec, periodMs: period) { emit(l + "\n") }
            case .asciicast: break
            }
        }
        let bytes = Array(text.joined().utf8)
        if output == "-" {
            FileHandleOut.write(1, bytes[...])
            return
        }
        do { try Recorder.atomicWrite(bytes, to: output) } catch {
            FileHandleOut.stderr("gmpscope: \(error)\n"); throw ExitCode(1)
        }
    }

    func warn(_ notices: [String]) { for n in notices { FileHandleOut.stderr("gmpscope: \(n)\n") } }
}
