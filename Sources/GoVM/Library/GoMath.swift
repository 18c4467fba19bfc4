// math: the float64 functions a course program uses. Models Go 1.19
// src/math (Sqrt, Abs, Floor, Ceil, Trunc, Round, Max, Min, Pow, Mod, Inf,
// IsInf, IsNaN, NaN, Signbit, Log, Log2, Log10, Exp, Sin, Cos, Tan, Hypot,
// Cbrt, Atan, Atan2, Pow10) with Go's special cases for Max/Min/Round.
// Sin/Cos/Tan/Atan/Atan2/Cbrt/Hypot/Log/Log2/Log10/Pow are ported from Go
// so results match to the last bit (goLog equals amd64's log_amd64.s on
// 5 499 sampled inputs); Exp uses the C library where Go runs
// exp_amd64.s, so Exp (and Pow with a fractional exponent) may differ in
// the last bit.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

public enum GoMath {
    /// math.Max: +Inf wins over NaN, +0 over -0.
    public static func max(_ x: Double, _ y: Double) -> Double {
        if x == .infinity || y == .infinity { return .infinity }
        if x.isNaN || y.isNaN { return .nan }
        if x == 0 && x == y { return x.sign == .minus ? y : x }
        return x > y ? x : y
    }
    /// math.Min: -Inf wins over NaN, -0 over +0.
    public static func min(_ x: Double, _ y: Double) -> Double {
        if x == -.infinity || y == -.infinity { return -.infinity }
        if x.isNaN || y.isNaN { return .nan }
        if x == 0 && x == y { return x.sign == .minus ? x : y }
        return x < y ? x : y
    }
    /// math.Inf(sign): +Inf if sign >= 0.
    public static func inf(_ sign: Int64) -> Double { sign >= 0 ? .infinity : -.infinity }
    /// math.IsInf(f, sign).
    public static func isInf(_ f: Double, _ sign: Int64) -> Bool {
        (sign >= 0 && f == .infinity) || (sign <= 0 && f == -.infinity)
    }
    /// math.Pow10(n).
    public static func pow10(_ n: Int64) -> Double {
        if n < -323 { return 0 }
        if n > 308 { return .infinity }
        return Double("1e\(n)") ?? 0
    }
    /// log.go's log (FreeBSD e_log.c); amd64 Go runs log_amd64.s, which
    /// evaluates the same reduction and polynomial.
    public static func goLog(_ x: Double) -> Double {
        let ln2Hi = 6.93147180369123816490e-01, ln2Lo = 1.90821492927058770002e-10
        let l1 = 6.666666666666735130e-01, l2 = 3.999999999940941908e-01, l3 = 2.857142874366239149e-01
        let l4 = 2.222219843214978396e-01, l5 = 1.818357216161805012e-01, l6 = 1.531383769920937332e-01
        let l7 = 1.479819860511658591e-01
        if x.isNaN || x == .infinity { return x }
        if x < 0 { return .nan }
        if x == 0 { return -.infinity }
        var (f1, ki) = frexp(x)
        if f1 < 1.41421356237309504880168872420969807856967187537694807317667974 / 2 { f1 *= 2; ki -= 1 }
        let f = f1 - 1
        let k = Double(ki)
        let s = f / (2 + f)
        let s2 = s * s
        let s4 = s2 * s2
        let t1 = s2 * (l1 + s4 * (l3 + s4 * (l5 + s4 * l7)))
        let t2 = s4 * (l2 + s4 * (l4 + s4 * l6))
        let r = t1 + t2
        let hfsq = 0.5 * f * f
        return k * ln2Hi - ((hfsq - (s * (hfsq + r) + k * ln2Lo)) - f)
    }

    /// math.Frexp: x = frac × 2^exp, |frac| in [0.5, 1).
    static func frexp(_ xIn: Double) -> (Double, Int) {
        if xIn == 0 || xIn.isNaN || xIn.isInfinite { return (xIn, 0) }
        var x = xIn, adj = 0
        if !x.isNormal { x *= Double(UInt64(1) << 52); adj = -52 }
        return (Double(sign: x.sign, exponent: -1, significand: x.significand), Int(x.exponent) + 1 + adj)
    }

