// Channel benchmark: 10^6 unbuffered ping-pong round trips between two
// goroutines on the simulated runtime (host wall time), side by side with the
// same program compiled by real Go (Debian golang-go; installed with apt-get
// if missing and possible). Two simulated figures: the Go source run by the
// interpreter (the figure the 5x target is about) and the two goroutine
// bodies scripted directly against the runtime (runtime cost only).

import Foundation
import GoFrontend
import GoRuntime
import GoVM

/// The two goroutine bodies of the ping-pong program as a state machine:
///   main:  for i := 0; i < n; i++ { ping <- i; <-pong }
///   echo:  for { v := <-ping; pong <- v }
fileprivate final class PingPongExecutor: GoroutineExecutor {
    let n: Int
    // (No dynamic exclusivity checks: this target is built without
    // `-enforce-exclusivity=unchecked`, and these are touched every op.)
    @exclusivity(unchecked) var ping = ChanID.nilChan
    @exclusivity(unchecked) var pong = ChanID.nilChan
    @exclusivity(unchecked) var mainG = GID.none
    /// Per G slot: pc (0 = first op, 1 = second op), loop counter, resumed flag.
    @exclusivity(unchecked) var pc: [Int] = [0, 0, 0, 0, 0, 0, 0, 0]
    @exclusivity(unchecked) var iter: [Int] = [0, 0, 0, 0, 0, 0, 0, 0]
    @exclusivity(unchecked) var resumed: [Bool] = [false, false, false, false, false, false, false, false]
    @exclusivity(unchecked) var started = false
    @exclusivity(unchecked) var checksum: Int64 = 0
    /// Simulated cost of one channel statement's surrounding instructions.
    let opCost: Int64 = 20

    init(n: Int) { self.n = n }

    func execute(_ rt: Runtime, g: GID, budget: Int64) -> ExecStop {
        var used: Int64 = 0
        let gi = g.index
        if g == mainG && !started {
            started = true
            ping = rt.makechan(elemType: "int", elemSize: 8, size: 0, zero: .int(0), line: 5)!
            pong = rt.makechan(elemType: "int", elemSize: 8, size: 0, zero: .int(0), line: 6)!
            _ = rt.newproc(startFunction: 1, name: "main.main.func1", creator: g)
        }
        let isMain = g == mainG
        while used < budget {
            used &+= opCost
            if resumed[gi] {
                resumed[gi] = false
                let r = rt.takeWakeResult(g)
                if pc[gi] == 1 { checksum &+= r.value.i }
                advance(gi, isMain)
                if isMain && iter[gi] == n { return .exited(used) }
                continue
            }
            let sendPhase = isMain ? pc[gi] == 0 : pc[gi] == 1
            let c = pc[gi] == 0 ? ping : pong
            if sendPhase {
                switch rt.chansend(c, .int(Int64(iter[gi])), block: true) {
                case .completed: break
                case .parked: resumed[gi] = true; return .parked(used)
                default: fatalError("unexpected send result")
                }
            } else {
                switch rt.chanrecv(c, block: true) {
                case .completed(let v, _): checksum &+= v.i
                case .parked: resumed[gi] = true; return .parked(used)
                default: fatalError("unexpected recv result")
                }
            }
            advance(gi, isMain)
            if isMain && iter[gi] == n { return .exited(used) }
        }
        return .budget(used)
    }

    @inline(__always) private func advance(_ gi: Int, _ isMain: Bool) {
        if pc[gi] == 0 { pc[gi] = 1 } else { pc[gi] = 0; iter[gi] += 1 }
    }

    func mainEntry(_ rt: Runtime, g: GID) { mainG = g; grow(g.index) }
    func goroutineCreated(_ rt: Runtime, g: GID, startFunction: Int32) { grow(g.index); pc[g.index] = 0 }
    func goroutineDestroyed(_ rt: Runtime, g: GID) {}
    func stackRoots(g: GID, visit: (UInt64) -> Void) {}
    func location(g: GID) -> SourceLocation? { nil }
    func saveState() -> any Sendable { 0 }
    func restoreState(_ state: any Sendable) {}
    private func grow(_ i: Int) {
        while pc.count <= i { pc.append(0); iter.append(0); resumed.append(false) }
    }
}

