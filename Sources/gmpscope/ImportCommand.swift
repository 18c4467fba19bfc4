// `gmpscope import real.log [-o real.gmprec] [--report] [--compare prog.go]`:
// reads a real Go GODEBUG log (schedtrace/scheddetail/gctrace, stderr of the
// program), reports what it found and every unreadable line, then writes the
// importer's container, prints frames, shows the simulated run of the same
// program side by side, or plays the real trace in the visualiser.
// A .gmprec (Recording) stores a program + seed and re-simulates it, so a real
// trace cannot be one: `-o` writes the TraceImport container (docs/trace-import.md).
import ArgumentParser
import Foundation
import GoRuntime
import NcursesDriver
import TerminalUI
import TraceImport

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a real Go GODEBUG=schedtrace/scheddetail/gctrace log and play it in the panes.",
        discussion: """
        Produce the log with e.g. GODEBUG=schedtrace=10,scheddetail=1,gctrace=1 ./prog 2> real.log.
        Without -o, --report or --compare the trace opens in the visualiser (one step per SCHED block).
        --compare prog.go opens the simulation of prog.go beside the real trace (--text prints it instead).
        """)

    @Argument(help: "The log (or a file written by `import -o`).")
    var log: String
    @Option(name: .shortAndLong, help: "Write the imported trace (TraceImport container) to this file.")
    var output: String? = nil
    @Flag(name: .long, help: "Print one line per frame to stdout instead of opening the visualiser.")
    var report = false
    @Option(name: .long, help: "Simulate this Go program and open it beside the real trace (the compare view).")
    var compare: String? = nil
    @Flag(name: .long, help: "With --compare: print the side-by-side frames to stdout instead (for scripts).")
    var text = false
    @Option(name: .long, parsing: .upToNextOption, help: "With --compare --text: real-trace times in ms to show (default: the first 3 frames).")
    var at: [Int] = []
    @Option(name: .long, help: "With --compare: GOMAXPROCS of the simulation (default: the real trace's).")
    var procs: Int? = nil
    @Option(name: .long, help: "With --compare: seed of the simulation.")
    var seed: UInt64 = 1
    @Option(name: .long, help: "With --compare --text: columns of the side-by-side text (each half needs 99).")
    var width: Int = 200
    @Option(name: .long, help: "With --compare --text: rows of the side-by-side text.")
    var height: Int = 50
    @OptionGroup var ui: InteractiveOptions

    func validate() throws {
        if text && compare == nil { throw ValidationError("--text goes with --compare prog.go") }
    }

    mutating func run() throws {
        let imported: (log: TraceLog, raw: [UInt8], name: String)
        switch ImportCLI.load(path: log) {
        case let .failure(e): FileHandleOut.stderr("gmpscope: \(e.message)\n"); throw ExitCode(1)
        case let .success(v): imported = v
        }
        FileHandleOut.stderr(ImportCLI.summary(imported.log, name: imported.name))
        if let out = output {
            let bytes = TraceContainer.encode(log: imported.raw, source: imported.name, frames: imported.log.frames.count)
            do {
                try Data(bytes).write(to: URL(fileURLWithPath: out), options: .atomic)
            } catch {
                FileHandleOut.stderr("gmpscope: cannot write \(out): \(error.localizedDescription)\n")
                throw ExitCode(1)
            }
            FileHandleOut.stderr("wrote \(out) (\(bytes.count) bytes)\n")
        }
        if report {
            print(ImportCLI.frameTable(imported.log), terminator: "")
        }
        if let prog = compare {
            let code = ImportCLI.compare(log: imported.log, name: imported.name, program: prog, at: at, procs: procs, seed: seed,
                                         text: text, width: width, height: height, ui: ui.driverOptions)
            throw ExitCode(code)
        }
        if output == nil && !report {
            let source = TraceSource(log: imported.log, name: imported.name)
            throw ExitCode(runInteractive(source, options: ui.driverOptions))
        }
    }
}
