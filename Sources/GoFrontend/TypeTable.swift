// The interned table of all types of a checked program, with layout, type
// strings and method lookup. Models go/types' universe + Named/Struct
// lookups (lookup.go, methodset.go) and cmd/compile's size.go.

public struct TypeTable: Sendable {
    public private(set) var kinds: [TypeKind] = []
    public private(set) var layouts: [TypeLayout] = []
    private var interned: [TypeKind: TypeID] = [:]

    public init() {
        let basics: [BasicKind] = [.invalid, .bool, .int, .int8, .int16, .int32, .int64,
                                   .uint, .uint8, .uint16, .uint32, .uint64, .uintptr,
                                   .float32, .float64, .complex64, .complex128, .string,
                                   .unsafePointer, .untypedBool, .untypedInt, .untypedRune,
                                   .untypedFloat, .untypedString, .untypedNil]
        for b in basics { _ = intern(.basic(b)) }
        _ = intern(.interface([]))                       // 25 any
        let errorID = newNamed(NamedType(name: "error", pkg: "", underlying: Universe.invalid, methods: [], pos: .none))
        let noValue = intern(.tuple([]))
        precondition(errorID == Universe.error && noValue == Universe.noValue)
        let sig = function([], [Universe.string])
        setUnderlying(errorID, intern(.interface([InterfaceMethod(name: "Error", signature: sig)])))
    }

    public var count: Int { kinds.count }

    mutating func setLayouts(_ l: [TypeLayout], kinds k: [TypeKind]) {
        layouts = l
        // Struct field offsets changed in `k`; keep interning keys stable by
        // re-keying structural entries.
        if k.count == kinds.count {
            for i in 0..<k.count where k[i] != kinds[i] {
                interned.removeValue(forKey: kinds[i])
                interned[k[i]] = TypeID(Int32(i))
            }
            kinds = k
        }
    }

    public subscript(_ t: TypeID) -> TypeKind { kinds[Int(t.raw)] }

    /// Returns the id of a structural type, creating it if new.
    @discardableResult
    public mutating func intern(_ k: TypeKind) -> TypeID {
        if let id = interned[k] { return id }
        let id = TypeID(Int32(kinds.count))
        kinds.append(k)
        interned[k] = id
        return id
    }

    /// The id of a structural type if the program uses it.
    public func find(_ k: TypeKind) -> TypeID? { interned[k] }

    /// A new distinct named type (`type T …`); set its underlying later.
    public mutating func newNamed(_ n: NamedType) -> TypeID {
        let id = TypeID(Int32(kinds.count))
        kinds.append(.named(n))
        return id
    }

    public mutating func setUnderlying(_ t: TypeID, _ u: TypeID) {
        guard case .named(var n) = kinds[Int(t.raw)] else { return }
        n.underlying = underlying(u)
        kinds[Int(t.raw)] = .named(n)
    }

    public mutating func addMethod(_ t: TypeID, _ m: MethodDecl) {
        guard case .named(var n) = kinds[Int(t.raw)] else { return }
        let i = n.methods.firstIndex { $0.name > m.name } ?? n.methods.count
        n.methods.insert(m, at: i)
        kinds[Int(t.raw)] = .named(n)
    }

    // MARK: Convenience constructors

    public mutating func pointer(_ t: TypeID) -> TypeID { intern(.pointer(t)) }
    public mutating func slice(_ t: TypeID) -> TypeID { intern(.slice(t)) }
    public mutating func tuple(_ ts: [TypeID]) -> TypeID { ts.count == 1 ? ts[0] : intern(.tuple(ts)) }
    public mutating func function(_ params: [TypeID], _ results: [TypeID], variadic: Bool = false) -> TypeID {
        intern(.function(Signature(params: params, results: results, variadic: variadic)))
    }

    // MARK: Queries

    /// The underlying type (Go spec "Underlying types").
    public func underlying(_ t: TypeID) -> TypeID {
        if case .named(let n) = kinds[Int(t.raw)] { return n.underlying }
        return t
    }
    public func under(_ t: TypeID) -> TypeKind { kinds[Int(underlying(t).raw)] }

