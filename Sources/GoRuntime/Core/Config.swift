/// The simulated cost of runtime operations, in nanoseconds of simulated time.
/// Written down here so a student can see (and change) what the model charges.
/// Figures are rough amd64 Linux orders of magnitude for Go 1.19-1.23.
public struct CostModel: Sendable, Hashable {
    /// One interpreted Go instruction (used by the executor, not the scheduler).
    public var nsPerInstruction: Int64 = 1
    /// One pass of `schedule()`/`findRunnable()` that finds local work.
    public var schedule: Int64 = 40
    /// `execute` + `gogo`: switching onto a G's stack.
    public var execute: Int64 = 20
    /// `Gosched`/preemption path (`goschedImpl`, global queue lock).
    public var gosched: Int64 = 50
    /// `newproc` (+ `newproc1`, `runqput`).
    public var newproc: Int64 = 250
    /// `gopark` + `park_m`.
    public var gopark: Int64 = 60
    /// `goready` (+ `runqput`, not counting `wakep`).
    public var goready: Int64 = 40
    /// `goexit0` + `gfput`.
    public var goexit: Int64 = 60
    /// One `runqsteal` attempt on one victim P.
    public var stealAttempt: Int64 = 30
    /// `entersyscall` and `exitsyscall` fast path, each.
    public var syscallEnterExit: Int64 = 60
    /// The `write(2)` system call: fixed part and per byte.
    public var writeSyscall: Int64 = 1_000
    public var writePerByte: Int64 = 1
    /// Waking a parked M (`notewakeup` → futex → thread runs).
    public var mWakeLatency: Int64 = 5_000
    /// Creating an OS thread (`newm` → `clone`).
    public var newm: Int64 = 30_000
    /// Running one expired timer's function.
    public var timerRun: Int64 = 50
    /// One sysmon loop body (retake etc.).
    public var sysmonLoop: Int64 = 200
    /// Stop-the-world / start-the-world bookkeeping, each.
    public var stw: Int64 = 1_000
    /// `copystack`: fixed part (stackalloc/stackfree), plus the used bytes
    /// copied and adjusted at `copystackBytesPerNs`.
    public var copystack: Int64 = 200
    public var copystackBytesPerNs: Int64 = 4
    public init() {}
}

/// Options of one run. A run is a pure function of (program, config).
public struct RuntimeConfig: Sendable, Hashable {
    /// GOMAXPROCS at start-up (`schedinit` → `procresize`).
    public var gomaxprocs: Int = 4
    /// Seed of the run's PRNG (steal order, select order, map order …).
    public var seed: UInt64 = 1
    /// GOGC (read by the collector owner; -1 = off).
    public var gogc: Int = 100
    public var cost = CostModel()
    /// Upper bound of one uninterrupted executor slice (ns). Keeps cross-P
    /// interleaving fine-grained; equal to sysmon's shortest tick.
    public var maxSlice: Int64 = 20_000
    /// Lower bound of a slice when another actor is due at the same instant.
    public var minSlice: Int64 = 5_000
    /// Start sysmon (tests of pure queue mechanics may turn it off).
    public var sysmonEnabled: Bool = true
    /// Start the runtime's own goroutines (forcegc helper, bgsweep, bgscavenge).
    public var runtimeGoroutines: Bool = true
    /// Events kept in memory (older ones are dropped; count and hash continue).
    public var eventCapacity: Int = 1 << 20
    /// `maxmcount`.
    public var maxMCount: Int = 10_000
    public init() {}
    public init(gomaxprocs: Int, seed: UInt64 = 1) {
        self.gomaxprocs = gomaxprocs
        self.seed = seed
    }
}
