/// What an M (OS thread) is doing, for the discrete-event loop.
public enum MState: UInt8, Sendable, Hashable {
    /// Holds a P and runs the scheduler or a G; next acts at `clock`.
    case running
    /// In a system call with its G; acts at `wakeAt` (the call returns).
    case syscall
    /// Parked on the idle-M list (`stopm` → `mPark`); not an actor.
    case idle
    /// Blocked in `netpoll` until the next timer (`wakeAt`), holding no P.
    case netpoll
    /// Waiting for the world to stop (`stopTheWorldWithSema`); not an actor.
    case stwWait
    /// The sysmon thread; acts at `wakeAt`.
    case sysmon
}

/// `runtime2.go:m`. Leaves out g0/gsignal stacks, signal masks, locks held,
/// `mallocing` (the collector owner models allocation), cgo.
public struct M: Sendable {
    public var id: MID
    public var state: MState = .idle
    /// `p` (attached P), `nextp` (P handed over on wake), `oldp` (P before a syscall).
    public var p: PID = .none
    public var nextp: PID = .none
    public var oldp: PID = .none
    /// `curg`: the user G it runs (nil while in the scheduler).
    public var curg: GID = .none
    /// `lockedg` (LockOSThread) — recorded, not yet used by the scheduler.
    public var lockedg: GID = .none
    /// `spinning`: looking for work to steal.
    public var spinning: Bool = false
    /// `schedlink`: next M in the idle list.
    public var schedlink: MID = .none
    /// This M's own simulated clock (advanced by the work it does).
    public var clock: Int64 = 0
    /// When it acts next while in `syscall`, `netpoll` or `sysmon` state.
    public var wakeAt: Int64 = 0
    /// The current syscall blocks (`entersyscallblock`: P handed off at once).
    public var syscallBlocking: Bool = false
    /// `m.syscalltick`: the P's syscalltick when the syscall began (tells
    /// whether the P was retaken meanwhile).
    public var syscalltick: UInt32 = 0
    /// Simulated time the current syscall began.
    public var syscallStart: Int64 = 0
    public var isSysmon: Bool = false
    public init(id: MID) { self.id = id }
}
