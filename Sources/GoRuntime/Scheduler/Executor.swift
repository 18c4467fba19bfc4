/// Why `GoroutineExecutor.execute` returned.
public enum StopReason: Sendable, Hashable {
    /// The budget is used up; the G stays running (it may be preempted).
    case budget
    /// The G called `rt.gopark(…)` (channel, select, semaphore, sleep …).
    case parked
    /// `runtime.Gosched()`: to the global queue.
    case yielded
    /// A system call lasting `duration` ns; `blocking` = `entersyscallblock`
    /// (known to block: the P is handed off at once).
    case syscall(duration: Int64, blocking: Bool)
    /// The G's function returned (`goexit`). For the main goroutine this ends the program with 0.
    case exited
    /// The program ends (`os.Exit(code)`, fatal panic: code 2).
    case exitProgram(Int32)
}

/// What `execute` reports back: simulated ns of executor work not already
/// reported through `Runtime.advance(_:)`, and why it stopped.
public struct ExecStop: Sendable, Hashable {
    public var used: Int64
    public var reason: StopReason
    @inline(__always) public init(used: Int64, reason: StopReason) {
        self.used = used; self.reason = reason
    }
    public static func budget(_ used: Int64) -> ExecStop { ExecStop(used: used, reason: .budget) }
    public static func parked(_ used: Int64) -> ExecStop { ExecStop(used: used, reason: .parked) }
    public static func yielded(_ used: Int64) -> ExecStop { ExecStop(used: used, reason: .yielded) }
    public static func exited(_ used: Int64) -> ExecStop { ExecStop(used: used, reason: .exited) }
}

/// Runs the user code inside goroutines (the interpreter; the scripted driver
/// in tests). Contract:
/// * `execute` runs G (already `_Grunning` on `rt.currentM`/`rt.currentP`)
///   for at most about `budget` ns of its own work, then returns why it stopped.
/// * While it runs it may call the runtime (`newproc`, `gopark`, `goready`,
///   `sleep`, `write`, `addtimer`, channel/sync/heap calls …). Calling
///   `rt.advance(ns)` first makes those events carry precise times.
/// * After `rt.gopark(…)` it must return `.parked` at once (nothing else may
///   happen to that G in between); when the G is readied and scheduled again
///   `execute` is called and the G continues after its park.
/// * `mainEntry` is called once, from `runtime.main`, on goroutine 1: set up
///   `main.main` (after package init) so the next `execute(g:)` runs it.
public protocol GoroutineExecutor: AnyObject {
    func execute(_ rt: Runtime, g: GID, budget: Int64) -> ExecStop
    /// `runtime.main` is about to call `main_main` on `g` (goroutine 1).
    func mainEntry(_ rt: Runtime, g: GID)
    /// `newproc1` made G `g` (maybe a reused slot) to run `startFunction`.
    func goroutineCreated(_ rt: Runtime, g: GID, startFunction: Int32)
    /// `goexit0`: `g` is dead (its slot may be reused by a later `newproc`).
    func goroutineDestroyed(_ rt: Runtime, g: GID)
    /// GC roots on g's stack: call `visit` with each heap reference (object address).
    func stackRoots(g: GID, visit: (UInt64) -> Void)
    /// Where g is now (innermost user frame), for snapshots and tracebacks.
    func location(g: GID) -> SourceLocation?
    /// g's frames, innermost first, for tracebacks (default: `[location]`).
    func traceback(g: GID) -> [SourceLocation]
    /// The executor's own state for keyframes.
    func saveState() -> any Sendable
    func restoreState(_ state: any Sendable)
}

/// A source position: function name (as Go prints it, e.g. "main.worker"), file, line.
public struct SourceLocation: Sendable, Hashable {
    public var function: String
    public var file: String
    public var line: Int
    public init(function: String, file: String, line: Int) {
        self.function = function; self.file = file; self.line = line
    }
}

/// Points where other areas of the runtime plug into the scheduler without a
/// compile-time dependency (all optional; defaults are the scheduler's own).
public struct RuntimeHooks {
    /// Run one slice of a runtime goroutine body the scheduler does not know
    /// (`SystemBody.custom`, or `.gcBgMarkWorker`/`.bgsweep`/`.bgscavenge`
    /// to replace the default park-forever bodies). Return nil for the default.
    public var runSystemBody: ((Runtime, GID, SystemBody, Int64) -> ExecStop?)?
    /// A `sendTime`/`custom` timer fired on the current P (`runtimer`).
    public var timerFired: ((Runtime, TimerID, TimerFunc) -> Void)?
    /// `findRunnableGCWorker`: a mark worker G to run on this P, or nil.
    public var findRunnableGCWorker: ((Runtime, PID) -> GID?)?
    /// Streams program output as it is written (headless mode).
    public var output: ((Int32, ArraySlice<UInt8>) -> Void)?
    public init() {}
}
