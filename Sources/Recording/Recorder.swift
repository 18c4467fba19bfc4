// Writes a .gmprec: the header, then one `S` chunk per block of
// `blockSteps` UI steps (events + counter deltas, self-contained), the
// presenter's pause marks and the end record with the whole-file checksum.
// `write(to:)` goes through a temporary file and rename(2).
import GoRuntime
import TerminalUI
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// File-level constants of the format.
public enum RecordingFormat {
    public static let magic: [UInt8] = Array("GMPREC".utf8)
    /// The format version this build writes and the newest it reads.
    /// 2: the header's option list holds every run option that changes the
    /// run besides seed, GOMAXPROCS and GOGC (`heap-minimum`, `gctrace`,
    /// `no-write-barrier` …); in version 1 it was informational (version 1
    /// writers stored only `procs`, `seed` and `gogc` there, so a run with
    /// other options did not replay). Version 1 files still open and play.
    public static let version: UInt16 = 2
    /// The oldest format version this build reads.
    public static let oldestReadable: UInt16 = 1
    /// gmpscope's version as recordings name it (no version exists elsewhere yet).
    public static let writerVersion = "0.1.0"
    /// UI steps per `S` chunk (a seek decodes at most one chunk).
    public static let defaultBlockSteps = 1024

    enum Tag: UInt8 { case header = 0x48, prelude = 0x52, steps = 0x53, pauses = 0x50, end = 0x45 }

    static func chunk(_ tag: Tag, _ payload: [UInt8], into out: inout [UInt8]) {
        var w = ByteWriter()
        w.u8(tag.rawValue)
        w.uvar(payload.count)
        out.append(contentsOf: w.bytes)
        out.append(contentsOf: payload)
        var c = ByteWriter()
        c.u64le(fnv64(payload))
        out.append(contentsOf: c.bytes)
    }
}

/// Records a session step by step. Use from one thread (the UI loop).
public final class Recorder {
    public let header: RecordingHeader
    public let blockSteps: Int
    /// UI steps recorded so far.
    public private(set) var steps = 0
    public private(set) var eventCount: UInt64 = 0
    /// Events that left the engine's log (its capacity) before they could be
    /// recorded — only after a seek forward over more than the log holds; a
    /// recording with lost events plays its events but cannot verify the panes.
    public private(set) var lostEvents: UInt64 = 0
    /// Steps (relative to the recording) where the presenter paused.
    public private(set) var pauses: [Int] = []

    private var out: [UInt8] = []
    private var block = ByteWriter()
    private var blockCount = 0
    private var codec = EventCodec()
    private var counters = SceneCounters()
    private var lastHash: UInt64 = EventLog.fnvOffset
    private var lastLogCount: UInt64 = 0
    private var exitCode: Int32?

    /// Starts a recording of `runtime` as it is now (its state becomes step 0).
    public init(header: RecordingHeader, runtime: Runtime, blockSteps: Int = RecordingFormat.defaultBlockSteps) {
        self.header = header
        self.blockSteps = max(1, blockSteps)
        out = RecordingFormat.magic
        var v = ByteWriter()
        v.u8(UInt8(RecordingFormat.version & 0xff)); v.u8(UInt8(RecordingFormat.version >> 8))
        v.rawString(header.gmpscopeVersion)
        out.append(contentsOf: v.bytes)
        var h = ByteWriter()
        header.encode(&h)
        RecordingFormat.chunk(.header, h.bytes, into: &out)
        // The events logged before step 0 (start-up: procresize, runtime.main …).
        let log = runtime.events
        if !log.events.isEmpty {
            var pw = ByteWriter()
            var pc = EventCodec()
            pw.uvar(log.firstSeq)
            pw.uvar(log.events.count)
            for e in log.events { pc.encode(e, into: &pw) }
            RecordingFormat.chunk(.prelude, pw.bytes, into: &out)
        }
        counters = SceneCounters(runtime)
        lastHash = runtime.events.hash
        lastLogCount = runtime.events.count
        exitCode = runtime.exitCode
    }

    /// Records one UI step: its events (as `SimulationSource.stepForward`
    /// returned them) and the runtime's counters after it. `silentUntil` is
    /// the clock after the engine steps of this UI step that logged nothing
    /// (the schedtrace export samples the state before the step up to it);
    /// nil when unknown (the previous step's time).
    public func record(events: [Event], runtime: Runtime, silentUntil: Int64? = nil) {
        if blockCount == 0 { beginBlock(firstSeq: events.first?.seq ?? lastLogCount) }
        block.uvar(events.count)
        for e in events { codec.encode(e, into: &block) }
        block.svar((silentUntil ?? counters.time &- 1) &- counters.time)
        let now = SceneCounters(runtime)
        now.encodeDelta(from: counters, &block)
        counters = now
        steps += 1
        blockCount += 1
        eventCount &+= UInt64(events.count)
        lastHash = runtime.events.hash
        lastLogCount = runtime.events.count
        exitCode = runtime.exitCode
        if blockCount == blockSteps { flushBlock() }
    }

