// Integer → string. Models Go 1.19 src/strconv/itoa.go (FormatInt,
// FormatUint, Itoa, formatBits) for bases 2...36.

extension Strconv {
    static let digits36: [UInt8] = Array("0123456789abcdefghijklmnopqrstuvwxyz".utf8)

    /// strconv.FormatInt(i, base).
    public static func formatInt(_ i: Int64, _ base: Int) -> [UInt8] {
        var out: [UInt8] = []
        formatBits(&out, UInt64(bitPattern: i), base, negative: i < 0)
        return out
    }
    /// strconv.FormatUint(u, base).
    public static func formatUint(_ u: UInt64, _ base: Int) -> [UInt8] {
        var out: [UInt8] = []
        formatBits(&out, u, base, negative: false)
        return out
    }
    /// strconv.Itoa.
    public static func itoa(_ i: Int64) -> [UInt8] { formatInt(i, 10) }

    // formatBits: digits of u (negated when negative) in base, most significant first.
    static func formatBits(_ dst: inout [UInt8], _ uIn: UInt64, _ base: Int, negative: Bool) {
        precondition(base >= 2 && base <= 36, "strconv: illegal AppendInt/FormatInt base")
        var u = negative ? 0 &- uIn : uIn
        var a = [UInt8](repeating: 0, count: 65)
        var i = 65
        let b = UInt64(base)
        while u >= b {
            i -= 1
            let q = u / b
            a[i] = digits36[Int(u - q * b)]
            u = q
        }
        i -= 1
        a[i] = digits36[Int(u)]
        if negative {
            i -= 1
            a[i] = UInt8(ascii: "-")
        }
        dst.append(contentsOf: a[i...])
    }
}
