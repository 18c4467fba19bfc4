// A compact reference to a heap object (what a Go pointer is to the simulation).
// Models the role of an address that `findObject`/`spanOf` resolve; unlike Go it
// also carries the allocation's sequence tag so that use of a freed (possibly
// reallocated) object is detected instead of silently reading another object.

/// Packed as: bits 0–23 span slot in `mheap.allspans`, 24–33 object index in the
/// span, 34–37 byte offset inside a 16-byte tiny block, 38–63 sequence tag.
/// `raw == 0` is never a live object (`ObjRef.none`).
public struct ObjRef: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var raw: UInt64

    @inline(__always) public init(raw: UInt64) { self.raw = raw }
    @inline(__always) init(span: Int, index: Int, tinyOffset: Int = 0, seq: UInt32) {
        raw = UInt64(span) | UInt64(index) << 24 | UInt64(tinyOffset) << 34 | UInt64(seq) << 38
    }

    public static let none = ObjRef(raw: 0)
    @inline(__always) public var isNone: Bool { raw == 0 }
    /// Slot of the owning span in `HeapState.spans`.
    @inline(__always) public var span: Int { Int(raw & 0xFF_FFFF) }
    /// Object index inside the span (`objIndex`).
    @inline(__always) public var index: Int { Int((raw >> 24) & 0x3FF) }
    /// Byte offset of a tiny sub-object inside its 16-byte block (0 otherwise).
    @inline(__always) public var tinyOffset: Int { Int((raw >> 34) & 0xF) }
    /// The allocation sequence tag (26 bits).
    @inline(__always) public var seq: UInt32 { UInt32(truncatingIfNeeded: raw >> 38) }

    public static func < (a: ObjRef, b: ObjRef) -> Bool { a.raw < b.raw }
    public var description: String { isNone ? "nil" : "obj(span \(span) #\(index)+\(tinyOffset) seq \(seq))" }
}

/// What the object store reports when the interpreter touches a dead object.
public enum HeapFault: Error, Sendable, Hashable {
    /// The object was freed by the sweeper (only possible with the write barrier
    /// switched off, or a bug): Go would read reused memory; we stop.
    case useOfFreedObject(ObjRef)
    case nilReference
}
