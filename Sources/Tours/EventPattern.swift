// What a trigger waits for: one kind of engine event, optionally narrowed to
// a goroutine, P, M, channel, size class, wait reason or GC phase. The
// phrases a tour may use are the templates in `EventPattern.templates`
// (docs/tours.md lists them).
import GoRuntime

public struct EventPattern: Sendable, Hashable {
    /// The kind of event (one `case` of the runtime's event enums, or a slice of one).
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case goCreate, goStart, goStartRunnext, goEnd, goSched, preempt, preemptRequest
        case block, unblock, syscall, syscallExit, sysBlock, retake, handoff, steal
        case runqKick, runqGlobalPut, runqOverflow, globrunqGet, mSpin, mStart, mCreate, mIdle
        case sysmonWake, sysmonSleep, timerFire, stw, exit, fatal, output, stackGrowth
        case gcPhase, globalsScan, stackScan, shade, blacken, barrier, assist, assistPark, markWorker, sweepSpan
        case alloc, tinyAlloc, largeAlloc, refill, cacheSpan, spanAlloc, heapGrow
        case chanMake, chanHandoff, bufPut, bufGet, bufRotate, chanBlock, chanClose, recvClosed
        case selectChosen, selectDefault, selectBlock
        case mutexSpin, mutexBlock, mutexStarving, mutexHandoff, mutexNormal
        case wgAdd, wgWait, wgWake, semBlock, semWake
    }

    public var kind: Kind
    public var g: Goid?
    public var p: Int32?
    /// The second P of `steal by P1 from P0` (the victim).
    public var p2: Int32?
    public var m: Int32?
    public var ch: UInt32?
    public var sizeclass: Int?
    /// A wait reason as Go prints it ("chan receive", "sleep", …).
    public var reason: String?
    public var phase: GCCyclePhase?

    public init(_ kind: Kind, g: Goid? = nil, p: Int32? = nil, p2: Int32? = nil, m: Int32? = nil, ch: UInt32? = nil,
                sizeclass: Int? = nil, reason: String? = nil, phase: GCCyclePhase? = nil) {
        self.kind = kind; self.g = g; self.p = p; self.p2 = p2; self.m = m; self.ch = ch
        self.sizeclass = sizeclass; self.reason = reason; self.phase = phase
    }

    /// Phrases, first one of each kind and argument set being the canonical
    /// form. Placeholders: `G#` goroutine, `P#` P (a second `P#` is the
    /// steal victim), `M#` thread, `ch#` channel, `class #` size class,
    /// `"reason"` a quoted wait reason, `PHASE` a GC phase.
    public static let templates: [(String, Kind)] = [
        ("G# is created", .goCreate), ("a goroutine is created", .goCreate),
        ("G# starts running", .goStart), ("a goroutine starts running", .goStart),
        ("G# runs from runnext", .goStartRunnext), ("runnext start", .goStartRunnext),
        ("G# exits", .goEnd), ("goroutine exit", .goEnd),
        ("G# yields", .goSched), ("Gosched", .goSched),
        ("preemption of G#", .preempt), ("preemption", .preempt), ("G# is preempted", .preempt),
        ("preempt request for G#", .preemptRequest), ("preempt request", .preemptRequest),
        ("G# parks for \"reason\"", .block), ("G# blocks", .block), ("goroutine parks for \"reason\"", .block), ("park", .block),
        ("G# is woken", .unblock), ("wake-up", .unblock),
        ("G# enters a syscall", .syscall), ("syscall", .syscall),
        ("G# leaves its syscall", .syscallExit), ("syscall exit", .syscallExit),
        ("G# loses its P in a syscall", .sysBlock),
        ("retake of P#", .retake), ("retake", .retake), ("sysmon retakes P#", .retake),
        ("hand-off of P#", .handoff), ("P hand-off", .handoff),
        ("steal by P# from P#", .steal), ("steal by P#", .steal), ("steal", .steal),
        ("runnext kick", .runqKick), ("runnext kick of G#", .runqKick),
        ("global queue put", .runqGlobalPut), ("global queue put of G#", .runqGlobalPut),
        ("run queue overflow", .runqOverflow),
        ("global queue get by P#", .globrunqGet), ("global queue get", .globrunqGet),
        ("spinning M#", .mSpin), ("spinning M", .mSpin),
        ("start of M#", .mStart), ("M start", .mStart),
        ("new M", .mCreate), ("idle M", .mIdle),
        ("sysmon wake-up", .sysmonWake), ("sysmon deep sleep", .sysmonSleep),
        ("timer firing", .timerFire), ("stop-the-world", .stw),
        ("the program exits", .exit), ("program exit", .exit),
        ("fatal error", .fatal), ("the program dies", .fatal),
        ("output", .output),
        ("stack growth of G#", .stackGrowth), ("stack growth", .stackGrowth),
        ("GC enters PHASE", .gcPhase),
        ("globals scan", .globalsScan), ("stack scan of G#", .stackScan), ("stack scan", .stackScan),
        ("greyobject", .shade), ("scanobject", .blacken), ("write barrier", .barrier),
        ("mark assist by G#", .assist), ("mark assist", .assist), ("assist park", .assistPark),
        ("mark worker on P#", .markWorker), ("mark worker", .markWorker),
        ("span sweep", .sweepSpan),
        ("allocation of class #", .alloc), ("small allocation", .alloc),
        ("tiny allocation", .tinyAlloc), ("large allocation", .largeAlloc),
        ("refill", .refill), ("mcentral span", .cacheSpan), ("span allocation", .spanAlloc), ("heap growth", .heapGrow),
        ("ch# is made", .chanMake), ("channel creation", .chanMake),
        ("direct hand-off on ch#", .chanHandoff), ("direct hand-off", .chanHandoff),
        ("buffer put on ch#", .bufPut), ("buffer put", .bufPut),
        ("buffer get on ch#", .bufGet), ("buffer get", .bufGet),
        ("buffer rotation on ch#", .bufRotate), ("buffer rotation", .bufRotate),
        ("G# blocks on ch#", .chanBlock), ("a goroutine blocks on ch#", .chanBlock), ("channel block", .chanBlock),
        ("ch# is closed", .chanClose), ("close", .chanClose),
        ("receive from a closed channel", .recvClosed),
        ("G# chooses a select case", .selectChosen), ("select case", .selectChosen),
        ("select default", .selectDefault),
        ("G# blocks in select", .selectBlock), ("select block", .selectBlock),
        ("mutex spin", .mutexSpin), ("G# blocks on a mutex", .mutexBlock), ("mutex block", .mutexBlock),
        ("the mutex starves", .mutexStarving), ("mutex starvation", .mutexStarving),
        ("mutex hand-off to G#", .mutexHandoff), ("mutex hand-off", .mutexHandoff),
        ("the mutex returns to normal", .mutexNormal),
        ("WaitGroup Add", .wgAdd), ("G# waits on a WaitGroup", .wgWait), ("WaitGroup wait", .wgWait),
        ("the WaitGroup reaches zero", .wgWake),
        ("semaphore block", .semBlock), ("semaphore wake-up", .semWake),
    ]

    /// The canonical phrase (the first template of this kind whose
    /// placeholders are exactly the fields that are set).
    public var text: String {
        for (t, k) in Self.templates where k == kind {
            let words = Template.words(t)
            if let s = Template.render(words, self) { return s }
        }
        return kind.rawValue
    }

    /// Does `e` match? (Unset fields match anything.)
    @inline(__always)
    public func matches(_ e: Event) -> Bool {
        func is_(_ want: Goid?, _ got: Goid) -> Bool { want == nil || want == got }
        func isP(_ want: Int32?, _ got: PID) -> Bool { want == nil || want == got.raw }
        func isC(_ want: UInt32?, _ got: ChanID) -> Bool { want == nil || want == got.raw }
        switch (kind, e.kind) {
        case let (.goCreate, .sched(.goCreate(g, _, _))): return is_(self.g, g)
        case let (.goStart, .sched(.goStart(g, _))): return is_(self.g, g)
        case let (.goStartRunnext, .sched(.goStart(g, inherit))): return inherit && is_(self.g, g)
        case let (.goEnd, .sched(.goEnd(g))): return is_(self.g, g)
        case let (.goSched, .sched(.goSched(g))): return is_(self.g, g)
        case let (.preempt, .sched(.goPreempt(g))): return is_(self.g, g)
        case let (.preemptRequest, .sched(.preemptRequest(g, _, _))): return is_(self.g, g)
        case let (.block, .sched(.goBlock(g, r, _))): return is_(self.g, g) && (reason == nil || reason == r.goString)
        case let (.unblock, .sched(.goUnblock(g, _))): return is_(self.g, g)
        case let (.syscall, .sched(.goSysCall(g, _, _))): return is_(self.g, g)
        case let (.syscallExit, .sched(.goSysExit(g, _))): return is_(self.g, g)
        case let (.sysBlock, .sched(.goSysBlock(g, _))): return is_(self.g, g)
        case let (.retake, .sched(.retake(p, _, _))): return isP(self.p, p)
        case let (.handoff, .sched(.handoff(p, _))): return isP(self.p, p)
        case let (.steal, .sched(.steal(t, v, _, _))): return isP(self.p, t) && isP(p2, v)
        case let (.runqKick, .sched(.runqKick(g, _))): return is_(self.g, g)
        case let (.runqGlobalPut, .sched(.runqPut(g, _, w))): return w == .global && is_(self.g, g)
        case (.runqOverflow, .sched(.runqPutSlow)): return true
        case let (.globrunqGet, .sched(.globrunqGet(p, _, _))): return isP(self.p, p)
        case let (.mSpin, .sched(.mSpin(m))): return m_(m)
        case let (.mStart, .sched(.mStart(m, _, _, _))): return m_(m)
        case let (.mCreate, .sched(.mStart(_, _, _, created))): return created
        case (.mIdle, .sched(.mIdle)): return true
        case (.sysmonWake, .sched(.sysmonWake)): return true
        case (.sysmonSleep, .sched(.sysmonSleep)): return true
        case (.timerFire, .sched(.timerFire)): return true
        case (.stw, .sched(.stwBegin)): return true
        case (.exit, .sched(.exit)): return true
        case (.fatal, .sched(.fatal)): return true
        case (.output, .sched(.write)): return true
        case let (.stackGrowth, .sched(.stackGrowth(g, _, _))): return is_(self.g, g)
        case let (.gcPhase, .gc(.phase(ph, _))): return phase == nil || phase == ph
        case (.globalsScan, .gc(.markrootGlobals)): return true
        case let (.stackScan, .gc(.markrootStack(g, _))): return is_(self.g, g)
        case (.shade, .gc(.shade)): return true
        case (.blacken, .gc(.blacken)): return true
        case (.barrier, .gc(.barrier)): return true
        case (.assist, .gc(.assistBegin)): return is_(self.g, e.g)
        case let (.assistPark, .gc(.assistEnd(_, _, parked))): return parked
        case let (.markWorker, .gc(.workerStart(p, _))): return self.p == nil || self.p == p
        case (.sweepSpan, .gc(.sweepSpan)): return true
        case let (.alloc, .heap(.alloc(_, _, sc, _, _, _))): return sizeclass == nil || sizeclass == Int(sc)
        case (.tinyAlloc, .heap(.tinyAlloc)): return true
        case (.largeAlloc, .heap(.largeAlloc)): return true
        case (.refill, .heap(.refill)): return true
        case (.cacheSpan, .heap(.cacheSpan)): return true
        case (.spanAlloc, .heap(.spanAlloc)): return true
        case (.heapGrow, .heap(.arenaGrow)): return true
        case let (.chanMake, .chan(.make(c, _, _, _, _))): return isC(ch, c)
        case let (.chanHandoff, .chan(.handoff(c, _, _))): return isC(ch, c)
        case let (.bufPut, .chan(.bufPut(c, _, _))): return isC(ch, c)
        case let (.bufGet, .chan(.bufGet(c, _, _))): return isC(ch, c)
        case let (.bufRotate, .chan(.bufRotate(c, _, _, _))): return isC(ch, c)
        case let (.chanBlock, .chan(.block(c, g, _))): return isC(ch, c) && is_(self.g, g)
        case let (.chanClose, .chan(.close(c, _, _, _))): return isC(ch, c)
        case (.recvClosed, .chan(.recvClosed)): return true
        case let (.selectChosen, .chan(.selectChosen(g, _, _))): return is_(self.g, g)
        case (.selectDefault, .chan(.selectDefault)): return true
        case let (.selectBlock, .chan(.selectBlock(g, _))): return is_(self.g, g)
        case (.mutexSpin, .sync(.mutexSpin)): return true
        case let (.mutexBlock, .sync(.mutexBlock(_, g))): return is_(self.g, g)
        case (.mutexStarving, .sync(.mutexStarving)): return true
        case let (.mutexHandoff, .sync(.mutexLock(_, g, how))): return how == .handoff && is_(self.g, g)
        case (.mutexNormal, .sync(.mutexNormal)): return true
        case (.wgAdd, .sync(.wgAdd)): return true
        case let (.wgWait, .sync(.wgWait(_, g, blocked))): return blocked && is_(self.g, g)
        case (.wgWake, .sync(.wgWake)): return true
        case (.semBlock, .sync(.semBlock)): return true
        case (.semWake, .sync(.semWake)): return true
        default: return false
        }
    }

    @inline(__always) private func m_(_ got: MID) -> Bool { m == nil || m == got.raw }
}

