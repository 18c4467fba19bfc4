// The interpreter: implements the scheduler's `GoroutineExecutor`. Owns the
// compiled program, every G's frames (GState), globals and (until the heap's
// payload store is wired) object payloads.
import GoFrontend
import GoRuntime

/// Outcome of running one G's instructions (internal to the interpreter).
enum RunStop {
    case budget
    case parked
    case yielded
    case syscall(Int64, Bool)
    case exited
    case exitProgram(Int32)
    /// A nested (library callback) frame returned.
    case nestedReturn
}

public final class Interpreter: GoroutineExecutor {
    public let prog: Program
    /// Per-G interpreter state, indexed by `GID.index`.
    public var gstates: [GState?] = []
    /// The object holding the package-level variables (rooted through the
    /// heap's data segment, slot 0).
    public var globals: ObjRef = .none
    /// Set when the G must leave the CPU after the current instruction
    /// (mallocgc asked it to park, or a heap fault).
    var parkRequested = false
    var faulted: HeapFault? = nil
    /// Zero slot templates per type (`new`), indexed by RTypeID (built on first use).
    var zeroTemplates: [[Value]?] = []
    /// Current runtime while executing (set with `setRuntime`).
    unowned(unsafe) var rt: Runtime! = nil
    /// The same, for the hot paths: `_withUnsafeGuaranteedRef` calls into the
    /// runtime without a retain/release pair per heap access.
    var rtU: Unmanaged<Runtime>? = nil
    /// The G being executed.
    var curG: GID = .none
    /// The running G's state while `run` has it out of `gstates` (so a mark
    /// assist that takes this G's own stack job scans it: mgcmark.go markroot's
    /// `selfScan`).
    var runningState: UnsafeMutablePointer<GState>? = nil
    /// Run's map-iteration / math/rand randomness (seeded from the run's seed).
    public var rand: Rand
    /// math/rand's global source (rng.go rngSource; Go 1.19 seeds it with 1 until
    /// rand.Seed is called — here with the run's seed, whose default is 1).
    public var goRand: GoRandSource
    /// Per runtime type: may its values be compared with == (alg.go: a type
    /// with no equal function — slices, maps, funcs, and structs/arrays of them).
    let comparableType: [Bool]
    /// Simulated ns spent in the current `execute` beyond instruction counts (calls, allocs…).
    var extraCost: Int64 = 0
    let nsPerInstr: Int64
    /// Set when the program must end (os.Exit, fatal panic).
    var exitCode: Int32? = nil
    /// Bytes written to fd 1 / 2 (when running without a runtime, e.g. tests).
    public var stdoutLog: [UInt8] = []
    public var stderrLog: [UInt8] = []

    // Per-function tables copied out of `prog` for the hot loop.
    let codes: [[Instr]]
    let auxs: [[Aux]]
    /// All functions' code in one buffer (no ARC on calls): function f starts at codeStart[f].
    let codeBase: UnsafeMutablePointer<Instr>
    let codeStart: UnsafeMutablePointer<Int>
    let fnRegs: UnsafeMutablePointer<Int>
    let fnParams: UnsafeMutablePointer<Int>
    let fnResults: UnsafeMutablePointer<Int>
    let fnFrameBytes: UnsafeMutablePointer<Int>
    /// maxstacksize (runtime.main sets 1 GB on 64-bit).
    let maxStackSize = 1_000_000_000
    let osArgsType: RTypeID
    let stringSliceType: RTypeID
    let intSliceType: RTypeID
    let timerType: RTypeID?
    let wrapErrorPtrType: RTypeID?
    /// Slot of `sync.WaitGroup.state1` (counter<<32 | waiters, Go 1.19's layout)
    /// inside the struct, or -1: the state lives in memory so a copied WaitGroup
    /// carries its counter, as in Go.
    let waitGroupStateSlot: Int
    /// Slot of `sync.Mutex.state` (likewise: a copied Mutex keeps its lock bits).
    let mutexStateSlot: Int
    /// Slots of RWMutex `w.state`, `readerCount`, `readerWait` and Once `done`,
    /// `m.state` (-1: type not in the program).
    let rwStateSlots: (state: Int, readerCount: Int, readerWait: Int)
    let onceSlots: (done: Int, state: Int)
    /// Per type: a struct/array whose boxed value must be `.agg` even at width 1.
    let boxAsAgg: [Bool]
    /// Per type: byte size and whether it holds no pointers (`mallocgc`'s
    /// arguments), so the hot path never copies an RType descriptor.
    let typeSize: UnsafeMutablePointer<Int>
    let typeNoscan: UnsafeMutablePointer<Bool>
    /// The integer operands of `.field(slot, width)` / `.elem(width, len)` aux
    /// entries, flattened: function f's aux k is at auxStart[f] + k (no Aux
    /// enum copy on field and element accesses). Other aux kinds hold (0, 0).
    let auxInts: UnsafeMutablePointer<(Int32, Int32)>
    let auxStart: UnsafeMutablePointer<Int>

