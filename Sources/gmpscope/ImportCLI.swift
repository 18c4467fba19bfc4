// The `import` subcommand's work: load (log or container), the import
// summary with unreadable lines, the per-frame table, and the side-by-side
// comparison with a simulated run of the same program.
import Foundation
import GoRuntime
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
            let ps = snap.ps.map { "\(ProcessorWord.word($0.status))/\($0.runq.count)" }.joined(separator: " ")
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

    /// Simulates `program` and prints it beside the real trace at each time
    /// in `at` (ms; default the first three frames' times).
    static func compare(log: TraceLog, name: String, program: String, at: [Int], procs: Int?, seed: UInt64,
                        width: Int, height: Int, ascii: Bool) -> Int32 {
        guard let text = try? String(contentsOfFile: program, encoding: .utf8) else {
            FileHandleOut.stderr("gmpscope: cannot read \(program)\n")
            return 1
        }
        let gomaxprocs = procs ?? max(1, log.frames.first?.summary.gomaxprocs ?? 4)
        guard let options = try? RunOptions.parse(["--procs", "\(gomaxprocs)", "--seed", "\(seed)"]) else {
            FileHandleOut.stderr("gmpscope: bad --procs/--seed for the simulation\n")
            return 2
        }
        var sim: RuntimeSource
        switch Interactive.makeSource(text: text, fileName: program, options: options) {
        case let .failure(f): FileHandleOut.stderr(f.message); return 1
        case let .success(s): sim = s
        }
        var real = TraceSource(log: log, name: name)
        let times = at.isEmpty ? log.frames.prefix(3).map { Int($0.summary.timeMs) } : at
        let glyphs: Glyphs = ascii ? .ascii : .unicode
        for ms in times.sorted() {
            // The real frame shown at that time (the last at or before it); the
            // simulation is brought to that frame's own time.
            real.seek(step: real.frameIndex(atTime: Int64(ms) * 1_000_000))
            let reached = SideBySide.align(&sim, toTime: real.log.frames[real.step].summary.timeMs * 1_000_000)
            print("== simulated \(program) at \(Time.format(reached))  |  real \(name) frame \(real.step) at \(real.log.frames[real.step].summary.timeMs)ms ==")
            print(SideBySide.render(left: &sim, right: &real, width: width, height: height, glyphs: glyphs).text)
        }
        return 0
    }
}

extension ImportCLI {
    /// For `gmpscope run prog.go --compare real.log` (RunCommand is not this
    /// file's): loads the log and prints the side-by-side frames with the
    /// run's options (GOMAXPROCS from `options.procs`).
    static func runCompare(program: String, logPath: String, options: RunOptions, ascii: Bool = false) -> Int32 {
        switch load(path: logPath) {
        case let .failure(e):
            FileHandleOut.stderr("gmpscope: \(e.message)\n")
            return 1
        case let .success(v):
            FileHandleOut.stderr(summary(v.log, name: v.name))
            return compare(log: v.log, name: v.name, program: program, at: [], procs: options.procs, seed: options.seed,
                           width: 202, height: 40, ascii: ascii)
        }
    }
}
