/// What a parked G waits on, so the invariant checker and the UI can say
/// where every `_Gwaiting` G is (Go records this in sudogs / `g.waitreason`).
public enum WaitObject: Sendable, Hashable {
    case none
    /// A channel's wait queue (`hchan.recvq`/`sendq`); the raw `ChanID`.
    case chan(UInt32)
    /// A `select` over this many cases (its sudogs are on each channel).
    case select(cases: Int32)
    /// A runtime semaphore address (`sema.go` semtable): Mutex, WaitGroup …
    case sema(UInt64)
    /// The G's own sleep timer (`time.Sleep`).
    case timer(TimerID)
    /// Waiting for the collector (assist, mark worker, sweep, STW).
    case gc
    /// A runtime-internal rendezvous (runtime.main waiting for bgsweep …).
    case runtimeInternal
}

/// The code a G runs. User code runs in the executor; the runtime's own
/// goroutines are bodies built into the simulation.
public enum GBody: Sendable, Hashable {
    /// A user function, identified by an opaque number the executor chose.
    case user(Int32)
    case system(SystemBody)
}

/// Goroutine bodies the runtime itself provides (functions in package runtime).
public enum SystemBody: Sendable, Hashable {
    /// `proc.go:main` — start sysmon and helpers, then call `main.main`.
    case runtimeMain
    /// `proc.go:forcegchelper` — parks "force gc (idle)" until sysmon injects it.
    case forcegchelper
    /// `mgcsweep.go:bgsweep` — parks "GC sweep wait".
    case bgsweep
    /// `mgcscavenge.go:bgscavenge` — parks "GC scavenge wait".
    case bgscavenge
    /// `mgc.go:gcBgMarkWorker` (one per P; the collector owner drives it).
    case gcBgMarkWorker
    /// Any other runtime goroutine a subsystem owner adds (run by `hooks.runSystemBody`).
    case custom(Int32)
}

/// `runtime2.go:g`, the fields the simulation needs. Plain data (trivially
/// copyable) so `allgs` copies cheaply into keyframes.
public struct G: Sendable {
    /// `goid`: fresh on every (re)use; 1 is the main goroutine.
    public var goid: Int64 = 0
    /// `atomicstatus`.
    public var status: GStatus = .idle
    /// `waitreason` (meaningful in `_Gwaiting`).
    public var waitreason: WaitReason = .zero
    /// What it waits on (meaningful in `_Gwaiting`).
    public var waitObject: WaitObject = .none
    /// `waitsince`: simulated time it parked.
    public var waitsince: Int64 = 0
    /// `m`: the M it runs on (running or in a syscall).
    public var m: MID = .none
    /// `schedlink`: next G in the global run queue or a free list.
    public var schedlink: GID = .none
    /// `parentGoid` (0 for goroutine 1 / runtime-created ones).
    public var parentGoid: Int64 = 0
    /// `startpc` as a body; the executor's start function for user Gs.
    public var body: GBody = .system(.runtimeMain)
    /// Interned name of the start function (`sched.funcNames`).
    public var nameIndex: Int32 = 0
    /// Interned name of the creator's function ("created by"), -1 for none.
    public var creatorNameIndex: Int32 = -1
    /// `preempt`: sysmon asked it to stop at the next safe point.
    public var preempt: Bool = false
    /// A runtime goroutine (`isSystemGoroutine`): not counted by checkdead.
    public var isSystem: Bool = false
    /// Program counter / scratch of a built-in (`SystemBody`) body.
    public var syspc: Int32 = 0
    public var sysarg: Int64 = 0
    /// `g.timer` (cached sleep timer) and `sleepWhen` (1.23).
    public var timer: TimerID = .none
    public var sleepWhen: Int64 = 0
    /// The P it last ran on (for the UI; `-1` before its first run).
    public var lastP: PID = .none
    /// Simulated time it was created, and total time it ran.
    public var createdAt: Int64 = 0
    public var runTime: Int64 = 0
    /// Number of times it has been scheduled (`execute`).
    public var starts: Int64 = 0
    /// In `_Grunnable`: where it sits (checked by the invariant checker).
    public var queue: RunQueueLocation = .none
    /// Simulated stack size (bytes; `stackMin` when created) and times `newstack` grew it.
    public var stackSize: Int32 = Int32(stackMin)
    public var stackGrowths: Int32 = 0
    public init() {}
}

/// Where a `_Grunnable` G is queued.
public enum RunQueueLocation: Sendable, Hashable {
    case none
    case runnext(PID)
    case local(PID)
    case global
}