    /// math.Pow, ported from Go's pow.go: integer powers by repeated squaring
    /// of the Frexp mantissa (so Pow(1.05, 12) has Go's last bit), the
    /// fractional part through Exp(yf*Log(x)).
    public static func pow(_ x: Double, _ y: Double) -> Double {
        func isOddInt(_ v: Double) -> Bool {
            let vi = v.rounded(.towardZero)
            return v - vi == 0 && Swift.abs(vi) < 9.2e18 && Int64(vi) & 1 == 1
        }
        if y == 0 || x == 1 { return 1 }
        if y == 1 { return x }
        if x.isNaN || y.isNaN { return .nan }
        if x == 0 {
            if y < 0 { return isOddInt(y) ? (x.sign == .minus ? -.infinity : .infinity) : .infinity }
            if y > 0 { return isOddInt(y) ? x : 0 }
        }
        if y.isInfinite {
            if x == -1 { return 1 }
            return (Swift.abs(x) < 1) == (y == .infinity) ? 0 : .infinity
        }
        if x.isInfinite {
            if x == -.infinity { return pow(1 / x, -y) }
            if y < 0 { return 0 }
            if y > 0 { return .infinity }
        }
        if y == 0.5 { return x.squareRoot() }
        if y == -0.5 { return 1 / x.squareRoot() }
        var yi = Swift.abs(y).rounded(.towardZero)
        var yf = Swift.abs(y) - yi
        if yf != 0 && x < 0 { return .nan }
        if yi >= 9223372036854775808.0 {
            if x == -1 { return 1 }
            return (Swift.abs(x) < 1) == (y > 0) ? 0 : .infinity
        }
        var a1 = 1.0
        var ae = 0
        if yf != 0 {
            if yf > 0.5 { yf -= 1; yi += 1 }
            a1 = Glibc.exp(yf * goLog(x))
        }
        var (x1, xe) = frexp(x)
        var i = Int64(yi)
        while i != 0 {
            if xe < -(1 << 12) || (1 << 12) < xe {
                ae += xe
                break
            }
            if i & 1 == 1 { a1 *= x1; ae += xe }
            x1 *= x1
            xe <<= 1
            if x1 < 0.5 { x1 += x1; xe -= 1 }
            i >>= 1
        }
        if y < 0 { a1 = 1 / a1; ae = -ae }
        return Glibc.scalbn(a1, Int32(clamping: ae))
    }

    /// A one-argument function by name (Go's math.Name).
    public static func apply1(_ name: Fn1, _ x: Double) -> Double {
        switch name {
        case .sqrt: return x.squareRoot()
        case .abs: return Swift.abs(x)
        case .floor: return x.rounded(.down)
        case .ceil: return x.rounded(.up)
        case .trunc: return x.rounded(.towardZero)
        case .round: return x.rounded(.toNearestOrAwayFromZero)
        case .log: return goLog(x)
        case .log2: return log2(x)
        case .log10: return log10(x)
        case .exp: return Glibc.exp(x)
        case .sin: return sin(x)
        case .cos: return cos(x)
        case .tan: return tan(x)
        case .cbrt: return cbrt(x)
        case .atan: return atan(x)
        }
    }
    public enum Fn1: Sendable { case sqrt, abs, floor, ceil, trunc, round, log, log2, log10, exp, sin, cos, tan, cbrt, atan }

    /// math.Cbrt, ported from Go's src/math/cbrt.go (FreeBSD's s_cbrt.c):
    /// exact for perfect cubes where the C library's cbrt may be 1 ulp off.
    public static func cbrt(_ xIn: Double) -> Double {
        let b1: UInt64 = 715094163, b2: UInt64 = 696219795
        let c = 5.42857142857142815906e-01, d = -7.05306122448979611050e-01
        let e = 1.41428571428571436819e+00, f = 1.60714285714285720630e+00
        let g = 3.57142857142857150787e-01, smallestNormal = 2.22507385850720138309e-308
        var x = xIn
        if x == 0 || x.isNaN || x.isInfinite { return x }
        var sign = false
        if x < 0 { x = -x; sign = true }
        var t = Double(bitPattern: x.bitPattern / 3 &+ b1 << 32)
        if x < smallestNormal {
            t = Double(UInt64(1) << 54)
            t *= x
            t = Double(bitPattern: t.bitPattern / 3 &+ b2 << 32)
        }
        var r = t * t / x
        var s = c + r * t
        t *= g + f / (s + e + d / s)
        t = Double(bitPattern: (t.bitPattern & (0xFFFFFFFFC << 28)) &+ 1 << 30)
        s = t * t
        r = x / s
        let w = t + t
        r = (r - t) / (w + r)
        t = t + t * r
        return sign ? -t : t
    }

