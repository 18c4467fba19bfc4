/// The kind and payload of an event; each area owns its own enum.
public enum EventKind: Sendable, Hashable {
    case sched(SchedEvent)
    case chan(ChanEvent)
    case sync(SyncEvent)
    case heap(HeapEvent)
    case gc(GCEvent)
}

/// One entry of the event log: what happened, when, and on which P/M/G.
public struct Event: Sendable, Hashable {
    /// 0-based sequence number over the whole run.
    public var seq: UInt64
    /// Simulated time (ns) on the acting M's clock.
    public var time: Int64
    /// The P, M and G (goid, 0 = none) in whose context it happened.
    public var p: PID
    public var m: MID
    public var g: Goid
    public var kind: EventKind
    public init(seq: UInt64, time: Int64, p: PID, m: MID, g: Goid, kind: EventKind) {
        self.seq = seq; self.time = time; self.p = p; self.m = m; self.g = g; self.kind = kind
    }
}

/// The typed event log: a ring of the most recent `capacity` events (the
/// oldest is overwritten in place once it is full: no block moves) with a
/// running FNV-1a hash and count over every event ever logged, so long runs
/// stay cheap and determinism tests can compare one number.
public struct EventLog: Sendable {
    /// The ring's storage: grows to `capacity`, then slot `head` is the oldest.
    @usableFromInline var ring: ContiguousArray<Event> = []
    @usableFromInline var head: Int = 0
    /// Events ever appended (seq of the next one).
    public private(set) var count: UInt64 = 0
    /// FNV-1a 64 over every event's fields, in order.
    public private(set) var hash: UInt64 = EventLog.fnvOffset
    /// Sequence number of `events[0]`.
    public private(set) var firstSeq: UInt64 = 0
    public var capacity: Int
    /// Per-seq running hash at the start of each kept event is not stored;
    /// `Mark` lets a keyframe restore count and hash.
    public struct Mark: Sendable, Hashable {
        public var count: UInt64
        public var hash: UInt64
    }
    public static let fnvOffset: UInt64 = 0xcbf2_9ce4_8422_2325
    public static let fnvPrime: UInt64 = 0x0000_0100_0000_01b3

    public init(capacity: Int = 1 << 20) {
        self.capacity = max(capacity, 16)
        ring.reserveCapacity(min(self.capacity, 4096))
    }

    public var mark: Mark { Mark(count: count, hash: hash) }

    /// The kept events, oldest first (seq `firstSeq` …).
    public var events: EventWindow { EventWindow(ring: ring, head: head) }

    /// Append one event (seq is assigned here). `kind` is consumed: it moves
    /// into the ring without a copy (no outlined copy/retain per event).
    @inline(__always)
    public mutating func append(time: Int64, p: PID, m: MID, g: Goid, kind: consuming EventKind) {
        var h = EventHasher(hash)
        h.add(time: time, p: p, m: m, g: g, kind: kind)
        hash = h.value
        let e = Event(seq: count, time: time, p: p, m: m, g: g, kind: kind)
        count &+= 1
        if ring.count < capacity {
            ring.append(e)
        } else {
            // Full: overwrite the oldest.
            ring[head] = e
            head += 1
            if head == ring.count { head = 0 }
            firstSeq &+= 1
        }
    }

    /// Forget events after a keyframe's mark (time travel); `hashAtMark` is the
    /// hash the log had then. Kept events past the mark are removed.
    public mutating func truncate(to m: Mark) {
        guard m.count <= count else { return }
        if m.count < firstSeq {
            ring.removeAll(keepingCapacity: true)
            head = 0
            firstSeq = m.count
        } else {
            if head != 0 {
                // Unwrap the ring (oldest first) before cutting its newest part.
                ring = ContiguousArray(events)
                head = 0
            }
            let keep = Int(m.count - firstSeq)
            if keep < ring.count { ring.removeSubrange(keep...) }
        }
        count = m.count
        hash = m.hash
    }

    /// The last `n` events, oldest first.
    public func recent(_ n: Int) -> ArraySlice<Event> {
        ArraySlice(events.suffix(n))
    }

    /// All kept events as JSON Lines.
    public func jsonLines(describe: Bool = true) -> String {
        var s = ""
        for e in events { s += e.jsonLine(describe: describe); s += "\n" }
        return s
    }
}

/// The event log's kept events in order (a view of its ring; index 0 is
/// the oldest, seq `EventLog.firstSeq`).
public struct EventWindow: RandomAccessCollection, Sendable {
    @usableFromInline let ring: ContiguousArray<Event>
    @usableFromInline let head: Int
    @inlinable init(ring: ContiguousArray<Event>, head: Int) { self.ring = ring; self.head = head }
    @inlinable public var startIndex: Int { 0 }
    @inlinable public var endIndex: Int { ring.count }
    @inlinable public subscript(i: Int) -> Event {
        var j = head &+ i
        if j >= ring.count { j &-= ring.count }
        return ring[j]
    }
}

/// FNV-1a over an event's fields (Swift's `Hasher` is seeded per process,
/// so it cannot be used for cross-run determinism checks).
public struct EventHasher {
    public private(set) var value: UInt64
    @inline(__always) public init(_ seed: UInt64 = EventLog.fnvOffset) { value = seed }
    @inline(__always) public mutating func byte(_ b: UInt8) {
        value = (value ^ UInt64(b)) &* EventLog.fnvPrime
    }
    /// FNV-1a step over a whole 64-bit word (one xor-multiply; cheap on the hot path).
    @inline(__always) public mutating func word(_ w: UInt64) {
        value = (value ^ w) &* EventLog.fnvPrime
        value ^= value >> 32
    }
    @inline(__always) public mutating func int(_ i: Int64) { word(UInt64(bitPattern: i)) }
    @inline(__always) public mutating func i32(_ i: Int32) { word(UInt64(UInt32(bitPattern: i))) }
    public mutating func string(_ s: String) { for b in s.utf8 { byte(b) }; byte(0xff) }

    @inline(__always)
    public mutating func add(_ e: Event) {
        add(time: e.time, p: e.p, m: e.m, g: e.g, kind: e.kind)
    }

    @inline(__always)
    public mutating func add(time: Int64, p: PID, m: MID, g: Goid, kind: borrowing EventKind) {
        int(time); i32(p.raw); i32(m.raw); int(g)
        switch kind {
        case .sched(let s): byte(1); s.fnv(into: &self)
        case .chan(let c): byte(2); c.fnv(into: &self)
        case .sync(let c): byte(3); c.fnv(into: &self)
        case .heap(let c): byte(4); c.fnv(into: &self)
        case .gc(let c): byte(5); c.fnv(into: &self)
        }
    }
}

/// How each area's event enum feeds the log's running hash: every area
/// declares `public func fnv(into h: inout EventHasher)` on its own enum,
/// hashing its fields (never its printed sentence, which is built only when
/// an event is displayed or exported).
public protocol EventFNVHashable {
    func fnv(into h: inout EventHasher)
}
extension ChanEvent: EventFNVHashable {}
extension SyncEvent: EventFNVHashable {}
extension HeapEvent: EventFNVHashable {}
extension GCEvent: EventFNVHashable {}
