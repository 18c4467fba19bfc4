// `gmpscope export --format perfetto`: Chrome Trace Event JSON (opens in
// ui.perfetto.dev and chrome://tracing). Process 1 "Ps" has one thread per
// P, process 2 "Ms" one per M; goroutine run slices ("X", from EvGoStart to
// the event that takes the G off its P/M) go on both; steals, preemption
// requests and preemptions are instant events ("i") on the P; process 3
// "runtime" carries counters ("C"): run-queue lengths, heap live/goal and
// the GC cycle step. Times are microseconds (ns / 1000).
import GoRuntime

public enum PerfettoExport {
    struct Open { var goid: Goid; var start: Int64; var name: String }

    public static func export(_ rec: Recording) -> String {
        var out: [String] = []
        var names: [Goid: String] = [:]
        var openP: [Int32: Open] = [:]
        var openM: [Int32: Open] = [:]
        var ps = Set<Int32>(), ms = Set<Int32>()
        var lastTime: Int64 = 0
        var prev: SceneCounters? = nil

        func us(_ ns: Int64) -> String {
            let sign = ns < 0 ? "-" : ""
            let a = ns.magnitude
            let frac = String(a % 1000)
            return "\(sign)\(a / 1000).\(String(repeating: "0", count: 3 - frac.count))\(frac)"
        }
        func close(_ table: inout [Int32: Open], _ key: Int32, pid: Int, at t: Int64, why: String) {
            guard let o = table.removeValue(forKey: key) else { return }
            let dur = max(0, t - o.start)
            out.append("{\"ph\":\"X\",\"pid\":\(pid),\"tid\":\(key),\"ts\":\(us(o.start)),\"dur\":\(us(dur)),\"name\":\(JSON.quote("G\(o.goid) \(o.name)")),\"cat\":\"goroutine\",\"args\":{\"goid\":\(o.goid),\"end\":\(JSON.quote(why))}}")
        }
        func closeG(_ g: Goid, _ e: Event, why: String) {
            if let o = openP[e.p.raw], o.goid == g { close(&openP, e.p.raw, pid: 1, at: e.time, why: why) }
            if let o = openM[e.m.raw], o.goid == g { close(&openM, e.m.raw, pid: 2, at: e.time, why: why) }
        }
        func instant(_ e: Event, _ name: String, args: String) {
            let tid = e.p.raw >= 0 ? e.p.raw : 0
            out.append("{\"ph\":\"i\",\"s\":\"t\",\"pid\":1,\"tid\":\(tid),\"ts\":\(us(e.time)),\"name\":\(JSON.quote(name)),\"cat\":\"sched\",\"args\":{\(args)}}")
        }
        func counters(_ c: SceneCounters) {
            let t = us(c.time)
            if prev == nil || prev!.runq != c.runq || prev!.runqsize != c.runqsize {
                var a = "\"global\":\(c.runqsize)"
                for (i, n) in c.runq.enumerated() { a += ",\"P\(i)\":\(n)" }
                out.append("{\"ph\":\"C\",\"pid\":3,\"tid\":0,\"ts\":\(t),\"name\":\"run queues\",\"args\":{\(a)}}")
            }
            if prev == nil || prev!.heapLive != c.heapLive || prev!.heapGoal != c.heapGoal {
                out.append("{\"ph\":\"C\",\"pid\":3,\"tid\":0,\"ts\":\(t),\"name\":\"heap\",\"args\":{\"live\":\(c.heapLive),\"goal\":\(c.heapGoal)}}")
            }
            if prev == nil || prev!.gcStep != c.gcStep {
                out.append("{\"ph\":\"C\",\"pid\":3,\"tid\":0,\"ts\":\(t),\"name\":\"GC phase\",\"args\":{\"phase\":\(c.gcStep)}}")
            }
            prev = c
        }

        counters(rec.initialCounters)
        func handle(_ events: some Sequence<Event>) {
            for e in events {
                lastTime = max(lastTime, e.time)
                if e.p.raw >= 0 { ps.insert(e.p.raw) }
                if e.m.raw >= 0 { ms.insert(e.m.raw) }
                guard case let .sched(s) = e.kind else { continue }
                switch s {
                case let .goCreate(_, goid, f): names[goid] = f
                case let .goStart(g, _):
                    let name = names[g] ?? ""
                    if e.p.raw >= 0 {
                        close(&openP, e.p.raw, pid: 1, at: e.time, why: "descheduled")
                        openP[e.p.raw] = Open(goid: g, start: e.time, name: name)
                    }
                    if e.m.raw >= 0 {
                        close(&openM, e.m.raw, pid: 2, at: e.time, why: "descheduled")
                        openM[e.m.raw] = Open(goid: g, start: e.time, name: name)
                    }
                case let .goEnd(g): closeG(g, e, why: "exit")
                case let .goSched(g): closeG(g, e, why: "Gosched")
                case let .goPreempt(g):
                    closeG(g, e, why: "preempted")
                    instant(e, "preempted G\(g)", args: "\"goid\":\(g)")
                case let .goBlock(g, r, _): closeG(g, e, why: r.goString)
                case let .goSysCall(g, _, _): closeG(g, e, why: "syscall")
                case let .procStop(p):
                    close(&openP, p.raw, pid: 1, at: e.time, why: "procstop")
                case let .steal(thief, victim, gs, rn):
                    let list = gs.map(String.init).joined(separator: ",")
                    instant(Event(seq: e.seq, time: e.time, p: thief, m: e.m, g: e.g, kind: e.kind),
                            "steal \(gs.count) from P\(victim.raw)",
                            args: "\"victim\":\(victim.raw),\"gs\":[\(list)],\"runnext\":\(rn)")
                case let .preemptRequest(g, p, ran):
                    instant(Event(seq: e.seq, time: e.time, p: p, m: e.m, g: e.g, kind: e.kind),
                            "preempt request G\(g)", args: "\"goid\":\(g),\"ran_ns\":\(ran)")
                default: break
                }
            }
        }
        handle(rec.prelude)
        rec.forEachStep { _, events, c in
            handle(events)
            counters(c)
            lastTime = max(lastTime, c.time)
        }
        for k in openP.keys.sorted() { close(&openP, k, pid: 1, at: lastTime, why: "end of recording") }
        for k in openM.keys.sorted() { close(&openM, k, pid: 2, at: lastTime, why: "end of recording") }

        var meta: [String] = [
            "{\"ph\":\"M\",\"pid\":1,\"name\":\"process_name\",\"args\":{\"name\":\"Ps\"}}",
            "{\"ph\":\"M\",\"pid\":2,\"name\":\"process_name\",\"args\":{\"name\":\"Ms\"}}",
            "{\"ph\":\"M\",\"pid\":3,\"name\":\"process_name\",\"args\":{\"name\":\"runtime\"}}",
        ]
        for p in ps.sorted() { meta.append("{\"ph\":\"M\",\"pid\":1,\"tid\":\(p),\"name\":\"thread_name\",\"args\":{\"name\":\"P\(p)\"}}") }
        for m in ms.sorted() { meta.append("{\"ph\":\"M\",\"pid\":2,\"tid\":\(m),\"name\":\"thread_name\",\"args\":{\"name\":\"M\(m)\"}}") }
        let h = rec.header
        // The header's other options too (a run with --heap-minimum … is another run).
        let opts = h.options.map { "\(JSON.quote($0.name)):\(JSON.quote($0.value))" }.joined(separator: ",")
        let other = "\"otherData\":{\"program\":\(JSON.quote(h.programName)),\"seed\":\(h.seed),\"gomaxprocs\":\(h.procs),\"gogc\":\(h.gogc),\"options\":{\(opts)},\"gmpscope\":\(JSON.quote(h.gmpscopeVersion))}"
        return "{\"displayTimeUnit\":\"ns\",\(other),\"traceEvents\":[\n" + (meta + out).joined(separator: ",\n") + "\n]}\n"
    }
}
