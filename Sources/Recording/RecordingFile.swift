// Reads a .gmprec: checks magic, version and every chunk's checksum, indexes
// the step blocks and decodes one block at a time on demand. A damaged or
// truncated file keeps every intact block before the damage and says what
// is wrong in `damage`.
import GoRuntime
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One decoded `S` chunk: its steps' events and counters.
public struct RecordedBlock: Sendable {
    /// Recording step of the state before the block's first step.
    public var baseStep: Int
    public var baseCounters: SceneCounters
    /// Event-log hash before the block's first event, and that event's seq.
    public var baseHash: UInt64
    public var firstSeq: UInt64
    /// `events[stepStart[i]..<stepStart[i+1]]` are the events of step `baseStep + 1 + i`.
    public var stepStart: [Int]
    public var events: [Event]
    /// Counters after each step.
    public var counters: [SceneCounters]
    /// The clock after each step's silent engine steps (before its events).
    public var silentUntil: [Int64]
    public var stepCount: Int { counters.count }
}

/// An opened recording.
public struct Recording: Sendable {
    public var formatVersion: UInt16
    public var header: RecordingHeader
    /// The end record, nil when the file was cut short.
    public var end: RecordingEnd?
    public var pauses: [Int]
    /// What is wrong with the file (empty for a sound one). Playback covers
    /// the intact steps only.
    public var damage: [RecordingError]
    /// Intact steps (the state after step `steps` is the last one drawable).
    public private(set) var steps = 0
    /// Events in the intact steps.
    public private(set) var eventCount: UInt64 = 0
    /// Counters of step 0 (before any step).
    public private(set) var initialCounters = SceneCounters()
    /// Events the engine logged before step 0 (start-up; kept ones only).
    public private(set) var prelude: [Event] = []
    /// The engine's event count when recording began (seq of the first recorded event).
    public private(set) var firstSeq: UInt64?

    private let bytes: [UInt8]
    /// Byte range of each block's payload and the step it starts after.
    private var blocks: [(baseStep: Int, steps: Int, from: Int, to: Int)] = []

    /// Opens a file. Throws only when nothing is playable (not a recording,
    /// unsupported version, damaged header); later damage lands in `damage`.
    public static func open(path: String) throws -> Recording {
        guard let bytes = readFile(path) else { throw RecordingError("\(path): cannot read the file") }
        do { return try Recording(bytes: bytes) } catch let e as RecordingError {
            throw RecordingError("\(path): \(e.message)")
        }
    }

