extension SchedEvent {
    /// The event's name (Go trace event name where one exists).
    public var name: String {
        switch self {
        case .goCreate: "GoCreate"
        case .goStart: "GoStart"
        case .goEnd: "GoEnd"
        case .goSched: "GoSched"
        case .goPreempt: "GoPreempt"
        case .goBlock: "GoBlock"
        case .goUnblock: "GoUnblock"
        case .goSysCall: "GoSysCall"
        case .goSysExit: "GoSysExit"
        case .goSysBlock: "GoSysBlock"
        case .procStart: "ProcStart"
        case .procStop: "ProcStop"
        case .runqPut: "RunqPut"
        case .runqKick: "RunqKick"
        case .runqPutSlow: "RunqPutSlow"
        case .globrunqGet: "GlobRunqGet"
        case .steal: "Steal"
        case .handoff: "Handoff"
        case .mStart: "MStart"
        case .mSpin: "MSpin"
        case .mSpinStop: "MSpinStop"
        case .mIdle: "MIdle"
        case .mNetpollBlock: "MNetpollBlock"
        case .mNetpollWake: "MNetpollWake"
        case .sysmonWake: "SysmonWake"
        case .sysmonSleep: "SysmonSleep"
        case .preemptRequest: "PreemptRequest"
        case .retake: "Retake"
        case .stwBegin: "GCSTWStart"
        case .stwEnd: "GCSTWDone"
        case .procResize: "ProcResize"
        case .timerAdd: "TimerAdd"
        case .timerFire: "TimerFire"
        case .write: "Write"
        case .exit: "Exit"
        case .fatal: "Fatal"
        case .stackGrowth: "StackGrowth"
        }
    }

    private static func gs(_ l: [Goid]) -> String { l.map { "G\($0)" }.joined(separator: ",") }

    /// A sentence a student understands.
    public var description: String {
        switch self {
        case let .goCreate(g, _, f): "go statement created G\(g) running \(f); it goes to runnext"
        case let .goStart(g, inh): inh ? "G\(g) starts running (took runnext: inherits the time slice)"
                                       : "G\(g) starts running (new time slice)"
        case let .goEnd(g): "G\(g) returned from its function and is dead (goexit)"
        case let .goSched(g): "G\(g) called Gosched: to the back of the global run queue"
        case let .goPreempt(g): "G\(g) was preempted: to the back of the global run queue"
        case let .goBlock(g, r, on): "G\(g) parks [\(r.goString)]\(WaitObject.describe(on))"
        case let .goUnblock(g, by): by == 0 ? "G\(g) made runnable" : "G\(by) wakes G\(g) (goready)"
        case let .goSysCall(g, d, b): "G\(g) enters a \(b ? "blocking " : "")system call of \(Time.format(d))"
        case let .goSysExit(g, fast): fast ? "G\(g) returns from its system call and keeps its P (fast path)"
                                           : "G\(g) returns from its system call with no P: to the global run queue (exitsyscall0)"
        case let .goSysBlock(g, p): "G\(g) stays in its system call; P\(p.raw) is taken away"
        case let .procStart(p): "P\(p.raw) starts running"
        case let .procStop(p): "P\(p.raw) stops and goes idle"
        case let .runqPut(g, p, w):
            switch w {
            case .runnext: "G\(g) goes to P\(p.raw)'s runnext"
            case .local: "G\(g) goes to the tail of P\(p.raw)'s local run queue"
            case .global: "G\(g) goes to the tail of the global run queue"
            }
        case let .runqKick(g, p): "G\(g) kicked out of P\(p.raw)'s runnext to the tail of its run queue"
        case let .runqPutSlow(p, l): "P\(p.raw)'s run queue is full: \(l.count) Gs move to the global queue (\(Self.gs(l)))"
        case let .globrunqGet(p, n, first): "P\(p.raw) takes \(n) G\(n == 1 ? "" : "s") from the global run queue; G\(first) runs"
        case let .steal(t, v, l, rn): "P\(t.raw) steals \(l.count) G\(l.count == 1 ? "" : "s") from P\(v.raw)\(rn ? "'s runnext" : ""): \(Self.gs(l))"
        case let .handoff(p, to): to.isNone ? "P\(p.raw) handed off: no work, it goes idle" : "P\(p.raw) handed off to M\(to.raw)"
        case let .mStart(m, p, sp, cr): "\(cr ? "new thread" : "idle thread") M\(m.raw) started with P\(p.raw)\(sp ? " to look for work (spinning)" : "")"
        case let .mSpin(m): "M\(m.raw) is spinning: looking for work to steal"
        case let .mSpinStop(m, f): f ? "M\(m.raw) found work and stops spinning" : "M\(m.raw) found nothing and stops spinning"
        case let .mIdle(m): "M\(m.raw) has nothing to do and sleeps (stopm)"
        case let .mNetpollBlock(m, u): "M\(m.raw) blocks in netpoll until the next timer at \(Time.format(u))"
        case let .mNetpollWake(m): "M\(m.raw) wakes from netpoll"
        case let .sysmonWake(d): "sysmon wakes (next sleep \(Time.format(d)))"
        case let .sysmonSleep(u): u == Int64.max ? "sysmon: every P idle, deep sleep" : "sysmon: every P idle, deep sleep until \(Time.format(u))"
        case let .preemptRequest(g, p, ran): "sysmon: G\(g) has run \(Time.format(ran)) on P\(p.raw) in one time slice: preempt it"
        case let .retake(p, m, g): "sysmon retakes P\(p.raw) from M\(m.raw), which is in a system call with G\(g)"
        case let .stwBegin(r): "stop the world (\(r.goString))"
        case let .stwEnd(r): "start the world (\(r.goString))"
        case let .procResize(o, n): "GOMAXPROCS \(o) → \(n) (procresize)"
        case let .timerAdd(t, p, w): "timer \(t.raw) added to P\(p.raw)'s heap, fires at \(Time.format(w))"
        case let .timerFire(t, p, f):
            switch f {
            case .goroutineReady(_): "P\(p.raw) runs sleep timer \(t.raw)"
            case let .sendTime(c): "P\(p.raw) runs timer \(t.raw): send time on ch#\(c)"
            case .custom: "P\(p.raw) runs timer \(t.raw)"
            }
        case let .write(fd, n): "write(\(fd), \(n) bytes)"
        case let .exit(c): "program exits with status \(c)"
        case let .fatal(msg): "fatal error: \(msg)"
        case let .stackGrowth(g, o, n): "G\(g) stack \(o) → \(n) B (newstack → copystack)"
        }
    }

