// String → integer with Go's errors. Models Go 1.19 src/strconv/atoi.go
// (Atoi, ParseInt, ParseUint, NumError.Error, underscoreOK). The error is
// returned as data (function name, input, reason) plus its exact Error()
// text; the interpreter wraps it in a *strconv.NumError value.

/// strconv.NumError as data.
public struct StrconvNumError: Sendable, Equatable, Error {
    public enum Reason: Sendable, Equatable {
        case syntax  // strconv.ErrSyntax: "invalid syntax"
        case range   // strconv.ErrRange: "value out of range"
        case base(Int)
        case bitSize(Int)
        public var text: String {
            switch self {
            case .syntax: return "invalid syntax"
            case .range: return "value out of range"
            case .base(let b): return "invalid base \(b)"
            case .bitSize(let b): return "invalid bit size \(b)"
            }
        }
    }
    public var fn: String
    public var num: [UInt8]
    public var reason: Reason
    /// NumError.Error(): `strconv.Atoi: parsing "x": invalid syntax`.
    public var message: [UInt8] {
        Array("strconv.\(fn): parsing ".utf8) + Strconv.quote(num) + Array(": \(reason.text)".utf8)
    }
}

extension Strconv {
    @inline(__always) static func lower(_ c: UInt8) -> UInt8 { c | (UInt8(ascii: "x") - UInt8(ascii: "X")) }

    /// strconv.Atoi (int is 64-bit). On error the value is what Go returns
    /// alongside it (0 for syntax, the clamped bound for range).
    public static func atoi(_ s: [UInt8]) -> (value: Int64, error: StrconvNumError?) {
        let sLen = s.count
        if 0 < sLen && sLen < 19 {
            var i = 0
            if s[0] == UInt8(ascii: "-") || s[0] == UInt8(ascii: "+") {
                i = 1
                if sLen < 2 { return (0, StrconvNumError(fn: "Atoi", num: s, reason: .syntax)) }
            }
            var n: Int64 = 0
            while i < sLen {
                let ch = s[i] &- 48
                if ch > 9 { return (0, StrconvNumError(fn: "Atoi", num: s, reason: .syntax)) }
                n = n * 10 + Int64(ch)
                i += 1
            }
            if s[0] == UInt8(ascii: "-") { n = -n }
            return (n, nil)
        }
        var (v, err) = parseInt(s, 10, 0)
        if err != nil { err!.fn = "Atoi" }
        return (v, err)
    }

    /// strconv.ParseInt.
    public static func parseInt(_ s0: [UInt8], _ base: Int, _ bitSizeIn: Int) -> (value: Int64, error: StrconvNumError?) {
        if s0.isEmpty { return (0, StrconvNumError(fn: "ParseInt", num: s0, reason: .syntax)) }
        var s = s0[...]
        var neg = false
        if s.first == UInt8(ascii: "+") {
            s = s.dropFirst()
        } else if s.first == UInt8(ascii: "-") {
            neg = true
            s = s.dropFirst()
        }
        let (un, err) = parseUint(Array(s), base, bitSizeIn)
        if let e = err, e.reason != .range {
            return (0, StrconvNumError(fn: "ParseInt", num: s0, reason: e.reason))
        }
        let bitSize = bitSizeIn == 0 ? 64 : bitSizeIn
        let cutoff = UInt64(1) << UInt64(bitSize - 1)
        if !neg && un >= cutoff {
            return (Int64(bitPattern: cutoff - 1), StrconvNumError(fn: "ParseInt", num: s0, reason: .range))
        }
        if neg && un > cutoff {
            return (0 &- Int64(bitPattern: cutoff), StrconvNumError(fn: "ParseInt", num: s0, reason: .range))
        }
        var n = Int64(bitPattern: un)
        if neg { n = 0 &- n }
        return (n, nil)
    }

