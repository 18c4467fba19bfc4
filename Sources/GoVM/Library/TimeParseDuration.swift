// time.ParseDuration, ported from Go 1.19 src/time/format.go (ParseDuration,
// leadingInt, leadingFraction, unitMap, quote) with its exact error texts.

public enum GoTime {
    static let unitMap: [String: UInt64] = [
        "ns": 1, "us": 1_000, "\u{00B5}s": 1_000, "\u{03BC}s": 1_000, "ms": 1_000_000,
        "s": 1_000_000_000, "m": 60_000_000_000, "h": 3_600_000_000_000,
    ]

    /// time's quote: the string in double quotes (ASCII as is, as the
    /// durations a program parses are).
    static func quote(_ s: [UInt8]) -> String { "\"" + String(decoding: s, as: UTF8.self) + "\"" }

    /// leadingInt: the leading [0-9]* as an integer (nil on overflow).
    static func leadingInt(_ s: [UInt8], _ i0: Int) -> (UInt64, Int)? {
        var x: UInt64 = 0
        var i = i0
        while i < s.count, s[i] >= 0x30, s[i] <= 0x39 {
            if x > (UInt64(1) << 63) / 10 { return nil }
            x = x * 10 + UInt64(s[i] - 0x30)
            if x > UInt64(1) << 63 { return nil }
            i += 1
        }
        return (x, i)
    }

    /// leadingFraction: the leading [0-9]* as a fraction x/scale (digits past overflow dropped).
    static func leadingFraction(_ s: [UInt8], _ i0: Int) -> (UInt64, Double, Int) {
        var x: UInt64 = 0
        var scale = 1.0
        var overflow = false
        var i = i0
        while i < s.count, s[i] >= 0x30, s[i] <= 0x39 {
            defer { i += 1 }
            if overflow { continue }
            if x > (UInt64(1) << 63 - 1) / 10 { overflow = true; continue }
            let y = x * 10 + UInt64(s[i] - 0x30)
            if y > UInt64(1) << 63 { overflow = true; continue }
            x = y
            scale *= 10
        }
        return (x, scale, i)
    }

    /// time.ParseDuration: the value, or Go's error text.
    public static func parseDuration(_ s: [UInt8]) -> (Int64, String?) {
        let orig = s
        let invalid = "time: invalid duration " + quote(orig)
        var d: UInt64 = 0
        var neg = false
        var i = 0
        if !s.isEmpty, s[0] == UInt8(ascii: "-") || s[0] == UInt8(ascii: "+") {
            neg = s[0] == UInt8(ascii: "-")
            i = 1
        }
        if Array(s[i...]) == [UInt8(ascii: "0")] { return (0, nil) }
        if i == s.count { return (0, invalid) }
        while i < s.count {
            var v: UInt64 = 0, f: UInt64 = 0
            var scale = 1.0
            if !(s[i] == UInt8(ascii: ".") || (s[i] >= 0x30 && s[i] <= 0x39)) { return (0, invalid) }
            let pl = i
            guard let (lv, li) = leadingInt(s, i) else { return (0, invalid) }
            v = lv; i = li
            let pre = pl != i
            var post = false
            if i < s.count, s[i] == UInt8(ascii: ".") {
                i += 1
                let pl2 = i
                (f, scale, i) = leadingFraction(s, i)
                post = pl2 != i
            }
            if !pre && !post { return (0, invalid) }
            var j = i
            while j < s.count, !(s[j] == UInt8(ascii: ".") || (s[j] >= 0x30 && s[j] <= 0x39)) { j += 1 }
            if j == i { return (0, "time: missing unit in duration " + quote(orig)) }
            let u = Array(s[i..<j])
            i = j
            guard let unit = unitMap[String(decoding: u, as: UTF8.self)] else {
                return (0, "time: unknown unit " + quote(u) + " in duration " + quote(orig))
            }
            if v > (UInt64(1) << 63) / unit { return (0, invalid) }
            v *= unit
            if f > 0 {
                v += UInt64(Double(f) * (Double(unit) / scale))
                if v > UInt64(1) << 63 { return (0, invalid) }
            }
            d += v
            if d > UInt64(1) << 63 { return (0, invalid) }
        }
        if neg { return (0 &- Int64(bitPattern: d), nil) }
        if d > UInt64(1) << 63 - 1 { return (0, invalid) }
        return (Int64(d), nil)
    }
}
