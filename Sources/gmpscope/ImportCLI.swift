// The `import` subcommand's work: load (log or container), the import
// summary with unreadable lines, the per-frame table, and the side-by-side
// comparison with a simulated run of the same program.
import Foundation
import GoRuntime
import NcursesDriver
import TerminalUI
import TraceImport

enum ImportCLI {
    /// Reads `path`; a container is unwrapped; fails when nothing parses.
    static func load(path: String) -> Result<(log: TraceLog, raw: [UInt8], name: String), TraceImportError> {
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(TraceImportError("cannot read \(path)"))
        }
        var raw = Array(data)
        var name = (path as NSString).lastPathComponent
        if TraceContainer.isContainer(raw) {
            do {
                let (source, log) = try TraceContainer.decode(raw)
                raw = log
                if !source.isEmpty { name = source }
            } catch {
                return .failure(TraceImportError("\(path): \(error.message)"))
            }
        }
        do {
            return .success((try TraceParser.importLog(raw, name: name), raw, name))
        } catch {
            return .failure(error)
        }
    }

    /// "imported real.log: 25 SCHED blocks (scheddetail), 13 gc lines, 4 output lines, 0 unreadable" + the unreadable lines.
    static func summary(_ log: TraceLog, name: String) -> String {
        let detailed = log.frames.contains { $0.isDetailed }
        var s = "imported \(name): \(log.lineCount) lines, \(log.schedFrameCount) SCHED blocks"
        s += detailed ? " (scheddetail)" : " (summary only)"
        s += ", \(log.gcLines.count) gc lines, \(log.outputLines.count) program output lines, \(log.unparsed.count) unreadable\n"
        for u in log.unparsed.prefix(50) { s += "  line \(u.line): \(u.reason): \(u.text)\n" }
        if log.unparsed.count > 50 { s += "  … and \(log.unparsed.count - 50) more unreadable lines\n" }
        return s
    }

    /// One line per frame: time, P states and queue lengths, global queue, threads, Gs by state, newest GC.
    static func frameTable(_ log: TraceLog) -> String {
        var out = ""
        var lastGC: GCTraceLine? = nil
        for (k, f) in log.frames.enumerated() {
            for item in f.items { if case let .gc(g) = item.kind { lastGC = g } }
            let snap = f.snapshot()
            let lengths = f.runqLengths
            let ps = snap.ps.map { p in "\(ProcessorWord.word(p.status))/\(p.id.index < lengths.count ? lengths[p.id.index] : 0)" }.joined(separator: " ")
            var line = "\(k) t=\(f.summary.timeMs)ms\(f.isEnd ? " (end)" : "") P[\(ps)] global=\(f.summary.runqueue)"
            line += " threads=\(f.summary.threads) spinning=\(f.summary.spinningthreads) idleM=\(f.summary.idlethreads)"
            if f.isDetailed {
                var counts: [String: Int] = [:]
                for g in snap.gs { counts[g.status.goName, default: 0] += 1 }
                line += " G{" + ["running", "runnable", "syscall", "waiting", "preempted", "copystack"]
                    .compactMap { st in counts[st].map { "\(st) \($0)" } }.joined(separator: ", ") + "}"
            }
            if let g = lastGC {
                line += " gc\(g.cycle) \(g.heapStartMB)->\(g.heapEndMB)->\(g.heapLiveMB)MB goal \(g.goalMB)MB"
            }
            out += line + "\n"
        }
        return out
    }

    enum ProcessorWord {
        static func word(_ s: PStatus) -> String {
            switch s {
            case .idle: "idle"
            case .running: "run"
            case .syscall: "sysc"
            case .gcstop: "stop"
            case .dead: "dead"
            }
        }
    }

    /// The simulated run of `program` beside the real trace (the compare
    /// view's source). GOMAXPROCS: `procs`, else the real trace's.
    static func makeCompare(log: TraceLog, name: String, program: String, procs: Int?, seed: UInt64, gogc: Int? = nil)
        -> Result<CompareSource<RuntimeSource, TraceSource>, TraceImportError> {
        guard let text = try? String(contentsOfFile: program, encoding: .utf8) else {
            return .failure(TraceImportError("cannot read \(program)"))
        }
        let gomaxprocs = procs ?? max(1, log.frames.first?.summary.gomaxprocs ?? 4)
        var args = ["--procs", "\(gomaxprocs)", "--seed", "\(seed)"]
        if let gogc { args += ["--gogc", "\(gogc)"] }
        guard let options = try? RunOptions.parse(args) else {
            return .failure(TraceImportError("bad --procs/--seed for the simulation"))
        }
        switch Interactive.makeSource(text: text, fileName: program, options: options) {
        case let .failure(f): return .failure(TraceImportError(f.message.hasSuffix("\n") ? String(f.message.dropLast()) : f.message))
        case let .success(sim): return .success(CompareSource(sim: sim, real: TraceSource(log: log, name: name)))
        }
    }

    /// `--text`: prints the compare view at each time in `at` (ms; default
    /// the first three frames): the real frame shown at that time (the last
    /// at or before it) leads, the simulation at its first step at or after
    /// that frame's time — the frame the visualiser draws after `.`/`,`.
    static func compareText(_ source: CompareSource<RuntimeSource, TraceSource>, at: [Int], width: Int, height: Int,
                            ascii: Bool) -> Int32 {
        var source = source
        let frames = source.real.log.frames
        let times = at.isEmpty ? frames.prefix(3).map { Int($0.summary.timeMs) } : at
        let glyphs: Glyphs = ascii ? .ascii : .unicode
        for ms in times.sorted() {
            let k = source.real.frameIndex(atTime: Int64(ms) * 1_000_000)
            source.showReal(frame: k)
            print("== simulated \(source.programName) at \(Time.format(source.currentTime()))  |  real \(source.real.programName) frame \(k + 1) at \(frames[k].summary.timeMs)ms ==")
            print(SideBySide.frame(source, width: width, height: height, glyphs: glyphs).text)
        }
        return 0
    }

    /// `import real.log --compare prog.go` and `run prog.go --compare real.log`:
    /// the compare view in the visualiser, or (`text`) printed.
    static func compare(log: TraceLog, name: String, program: String, at: [Int], procs: Int?, seed: UInt64, gogc: Int? = nil,
                        text: Bool, width: Int, height: Int, ui: NcursesDriver.InteractiveOptions) -> Int32 {
        let source: CompareSource<RuntimeSource, TraceSource>
        switch makeCompare(log: log, name: name, program: program, procs: procs, seed: seed, gogc: gogc) {
        case let .failure(e):
            FileHandleOut.stderr(e.message.hasPrefix("#") ? e.message + "\n" : "gmpscope: \(e.message)\n")
            return 1
        case let .success(s): source = s
        }
        FileHandleOut.stderr("simulating \(program) with GOMAXPROCS=\(source.snapshotProcs) beside \(name)\n")
        if text { return compareText(source, at: at, width: width, height: height, ascii: ui.ascii) }
        return runInteractive(source, options: ui)
    }
}

