// Headless runs: check, compile, simulate, stream output, report.
import GoFrontend
import GoRuntime
import GoVM
#if canImport(Glibc)
import Glibc
#endif

enum Headless {
    static func run(path: String, options: RunOptions) -> Int32 {
        let checked: CheckedProgram
        switch loadAndCheck(path: path) {
        case .failure(let d):
            FileHandleOut.stderr("# command-line-arguments\n" + d.formatted)
            return 1
        case .success(let cp): checked = cp
        }
        let program: Program
        do {
            program = try Compiler.compile(checked, fileName: path)
        } catch {
            FileHandleOut.stderr("\(path):\(error)\n")
            return 1
        }
        // Without --events only a short window of the log is kept (the running
        // hash still covers every event); the UI and --events keep the default.
        let rt = options.makeRuntime(program, eventCapacity: options.events == nil ? 1 << 12 : nil)
        if options.noWriteBarrier { FileHandleOut.stderr(RunOptions.noWriteBarrierWarning) }
        rt.hooks.output = { fd, bytes in FileHandleOut.write(fd == 2 ? 2 : 1, bytes) }
        let trace = SchedTrace(periodMs: options.schedtrace)
        while rt.step() {
            trace.tick(rt)
        }
        if let ev = options.events {
            let text = rt.events.jsonLines()
            if let f = fopen(ev, "w") {
                fputs(text, f)
                fclose(f)
            } else {
                FileHandleOut.stderr("gmpscope: cannot write \(ev)\n")
            }
        }
        return rt.exitCode ?? 0
    }
}

/// GODEBUG=schedtrace=MS: one SCHED line per period of simulated time.
final class SchedTrace {
    let period: Int64
    var next: Int64 = 0
    init(periodMs: Int?) { period = periodMs.map { Int64($0) * 1_000_000 } ?? 0 }

    func tick(_ rt: Runtime) {
        guard period > 0 else { return }
        while rt.sched.now >= next {
            FileHandleOut.stderr(line(rt, at: next))
            next += period
        }
    }

    /// proc.go:schedtrace (detailed=false).
    func line(_ rt: Runtime, at t: Int64) -> String {
        let s = rt.sched
        var threads = 0, idleThreads = 0, spinning = 0
        for m in s.allm {
            threads += 1
            if m.spinning { spinning += 1 }
        }
        idleThreads = Int(s.nmidle)
        var qs: [String] = []
        for p in s.allp { qs.append(String(p.runqtail &- p.runqhead)) }
        return "SCHED \(t / 1_000_000)ms: gomaxprocs=\(s.gomaxprocs) idleprocs=\(s.npidle) threads=\(threads) spinningthreads=\(spinning) idlethreads=\(idleThreads) runqueue=\(s.runqsize) [\(qs.joined(separator: " "))]\n"
    }
}
