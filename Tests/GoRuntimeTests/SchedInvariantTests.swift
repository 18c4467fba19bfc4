import Testing
@testable import GoRuntime

/// A seeded random scripted workload: compute, go, sleep, syscalls, Gosched,
/// park/ready pairs, prints and GOMAXPROCS changes.
func randomWorkload(seed: UInt64) -> (RuntimeConfig, ScriptExecutor) {
    var r = Rand(seed: seed &* 0x9E37_79B9 &+ 7)
    func n(_ k: Int) -> Int { Int(r.uint32n(UInt32(k))) }
    let nfun = 1 + n(5)
    func ops(depth: Int, count: Int) -> [ScriptOp] {
        var out: [ScriptOp] = []
        for _ in 0..<count {
            switch n(12) {
            case 0, 1: out.append(.compute(Int64(100 + n(60_000))))
            case 2: if depth == 0 { out.append(.go(1 + n(nfun))) } else { out.append(.compute(Int64(500 + n(3_000)))) }
            case 3: out.append(.sleep(Int64(n(300_000))))
            case 4: out.append(.syscall(Int64(1_000 + n(2_500_000)), blocking: n(4) == 0))
            case 5: out.append(.gosched)
            case 6: out.append(.park(UInt64(n(3))))
            case 7, 8: out.append(.ready(UInt64(n(3))))
            case 9: out.append(.print("x"))
            case 10: if n(6) == 0 { out.append(.gomaxprocs(1 + n(5))) } else { out.append(.compute(Int64(n(2_000_000)))) }
            default: if depth < 1 { out.append(.loop(1 + n(4), ops(depth: depth + 1, count: 1 + n(3)))) } else { out.append(.gosched) }
            }
        }
        return out
    }
    var mainOps: [ScriptOp] = []
    for _ in 0..<(1 + n(8)) { mainOps.append(.go(1 + n(nfun))) }
    mainOps += ops(depth: 0, count: 2 + n(8))
    mainOps += [.ready(0), .ready(1), .ready(2), .compute(Int64(n(5_000_000)))]
    var funcs: [Script] = []
    for i in 0..<nfun { funcs.append(Script("main.f\(i)", ops(depth: 1, count: 1 + n(8)))) }
    var cfg = RuntimeConfig(gomaxprocs: 1 + n(6), seed: seed)
    cfg.eventCapacity = 4096
    return (cfg, ScriptExecutor(main: mainOps, functions: funcs))
}

@Test func schedInvariantsHoldAfterEveryStepOfRandomWorkloads() {
    var ended = 0, deadlocks = 0, totalSteps = 0
    for seed in UInt64(1)...1200 {
        let (cfg, ex) = randomWorkload(seed: seed)
        let rt = Runtime(config: cfg, executor: ex)
        var steps = 0
        while steps < 4_000 && rt.step() {
            steps += 1
            let errs = rt.checkInvariants()
            if !errs.isEmpty {
                Issue.record("seed \(seed) step \(steps): \(errs.prefix(5).joined(separator: "; "))")
                return
            }
        }
        let errs = rt.checkInvariants()
        if rt.exitCode == nil && !errs.isEmpty { Issue.record("seed \(seed) end: \(errs.prefix(5))"); return }
        totalSteps += steps
        if rt.exitCode != nil { ended += 1 }
        if rt.fatalMessage != nil { deadlocks += 1 }
    }
    // Most workloads run to completion within the step limit; some deadlock on purpose.
    #expect(ended > 900)
    #expect(deadlocks > 0)
    #expect(totalSteps > 100_000)
}
