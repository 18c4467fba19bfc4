// String → float and bool with Go's syntax and errors. Models Go 1.19
// src/strconv/atof.go (ParseFloat, special, readFloat: sign, decimal and
// 0x hex mantissas, exponents, underscores after a base prefix, inf/
// infinity/nan in any case) and atob.go (ParseBool, FormatBool). The
// value itself comes from the C library's correctly rounded strtod/strtof
// (through Swift's Double/Float(String)), which is what Go's
// Eisel-Lemire + decimal fallback also computes: the correctly rounded
// value, rounding straight to float32 for bitSize 32.

extension Strconv {
    /// strconv.ParseFloat(s, bitSize): the value and Go's NumError
    /// (syntax → 0; overflow → ±Inf with "value out of range").
    public static func parseFloat(_ s: [UInt8], _ bitSize: Int) -> (value: Double, error: StrconvNumError?) {
        let fn = "ParseFloat"
        let (f, n, err) = parseFloatPrefix(s, bitSize)
        if n != s.count && (err == nil || err!.reason != .syntax) {
            return (0, StrconvNumError(fn: fn, num: s, reason: .syntax))
        }
        return (f, err)
    }

    static func parseFloatPrefix(_ s: [UInt8], _ bitSize: Int) -> (Double, Int, StrconvNumError?) {
        let fn = "ParseFloat"
        if let (val, n) = special(s) {
            // math.NaN() is 0x7FF8000000000001; as a float32 it becomes the quiet NaN.
            if val.isNaN { return (bitSize == 32 ? Double(Float.nan) : Double(bitPattern: 0x7FF8_0000_0000_0001), n, nil) }
            return (val, n, nil)
        }
        guard let (n, hex) = readFloat(s) else {
            return (0, 0, StrconvNumError(fn: fn, num: s, reason: .syntax))
        }
        // The digits are valid Go syntax; let strtod do the rounding.
        var text = String(decoding: s[0..<n].filter { $0 != UInt8(ascii: "_") }, as: UTF8.self)
        if hex, text.first == "+" { text.removeFirst() }  // keep strtod on its documented path
        let value: Double?
        if bitSize == 32 {
            value = Float(text).map { Double($0) }
        } else {
            value = Double(text)
        }
        guard let v = value else { return (0, n, StrconvNumError(fn: fn, num: s, reason: .syntax)) }
        if v.isInfinite { return (v, n, StrconvNumError(fn: fn, num: s, reason: .range)) }
        return (v, n, nil)
    }

    // special: ±inf, ±infinity, nan (any case); (value, bytes consumed).
    static func special(_ s: [UInt8]) -> (Double, Int)? {
        if s.isEmpty { return nil }
        func commonPrefixLenIgnoreCase(_ from: Int, _ prefix: String) -> Int {
            let p = Array(prefix.utf8)
            var n = 0
            while n < p.count && from + n < s.count {
                var c = s[from + n]
                if UInt8(ascii: "A") <= c && c <= UInt8(ascii: "Z") { c += UInt8(ascii: "a") - UInt8(ascii: "A") }
                if c != p[n] { break }
                n += 1
            }
            return n
        }
        var sign = 1.0
        var nsign = 0
        switch s[0] {
        case UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "i"), UInt8(ascii: "I"):
            if s[0] == UInt8(ascii: "-") { sign = -1 }
            if s[0] == UInt8(ascii: "+") || s[0] == UInt8(ascii: "-") { nsign = 1 }
            var n = commonPrefixLenIgnoreCase(nsign, "infinity")
            // Anything longer than "inf" is ok, but if we don't have "infinity", only consume "inf".
            if 3 < n && n < 8 { n = 3 }
            if n == 3 || n == 8 { return (sign * .infinity, nsign + n) }
        case UInt8(ascii: "n"), UInt8(ascii: "N"):
            if commonPrefixLenIgnoreCase(0, "nan") == 3 { return (.nan, 3) }
        default: break
        }
        return nil
    }

    // readFloat: validate Go float syntax; (bytes consumed, hex) or nil.
    static func readFloat(_ s: [UInt8]) -> (Int, Bool)? {
        var underscores = false
        var i = 0
        if i >= s.count { return nil }
        if s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-") { i += 1 }
        var base = 10
        var expChar = UInt8(ascii: "e")
        var hex = false
        if i + 2 < s.count && s[i] == UInt8(ascii: "0") && lower(s[i + 1]) == UInt8(ascii: "x") {
            base = 16
            i += 2
            expChar = UInt8(ascii: "p")
            hex = true
        }
        var sawdot = false
        var sawdigits = false
        loop: while i < s.count {
            let c = s[i]
            if c == UInt8(ascii: "_") {
                underscores = true
            } else if c == UInt8(ascii: ".") {
                if sawdot { break loop }
                sawdot = true
            } else if UInt8(ascii: "0") <= c && c <= UInt8(ascii: "9") {
                sawdigits = true
            } else if base == 16 && UInt8(ascii: "a") <= lower(c) && lower(c) <= UInt8(ascii: "f") {
                sawdigits = true
            } else {
                break loop
            }
            i += 1
        }
        if !sawdigits { return nil }
        // optional exponent moves decimal point.
        if i < s.count && lower(s[i]) == expChar {
            i += 1
            if i >= s.count { return nil }
            if s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-") { i += 1 }
            if i >= s.count || s[i] < UInt8(ascii: "0") || s[i] > UInt8(ascii: "9") { return nil }
            while i < s.count && ((UInt8(ascii: "0") <= s[i] && s[i] <= UInt8(ascii: "9")) || s[i] == UInt8(ascii: "_")) {
                if s[i] == UInt8(ascii: "_") { underscores = true }
                i += 1
            }
        } else if base == 16 {
            // Must have exponent.
            return nil
        }
        if underscores && !underscoreOK(Array(s[0..<i])) { return nil }
        return (i, hex)
    }

    /// strconv.ParseBool.
    public static func parseBool(_ s: [UInt8]) -> (value: Bool, error: StrconvNumError?) {
        switch String(decoding: s, as: UTF8.self) {
        case "1", "t", "T", "true", "TRUE", "True": return (true, nil)
        case "0", "f", "F", "false", "FALSE", "False": return (false, nil)
        default: return (false, StrconvNumError(fn: "ParseBool", num: s, reason: .syntax))
        }
    }

    /// strconv.FormatBool.
    public static func formatBool(_ b: Bool) -> [UInt8] { Array((b ? "true" : "false").utf8) }
}
