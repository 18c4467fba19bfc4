// Go types as the checker builds them, interned in one `TypeTable`, with
// their amd64 layout. Models go/types (Basic, Pointer, Array, Slice, Map,
// Chan, Struct, Signature, Interface, Named, Tuple) and the layout rules of
// cmd/compile/internal/types/size.go (sizes, alignment, field offsets) plus
// the pointer bitmap of reflect/type.go's gcdata. Leaves out generics,
// complex numbers at run time and unsafe.Pointer arithmetic.

/// Index of a type in `TypeTable`. Structural types are interned, so two
/// types are identical (Go spec "Type identity") iff their ids are equal.
public struct TypeID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let raw: Int32
    public init(_ raw: Int32) { self.raw = raw }
    public static func < (a: TypeID, b: TypeID) -> Bool { a.raw < b.raw }
    public var description: String { "t\(raw)" }
}

public enum BasicKind: UInt8, Sendable, Hashable {
    case invalid
    case bool, int, int8, int16, int32, int64
    case uint, uint8, uint16, uint32, uint64, uintptr
    case float32, float64, complex64, complex128
    case string, unsafePointer
    case untypedBool, untypedInt, untypedRune, untypedFloat, untypedString, untypedNil

    public var isInteger: Bool { (self.rawValue >= BasicKind.int.rawValue && self.rawValue <= BasicKind.uintptr.rawValue) || self == .untypedInt || self == .untypedRune }
    public var isUnsigned: Bool { self.rawValue >= BasicKind.uint.rawValue && self.rawValue <= BasicKind.uintptr.rawValue }
    public var isFloat: Bool { self == .float32 || self == .float64 || self == .untypedFloat }
    public var isComplex: Bool { self == .complex64 || self == .complex128 }
    public var isNumeric: Bool { isInteger || isFloat || isComplex }
    public var isString: Bool { self == .string || self == .untypedString }
    public var isBoolean: Bool { self == .bool || self == .untypedBool }
    public var isUntyped: Bool { self.rawValue >= BasicKind.untypedBool.rawValue }
    public var isOrdered: Bool { isInteger || isFloat || isString }

    /// Go's spelling (`untyped int` for untyped kinds).
    public var name: String {
        switch self {
        case .invalid: return "invalid type"
        case .bool: return "bool"
        case .int: return "int"
        case .int8: return "int8"
        case .int16: return "int16"
        case .int32: return "int32"
        case .int64: return "int64"
        case .uint: return "uint"
        case .uint8: return "uint8"
        case .uint16: return "uint16"
        case .uint32: return "uint32"
        case .uint64: return "uint64"
        case .uintptr: return "uintptr"
        case .float32: return "float32"
        case .float64: return "float64"
        case .complex64: return "complex64"
        case .complex128: return "complex128"
        case .string: return "string"
        case .unsafePointer: return "unsafe.Pointer"
        case .untypedBool: return "untyped bool"
        case .untypedInt: return "untyped int"
        case .untypedRune: return "untyped rune"
        case .untypedFloat: return "untyped float"
        case .untypedString: return "untyped string"
        case .untypedNil: return "untyped nil"
        }
    }

    /// Size in bytes on amd64 (0 for untyped kinds).
    public var size: Int {
        switch self {
        case .bool, .int8, .uint8: return 1
        case .int16, .uint16: return 2
        case .int32, .uint32, .float32: return 4
        case .int, .int64, .uint, .uint64, .uintptr, .float64, .complex64, .unsafePointer: return 8
        case .complex128, .string: return 16
        default: return 0
        }
    }
}

public struct StructField: Sendable, Hashable {
    public var name: String
    public var type: TypeID
    /// Embedded field (`T` or `*T`); its name is the type name.
    public var embedded: Bool
    /// Offset in bytes (filled in by layout).
    public var offset: Int
    /// Package that declared the field ("main", or a library package for
    /// unexported fields of library types, which `main` cannot access).
    public var pkg: String
    public var isExported: Bool { name.first.map { $0.isUppercase } ?? false }
}

public struct Signature: Sendable, Hashable {
    public var params: [TypeID]
    public var results: [TypeID]
    /// Last parameter is `...T`; its type in `params` is `[]T`.
    public var variadic: Bool
}

/// A method in an interface's method set.
public struct InterfaceMethod: Sendable, Hashable {
    public var name: String
    /// A `.function` type.
    public var signature: TypeID
}

