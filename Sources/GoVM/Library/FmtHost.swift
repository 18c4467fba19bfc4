// The interpreter side of fmt: how the formatter reads heap objects, learns
// simulated addresses and calls Go methods (Error/String) on user values.
// Models what Go's fmt gets from reflect (Value.Elem, Value.Index,
// MapRange, Value.Pointer) and from dynamic method calls in handleMethods.
import GoRuntime

/// Result of calling a Go method (`Error() string` or `String() string`)
/// on behalf of fmt.
public enum FmtMethodResult: Sendable {
    /// The method returned normally with this string.
    case returned(GoString)
    /// The method panicked with this value (an interface value: `.iface`
    /// or `.nil`). fmt prints `%!v(PANIC=String method: <value>)`, or
    /// `<nil>` when the receiver is a nil pointer (Go's catchPanic).
    case panicked(Value)
}

/// Implemented by the interpreter ("vm"). fmt is generic over it, so calls
/// are static (no existential) and specialised inside the GoVM module.
public protocol FormatHost {
    /// The program's type descriptors.
    var types: RTypeTable { get }
    /// `count` flat slots of heap object `obj` starting at slot `from`
    /// (pointee of a pointer, elements of a slice).
    func loadSlots(_ obj: ObjRef, from: Int, count: Int) -> [Value]
    /// The map stored in heap object `obj`.
    func loadMap(_ obj: ObjRef) -> GoMap
    /// Simulated address (what `%p` prints, e.g. 0xc000012080) of a
    /// non-nil pointer, slice (its first element), map, chan or func value
    /// of type `type`.
    func address(of value: Value, type: RTypeID) -> UInt64
    /// The method `name` ("Error" or "String") in the method set of `type`
    /// if it has Go's signature `func() string`; nil otherwise.
    /// Default: looks the name up in `types[type].methods`.
    func stringMethod(_ name: String, of type: RTypeID) -> RMethod?
    /// Run Go method `method` on `receiver` (a value of dynamic type
    /// `type`, the pointer itself when `type` is a pointer type) to
    /// completion and return its result.
    mutating func callStringMethod(_ method: RMethod, receiver: Value, type: RTypeID) -> FmtMethodResult
}

extension FormatHost {
    public func stringMethod(_ name: String, of type: RTypeID) -> RMethod? {
        types.types[Int(type)].method(named: name)
    }
}