/// Matching a phrase against the templates.
enum Template {
    enum Word: Equatable {
        case literal(String)
        case goroutine, proc, thread, chan, number, reason, phase
    }

    static func words(_ template: String) -> [Word] {
        template.split(separator: " ").map { w in
            switch w {
            case "G#": .goroutine
            case "P#": .proc
            case "M#": .thread
            case "ch#": .chan
            case "#": .number
            case "\"reason\"": .reason
            case "PHASE": .phase
            default: .literal(String(w))
            }
        }
    }

    /// The phrase's tokens: words, with a quoted string kept whole (quotes included).
    static func tokens(_ phrase: Substring) -> [Substring]? {
        var out: [Substring] = []
        var i = phrase.startIndex
        while i < phrase.endIndex {
            if phrase[i] == " " || phrase[i] == "\t" { i = phrase.index(after: i); continue }
            let start = i
            if phrase[i] == "\"" {
                guard let close = phrase[phrase.index(after: i)...].firstIndex(of: "\"") else { return nil }
                i = phrase.index(after: close)
            } else {
                while i < phrase.endIndex, phrase[i] != " ", phrase[i] != "\t" { i = phrase.index(after: i) }
            }
            out.append(phrase[start..<i])
        }
        return out
    }

    static let phases: [(String, GCCyclePhase)] = [
        ("sweep termination", .sweepTermination), ("mark termination", .markTermination),
        ("mark", .mark), ("sweep", .sweep), ("off", .off),
    ]