    /// Payload fields as JSON members (without braces).
    public var jsonFields: String {
        func q(_ s: String) -> String { JSON.quote(s) }
        func gl(_ l: [Goid]) -> String { "[" + l.map(String.init).joined(separator: ",") + "]" }
        switch self {
        case let .goCreate(g, goid, f): return "\"newg\":\(g),\"goid\":\(goid),\"fn\":\(q(f))"
        case let .goStart(g, i): return "\"target\":\(g),\"inheritTime\":\(i)"
        case let .goEnd(g), let .goSched(g), let .goPreempt(g): return "\"target\":\(g)"
        case let .goBlock(g, r, on): return "\"target\":\(g),\"reason\":\(q(r.goString)),\"on\":\(q(WaitObject.describe(on)))"
        case let .goUnblock(g, by): return "\"target\":\(g),\"by\":\(by)"
        case let .goSysCall(g, d, b): return "\"target\":\(g),\"duration\":\(d),\"blocking\":\(b)"
        case let .goSysExit(g, f): return "\"target\":\(g),\"fast\":\(f)"
        case let .goSysBlock(g, p): return "\"target\":\(g),\"proc\":\(p.raw)"
        case let .procStart(p), let .procStop(p): return "\"proc\":\(p.raw)"
        case let .runqPut(g, p, w): return "\"target\":\(g),\"proc\":\(p.raw),\"where\":\(q("\(w)"))"
        case let .runqKick(g, p): return "\"target\":\(g),\"proc\":\(p.raw)"
        case let .runqPutSlow(p, l): return "\"proc\":\(p.raw),\"gs\":\(gl(l))"
        case let .globrunqGet(p, n, f): return "\"proc\":\(p.raw),\"n\":\(n),\"first\":\(f)"
        case let .steal(t, v, l, rn): return "\"thief\":\(t.raw),\"victim\":\(v.raw),\"gs\":\(gl(l)),\"runnext\":\(rn)"
        case let .handoff(p, to): return "\"proc\":\(p.raw),\"to\":\(to.raw)"
        case let .mStart(m, p, s, c): return "\"thread\":\(m.raw),\"proc\":\(p.raw),\"spinning\":\(s),\"created\":\(c)"
        case let .mSpin(m), let .mIdle(m), let .mNetpollWake(m): return "\"thread\":\(m.raw)"
        case let .mSpinStop(m, f): return "\"thread\":\(m.raw),\"foundWork\":\(f)"
        case let .mNetpollBlock(m, u): return "\"thread\":\(m.raw),\"until\":\(u)"
        case let .sysmonWake(d): return "\"delay\":\(d)"
        case let .sysmonSleep(u): return "\"until\":\(u)"
        case let .preemptRequest(g, p, r): return "\"target\":\(g),\"proc\":\(p.raw),\"ran\":\(r)"
        case let .retake(p, m, g): return "\"proc\":\(p.raw),\"thread\":\(m.raw),\"target\":\(g)"
        case let .stwBegin(r), let .stwEnd(r): return "\"reason\":\(q(r.goString))"
        case let .procResize(o, n): return "\"old\":\(o),\"new\":\(n)"
        case let .timerAdd(t, p, w): return "\"timer\":\(t.raw),\"proc\":\(p.raw),\"when\":\(w)"
        case let .timerFire(t, p, _): return "\"timer\":\(t.raw),\"proc\":\(p.raw)"
        case let .write(fd, n): return "\"fd\":\(fd),\"bytes\":\(n)"
        case let .exit(c): return "\"code\":\(c)"
        case let .fatal(m): return "\"message\":\(q(m))"
        case let .stackGrowth(g, o, n): return "\"target\":\(g),\"oldSize\":\(o),\"newSize\":\(n)"
        }
    }