    public func basicKind(_ t: TypeID) -> BasicKind? {
        if case .basic(let b) = under(t) { return b }
        return nil
    }
    public func isNamed(_ t: TypeID) -> Bool { if case .named = self[t] { return true }; return false }
    public func isInterface(_ t: TypeID) -> Bool { if case .interface = under(t) { return true }; return false }
    public func isUntyped(_ t: TypeID) -> Bool { basicKind(t)?.isUntyped ?? false }
    public func isPointer(_ t: TypeID) -> Bool { if case .pointer = under(t) { return true }; return false }
    public func pointee(_ t: TypeID) -> TypeID? { if case .pointer(let e) = under(t) { return e }; return nil }
    public func signature(_ t: TypeID) -> Signature? { if case .function(let s) = under(t) { return s }; return nil }
    public func named(_ t: TypeID) -> NamedType? { if case .named(let n) = self[t] { return n }; return nil }
    public func tupleTypes(_ t: TypeID) -> [TypeID] {
        if case .tuple(let ts) = self[t] { return ts }
        return [t]
    }

    /// Go's comparability (spec "Comparison operators").
    public func isComparable(_ t: TypeID) -> Bool {
        switch under(t) {
        case .slice, .map, .function: return false
        case .structure(let fs): return fs.allSatisfy { isComparable($0.type) }
        case .array(let e, _): return isComparable(e)
        case .basic(let b): return b != .untypedNil
        default: return true
        }
    }

    public func hasNil(_ t: TypeID) -> Bool {
        switch under(t) {
        case .pointer, .slice, .map, .chan, .function, .interface: return true
        case .basic(let b): return b == .unsafePointer || b == .untypedNil
        default: return false
        }
    }

    // MARK: Type strings

    /// The type as Go writes it. `qualify` prefixes named types with their
    /// package (`main.Account`, as %T prints); unqualified is how the
    /// compiler's error messages name types of package main.
    public func string(_ t: TypeID, qualify: Bool = false) -> String {
        var out = ""
        write(t, qualify: qualify, into: &out, depth: 0)
        return out
    }

    /// reflect's Type.String spelling (what %T and runtime messages print):
    /// qualified names, `struct { X int; Y string }`, `struct {}`,
    /// `interface { M() }`, `interface {}` (types2 writes them without the
    /// spaces). Struct tags are not kept by the checker and are left out.
    public func reflectString(_ t: TypeID) -> String {
        var out = ""
        writeReflect(t, into: &out, depth: 0)
        return out
    }

    private func writeReflect(_ t: TypeID, into out: inout String, depth: Int) {
        if depth > 64 { out += "…"; return }
        switch self[t] {
        case .structure(let fs):
            if fs.isEmpty { out += "struct {}"; return }
            out += "struct { "
            for (i, f) in fs.enumerated() {
                if i > 0 { out += "; " }
                if !f.embedded { out += f.name + " " }
                writeReflect(f.type, into: &out, depth: depth + 1)
            }
            out += " }"
        case .interface(let ms):
            if ms.isEmpty { out += "interface {}"; return }
            out += "interface { "
            for (i, m) in ms.enumerated() {
                if i > 0 { out += "; " }
                out += m.name
                if let s = signature(m.signature) { writeReflectSignature(s, into: &out, depth: depth) }
            }
            out += " }"
        case .pointer(let e): out += "*"; writeReflect(e, into: &out, depth: depth + 1)
        case .array(let e, let n): out += "[\(n)]"; writeReflect(e, into: &out, depth: depth + 1)
        case .slice(let e): out += "[]"; writeReflect(e, into: &out, depth: depth + 1)
        case .map(let k, let v):
            out += "map["; writeReflect(k, into: &out, depth: depth + 1); out += "]"
            writeReflect(v, into: &out, depth: depth + 1)
        case .chan(let d, let e):
            switch d {
            case .both:
                out += "chan "
                if case .chan(.recv, _) = self[e] { out += "("; writeReflect(e, into: &out, depth: depth + 1); out += ")"; return }
            case .send: out += "chan<- "
            case .recv: out += "<-chan "
            }
            writeReflect(e, into: &out, depth: depth + 1)
        case .function(let s):
            out += "func"
            writeReflectSignature(s, into: &out, depth: depth)
        case .tuple(let ts):
            out += "("
            for (i, e) in ts.enumerated() {
                if i > 0 { out += ", " }
                writeReflect(e, into: &out, depth: depth + 1)
            }
            out += ")"
        case .basic, .named:
            write(t, qualify: true, into: &out, depth: depth)
        }
    }

