@testable import GoRuntime

/// Scheduler events of a run, in order.
func schedEvents(_ rt: Runtime) -> [(e: Event, s: SchedEvent)] {
    rt.events.events.compactMap { e in
        if case let .sched(s) = e.kind { return (e, s) }
        return nil
    }
}

/// Goids in the order they were started (GoStart).
func startOrder(_ rt: Runtime) -> [Goid] {
    schedEvents(rt).compactMap { if case let .goStart(g, _) = $0.s { return g }; return nil }
}

/// A runtime running `main` (+ functions) with the given options.
func scriptRuntime(gomaxprocs: Int, seed: UInt64 = 1, runtimeGoroutines: Bool = true, sysmon: Bool = true,
                   main: [ScriptOp], functions: [Script] = []) -> Runtime {
    var cfg = RuntimeConfig(gomaxprocs: gomaxprocs, seed: seed)
    cfg.runtimeGoroutines = runtimeGoroutines
    cfg.sysmonEnabled = sysmon
    return Runtime(config: cfg, executor: ScriptExecutor(main: main, functions: functions))
}

/// Step, checking the invariants after every step; returns the steps taken.
@discardableResult
func runChecked(_ rt: Runtime, maxSteps: Int = 1_000_000, until: (Runtime) -> Bool = { _ in false }) -> Int {
    var n = 0
    while n < maxSteps && !until(rt) && rt.step() {
        n += 1
        let errs = rt.checkInvariants()
        if !errs.isEmpty { fatalError("invariants broken at step \(n): \(errs)") }
    }
    return n
}
