// `gmpscope tour NAME [--lang zh] [--print]`: plays a demo's guided tour in
// the visualiser (captions stop the run at their events); `--print` lists
// each caption's step and text instead.
import ArgumentParser
import Demos
import GoFrontend
import GoRuntime
import GoVM
import NcursesDriver
import TerminalUI
import Tours
#if canImport(Glibc)
import Glibc
#endif

struct TourCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tour",
        abstract: "Play a built-in demo with its guided tour (captions that stop at runtime events).")

    @Argument(help: "The demo's name (see `gmpscope demos`).")
    var name: String
    @Option(name: .long, help: "Caption language: en or zh.")
    var lang: String = "en"
    @Flag(name: .customLong("print"), help: "Print each caption's step and text instead of opening the visualiser.")
    var printOnly = false
    @OptionGroup var ui: InteractiveOptions

    func validate() throws {
        if TourLanguage(rawValue: lang) == nil { throw ValidationError("--lang: expected en or zh, got '\(lang)'") }
    }

    mutating func run() throws {
        throw ExitCode(TourRun.run(name: name, lang: TourLanguage(rawValue: lang) ?? .en, printOnly: printOnly, ui: ui))
    }
}

enum TourRun {
    static func run(name: String, lang: TourLanguage, printOnly: Bool, ui: InteractiveOptions) -> Int32 {
        guard let demo = EmbeddedDemos.named(name) else {
            FileHandleOut.stderr("gmpscope: no demo named '\(name)'; `gmpscope demos` lists them\n")
            return 2
        }
        let tour: Tour
        do {
            guard let t = try TourCatalog.tour(of: demo) else {
                FileHandleOut.stderr("gmpscope: demo '\(name)' has no tour; `gmpscope demo \(name)` opens it\n")
                return 2
            }
            tour = t
        } catch {
            FileHandleOut.stderr("\(error)\n")
            return 1
        }
        let file = "demos/\(name).go"
        // One run to find where each caption fires, a second one to play.
        let timeline: TourTimeline
        switch makeRuntime(demo.source, file: file, tour: tour) {
        case let .failure(f): FileHandleOut.stderr(f.message); return 1
        case let .success(rt): timeline = TourTimeline.record(runtime: rt)
        }
        let stops: [CaptionStop]
        do {
            stops = try tour.locate(in: timeline, file: "demos/\(name).tour")
        } catch {
            FileHandleOut.stderr("\(error)\n")
            return 1
        }
        if printOnly {
            var out = "\(tour.title(lang)) (\(name), seed \(tour.seed), \(tour.procs) Ps, \(timeline.steps) steps)\n"
            for s in stops {
                let c = tour.captions[s.caption]
                out += "step \(s.step) — \(c.trigger.text)\n  \(c.text(lang))\n"
            }
            print(out, terminator: "")
            return 0
        }
        guard case let .success(rt) = makeRuntime(demo.source, file: file, tour: tour) else { return 1 }
        let lines = demo.source.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map {
            SourceLine(text: String($0.element), line: $0.offset + 1)
        }
        let source = RuntimeSource(runtime: rt, programName: file, sourceLines: lines)
        return play(source, tour: tour, stops: stops, lang: lang, options: ui.driverOptions)
    }

    struct Failure: Error { var message: String }

    /// The demo compiled and loaded on a fresh runtime at the tour's seed and GOMAXPROCS.
    static func makeRuntime(_ text: String, file: String, tour: Tour) -> Result<Runtime, Failure> {
        let checked: CheckedProgram
        switch parseAndCheck(source: text, fileName: file) {
        case let .failure(d): return .failure(Failure(message: "# command-line-arguments\n" + d.formatted))
        case let .success(cp): checked = cp
        }
        let program: Program
        do { program = try Compiler.compile(checked, fileName: file) } catch {
            return .failure(Failure(message: "\(file):\(error)\n"))
        }
        // Built as every live run is (RunOptions.makeRuntime: schedinit → gcinit).
        do {
            let options = try RunOptions.parse(["--procs", String(tour.procs), "--seed", String(tour.seed)])
            return .success(options.makeRuntime(program))
        } catch {
            return .failure(Failure(message: "demos/\(tour.demo).tour: \(RunOptions.message(for: error))\n"))
        }
    }

    /// The visualiser with the caption bar, on this terminal.
    static func play(_ source: RuntimeSource, tour: Tour, stops: [CaptionStop], lang: TourLanguage,
                     options: NcursesDriver.InteractiveOptions) -> Int32 {
        let terminal: NcursesTerminal
        do {
            terminal = try NcursesTerminal(mono: options.mono || EnvFlag.noColor, mouse: options.mouse)
        } catch {
            FileHandleOut.stderr("\(error)\n")
            return 2
        }
        defer { terminal.close() }
        var appOptions = AppOptions()
        appOptions.glyphs = options.ascii ? .ascii : .unicode
        appOptions.breakOn = nil
        if let speed = options.speed {
            appOptions.speedIndex = speed <= 0 ? Speed.steps.count - 1
                : Speed.steps.firstIndex { ($0 ?? Int.max) >= speed } ?? Speed.steps.count - 1
        }
        var player = TourPlayer(driver: terminal, source: source, tour: tour, stops: stops, lang: lang, options: appOptions)
        let exit = player.run()
        terminal.close()
        switch exit {
        case .quit, .endOfInput: return 0
        case .interrupted: return 130
        }
    }
}

enum EnvFlag {
    static var noColor: Bool {
        guard let v = getenv("NO_COLOR") else { return false }
        return v.pointee != 0
    }
}