    public init(bytes: [UInt8]) throws {
        self.bytes = bytes
        let m = RecordingFormat.magic
        guard bytes.count >= m.count + 2, Array(bytes[0..<m.count]) == m else {
            throw RecordingError("not a gmpscope recording (no GMPREC signature)")
        }
        formatVersion = UInt16(bytes[m.count]) | UInt16(bytes[m.count + 1]) << 8
        var r = ByteReader(bytes, from: m.count + 2, context: "file header")
        let version = (try? r.rawString()) ?? "?"
        guard formatVersion <= RecordingFormat.version, formatVersion >= RecordingFormat.oldestReadable else {
            throw RecordingError("recording format version \(formatVersion) (made by gmpscope \(version)) is not supported: this gmpscope reads versions \(RecordingFormat.oldestReadable)…\(RecordingFormat.version)")
        }
        damage = []
        pauses = []
        end = nil
        // Header chunk.
        let (tag, payload, next) = try Recording.readChunk(bytes, at: r.pos, index: 0)
        guard tag == RecordingFormat.Tag.header.rawValue else { throw RecordingError("chunk 0 is not the header") }
        var hr = ByteReader(bytes, from: payload.lowerBound, to: payload.upperBound, context: "header chunk")
        header = try RecordingHeader.decode(version: version, &hr)
        var pos = next
        var index = 1
        var stepsSoFar = 0
        var sawEnd = false
        while pos < bytes.count {
            let chunk: (UInt8, Range<Int>, Int)
            do { chunk = try Recording.readChunk(bytes, at: pos, index: index) } catch let e as RecordingError {
                damage.append(RecordingError("\(e.message); playing the first \(stepsSoFar) steps"))
                break
            } catch { break }
            let (t, range, after) = chunk
            switch RecordingFormat.Tag(rawValue: t) {
            case .steps:
                var br = ByteReader(bytes, from: range.lowerBound, to: range.upperBound, context: "step chunk \(index)")
                guard let n = try? br.count(limit: 1 << 24), let base = try? br.count() else {
                    damage.append(RecordingError("step chunk \(index) at byte \(pos): bad block header; playing the first \(stepsSoFar) steps"))
                    pos = bytes.count; continue
                }
                guard base == stepsSoFar else {
                    damage.append(RecordingError("step chunk \(index) at byte \(pos) starts after step \(base), expected \(stepsSoFar); playing the first \(stepsSoFar) steps"))
                    pos = bytes.count; continue
                }
                blocks.append((base, n, range.lowerBound, range.upperBound))
                // Decode once to validate (a chunk with a good checksum but bad contents is damage too).
                do {
                    let b = try decodeBlock(blocks.count - 1)
                    if blocks.count == 1 { initialCounters = b.baseCounters; firstSeq = b.firstSeq }
                    eventCount &+= UInt64(b.events.count)
                } catch let e as RecordingError {
                    blocks.removeLast()
                    damage.append(RecordingError("\(e.message); playing the first \(stepsSoFar) steps"))
                    pos = bytes.count; continue
                }
                stepsSoFar += n
            case .prelude:
                var pr = ByteReader(bytes, from: range.lowerBound, to: range.upperBound, context: "prelude chunk")
                do {
                    var seq = try pr.uvar()
                    let n = try pr.count(limit: range.count, "prelude event count")
                    var codec = EventCodec()
                    var evs: [Event] = []
                    for _ in 0..<n { evs.append(try codec.decode(seq: seq, from: &pr)); seq &+= 1 }
                    prelude = evs
                } catch let e as RecordingError {
                    damage.append(RecordingError("\(e.message); start-up events left out"))
                } catch {}
            case .pauses:
                var pr = ByteReader(bytes, from: range.lowerBound, to: range.upperBound, context: "pause chunk")
                if let n = try? pr.count(limit: range.count) {
                    var s = 0
                    for _ in 0..<n { if let d = try? pr.count() { s += d; pauses.append(s) } }
                }
            case .end:
                var er = ByteReader(bytes, from: range.lowerBound, to: range.upperBound, context: "end record")
                do {
                    let st = try er.count(), ev = try er.uvar(), h = try er.u64le(), c = try er.uvar()
                    let code: Int32? = try er.bool() ? try er.i32() : nil
                    let sum = try er.u64le()
                    end = RecordingEnd(steps: st, events: ev, eventHash: h, eventCount: c, exitCode: code)
                    if fnv64(bytes[0..<pos]) != sum {
                        damage.append(RecordingError("the file checksum does not match its contents"))
                    } else if st != stepsSoFar {
                        damage.append(RecordingError("the end record counts \(st) steps but the file holds \(stepsSoFar)"))
                    }
                } catch let e as RecordingError { damage.append(e) } catch {}
                sawEnd = true
            case .header, .none:
                damage.append(RecordingError("unexpected chunk tag \(t) at byte \(pos); playing the first \(stepsSoFar) steps"))
                pos = bytes.count; continue
            }
            pos = after
            index += 1
            if sawEnd { break }
        }
        if !sawEnd && damage.isEmpty {
            damage.append(RecordingError("the file ends without its end record (the recording was cut short); playing the \(stepsSoFar) steps it holds"))
        }
        steps = stepsSoFar
        if blocks.isEmpty { initialCounters = SceneCounters() }
    }

