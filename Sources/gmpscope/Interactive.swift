// The visualiser's subcommand glue: the root command and `run` (without
// --headless) call `Interactive.run…`; `demo NAME` is `DemoCommand`. Builds a
// `RuntimeSource` over the real runtime + interpreter and hands it to the
// ncurses visualiser (NcursesDriver.runInteractive).
import ArgumentParser
import Demos
import Foundation
import GoFrontend
import GoRuntime
import GoVM
import NcursesDriver
import Recording
import TerminalUI

/// How the visualiser looks and starts; shared by the root command, `run` and `demo`.
struct InteractiveOptions: ParsableArguments {
    @Flag(name: .long, help: "No colours (also when NO_COLOR is set); glyphs still tell every state apart.")
    var mono = false
    @Flag(name: .long, help: "ASCII instead of Unicode line drawing, for terminals without it.")
    var ascii = false
    @Flag(name: .long, help: "Start playing instead of paused at step 0.")
    var play = false
    @Option(name: .long, help: "Playback speed in events per second (0 = as fast as the machine goes).")
    var speed: Int? = nil
    @Flag(name: .customLong("no-mouse"), help: "Leave the mouse to the terminal (text selection).")
    var noMouse = false
    @Option(name: .customLong("break-on"), help: "Pause when this happens: gN, steal, preempt, handoff, gc, chN.")
    var breakOn: String? = nil

    func validate() throws {
        if let b = breakOn, BreakCondition.parse(b) == nil {
            throw ValidationError("--break-on: expected gN, steal, preempt, handoff, gc or chN, got '\(b)'")
        }
        if let s = speed, s < 0 { throw ValidationError("--speed must be 0 (max) or more events per second") }
    }

    var driverOptions: NcursesDriver.InteractiveOptions {
        var o = NcursesDriver.InteractiveOptions()
        o.mono = mono
        o.ascii = ascii
        o.play = play
        o.speed = speed
        o.mouse = !noMouse
        o.breakOn = breakOn.flatMap(BreakCondition.parse)
        return o
    }
}

/// `gmpscope demo NAME`: open a built-in demo in the visualiser.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "demo", abstract: "Open a built-in demo in the visualiser.")

    @Argument(help: "The demo's name (see `gmpscope demos`).")
    var name: String
    @OptionGroup var options: RunOptions
    @OptionGroup var ui: InteractiveOptions

    mutating func run() throws {
        throw ExitCode(Interactive.runDemo(name: name, options: options, ui: ui))
    }
}

enum Interactive {
    /// `r` in the visualiser: record the session from the current step into
    /// `gmpscope-NAME-stepN.gmprec` (Sources/Recording), including where the
    /// presenter paused.
    static func recordingHooks(text: String, fileName: String, options: RunOptions) -> RecordingHooks<RuntimeSource> {
        final class Session { var recorder: Recorder?; var path = "" }
        let session = Session()
        var name = String(fileName.split(separator: "/").last ?? "program")
        if name.hasSuffix(".go") { name.removeLast(3) }
        return RecordingHooks(
            start: { source in
                session.path = "gmpscope-\(name)-step\(source.step).gmprec"
                session.recorder = Recorder(
                    header: RecordingCLI.header(text: text, name: fileName, options: options, startStep: source.step),
                    runtime: source.runtime)
                return nil
            },
            afterMove: { source in session.recorder?.record(source) },
            pause: { session.recorder?.markPause() },
            stop: {
                guard let r = session.recorder else { return "not recording" }
                session.recorder = nil
                do {
                    try r.write(to: session.path)
                    return "saved \(r.steps) steps (\(r.eventCount) events) to \(session.path)"
                } catch {
                    return "recording not saved: \(error)"
                }
            })
    }

    /// `gmpscope` with no arguments: the default demo (the seed's worker example).
    static func runDefault(options: RunOptions, ui: InteractiveOptions) -> Int32 {
        runDemo(name: EmbeddedDemos.defaultName, options: options, ui: ui)
    }

    /// `gmpscope demo NAME`.
    static func runDemo(name: String, options: RunOptions, ui: InteractiveOptions) -> Int32 {
        guard let demo = EmbeddedDemos.named(name) else {
            FileHandleOut.stderr("gmpscope: no demo named '\(name)'; `gmpscope demos` lists them\n")
            return 2
        }
        return run(source: demo.source, fileName: "demos/\(name).go", options: options, ui: ui)
    }

    /// `gmpscope run FILE.go` (without --headless).
    static func runFile(path: String, options: RunOptions, ui: InteractiveOptions) -> Int32 {
        // loadAndCheck gives the compiler's messages for a missing, binary or
        // non-main file; the text itself is read again for the Source pane.
        if case let .failure(d) = loadAndCheck(path: path) {
            FileHandleOut.stderr("# command-line-arguments\n" + d.formatted)
            return 1
        }
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        return run(source: text, fileName: path, options: options, ui: ui)
    }

    /// Checks and compiles the program, then opens the visualiser over it.
    static func run(source text: String, fileName: String, options: RunOptions, ui: InteractiveOptions) -> Int32 {
        switch makeSource(text: text, fileName: fileName, options: options) {
        case let .failure(failure):
            FileHandleOut.stderr(failure.message)
            return 1
        case let .success(source):
            return runInteractive(source, options: ui.driverOptions,
                                  recording: recordingHooks(text: text, fileName: fileName, options: options))
        }
    }

    /// A time-travelling source over the real runtime running the interpreter.
    struct Failure: Error { var message: String }

    static func makeSource(text: String, fileName: String, options: RunOptions) -> Result<RuntimeSource, Failure> {
        let checked: CheckedProgram
        switch parseAndCheck(source: text, fileName: fileName) {
        case let .failure(d): return .failure(Failure(message: "# command-line-arguments\n" + d.formatted))
        case let .success(cp): checked = cp
        }
        let program: Program
        do {
            program = try Compiler.compile(checked, fileName: fileName)
        } catch {
            return .failure(Failure(message: "\(fileName):\(error)\n"))
        }
        let rt = options.makeRuntime(program)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map {
            SourceLine(text: String($0.element), line: $0.offset + 1)
        }
        return .success(RuntimeSource(runtime: rt, programName: fileName, sourceLines: lines))
    }
}
