import Testing
@testable import GoRuntime

/// Same workload, seed and options → the same event log hash, always;
/// another seed → another hash (steal order comes from the run's PRNG).
@Test func schedEventHashIsDeterministic() {
    func run(_ seed: UInt64, workload: UInt64) -> (UInt64, UInt64, String) {
        let (cfg0, ex) = randomWorkload(seed: workload)
        var cfg = cfg0
        cfg.seed = seed
        let rt = Runtime(config: cfg, executor: ex)
        rt.run(maxSteps: 200_000)
        return (rt.events.hash, rt.events.count, rt.output.combinedText)
    }
    for w in UInt64(1)...20 {
        #expect(run(7, workload: w) == run(7, workload: w))
    }
    // A stealing workload on 4 Ps: the seed changes the steal order.
    func stealRun(_ seed: UInt64) -> UInt64 {
        let w = Script("main.w", [.loop(20, [.compute(3_000), .go(2), .gosched])])
        let leaf = Script("main.leaf", [.compute(7_000)])
        let rt = scriptRuntime(gomaxprocs: 4, seed: seed, main: [.loop(8, [.go(1)]), .compute(2_000_000)], functions: [w, leaf])
        rt.run()
        return rt.events.hash
    }
    #expect(stealRun(1) == stealRun(1))
    #expect(stealRun(1) != stealRun(2))
    #expect(Set((1...5).map { stealRun(UInt64($0)) }).count == 5)
}

/// A keyframe restores the run exactly: re-simulating from it reproduces
/// the same events and output.
@Test func schedKeyframeRestoreReplaysIdentically() {
    let (cfg, ex) = randomWorkload(seed: 3)
    let rt = Runtime(config: cfg, executor: ex)
    rt.run(maxSteps: 50)
    let key = rt.saveState()
    let mark = rt.events.count
    rt.run(maxSteps: 200)
    let hashA = rt.events.hash, countA = rt.events.count, outA = rt.output.combinedText
    let tailA = rt.events.events.filter { $0.seq >= mark }
    rt.restoreState(key)
    #expect(rt.events.count == mark)
    rt.run(maxSteps: 200)
    #expect(rt.events.hash == hashA && rt.events.count == countA)
    #expect(rt.output.combinedText == outA)
    #expect(rt.events.events.filter { $0.seq >= mark } == tailA)
}

/// JSON Lines: one object per event with the trace-style name and payload.
@Test func schedEventJSONLines() {
    let rt = scriptRuntime(gomaxprocs: 1, runtimeGoroutines: false, sysmon: false, main: [.go(1), .park(1)],
                           functions: [Script("main.w", [.ready(1)])])
    rt.run()
    let lines = rt.events.jsonLines(describe: false).split(separator: "\n")
    #expect(lines.count == Int(rt.events.count))
    #expect(lines.contains { $0.contains("\"ev\":\"GoCreate\"") && $0.contains("\"fn\":\"main.w\"") && $0.contains("\"goid\":2") })
    #expect(lines[0].hasPrefix("{\"seq\":0,\"time\":0,"))
    let e = rt.events.events.first { if case .sched(.goUnblock) = $0.kind { return true }; return false }!
    #expect(e.description == "G2 wakes G1 (goready)")
}