/// The same program for real Go.
fileprivate let pingPongGoSource = """
    package main

    import (
    \t"fmt"
    \t"time"
    )

    func main() {
    \tping := make(chan int)
    \tpong := make(chan int)
    \tgo func() {
    \t\tfor v := range ping {
    \t\t\tpong <- v
    \t\t}
    \t}()
    \tstart := time.Now()
    \tfor i := 0; i < 1000000; i++ {
    \t\tping <- i
    \t\t<-pong
    \t}
    \tfmt.Println(time.Since(start).Nanoseconds())
    }

    """

/// CPU seconds this process has used (robust when the machine is loaded).
fileprivate func cpuSeconds() -> Double {
    var u = rusage()
    getrusage(RUSAGE_SELF.rawValue, &u)
    return Double(u.ru_utime.tv_sec) + Double(u.ru_utime.tv_usec) / 1e6
        + Double(u.ru_stime.tv_sec) + Double(u.ru_stime.tv_usec) / 1e6
}

/// Host wall time of the simulated ping-pong, plus the simulation's figures.
fileprivate func simulatedPingPong(n: Int, procs: Int) -> (seconds: Double, cpu: Double, simNs: Int64, events: UInt64) {
    var cfg = RuntimeConfig(gomaxprocs: procs, seed: 1)
    cfg.eventCapacity = 1 << 16
    let ex = PingPongExecutor(n: n)
    let c0 = cpuSeconds()
    let t0 = DispatchTime.now().uptimeNanoseconds
    let rt = Runtime(config: cfg, executor: ex)
    rt.run()
    let t1 = DispatchTime.now().uptimeNanoseconds
    if rt.exitCode != 0 { print("chan: ping-pong failed: \(rt.output.text(fd: 2))") }
    return (Double(t1 - t0) / 1e9, cpuSeconds() - c0, rt.now, rt.events.count)
}

/// Host wall time of the same Go source compiled and run by gmpscope's
/// interpreter on the simulated runtime (nil if it does not compile/run).
fileprivate func interpretedPingPong(procs: Int) -> (seconds: Double, cpu: Double, simNs: Int64)? {
    guard case .success(let cp) = parseAndCheck(source: pingPongGoSource, fileName: "pingpong.go"),
          let program = try? Compiler.compile(cp, fileName: "pingpong.go") else { return nil }
    let config = RuntimeConfig(gomaxprocs: procs, seed: 1)
    let c0 = cpuSeconds()
    let t0 = DispatchTime.now().uptimeNanoseconds
    let vm = Interpreter(program: program, seed: 1, nsPerInstruction: config.cost.nsPerInstruction)
    let rt = Runtime(config: config, executor: vm)
    vm.attach(rt)
    while rt.step() {}
    let t1 = DispatchTime.now().uptimeNanoseconds
    guard rt.exitCode == 0 else { return nil }
    return (Double(t1 - t0) / 1e9, cpuSeconds() - c0, rt.now)
}

/// Find `go`, installing Debian's golang-go if it is missing and we can.
fileprivate func findGoToolchain() -> String? {
    let fm = FileManager.default
    for p in ["/usr/bin/go", "/usr/lib/go/bin/go", "/usr/local/go/bin/go"] where fm.isExecutableFile(atPath: p) {
        return p
    }
    if fm.isExecutableFile(atPath: "/usr/bin/apt-get") && getuid() == 0 {
        print("chan: go not found; installing golang-go with apt-get …")
        _ = runCommand("/usr/bin/apt-get", ["install", "-y", "-q", "golang-go"])
        if fm.isExecutableFile(atPath: "/usr/bin/go") { return "/usr/bin/go" }
    }
    return nil
}