    public init(program: Program, seed: UInt64, nsPerInstruction: Int64 = 1) {
        self.prog = program
        codes = program.funcs.map(\.code)
        auxs = program.funcs.map(\.aux)
        let nf = program.funcs.count
        func table(_ f: (FuncProto) -> Int) -> UnsafeMutablePointer<Int> {
            let p = UnsafeMutablePointer<Int>.allocate(capacity: max(nf, 1))
            for (i, fp) in program.funcs.enumerated() { p[i] = f(fp) }
            return p
        }
        fnRegs = table { Int($0.nregs) }
        fnParams = table { Int($0.nparams) }
        fnResults = table { Int($0.nresults) }
        fnFrameBytes = table { $0.frameBytes }
        var starts: [Int] = []
        var total = 0
        for fp in program.funcs { starts.append(total); total += fp.code.count }
        codeStart = table { _ in 0 }
        for i in 0..<nf { codeStart[i] = starts[i] }
        codeBase = .allocate(capacity: max(total, 1))
        for (i, fp) in program.funcs.enumerated() {
            (codeBase + starts[i]).initialize(from: fp.code, count: fp.code.count)
        }
        stringSliceType = program.namedTypes["[]string"] ?? -1
        osArgsType = stringSliceType
        intSliceType = program.namedTypes["[]int"] ?? -1
        timerType = program.namedTypes["time.Timer"]
        wrapErrorPtrType = program.namedTypes["*fmt.wrapError"]
        waitGroupStateSlot = program.types.types.first { $0.named && $0.name == "sync.WaitGroup" && $0.kind == .struct }
            .flatMap { t in t.fields.first { $0.name == "state1" }.map { Int($0.slot) } } ?? -1
        mutexStateSlot = program.types.types.first { $0.named && $0.name == "sync.Mutex" && $0.kind == .struct }
            .flatMap { t in t.fields.first { $0.name == "state" }.map { Int($0.slot) } } ?? -1
        func fieldSlot(_ type: String, _ name: String) -> Int {
            program.types.types.first { $0.named && $0.name == type && $0.kind == .struct }
                .flatMap { t in t.fields.first { $0.name == name }.map { Int($0.slot) } } ?? -1
        }
        let rwW = fieldSlot("sync.RWMutex", "w"), onceM = fieldSlot("sync.Once", "m")
        let ms = mutexStateSlot
        rwStateSlots = (rwW >= 0 && ms >= 0 ? rwW + ms : -1, fieldSlot("sync.RWMutex", "readerCount"),
                        fieldSlot("sync.RWMutex", "readerWait"))
        onceSlots = (fieldSlot("sync.Once", "done"), onceM >= 0 && ms >= 0 ? onceM + ms : -1)
        boxAsAgg = program.types.types.map { ($0.kind == .struct || $0.kind == .array) && $0.slotCount == 1 }
        let nt = program.types.types.count
        typeSize = .allocate(capacity: max(nt, 1))
        typeNoscan = .allocate(capacity: max(nt, 1))
        for (i, t) in program.types.types.enumerated() { typeSize[i] = t.size; typeNoscan[i] = t.ptrdata == 0 }
        zeroTemplates = Array(repeating: nil, count: nt)
        var astarts: [Int] = []
        var atotal = 0
        for fp in program.funcs { astarts.append(atotal); atotal += fp.aux.count }
        auxStart = table { _ in 0 }
        for i in 0..<nf { auxStart[i] = astarts[i] }
        auxInts = .allocate(capacity: max(atotal, 1))
        for (i, fp) in program.funcs.enumerated() {
            for (k, a) in fp.aux.enumerated() {
                let v: (Int32, Int32)
                switch a {
                case .field(let slot, let width): v = (slot, width)
                case .elem(let width, let len): v = (width, len)
                default: v = (0, 0)
                }
                (auxInts + astarts[i] + k).initialize(to: v)
            }
        }
        self.rand = Rand(seed: seed ^ 0x6D61_7069_7465_72)
        self.goRand = GoRandSource(seed: Int64(bitPattern: seed))
        self.comparableType = Interpreter.comparableTypes(program.types)
        self.nsPerInstr = nsPerInstruction
    }

