// Go values as the simulated runtime stores them: in goroutine frame slots,
// in heap object slots, in channel buffers and in globals.
//
// Representation rules (the whole runtime shares them):
// * A `Value` is one *slot*. Scalars (every int width, floats, bool, string,
//   pointer, slice, map, chan, func, interface) take one slot.
// * Aggregates (structs, arrays) are flattened: a struct of two ints is two
//   slots, `[3]Point` is six. In a heap object the slots are stored flat; in
//   a register an aggregate travels as `.agg(slots)` holding the same flat
//   slots (never nested `.agg`). An aggregate whose flattened width is 1
//   (a one-field struct, `[1]int`) is just that slot in registers and heap
//   objects; inside an interface value (`.iface`) every struct/array value
//   is `.agg`, whatever its width. `RType.slotCount` says how many slots a type
//   takes and `RField.slot` where a field starts.
// * Integers of every width live in `.int(Int64)`; unsigned values keep their
//   bit pattern (uint64 max is `.int(-1)`). The static type says how to
//   truncate/print. float32 is a `.float` already rounded to Float.
// * Every nil-able reference (pointer, slice, map, chan, func, interface) is
//   `.nil` when nil, so `x == nil` is a tag test.
// * Heap objects are named by `ObjRef` (a compact id chosen by the heap,
//   never 0). A pointer is (object, slot offset); a slice is (backing array
//   object, first slot, len, cap) with len/cap counted in *elements*.
// * Strings are immutable byte strings held inline (`GoString`); their
//   allocation is accounted through mallocgc (noscan) by the interpreter but
//   the bytes are not heap slots.
// * Interface values hold (dynamic type id, the dynamic value) — the boxing
//   allocation is accounted by the interpreter through mallocgc.
// Everything is a value type, so a keyframe is a plain copy.

// `ObjRef` (a heap object reference, `.none` = raw 0) is defined by the heap
// in Sources/GoRuntime/Heap/ObjRef.swift.
/// Index of a runtime type descriptor in `RTypeTable`.
public typealias RTypeID = Int32
/// Index of a compiled function in the program's function table.
public typealias FuncIndex = Int32

public enum Value: Sendable, Hashable {
    /// Any integer type (int, int8…int64, uint…uint64, uintptr, byte, rune).
    case int(Int64)
    /// float64 / float32.
    case float(Double)
    case bool(Bool)
    case string(GoString)
    /// The nil pointer, slice, map, chan, func or interface.
    case `nil`
    /// `*T`: object and the slot where the pointee starts.
    case pointer(ObjRef, UInt32)
    /// `[]T`: backing array object, first element's slot, len, cap (elements).
    case slice(ObjRef, off: UInt32, len: UInt32, cap: UInt32)
    /// `map[K]V`: the map object (payload `.map(GoMap)`).
    case map(ObjRef)
    /// `chan T`: channel id in the runtime's channel table.
    case chan(UInt32)
    /// A func value: the function and its closure object (`.none` when
    /// the function captures nothing). The closure object's slots are the
    /// captured cells (pointers) or, for a bound method value, the receiver.
    case fn(FuncIndex, ObjRef)
    /// A non-nil interface value: dynamic type and the dynamic value
    /// (an aggregate as `.agg`).
    indirect case iface(RTypeID, Value)
    /// A struct or array value in a register: its flattened slots.
    case agg([Value])

    /// The integer payload (0 for non-ints); the interpreter's fast path.
    @inline(__always) public var i: Int64 {
        if case .int(let v) = self { return v }
        return 0
    }
    @inline(__always) public var f: Double {
        if case .float(let v) = self { return v }
        return 0
    }
    @inline(__always) public var b: Bool {
        if case .bool(let v) = self { return v }
        return false
    }
    public var str: GoString {
        if case .string(let s) = self { return s }
        return GoString()
    }
    @inline(__always) public var isNil: Bool {
        if case .nil = self { return true }
        return false
    }

    /// The slots of an aggregate (a one-slot value is its own slot).
    public var slots: [Value] {
        if case .agg(let s) = self { return s }
        return [self]
    }

    /// Object references this value holds, for the collector and the write
    /// barrier (models the pointer bitmap: only these slots are scanned).
    @inline(__always)
    public func forEachRef(_ body: (ObjRef) -> Void) {
        switch self {
        case .int, .float, .bool, .string, .nil, .chan:
            return
        case .pointer(let o, _):
            if !o.isNone { body(o) }
        case .slice(let o, _, _, _):
            if !o.isNone { body(o) }
        case .map(let o):
            if !o.isNone { body(o) }
        case .fn(_, let o):
            if !o.isNone { body(o) }
        case .iface(_, let v):
            v.forEachRef(body)
        case .agg(let vs):
            for v in vs { v.forEachRef(body) }
        }
    }

    /// True if the value holds at least one object reference.
    public var hasRefs: Bool {
        var any = false
        forEachRef { _ in any = true }
        return any
    }
}

/// A Go string: immutable UTF-8 (or arbitrary) bytes.
public struct GoString: Sendable, Hashable, Comparable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    public var bytes: [UInt8]
    @inline(__always) public init() { bytes = [] }
    @inline(__always) public init(_ bytes: [UInt8]) { self.bytes = bytes }
    @inline(__always) public init<S: Sequence>(bytes: S) where S.Element == UInt8 { self.bytes = Array(bytes) }
    public init(_ s: String) { bytes = Array(s.utf8) }
    public init(stringLiteral s: String) { bytes = Array(s.utf8) }
    @inline(__always) public var count: Int { bytes.count }
    /// Swift view (invalid UTF-8 repaired), for messages and tests.
    public var description: String { String(decoding: bytes, as: UTF8.self) }
    /// Go compares strings bytewise.
    public static func < (a: GoString, b: GoString) -> Bool {
        a.bytes.lexicographicallyPrecedes(b.bytes)
    }
    @inline(__always) public static func + (a: GoString, b: GoString) -> GoString {
        GoString(a.bytes + b.bytes)
    }
}

/// What a heap object holds. The heap stores one payload per object.
public enum ObjectPayload: Sendable {
    /// Flat slots (structs, arrays, slice backing stores, escaped variables,
    /// closures, boxed values).
    case slots([Value])
    /// A Go map (`hmap` and its buckets, modelled as one object).
    case map(GoMap)

    public func forEachRef(_ body: (ObjRef) -> Void) {
        switch self {
        case .slots(let s): for v in s { v.forEachRef(body) }
        case .map(let m): m.forEachRef(body)
        }
    }
}
