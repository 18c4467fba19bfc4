// A tiny scripted executor for channel/sync tests: each goroutine runs a list
// of instructions; an instruction that parks is resumed through
// `takeWakeResult` (channels) or re-executed (sync), as the VM will do.
@testable import GoRuntime

/// What one instruction asks the executor to do.
enum Act {
    case next            // advance pc
    case park            // the runtime parked the G (pc stays; resumed later)
    case parkAdvance     // parked; when resumed, continue with the next instruction
    case again(Int64)    // spend ns on the CPU, re-execute the same instruction
    case yield           // Gosched-style yield after advancing
    case exit            // the goroutine returns
}

typealias Instr = (ChanScript, Runtime, GID) -> Act

final class ChanScript: GoroutineExecutor {
    var programs: [[Instr]]
    /// Per G slot: program and pc; `resumed` is true when the G parked last time.
    var prog: [Int: Int] = [:]
    var pc: [Int: Int] = [:]
    var resumed: [Int: Bool] = [:]
    var log: [String] = []
    var chan: [String: ChanID] = [:]
    var timer: [String: TimerID] = [:]
    var counters: [String: Int] = [:]
    /// Cost of one instruction (ns).
    var instrCost: Int64 = 100

    init(_ programs: [[Instr]]) { self.programs = programs }

    func execute(_ rt: Runtime, g: GID, budget: Int64) -> ExecStop {
        var used: Int64 = 0
        let gi = g.index
        while used < budget {
            let p = prog[gi]!
            let i = pc[gi]!
            if i >= programs[p].count { return .exited(used) }
            used += instrCost
            rt.advance(instrCost)
            let act = programs[p][i](self, rt, g)
            resumed[gi] = false
            switch act {
            case .next: pc[gi] = i + 1
            case .park:
                resumed[gi] = true
                return .parked(used)
            case .parkAdvance:
                pc[gi] = i + 1
                return .parked(used)
            case .again(let ns):
                used += ns
                rt.advance(ns)
            case .yield:
                pc[gi] = i + 1
                return .yielded(used)
            case .exit:
                return .exited(used)
            }
        }
        return .budget(used)
    }
    func mainEntry(_ rt: Runtime, g: GID) { prog[g.index] = 0; pc[g.index] = 0; resumed[g.index] = false }
    func goroutineCreated(_ rt: Runtime, g: GID, startFunction: Int32) {
        prog[g.index] = Int(startFunction); pc[g.index] = 0; resumed[g.index] = false
    }
    func goroutineDestroyed(_ rt: Runtime, g: GID) {}
    func stackRoots(g: GID, visit: (UInt64) -> Void) {}
    func location(g: GID) -> SourceLocation? { nil }
    func saveState() -> any Sendable { 0 }
    func restoreState(_ state: any Sendable) {}

    func isResume(_ g: GID) -> Bool { resumed[g.index] ?? false }
    func say(_ rt: Runtime, _ g: GID, _ s: String) { log.append("G\(rt.goid(g)) \(s)") }
}

/// A runtime for tests: no sysmon, no runtime goroutines, timer channels hooked.
func makeRuntime(_ programs: [[Instr]], procs: Int = 1, seed: UInt64 = 1) -> (Runtime, ChanScript) {
    var cfg = RuntimeConfig(gomaxprocs: procs, seed: seed)
    cfg.sysmonEnabled = false
    cfg.runtimeGoroutines = false
    let ex = ChanScript(programs)
    let rt = Runtime(config: cfg, executor: ex)
    rt.hooks.timerFired = { rt, id, f in rt.chanTimerFired(id, f) }
    return (rt, ex)
}

/// Run to the end, checking the channel invariants after every step.
@discardableResult
func runChecked(_ rt: Runtime, maxSteps: Int = 1_000_000) -> [String] {
    var errs: [String] = []
    var n = 0
    while n < maxSteps && rt.step() {
        n += 1
        let e = rt.checkChanInvariants()
        if !e.isEmpty && errs.isEmpty { errs = e }
    }
    if errs.isEmpty { errs = rt.checkChanInvariants() }
    return errs
}

// MARK: - Instructions

