// gmpscope command line: `gmpscope run --headless FILE.go [options]`.
// Program output goes to the real stdout/stderr as the simulated program
// writes it; gmpscope's own messages go to stderr only on its own errors;
// the exit status is the Go program's.
import ArgumentParser
import GoFrontend
import GoRuntime
import GoVM

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@main
struct Gmpscope: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gmpscope",
        abstract: "A live, deterministic simulation of the Go runtime.",
        subcommands: [RunCommand.self, DemoCommand.self, TourCommand.self, RecordCommand.self,
                      PlayCommand.self, ExportCommand.self, ImportCommand.self]
    )

    @OptionGroup var options: RunOptions
    @OptionGroup var ui: InteractiveOptions

    mutating func run() throws {
        // No subcommand: the visualiser on the default demo.
        throw ExitCode(Interactive.runDefault(options: options, ui: ui))
    }
}

struct RunOptions: ParsableArguments {
    @Option(name: .long, help: "GOMAXPROCS (number of Ps).")
    var procs: Int = 4
    @Option(name: .long, help: "Seed of the run (scheduling, select, map order).")
    var seed: UInt64 = 1
    @Option(name: .long, help: "GOGC percentage (-1 = off).")
    var gogc: Int = 100
    @Option(name: .long, help: "Write the event log as JSON Lines to this file.")
    var events: String? = nil
    @Option(name: .long, help: "Print SCHED lines every MS milliseconds of simulated time (GODEBUG=schedtrace).")
    var schedtrace: Int? = nil
}

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "run", abstract: "Run a Go program.")

    @Flag(name: .long, help: "Run without the visualiser; print the program's output.")
    var headless = false
    @Option(name: .long, help: "Compare the simulation with a real Go GODEBUG=schedtrace/gctrace log.")
    var compare: String? = nil
    @OptionGroup var options: RunOptions
    @OptionGroup var ui: InteractiveOptions
    @Argument(help: "The Go source file.")
    var file: String

    mutating func run() throws {
        if let log = compare {
            throw ExitCode(ImportCLI.runCompare(program: file, logPath: log, options: options, ascii: ui.ascii))
        }
        guard headless else {
            // `run FILE` without --headless: the visualiser over the program.
            throw ExitCode(Interactive.runFile(path: file, options: options, ui: ui))
        }
        let code = Headless.run(path: file, options: options)
        throw ExitCode(code)
    }
}

enum FileHandleOut {
    static func write(_ fd: Int32, _ bytes: ArraySlice<UInt8>) {
        bytes.withUnsafeBytes { p in
            var off = 0
            while off < p.count {
                let n = Glibc.write(fd, p.baseAddress! + off, p.count - off)
                if n <= 0 { break }
                off += n
            }
        }
    }
    static func stderr(_ s: String) { write(2, ArraySlice(Array(s.utf8))) }
}
