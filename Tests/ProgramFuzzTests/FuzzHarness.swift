// Runs a generated program through the front end, the compiler and the
// interpreter on the simulated runtime with a small heap minimum (so the
// collector runs many cycles), and after EVERY step checks the scheduler's
// invariants (`checkInvariants`), the channels' and wait queues'
// (`checkChanInvariants`), the allocator's bookkeeping (HeapAudit) and the
// independent reachability walk (ReachabilityWalk).
import GoFrontend
@testable import GoRuntime
@testable import GoVM

struct FuzzConfig: CustomStringConvertible {
    var procs: Int
    var seed: UInt64
    var heapMinimum: Int
    var gogc: Int = 100
    var description: String { "GOMAXPROCS=\(procs) seed=\(seed) heapMinimum=\(heapMinimum)" + (gogc == 100 ? "" : " GOGC=\(gogc)") }

    /// A random configuration drawn from `r`.
    static func random(_ r: inout Rand) -> FuzzConfig {
        let minima = [8 << 10, 16 << 10, 32 << 10, 64 << 10, 128 << 10]
        let gogcs = [100, 100, 50, 200]
        return FuzzConfig(procs: 1 + Int(r.uint32n(6)), seed: r.next() % 1_000_000,
                          heapMinimum: minima[Int(r.uint32n(UInt32(minima.count)))],
                          gogc: gogcs[Int(r.uint32n(UInt32(gogcs.count)))])
    }
}

struct FuzzRun {
    var stdout = ""
    var stderr = ""
    var code: Int32? = nil
    var steps = 0
    var numGC: UInt32 = 0
    /// Largest number of objects the walk reached in one step.
    var maxReached = 0
    /// Objects found unreachable during a cycle and checked freed by the next.
    var garbageChecked = 0
    /// The run was replayed from a keyframe (and matched unless `failure`).
    var replayed = false
    /// The first check that failed: "step N: …".
    var failure: String? = nil
}

enum FuzzHarness {
    /// Parse, check and compile; the error text if the program is rejected.
    static func compile(_ src: String, fileName: String = "prog.go") -> Result<Program, FuzzError> {
        switch parseAndCheck(source: src, fileName: fileName) {
        case .failure(let d): return .failure(FuzzError(text: d.formatted))
        case .success(let cp):
            do { return .success(try Compiler.compile(cp, fileName: fileName)) } catch {
                return .failure(FuzzError(text: "\(error)"))
            }
        }
    }

    /// Run `prog` under `config`; with `checks`, every invariant after every step.
    /// `keyframeAt`: also take a keyframe (`saveState`) after that step; once
    /// the program has ended, restore it and run to the end again (the step-back
    /// path of the visualiser): output, exit code, step count and event-log
    /// hash must come out the same.
    static func run(_ prog: Program, _ config: FuzzConfig, checks: Bool, maxSteps: Int = 2_000_000,
                    barrierOff: Bool = false, keyframeAt: Int? = nil) -> FuzzRun {
        let vm = Interpreter(program: prog, seed: config.seed)
        var rc = RuntimeConfig(gomaxprocs: config.procs, seed: config.seed)
        rc.eventCapacity = 256
        let rt = Runtime(config: rc, executor: vm)
        vm.attach(rt)
        rt.gcinit(gogc: config.gogc, heapMinimum: config.heapMinimum, barrierOff: barrierOff)
        var out = FuzzRun()
        var walk = ReachabilityWalk()
        // Garbage seen when a cycle is marking must be gone by the next cycle
        // (its sweep has finished by then): the collector frees what it should.
        var garbage: [ObjRef] = []
        var garbageCycle = 0
        var lastCycle = rt.gc.cycles
        func fail(_ what: String, _ errs: [String]) {
            out.failure = "step \(out.steps) (t=\(rt.now)ns, GC \(rt.heap.gcphase) cycle \(rt.gc.cycles) \(rt.gc.step)): \(what): " + errs.prefix(4).joined(separator: "; ")
        }
        var keyframe: (RuntimeState, Int)? = nil
        while out.steps < maxSteps && rt.step() {
            out.steps += 1
            if out.steps == keyframeAt { keyframe = (rt.saveState(), out.steps) }
            guard checks else { continue }
            let sched = rt.checkInvariants()
            if !sched.isEmpty { fail("scheduler", sched); break }
            let chans = rt.checkChanInvariants()
            if !chans.isEmpty { fail("channels", chans); break }
            let heap = HeapAudit.check(rt.heap)
            if !heap.isEmpty { fail("heap", heap); break }
            let reach = walk.check(rt: rt, vm: vm)
            out.maxReached = max(out.maxReached, walk.reached)
            if !reach.isEmpty { fail("reachability", reach); break }
            if rt.gc.cycles != lastCycle && rt.heap.gcphase == .mark {
                lastCycle = rt.gc.cycles
                let kept = garbage.filter { rt.heap.isLive($0) }
                if !kept.isEmpty {
                    fail("garbage", ["\(kept.count) object(s) unreachable and unmarked during cycle \(garbageCycle) still allocated in cycle \(lastCycle), e.g. \(kept[0]) at \(String(rt.heap.address(of: kept[0]), radix: 16))"])
                    break
                }
                garbage = walk.unreachableUnmarked(rt: rt, vm: vm)
                garbageCycle = lastCycle
                out.garbageChecked += garbage.count
            }
        }
        if out.failure == nil && rt.exitCode == nil && out.steps >= maxSteps { out.failure = "did not end within \(maxSteps) steps" }
        out.stdout = rt.output.text(fd: 1)
        out.stderr = rt.output.text(fd: 2)
        out.code = rt.exitCode
        out.numGC = rt.heap.stats.numGC
        if let (kf, at) = keyframe, out.failure == nil, rt.exitCode != nil {
            let end = rt.events.mark
            rt.restoreState(kf)
            out.replayed = true
            var steps = at
            while steps < maxSteps && rt.step() { steps += 1 }
            var diffs: [String] = []
            if steps != out.steps { diffs.append("\(steps) steps instead of \(out.steps)") }
            if rt.output.text(fd: 1) != out.stdout { diffs.append("stdout differs: \(rt.output.text(fd: 1).suffix(120))") }
            if rt.output.text(fd: 2) != out.stderr { diffs.append("stderr differs") }
            if rt.exitCode != out.code { diffs.append("exit \(String(describing: rt.exitCode)) instead of \(String(describing: out.code))") }
            if rt.events.mark != end { diffs.append("event log \(rt.events.mark) instead of \(end)") }
            if !diffs.isEmpty { out.failure = "replay from the keyframe after step \(at) diverged: " + diffs.joined(separator: "; ") }
        }
        return out
    }
}

struct FuzzError: Error, CustomStringConvertible {
    var text: String
    var description: String { text }
}

typealias GoVMProgram = Program