    /// Feed the payload into the running FNV hash (fields in declaration order).
    @inline(__always)
    func fnv(into h: inout EventHasher) {
        switch self {
        case let .goCreate(g, goid, f): h.byte(0); h.int(g); h.int(goid); h.string(f)
        case let .goStart(g, i): h.byte(1); h.int(g); h.byte(i ? 1 : 0)
        case let .goEnd(g): h.byte(2); h.int(g)
        case let .goSched(g): h.byte(3); h.int(g)
        case let .goPreempt(g): h.byte(4); h.int(g)
        case let .goBlock(g, r, on): h.byte(5); h.int(g); h.byte(r.rawValue); on.fnv(into: &h)
        case let .goUnblock(g, by): h.byte(6); h.int(g); h.int(by)
        case let .goSysCall(g, d, b): h.byte(7); h.int(g); h.int(d); h.byte(b ? 1 : 0)
        case let .goSysExit(g, f): h.byte(8); h.int(g); h.byte(f ? 1 : 0)
        case let .goSysBlock(g, p): h.byte(9); h.int(g); h.i32(p.raw)
        case let .procStart(p): h.byte(10); h.i32(p.raw)
        case let .procStop(p): h.byte(11); h.i32(p.raw)
        case let .runqPut(g, p, w): h.byte(12); h.int(g); h.i32(p.raw); h.byte(w.rawValue)
        case let .runqKick(g, p): h.byte(13); h.int(g); h.i32(p.raw)
        case let .runqPutSlow(p, l): h.byte(14); h.i32(p.raw); for g in l { h.int(g) }
        case let .globrunqGet(p, n, f): h.byte(15); h.i32(p.raw); h.i32(n); h.int(f)
        case let .steal(t, v, l, rn): h.byte(16); h.i32(t.raw); h.i32(v.raw); for g in l { h.int(g) }; h.byte(rn ? 1 : 0)
        case let .handoff(p, to): h.byte(17); h.i32(p.raw); h.i32(to.raw)
        case let .mStart(m, p, s, c): h.byte(18); h.i32(m.raw); h.i32(p.raw); h.byte(s ? 1 : 0); h.byte(c ? 1 : 0)
        case let .mSpin(m): h.byte(19); h.i32(m.raw)
        case let .mSpinStop(m, f): h.byte(20); h.i32(m.raw); h.byte(f ? 1 : 0)
        case let .mIdle(m): h.byte(21); h.i32(m.raw)
        case let .mNetpollBlock(m, u): h.byte(22); h.i32(m.raw); h.int(u)
        case let .mNetpollWake(m): h.byte(23); h.i32(m.raw)
        case let .sysmonWake(d): h.byte(24); h.int(d)
        case let .sysmonSleep(u): h.byte(25); h.int(u)
        case let .preemptRequest(g, p, r): h.byte(26); h.int(g); h.i32(p.raw); h.int(r)
        case let .retake(p, m, g): h.byte(27); h.i32(p.raw); h.i32(m.raw); h.int(g)
        case let .stwBegin(r): h.byte(28); h.byte(r.rawValue)
        case let .stwEnd(r): h.byte(29); h.byte(r.rawValue)
        case let .procResize(o, n): h.byte(30); h.i32(o); h.i32(n)
        case let .timerAdd(t, p, w): h.byte(31); h.i32(t.raw); h.i32(p.raw); h.int(w)
        case let .timerFire(t, p, _): h.byte(32); h.i32(t.raw); h.i32(p.raw)
        case let .write(fd, n): h.byte(33); h.i32(fd); h.i32(n)
        case let .exit(c): h.byte(34); h.i32(c)
        case let .fatal(m): h.byte(35); h.string(m)
        case let .stackGrowth(g, o, n): h.byte(36); h.int(g); h.i32(o); h.i32(n)
        }
    }
}

