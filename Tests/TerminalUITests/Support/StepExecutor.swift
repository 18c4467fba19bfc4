import GoRuntime
import TerminalUI

/// A tiny executor for UI tests: each goroutine runs a list of instructions
/// that call the real runtime (channels, sleep, output, exit). A parked
/// instruction resumes at the next one, as the interpreter does.
final class StepExecutor: GoroutineExecutor {
    enum Act { case next, parked, exit, exitProgram(Int32) }
    typealias Instr = @Sendable (Runtime, GID) -> Act

    struct Function {
        var name: String
        var code: [Instr]
    }

    struct State: Sendable {
        var function: [Int32] = []
        var pc: [Int32] = []
    }

    let functions: [Function]
    var state = State()

    init(_ functions: [Function]) { self.functions = functions }

    private func ensure(_ g: GID) {
        while state.function.count <= g.index {
            state.function.append(-1)
            state.pc.append(0)
        }
    }

    func execute(_ rt: Runtime, g: GID, budget: Int64) -> ExecStop {
        var used: Int64 = 0
        while used < budget {
            let f = Int(state.function[g.index])
            let pc = Int(state.pc[g.index])
            if pc >= functions[f].code.count { return .exited(used) }
            used += 100
            rt.advance(100)
            let act = functions[f].code[pc](rt, g)
            state.pc[g.index] += 1
            switch act {
            case .next: continue
            case .parked: return .parked(0)
            case .exit: return .exited(0)
            case let .exitProgram(code): return ExecStop(used: 0, reason: .exitProgram(code))
            }
        }
        return .budget(used)
    }

    func mainEntry(_ rt: Runtime, g: GID) {
        ensure(g)
        state.function[g.index] = 0
        state.pc[g.index] = 0
    }

    func goroutineCreated(_ rt: Runtime, g: GID, startFunction: Int32) {
        ensure(g)
        state.function[g.index] = startFunction
        state.pc[g.index] = 0
    }

    func goroutineDestroyed(_ rt: Runtime, g: GID) {}
    func stackRoots(g: GID, visit: (UInt64) -> Void) {}

    func location(g: GID) -> SourceLocation? {
        guard g.index < state.function.count, state.function[g.index] >= 0 else { return nil }
        let f = Int(state.function[g.index])
        return SourceLocation(function: functions[f].name, file: "prog.go", line: 10 * (f + 1) + Int(state.pc[g.index]))
    }

    func saveState() -> any Sendable { state }
    func restoreState(_ s: any Sendable) { state = s as! State }

    // Instructions.
    static func go(_ f: Int, _ name: String) -> Instr {
        { rt, g in _ = rt.newproc(startFunction: Int32(f), name: name, creator: g); return .next }
    }
    static func makechan(_ elem: String, cap: Int) -> Instr {
        { rt, _ in _ = rt.makechan(elemType: elem, elemSize: 8, size: cap, zero: .int(0), line: 7); return .next }
    }
    static func send(_ c: UInt32, _ v: Int64) -> Instr {
        { rt, _ in rt.chansend(ChanID(raw: c), .int(v), block: true) == .parked ? .parked : .next }
    }
    static func recv(_ c: UInt32) -> Instr {
        { rt, _ in
            if case .parked = rt.chanrecv(ChanID(raw: c), block: true) { return .parked }
            return .next
        }
    }
    static func sleep(_ ns: Int64) -> Instr { { rt, _ in rt.sleep(ns: ns) ? .parked : .next } }
    static func write(_ fd: Int, _ text: String) -> Instr { { rt, _ in rt.write(fd: fd, text); return .next } }
    static func exit(_ code: Int32) -> Instr { { _, _ in .exitProgram(code) } }
}