/// Where the code of a method lives.
public enum MethodTarget: Sendable, Hashable {
    /// A method declared in the program (`FuncInfo` index).
    case user(FuncID)
    /// A library method the VM implements.
    case lib(LibFunc)
    /// A method promoted from an embedded interface field: dispatch `name`
    /// dynamically on the interface value the selection's path reaches.
    case embeddedInterface(index: Int)
}

/// A method declared on a named type.
public struct MethodDecl: Sendable, Hashable {
    public var name: String
    /// `.function` type without the receiver.
    public var signature: TypeID
    public var pointerReceiver: Bool
    public var target: MethodTarget
}

public struct NamedType: Sendable, Hashable {
    /// Unqualified name (`Account`, `WaitGroup`).
    public var name: String
    /// "main" or the library package path ("sync", "time", "sync/atomic").
    public var pkg: String
    public var underlying: TypeID
    /// Sorted by name.
    public var methods: [MethodDecl]
    /// Declaration position (invalid for library types).
    public var pos: Pos
    /// Qualified name as Go prints it (`main.Account`, `sync.WaitGroup`).
    public var qualifiedName: String {
        let last = pkg.split(separator: "/").last.map(String.init) ?? pkg
        return pkg.isEmpty ? name : last + "." + name
    }
}

public enum TypeKind: Sendable, Hashable {
    case basic(BasicKind)
    case pointer(TypeID)
    case array(TypeID, count: Int64)
    case slice(TypeID)
    case map(key: TypeID, value: TypeID)
    case chan(ChanDir, TypeID)
    case structure([StructField])
    case function(Signature)
    /// Method set sorted by name (embedded interfaces flattened).
    case interface([InterfaceMethod])
    case named(NamedType)
    /// Result list of a multi-value call.
    case tuple([TypeID])
}

/// amd64 layout of a type (cmd/compile/internal/types/size.go).
public struct TypeLayout: Sendable, Hashable {
    public var size: Int
    public var align: Int
    /// Bytes of prefix that can contain pointers (Go's `ptrdata`).
    public var ptrdata: Int
    /// Bit `i` (word i = bytes 8i..<8i+8) set when the word holds a pointer
    /// the collector must scan (Go's gcdata / ptrmask).
    public var ptrmask: [UInt64]
    public static let zero = TypeLayout(size: 0, align: 1, ptrdata: 0, ptrmask: [])
    public var hasPointers: Bool { ptrdata > 0 }
    public func isPointerWord(_ i: Int) -> Bool {
        let w = i >> 6
        return w < ptrmask.count && (ptrmask[w] >> UInt64(i & 63)) & 1 == 1
    }
    /// Word indices that hold pointers, ascending.
    public var pointerWords: [Int] {
        var out: [Int] = []
        for (w, bits) in ptrmask.enumerated() where bits != 0 {
            for b in 0..<64 where (bits >> UInt64(b)) & 1 == 1 { out.append(w * 64 + b) }
        }
        return out
    }
}

/// Ids of the predeclared types; always at these indices in every table.
public enum Universe {
    public static let invalid = TypeID(0)
    public static let bool = TypeID(1)
    public static let int = TypeID(2)
    public static let int8 = TypeID(3)
    public static let int16 = TypeID(4)
    public static let int32 = TypeID(5)
    public static let int64 = TypeID(6)
    public static let uint = TypeID(7)
    public static let uint8 = TypeID(8)
    public static let uint16 = TypeID(9)
    public static let uint32 = TypeID(10)
    public static let uint64 = TypeID(11)
    public static let uintptr = TypeID(12)
    public static let float32 = TypeID(13)
    public static let float64 = TypeID(14)
    public static let complex64 = TypeID(15)
    public static let complex128 = TypeID(16)
    public static let string = TypeID(17)
    public static let unsafePointer = TypeID(18)
    public static let untypedBool = TypeID(19)
    public static let untypedInt = TypeID(20)
    public static let untypedRune = TypeID(21)
    public static let untypedFloat = TypeID(22)
    public static let untypedString = TypeID(23)
    public static let untypedNil = TypeID(24)
    /// `interface{}` (and `any`).
    public static let emptyInterface = TypeID(25)
    /// The named type `error` (interface{ Error() string }).
    public static let error = TypeID(26)
    /// The empty tuple (result of a call with no results).
    public static let noValue = TypeID(27)
    /// `byte` and `rune` are aliases: same ids as uint8 / int32.
    public static let byte = uint8
    public static let rune = int32
}
