/// A goroutine's Go id (`g.goid`) as events and tracebacks name it; 0 = none.
public typealias Goid = Int64

/// Where `runqput` put a G.
public enum RunqWhere: UInt8, Sendable, Hashable {
    /// `runnext` (new or woken G: runs next, inherits the time slice).
    case runnext
    /// The tail of the P's local ring.
    case local
    /// The tail of the global queue.
    case global
}

/// Scheduler events. Named after Go's execution-trace events
/// (`internal/trace` v1: EvGoCreate, EvGoStart, EvGoSched, EvGoPreempt,
/// EvGoBlock*, EvGoUnblock, EvGoSysCall, EvGoSysExit, EvGoSysBlock,
/// EvProcStart/Stop, EvGCSTWStart/Done …) where one exists; the rest name the
/// proc.go function that produced them.
public enum SchedEvent: Sendable, Hashable {
    /// EvGoCreate: `newproc` made G `g` (goid) running `function`.
    case goCreate(g: Goid, goid: Int64, function: String)
    /// EvGoStart: `execute` put G on this M/P; `inheritTime` if it took `runnext`.
    case goStart(g: Goid, inheritTime: Bool)
    /// EvGoEnd: the G returned from its function (`goexit0`).
    case goEnd(g: Goid)
    /// EvGoSched: `runtime.Gosched` — G to the global queue.
    case goSched(g: Goid)
    /// EvGoPreempt: preempted (sysmon's `preemptone`) — G to the global queue.
    case goPreempt(g: Goid)
    /// EvGoBlock*: `gopark` with a wait reason.
    case goBlock(g: Goid, reason: WaitReason, on: WaitObject)
    /// EvGoUnblock: `goready` made `g` runnable (the event's G is the waker).
    case goUnblock(g: Goid, by: Goid)
    /// EvGoSysCall: `entersyscall` for `duration` ns (blocking: `entersyscallblock`).
    case goSysCall(g: Goid, duration: Int64, blocking: Bool)
    /// EvGoSysExit: the syscall returned; `fast` = got a P back (`exitsyscallfast`).
    case goSysExit(g: Goid, fast: Bool)
    /// EvGoSysBlock: the P of a G in a syscall was taken (`retake`/`handoffp`).
    case goSysBlock(g: Goid, p: PID)
    /// EvProcStart / EvProcStop: an M acquired / released a P.
    case procStart(p: PID)
    case procStop(p: PID)
    /// `runqput`: G put on a P's `runnext`/local ring or on the global queue.
    case runqPut(g: Goid, p: PID, where: RunqWhere)
    /// `runqput` kicked the old `runnext` out to the tail of the ring.
    case runqKick(g: Goid, p: PID)
    /// `runqputslow`: the ring was full; these Gs (half the ring + 1) went global.
    case runqPutSlow(p: PID, gs: [Goid])
    /// `globrunqget`: P took `n` Gs from the global queue (first one runs).
    case globrunqGet(p: PID, n: Int32, first: Goid)
    /// `runqsteal`: thief P took these Gs from victim P's queue.
    case steal(thief: PID, victim: PID, gs: [Goid], runnext: Bool)
    /// `handoffp`: the P goes to M `to` (or `.none`: put idle).
    case handoff(p: PID, to: MID)
    /// `startm`/`newm`: M woken (or created) to run P (spinning?).
    case mStart(m: MID, p: PID, spinning: Bool, created: Bool)
    /// `becomeSpinning` / `resetspinning`.
    case mSpin(m: MID)
    case mSpinStop(m: MID, foundWork: Bool)
    /// `stopm`: M parked on the idle list.
    case mIdle(m: MID)
    /// `findRunnable` blocking netpoll until `until` (`pollUntil`).
    case mNetpollBlock(m: MID, until: Int64)
    case mNetpollWake(m: MID)
    /// sysmon woke (one loop), or went into deep sleep.
    case sysmonWake(delay: Int64)
    case sysmonSleep(until: Int64)
    /// sysmon `preemptone`: asked G (running on P for `ran` ns) to stop.
    case preemptRequest(g: Goid, p: PID, ran: Int64)
    /// sysmon `retake`: took P from M in a syscall.
    case retake(p: PID, m: MID, g: Goid)
    /// EvGCSTWStart / EvGCSTWDone.
    case stwBegin(reason: STWReason)
    case stwEnd(reason: STWReason)
    /// `procresize`.
    case procResize(old: Int32, new: Int32)
    /// A timer added to P's heap / fired (`runtimer`).
    case timerAdd(timer: TimerID, p: PID, when: Int64)
    case timerFire(timer: TimerID, p: PID, f: TimerFunc)
    /// The program wrote `bytes` bytes to fd (a `write` system call).
    case write(fd: Int32, bytes: Int32)
    /// `exit(code)`.
    case exit(code: Int32)
    /// A fatal error (`throw`/`fatal`).
    case fatal(message: String)
    /// stack.go:newstack → copystack: G `g`'s stack was copied to a bigger
    /// one (`_Grunning` → `_Gcopystack` → `_Grunning`), sizes in bytes.
    case stackGrowth(g: Goid, oldSize: Int32, newSize: Int32)
}