    /// Allocate and root the package-level variables' object (once).
    func allocGlobals() {
        guard globals.isNone else { return }
        var g = [Value]()
        g.reserveCapacity(prog.globalSlots)
        for (_, _, t) in prog.globalNames { prog.types.appendZeroSlots(t, into: &g) }
        while g.count < prog.globalSlots { g.append(.nil) }
        var bytes = 0
        for (_, _, t) in prog.globalNames { bytes += prog.types[t].size }
        globals = heap.alloc(g, bytes: max(bytes, 8), noscan: false)
        rt.heap.allocGlobals(count: 1, zero: .nil)
        rt.globalStore(0, .pointer(globals, 0))
    }

    deinit {
        codeBase.deallocate(); codeStart.deallocate()
        fnRegs.deallocate(); fnParams.deallocate(); fnResults.deallocate(); fnFrameBytes.deallocate()
        typeSize.deallocate(); typeNoscan.deallocate(); auxInts.deallocate(); auxStart.deallocate()
    }

    // MARK: GoroutineExecutor

    public func goroutineCreated(_ rt: Runtime, g: GID, startFunction: Int32) {
        // The state is installed by the `go` statement (pendingGo) before newproc returns.
        ensureSlot(g)
    }

    public func goroutineDestroyed(_ rt: Runtime, g: GID) {
        if g.index < gstates.count { gstates[g.index] = nil }
    }

    public func mainEntry(_ rt: Runtime, g: GID) {
        setRuntime(rt)
        allocGlobals()
        ensureSlot(g)
        var st = GState(goid: 1)
        st.isMain = true
        // runtime.main → package init (init order) → main.main: the init
        // function tail-calls main.main.
        let f = prog.initFunc >= 0 ? prog.initFunc : prog.mainFunc
        pushEntryFrame(&st, fn: f, args: [], closure: .none)
        gstates[g.index] = st
    }

    public func stackRoots(g: GID, visit: (UInt64) -> Void) {
        guard g.index < gstates.count else { return }
        let st: GState
        if let s = gstates[g.index] { st = s } else if g == curG, let p = runningState { st = p.pointee } else { return }
        var top = 0
        if let f = st.frames.last { top = Int(f.bp) + Int(prog.funcs[Int(f.fn)].nregs) }
        top = min(top, st.stack.count)
        for i in 0..<top { st.stack[i].forEachRef { visit($0.raw) } }
        for f in st.frames where !f.closure.isNone { visit(f.closure.raw) }
        for d in st.defers { for a in d.args { a.forEachRef { visit($0.raw) } } }
        for p in st.panics { p.value.forEachRef { visit($0.raw) } }
    }

    public func location(g: GID) -> SourceLocation? {
        guard g.index < gstates.count, let st = gstates[g.index], let f = st.frames.last else { return nil }
        let fp = prog.funcs[Int(f.fn)]
        let pc = max(0, min(Int(f.pc) - 1, fp.lines.count - 1))
        let line = fp.lines.isEmpty ? fp.line : fp.lines[pc]
        return SourceLocation(function: fp.name == "runtime.main" ? "runtime.main" : fp.name, file: prog.fileName, line: Int(line))
    }

    /// All frames of g, innermost first (function, line), for tracebacks and the UI.
    public func frames(g: GID) -> [SourceLocation] {
        guard g.index < gstates.count, let st = gstates[g.index] else { return [] }
        return tracebackFrames(st).filter { !$0.fn.hasPrefix("runtime.") }
            .map { SourceLocation(function: $0.fn, file: prog.fileName, line: Int($0.line)) }
    }

