// Arbitrary-precision integers for untyped constant arithmetic
// (go/constant uses math/big; the Go compiler limits untyped integer
// constants to 512 bits, reported as "constant overflow").
// Sign-magnitude, little-endian UInt64 limbs; magnitudes are tiny, so
// schoolbook algorithms are enough.

public struct BigInt: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Little-endian limbs of |value|, no trailing zero limbs (zero is []).
    public private(set) var mag: [UInt64]
    public private(set) var negative: Bool

    public init() { mag = []; negative = false }
    public init(_ v: Int64) {
        negative = v < 0
        mag = v == 0 ? [] : [v.magnitude]
    }
    public init(_ v: Int) { self.init(Int64(v)) }
    public init(_ v: UInt64) { negative = false; mag = v == 0 ? [] : [v] }
    private init(mag: [UInt64], negative: Bool) {
        var m = mag
        while let l = m.last, l == 0 { m.removeLast() }
        self.mag = m
        self.negative = m.isEmpty ? false : negative
    }

    public var isZero: Bool { mag.isEmpty }
    public var signum: Int { isZero ? 0 : (negative ? -1 : 1) }
    /// Number of bits of |value|.
    public var bitLength: Int {
        guard let top = mag.last else { return 0 }
        return (mag.count - 1) * 64 + (64 - top.leadingZeroBitCount)
    }

    public var int64Value: Int64? {
        if mag.isEmpty { return 0 }
        if mag.count > 1 { return nil }
        if negative { return mag[0] <= UInt64(1) << 63 ? Int64(bitPattern: 0 &- mag[0]) : nil }
        return mag[0] <= UInt64(Int64.max) ? Int64(mag[0]) : nil
    }
    public var uint64Value: UInt64? {
        if mag.isEmpty { return 0 }
        if negative || mag.count > 1 { return nil }
        return mag[0]
    }
    /// Low 64 bits of the two's complement representation.
    public var truncatedBits: UInt64 {
        let low = mag.first ?? 0
        return negative ? 0 &- low : low
    }
    public var doubleValue: Double {
        var d = 0.0
        for l in mag.reversed() { d = d * 18446744073709551616.0 + Double(l) }
        return negative ? -d : d
    }
    /// Exact integer value of a finite, integral double.
    public init?(exactly d: Double) {
        guard d.isFinite, d == d.rounded(.towardZero) else { return nil }
        let m = d.magnitude
        if m < 18446744073709551616.0 { self.init(mag: [UInt64(m)], negative: d < 0); return }
        let r = BigInt(m.significandBitPattern | (UInt64(1) << 52)) << (Int(m.exponent) - 52)
        self = d < 0 ? -r : r
    }

    public static func < (a: BigInt, b: BigInt) -> Bool { compare(a, b) < 0 }

    static func compareMag(_ a: [UInt64], _ b: [UInt64]) -> Int {
        if a.count != b.count { return a.count < b.count ? -1 : 1 }
        var i = a.count - 1
        while i >= 0 {
            if a[i] != b[i] { return a[i] < b[i] ? -1 : 1 }
            i -= 1
        }
        return 0
    }
    static func compare(_ a: BigInt, _ b: BigInt) -> Int {
        if a.negative != b.negative { return a.negative ? -1 : 1 }
        let c = compareMag(a.mag, b.mag)
        return a.negative ? -c : c
    }

    static func addMag(_ a: [UInt64], _ b: [UInt64]) -> [UInt64] {
        var r: [UInt64] = []
        r.reserveCapacity(max(a.count, b.count) + 1)
        var carry: UInt64 = 0
        for i in 0..<max(a.count, b.count) {
            let x = i < a.count ? a[i] : 0, y = i < b.count ? b[i] : 0
            let (s1, o1) = x.addingReportingOverflow(y)
            let (s2, o2) = s1.addingReportingOverflow(carry)
            r.append(s2)
            carry = (o1 ? 1 : 0) + (o2 ? 1 : 0)
        }
        if carry > 0 { r.append(carry) }
        return r
    }
    /// a - b with |a| >= |b|.
    static func subMag(_ a: [UInt64], _ b: [UInt64]) -> [UInt64] {
        var r = a
        var borrow: UInt64 = 0
        for i in 0..<a.count {
            let y = i < b.count ? b[i] : 0
            let (d1, o1) = a[i].subtractingReportingOverflow(y)
            let (d2, o2) = d1.subtractingReportingOverflow(borrow)
            r[i] = d2
            borrow = (o1 ? 1 : 0) + (o2 ? 1 : 0)
        }
        return r
    }

    public static prefix func - (a: BigInt) -> BigInt { BigInt(mag: a.mag, negative: !a.negative) }

    public static func + (a: BigInt, b: BigInt) -> BigInt {
        if a.negative == b.negative { return BigInt(mag: addMag(a.mag, b.mag), negative: a.negative) }
        let c = compareMag(a.mag, b.mag)
        if c == 0 { return BigInt() }
        if c > 0 { return BigInt(mag: subMag(a.mag, b.mag), negative: a.negative) }
        return BigInt(mag: subMag(b.mag, a.mag), negative: b.negative)
    }
    public static func - (a: BigInt, b: BigInt) -> BigInt { a + (-b) }

    public static func * (a: BigInt, b: BigInt) -> BigInt {
        if a.isZero || b.isZero { return BigInt() }
        var r = [UInt64](repeating: 0, count: a.mag.count + b.mag.count)
        for i in 0..<a.mag.count {
            var carry: UInt64 = 0
            for j in 0..<b.mag.count {
                let (hi, lo) = a.mag[i].multipliedFullWidth(by: b.mag[j])
                let (s1, o1) = r[i + j].addingReportingOverflow(lo)
                let (s2, o2) = s1.addingReportingOverflow(carry)
                r[i + j] = s2
                carry = hi &+ (o1 ? 1 : 0) &+ (o2 ? 1 : 0)
            }
            r[i + b.mag.count] = carry
        }
        return BigInt(mag: r, negative: a.negative != b.negative)
    }

    /// Truncated division (Go's `/` and `%`); b must be non-zero.
    public static func quotientAndRemainder(_ a: BigInt, _ b: BigInt) -> (BigInt, BigInt) {
        precondition(!b.isZero)
        if compareMag(a.mag, b.mag) < 0 { return (BigInt(), a) }
        if b.mag.count == 1 && a.mag.count == 1 {
            let (q, r) = a.mag[0].quotientAndRemainder(dividingBy: b.mag[0])
            return (BigInt(mag: [q], negative: a.negative != b.negative), BigInt(mag: [r], negative: a.negative))
        }
        // Shift-subtract long division on magnitudes.
        var q = [UInt64](repeating: 0, count: a.mag.count)
        var rem = BigInt()
        let bm = BigInt(mag: b.mag, negative: false)
        var i = a.bitLength - 1
        while i >= 0 {
            rem = rem << 1
            if (a.mag[i / 64] >> UInt64(i % 64)) & 1 == 1 { rem = rem + BigInt(1) }
            if compareMag(rem.mag, bm.mag) >= 0 {
                rem = rem - bm
                q[i / 64] |= UInt64(1) << UInt64(i % 64)
            }
            i -= 1
        }
        return (BigInt(mag: q, negative: a.negative != b.negative), BigInt(mag: rem.mag, negative: a.negative))
    }
    public static func / (a: BigInt, b: BigInt) -> BigInt { quotientAndRemainder(a, b).0 }
    public static func % (a: BigInt, b: BigInt) -> BigInt { quotientAndRemainder(a, b).1 }

    /// Arithmetic shift left (Go `<<` on untyped constants).
    public static func << (a: BigInt, n: Int) -> BigInt {
        if n < 0 { return a >> -n }
        if a.isZero || n == 0 { return a }
        let limbs = n / 64, bits = UInt64(n % 64)
        var r = [UInt64](repeating: 0, count: limbs)
        var carry: UInt64 = 0
        for l in a.mag {
            r.append(bits == 0 ? l : (l << bits) | carry)
            carry = bits == 0 ? 0 : l >> (64 - bits)
        }
        if carry != 0 { r.append(carry) }
        return BigInt(mag: r, negative: a.negative)
    }
    /// Arithmetic shift right, rounding toward negative infinity like Go.
    public static func >> (a: BigInt, n: Int) -> BigInt {
        if n < 0 { return a << -n }
        if a.isZero || n == 0 { return a }
        if a.negative {
            // floor(a / 2^n) = -ceil(|a| / 2^n) = -((|a| - 1) >> n) - 1
            let m = BigInt(mag: a.mag, negative: false) - BigInt(1)
            return -(m >> n) - BigInt(1)
        }
        let limbs = n / 64, bits = UInt64(n % 64)
        if limbs >= a.mag.count { return BigInt() }
        var r: [UInt64] = []
        for i in limbs..<a.mag.count {
            let lo = a.mag[i] >> bits
            let hi: UInt64 = (bits == 0 || i + 1 >= a.mag.count) ? 0 : a.mag[i + 1] << (64 - bits)
            r.append(lo | hi)
        }
        return BigInt(mag: r, negative: false)
    }

    // Bitwise operations on the infinite two's complement representation.
    private func twos(_ n: Int) -> [UInt64] {
        var r = mag + [UInt64](repeating: 0, count: n - mag.count)
        if negative {
            var carry: UInt64 = 1
            for i in 0..<n {
                let (s, o) = (~r[i]).addingReportingOverflow(carry)
                r[i] = s; carry = o ? 1 : 0
            }
        }
        return r
    }
    private static func fromTwos(_ r: [UInt64]) -> BigInt {
        guard let top = r.last, top >> 63 == 1 else { return BigInt(mag: r, negative: false) }
        var m = r
        var carry: UInt64 = 1
        for i in 0..<m.count {
            let (s, o) = (~m[i]).addingReportingOverflow(carry)
            m[i] = s; carry = o ? 1 : 0
        }
        return BigInt(mag: m, negative: true)
    }
    private static func bitwise(_ a: BigInt, _ b: BigInt, _ f: (UInt64, UInt64) -> UInt64) -> BigInt {
        let n = max(a.mag.count, b.mag.count) + 1
        let x = a.twos(n), y = b.twos(n)
        return fromTwos((0..<n).map { f(x[$0], y[$0]) })
    }
    public static func & (a: BigInt, b: BigInt) -> BigInt { bitwise(a, b) { $0 & $1 } }
    public static func | (a: BigInt, b: BigInt) -> BigInt { bitwise(a, b) { $0 | $1 } }
    public static func ^ (a: BigInt, b: BigInt) -> BigInt { bitwise(a, b) { $0 ^ $1 } }
    public static func andNot(_ a: BigInt, _ b: BigInt) -> BigInt { bitwise(a, b) { $0 & ~$1 } }
    public static prefix func ~ (a: BigInt) -> BigInt { -a - BigInt(1) }

    /// Parses digits in `radix` (underscores already removed).
    public init?(digits: Substring, radix: Int) {
        var r = BigInt()
        let base = BigInt(radix)
        for ch in digits {
            guard let d = ch.hexDigitValue, d < radix else { return nil }
            r = r * base + BigInt(d)
        }
        self = r
    }

    public var description: String {
        if isZero { return "0" }
        var digits: [Character] = []
        var m = BigInt(mag: mag, negative: false)
        let ten18 = BigInt(1_000_000_000_000_000_000 as Int64)
        while !m.isZero {
            let (q, r) = BigInt.quotientAndRemainder(m, ten18)
            var chunk = String(r.mag.first ?? 0)
            if !q.isZero { chunk = String(repeating: "0", count: 18 - chunk.count) + chunk }
            digits.insert(contentsOf: chunk, at: 0)
            m = q
        }
        return (negative ? "-" : "") + String(digits)
    }
}
