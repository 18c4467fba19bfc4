/// Goroutine status, as `runtime2.go` `_Gidle` … `_Gpreempted` (values match Go).
public enum GStatus: UInt8, Sendable, Hashable, CaseIterable {
    case idle = 0        // _Gidle
    case runnable = 1    // _Grunnable
    case running = 2     // _Grunning
    case syscall = 3     // _Gsyscall
    case waiting = 4     // _Gwaiting
    case dead = 6        // _Gdead
    case copystack = 8   // _Gcopystack
    case preempted = 9   // _Gpreempted

    /// The name Go prints in tracebacks (`traceback.go:gStatusStrings`).
    public var goName: String {
        switch self {
        case .idle: "idle"
        case .runnable: "runnable"
        case .running: "running"
        case .syscall: "syscall"
        case .waiting: "waiting"
        case .dead: "dead"
        case .copystack: "copystack"
        case .preempted: "preempted"
        }
    }

    /// Legal `casgstatus(old, new)` transitions (runtime-reference §1.1).
    public static func isLegal(from old: GStatus, to new: GStatus) -> Bool {
        switch (old, new) {
        case (.idle, .dead), (.dead, .runnable), (.dead, .waiting),
             (.runnable, .running), (.running, .runnable), (.running, .waiting),
             (.waiting, .runnable), (.waiting, .running), (.running, .syscall),
             (.syscall, .running), (.syscall, .runnable), (.running, .copystack),
             (.copystack, .running), (.running, .preempted), (.preempted, .waiting),
             (.running, .dead):
            return true
        default:
            return false
        }
    }
}

/// P status, as `runtime2.go` `_Pidle` … `_Pdead`.
public enum PStatus: UInt8, Sendable, Hashable, CaseIterable {
    case idle = 0     // _Pidle
    case running = 1  // _Prunning
    case syscall = 2  // _Psyscall
    case gcstop = 3   // _Pgcstop
    case dead = 4     // _Pdead

    public var goName: String {
        switch self {
        case .idle: "_Pidle"
        case .running: "_Prunning"
        case .syscall: "_Psyscall"
        case .gcstop: "_Pgcstop"
        case .dead: "_Pdead"
        }
    }
}

/// Why a goroutine is in `_Gwaiting` (`runtime2.go: waitReason`, Go 1.23 order
/// and strings; see runtime-reference §1.3).
public enum WaitReason: UInt8, Sendable, Hashable, CaseIterable {
    case zero = 0
    case gcAssistMarking, ioWait, chanReceiveNilChan, chanSendNilChan, dumpingHeap
    case garbageCollection, garbageCollectionScan, panicWait, select, selectNoCases
    case gcAssistWait, gcSweepWait, gcScavengeWait, chanReceive, chanSend
    case finalizerWait, forceGCIdle, semacquire, sleep, syncCondWait
    case syncMutexLock, syncRWMutexRLock, syncRWMutexLock, traceReaderBlocked, waitForGCCycle
    case gcWorkerIdle, gcWorkerActive, preempted, debugCall, gcMarkTermination
    case stoppingTheWorld

    /// The label Go prints, e.g. in `goroutine 1 [chan receive]:`.
    public var goString: String {
        switch self {
        case .zero: ""
        case .gcAssistMarking: "GC assist marking"
        case .ioWait: "IO wait"
        case .chanReceiveNilChan: "chan receive (nil chan)"
        case .chanSendNilChan: "chan send (nil chan)"
        case .dumpingHeap: "dumping heap"
        case .garbageCollection: "garbage collection"
        case .garbageCollectionScan: "garbage collection scan"
        case .panicWait: "panicwait"
        case .select: "select"
        case .selectNoCases: "select (no cases)"
        case .gcAssistWait: "GC assist wait"
        case .gcSweepWait: "GC sweep wait"
        case .gcScavengeWait: "GC scavenge wait"
        case .chanReceive: "chan receive"
        case .chanSend: "chan send"
        case .finalizerWait: "finalizer wait"
        case .forceGCIdle: "force gc (idle)"
        case .semacquire: "semacquire"
        case .sleep: "sleep"
        case .syncCondWait: "sync.Cond.Wait"
        case .syncMutexLock: "sync.Mutex.Lock"
        case .syncRWMutexRLock: "sync.RWMutex.RLock"
        case .syncRWMutexLock: "sync.RWMutex.Lock"
        case .traceReaderBlocked: "trace reader (blocked)"
        case .waitForGCCycle: "wait for GC cycle"
        case .gcWorkerIdle: "GC worker (idle)"
        case .gcWorkerActive: "GC worker (active)"
        case .preempted: "preempted"
        case .debugCall: "debug call"
        case .gcMarkTermination: "GC mark termination"
        case .stoppingTheWorld: "stopping the world"
        }
    }
}
