import GoRuntime

/// Scripted workloads (the scheduler's `ScriptExecutor`) that show one
/// mechanism each; used by tests, goldens, benchmarks and `gmpscope` until
/// real Go programs run.
public enum ScriptDemos {
    public struct Demo: Sendable {
        public var name: String
        public var summary: String
        public var gomaxprocs: Int
        public var scripts: [Script]
    }

    public static let all: [Demo] = [worker, steal, syscall, preempt]

    public static func named(_ name: String) -> Demo? { all.first { $0.name == name } }

    /// The seed's example: main starts three workers that sleep and print.
    public static let worker = Demo(
        name: "worker", summary: "main starts 3 workers that sleep 1s; main sleeps 2s", gomaxprocs: 4,
        scripts: [
            Script("main.main", [.loop(3, [.compute(2_000), .go(1)]), .sleep(2_000_000_000)]),
            Script("main.worker", [.print("worker started\n"), .sleep(1_000_000_000), .print("worker done\n")]),
        ])

    /// Work stealing: one P creates eight CPU-bound goroutines; idle Ps steal half its queue.
    public static let steal = Demo(
        name: "steal", summary: "main creates 8 busy goroutines; spinning Ms steal them", gomaxprocs: 4,
        scripts: [
            Script("main.main", [.loop(8, [.go(1)]), .compute(20_000), .sleep(10_000_000)]),
            Script("main.busy", [.compute(3_000_000)]),
        ])

    /// A blocking system call: sysmon retakes the P and hands it off.
    public static let syscall = Demo(
        name: "syscall", summary: "a goroutine blocks in a 30ms syscall; sysmon hands its P off", gomaxprocs: 2,
        scripts: [
            Script("main.main", [.go(1), .go(2), .go(2), .compute(50_000), .sleep(40_000_000)]),
            Script("main.reader", [.syscall(30_000_000, blocking: false), .print("read done\n")]),
            Script("main.busy", [.compute(15_000_000)]),
        ])

    /// Preemption: CPU-bound goroutines on one P; sysmon preempts each after 10ms.
    public static let preempt = Demo(
        name: "preempt", summary: "two 25ms loops on GOMAXPROCS=1; sysmon preempts after 10ms", gomaxprocs: 1,
        scripts: [
            Script("main.main", [.go(1), .go(1), .sleep(60_000_000)]),
            Script("main.spin", [.compute(25_000_000)]),
        ])

    /// A source over a fresh runtime running `demo`.
    public static func source(_ demo: Demo, seed: UInt64 = 1, gomaxprocs: Int? = nil) -> RuntimeSource {
        var config = RuntimeConfig(gomaxprocs: gomaxprocs ?? demo.gomaxprocs, seed: seed)
        config.eventCapacity = 1 << 16
        let runtime = Runtime(config: config, executor: ScriptExecutor(demo.scripts))
        return RuntimeSource(runtime: runtime, programName: "demo \(demo.name)", sourceLines: listing(demo.scripts))
    }

    /// The scripts as Go-like text, one line per compiled instruction so that
    /// line numbers match `ScriptExecutor.location` (pc + 1 within a function).
    public static func listing(_ scripts: [Script]) -> [SourceLine] {
        var out: [SourceLine] = []
        for (i, script) in scripts.enumerated() {
            if i > 0 { out.append(SourceLine(text: "", line: 0)) }
            out.append(SourceLine(text: "func \(script.name.split(separator: ".").last ?? "")() {", line: 0))
            var pc = 0
            var depth = 1
            func emit(_ ops: [ScriptOp]) {
                for op in ops {
                    let indent = String(repeating: "    ", count: depth)
                    if case let .loop(n, body) = op {
                        pc += 1
                        out.append(SourceLine(text: indent + "for i := 0; i < \(n); i++ {", line: pc, function: script.name))
                        depth += 1
                        emit(body)
                        depth -= 1
                        pc += 1
                        out.append(SourceLine(text: indent + "}", line: pc, function: script.name))
                    } else {
                        pc += 1
                        out.append(SourceLine(text: indent + text(of: op, scripts), line: pc, function: script.name))
                    }
                }
            }
            emit(script.ops)
            out.append(SourceLine(text: "}", line: pc + 1, function: script.name))
        }
        return out
    }

    static func text(of op: ScriptOp, _ scripts: [Script]) -> String {
        switch op {
        case let .compute(ns): "work(\(Time.format(ns)))"
        case let .go(f): "go \(scripts[f].name.split(separator: ".").last ?? "")()"
        case let .sleep(ns): "time.Sleep(\(Time.format(ns)))"
        case let .syscall(ns, blocking): "syscall(\(Time.format(ns)))\(blocking ? " // blocking" : "")"
        case .gosched: "runtime.Gosched()"
        case let .exit(code): "os.Exit(\(code))"
        case let .park(key, reason): "park(\(key)) // \(reason.goString)"
        case let .ready(key): "ready(\(key))"
        case let .print(s): "print(\(JSON.quote(s)))"
        case let .gomaxprocs(n): "runtime.GOMAXPROCS(\(n))"
        case .loop: "for { … }"
        }
    }
}
