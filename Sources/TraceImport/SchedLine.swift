// Parsers of proc.go:schedtrace lines: the `SCHED` summary and the
// scheddetail `P`, `M` and `G` lines, for every layout since Go 1.6
// (needspinning 1.21+, padded per-P list and schedticks in newer Go,
// timerslen 1.14+). Unknown keys are kept; a known key with a bad value fails.

enum SchedLineParser {
    /// `SCHED 10ms: gomaxprocs=2 …` (the caller checked the `SCHED ` prefix).
    static func summary(_ line: Substring) -> Result<SchedSummary, LineFailure> {
        var rest = line.dropFirst("SCHED ".count)
        guard let colon = rest.firstIndex(of: ":") else { return .failure(LineFailure("SCHED line without 'Nms:'")) }
        let stamp = rest[..<colon]
        guard stamp.hasSuffix("ms"), let ms = Int64(stamp.dropLast(2)), ms >= 0 else {
            return .failure(LineFailure("SCHED time '\(stamp)' is not 'Nms'"))
        }
        rest = rest[rest.index(after: colon)...]
        var s = SchedSummary(timeMs: ms, gomaxprocs: -1)
        for f in KeyValueScan.fields(rest) {
            guard let key = f.key else {
                guard let list = KeyValueScan.intList(f.value) else {
                    return .failure(LineFailure("unexpected '\(f.value)' in SCHED line"))
                }
                s.perPRunq = list
                continue
            }
            if key == "schedticks" {
                guard let list = KeyValueScan.intList(f.value) else { return .failure(LineFailure("schedticks=\(f.value) is not a list")) }
                s.schedticks = list
                continue
            }
            let known = ["gomaxprocs", "idleprocs", "threads", "spinningthreads", "needspinning", "idlethreads",
                         "runqueue", "gcwaiting", "nmidlelocked", "stopwait", "sysmonwait"]
            guard known.contains(key) else {
                s.extra.append(KeyValue(key: key, value: f.value))
                continue
            }
            guard let v = KeyValueScan.int(f.value) else { return .failure(LineFailure("\(key)=\(f.value) is not a number")) }
            switch key {
            case "gomaxprocs": s.gomaxprocs = v
            case "idleprocs": s.idleprocs = v
            case "threads": s.threads = v
            case "spinningthreads": s.spinningthreads = v
            case "needspinning": s.needspinning = v
            case "idlethreads": s.idlethreads = v
            case "runqueue": s.runqueue = v
            case "gcwaiting": s.gcwaiting = v
            case "nmidlelocked": s.nmidlelocked = v
            case "stopwait": s.stopwait = v
            default: s.sysmonwait = v
            }
        }
        guard s.gomaxprocs > 0 else { return .failure(LineFailure("SCHED line without gomaxprocs")) }
        guard s.gomaxprocs <= 1 << 16 else { return .failure(LineFailure("gomaxprocs=\(s.gomaxprocs) out of range")) }
        if let l = s.perPRunq, l.count != s.gomaxprocs {
            return .failure(LineFailure("\(l.count) per-P queue lengths for gomaxprocs=\(s.gomaxprocs)"))
        }
        return .success(s)
    }

    /// The id after the one-letter prefix: `P12:` → 12 (the caller checked the form).
    static func id(_ line: Substring) -> (Int64, Substring)? {
        let t = line.drop(while: { $0 == " " || $0 == "\t" }).dropFirst()
        guard let colon = t.firstIndex(of: ":"), let id = Int64(t[..<colon]) else { return nil }
        return (id, t[t.index(after: colon)...])
    }

    /// `  P0: status=1 schedtick=4 syscalltick=0 m=0 runqsize=5 gfreecnt=0 timerslen=0`
    static func p(_ line: Substring) -> Result<TraceP, LineFailure> {
        guard let (id, rest) = id(line), id >= 0, id < 1 << 20 else { return .failure(LineFailure("bad P id")) }
        var p = TraceP(id: Int(id))
        var sawStatus = false
        for f in KeyValueScan.fields(rest) {
            guard let key = f.key else { continue }
            let known = ["status", "schedtick", "syscalltick", "m", "runqsize", "gfreecnt", "timerslen"]
            guard known.contains(key) else { continue }
            guard let v = KeyValueScan.int(f.value) else { return .failure(LineFailure("P\(id) \(key)=\(f.value) is not a number")) }
            switch key {
            case "status": p.status = v; sawStatus = true
            case "schedtick": p.schedtick = v
            case "syscalltick": p.syscalltick = v
            case "m": p.m = v
            case "runqsize": p.runqsize = v
            case "gfreecnt": p.gfreecnt = v
            default: p.timerslen = v
            }
        }
        return sawStatus ? .success(p) : .failure(LineFailure("P\(id) line without status"))
    }

    /// `  M0: p=0 curg=16 mallocing=0 throwing=0 preemptoff= locks=0 dying=0 spinning=false blocked=false lockedg=-1`
    static func m(_ line: Substring) -> Result<TraceM, LineFailure> {
        guard let (id, rest) = id(line), id >= 0, id < 1 << 30 else { return .failure(LineFailure("bad M id")) }
        var m = TraceM(id: Int(id))
        var sawP = false
        for f in KeyValueScan.fields(rest) {
            guard let key = f.key else { continue }
            if key == "preemptoff" { m.preemptoff = f.value; continue }
            let known = ["p", "curg", "mallocing", "throwing", "locks", "dying", "spinning", "blocked", "lockedg"]
            guard known.contains(key) else { continue }
            guard let v = KeyValueScan.int(f.value) else { return .failure(LineFailure("M\(id) \(key)=\(f.value) is not a number")) }
            switch key {
            case "p": m.p = v; sawP = true
            case "curg": m.curg = Int64(v)
            case "mallocing": m.mallocing = v
            case "throwing": m.throwing = v
            case "locks": m.locks = v
            case "dying": m.dying = v
            case "spinning": m.spinning = v != 0
            case "blocked": m.blocked = v != 0
            default: m.lockedg = Int64(v)
            }
        }
        return sawP ? .success(m) : .failure(LineFailure("M\(id) line without p="))
    }

    /// `  G1: status=4(semacquire) m=-1 lockedm=-1`
    static func g(_ line: Substring) -> Result<TraceG, LineFailure> {
        guard let (id, rest) = id(line), id >= 0 else { return .failure(LineFailure("bad G id")) }
        var g = TraceG(goid: id)
        var sawStatus = false
        for f in KeyValueScan.fields(rest) {
            guard let key = f.key else { continue }
            switch key {
            case "status":
                let v = f.value
                let digits = v.prefix(while: { $0.isASCII && $0.isNumber })
                guard let st = Int(digits) else { return .failure(LineFailure("G\(id) status=\(v) is not a number")) }
                g.rawStatus = st
                let after = v.dropFirst(digits.count)
                if after.hasPrefix("(") {
                    g.waitreason = String(after.dropFirst().hasSuffix(")") ? after.dropFirst().dropLast() : after.dropFirst())
                }
                sawStatus = true
            case "m", "lockedm":
                guard let x = KeyValueScan.int(f.value) else { return .failure(LineFailure("G\(id) \(key)=\(f.value) is not a number")) }
                if key == "m" { g.m = x } else { g.lockedm = x }
            default:
                continue
            }
        }
        return sawStatus ? .success(g) : .failure(LineFailure("G\(id) line without status"))
    }
}

/// Why one line did not parse.
struct LineFailure: Error, Sendable {
    var reason: String
    init(_ reason: String) { self.reason = reason }
}