@discardableResult
fileprivate func runCommand(_ path: String, _ args: [String], env: [String: String] = [:]) -> (status: Int32, out: String) {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: path)
    p.arguments = args
    var e = ProcessInfo.processInfo.environment
    for (k, v) in env { e[k] = v }
    p.environment = e
    let pipe = Pipe()
    p.standardOutput = pipe
    p.standardError = pipe
    do { try p.run() } catch { return (-1, "\(error)") }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return (p.terminationStatus, String(decoding: data, as: UTF8.self))
}

/// Real Go's time for the same 10^6 round trips (its own timer, in-process).
fileprivate func realGoPingPong(procs: Int) -> Double? {
    guard let go = findGoToolchain() else { return nil }
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gmpscope-chanbench-\(getpid())")
    try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let src = dir.appendingPathComponent("main.go")
    let bin = dir.appendingPathComponent("pingpong")
    guard (try? pingPongGoSource.write(to: src, atomically: true, encoding: .utf8)) != nil else { return nil }
    let home = dir.path
    let b = runCommand(go, ["build", "-o", bin.path, src.path],
                       env: ["GOCACHE": home + "/cache", "HOME": home, "GO111MODULE": "off"])
    guard b.status == 0 else { print("chan: go build failed: \(b.out)"); return nil }
    let r = runCommand(bin.path, [], env: ["GOMAXPROCS": String(procs)])
    guard r.status == 0, let ns = Double(r.out.trimmingCharacters(in: .whitespacesAndNewlines)) else { return nil }
    return ns / 1e9
}

/// Prints the benchmark figures. Called from main.swift.
public func chanBench() {
    let env = ProcessInfo.processInfo.environment
    // CHANBENCH_TRACE=N: print the event log of N scripted round trips at
    // GOMAXPROCS=CHANBENCH_PROCS (default 2) instead of benchmarking.
    if let t = env["CHANBENCH_TRACE"], let n = Int(t) {
        var cfg = RuntimeConfig(gomaxprocs: Int(env["CHANBENCH_PROCS"] ?? "") ?? 2, seed: 1)
        cfg.eventCapacity = 1 << 22
        let rt = Runtime(config: cfg, executor: PingPongExecutor(n: n))
        rt.run()
        for e in rt.events.events { print("\(e.seq) t=\(e.time) P\(e.p.raw) M\(e.m.raw) G\(e.g) \(e.description)") }
        return
    }
    let n = Int(env["CHANBENCH_N"] ?? "") ?? 1_000_000
    for procs in [1, 2] {
        var line = "chan ping-pong \(n) unbuffered round trips, GOMAXPROCS=\(procs):"
        let goTime = (n == 1_000_000 && env["CHANBENCH_NOGO"] == nil) ? realGoPingPong(procs: procs) : nil
        if n == 1_000_000, let interp = interpretedPingPong(procs: procs) {
            line += " interpreted \(String(format: "%.3f", interp.seconds)) s host (\(String(format: "%.3f", interp.cpu)) s CPU)"
            if let go = goTime { line += " (\(String(format: "%.1f", interp.seconds / go))x Go)" }
            line += ";"
        }
        let sim = simulatedPingPong(n: n, procs: procs)
        let perTrip = sim.seconds / Double(n) * 1e9
        line += " scripted \(String(format: "%.3f", sim.seconds)) s host (\(String(format: "%.3f", sim.cpu)) s CPU)"
            + " (\(String(format: "%.0f", perTrip)) ns/round trip, \(sim.events) events, \(sim.simNs / 1_000_000) ms simulated"
        if let go = goTime { line += ", \(String(format: "%.1f", sim.seconds / go))x Go" }
        line += ")"
        if let go = goTime {
            line += "; real Go \(String(format: "%.3f", go)) s"
        } else {
            line += "; real Go not run (n != 10^6, CHANBENCH_NOGO set, or no toolchain)"
        }
        print(line)
    }
}
