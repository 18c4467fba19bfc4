// Runtime type descriptors (models runtime/type.go `_type` and friends):
// what %T, %v, type assertions, interface dispatch, the allocator (size,
// pointer map) and the collector need at run time. The compiler builds one
// `RTypeTable` per program; every descriptor is addressed by `RTypeID`.

/// Go's reflect.Kind order.
public enum RKind: UInt8, Sendable, Hashable {
    case invalid = 0
    case bool, int, int8, int16, int32, int64
    case uint, uint8, uint16, uint32, uint64, uintptr
    case float32, float64, complex64, complex128
    case array, chan, `func`, interface, map, pointer, slice, string, `struct`
    case unsafePointer
    /// Untyped nil (only for descriptors of the nil literal).
    case untypedNil

    public var isInteger: Bool { rawValue >= RKind.int.rawValue && rawValue <= RKind.uintptr.rawValue }
    public var isSigned: Bool { rawValue >= RKind.int.rawValue && rawValue <= RKind.int64.rawValue }
    public var isUnsigned: Bool { rawValue >= RKind.uint.rawValue && rawValue <= RKind.uintptr.rawValue }
    public var isFloat: Bool { self == .float32 || self == .float64 }
}

/// Channel direction, as reflect.ChanDir.
public enum RChanDir: UInt8, Sendable, Hashable {
    case both = 3, send = 2, recv = 1
}

public struct RField: Sendable, Hashable {
    public var name: String
    public var type: RTypeID
    /// First slot of this field inside the struct's flattened slots.
    public var slot: Int
    /// Byte offset (amd64 layout).
    public var offset: Int
    public var embedded: Bool
    public init(name: String, type: RTypeID, slot: Int, offset: Int, embedded: Bool = false) {
        self.name = name; self.type = type; self.slot = slot; self.offset = offset; self.embedded = embedded
    }
    public var isExported: Bool { name.first.map { $0.isUppercase } ?? false }
}

/// A method in a type's method set (sorted by name, as Go's uncommon type).
public struct RMethod: Sendable, Hashable {
    public var name: String
    /// Compiled function; its first parameter is the receiver as the method
    /// declares it (value or pointer).
    public var fn: FuncIndex
    /// Declared with a pointer receiver (then only in *T's method set; the
    /// interpreter passes the pointer).
    public var pointerReceiver: Bool
    public init(name: String, fn: FuncIndex, pointerReceiver: Bool) {
        self.name = name; self.fn = fn; self.pointerReceiver = pointerReceiver
    }
}

public struct RType: Sendable, Hashable {
    public var kind: RKind
    /// The name as Go prints it for %T: "int", "main.Point", "[]int",
    /// "map[string]int", "*main.Node", "func(int) string", "chan<- int",
    /// "interface {}", "struct { X int }", "error".
    public var name: String
    /// Defined (named) type, e.g. main.Point or time.Duration.
    public var named: Bool
    /// pointer/slice/array/chan/map element type; -1 otherwise.
    public var elem: RTypeID
    /// map key type; -1 otherwise.
    public var key: RTypeID
    /// array length; 0 otherwise.
    public var len: Int
    public var chanDir: RChanDir
    /// struct fields in declaration order.
    public var fields: [RField]
    /// Method set of this type (value-receiver methods for T; both kinds
    /// for *T), sorted by name.
    public var methods: [RMethod]
    /// Interface types: the method names the interface requires, sorted.
    public var ifaceMethods: [String]
    /// func types: parameter and result types.
    public var params: [RTypeID]
    public var results: [RTypeID]
    public var variadic: Bool
    /// Size and alignment in bytes on amd64.
    public var size: Int
    public var align: Int
    /// Number of flattened value slots.
    public var slotCount: Int
    /// Bytes of the prefix that can hold pointers (Go's ptrdata); 0 = noscan.
    public var ptrdata: Int
    /// The underlying type for a named type (itself otherwise).
    public var underlying: RTypeID

    public init(kind: RKind, name: String, named: Bool = false, elem: RTypeID = -1, key: RTypeID = -1,
                len: Int = 0, chanDir: RChanDir = .both, fields: [RField] = [], methods: [RMethod] = [],
                ifaceMethods: [String] = [], params: [RTypeID] = [], results: [RTypeID] = [],
                variadic: Bool = false, size: Int, align: Int, slotCount: Int, ptrdata: Int,
                underlying: RTypeID = -1)
    {
        self.kind = kind; self.name = name; self.named = named; self.elem = elem; self.key = key
        self.len = len; self.chanDir = chanDir; self.fields = fields; self.methods = methods
        self.ifaceMethods = ifaceMethods; self.params = params; self.results = results
        self.variadic = variadic; self.size = size; self.align = align; self.slotCount = slotCount
        self.ptrdata = ptrdata; self.underlying = underlying
    }

    /// Binary search of the method set.
    public func method(named n: String) -> RMethod? {
        var lo = 0, hi = methods.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if methods[mid].name < n { lo = mid + 1 } else { hi = mid }
        }
        return lo < methods.count && methods[lo].name == n ? methods[lo] : nil
    }
}

/// All type descriptors of a program. Built once by the compiler, then
/// read-only (shared freely; a keyframe does not need to copy it).
public struct RTypeTable: Sendable {
    public var types: [RType] = []
    public init() {}
    @inline(__always) public subscript(id: RTypeID) -> RType { types[Int(id)] }
    public mutating func add(_ t: RType) -> RTypeID {
        types.append(t)
        return RTypeID(types.count - 1)
    }

    /// The zero value of a type (flattened: aggregates are `.agg` of slots).
    public func zero(_ id: RTypeID) -> Value {
        let t = types[Int(id)]
        switch t.kind {
        case .struct, .array:
            var out: [Value] = []
            out.reserveCapacity(t.slotCount)
            appendZeroSlots(id, into: &out)
            return out.count == 1 ? out[0] : .agg(out)
        default:
            return zeroScalar(t.kind)
        }
    }

    /// Append the flattened zero slots of a type.
    public func appendZeroSlots(_ id: RTypeID, into out: inout [Value]) {
        let t = types[Int(id)]
        switch t.kind {
        case .struct:
            for f in t.fields { appendZeroSlots(f.type, into: &out) }
        case .array:
            if t.len == 0 { return }
            let start = out.count
            appendZeroSlots(t.elem, into: &out)
            let per = out.count - start
            if t.len > 1 {
                let one = Array(out[start..<(start + per)])
                for _ in 1..<t.len { out.append(contentsOf: one) }
            }
        default:
            out.append(zeroScalar(t.kind))
        }
    }

    @inline(__always)
    public func zeroScalar(_ k: RKind) -> Value {
        switch k {
        case .bool: return .bool(false)
        case .float32, .float64, .complex64, .complex128: return .float(0)
        case .string: return .string(GoString())
        case .pointer, .slice, .map, .chan, .func, .interface, .unsafePointer, .untypedNil, .invalid:
            return .nil
        default: return .int(0)
        }
    }

    /// Whether a value of this type is one slot (not flattened).
    @inline(__always) public func isScalar(_ id: RTypeID) -> Bool {
        let k = types[Int(id)].kind
        return k != .struct && k != .array
    }
}
