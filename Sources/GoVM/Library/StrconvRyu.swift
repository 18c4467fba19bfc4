// Shortest float → decimal digits with the Ryū algorithm, as Go formats
// %v and FormatFloat(f, fmt, -1, …). Models Go 1.19 src/strconv/ftoaryu.go
// (ryuFtoaShortest, computeBounds, ryuDigits, ryuDigits32, mult64bitPow10,
// mult128bitPow10, divisibleByPower5, mulByLog2Log10, mulByLog10Log2).
// Produces the same digits as roundShortest on the exact decimal
// (StrconvFtoa.swift), which tests check on random inputs; it only exists
// because it is ~10x faster. Leaves out the fixed-precision Ryū variants.

/// Digits written right-to-left into a fixed buffer (Go's decimalSlice,
/// whose `d.d = d.d[n:]` re-slicing is the `base` offset here).
struct RyuDigits {
    var buf = [UInt8](repeating: 48, count: 32)
    var base = 0
    var nd = 0
    var dp = 0
    @inline(__always) subscript(i: Int) -> UInt8 {
        get { buf[base + i] }
        set { buf[base + i] = newValue }
    }
    var digits: DecimalDigits { DecimalDigits(d: Array(buf[base..<(base + nd)]), nd: nd, dp: dp) }
}

extension Strconv {
    @inline(__always) static func mulByLog2Log10(_ x: Int) -> Int { (x * 78913) >> 18 }
    @inline(__always) static func mulByLog10Log2(_ x: Int) -> Int { (x * 108853) >> 15 }

    /// ryuFtoaShortest: shortest digits of mant×2^exp (exp already minus mantbits).
    static func ryuFtoaShortest(_ mantIn: UInt64, _ exp: Int, _ flt: FloatInfo) -> DecimalDigits {
        var d = RyuDigits()
        var mant = mantIn
        if mant == 0 { return DecimalDigits(d: [], nd: 0, dp: 0) }
        // If input is an exact integer with fewer bits than the mantissa,
        // the previous and next integer are not admissible representations.
        if exp <= 0 && mant.trailingZeroBitCount >= -exp {
            mant >>= UInt64(-exp)
            ryuDigits(&d, mant, mant, mant, true, false)
            return d.digits
        }
        let (ml, mc, mu, e2bounds) = computeBounds(mant, exp, flt)
        var e2 = e2bounds
        if e2 == 0 {
            ryuDigits(&d, ml, mc, mu, true, false)
            return d.digits
        }
        // Find 10^q *larger* than 2^-e2
        let q = mulByLog2Log10(-e2) + 1
        var dl: UInt64, dc: UInt64, du: UInt64
        var dl0: Bool, dc0: Bool, du0: Bool
        if flt.mantbits == 23 {
            let (l32, _, l0) = mult64bitPow10(UInt32(ml), e2, q)
            let (c32, _, c0) = mult64bitPow10(UInt32(mc), e2, q)
            let (u32, ue, u0) = mult64bitPow10(UInt32(mu), e2, q)
            (dl, dc, du, dl0, dc0, du0, e2) = (UInt64(l32), UInt64(c32), UInt64(u32), l0, c0, u0, ue)
        } else {
            let (l, _, l0) = mult128bitPow10(ml, e2, q)
            let (c, _, c0) = mult128bitPow10(mc, e2, q)
            let (u, ue, u0) = mult128bitPow10(mu, e2, q)
            (dl, dc, du, dl0, dc0, du0, e2) = (l, c, u, l0, c0, u0, ue)
        }
        precondition(e2 < 0, "not enough significant bits after mult128bitPow10")
        // Is it an exact computation?
        if q > 55 {
            // Large positive powers of ten are not exact
            (dl0, dc0, du0) = (false, false, false)
        }
        if q < 0 && q >= -24 {
            // Division by a power of ten may be exact.
            if divisibleByPower5(ml, -q) { dl0 = true }
            if divisibleByPower5(mc, -q) { dc0 = true }
            if divisibleByPower5(mu, -q) { du0 = true }
        }
        // Express the results (dl, dc, du)*2^e2 as integers.
        let extra = UInt64(-e2)
        let extraMask: UInt64 = (1 << extra) - 1
        let fracl = dl & extraMask
        dl >>= extra
        let fracc = dc & extraMask
        dc >>= extra
        let fracu = du & extraMask
        du >>= extra
        // Is it allowed to use 'du' as a result?
        var uok = !du0 || fracu > 0
        if du0 && fracu == 0 { uok = mant & 1 == 0 }
        if !uok { du -= 1 }
        // Is 'dc' the correctly rounded base 10 mantissa?
        var cup = false
        if dc0 {
            // If we computed an exact product, the half integer
            // should round to next (even) integer if 'dc' is odd.
            cup = fracc > 1 << (extra - 1) || (fracc == 1 << (extra - 1) && dc & 1 == 1)
        } else {
            // otherwise, the result is a lower truncation of the ideal result.
            cup = fracc >> (extra - 1) == 1
        }
        // Is 'dl' an allowed representation?
        let lok = dl0 && fracl == 0 && (mant & 1 == 0)
        if !lok { dl += 1 }
        // We need to remember whether the trimmed digits of 'dc' are zero.
        let c0 = dc0 && fracc == 0
        ryuDigits(&d, dl, dc, du, c0, cup)
        d.dp -= q
        return d.digits
    }

