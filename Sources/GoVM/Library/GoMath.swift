// math: the float64 functions a course program uses. Models Go 1.19
// src/math (Sqrt, Abs, Floor, Ceil, Trunc, Round, Max, Min, Pow, Mod, Inf,
// IsInf, IsNaN, NaN, Signbit, Log, Log2, Log10, Exp, Sin, Cos, Tan, Hypot,
// Cbrt, Atan, Atan2, Pow10) with Go's special cases for Max/Min/Round;
// the transcendental functions use the C library, which is correctly
// rounded where Go's pure-Go versions may differ in the last bit.
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
    /// math.Pow with Go's special cases (C pow agrees on all of them).
    public static func pow(_ x: Double, _ y: Double) -> Double { Glibc.pow(x, y) }

    /// A one-argument function by name (Go's math.Name).
    public static func apply1(_ name: Fn1, _ x: Double) -> Double {
        switch name {
        case .sqrt: return x.squareRoot()
        case .abs: return Swift.abs(x)
        case .floor: return x.rounded(.down)
        case .ceil: return x.rounded(.up)
        case .trunc: return x.rounded(.towardZero)
        case .round: return x.rounded(.toNearestOrAwayFromZero)
        case .log: return Glibc.log(x)
        case .log2: return Glibc.log2(x)
        case .log10: return Glibc.log10(x)
        case .exp: return Glibc.exp(x)
        case .sin: return Glibc.sin(x)
        case .cos: return Glibc.cos(x)
        case .tan: return Glibc.tan(x)
        case .cbrt: return cbrt(x)
        case .atan: return Glibc.atan(x)
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
    /// math.Hypot.
    public static func hypot(_ x: Double, _ y: Double) -> Double { Glibc.hypot(x, y) }
    /// math.Atan2.
    public static func atan2(_ y: Double, _ x: Double) -> Double { Glibc.atan2(y, x) }
}
