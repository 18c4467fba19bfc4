// gmpscope command line: `gmpscope run --headless FILE.go [options]`.
// Program output goes to the real stdout/stderr as the simulated program
// writes it; gmpscope's own messages go to stderr only on its own errors;
// the exit status is the Go program's.
import ArgumentParser
import GoFrontend
import GoRuntime
import GoVM
import Recording

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
        subcommands: [RunCommand.self, DemoCommand.self, DemosCommand.self, TourCommand.self, RecordCommand.self,
                      PlayCommand.self, VerifyCommand.self, ExportCommand.self, ImportCommand.self]
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
    @Option(name: .long, parsing: .unconditional,
            help: ArgumentHelp("GOGC percentage; 'off' (or -1) disables the collector.", valueName: "percent|off"),
            transform: RunOptions.parseGOGC)
    var gogc: Int = 100
    @Option(name: .long, help: "Write the event log as JSON Lines to this file.")
    var events: String? = nil
    @Option(name: .long, help: "Print SCHED lines every MS milliseconds of simulated time (GODEBUG=schedtrace).")
    var schedtrace: Int? = nil
    @Flag(name: .long, help: "Print one GODEBUG=gctrace=1 line per GC cycle on stderr.")
    var gctrace = false
    @Option(name: .customLong("heap-minimum"),
            help: ArgumentHelp("Smallest heap goal in bytes (Go: 4 MiB), scaled by GOGC/100; e.g. 262144 makes a classroom demo collect early.",
                               valueName: "bytes"))
    var heapMinimum: Int? = nil
    @Flag(name: .customLong("no-write-barrier"),
          help: "UNSAFE TEACHING MODE: switch the write barrier off, so the collector can free objects that are still reachable.")
    var noWriteBarrier = false

    func validate() throws {
        if procs < 1 { throw ValidationError("--procs must be at least 1") }
        if let h = heapMinimum, h <= 0 { throw ValidationError("--heap-minimum must be a positive number of bytes") }
        if let s = schedtrace, s <= 0 { throw ValidationError("--schedtrace must be a positive number of milliseconds") }
    }

    /// `GOGC=off` or an integer percentage (negative = off, as in Go's readGOGC).
    static func parseGOGC(_ s: String) throws -> Int {
        if s == "off" { return -1 }
        guard let n = Int(s) else { throw ValidationError("--gogc: expected a percentage or 'off', got '\(s)'") }
        return n < 0 ? -1 : n
    }

    /// The simulated runtime with the interpreter attached as its executor and
    /// the collector configured (schedinit → gcinit); every live run (headless,
    /// visualiser, recording, compare) is built here so they all agree.
    func makeRuntime(_ program: Program, eventCapacity: Int? = nil) -> Runtime {
        var config = RuntimeConfig(gomaxprocs: max(1, procs), seed: seed)
        config.gogc = gogc
        if let eventCapacity { config.eventCapacity = eventCapacity }
        let vm = Interpreter(program: program, seed: seed, nsPerInstruction: config.cost.nsPerInstruction)
        let rt = Runtime(config: config, executor: vm)
        vm.attach(rt)
        rt.gcinit(gogc: gogc, heapMinimum: heapMinimum, gctrace: gctrace, barrierOff: noWriteBarrier)
        return rt
    }

    /// What a recording stores besides seed, GOMAXPROCS and GOGC (the header's
    /// option list, format version 2): every option that changes the run and
    /// is not at its default, by its command-line name. (`--events` only names
    /// an output file.) `recorded(_:formatVersion:)` reads them back.
    var recordedOptions: [RecordingHeader.Option] {
        assert(Self.everyFieldIsAccountedFor(self),
               "a RunOptions field is neither recorded nor output-only: add it to recordedOptions and recordedOptionIsFlag")
        var o: [RecordingHeader.Option] = []
        if let h = heapMinimum { o.append(.init(name: "heap-minimum", value: String(h))) }
        if gctrace { o.append(.init(name: "gctrace", value: "true")) }
        if noWriteBarrier { o.append(.init(name: "no-write-barrier", value: "true")) }
        if let s = schedtrace { o.append(.init(name: "schedtrace", value: String(s))) }
        return o
    }

    /// The options a recording may name, and whether each is a flag.
    static let recordedOptionIsFlag: [String: Bool] = [
        "heap-minimum": false, "gctrace": true, "no-write-barrier": true, "schedtrace": false,
    ]

    /// RunOptions' stored properties: the recorded ones, and those that do not change the run.
    static let recordedFields: Set<String> = ["procs", "seed", "gogc", "heapMinimum", "gctrace", "noWriteBarrier", "schedtrace"]
    static let outputOnlyFields: Set<String> = ["events"]

    /// Whether every stored property (the `_name` of each property wrapper) is
    /// listed above, so that a new option cannot be forgotten by recordings.
    static func everyFieldIsAccountedFor(_ o: RunOptions) -> Bool {
        let fields = Mirror(reflecting: o).children.compactMap { $0.label.map { String($0.drop { $0 == "_" }) } }
        return Set(fields) == recordedFields.union(outputOnlyFields)
    }

    /// The options a recording was made with, parsed as a command line (so the
    /// replay's runtime is built by `makeRuntime` exactly as the live run's).
    /// Version 1 files stored seed, GOMAXPROCS and GOGC only.
    static func recorded(_ h: RecordingHeader, formatVersion: UInt16) throws -> RunOptions {
        var args = ["--procs", String(h.procs), "--seed", String(h.seed), "--gogc", String(h.gogc)]
        if formatVersion >= 2 {
            for o in h.options {
                guard let isFlag = recordedOptionIsFlag[o.name] else {
                    throw ValidationError("it was made with --\(o.name), which this gmpscope does not know")
                }
                if !isFlag {
                    args += ["--\(o.name)", o.value]
                } else if o.value == "true" {
                    args.append("--\(o.name)")
                } else if o.value != "false" {
                    throw ValidationError("its option \(o.name) has the value '\(o.value)' (expected true or false)")
                }
            }
        }
        return try RunOptions.parse(args)
    }

    /// Printed on stderr when the barrier is off, before the program's output.
    static let noWriteBarrierWarning =
        "gmpscope: WARNING: --no-write-barrier: the write barrier is OFF (teaching mode); " +
        "the collector may free objects that are still reachable\n"
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
            throw ExitCode(ImportCLI.runCompare(program: file, logPath: log, options: options, ui: ui.driverOptions))
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