extension CompareSource where Sim == RuntimeSource {
    var snapshotProcs: Int { Int(sim.runtime.sched.gomaxprocs) }
}

extension ImportCLI {
    /// For `gmpscope run prog.go --compare real.log` (RunCommand is not this
    /// file's): loads the log and opens the compare view. GOMAXPROCS is the
    /// real trace's unless `--procs` differs from the default 4.
    static func runCompare(program: String, logPath: String, options: RunOptions, ascii: Bool = false) -> Int32 {
        var ui = NcursesDriver.InteractiveOptions()
        ui.ascii = ascii
        return runCompare(program: program, logPath: logPath, options: options, ui: ui)
    }

    /// `runCompare` with every screen option (`--mono`, `--play`, `--no-mouse` …).
    static func runCompare(program: String, logPath: String, options: RunOptions, ui: NcursesDriver.InteractiveOptions) -> Int32 {
        switch load(path: logPath) {
        case let .failure(e):
            FileHandleOut.stderr("gmpscope: \(e.message)\n")
            return 1
        case let .success(v):
            FileHandleOut.stderr(summary(v.log, name: v.name))
            let procs: Int? = options.procs == 4 ? nil : options.procs
            return compare(log: v.log, name: v.name, program: program, at: [], procs: procs, seed: options.seed,
                           gogc: options.gogc, text: false, width: 202, height: 50, ui: ui)
        }
    }
}