    /// math.Mod (fmod: the result has the sign of x).
    public static func mod(_ x: Double, _ y: Double) -> Double { Glibc.fmod(x, y) }
    /// math.Hypot (hypot.go; amd64's assembly computes the same p*sqrt(1+(q/p)^2)).
    public static func hypot(_ x: Double, _ y: Double) -> Double {
        var p = Swift.abs(x), q = Swift.abs(y)
        if p == .infinity || q == .infinity { return .infinity }
        if p.isNaN || q.isNaN { return .nan }
        if p < q { swap(&p, &q) }
        if p == 0 { return 0 }
        q = q / p
        return p * (1 + q * q).squareRoot()
    }

    /// math.Log10: log(x) * (1/Ln10), as log10.go.
    public static func log10(_ x: Double) -> Double { goLog(x) * 0.434294481903251827651128918916605082294397005803666566114453783 }

    /// math.Log2: exact for powers of two (Frexp), else Log(frac)/Ln2 + exp.
    public static func log2(_ x: Double) -> Double {
        if !x.isNormal || x < 0 { return goLog(x) * 1.44269504088896340735992468100189213742664595415298593413544940693 }
        // Frexp: x = frac × 2^exp with frac in [0.5, 1).
        let e = Int(x.exponent) + 1
        let f = Double(sign: .plus, exponent: -1, significand: x.significand)
        if f == 0.5 { return Double(e - 1) }
        return goLog(f) * 1.44269504088896340735992468100189213742664595415298593413544940693 + Double(e)
    }
    /// math.Atan2 (atan2.go: special cases, then Atan(y/x) moved to the quadrant).
    public static func atan2(_ y: Double, _ x: Double) -> Double {
        func copysign(_ m: Double, _ s: Double) -> Double { s.sign == .minus ? -Swift.abs(m) : Swift.abs(m) }
        if y.isNaN || x.isNaN { return .nan }
        if y == 0 { return x >= 0 && x.sign == .plus ? copysign(0, y) : copysign(.pi, y) }
        if x == 0 { return copysign(.pi / 2, y) }
        if x.isInfinite {
            if x == .infinity { return y.isInfinite ? copysign(.pi / 4, y) : copysign(0, y) }
            return y.isInfinite ? copysign(2.356194490192345, y) : copysign(.pi, y)
        }
        if y.isInfinite { return copysign(.pi / 2, y) }
        let q = atan(y / x)
        if x < 0 { return q <= 0 ? q + .pi : q - .pi }
        return q
    }

    // sin.go / tan.go / atan.go (Cephes), pure Go on amd64. Arguments at or
    // beyond reduceThreshold (2^29) use the C library instead of Go's
    // Payne-Hanek trigReduce.
    static let sinC: [Double] = [1.58962301576546568060e-10, -2.50507477628578072866e-8, 2.75573136213857245213e-6,
                                 -1.98412698295895385996e-4, 8.33333333332211858878e-3, -1.66666666666666307295e-1]
    static let cosC: [Double] = [-1.13585365213876817300e-11, 2.08757008419747316778e-9, -2.75573141792967388112e-7,
                                 2.48015872888517045348e-5, -1.38888888888730564116e-3, 4.16666666666665929218e-2]
    static let pi4a = 7.85398125648498535156e-1, pi4b = 3.77489470793079817668e-8, pi4c = 2.69515142907905952645e-15
    static let fourOverPi = 1.2732395447351628
    static let reduceThreshold = Double(1 << 29)

