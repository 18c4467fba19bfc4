// Parser of gctrace lines (mgc.go:gcMarkTermination) in every layout since
// Go 1.6: `gc N @Ts P%: <clock> ms clock, <cpu> ms cpu, A->B->C MB, G MB goal,
// [S MB stacks, L MB globals,] N P[ (forced)]`. Go 1.5/1.6 print five clock
// phases, 1.7+ three; "#N" (1.5) is accepted. Unknown parts are kept.

enum GCTraceParser {
    /// True when the line starts like a gctrace line (`gc 12 @` or `gc #12 @`).
    static func looksLikeGC(_ line: Substring) -> Bool {
        guard line.hasPrefix("gc ") else { return false }
        var t = line.dropFirst(3)
        if t.hasPrefix("#") { t = t.dropFirst() }
        let digits = t.prefix(while: { $0.isASCII && $0.isNumber })
        return !digits.isEmpty && t.dropFirst(digits.count).hasPrefix(" @")
    }

    static func parse(_ line: Substring) -> Result<GCTraceLine, LineFailure> {
        var t = line.dropFirst(3)
        if t.hasPrefix("#") { t = t.dropFirst() }
        let digits = t.prefix(while: { $0.isASCII && $0.isNumber })
        guard let n = Int(digits) else { return .failure(LineFailure("gc cycle number")) }
        var g = GCTraceLine(cycle: n, text: String(line))
        t = t.dropFirst(digits.count)
        guard t.hasPrefix(" @") else { return .failure(LineFailure("gc \(n): no '@Ts'")) }
        t = t.dropFirst(2)
        guard let sEnd = t.firstIndex(of: "s"), let at = Double(t[..<sEnd]), at >= 0, at < 1e12 else {
            return .failure(LineFailure("gc \(n): '@' time is not seconds"))
        }
        g.atSeconds = at
        g.atText = String(t[..<sEnd])
        t = t[t.index(after: sEnd)...].drop(while: { $0 == " " })
        guard let pct = t.firstIndex(of: "%"), let cpu = Int(t[..<pct]) else {
            return .failure(LineFailure("gc \(n): no 'P%'"))
        }
        g.cpuPercent = cpu
        t = t[t.index(after: pct)...]
        guard t.hasPrefix(":") else { return .failure(LineFailure("gc \(n): no ':' after P%")) }
        t = t.dropFirst().drop(while: { $0 == " " })
        var sawClock = false, sawHeap = false
        for part0 in t.split(separator: ",", omittingEmptySubsequences: true) {
            var part = part0.drop(while: { $0 == " " })
            while part.last == " " { part = part.dropLast() }
            if part.hasSuffix("ms clock") {
                // Some logs print "0.019ms clock" without the space.
                guard let v = numbers(trimmed(part.dropLast("ms clock".count)), sep: "+") else {
                    return .failure(LineFailure("gc \(n): clock '\(part)'"))
                }
                g.clockMs = v
                g.clockText = String(trimmed(part.dropLast("ms clock".count)))
                sawClock = true
            } else if part.hasSuffix("ms cpu") {
                var phases: [[Double]] = []
                for ph in trimmed(part.dropLast("ms cpu".count)).split(separator: "+", omittingEmptySubsequences: false) {
                    guard let v = numbers(ph, sep: "/") else { return .failure(LineFailure("gc \(n): cpu '\(part)'")) }
                    phases.append(v)
                }
                g.cpuMs = phases
            } else if part.hasSuffix(" MB"), part.contains("->") {
                let sizes = part.dropLast(3).split(separator: "-", omittingEmptySubsequences: false).map { $0.hasPrefix(">") ? $0.dropFirst() : $0 }.compactMap { Int($0) }
                guard sizes.count == 3 else { return .failure(LineFailure("gc \(n): heap '\(part)'")) }
                g.heapStartMB = sizes[0]; g.heapEndMB = sizes[1]; g.heapLiveMB = sizes[2]
                sawHeap = true
            } else if let v = leadingInt(part, suffix: " MB goal") {
                g.goalMB = v
            } else if let v = leadingInt(part, suffix: " MB stacks") {
                g.stacksMB = v
            } else if let v = leadingInt(part, suffix: " MB globals") {
                g.globalsMB = v
            } else if part.hasSuffix(" P (forced)"), let v = leadingInt(part.dropLast(" (forced)".count), suffix: " P") {
                g.procs = v
                g.forced = true
            } else if let v = leadingInt(part, suffix: " P") {
                g.procs = v
            } else {
                g.extra.append(String(part))
            }
        }
        guard sawClock, sawHeap else { return .failure(LineFailure("gc \(n): no clock or heap figures")) }
        return .success(g)
    }

    private static func trimmed(_ s: Substring) -> Substring {
        var t = s
        while t.last == " " { t = t.dropLast() }
        return t
    }

    private static func numbers(_ s: Substring, sep: Character) -> [Double]? {
        var out: [Double] = []
        for w in s.split(separator: sep, omittingEmptySubsequences: false) {
            guard let d = Double(w), d.isFinite else { return nil }
            out.append(d)
        }
        return out.isEmpty ? nil : out
    }

    private static func leadingInt(_ s: Substring, suffix: String) -> Int? {
        guard s.hasSuffix(suffix) else { return nil }
        return Int(s.dropLast(suffix.count))
    }
}