    /// strconv.ParseUint.
    public static func parseUint(_ s0: [UInt8], _ baseIn: Int, _ bitSizeIn: Int) -> (value: UInt64, error: StrconvNumError?) {
        let fn = "ParseUint"
        if s0.isEmpty { return (0, StrconvNumError(fn: fn, num: s0, reason: .syntax)) }
        var base = baseIn
        let base0 = base == 0
        var s = s0[...]
        if 2 <= base && base <= 36 {
        } else if base == 0 {
            base = 10
            if s0[0] == UInt8(ascii: "0") {
                if s0.count >= 3 && lower(s0[1]) == UInt8(ascii: "b") {
                    base = 2; s = s0[2...]
                } else if s0.count >= 3 && lower(s0[1]) == UInt8(ascii: "o") {
                    base = 8; s = s0[2...]
                } else if s0.count >= 3 && lower(s0[1]) == UInt8(ascii: "x") {
                    base = 16; s = s0[2...]
                } else {
                    base = 8; s = s0[1...]
                }
            }
        } else {
            return (0, StrconvNumError(fn: fn, num: s0, reason: .base(base)))
        }
        var bitSize = bitSizeIn
        if bitSize == 0 {
            bitSize = 64
        } else if bitSize < 0 || bitSize > 64 {
            return (0, StrconvNumError(fn: fn, num: s0, reason: .bitSize(bitSize)))
        }
        let cutoff = UInt64.max / UInt64(base) + 1
        let maxVal: UInt64 = bitSize == 64 ? UInt64.max : (UInt64(1) << UInt64(bitSize)) - 1
        var underscores = false
        var n: UInt64 = 0
        for c in s {
            let d: UInt8
            if c == UInt8(ascii: "_") && base0 {
                underscores = true
                continue
            } else if 48 <= c && c <= 57 {
                d = c - 48
            } else if UInt8(ascii: "a") <= lower(c) && lower(c) <= UInt8(ascii: "z") {
                d = lower(c) - UInt8(ascii: "a") + 10
            } else {
                return (0, StrconvNumError(fn: fn, num: s0, reason: .syntax))
            }
            if Int(d) >= base { return (0, StrconvNumError(fn: fn, num: s0, reason: .syntax)) }
            if n >= cutoff { return (maxVal, StrconvNumError(fn: fn, num: s0, reason: .range)) }
            n = n &* UInt64(base)
            let n1 = n &+ UInt64(d)
            if n1 < n || n1 > maxVal { return (maxVal, StrconvNumError(fn: fn, num: s0, reason: .range)) }
            n = n1
        }
        if underscores && !underscoreOK(s0) { return (0, StrconvNumError(fn: fn, num: s0, reason: .syntax)) }
        return (n, nil)
    }

    static func underscoreOK(_ sIn: [UInt8]) -> Bool {
        var saw: UInt8 = UInt8(ascii: "^")
        var s = sIn[...]
        if let f = s.first, f == UInt8(ascii: "-") || f == UInt8(ascii: "+") { s = s.dropFirst() }
        let a = Array(s)
        var i = 0
        var hex = false
        if a.count >= 2 && a[0] == 48 && (lower(a[1]) == UInt8(ascii: "b") || lower(a[1]) == UInt8(ascii: "o") || lower(a[1]) == UInt8(ascii: "x")) {
            i = 2
            saw = 48
            hex = lower(a[1]) == UInt8(ascii: "x")
        }
        while i < a.count {
            if (48 <= a[i] && a[i] <= 57) || (hex && UInt8(ascii: "a") <= lower(a[i]) && lower(a[i]) <= UInt8(ascii: "f")) {
                saw = 48
            } else if a[i] == UInt8(ascii: "_") {
                if saw != 48 { return false }
                saw = UInt8(ascii: "_")
            } else {
                if saw == UInt8(ascii: "_") { return false }
                saw = UInt8(ascii: "!")
            }
            i += 1
        }
        return saw != UInt8(ascii: "_")
    }
}