extension WaitObject {
    /// " on ch#3", " in select (2 cases)", … (empty for none).
    public static func describe(_ o: WaitObject) -> String {
        switch o {
        case .none: ""
        case let .chan(c): " on ch#\(c)"
        case let .select(n): " in select (\(n) cases)"
        case let .sema(a): " on semaphore 0x\(String(a, radix: 16))"
        case let .timer(t): " until timer \(t.raw) fires"
        case .gc: " for the collector"
        case .runtimeInternal: " (runtime)"
        }
    }
    @inline(__always)
    func fnv(into h: inout EventHasher) {
        switch self {
        case .none: h.byte(0)
        case let .chan(c): h.byte(1); h.word(UInt64(c))
        case let .select(n): h.byte(2); h.i32(n)
        case let .sema(a): h.byte(3); h.word(a)
        case let .timer(t): h.byte(4); h.i32(t.raw)
        case .gc: h.byte(5)
        case .runtimeInternal: h.byte(6)
        }
    }
}

extension Event: CustomStringConvertible {
    public var description: String {
        let body: String
        switch kind {
        case let .sched(s): body = s.description
        case let .chan(c): body = String(describing: c)
        case let .sync(c): body = c.sentence
        case let .heap(c): body = String(describing: c)
        case let .gc(c): body = String(describing: c)
        }
        return body
    }

    /// The event's fields as Swift spells them (the JSON Lines `payload`).
    var payload: String {
        switch kind {
        case let .sched(s): s.description
        case let .chan(c): String(describing: c)
        case let .sync(c): String(describing: c)
        case let .heap(c): String(describing: c)
        case let .gc(c): String(describing: c)
        }
    }

    /// Short tag of the kind for the Events pane ("sched", "chan", …) and name.
    public var area: String {
        switch kind {
        case .sched: "sched"
        case .chan: "chan"
        case .sync: "sync"
        case .heap: "heap"
        case .gc: "gc"
        }
    }
    public var name: String {
        switch kind {
        case let .sched(s): s.name
        case let .chan(c): String(describing: c).prefix(while: { $0 != "(" }).description
        case let .sync(c): String(describing: c).prefix(while: { $0 != "(" }).description
        case let .heap(c): String(describing: c).prefix(while: { $0 != "(" }).description
        case let .gc(c): String(describing: c).prefix(while: { $0 != "(" }).description
        }
    }

    /// One JSON object (no newline): seq, time, p, m, g, area, name, payload, text.
    public func jsonLine(describe: Bool = true) -> String {
        var s = "{\"seq\":\(seq),\"time\":\(time),\"p\":\(p.raw),\"m\":\(m.raw),\"g\":\(g),\"area\":\"\(area)\",\"ev\":\(JSON.quote(name))"
        if case let .sched(se) = kind { s += "," + se.jsonFields }
        else { s += ",\"payload\":" + JSON.quote(payload) }
        if describe { s += ",\"text\":" + JSON.quote(description) }
        return s + "}"
    }
}

/// Minimal JSON string quoting.
public enum JSON {
    public static func quote(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 { let h = String(u.value, radix: 16); out += "\\u" + String(repeating: "0", count: 4 - h.count) + h } else { out.unicodeScalars.append(u) }
            }
        }
        return out + "\""
    }
}

/// Formatting simulated time for people.
public enum Time {
    /// "850ns", "12.5µs", "3.2ms", "1.5s".
    public static func format(_ ns: Int64) -> String {
        if ns == Int64.max { return "∞" }
        let a = ns < 0 ? -ns : ns
        let sign = ns < 0 ? "-" : ""
        // One decimal, rounded half up, without floating point.
        func f(_ unit: Int64) -> String {
            let tenths = (a * 10 + unit / 2) / unit
            return sign + (tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(tenths % 10)")
        }
        if a < 1_000 { return "\(ns)ns" }
        if a < 1_000_000 { return f(1_000) + "µs" }
        if a < 1_000_000_000 { return f(1_000_000) + "ms" }
        return f(1_000_000_000) + "s"
    }
}