    /// Tag, payload range and the offset after the chunk; checks length and checksum.
    static func readChunk(_ bytes: [UInt8], at pos: Int, index: Int) throws -> (UInt8, Range<Int>, Int) {
        var r = ByteReader(bytes, from: pos, context: "chunk \(index) at byte \(pos)")
        guard !r.atEnd else { throw r.fail("missing") }
        let tag = try r.u8()
        let len = try r.uvar()
        let start = r.pos
        guard len <= UInt64(bytes.count - start), bytes.count - start - Int(len) >= 8 else {
            throw RecordingError("chunk \(index) at byte \(pos) is truncated: it declares \(len) bytes plus an 8-byte checksum but only \(bytes.count - start) remain")
        }
        let end = start + Int(len)
        r.pos = end
        let sum = try r.u64le()
        guard fnv64(bytes[start..<end]) == sum else {
            throw RecordingError("chunk \(index) at byte \(pos) is corrupted (checksum mismatch)")
        }
        return (tag, start..<end, r.pos)
    }

    /// Number of step blocks.
    public var blockCount: Int { blocks.count }
    /// The block holding step `step` (1…steps).
    public func blockIndex(step: Int) -> Int? {
        guard step >= 1, step <= steps else { return nil }
        var lo = 0, hi = blocks.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if blocks[mid].baseStep < step { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    /// Decodes block `i`.
    public func decodeBlock(_ i: Int) throws -> RecordedBlock {
        let b = blocks[i]
        var r = ByteReader(bytes, from: b.from, to: b.to, context: "step chunk \(i + 1)")
        let n = try r.count(limit: 1 << 24)
        let base = try r.count()
        var seq = try r.uvar()
        let firstSeq = seq
        let hash = try r.u64le()
        var codec = EventCodec()
        codec.reset(time: try r.svar())
        var counters = SceneCounters()
        try counters.applyDelta(&r)
        _ = try r.uvar()
        let baseCounters = counters
        var starts: [Int] = [0]
        var events: [Event] = []
        var all: [SceneCounters] = []
        var silent: [Int64] = []
        silent.reserveCapacity(n)
        starts.reserveCapacity(n + 1)
        all.reserveCapacity(n)
        for _ in 0..<n {
            let k = try r.count(limit: r.end - r.pos, "event count")
            for _ in 0..<k {
                events.append(try codec.decode(seq: seq, from: &r))
                seq &+= 1
            }
            silent.append(counters.time &+ (try r.svar()))
            try counters.applyDelta(&r)
            all.append(counters)
            starts.append(events.count)
        }
        guard r.atEnd else { throw r.fail("\(r.end - r.pos) bytes left over after \(n) steps") }
        return RecordedBlock(baseStep: base, baseCounters: baseCounters, baseHash: hash, firstSeq: firstSeq, stepStart: starts,
                             events: events, counters: all, silentUntil: silent)
    }

    /// Every event of the intact steps, in order (exports use it).
    public func forEachStep(_ body: (_ step: Int, _ events: ArraySlice<Event>, _ counters: SceneCounters) throws -> Void) rethrows {
        try forEachStepWithSilence { s, e, _, c in try body(s, e, c) }
    }

    /// Also passes the clock after the step's silent engine steps.
    public func forEachStepWithSilence(_ body: (_ step: Int, _ events: ArraySlice<Event>, _ silentUntil: Int64, _ counters: SceneCounters) throws -> Void) rethrows {
        for i in 0..<blocks.count {
            guard let b = try? decodeBlock(i) else { return }
            for k in 0..<b.stepCount {
                try body(b.baseStep + 1 + k, b.events[b.stepStart[k]..<b.stepStart[k + 1]], b.silentUntil[k], b.counters[k])
            }
        }
    }

    static func readFile(_ path: String) -> [UInt8]? {
        guard let f = fopen(path, "rb") else { return nil }
        defer { fclose(f) }
        var out: [UInt8] = []
        var buf = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buf.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, f) }
            if n > 0 { out.append(contentsOf: buf[0..<n]) }
            if n < buf.count { break }
        }
        return out
    }
}
