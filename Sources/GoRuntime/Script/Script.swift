/// One operation of a scripted goroutine body.
public indirect enum ScriptOp: Sendable, Hashable {
    /// Compute for `ns` of simulated time (preemptible at slice boundaries).
    case compute(Int64)
    /// `go f()` where f is the index of a script in `ScriptExecutor.scripts`.
    case go(Int)
    /// `time.Sleep(ns)`.
    case sleep(Int64)
    /// A system call of `ns` (blocking: `entersyscallblock`).
    case syscall(Int64, blocking: Bool = false)
    /// `runtime.Gosched()`.
    case gosched
    /// `os.Exit(code)`.
    case exit(Int32)
    /// Semaphore-style pair for tests: `park(key)` blocks (reason, e.g.
    /// "semacquire") unless a `ready(key)` token is waiting; `ready(key)` wakes
    /// the first G parked on key (FIFO), or leaves a token.
    case park(UInt64, reason: WaitReason = .semacquire)
    case ready(UInt64)
    /// Write text to stdout.
    case print(String)
    /// `runtime.GOMAXPROCS(n)`.
    case gomaxprocs(Int)
    /// Repeat `body` `count` times.
    case loop(Int, [ScriptOp])
}

/// A scripted function: a name (as Go would print it) and its body.
public struct Script: Sendable, Hashable {
    public var name: String
    public var ops: [ScriptOp]
    public init(_ name: String, _ ops: [ScriptOp]) { self.name = name; self.ops = ops }
}

/// Flattened instruction of a script (loops become counted jumps).
enum ScriptInstr: Sendable, Hashable {
    case op(ScriptOp)
    /// Push a loop counter of `count`; if 0, jump to `end`.
    case loopStart(count: Int, end: Int32)
    /// Decrement the top counter; if > 0 jump to `start`, else pop.
    case loopEnd(start: Int32)
}

/// Per-goroutine interpreter state of the scripted driver.
public struct ScriptG: Sendable, Hashable {
    public var script: Int32 = -1
    public var pc: Int32 = 0
    /// Remaining ns of the current `compute`.
    public var computeLeft: Int64 = -1
    public var counters: [Int] = []
    /// The op it is blocked in (to resume after a GOMAXPROCS stop-the-world).
    public var resumingGOMAXPROCS: Bool = false
    public init() {}
}

/// The scripted driver's whole state (a keyframe copy).
public struct ScriptState: Sendable, Hashable {
    public var gs: [ScriptG] = []
    /// FIFO of Gs parked per key, and unused tokens per key.
    public var waiters: [UInt64: [GID]] = [:]
    public var tokens: [UInt64: Int] = [:]
    public init() {}
}

/// Runs goroutine bodies written as scripts (compute N ns, go, sleep, syscall,
/// Gosched, exit, park/ready) — the workload for tests, benchmarks and the
/// UI's synthetic demos. Script 0 is `main.main`.
public final class ScriptExecutor: GoroutineExecutor {
    public let scripts: [Script]
    let code: [[ScriptInstr]]
    @exclusivity(unchecked) public var state = ScriptState()
    /// Cost of one non-compute op (ns), so loops of cheap ops still advance time.
    public var opCost: Int64 = 1

    public init(_ scripts: [Script]) {
        precondition(!scripts.isEmpty, "ScriptExecutor needs a main script")
        self.scripts = scripts
        self.code = scripts.map { ScriptExecutor.compile($0.ops) }
    }
    /// Convenience: main's ops plus other functions.
    public convenience init(main: [ScriptOp], functions: [Script] = []) {
        self.init([Script("main.main", main)] + functions)
    }

    static func compile(_ ops: [ScriptOp]) -> [ScriptInstr] {
        var out: [ScriptInstr] = []
        func emit(_ ops: [ScriptOp]) {
            for op in ops {
                if case let .loop(n, body) = op {
                    let start = out.count
                    out.append(.loopStart(count: n, end: -1))
                    emit(body)
                    out.append(.loopEnd(start: Int32(start)))
                    out[start] = .loopStart(count: n, end: Int32(out.count))
                } else {
                    out.append(.op(op))
                }
            }
        }
        emit(ops)
        return out
    }

    @inline(__always)
    private func ensure(_ g: GID) {
        if g.index >= state.gs.count {
            state.gs.append(contentsOf: repeatElement(ScriptG(), count: g.index + 1 - state.gs.count))
        }
    }