    private func writeReflectSignature(_ s: Signature, into out: inout String, depth: Int) {
        out += "("
        for (i, p) in s.params.enumerated() {
            if i > 0 { out += ", " }
            if s.variadic && i == s.params.count - 1, case .slice(let e) = self[p] {
                out += "..."; writeReflect(e, into: &out, depth: depth + 1)
            } else {
                writeReflect(p, into: &out, depth: depth + 1)
            }
        }
        out += ")"
        if s.results.count == 1 {
            out += " "; writeReflect(s.results[0], into: &out, depth: depth + 1)
        } else if s.results.count > 1 {
            out += " ("
            for (i, r) in s.results.enumerated() {
                if i > 0 { out += ", " }
                writeReflect(r, into: &out, depth: depth + 1)
            }
            out += ")"
        }
    }

    private func write(_ t: TypeID, qualify: Bool, into out: inout String, depth: Int) {
        if depth > 64 { out += "…"; return }
        switch self[t] {
        case .basic(let b): out += b.name
        case .named(let n):
            if n.pkg == "main" && !qualify { out += n.name } else { out += n.qualifiedName }
        case .pointer(let e): out += "*"; write(e, qualify: qualify, into: &out, depth: depth + 1)
        case .array(let e, let n): out += "[\(n)]"; write(e, qualify: qualify, into: &out, depth: depth + 1)
        case .slice(let e): out += "[]"; write(e, qualify: qualify, into: &out, depth: depth + 1)
        case .map(let k, let v):
            out += "map["; write(k, qualify: qualify, into: &out, depth: depth + 1); out += "]"
            write(v, qualify: qualify, into: &out, depth: depth + 1)
        case .chan(let d, let e):
            switch d {
            case .both:
                out += "chan "
                if case .chan(.recv, _) = self[e] { out += "("; write(e, qualify: qualify, into: &out, depth: depth + 1); out += ")"; return }
            case .send: out += "chan<- "
            case .recv: out += "<-chan "
            }
            write(e, qualify: qualify, into: &out, depth: depth + 1)
        case .structure(let fs):
            out += "struct{"
            for (i, f) in fs.enumerated() {
                if i > 0 { out += "; " }
                if !f.embedded { out += f.name + " " }
                write(f.type, qualify: qualify, into: &out, depth: depth + 1)
            }
            out += "}"
        case .function(let s):
            out += "func"
            writeSignature(s, qualify: qualify, into: &out, depth: depth)
        case .interface(let ms):
            out += "interface{"
            for (i, m) in ms.enumerated() {
                if i > 0 { out += "; " }
                out += m.name
                if let s = signature(m.signature) { writeSignature(s, qualify: qualify, into: &out, depth: depth) }
            }
            out += "}"
        case .tuple(let ts):
            out += "("
            for (i, e) in ts.enumerated() {
                if i > 0 { out += ", " }
                write(e, qualify: qualify, into: &out, depth: depth + 1)
            }
            out += ")"
        }
    }

    private func writeSignature(_ s: Signature, qualify: Bool, into out: inout String, depth: Int) {
        out += "("
        for (i, p) in s.params.enumerated() {
            if i > 0 { out += ", " }
            if s.variadic && i == s.params.count - 1, case .slice(let e) = self[p] {
                out += "..."; write(e, qualify: qualify, into: &out, depth: depth + 1)
            } else {
                write(p, qualify: qualify, into: &out, depth: depth + 1)
            }
        }
        out += ")"
        if s.results.count == 1 {
            out += " "; write(s.results[0], qualify: qualify, into: &out, depth: depth + 1)
        } else if s.results.count > 1 {
            out += " ("
            for (i, r) in s.results.enumerated() {
                if i > 0 { out += ", " }
                write(r, qualify: qualify, into: &out, depth: depth + 1)
            }
            out += ")"
        }
    }
}