    static func number(_ t: Substring, prefix: String) -> Int? {
        guard t.hasPrefix(prefix), let n = Int(t.dropFirst(prefix.count)), n >= 0 else { return nil }
        return n
    }

    /// The pattern `phrase` names, or nil.
    static func parse(_ phrase: Substring) -> EventPattern? {
        guard let toks = tokens(phrase), !toks.isEmpty else { return nil }
        for (t, kind) in EventPattern.templates {
            if let p = match(words(t), toks, kind) { return p }
        }
        return nil
    }

    static func match(_ words: [Word], _ toks: [Substring], _ kind: Kind) -> EventPattern? {
        var p = EventPattern(kind)
        var i = 0
        for (wi, w) in words.enumerated() {
            if case .phase = w {
                guard wi == words.count - 1 else { return nil }
                let rest = toks[i...].joined(separator: " ")
                guard let ph = phases.first(where: { $0.0 == rest }) else { return nil }
                p.phase = ph.1
                return p
            }
            guard i < toks.count else { return nil }
            let t = toks[i]
            i += 1
            switch w {
            case let .literal(l): guard t == l else { return nil }
            case .goroutine: guard let n = number(t, prefix: "G") else { return nil }; p.g = Goid(n)
            case .proc:
                guard let n = number(t, prefix: "P") else { return nil }
                if p.p == nil { p.p = Int32(n) } else { p.p2 = Int32(n) }
            case .thread: guard let n = number(t, prefix: "M") else { return nil }; p.m = Int32(n)
            case .chan: guard let n = number(t, prefix: "ch#"), n > 0 else { return nil }; p.ch = UInt32(n)
            case .number: guard let n = Int(t), n >= 0 else { return nil }; p.sizeclass = n
            case .reason:
                guard t.count >= 2, t.first == "\"", t.last == "\"" else { return nil }
                p.reason = String(t.dropFirst().dropLast())
            case .phase: return nil
            }
        }
        return i == toks.count ? p : nil
    }

