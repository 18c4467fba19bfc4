// Representability, assignability and conversions. Models types2
// const.go (representable), operand.go (assignableTo), assignment.go
// (assignment, assignVar, lhsVar) and conversion.go, with their messages.

enum Representation: Equatable {
    case ok(ConstValue)
    case overflow, truncated, mismatch
}

extension Checker {
    /// Whether constant `v` can be represented in basic kind `b`; returns
    /// the value converted to it (ints exact, float32 rounded).
    func representable(_ v: ConstValue, _ b: BasicKind) -> Representation {
        switch b {
        case .bool, .untypedBool:
            if case .bool = v { return .ok(v) }
            return .mismatch
        case .string, .untypedString:
            if case .string = v { return .ok(v) }
            return .mismatch
        case .untypedInt, .untypedRune:
            switch v {
            case .int: return .ok(v)
            case .float(let d):
                guard let i = BigInt(exactly: d) else { return .truncated }
                return .ok(.int(i))
            case .rat(let r):
                guard r.isInteger else { return .truncated }
                return .ok(.int(r.num))
            default: return .mismatch
            }
        case .untypedFloat:
            switch v {
            case .int(let i): return .ok(.rat(ConstRat(i)))
            case .float, .rat: return .ok(v)
            default: return .mismatch
            }
        case .float32, .float64:
            let d: Double
            switch v {
            case .int(let i): d = i.doubleValue
            case .float(let f): d = f
            case .rat(let r): d = r.double
            default: return .mismatch
            }
            if b == .float32 {
                let f = Float(d)
                if f.isInfinite && d.isFinite { return .overflow }
                return .ok(.float(Double(f)))
            }
            if !d.isFinite { return .overflow }
            return .ok(.float(d))
        case .complex64, .complex128:
            return .mismatch
        default:
            guard b.isInteger else { return .mismatch }
            let i: BigInt
            switch v {
            case .int(let x): i = x
            case .float(let d):
                guard let x = BigInt(exactly: d) else { return .truncated }
                i = x
            case .rat(let r):
                guard r.isInteger else { return .truncated }
                i = r.num
            default: return .mismatch
            }
            // types2: a float constant that does not fit an integer type is
            // "truncated" even when it is integral (1e20 → int64).
            var out: Representation = .overflow
            if case .int = v {} else { out = .truncated }
            let bits = b.size * 8
            if b.isUnsigned {
                if i.negative || i.bitLength > bits { return out }
            } else {
                let lo = -(BigInt(1) << (bits - 1)), hi = (BigInt(1) << (bits - 1)) - BigInt(1)
                if i < lo || hi < i { return out }
            }
            return .ok(.int(i))
        }
    }

    /// types2 assignableTo (without the untyped-constant case, handled by
    /// `assignment`).
    func assignableTo(_ x: Operand, _ t: TypeID) -> Bool {
        assignableReason(x, t) == nil
    }

    /// nil when assignable; otherwise the reason ("" when none to give).
    func assignableReason(_ x: Operand, _ t: TypeID) -> String? {
        let v = x.type
        if v == t || v == Universe.invalid || t == Universe.invalid { return nil }
        if types.isUntyped(v) {
            if v == Universe.untypedNil { return types.hasNil(t) ? nil : "" }
            if types.isInterface(t) { return types.missingMethod(defaultType(v), t) == nil ? nil : "" }
            guard let b = types.basicKind(t) else { return "" }
            let k = types.basicKind(v)!
            if x.mode == .constant, let val = x.val {
                if case .ok = representable(val, b) { return nil }
                return ""
            }
            if (k.isBoolean && b.isBoolean) || (k.isNumeric && b.isNumeric) || (k.isString && b.isString) { return nil }
            return ""
        }
        let vu = types.underlying(v), tu = types.underlying(t)
        if vu == tu && (!types.isNamed(v) || !types.isNamed(t)) && !types.isInterface(t) { return nil }
        if types.isInterface(t) {
            if let m = types.missingMethod(v, t) {
                return "\(types.string(v)) does not implement \(types.string(t)) \(missingReason(m))"
            }
            return nil
        }
        if case .chan(.both, let ve) = types[vu], case .chan(_, let te) = types[tu], ve == te,
           !types.isNamed(v) || !types.isNamed(t) {
            return nil
        }
        return ""
    }

