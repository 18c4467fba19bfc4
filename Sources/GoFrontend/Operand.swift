import Foundation

// Operands of expressions during checking and their Go-style description
// in messages. Models types2 operand.go (operandString, modes).

struct Operand {
    var mode: ExprMode
    var type: TypeID
    var val: ConstValue?
    var expr: Expr?
    var builtin: Builtin? = nil
    /// A map index, receive or type assertion: may produce (v, ok).
    var commaOk = false

    static func invalid(_ e: Expr?) -> Operand { Operand(mode: .invalid, type: Universe.invalid, val: nil, expr: e) }
}

extension Checker {
    /// types2 operandString: `x (variable of type int)`, `300 (untyped int
    /// constant)`, `1 << 10 (untyped int constant 1024)`, `nil`.
    func operandString(_ x: Operand) -> String {
        if x.mode == .value && x.type == Universe.untypedNil { return "nil" }
        let e = x.expr.map(shortExprString) ?? ""
        let detail = operandDetail(x, exprText: e)
        return e.isEmpty ? detail : "\(e) (\(detail))"
    }

    func operandDetail(_ x: Operand, exprText: String? = nil) -> String {
        let e = exprText ?? x.expr.map(shortExprString) ?? ""
        var s = ""
        var hasType = false
        switch x.mode {
        case .invalid, .novalue, .builtin, .typeExpr: break
        default:
            if types.isUntyped(x.type) {
                s += types.basicKind(x.type)!.name + " "
            } else {
                hasType = true
            }
        }
        switch x.mode {
        case .invalid: s += "invalid operand"
        case .novalue: s += "no value"
        case .builtin: s += "built-in"
        case .typeExpr: s += "type"
        case .constant: s += "constant"
        case .variable: s += "variable"
        case .mapIndex: s += "map index expression"
        case .value: s += x.commaOk ? "comma, ok expression" : "value"
        case .package: s += "package"
        }
        if x.mode == .constant, let v = x.val {
            let vs = constString(v)
            if vs != e { s += " " + vs }
        }
        if hasType {
            var tn = x.type == Universe.invalid ? "" : types.string(x.type)
            // types2 gives a string index expression the type `byte` (the
            // alias), and prints it so; byte and uint8 share one TypeID here.
            if x.type == Universe.uint8, let ex = x.expr, isStringIndex(ex) { tn = "byte" }
            s += x.type == Universe.invalid ? " with invalid type" : " of type " + tn
        }
        return s
    }

    /// constant.Value String(): strings quoted (shortened), floats short.
    func constString(_ v: ConstValue) -> String {
        switch v {
        case .string(let s):
            let q = goQuote(s)
            if q.count > 72 {
                // go/constant shortens long strings: first 70 chars + "..."
                return String(q.prefix(70)) + "..."
            }
            return q
        case .float(let d): return formatFloatConst(d)
        case .rat(let r):
            let d = r.double
            if !r.isZero && (d.isInfinite || d == 0) {
                // Outside float64: go/constant prints "%.6ge%+d".
                let (m, e) = r.approxDecimal
                return formatG6(m) + "e" + (e < 0 ? "-" : "+") + String(abs(e))
            }
            return formatFloatConst(d)
        default: return v.description
        }
    }

    /// go/constant's float String: %.6g, integral values without exponent
    /// when small.
    /// go/constant's float String(): %.6g (`3e+06`, `1e+20`, `1000`, `2.5`).
    func formatFloatConst(_ d: Double) -> String {
        formatG6(d)
    }

    /// A copy of %.6g formatting.
    func formatG6(_ d: Double) -> String {
        if d == 0 { return "0" }
        if !d.isFinite { return d > 0 ? "+Inf" : (d < 0 ? "-Inf" : "NaN") }
        let exp = Int(floor(log10(abs(d))))
        if exp < -4 || exp >= 6 {
            // scientific
            var m = d / pow10(exp)
            var e = exp
            var digits = roundTo(m, 5)
            if abs(digits) >= 10 { e += 1; m = d / pow10(e); digits = roundTo(m, 5) }
            var ms = trimZeros(fixed(digits, 5))
            if ms.hasSuffix(".") { ms.removeLast() }
            return ms + "e" + (e < 0 ? "-" : "+") + String(abs(e)).leftPadded(2)
        }
        let decimals = max(0, 5 - exp)
        var s = trimZeros(fixed(d, decimals))
        if s.hasSuffix(".") { s.removeLast() }
        return s
    }

    private func pow10(_ e: Int) -> Double {
        var r = 1.0
        if e >= 0 { for _ in 0..<e { r *= 10 } } else { for _ in 0..<(-e) { r /= 10 } }
        return r
    }
    private func roundTo(_ x: Double, _ decimals: Int) -> Double {
        let p = pow10(decimals)
        return (x * p).rounded() / p
    }
    private func fixed(_ x: Double, _ decimals: Int) -> String {
        let p = pow10(decimals)
        let scaled = (abs(x) * p).rounded()
        var intPart = String(format: "%.0f", scaled)
        while intPart.count <= decimals { intPart = "0" + intPart }
        let cut = intPart.index(intPart.endIndex, offsetBy: -decimals)
        let r = decimals > 0 ? String(intPart[..<cut]) + "." + String(intPart[cut...]) : intPart
        return (x < 0 ? "-" : "") + r
    }
    private func trimZeros(_ s: String) -> String {
        guard s.contains(".") else { return s }
        var t = s
        while t.hasSuffix("0") { t.removeLast() }
        return t
    }

    /// Records an operand's result in the side table.
    func record(_ x: Operand) {
        guard let e = x.expr else { return }
        let i = Int(e.id)
        exprs[i].mode = x.mode
        exprs[i].type = x.type
        exprs[i].constant = x.val
    }

    /// `s[i]` with s a string (possibly parenthesised).
    func isStringIndex(_ e: Expr) -> Bool {
        var x = e
        while case .paren(let inner) = x.kind { x = inner }
        guard case .index(let base, _) = x.kind else { return false }
        if case .basic(let b) = types.under(exprs[Int(base.id)].type) { return b.isString }
        return false
    }
}
