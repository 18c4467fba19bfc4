// `gmpscope export --format schedtrace`: Go's GODEBUG=schedtrace=MS lines
// (proc.go:schedtrace, detailed=false) from the recorded counters, in the
// format of `gmpscope run --headless --schedtrace MS`, from the counters
// recorded after each UI step and the clock of its silent engine steps.
import GoRuntime

public enum SchedtraceExport {
    /// One SCHED line for every `periodMs` of simulated time. A boundary the
    /// clock passed in a step's silent engine steps (before the step's events)
    /// shows the state before the step, as the headless run sampled it then.
    public static func export(_ rec: Recording, periodMs: Int) -> [String] {
        precondition(periodMs > 0)
        let period = Int64(periodMs) * 1_000_000
        var next: Int64 = 0
        var lines: [String] = []
        var before = rec.initialCounters
        rec.forEachStepWithSilence { _, _, silent, c in
            while c.time >= next {
                lines.append(line(next <= silent ? before : c, at: next))
                next += period
            }
            before = c
        }
        return lines
    }

    /// `SCHED 0ms: gomaxprocs=4 idleprocs=3 threads=5 spinningthreads=0 idlethreads=2 runqueue=0 [0 0 0 0]`
    public static func line(_ c: SceneCounters, at t: Int64) -> String {
        let qs = c.runq.map(String.init).joined(separator: " ")
        return "SCHED \(t / 1_000_000)ms: gomaxprocs=\(c.gomaxprocs) idleprocs=\(c.npidle) threads=\(c.threads) spinningthreads=\(c.nmspinning) idlethreads=\(c.nmidle) runqueue=\(c.runqsize) [\(qs)]"
    }
}
