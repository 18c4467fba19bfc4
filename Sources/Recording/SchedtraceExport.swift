// `gmpscope export --format schedtrace`: Go's GODEBUG=schedtrace=MS lines
// (proc.go:schedtrace, detailed=false) from the recorded counters, in the
// format of `gmpscope run --headless --schedtrace MS`. Sampled after each UI
// step (the headless run samples after each engine step; a UI step folds
// engine steps that logged nothing, so the lines carry the same figures).
import GoRuntime

public enum SchedtraceExport {
    /// One SCHED line for every `periodMs` of simulated time.
    public static func export(_ rec: Recording, periodMs: Int) -> [String] {
        precondition(periodMs > 0)
        let period = Int64(periodMs) * 1_000_000
        var next: Int64 = 0
        var lines: [String] = []
        rec.forEachStep { _, _, c in
            while c.time >= next {
                lines.append(line(c, at: next))
                next += period
            }
        }
        return lines
    }

    /// `SCHED 0ms: gomaxprocs=4 idleprocs=3 threads=5 spinningthreads=0 idlethreads=2 runqueue=0 [0 0 0 0]`
    public static func line(_ c: SceneCounters, at t: Int64) -> String {
        let qs = c.runq.map(String.init).joined(separator: " ")
        return "SCHED \(t / 1_000_000)ms: gomaxprocs=\(c.gomaxprocs) idleprocs=\(c.npidle) threads=\(c.threads) spinningthreads=\(c.nmspinning) idlethreads=\(c.nmidle) runqueue=\(c.runqsize) [\(qs)]"
    }
}
