// Scheduler benchmarks: simulated goroutine switches per second of host time
// (two Gs doing Gosched in a loop) and host memory per parked goroutine.

import GoRuntime
#if canImport(Glibc)
import Glibc
#endif

/// Resident set size of this process in bytes (/proc/self/statm).
func schedBenchRSS() -> Int {
    guard let f = fopen("/proc/self/statm", "r") else { return 0 }
    defer { fclose(f) }
    var size = 0, resident = 0
    withUnsafeMutablePointer(to: &size) { sp in
        withUnsafeMutablePointer(to: &resident) { rp in
            _ = withVaList([sp, rp]) { vfscanf(f, "%ld %ld", $0) }
        }
    }
    return resident * Int(sysconf(Int32(_SC_PAGESIZE)))
}

/// CPU seconds used by this process so far (the shared machine is loaded,
/// so wall time overstates the cost).
func schedBenchCPU() -> Double { Double(clock()) / Double(CLOCKS_PER_SEC) }

/// Two goroutines doing `runtime.Gosched()` in a loop on GOMAXPROCS=1:
/// each Gosched is one switch (global queue put, schedule, execute).
func schedBenchGosched(switches: Int) -> (seconds: Double, cpu: Double, switches: Int, simulated: Int64) {
    let half = switches / 2
    let ex = ScriptExecutor(main: [.go(1), .go(1), .park(1)],
                            functions: [Script("main.yielder", [.loop(half, [.gosched]), .ready(1)])])
    var cfg = RuntimeConfig(gomaxprocs: 1, seed: 1)
    cfg.eventCapacity = 1 << 16
    let rt = Runtime(config: cfg, executor: ex)
    let clock = ContinuousClock()
    let t0 = clock.now
    let c0 = schedBenchCPU()
    rt.run()
    let cpu = schedBenchCPU() - c0
    let d = t0.duration(to: clock.now)
    let secs = Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    return (secs, cpu, half * 2, rt.now)
}

/// 100 000 goroutines created and parked: host bytes per goroutine.
func schedBenchParked(count: Int) -> (bytesPerG: Double, seconds: Double) {
    let ex = ScriptExecutor(main: [.loop(count, [.go(1)]), .compute(1_000_000), .exit(0)],
                            functions: [Script("main.parked", [.park(7)])])
    var cfg = RuntimeConfig(gomaxprocs: 4, seed: 1)
    cfg.eventCapacity = 1 << 12
    let before = schedBenchRSS()
    let clock = ContinuousClock()
    let t0 = clock.now
    let rt = Runtime(config: cfg, executor: ex)
    var steps = 0
    while rt.step() {
        // Stop once every goroutine has parked (before main exits).
        steps += 1
        if steps % 4096 == 0 && rt.sched.allgs.count > count {
            let parked = rt.sched.allgs.reduce(0) { $0 + ($1.status == .waiting && !$1.isSystem ? 1 : 0) }
            if parked >= count { break }
        }
    }
    let d = t0.duration(to: clock.now)
    let after = schedBenchRSS()
    let secs = Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    withExtendedLifetime(rt) {}
    return (Double(after - before) / Double(count), secs)
}

public func schedBench() {
    let n = 1_000_000
    let g = schedBenchGosched(switches: n)
    let perSec = Double(g.switches) / g.seconds
    let perCPU = Double(g.switches) / g.cpu
    print("sched.gosched: \(g.switches) switches in \(fmt(g.seconds, 3)) s wall = \(fmt(perSec / 1e6, 2)) M/s; \(fmt(g.cpu, 3)) s CPU = \(fmt(perCPU / 1e6, 2)) M/s (\(fmt(g.cpu * 1e9 / Double(g.switches), 1)) ns/switch; target >= 5 M/s); simulated \(Time.format(g.simulated))")
    let p = schedBenchParked(count: 100_000)
    print("sched.parked: 100000 parked goroutines, RSS growth \(fmt(p.bytesPerG, 0)) bytes/G (target <= 1024), built in \(fmt(p.seconds, 2)) s")
}

/// Fixed-point formatting without Foundation.
func fmt(_ x: Double, _ digits: Int) -> String {
    var m = 1.0
    for _ in 0..<digits { m *= 10 }
    let v = (x * m).rounded() / m
    var s = String(v)
    if digits == 0, s.hasSuffix(".0") { s.removeLast(2) }
    return s
}
