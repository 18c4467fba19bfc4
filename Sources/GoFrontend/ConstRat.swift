// Exact rationals for untyped float constants (go/constant keeps floats as
// big rationals while they are small enough): `0.1 + 0.2 == 0.3` is true
// and `int(0.07 * 100)` is 7, as in Go. Rounded to a Double only when the
// constant takes a float type or is printed in a message.

public struct ConstRat: Sendable, Hashable {
    /// Normalised: den > 0, gcd(num, den) == 1.
    public let num: BigInt
    public let den: BigInt

    public init(_ n: BigInt, _ d: BigInt) {
        var n = n, d = d
        if d.signum < 0 { n = -n; d = -d }
        let g = ConstRat.gcd(n.signum < 0 ? -n : n, d)
        if !g.isZero && g != BigInt(1) { n = n / g; d = d / g }
        num = n; den = d
    }

    public init(_ i: BigInt) { num = i; den = BigInt(1) }

    /// The exact value of a finite double.
    public init?(double d: Double) {
        guard d.isFinite else { return nil }
        if d == 0 { self.init(BigInt(0)); return }
        let e = Int(d.exponent) - 52
        let m = BigInt(Int64(d.significandBitPattern | (d.isNormal ? 1 << 52 : 0)))
        let mm = d < 0 ? -m : m
        if d.isNormal {
            if e >= 0 { self.init(mm << e) } else { self.init(mm, BigInt(1) << (-e)) }
        } else {
            self.init(mm, BigInt(1) << 1074)
        }
    }

    /// A decimal float literal (`1.5`, `.5e-3`, `1_000.0`); nil for hex floats.
    public init?(literal raw0: String) {
        let raw = raw0.replacingOccurrences(of: "_", with: "").lowercased()
        if raw.hasPrefix("0x") { return nil }
        var mant = Substring(raw)
        var exp = 0
        if let eIdx = raw.firstIndex(of: "e") {
            mant = raw[..<eIdx]
            guard let ev = Int(raw[raw.index(after: eIdx)...]) else { return nil }
            exp = ev
        }
        var digits = String(mant)
        if let dot = mant.firstIndex(of: ".") {
            let frac = mant[mant.index(after: dot)...]
            exp -= frac.count
            digits = String(mant[..<dot]) + frac
        }
        if digits.isEmpty { digits = "0" }
        guard abs(exp) <= 1000, let m = BigInt(digits: Substring(digits), radix: 10) else { return nil }
        var ten = BigInt(1)
        for _ in 0..<abs(exp) { ten = ten * BigInt(10) }
        if exp >= 0 { self.init(m * ten) } else { self.init(m, ten) }
    }

    public var isInteger: Bool { den == BigInt(1) }
    public var isZero: Bool { num.isZero }
    public var signum: Int { num.signum }

    static func gcd(_ a: BigInt, _ b: BigInt) -> BigInt {
        var a = a, b = b
        while !b.isZero { (a, b) = (b, a % b) }
        return a
    }

    public static func + (a: ConstRat, b: ConstRat) -> ConstRat { ConstRat(a.num * b.den + b.num * a.den, a.den * b.den) }
    public static func - (a: ConstRat, b: ConstRat) -> ConstRat { ConstRat(a.num * b.den - b.num * a.den, a.den * b.den) }
    public static func * (a: ConstRat, b: ConstRat) -> ConstRat { ConstRat(a.num * b.num, a.den * b.den) }
    public static prefix func - (a: ConstRat) -> ConstRat { ConstRat(-a.num, a.den) }
    /// nil when dividing by zero.
    public static func / (a: ConstRat, b: ConstRat) -> ConstRat? {
        if b.num.isZero { return nil }
        return ConstRat(a.num * b.den, a.den * b.num)
    }
    /// -1, 0, 1.
    public static func compare(_ a: ConstRat, _ b: ConstRat) -> Int {
        let l = a.num * b.den, r = b.num * a.den
        return l < r ? -1 : (l == r ? 0 : 1)
    }
    /// Too large to keep exact (go/constant switches to floats; so do we).
    public var isHuge: Bool { num.bitLength > 4096 || den.bitLength > 4096 }

    /// (m, e) with self ≈ m·10^e and 1 ≤ |m| < 10, for values outside the
    /// float64 range (go/constant floatVal.String's approximate conversion).
    public var approxDecimal: (Double, Int) {
        let neg = num.signum < 0
        let n = neg ? -num : num
        // self = mant · 2^exp with 0.5 ≤ mant < 1
        var exp = n.bitLength - den.bitLength
        var mr = exp >= 0 ? ConstRat(n, den << exp) : ConstRat(n << (-exp), den)
        if ConstRat.compare(mr, ConstRat(BigInt(1))) >= 0 { exp += 1; mr = ConstRat(mr.num, mr.den << 1) }
        if ConstRat.compare(mr, ConstRat(BigInt(1), BigInt(2))) < 0 { exp -= 1; mr = ConstRat(mr.num << 1, mr.den) }
        var m = mr.double
        let d = Double(exp) * (0.6931471805599453 / 2.302585092994046)
        var e = Int(d)
        m *= pow10(d - Double(e))
        if abs(m) < 1 - 0.5e-6 { m *= 10; e -= 1 } else if abs(m) >= 10 { m /= 10; e += 1 }
        return (neg ? -m : m, e)
    }

    private func pow10(_ x: Double) -> Double {
        // 10^x for |x| < 1 (x is a fraction here): e^(x·ln 10).
        var r = 1.0, term = 1.0
        let y = x * 2.302585092994046
        for k in 1...30 { term *= y / Double(k); r += term }
        return r
    }

    /// Correctly rounded (to nearest, ties to even) conversion to Double.
    public var double: Double {
        if num.isZero { return 0 }
        let neg = num.signum < 0
        let n = neg ? -num : num
        // Scale so that the quotient has at least 66 significant bits.
        let k = 66 - (n.bitLength - den.bitLength)
        let a = k >= 0 ? n << k : n
        let b = k >= 0 ? den : den << (-k)
        let (q, r) = BigInt.quotientAndRemainder(a, b)
        // q has 65..67 bits; keep 53 (or fewer for subnormals) with a sticky bit.
        var bits = q
        var shift = 0
        while bits.bitLength > 64 { bits = bits >> 1; shift += 1 }
        var sticky = !r.isZero
        if shift > 0 {
            // bits lost by the shifts
            let lost = q - (bits << shift)
            if !lost.isZero { sticky = true }
        }
        var m = bits.truncatedBits
        if sticky { m |= 1 }
        // Double(UInt64) rounds to nearest even; the sticky bit is below the
        // rounding position because m has 64 significant bits (> 53 + 2).
        let v = Double(sign: .plus, exponent: shift - k, significand: Double(m))
        return neg ? -v : v
    }
}
