// Exact evaluation of untyped float constant expressions. Go evaluates
// constant expressions exactly (go/constant) and rounds once at the end, so
// `0.1 + 0.2` is 0.3, not 0.30000000000000004. The checker holds untyped
// floats as Double; for literal expression trees the compiler recomputes
// the value here with big rationals and rounds once (round to nearest even).
import GoFrontend

struct Rat {
    var num: BigInt
    var den: BigInt   // > 0

    static func + (a: Rat, b: Rat) -> Rat { Rat(num: a.num * b.den + b.num * a.den, den: a.den * b.den) }
    static func - (a: Rat, b: Rat) -> Rat { Rat(num: a.num * b.den - b.num * a.den, den: a.den * b.den) }
    static func * (a: Rat, b: Rat) -> Rat { Rat(num: a.num * b.num, den: a.den * b.den) }
    static func / (a: Rat, b: Rat) -> Rat? {
        if b.num.isZero { return nil }
        var r = Rat(num: a.num * b.den, den: a.den * b.num)
        if r.den.signum < 0 { r.num = -r.num; r.den = -r.den }
        return r
    }

    init(num: BigInt, den: BigInt) { self.num = num; self.den = den }

    /// The exact value of a double.
    init?(double d: Double) {
        guard d.isFinite else { return nil }
        if d == 0 { num = BigInt(0); den = BigInt(1); return }
        let e = Int(d.exponent) - 52
        let m = BigInt(Int64(d.significandBitPattern | (d.isNormal ? 1 << 52 : 0)))
        let mm = d < 0 ? -m : m
        if d.isNormal {
            if e >= 0 { num = mm << e; den = BigInt(1) } else { num = mm; den = BigInt(1) << (-e) }
        } else {
            num = mm; den = BigInt(1) << 1074
        }
    }

    /// Correctly rounded conversion to Double.
    var double: Double {
        if num.isZero { return 0 }
        let neg = num.signum < 0
        let n = neg ? -num : num
        let k = 64 - (n.bitLength - den.bitLength)
        let a = k >= 0 ? n << k : n
        let b = k >= 0 ? den : den << (-k)
        var (q, r) = BigInt.quotientAndRemainder(a, b)
        var kk = k
        while q.bitLength > 64 { r = r + (q.truncatedBits & 1 == 1 ? BigInt(1) : BigInt(0)); q = q >> 1; kk -= 1 }
        var bits = q.truncatedBits
        if !r.isZero { bits |= 1 }
        let v = Double(sign: neg ? .minus : .plus, exponent: -kk, significand: Double(bits))
        return v
    }
}

extension FuncCompiler {
    /// The exact value of a float constant expression made of literals,
    /// named constants, parentheses and + - * /; nil if not such a tree.
    func exactFloat(_ e: Expr) -> Double? {
        guard let r = exactRat(e) else { return nil }
        return r.double
    }

    func exactRat(_ e: Expr, depth: Int = 0) -> Rat? {
        if depth > 64 { return nil }
        switch e.kind {
        case .paren(let x): return exactRat(x, depth: depth + 1)
        case .basicLit(let lit):
            return parseRat(lit.raw)
        case .unary(let op, let x):
            guard let v = exactRat(x, depth: depth + 1) else { return nil }
            if op == .sub { return Rat(num: -v.num, den: v.den) }
            if op == .add { return v }
            return nil
        case .binary(let op, let x, let y, _):
            guard let a = exactRat(x, depth: depth + 1), let b = exactRat(y, depth: depth + 1) else { return nil }
            switch op {
            case .add: return a + b
            case .sub: return a - b
            case .mul: return a * b
            case .quo:
                // Integer constant division truncates.
                if let ta = tt.basicKind(ty(x)), let tb = tt.basicKind(ty(y)), ta.isInteger && tb.isInteger { return nil }
                return a / b
            default: return nil
            }
        case .ident:
            switch cp.exprs[Int(e.id)].constant {
            case .int(let i)?: return Rat(num: i, den: BigInt(1))
            case .float(let d)?: return Rat(double: d)
            case .rat(let r)?: return Rat(num: r.num, den: r.den)
            default: return nil
            }
        default:
            return nil
        }
    }

    func parseRat(_ raw0: String) -> Rat? {
        let raw = raw0.replacingOccurrences(of: "_", with: "").lowercased()
        if raw.hasPrefix("0x") || raw.hasPrefix("0b") || raw.hasPrefix("0o") || raw.hasPrefix("'") { return nil }
        if raw.hasSuffix("i") { return nil }
        var mant = raw
        var exp = 0
        if let eIdx = raw.firstIndex(of: "e") {
            mant = String(raw[..<eIdx])
            guard let ev = Int(raw[raw.index(after: eIdx)...]) else { return nil }
            exp = ev
        }
        var digits = mant
        if let dot = mant.firstIndex(of: ".") {
            let frac = mant[mant.index(after: dot)...]
            exp -= frac.count
            digits = String(mant[..<dot]) + frac
        } else if raw.count > 1 && raw.hasPrefix("0") && !raw.contains("e") {
            return nil  // octal integer literal
        }
        if digits.isEmpty { digits = "0" }
        guard let m = BigInt(digits: Substring(digits), radix: 10) else { return nil }
        if abs(exp) > 400 { return nil }
        var ten = BigInt(1)
        for _ in 0..<abs(exp) { ten = ten * BigInt(10) }
        return exp >= 0 ? Rat(num: m * ten, den: BigInt(1)) : Rat(num: m, den: ten)
    }
}
