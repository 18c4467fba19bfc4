// Float → string exactly as Go formats it.
// Models Go 1.19 src/strconv/ftoa.go (genericFtoa, bigFtoa, roundShortest,
// formatDigits, fmtE, fmtF, fmtB). Shortest formatting uses Ryū
// (StrconvRyu.swift) as Go does; fixed precision goes through the exact
// multiprecision decimal (Go's bigFtoa; Go's fixed Ryū fast path produces
// identical digits: both are correctly rounded, half-even on exact ties).
// Includes fmtX ('x'/'X' hex floats).

public enum Strconv {}

struct FloatInfo {
    let mantbits: Int
    let expbits: Int
    let bias: Int
    static let float32 = FloatInfo(mantbits: 23, expbits: 8, bias: -127)
    static let float64 = FloatInfo(mantbits: 52, expbits: 11, bias: -1023)
}

/// Digits and decimal point of a formatted value (Go's decimalSlice).
struct DecimalDigits {
    var d: [UInt8]
    var nd: Int
    var dp: Int
}

extension Strconv {
    /// strconv.FormatFloat(f, fmt, prec, bitSize).
    /// fmt is one of e E f g G b (ASCII); prec -1 = shortest that round-trips.
    public static func formatFloat(_ f: Double, _ fmt: UInt8, _ prec: Int, _ bitSize: Int) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(max(prec + 4, 24))
        appendFloat(&out, f, fmt, prec, bitSize)
        return out
    }

    /// String convenience for formatFloat.
    public static func formatFloat(_ f: Double, _ fmt: Character, _ prec: Int, _ bitSize: Int) -> String {
        String(decoding: formatFloat(f, fmt.asciiValue!, prec, bitSize) as [UInt8], as: UTF8.self)
    }

    // genericFtoa: decode the IEEE bits, handle Inf/NaN, then format.
    static func appendFloat(_ dst: inout [UInt8], _ val: Double, _ fmt: UInt8, _ precIn: Int, _ bitSize: Int) {
        let bits: UInt64
        let flt: FloatInfo
        if bitSize == 32 {
            bits = UInt64(Float(val).bitPattern)
            flt = .float32
        } else {
            bits = val.bitPattern
            flt = .float64
        }
        let neg = bits >> UInt64(flt.expbits + flt.mantbits) != 0
        var exp = Int(bits >> UInt64(flt.mantbits)) & ((1 << flt.expbits) - 1)
        var mant = bits & ((UInt64(1) << UInt64(flt.mantbits)) - 1)

        switch exp {
        case (1 << flt.expbits) - 1:
            if mant != 0 {
                dst.append(contentsOf: Array("NaN".utf8))
            } else if neg {
                dst.append(contentsOf: Array("-Inf".utf8))
            } else {
                dst.append(contentsOf: Array("+Inf".utf8))
            }
            return
        case 0:
            exp += 1  // denormalized
        default:
            mant |= UInt64(1) << UInt64(flt.mantbits)  // add implicit top bit
        }
        exp += flt.bias

        if fmt == UInt8(ascii: "b") {
            if neg { dst.append(UInt8(ascii: "-")) }
            appendDecimal(&dst, mant)
            dst.append(UInt8(ascii: "p"))
            let e = exp - flt.mantbits
            if e >= 0 { dst.append(UInt8(ascii: "+")) }
            dst.append(contentsOf: Array(String(e).utf8))
            return
        }
        if fmt == UInt8(ascii: "x") || fmt == UInt8(ascii: "X") {
            fmtX(&dst, precIn, fmt, neg, mant, exp, flt)
            return
        }
        bigFtoa(&dst, precIn, fmt, neg, mant, exp, flt)
    }

    // fmtX: -0x1.yyyyyyyyp±ddd (hexadecimal mantissa and binary exponent).
    static func fmtX(_ dst: inout [UInt8], _ prec: Int, _ fmt: UInt8, _ neg: Bool,
                     _ mantIn: UInt64, _ expIn: Int, _ flt: FloatInfo) {
        var mant = mantIn
        var exp = expIn
        if mant == 0 { exp = 0 }
        // Shift digits so leading 1 (if any) is at bit 1<<60.
        mant <<= UInt64(60 - flt.mantbits)
        while mant != 0 && mant & (1 << 60) == 0 {
            mant <<= 1
            exp -= 1
        }
        // Round if requested.
        if prec >= 0 && prec < 15 {
            let shift = UInt64(prec * 4)
            let extra = (mant << shift) & ((1 << 60) - 1)
            mant >>= 60 - shift
            if extra | (mant & 1) > 1 << 59 { mant += 1 }
            mant <<= 60 - shift
            if mant & (1 << 61) != 0 {
                // Wrapped around.
                mant >>= 1
                exp += 1
            }
        }
        let hex = fmt == UInt8(ascii: "X") ? upperhex : lowerhex
        if neg { dst.append(UInt8(ascii: "-")) }
        dst.append(48)
        dst.append(fmt)
        dst.append(48 + UInt8((mant >> 60) & 1))
        mant <<= 4  // remove leading 0 or 1
        if prec < 0 && mant != 0 {
            dst.append(UInt8(ascii: "."))
            while mant != 0 {
                dst.append(hex[Int((mant >> 60) & 15)])
                mant <<= 4
            }
        } else if prec > 0 {
            dst.append(UInt8(ascii: "."))
            for _ in 0..<prec {
                dst.append(hex[Int((mant >> 60) & 15)])
                mant <<= 4
            }
        }
        dst.append(fmt == UInt8(ascii: "X") ? UInt8(ascii: "P") : UInt8(ascii: "p"))
        if exp < 0 {
            dst.append(UInt8(ascii: "-"))
            exp = -exp
        } else {
            dst.append(UInt8(ascii: "+"))
        }
        if exp < 100 {
            dst.append(UInt8(exp / 10) + 48)
            dst.append(UInt8(exp % 10) + 48)
        } else if exp < 1000 {
            dst.append(UInt8(exp / 100) + 48)
            dst.append(UInt8((exp / 10) % 10) + 48)
            dst.append(UInt8(exp % 10) + 48)
        } else {
            dst.append(UInt8(exp / 1000) + 48)
            dst.append(UInt8((exp / 100) % 10) + 48)
            dst.append(UInt8((exp / 10) % 10) + 48)
            dst.append(UInt8(exp % 10) + 48)
        }
    }

    static func appendDecimal(_ dst: inout [UInt8], _ v: UInt64) {
        dst.append(contentsOf: Array(String(v).utf8))
    }

    // bigFtoa: exact decimal expansion, then shortest or fixed rounding.
    static func bigFtoa(_ dst: inout [UInt8], _ precIn: Int, _ fmt: UInt8, _ neg: Bool,
                        _ mant: UInt64, _ exp: Int, _ flt: FloatInfo, useRyu: Bool = true) {
        var prec = precIn
        // Shortest: Ryū, as Go's genericFtoa does (optimize = true).
        if prec < 0 && useRyu {
            let digs = ryuFtoaShortest(mant, exp - flt.mantbits, flt)
            switch fmt {
            case UInt8(ascii: "e"), UInt8(ascii: "E"): prec = max(digs.nd - 1, 0)
            case UInt8(ascii: "f"): prec = max(digs.nd - digs.dp, 0)
            case UInt8(ascii: "g"), UInt8(ascii: "G"): prec = digs.nd
            default: break
            }
            formatDigits(&dst, true, neg, digs, prec, fmt)
            return
        }
        var d = GoDecimal(shift: exp - flt.mantbits)
        d.assign(mant)
        d.shift(exp - flt.mantbits)
        let shortest = prec < 0
        if shortest {
            roundShortest(&d, mant, exp, flt)
            switch fmt {
            case UInt8(ascii: "e"), UInt8(ascii: "E"): prec = d.nd - 1
            case UInt8(ascii: "f"): prec = max(d.nd - d.dp, 0)
            case UInt8(ascii: "g"), UInt8(ascii: "G"): prec = d.nd
            default: break
            }
        } else {
            switch fmt {
            case UInt8(ascii: "e"), UInt8(ascii: "E"): d.round(prec + 1)
            case UInt8(ascii: "f"): d.round(d.dp + prec)
            case UInt8(ascii: "g"), UInt8(ascii: "G"):
                if prec == 0 { prec = 1 }
                d.round(prec)
            default: break
            }
        }
        let digs = DecimalDigits(d: d.d, nd: d.nd, dp: d.dp)
        formatDigits(&dst, shortest, neg, digs, prec, fmt)
    }

    // formatDigits: choose %e or %f layout (for %g) and render.
    static func formatDigits(_ dst: inout [UInt8], _ shortest: Bool, _ neg: Bool,
                             _ digs: DecimalDigits, _ precIn: Int, _ fmt: UInt8) {
        var prec = precIn
        switch fmt {
        case UInt8(ascii: "e"), UInt8(ascii: "E"):
            fmtE(&dst, neg, digs, prec, fmt)
        case UInt8(ascii: "f"):
            fmtF(&dst, neg, digs, prec)
        case UInt8(ascii: "g"), UInt8(ascii: "G"):
            var eprec = prec
            if eprec > digs.nd && digs.nd >= digs.dp { eprec = digs.nd }
            // %e is used if the exponent from the conversion is less than -4
            // or greater than or equal to the precision. If precision was the
            // shortest possible, use precision 6 for this decision.
            if shortest { eprec = 6 }
            let exp = digs.dp - 1
            if exp < -4 || exp >= eprec {
                if prec > digs.nd { prec = digs.nd }
                fmtE(&dst, neg, digs, prec - 1, fmt + UInt8(ascii: "e") - UInt8(ascii: "g"))
                return
            }
            if prec > digs.dp { prec = digs.nd }
            fmtF(&dst, neg, digs, max(prec - digs.dp, 0))
        default:
            dst.append(UInt8(ascii: "%"))
            dst.append(fmt)
        }
    }

    // roundShortest: round d to the shortest decimal that still reads back
    // as the same float (mant, exp).
    static func roundShortest(_ d: inout GoDecimal, _ mant: UInt64, _ exp: Int, _ flt: FloatInfo) {
        if mant == 0 {
            d.nd = 0
            return
        }
        let minexp = flt.bias + 1
        if exp > minexp && 332 * (d.dp - d.nd) >= 100 * (exp - flt.mantbits) {
            // The number is already shortest.
            return
        }
        var upper = GoDecimal(shift: exp - flt.mantbits - 1)
        upper.assign(mant * 2 + 1)
        upper.shift(exp - flt.mantbits - 1)

        let mantlo: UInt64
        let explo: Int
        if mant > UInt64(1) << UInt64(flt.mantbits) || exp == minexp {
            mantlo = mant - 1
            explo = exp
        } else {
            mantlo = mant * 2 - 1
            explo = exp - 1
        }
        var lower = GoDecimal(shift: explo - flt.mantbits - 1)
        lower.assign(mantlo * 2 + 1)
        lower.shift(explo - flt.mantbits - 1)

        let inclusive = mant % 2 == 0
        var upperdelta: UInt8 = 0
        var ui = 0
        while true {
            let mi = ui - upper.dp + d.dp
            if mi >= d.nd { break }
            let li = ui - upper.dp + lower.dp
            var l: UInt8 = 48
            if li >= 0 && li < lower.nd { l = lower.d[li] }
            var m: UInt8 = 48
            if mi >= 0 { m = d.d[mi] }
            var u: UInt8 = 48
            if ui < upper.nd { u = upper.d[ui] }

            let okdown = l != m || (inclusive && li + 1 == lower.nd)
            if upperdelta == 0 && m + 1 < u {
                upperdelta = 2
            } else if upperdelta == 0 && m != u {
                upperdelta = 1
            } else if upperdelta == 1 && (m != 57 || u != 48) {
                upperdelta = 2
            }
            let okup = upperdelta > 0 && (inclusive || upperdelta > 1 || ui + 1 < upper.nd)
            if okdown && okup {
                d.round(mi + 1)
                return
            } else if okdown {
                d.roundDown(mi + 1)
                return
            } else if okup {
                d.roundUp(mi + 1)
                return
            }
            ui += 1
        }
    }

    // fmtE: -d.ddddde±dd
    static func fmtE(_ dst: inout [UInt8], _ neg: Bool, _ d: DecimalDigits, _ prec: Int, _ fmt: UInt8) {
        if neg { dst.append(UInt8(ascii: "-")) }
        var ch: UInt8 = 48
        if d.nd != 0 { ch = d.d[0] }
        dst.append(ch)
        if prec > 0 {
            dst.append(UInt8(ascii: "."))
            var i = 1
            let m = min(d.nd, prec + 1)
            if i < m {
                dst.append(contentsOf: d.d[i..<m])
                i = m
            }
            while i <= prec {
                dst.append(48)
                i += 1
            }
        }
        dst.append(fmt)
        var exp = d.dp - 1
        if d.nd == 0 { exp = 0 }  // special case: 0 has exponent 0
        if exp < 0 {
            ch = UInt8(ascii: "-")
            exp = -exp
        } else {
            ch = UInt8(ascii: "+")
        }
        dst.append(ch)
        if exp < 10 {
            dst.append(48)
            dst.append(UInt8(exp) + 48)
        } else if exp < 100 {
            dst.append(UInt8(exp / 10) + 48)
            dst.append(UInt8(exp % 10) + 48)
        } else {
            dst.append(UInt8(exp / 100) + 48)
            dst.append(UInt8((exp / 10) % 10) + 48)
            dst.append(UInt8(exp % 10) + 48)
        }
    }

    // fmtF: -ddddddd.ddddd
    static func fmtF(_ dst: inout [UInt8], _ neg: Bool, _ d: DecimalDigits, _ prec: Int) {
        if neg { dst.append(UInt8(ascii: "-")) }
        if d.dp > 0 {
            var m = min(d.nd, d.dp)
            dst.append(contentsOf: d.d[0..<m])
            while m < d.dp {
                dst.append(48)
                m += 1
            }
        } else {
            dst.append(48)
        }
        if prec > 0 {
            dst.append(UInt8(ascii: "."))
            for i in 0..<prec {
                var ch: UInt8 = 48
                let j = d.dp + i
                if 0 <= j && j < d.nd { ch = d.d[j] }
                dst.append(ch)
            }
        }
    }
}