    /// Call after anything that moved a live `RuntimeSource` (step, back, seek):
    /// records the events logged since the last recorded one as one step.
    /// Going back records nothing, and re-stepping over steps already
    /// recorded records nothing (determinism makes them identical); a seek
    /// forward over several steps becomes one recorded step. Returns whether
    /// a step was recorded.
    @discardableResult
    public func record(_ source: RuntimeSource) -> Bool {
        let log = source.runtime.events
        guard log.count > lastLogCount else { return false }
        let from = max(lastLogCount, log.firstSeq)
        lostEvents &+= from - lastLogCount
        let kept = log.events[Int(from - log.firstSeq)...]
        record(events: Array(kept), runtime: source.runtime)
        return true
    }

    /// Headless recording (`gmpscope record`): one UI step of `runtime` (engine
    /// steps until one logs an event, as `RuntimeSource.stepForward`), recorded
    /// with the clock of its silent engine steps. Returns false at the end.
    @discardableResult
    public func stepAndRecord(_ runtime: Runtime) -> Bool {
        guard !runtime.ended else { return false }
        let before = runtime.events.count
        var silent = counters.time &- 1   // no silent step: nothing before the events
        while runtime.events.count == before {
            if !runtime.step() { break }
            if runtime.events.count == before { silent = runtime.sched.now }
        }
        let log = runtime.events
        let from = max(before, log.firstSeq)
        record(events: Array(log.events[Int(from - log.firstSeq)...]), runtime: runtime, silentUntil: silent)
        return true
    }

    /// The presenter paused here (the player stops at this step when autoplaying).
    public func markPause() {
        if pauses.last != steps { pauses.append(steps) }
    }


    private func beginBlock(firstSeq: UInt64) {
        block = ByteWriter()
        codec.reset(time: counters.time)
        block.uvar(steps)           // first step of the block - 1 (the base state's step)
        block.uvar(firstSeq)
        block.u64le(lastHash)       // event-log hash before the block's first event
        block.svar(counters.time)
        // Base counters in full (delta from zero).
        counters.encodeDelta(from: SceneCounters(), &block)
        block.uvar(0)               // reserved: flags
    }

    private func flushBlock() {
        guard blockCount > 0 else { return }
        var payload = ByteWriter()
        payload.uvar(blockCount)
        payload.bytes.append(contentsOf: block.bytes)
        RecordingFormat.chunk(.steps, payload.bytes, into: &out)
        block = ByteWriter()
        blockCount = 0
    }

    /// The complete file (header, blocks, pauses, end record and checksum).
    public func finish() -> [UInt8] {
        flushBlock()
        var file = out
        var p = ByteWriter()
        p.uvar(pauses.count)
        var prev = 0
        for s in pauses { p.uvar(s - prev); prev = s }
        RecordingFormat.chunk(.pauses, p.bytes, into: &file)
        var e = ByteWriter()
        e.uvar(steps)
        e.uvar(eventCount)
        e.u64le(lastHash)
        e.uvar(lastLogCount)
        if let c = exitCode { e.u8(1); e.svar(Int64(c)) } else { e.u8(0) }
        e.u64le(fnv64(file))        // whole-file checksum of everything before this chunk
        RecordingFormat.chunk(.end, e.bytes, into: &file)
        return file
    }

    /// Writes `finish()` to `path` via `path.tmp-PID` + rename, so a crash
    /// never leaves half a recording under the final name.
    public func write(to path: String) throws {
        try Recorder.atomicWrite(finish(), to: path)
    }

    public static func atomicWrite(_ bytes: [UInt8], to path: String) throws {
        let tmp = "\(path).tmp-\(getpid())"
        guard let f = fopen(tmp, "wb") else { throw RecordingError("cannot create \(tmp): \(String(cString: strerror(errno)))") }
        let n = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, f) }
        let flushed = fflush(f) == 0 && fsync(fileno(f)) == 0
        fclose(f)
        guard n == bytes.count, flushed else {
            unlink(tmp)
            throw RecordingError("cannot write \(tmp): \(String(cString: strerror(errno)))")
        }
        guard rename(tmp, path) == 0 else {
            let msg = String(cString: strerror(errno))
            unlink(tmp)
            throw RecordingError("cannot rename \(tmp) to \(path): \(msg)")
        }
    }
}