    struct SavedState: Sendable {
        var gstates: [GState?]
        var rand: Rand
        var goRand: GoRandSource
        var globals: ObjRef
    }

    public func saveState() -> any Sendable {
        SavedState(gstates: gstates.map { $0?.deepCopy() }, rand: rand, goRand: goRand, globals: globals)
    }

    public func restoreState(_ state: any Sendable) {
        guard let s = state as? SavedState else { return }
        gstates = s.gstates.map { $0?.deepCopy() }; rand = s.rand; goRand = s.goRand; globals = s.globals
    }

    public func execute(_ rt: Runtime, g: GID, budget: Int64) -> ExecStop {
        setRuntime(rt)
        curG = g
        guard g.index < gstates.count, var st = gstates[g.index] else {
            return ExecStop(used: 0, reason: .exited)
        }
        gstates[g.index] = nil
        extraCost = 0
        var used: Int64 = 0
        let stop = withUnsafeMutablePointer(to: &st) { p in
            runningState = p
            defer { runningState = nil }
            return run(&p.pointee, budget: budget, used: &used)
        }
        gstates[g.index] = st
        let total = used &* nsPerInstr &+ extraCost
        switch stop {
        case .budget: return ExecStop(used: total, reason: .budget)
        case .parked: return ExecStop(used: total, reason: .parked)
        case .yielded: return ExecStop(used: total, reason: .yielded)
        case .syscall(let d, let b): return ExecStop(used: total, reason: .syscall(duration: d, blocking: b))
        case .exited:
            if st.isMain { return ExecStop(used: total, reason: .exitProgram(0)) }
            return ExecStop(used: total, reason: .exited)
        case .exitProgram(let c): return ExecStop(used: total, reason: .exitProgram(c))
        case .nestedReturn: return ExecStop(used: total, reason: .budget)
        }
    }

    // MARK: helpers

    /// The register form of a boxed value (width-1 aggregates unwrap).
    @inline(__always) func unboxed(_ v: Value) -> Value {
        if case .agg(let s) = v, s.count == 1 { return s[0] }
        return v
    }

    /// Install what the interpreter needs from the runtime (timer channels'
    /// time values, the timer hook). Call once after creating the Runtime.
    public func attach(_ rt: Runtime) {
        setRuntime(rt)
        rt.chans.makeTimeValue = { .agg([.int(0), .int($0), .nil]) }
        rt.chans.timeZero = .agg([.int(0), .int(0), .nil])
        let prev = rt.hooks.timerFired
        rt.hooks.timerFired = { rt, id, f in
            if case .sendTime = f { rt.chanTimerFired(id, f) } else { prev?(rt, id, f) }
        }
    }

    @inline(__always) func setRuntime(_ r: Runtime) {
        rt = r
        rtU = Unmanaged.passUnretained(r)
    }

    func ensureSlot(_ g: GID) {
        while gstates.count <= g.index { gstates.append(nil) }
    }

    /// Push the first frame of a goroutine.
    func pushEntryFrame(_ st: inout GState, fn: FuncIndex, args: [Value], closure: ObjRef) {
        let fp = prog.funcs[Int(fn)]
        let n = Int(fp.nregs)
        if st.stack.count < n + 8 { st.stack = RegFile(count: max(64, n + 8)) }
        for (i, a) in args.enumerated() { st.stack[i] = a }
        st.frames.append(Frame(fn: fn, pc: 0, bp: 0, closure: closure, kind: .entry))
        st.stackUsed = fp.frameBytes
    }

    /// (function, line) of every frame, innermost first.
    func tracebackFrames(_ st: GState, limit: Int = 200) -> [(fn: String, line: Int32)] {
        var out: [(fn: String, line: Int32)] = []
        for f in st.frames.reversed() {
            if out.count >= limit { break }
            let fp = prog.funcs[Int(f.fn)]
            let pc = max(0, min(Int(f.pc) - 1, fp.lines.count - 1))
            out.append((fp.name, fp.lines.isEmpty ? fp.line : fp.lines[pc]))
        }
        return out
    }
}