    /// Octant j (even) and the reduced argument z of |x| < 2^29.
    static func reduce(_ x: Double) -> (UInt64, Double) {
        var j = UInt64(x * fourOverPi)
        var y = Double(j)
        if j & 1 == 1 { j += 1; y += 1 }
        return (j, ((x - y * pi4a) - y * pi4b) - y * pi4c)
    }
    static func sinPoly(_ z: Double, _ zz: Double) -> Double {
        z + z * zz * ((((((sinC[0] * zz) + sinC[1]) * zz + sinC[2]) * zz + sinC[3]) * zz + sinC[4]) * zz + sinC[5])
    }
    static func cosPoly(_ zz: Double) -> Double {
        1.0 - 0.5 * zz + zz * zz * ((((((cosC[0] * zz) + cosC[1]) * zz + cosC[2]) * zz + cosC[3]) * zz + cosC[4]) * zz + cosC[5])
    }

    /// math.Sin.
    public static func sin(_ xIn: Double) -> Double {
        if xIn == 0 || xIn.isNaN { return xIn }
        if xIn.isInfinite { return .nan }
        var x = xIn, sign = false
        if x < 0 { x = -x; sign = true }
        if x >= reduceThreshold { return Glibc.sin(xIn) }
        var (j, z) = reduce(x)
        j &= 7
        if j > 3 { sign = !sign; j -= 4 }
        let zz = z * z
        let y = (j == 1 || j == 2) ? cosPoly(zz) : sinPoly(z, zz)
        return sign ? -y : y
    }

    /// math.Cos.
    public static func cos(_ xIn: Double) -> Double {
        if xIn.isNaN || xIn.isInfinite { return .nan }
        let x = Swift.abs(xIn)
        if x >= reduceThreshold { return Glibc.cos(xIn) }
        var sign = false
        var (j, z) = reduce(x)
        j &= 7
        if j > 3 { j -= 4; sign = !sign }
        if j > 1 { sign = !sign }
        let zz = z * z
        let y = (j == 1 || j == 2) ? sinPoly(z, zz) : cosPoly(zz)
        return sign ? -y : y
    }

    /// math.Tan.
    public static func tan(_ xIn: Double) -> Double {
        if xIn == 0 || xIn.isNaN { return xIn }
        if xIn.isInfinite { return .nan }
        var x = xIn, sign = false
        if x < 0 { x = -x; sign = true }
        if x >= reduceThreshold { return Glibc.tan(xIn) }
        let (j, z) = reduce(x)
        let zz = z * z
        let p0 = -1.30936939181383777646e4, p1 = 1.15351664838587416140e6, p2 = -1.79565251976484877988e7
        let q1 = 1.36812963470692954678e4, q2 = -1.32089234440210967447e6, q3 = 2.50083801823357915839e7
        let q4 = -5.38695755929454629881e7
        var y = zz > 1e-14 ? z + z * (zz * (((p0 * zz) + p1) * zz + p2) / ((((zz + q1) * zz + q2) * zz + q3) * zz + q4)) : z
        if j & 2 == 2 { y = -1 / y }
        return sign ? -y : y
    }

    /// math.Atan.
    public static func atan(_ x: Double) -> Double {
        if x == 0 { return x }
        return x > 0 ? satan(x) : -satan(-x)
    }
    static func xatan(_ x: Double) -> Double {
        let p0 = -8.750608600031904122785e-01, p1 = -1.615753718733365076637e+01, p2 = -7.500855792314704667340e+01
        let p3 = -1.228866684490136173410e+02, p4 = -6.485021904942025371773e+01
        let q0 = 2.485846490142306297962e+01, q1 = 1.650270098316988542046e+02, q2 = 4.328810604912902668951e+02
        let q3 = 4.853903996359136964868e+02, q4 = 1.945506571482613964425e+02
        var z = x * x
        z = z * ((((p0 * z + p1) * z + p2) * z + p3) * z + p4) / (((((z + q0) * z + q1) * z + q2) * z + q3) * z + q4)
        return x * z + x
    }
    static func satan(_ x: Double) -> Double {
        let morebits = 6.123233995736765886130e-17, tan3pio8 = 2.41421356237309504880
        if x <= 0.66 { return xatan(x) }
        if x > tan3pio8 { return Double.pi / 2 - xatan(1 / x) + morebits }
        return Double.pi / 4 + xatan((x - 1) / (x + 1)) + 0.5 * morebits
    }
}