    // computeBounds: the interval (l, c, u)×2^e2 represented by the float.
    static func computeBounds(_ mant: UInt64, _ exp: Int, _ flt: FloatInfo) -> (UInt64, UInt64, UInt64, Int) {
        if mant != UInt64(1) << UInt64(flt.mantbits) || exp == flt.bias + 1 - flt.mantbits {
            // regular case (or denormals)
            return (2 * mant - 1, 2 * mant, 2 * mant + 1, exp - 1)
        }
        // border of an exponent
        return (4 * mant - 1, 4 * mant, 4 * mant + 2, exp - 2)
    }

    static func ryuDigits(_ d: inout RyuDigits, _ lower: UInt64, _ central: UInt64, _ upper: UInt64,
                          _ c0In: Bool, _ cupIn: Bool) {
        var c0 = c0In, cup = cupIn
        var (lhi, llo) = (UInt32(lower / 1_000_000_000), UInt32(lower % 1_000_000_000))
        let (chi, clo) = (UInt32(central / 1_000_000_000), UInt32(central % 1_000_000_000))
        let (uhi, ulo) = (UInt32(upper / 1_000_000_000), UInt32(upper % 1_000_000_000))
        if uhi == 0 {
            // only low digits (for denormals)
            ryuDigits32(&d, llo, clo, ulo, c0, cup, 8)
        } else if lhi < uhi {
            // truncate 9 digits at once.
            if llo != 0 { lhi += 1 }
            c0 = c0 && clo == 0
            cup = (clo > 500_000_000) || (clo == 500_000_000 && cup)
            ryuDigits32(&d, lhi, chi, uhi, c0, cup, 8)
            d.dp += 9
        } else {
            d.nd = 0
            // emit high part
            var n = 9
            var v = chi
            while v > 0 {
                let (v1, v2) = (v / 10, v % 10)
                v = v1
                n -= 1
                d[n] = UInt8(v2) + 48
            }
            d.base += n
            d.nd = 9 - n
            // emit low part
            ryuDigits32(&d, llo, clo, ulo, c0, cup, d.nd + 8)
        }
        // trim trailing zeros
        while d.nd > 0 && d[d.nd - 1] == 48 { d.nd -= 1 }
        // trim initial zeros
        while d.nd > 0 && d[0] == 48 {
            d.nd -= 1
            d.dp -= 1
            d.base += 1
        }
    }

