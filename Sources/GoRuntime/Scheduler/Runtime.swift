/// The simulation engine: one run of one program. All simulation state lives
/// in value-typed stored properties (`sched`, `chans`, `sync`, `heap`, `gc`),
/// so a keyframe (`saveState`) is a plain copy; the executor saves its own.
/// The event log is append-only: a keyframe stores only its mark.
public final class Runtime {
    @exclusivity(unchecked) public var config: RuntimeConfig
    /// Scheduler state: G/M/P, run queues, timers, clock, PRNG, output.
    @exclusivity(unchecked) public var sched: SchedState
    /// Channels and sudogs (owned by the channels work).
    @exclusivity(unchecked) public var chans = ChanTable()
    /// Semaphores, Mutex, WaitGroup … (owned by the sync work).
    @exclusivity(unchecked) public var sync = SyncState()
    /// The allocator (owned by the heap work).
    @exclusivity(unchecked) public var heap = HeapState()
    /// The collector (owned by the GC work).
    @exclusivity(unchecked) public var gc = GCState()
    /// The typed event log.
    @exclusivity(unchecked) public var events: EventLog
    /// Runs user goroutines (the interpreter, or `ScriptExecutor`).
    public let executor: any GoroutineExecutor
    /// Plug-in points for other areas (see `RuntimeHooks`).
    public var hooks = RuntimeHooks()

    /// `tryWakeP` of `schedule`: findRunnable chose a GC worker (transient, within a step).
    @usableFromInline var tryWakeP: Bool = false
    /// Set by `gopark` until the executor returns `.parked`.
    @exclusivity(unchecked) @usableFromInline var parkPending: Bool = false

    /// Builds the runtime and runs the start-up chain up to the first
    /// `schedule()` (`rt0_go`: m0/g0, `schedinit`, `newproc(runtime.main)`, `mstart`).
    public init(config: RuntimeConfig = RuntimeConfig(), executor: any GoroutineExecutor) {
        self.config = config
        self.sched = SchedState()
        self.events = EventLog(capacity: config.eventCapacity)
        self.executor = executor
        rt0_go()
    }

    // MARK: - What the executor may read while a G runs

    /// Simulated time on the current M's clock (ns since start).
    @inline(__always) public var now: Int64 {
        let m = sched.curM
        return m.isNone ? sched.now : sched.allm[m.index].clock
    }
    /// The M acting in the current step.
    @inline(__always) public var currentM: MID { sched.curM }
    /// The P of the current M (`.none` if it holds none).
    @inline(__always) public var currentP: PID {
        let m = sched.curM
        return m.isNone ? .none : sched.allm[m.index].p
    }
    /// The G running on the current M (`getg().m.curg`).
    @inline(__always) public var currentG: GID {
        let m = sched.curM
        return m.isNone ? .none : sched.allm[m.index].curg
    }
    /// The program's exit code once it has ended.
    public var exitCode: Int32? { sched.exitCode }
    /// The text of the fatal error that ended the program, if any.
    public var fatalMessage: String? { sched.fatalMessage }
    /// Whether the program has ended.
    @inline(__always) public var ended: Bool { sched.exitCode != nil }

    /// The Go id of a G.
    @inline(__always) public func goid(_ g: GID) -> Goid { g.isNone ? 0 : sched.allgs[g.index].goid }
    /// The G (slot) currently holding `goid`, if it is alive.
    public func gid(goid: Goid) -> GID? {
        for (i, g) in sched.allgs.enumerated() where g.goid == goid && g.status != .dead && g.status != .idle {
            return GID(index: i)
        }
        return nil
    }
    /// The function name a G was started with ("main.main", "main.worker", "runtime.forcegchelper").
    public func startFunctionName(_ g: GID) -> String { sched.funcNames[Int(sched.allgs[g.index].nameIndex)] }

    /// Charge `ns` of the current G's work to the current M's clock now (so
    /// runtime calls that follow are timestamped precisely). Optional.
    @inline(__always) public func advance(_ ns: Int64) {
        let m = sched.curM
        if !m.isNone { sched.allm[m.index].clock &+= ns }
    }
    /// Charge a runtime operation's cost to the current M.
    @inline(__always) func charge(_ ns: Int64) { advance(ns) }

    // MARK: - Events

    /// Log an event in the current context (acting M, its P, its G).
    @inline(__always)
    public func emit(_ kind: consuming EventKind) {
        let m = sched.curM
        if m.isNone {
            events.append(time: sched.now, p: .none, m: .none, g: 0, kind: kind)
        } else {
            let curg = sched.allm[m.index].curg
            let g: Goid = curg.isNone ? 0 : sched.allgs[curg.index].goid
            events.append(time: sched.allm[m.index].clock, p: sched.allm[m.index].p, m: m, g: g, kind: kind)
        }
    }
    @inline(__always) func emit(_ e: consuming SchedEvent) { emit(.sched(e)) }

    // MARK: - Output

    /// `write(fd, p)` from the program: a short system call (entersyscall /
    /// exitsyscall fast path, which always succeeds within one step); the bytes
    /// are appended to the output log. Returns the number of bytes written.
    @discardableResult
    public func write(fd: Int, bytes: some Collection<UInt8>) -> Int {
        let g = currentG
        let n = bytes.count
        let d = config.cost.writeSyscall + config.cost.writePerByte * Int64(n)
        let start = sched.output.bytes.count
        sched.output.bytes.append(contentsOf: bytes)
        sched.output.records.append(.init(fd: Int32(fd), time: now, start: start, end: start + n))
        emit(.write(fd: Int32(fd), bytes: Int32(truncatingIfNeeded: n)))
        if !g.isNone { sched.allgs[g.index].runTime &+= d }
        charge(d)
        if let out = hooks.output { out(Int32(fd), sched.output.bytes[start..<(start + n)]) }
        return n
    }
    /// `write` of a string (UTF-8).
    @discardableResult
    public func write(fd: Int, _ s: String) -> Int { write(fd: fd, bytes: Array(s.utf8)) }

    /// The program's output so far.
    public var output: OutputLog { sched.output }

    // MARK: - Keyframes

    /// A copy of all simulation state (the executor's own included).
    public func saveState() -> RuntimeState {
        RuntimeState(config: config, sched: sched, chans: chans, sync: sync, heap: heap, gc: gc,
                     events: events.mark, executor: executor.saveState())
    }
    /// Return to a keyframe taken earlier in this run (events after it are dropped).
    public func restoreState(_ s: RuntimeState) {
        config = s.config
        sched = s.sched
        chans = s.chans
        sync = s.sync
        heap = s.heap
        gc = s.gc
        events.truncate(to: s.events)
        parkPending = false
        executor.restoreState(s.executor)
    }
}

/// A keyframe: everything needed to continue the run from here.
public struct RuntimeState: Sendable {
    public var config: RuntimeConfig
    public var sched: SchedState
    public var chans: ChanTable
    public var sync: SyncState
    public var heap: HeapState
    public var gc: GCState
    public var events: EventLog.Mark
    public var executor: any Sendable
}