    public func mainEntry(_ rt: Runtime, g: GID) {
        ensure(g)
        state.gs[g.index] = ScriptG()
        state.gs[g.index].script = 0
    }

    public func goroutineCreated(_ rt: Runtime, g: GID, startFunction: Int32) {
        ensure(g)
        state.gs[g.index] = ScriptG()
        state.gs[g.index].script = startFunction
    }

    public func goroutineDestroyed(_ rt: Runtime, g: GID) {
        state.gs[g.index].script = -1
        state.gs[g.index].counters = []
    }

    public func stackRoots(g: GID, visit: (UInt64) -> Void) {}

    public func location(g: GID) -> SourceLocation? {
        guard g.index < state.gs.count, state.gs[g.index].script >= 0 else { return nil }
        let sg = state.gs[g.index]
        return SourceLocation(function: scripts[Int(sg.script)].name, file: "script", line: Int(sg.pc) + 1)
    }

    public func saveState() -> any Sendable { state }
    public func restoreState(_ s: any Sendable) { state = s as! ScriptState }

    public func execute(_ rt: Runtime, g: GID, budget: Int64) -> ExecStop {
        let gi = g.index
        let script = Int(state.gs[gi].script)
        let code = self.code[script]
        var used: Int64 = 0
        while true {
            let pc = Int(state.gs[gi].pc)
            if pc >= code.count { return .exited(used) }
            switch code[pc] {
            case let .loopStart(n, end):
                if n <= 0 { state.gs[gi].pc = end; continue }
                state.gs[gi].counters.append(n)
                state.gs[gi].pc += 1
            case let .loopEnd(start):
                let top = state.gs[gi].counters.count - 1
                state.gs[gi].counters[top] -= 1
                if state.gs[gi].counters[top] > 0 {
                    state.gs[gi].pc = start + 1
                } else {
                    state.gs[gi].counters.removeLast()
                    state.gs[gi].pc += 1
                }
            case let .op(op):
                switch op {
                case let .compute(ns):
                    if state.gs[gi].computeLeft < 0 { state.gs[gi].computeLeft = ns }
                    let left = state.gs[gi].computeLeft
                    let room = budget - used
                    if left > room {
                        state.gs[gi].computeLeft = left - max(room, 0)
                        return .budget(budget)
                    }
                    used += left
                    state.gs[gi].computeLeft = -1
                    state.gs[gi].pc += 1
                    if used >= budget { return .budget(used) }
                case let .go(f):
                    used += opCost
                    rt.advance(used); used = 0
                    rt.newproc(startFunction: Int32(f), name: scripts[f].name, creator: g)
                    state.gs[gi].pc += 1
                case let .sleep(ns):
                    used += opCost
                    rt.advance(used); used = 0
                    state.gs[gi].pc += 1
                    if rt.sleep(ns: ns) { return .parked(0) }
                case let .syscall(ns, blocking):
                    used += opCost
                    state.gs[gi].pc += 1
                    return ExecStop(used: used, reason: .syscall(duration: ns, blocking: blocking))
                case .gosched:
                    used += opCost
                    state.gs[gi].pc += 1
                    return .yielded(used)
                case let .exit(code):
                    used += opCost
                    return ExecStop(used: used, reason: .exitProgram(code))
                case let .park(key, reason):
                    used += opCost
                    state.gs[gi].pc += 1
                    if let t = state.tokens[key], t > 0 {
                        state.tokens[key] = t - 1
                        continue
                    }
                    rt.advance(used); used = 0
                    state.waiters[key, default: []].append(g)
                    rt.gopark(reason: reason, on: .sema(key))
                    return .parked(0)
                case let .ready(key):
                    used += opCost
                    state.gs[gi].pc += 1
                    if var w = state.waiters[key], !w.isEmpty {
                        let first = w.removeFirst()
                        state.waiters[key] = w.isEmpty ? nil : w
                        rt.advance(used); used = 0
                        rt.goready(first)
                    } else {
                        state.tokens[key, default: 0] += 1
                    }
                case let .print(s):
                    used += opCost
                    rt.advance(used); used = 0
                    rt.write(fd: 1, s)
                    state.gs[gi].pc += 1
                case let .gomaxprocs(n):
                    used += opCost
                    rt.advance(used); used = 0
                    state.gs[gi].pc += 1
                    if rt.setGOMAXPROCS(n).mustPark { return .parked(0) }
                case .loop:
                    preconditionFailure("loops are compiled away")
                }
                if used >= budget { return .budget(used) }
            }
        }
    }
}