    // ryuDigits32: digits of a number below 1e9 ending at endindex.
    static func ryuDigits32(_ d: inout RyuDigits, _ lowerIn: UInt32, _ centralIn: UInt32, _ upperIn: UInt32,
                            _ c0In: Bool, _ cupIn: Bool, _ endindexIn: Int) {
        var lower = lowerIn, central = centralIn, upper = upperIn
        var c0 = c0In, cup = cupIn, endindex = endindexIn
        if upper == 0 {
            d.dp = endindex + 1
            return
        }
        var trimmed = 0
        // Remember last trimmed digit to check for round-up.
        var cNextDigit: UInt32 = 0
        while upper > 0 {
            let l = (lower + 9) / 10
            var c = central / 10
            var cdigit = central % 10
            let u = upper / 10
            if l > u { break }  // don't trim the last digit as it is forbidden to go below l
            // Check that we didn't cross the lower boundary.
            if l == c + 1 && c < u {
                c += 1
                cdigit = 0
                cup = false
            }
            trimmed += 1
            // Remember trimmed digits of c
            c0 = c0 && cNextDigit == 0
            cNextDigit = cdigit
            (lower, central, upper) = (l, c, u)
        }
        // should we round up?
        if trimmed > 0 {
            cup = cNextDigit > 5 || (cNextDigit == 5 && !c0) || (cNextDigit == 5 && c0 && central & 1 == 1)
        }
        if central < upper && cup { central += 1 }
        // We know where the number ends, fill directly
        endindex -= trimmed
        var v = central
        var n = endindex
        while n > d.nd {
            let (v1, v2) = (v / 100, v % 100)
            d[n] = UInt8(v2 % 10) + 48
            d[n - 1] = UInt8(v2 / 10) + 48
            n -= 2
            v = v1
        }
        if n == d.nd { d[n] = UInt8(v) + 48 }
        d.nd = endindex + 1
        d.dp = d.nd + trimmed
    }

    // mult64bitPow10: 25-bit mantissa × 10^q, keeping the top ~32 bits.
    static func mult64bitPow10(_ m: UInt32, _ e2In: Int, _ q: Int) -> (UInt32, Int, Bool) {
        var e2 = e2In
        if q == 0 { return (m << 6, e2 - 6, true) }  // P == 1<<63
        precondition(q >= goDetailedPowersOfTenMinExp10 && q <= goDetailedPowersOfTenMaxExp10,
                     "mult64bitPow10: power of 10 is out of range")
        var pow = goDetailedPowersOfTen[q - goDetailedPowersOfTenMinExp10].hi
        if q < 0 { pow += 1 }  // inverse powers of ten must be rounded up
        let (hi, lo) = UInt64(m).multipliedFullWidth(by: pow)
        e2 += mulByLog10Log2(q) - 63 + 57
        return (UInt32(truncatingIfNeeded: hi << 7 | lo >> 57), e2, lo << 7 == 0)
    }

    // mult128bitPow10: 55-bit mantissa × 10^q, keeping the top ~64 bits.
    static func mult128bitPow10(_ m: UInt64, _ e2In: Int, _ q: Int) -> (UInt64, Int, Bool) {
        var e2 = e2In
        if q == 0 { return (m << 8, e2 - 8, true) }  // P == 1<<127
        precondition(q >= goDetailedPowersOfTenMinExp10 && q <= goDetailedPowersOfTenMaxExp10,
                     "mult128bitPow10: power of 10 is out of range")
        var pow = goDetailedPowersOfTen[q - goDetailedPowersOfTenMinExp10]
        if q < 0 { pow.lo &+= 1 }  // inverse powers of ten must be rounded up
        e2 += mulByLog10Log2(q) - 127 + 119
        // long multiplication
        let (l1, l0) = m.multipliedFullWidth(by: pow.lo)
        var (h1, h0) = m.multipliedFullWidth(by: pow.hi)
        let (mid, carry) = l1.addingReportingOverflow(h0)
        if carry { h1 &+= 1 }
        return (h1 << 9 | mid >> 55, e2, mid << 9 == 0 && l0 == 0)
    }

    static func divisibleByPower5(_ mIn: UInt64, _ k: Int) -> Bool {
        var m = mIn
        if m == 0 { return true }
        for _ in 0..<max(k, 0) {
            if m % 5 != 0 { return false }
            m /= 5
        }
        return true
    }
}