    /// `words` with `p`'s fields substituted, if they use exactly the fields set.
    static func render(_ words: [Word], _ p: EventPattern) -> String? {
        var used = Set<String>()
        var out: [String] = []
        var procs = 0
        for w in words {
            switch w {
            case let .literal(l): out.append(l)
            case .goroutine: guard let g = p.g else { return nil }; out.append("G\(g)"); used.insert("g")
            case .proc:
                procs += 1
                guard let v = procs == 1 ? p.p : p.p2 else { return nil }
                out.append("P\(v)"); used.insert(procs == 1 ? "p" : "p2")
            case .thread: guard let m = p.m else { return nil }; out.append("M\(m)"); used.insert("m")
            case .chan: guard let c = p.ch else { return nil }; out.append("ch#\(c)"); used.insert("ch")
            case .number: guard let n = p.sizeclass else { return nil }; out.append("\(n)"); used.insert("n")
            case .reason: guard let r = p.reason else { return nil }; out.append("\"\(r)\""); used.insert("r")
            case .phase:
                guard let ph = p.phase, let name = phases.first(where: { $0.1 == ph })?.0 else { return nil }
                out.append(name); used.insert("ph")
            }
        }
        var set = Set<String>()
        if p.g != nil { set.insert("g") }
        if p.p != nil { set.insert("p") }
        if p.p2 != nil { set.insert("p2") }
        if p.m != nil { set.insert("m") }
        if p.ch != nil { set.insert("ch") }
        if p.sizeclass != nil { set.insert("n") }
        if p.reason != nil { set.insert("r") }
        if p.phase != nil { set.insert("ph") }
        return set == used ? out.joined(separator: " ") : nil
    }

    typealias Kind = EventPattern.Kind
}
