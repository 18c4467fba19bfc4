// The importer's line loop: classifies each line of a GODEBUG log (SCHED
// summary, scheddetail P/M/G line, gctrace line, other runtime line, program
// output), groups them into frames and keeps every line it could not read,
// with its number and why. Never traps on any input.

public enum TraceParser {
    /// Parses a whole log given as text.
    public static func parse(_ text: String) -> TraceLog { parse(Array(text.utf8)) }

    /// Parses a whole log and fails when no line of it is a runtime trace line.
    public static func importLog(_ bytes: [UInt8], name: String = "log") throws(TraceImportError) -> TraceLog {
        let log = parse(bytes)
        guard !log.frames.isEmpty else {
            var msg = "\(name): no Go runtime trace lines found in \(log.lineCount) line\(log.lineCount == 1 ? "" : "s")"
            msg += " (expected 'SCHED …' lines from GODEBUG=schedtrace=N[,scheddetail=1] or 'gc N @…' lines from GODEBUG=gctrace=1, written to stderr)"
            if let u = log.unparsed.first { msg += "; first unreadable line \(u.line): \(u.reason)" }
            throw TraceImportError(msg)
        }
        return log
    }

    /// Parses a whole log: lines end at LF (a CR before it is dropped);
    /// invalid UTF-8 is replaced.
    public static func parse(_ bytes: [UInt8]) -> TraceLog {
        var log = TraceLog()
        var pending: [TraceItem] = []
        var current: TraceFrame? = nil
        var lineNo = 0
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        func unparsed(_ line: Substring, _ reason: String) {
            log.unparsed.append(UnparsedLine(line: lineNo, text: String(line.prefix(200)), reason: reason))
        }
        for rawBytes in lines {
            lineNo += 1
            let text = String(decoding: rawBytes.last == 0x0D ? rawBytes.dropLast() : rawBytes, as: UTF8.self)
            let line = text[...]
            if line.hasPrefix("SCHED ") {
                switch SchedLineParser.summary(line) {
                case let .success(s):
                    if let f = current { log.frames.append(f) }
                    var f = TraceFrame(line: lineNo, summary: s)
                    f.items = pending
                    pending = []
                    current = f
                case let .failure(e):
                    unparsed(line, e.reason)
                }
                continue
            }
            if let kind = detailKind(line) {
                guard current != nil else {
                    unparsed(line, "scheddetail \(kind) line before any SCHED line")
                    continue
                }
                switch kind {
                case "P":
                    switch SchedLineParser.p(line) {
                    case let .success(p): current!.ps.append(p)
                    case let .failure(e): unparsed(line, e.reason)
                    }
                case "M":
                    switch SchedLineParser.m(line) {
                    case let .success(m): current!.ms.append(m)
                    case let .failure(e): unparsed(line, e.reason)
                    }
                default:
                    switch SchedLineParser.g(line) {
                    case let .success(g): current!.gs.append(g)
                    case let .failure(e): unparsed(line, e.reason)
                    }
                }
                continue
            }
            if GCTraceParser.looksLikeGC(line) {
                switch GCTraceParser.parse(line) {
                case let .success(g): pending.append(TraceItem(line: lineNo, kind: .gc(g)))
                case let .failure(e): unparsed(line, e.reason)
                }
                continue
            }
            if isRuntimeNote(line) {
                pending.append(TraceItem(line: lineNo, kind: .runtimeNote(String(line))))
                continue
            }
            pending.append(TraceItem(line: lineNo, kind: .output(String(line))))
        }
        log.lineCount = lineNo
        if let f = current {
            log.frames.append(f)
            if !pending.isEmpty {
                var end = f
                end.origin = .end
                end.line = 0
                end.items = pending
                if let lastGC = pending.last(where: { if case .gc = $0.kind { true } else { false } }),
                   case let .gc(g) = lastGC.kind {
                    end.summary.timeMs = max(end.summary.timeMs, g.timeNs / 1_000_000)
                }
                log.frames.append(end)
            }
        } else {
            // gctrace without schedtrace: one frame per gc line; output before it rides along.
            var items: [TraceItem] = []
            for item in pending {
                items.append(item)
                guard case let .gc(g) = item.kind else { continue }
                var s = SchedSummary(timeMs: g.timeNs / 1_000_000, gomaxprocs: max(1, g.procs))
                s.idleprocs = 0
                var f = TraceFrame(line: item.line, summary: s, origin: .gcOnly)
                f.items = items
                items = []
                log.frames.append(f)
            }
            if !items.isEmpty {
                if var last = log.frames.last {
                    last.origin = .end
                    last.line = 0
                    last.items = items
                    log.frames.append(last)
                } else {
                    log.unframed = items
                }
            }
        }
        return log
    }

    /// "P", "M" or "G" for a scheddetail line (`  P0: …`), else nil.
    static func detailKind(_ line: Substring) -> String? {
        let t = line.drop(while: { $0 == " " || $0 == "\t" })
        guard t.startIndex != line.startIndex, let c = t.first, c == "P" || c == "M" || c == "G" else { return nil }
        let rest = t.dropFirst()
        let digits = rest.prefix(while: { $0.isASCII && $0.isNumber })
        guard !digits.isEmpty, rest.dropFirst(digits.count).hasPrefix(":") else { return nil }
        return String(c)
    }

    /// Runtime lines with no frame data: "GC forced" (forcegchelper), the
    /// scavenger's "scvg…"/"scav …" lines, "pacer: …" (gcpacertrace).
    static func isRuntimeNote(_ line: Substring) -> Bool {
        line == "GC forced" || line.hasPrefix("scvg") || line.hasPrefix("scav ") || line.hasPrefix("pacer: ")
    }
}
