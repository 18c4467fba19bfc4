/// Identity of a G: its slot in `sched.allgs` (models the `*g` pointer, which
/// Go reuses through `gfput`/`gfget`). The Go-visible id is `G.goid`, which is
/// fresh on every reuse. `GID.none` (raw -1) is a nil `*g`.
public struct GID: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var raw: Int32
    @inline(__always) public init(_ raw: Int32) { self.raw = raw }
    @inline(__always) public init(index: Int) { self.raw = Int32(truncatingIfNeeded: index) }
    public static let none = GID(-1)
    @inline(__always) public var isNone: Bool { raw < 0 }
    @inline(__always) public var index: Int { Int(raw) }
    @inline(__always) public static func < (a: GID, b: GID) -> Bool { a.raw < b.raw }
    public var description: String { raw < 0 ? "nil" : "g[\(raw)]" }
}

/// Identity of a P: `p.id` (index in `allp`). `PID.none` is a nil `*p`.
public struct PID: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var raw: Int32
    @inline(__always) public init(_ raw: Int32) { self.raw = raw }
    @inline(__always) public init(index: Int) { self.raw = Int32(truncatingIfNeeded: index) }
    public static let none = PID(-1)
    @inline(__always) public var isNone: Bool { raw < 0 }
    @inline(__always) public var index: Int { Int(raw) }
    @inline(__always) public static func < (a: PID, b: PID) -> Bool { a.raw < b.raw }
    public var description: String { raw < 0 ? "nil" : "P\(raw)" }
}

/// Identity of an M: `m.id` (index in `allm`). `MID.none` is a nil `*m`.
public struct MID: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var raw: Int32
    @inline(__always) public init(_ raw: Int32) { self.raw = raw }
    @inline(__always) public init(index: Int) { self.raw = Int32(truncatingIfNeeded: index) }
    public static let none = MID(-1)
    @inline(__always) public var isNone: Bool { raw < 0 }
    @inline(__always) public var index: Int { Int(raw) }
    @inline(__always) public static func < (a: MID, b: MID) -> Bool { a.raw < b.raw }
    public var description: String { raw < 0 ? "nil" : "M\(raw)" }
}

/// Identity of a runtime timer (index in `sched.timers`). `TimerID.none` is nil.
public struct TimerID: Hashable, Sendable, CustomStringConvertible {
    public var raw: Int32
    @inline(__always) public init(_ raw: Int32) { self.raw = raw }
    public static let none = TimerID(-1)
    @inline(__always) public var isNone: Bool { raw < 0 }
    @inline(__always) public var index: Int { Int(raw) }
    public var description: String { raw < 0 ? "nil" : "timer\(raw)" }
}
