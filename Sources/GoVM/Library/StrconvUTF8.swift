// UTF-8 decoding/encoding with Go's rules. Models Go 1.19
// src/unicode/utf8/utf8.go (DecodeRune, EncodeRune, RuneLen, ValidRune,
// RuneCount): invalid input decodes as (RuneError, 1); surrogates and
// values above MaxRune encode as U+FFFD.

public enum GoUTF8 {
    public static let runeError: Int32 = 0xFFFD
    public static let maxRune: Int32 = 0x10FFFF

    /// utf8.DecodeRune on bytes[i...]: (rune, width). Empty input → (RuneError, 0).
    @inline(__always)
    public static func decodeRune(_ p: [UInt8], _ i: Int) -> (rune: Int32, width: Int) {
        let n = p.count - i
        if n < 1 { return (runeError, 0) }
        let p0 = p[i]
        if p0 < 0x80 { return (Int32(p0), 1) }
        // Leading byte classes (Go's `first` table, decoded by range).
        let need: Int
        var lo: UInt8 = 0x80, hi: UInt8 = 0xBF
        switch p0 {
        case 0xC2...0xDF: need = 2
        case 0xE0: need = 3; lo = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: need = 3
        case 0xED: need = 3; hi = 0x9F
        case 0xF0: need = 4; lo = 0x90
        case 0xF1...0xF3: need = 4
        case 0xF4: need = 4; hi = 0x8F
        default: return (runeError, 1)
        }
        if n < need { return (runeError, 1) }
        let b1 = p[i + 1]
        if b1 < lo || hi < b1 { return (runeError, 1) }
        if need == 2 {
            return (Int32(p0 & 0x1F) << 6 | Int32(b1 & 0x3F), 2)
        }
        let b2 = p[i + 2]
        if b2 < 0x80 || 0xBF < b2 { return (runeError, 1) }
        if need == 3 {
            return (Int32(p0 & 0x0F) << 12 | Int32(b1 & 0x3F) << 6 | Int32(b2 & 0x3F), 3)
        }
        let b3 = p[i + 3]
        if b3 < 0x80 || 0xBF < b3 { return (runeError, 1) }
        return (Int32(p0 & 0x07) << 18 | Int32(b1 & 0x3F) << 12 | Int32(b2 & 0x3F) << 6 | Int32(b3 & 0x3F), 4)
    }

    /// utf8.ValidRune.
    @inline(__always)
    public static func validRune(_ r: Int32) -> Bool {
        (0 <= r && r < 0xD800) || (0xDFFF < r && r <= maxRune)
    }

    /// utf8.EncodeRune appended to dst (invalid runes encode as U+FFFD).
    public static func appendRune(_ dst: inout [UInt8], _ rIn: Int32) {
        var r = rIn
        if r >= 0 && r < 0x80 {
            dst.append(UInt8(r))
            return
        }
        if !validRune(r) { r = runeError }
        let u = UInt32(r)
        if u < 0x800 {
            dst.append(0xC0 | UInt8(u >> 6))
            dst.append(0x80 | UInt8(u & 0x3F))
        } else if u < 0x10000 {
            dst.append(0xE0 | UInt8(u >> 12))
            dst.append(0x80 | UInt8((u >> 6) & 0x3F))
            dst.append(0x80 | UInt8(u & 0x3F))
        } else {
            dst.append(0xF0 | UInt8(u >> 18))
            dst.append(0x80 | UInt8((u >> 12) & 0x3F))
            dst.append(0x80 | UInt8((u >> 6) & 0x3F))
            dst.append(0x80 | UInt8(u & 0x3F))
        }
    }

    /// utf8.RuneLen (-1 for invalid runes).
    public static func runeLen(_ r: Int32) -> Int {
        if r < 0 { return -1 }
        if r < 0x80 { return 1 }
        if r < 0x800 { return 2 }
        if 0xD800 <= r && r <= 0xDFFF { return -1 }
        if r < 0x10000 { return 3 }
        if r <= maxRune { return 4 }
        return -1
    }

    /// utf8.RuneCount.
    public static func runeCount(_ p: [UInt8]) -> Int {
        var i = 0, n = 0
        while i < p.count {
            if p[i] < 0x80 { i += 1 } else { i += decodeRune(p, i).width }
            n += 1
        }
        return n
    }
}
