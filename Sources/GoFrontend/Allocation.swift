// Allocation sites: which expressions allocate, under gmpscope's one escape
// rule (CheckedProgram.escapeRule): every allocation site allocates on the
// heap with mallocgc; a local variable lives in a heap box iff its address
// is taken or a closure refers to it (LocalVar.escapes). Models the
// outcome of cmd/compile's escape analysis in its most conservative form.

public enum AllocationKind: UInt8, Sendable, Hashable {
    /// `new(T)`.
    case newObject
    /// `&T{…}`, or a slice or map literal.
    case compositeLiteral
    /// `make(…)` of a slice, map or channel.
    case make
    /// A function literal that captures variables (its closure object).
    case closure
    /// `append` (allocates when the capacity is exceeded).
    case append
    /// Non-constant string concatenation.
    case stringConcat
    /// Non-constant `string(x)`, `[]byte(s)`, `[]rune(s)`.
    case stringConversion
}

extension CheckedProgram {
    /// The allocation `e` performs, or nil. Values converted to an
    /// interface also allocate (the compiler sees those at the assignment).
    public func allocation(_ e: Expr) -> AllocationKind? {
        let info = exprs[Int(e.id)]
        switch e.kind {
        case .call:
            switch info.call {
            case .builtin(.new)?: return .newObject
            case .builtin(.make)?: return .make
            case .builtin(.append)?: return .append
            case .conversion(let t)?:
                if info.constant != nil { return nil }
                guard case .call(_, let args, _, _) = e.kind, let a = args.first else { return nil }
                let from = exprs[Int(a.id)].type
                let toString = types.basicKind(t)?.isString ?? false
                let fromString = types.basicKind(from)?.isString ?? false
                if toString && !fromString { return .stringConversion }
                if fromString, case .slice = types.under(t) { return .stringConversion }
                return nil
            default: return nil
            }
        case .unary(.and, let x):
            var inner = x
            while case .paren(let i) = inner.kind { inner = i }
            if case .compositeLit = inner.kind { return .compositeLiteral }
            return nil
        case .compositeLit:
            switch types.under(info.type) {
            case .slice, .map: return .compositeLiteral
            case .pointer: return .compositeLiteral   // elided &T in []*T{{…}}
            default: return nil
            }
        case .funcLit:
            guard let f = funcs.firstIndex(where: { $0.node == .literal(e.id) }) else { return nil }
            return funcs[f].captures.isEmpty ? nil : .closure
        case .binary(.add, _, _, _):
            if info.constant == nil, types.basicKind(info.type)?.isString ?? false { return .stringConcat }
            return nil
        default:
            return nil
        }
    }
}