enum I {
    static func make(_ name: String, cap: Int, line: Int = 0) -> Instr {
        { ex, rt, _ in
            ex.chan[name] = rt.makechan(elemType: "int", elemSize: 8, size: cap, zero: .int(0), line: line)!
            return .next
        }
    }
    static func nilChan(_ name: String) -> Instr {
        { ex, _, _ in ex.chan[name] = .nilChan; return .next }
    }
    static func send(_ name: String, _ v: Int64) -> Instr {
        { ex, rt, g in
            if ex.isResume(g) {
                let r = rt.takeWakeResult(g)
                if let p = r.panic { ex.say(rt, g, "panic: \(p)"); return .exit }
                ex.say(rt, g, "sent \(v)")
                return .next
            }
            switch rt.chansend(ex.chan[name]!, .int(v), block: true) {
            case .completed: ex.say(rt, g, "sent \(v)"); return .next
            case .parked: return .park
            case .wouldBlock: return .next
            case .panic(let p): ex.say(rt, g, "panic: \(p)"); return .exit
            }
        }
    }
    static func recv(_ name: String) -> Instr {
        { ex, rt, g in
            if ex.isResume(g) {
                let r = rt.takeWakeResult(g)
                ex.say(rt, g, "recv \(r.value.i) \(r.ok)")
                return .next
            }
            switch rt.chanrecv(ex.chan[name]!, block: true) {
            case .completed(let v, let ok): ex.say(rt, g, "recv \(v.i) \(ok)"); return .next
            case .parked: return .park
            case .wouldBlock: return .next
            }
        }
    }
    static func close(_ name: String) -> Instr {
        { ex, rt, g in
            if let p = rt.closechan(ex.chan[name]!) { ex.say(rt, g, "panic: \(p)"); return .exit }
            ex.say(rt, g, "closed \(name)")
            return .next
        }
    }
    /// select over (name, send value or nil for receive) cases.
    static func select(_ cases: [(String, Int64?)], hasDefault: Bool = false, quiet: Bool = false) -> Instr {
        { ex, rt, g in
            if ex.isResume(g) {
                let r = rt.takeWakeResult(g)
                if let p = r.panic { ex.say(rt, g, "panic: \(p)"); return .exit }
                if !quiet { ex.say(rt, g, "select case \(r.caseIndex) \(r.value.i) \(r.ok)") }
                ex.counters["case\(r.caseIndex)", default: 0] += 1
                return .next
            }
            let sc = cases.map { c in
                c.1 == nil ? SelectCase(recv: ex.chan[c.0]!) : SelectCase(send: ex.chan[c.0]!, .int(c.1!))
            }
            switch rt.selectgo(cases: sc, hasDefault: hasDefault) {
            case let .chosen(i, v, ok):
                if !quiet { ex.say(rt, g, "select case \(i) \(v.i) \(ok)") }
                ex.counters["case\(i)", default: 0] += 1
                return .next
            case .defaultCase:
                if !quiet { ex.say(rt, g, "select default") }
                ex.counters["default", default: 0] += 1
                return .next
            case .parked: return .park
            case .panic(let p): ex.say(rt, g, "panic: \(p)"); return .exit
            }
        }
    }
    static func go(_ program: Int) -> Instr {
        { _, rt, g in _ = rt.newproc(startFunction: Int32(program), name: "main.f\(program)", creator: g); return .next }
    }
    static func gosched() -> Instr { { _, _, _ in .yield } }
    static func sleep(_ ns: Int64) -> Instr {
        { _, rt, _ in rt.sleep(ns: ns) ? .parkAdvance : .next }
    }
    static func say(_ s: String) -> Instr { { ex, rt, g in ex.say(rt, g, s); return .next } }
    static func check(_ body: @escaping (ChanScript, Runtime, GID) -> Void) -> Instr {
        { ex, rt, g in body(ex, rt, g); return .next }
    }
    /// A sync step (re-executed after a park or a spin).
    static func sync(_ label: String?, _ op: @escaping (Runtime) -> SyncStep) -> Instr {
        { ex, rt, g in
            switch op(rt) {
            case .done:
                if let l = label { ex.say(rt, g, l) }
                return .next
            case .parked: return .park
            case .spin(let ns): return .again(ns)
            case .yield:
                if let l = label { ex.say(rt, g, l) }
                return .yield
            case .panic(let m): ex.say(rt, g, "panic: \(m)"); return .exit
            case .fatal(let m): rt.fatal(m); return .exit
            case .runOnce: ex.say(rt, g, "once body"); return .next
            }
        }
    }
}

/// Burn `ns` of CPU as one instruction: split into `.again` slices.
func burn(_ ns: Int64) -> Instr {
    var left: [Int: Int64] = [:]
    return { _, _, g in
        let l = left[g.index] ?? ns
        if l <= 0 { left[g.index] = nil; return .next }
        let chunk = min(l, 10_000)
        left[g.index] = l - chunk
        return .again(chunk)
    }
}