    /// types2 assignment: converts/validates x for assignment to type t in
    /// `context` ("variable declaration", "assignment", "argument to f", …).
    func assignment(_ x: inout Operand, to t: TypeID?, context: String) {
        singleValue(&x)
        if x.mode == .invalid { return }
        if types.isUntyped(x.type) {
            if x.type == Universe.untypedNil {
                guard let t = t else {
                    error(x.expr!.pos, "use of untyped nil in \(context)")
                    x.mode = .invalid
                    return
                }
                if !types.hasNil(t) {
                    error(x.expr!.pos, "cannot use nil as \(types.string(t)) value in \(context)")
                    x.mode = .invalid
                    return
                }
                convertUntyped(&x, t)
                return
            }
            var target = t ?? defaultType(x.type)
            if let tt = t, types.isInterface(tt) { target = defaultType(x.type) }
            if let b = types.basicKind(target) {
                let k = types.basicKind(x.type)!
                if x.mode == .constant, let v = x.val {
                    switch representable(v, b) {
                    case .ok: break
                    case .overflow:
                        error(x.expr!.pos, "cannot use \(operandString(x)) as \(types.string(target)) value in \(context) (overflows)")
                        x.mode = .invalid; return
                    case .truncated:
                        error(x.expr!.pos, "cannot use \(operandString(x)) as \(types.string(target)) value in \(context) (truncated)")
                        x.mode = .invalid; return
                    case .mismatch:
                        error(x.expr!.pos, "cannot use \(operandString(x)) as \(types.string(target)) value in \(context)")
                        x.mode = .invalid; return
                    }
                } else if !((k.isBoolean && b.isBoolean) || (k.isNumeric && b.isNumeric) || (k.isString && b.isString)) {
                    error(x.expr!.pos, "cannot use \(operandString(x)) as \(types.string(target)) value in \(context)")
                    x.mode = .invalid; return
                } else if k == .untypedInt && !b.isInteger && !b.isUntyped && x.mode == .value {
                    // a non-constant untyped int is a shift result
                    if case .binary(let op, _, _, _)? = x.expr?.kind, op == .shl || op == .shr {
                        error(x.expr!.pos, "invalid operation: \(shortExprString(x.expr!)) (shift of type \(types.string(target)))")
                        x.mode = .invalid; return
                    }
                }
            } else {
                error(x.expr!.pos, "cannot use \(operandString(x)) as \(types.string(target)) value in \(context)")
                x.mode = .invalid
                return
            }
            convertUntyped(&x, target)
        }
        guard let t = t else { return }
        if let reason = assignableReason(x, t) {
            if reason.isEmpty {
                error(x.expr!.pos, "cannot use \(operandString(x)) as type \(types.string(t)) in \(context)")
            } else {
                error(x.expr!.pos, "cannot use \(operandString(x)) as type \(types.string(t)) in \(context):\n\t\(reason)")
            }
            x.mode = .invalid
        }
    }

    func shiftLeft(_ e: Expr) -> Expr {
        if case .binary(_, let l, _, _) = e.kind { return l }
        return e
    }

    // MARK: conversions (conversion.go)

    func conversion(_ x: inout Operand, to t: TypeID, call e: Expr) {
        let constArg = x.mode == .constant
        var ok = false
        var finalVal: ConstValue? = nil
        if constArg, let v = x.val, let tb = types.basicKind(t), !tb.isUntyped {
            // constant conversion
            let rep = representable(v, tb)
            // types2 converts the value with constant.ToInt before failing, so
            // an integral float shows all its digits ("untyped float constant 1000…").
            if tb.isInteger, case .ok = rep {} else if tb.isInteger, let i = v.exactInt { x.val = .int(i) }
            switch rep {
            case .ok(let nv): ok = true; finalVal = nv
            case .truncated where tb.isInteger:
                error(x.expr!.pos, "cannot convert \(operandString(x)) to type \(types.string(t))")   // go build (types2) adds no reason
                x.mode = .invalid; return
            case .overflow where (types.basicKind(x.type)?.isNumeric ?? false):
                error(x.expr!.pos, "cannot convert \(operandString(x)) to type \(types.string(t))")
                x.mode = .invalid; return
            default:
                // integer → string: string(rune)
                if tb.isString, case .int(let i) = v, types.basicKind(x.type)?.isInteger ?? false {
                    let scalar = i.int64Value.flatMap { $0 >= 0 && $0 <= 0x10FFFF ? Unicode.Scalar(UInt32($0)) : nil } ?? "\u{FFFD}"
                    ok = true
                    finalVal = .string(String(Character(scalar)))
                }
            }
            if ok {
                x.type = t
                x.val = finalVal
                x.expr = e
                return
            }
        }
        if !ok && convertible(x, t) {
            ok = true
        }
        if !ok {
            error(x.expr!.pos, "cannot convert \(operandString(x)) to type \(types.string(t))")
            x.mode = .invalid
            return
        }
        // Non-constant result (or constant to a non-basic type).
        if types.isUntyped(x.type) {
            var final = t
            if types.isInterface(t) || (constArg && types.basicKind(t) == nil) { final = defaultType(x.type) }
            if x.type == Universe.untypedNil { final = t }
            convertUntyped(&x, final)
        }
        x.mode = .value
        x.val = nil
        x.type = t
        x.expr = e
    }

    func convertible(_ x: Operand, _ t: TypeID) -> Bool {
        if assignableTo(x, t) { return true }
        let v = x.type
        let vu = types.underlying(v), tu = types.underlying(t)
        if vu == tu { return true }
        if let pv = types.pointee(vu), let pt = types.pointee(tu), !types.isNamed(vu) || true,
           types.underlying(pv) == types.underlying(pt), case .pointer = types[vu], case .pointer = types[tu] {
            return true
        }
        let vb = types.basicKind(v), tb = types.basicKind(t)
        if let a = vb, let b = tb {
            if (a.isInteger || a.isFloat) && (b.isInteger || b.isFloat) { return true }
            if a.isInteger && b.isString { return true }
            if a.isString && b.isString { return true }
        }
        // []T → *[N]T (Go 1.17)
        if case .slice(let el) = types[vu], let pt = types.pointee(tu), case .pointer = types[tu],
           case .array(let ael, _) = types.under(pt), el == ael {   // interned: identical ⇔ equal IDs
            return true
        }
        // string <-> []byte, []rune
        if let b = tb, b.isString, case .slice(let el) = types[vu] {
            let eu = types.underlying(el)
            if eu == Universe.uint8 || eu == Universe.int32 { return true }
        }
        if let a = vb, a.isString, case .slice(let el) = types[tu] {
            let eu = types.underlying(el)
            if eu == Universe.uint8 || eu == Universe.int32 { return true }
        }
        return false
    }
}
