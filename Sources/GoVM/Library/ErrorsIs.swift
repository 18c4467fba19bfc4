// errors: Is and Unwrap over interface values. Models Go 1.19
// src/errors/wrap.go (Unwrap, Is; no multi-error Unwrap []error, which is
// Go 1.20) and errors.go (New: the interpreter builds the
// *errors.errorString{s} value; its Error method returns s). Interface
// equality is Go's: same dynamic type and == on the dynamic value (Value's
// == is Go's for comparable types: IEEE floats, bytewise strings, pointer
// identity, slot-wise structs and arrays).
import GoRuntime

/// What errors needs from the interpreter: method lookup and calls of
/// `Unwrap() error` and `Is(error) bool` on user types.
public protocol ErrorsHost {
    var types: RTypeTable { get }
    /// Method `name` of `type` with the signature errors expects
    /// ("Unwrap": func() error; "Is": func(error) bool), or nil.
    func errorsMethod(_ name: String, of type: RTypeID) -> RMethod?
    /// Call `Unwrap() error`; returns the interface value (.iface or .nil).
    mutating func callUnwrap(_ method: RMethod, receiver: Value, type: RTypeID) -> Value
    /// Call `Is(target error) bool`.
    mutating func callIs(_ method: RMethod, receiver: Value, type: RTypeID, target: Value) -> Bool
}

public enum GoErrors {
    /// errors.Unwrap: the result of err's Unwrap method, or nil.
    public static func unwrap<H: ErrorsHost>(_ err: Value, host: inout H) -> Value {
        guard case .iface(let t, let v) = err, let m = host.errorsMethod("Unwrap", of: t) else { return .nil }
        return host.callUnwrap(m, receiver: v, type: t)
    }

    /// errors.Is: whether any error in err's Unwrap chain matches target.
    public static func `is`<H: ErrorsHost>(_ errIn: Value, _ target: Value, host: inout H) -> Bool {
        guard case .iface(let tt, _) = target else {
            return errIn.isNil  // err == target with target nil
        }
        let isComparable = comparable(tt, host.types)
        var err = errIn
        while true {
            if isComparable && ifaceEqual(err, target) { return true }
            if case .iface(let t, let v) = err, let m = host.errorsMethod("Is", of: t),
               host.callIs(m, receiver: v, type: t, target: target) {
                return true
            }
            err = unwrap(err, host: &host)
            if err.isNil { return false }
        }
    }

    /// Go's == on two interface values whose types are comparable.
    static func ifaceEqual(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.nil, .nil): return true
        case (.iface(let ta, let va), .iface(let tb, let vb)): return ta == tb && va == vb
        default: return false
        }
    }

    /// reflectlite's Type.Comparable: no slices, maps or funcs inside.
    public static func comparable(_ t: RTypeID, _ types: RTypeTable) -> Bool {
        var r = types[t]
        if r.underlying >= 0 && r.underlying != t { r = types[r.underlying] }
        switch r.kind {
        case .slice, .map, .func: return false
        case .array: return comparable(r.elem, types)
        case .struct: return r.fields.allSatisfy { comparable($0.type, types) }
        default: return true
        }
    }
}
