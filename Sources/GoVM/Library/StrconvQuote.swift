// Go string/rune quoting. Models Go 1.19 src/strconv/quote.go
// (appendQuotedWith, appendQuotedRuneWith, appendEscapedRune, IsPrint,
// isInGraphicList, CanBackquote). Leaves out Unquote.

extension Strconv {
    static let lowerhex: [UInt8] = Array("0123456789abcdef".utf8)
    static let upperhex: [UInt8] = Array("0123456789ABCDEF".utf8)

    /// strconv.Quote.
    public static func quote(_ s: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        appendQuotedWith(&out, s, quote: 0x22, asciiOnly: false, graphicOnly: false)
        return out
    }
    /// strconv.QuoteToASCII.
    public static func quoteToASCII(_ s: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        appendQuotedWith(&out, s, quote: 0x22, asciiOnly: true, graphicOnly: false)
        return out
    }
    /// strconv.QuoteRune.
    public static func quoteRune(_ r: Int32) -> [UInt8] {
        var out: [UInt8] = []
        appendQuotedRuneWith(&out, r, quote: 0x27, asciiOnly: false, graphicOnly: false)
        return out
    }
    /// strconv.QuoteRuneToASCII.
    public static func quoteRuneToASCII(_ r: Int32) -> [UInt8] {
        var out: [UInt8] = []
        appendQuotedRuneWith(&out, r, quote: 0x27, asciiOnly: true, graphicOnly: false)
        return out
    }

    static func appendQuotedWith(_ buf: inout [UInt8], _ s: [UInt8], quote: UInt8, asciiOnly: Bool, graphicOnly: Bool) {
        buf.reserveCapacity(buf.count + s.count + 2)
        buf.append(quote)
        var i = 0
        while i < s.count {
            var r = Int32(s[i])
            var width = 1
            if r >= 0x80 { (r, width) = GoUTF8.decodeRune(s, i) }
            if width == 1 && r == GoUTF8.runeError {
                buf.append(0x5C); buf.append(UInt8(ascii: "x"))
                buf.append(lowerhex[Int(s[i] >> 4)])
                buf.append(lowerhex[Int(s[i] & 0xF)])
                i += 1
                continue
            }
            appendEscapedRune(&buf, r, quote: quote, asciiOnly: asciiOnly, graphicOnly: graphicOnly)
            i += width
        }
        buf.append(quote)
    }

    static func appendQuotedRuneWith(_ buf: inout [UInt8], _ rIn: Int32, quote: UInt8, asciiOnly: Bool, graphicOnly: Bool) {
        var r = rIn
        buf.append(quote)
        if !GoUTF8.validRune(r) { r = GoUTF8.runeError }
        appendEscapedRune(&buf, r, quote: quote, asciiOnly: asciiOnly, graphicOnly: graphicOnly)
        buf.append(quote)
    }

    static func appendEscapedRune(_ buf: inout [UInt8], _ rIn: Int32, quote: UInt8, asciiOnly: Bool, graphicOnly: Bool) {
        var r = rIn
        if r == Int32(quote) || r == 0x5C {  // always backslashed
            buf.append(0x5C)
            buf.append(UInt8(r))
            return
        }
        if asciiOnly {
            if r < 0x80 && isPrint(r) {
                buf.append(UInt8(r))
                return
            }
        } else if isPrint(r) || (graphicOnly && isInGraphicList(r)) {
            GoUTF8.appendRune(&buf, r)
            return
        }
        switch r {
        case 0x07: buf.append(contentsOf: [0x5C, UInt8(ascii: "a")])
        case 0x08: buf.append(contentsOf: [0x5C, UInt8(ascii: "b")])
        case 0x0C: buf.append(contentsOf: [0x5C, UInt8(ascii: "f")])
        case 0x0A: buf.append(contentsOf: [0x5C, UInt8(ascii: "n")])
        case 0x0D: buf.append(contentsOf: [0x5C, UInt8(ascii: "r")])
        case 0x09: buf.append(contentsOf: [0x5C, UInt8(ascii: "t")])
        case 0x0B: buf.append(contentsOf: [0x5C, UInt8(ascii: "v")])
        default:
            if r < 0x20 || r == 0x7F {
                buf.append(contentsOf: [0x5C, UInt8(ascii: "x")])
                buf.append(lowerhex[Int((UInt8(truncatingIfNeeded: r)) >> 4)])
                buf.append(lowerhex[Int(UInt8(truncatingIfNeeded: r) & 0xF)])
                return
            }
            if !GoUTF8.validRune(r) { r = 0xFFFD }
            if r < 0x10000 {
                buf.append(contentsOf: [0x5C, UInt8(ascii: "u")])
                var sh: Int32 = 12
                while sh >= 0 {
                    buf.append(lowerhex[Int((r >> sh) & 0xF)])
                    sh -= 4
                }
            } else {
                buf.append(contentsOf: [0x5C, UInt8(ascii: "U")])
                var sh: Int32 = 28
                while sh >= 0 {
                    buf.append(lowerhex[Int((r >> sh) & 0xF)])
                    sh -= 4
                }
            }
        }
    }

    /// strconv.CanBackquote.
    public static func canBackquote(_ s: [UInt8]) -> Bool {
        var i = 0
        while i < s.count {
            let (r, wid) = GoUTF8.decodeRune(s, i)
            i += wid
            if wid > 1 {
                if r == 0xFEFF { return false }  // BOMs are invisible
                continue
            }
            if r == GoUTF8.runeError { return false }
            if (r < 0x20 && r != 0x09) || r == 0x60 || r == 0x7F { return false }
        }
        return true
    }

    // bsearch16/bsearch32: first index with a[i] >= x.
    @inline(__always)
    static func bsearch<T: BinaryInteger>(_ a: [T], _ x: T) -> Int {
        var i = 0, j = a.count
        while i < j {
            let h = i + (j - i) / 2
            if a[h] < x { i = h + 1 } else { j = h }
        }
        return i
    }

    /// strconv.IsPrint (Go 1.19 tables, Unicode 13.0).
    public static func isPrint(_ r: Int32) -> Bool {
        if r <= 0xFF {
            if 0x20 <= r && r <= 0x7E { return true }
            if 0xA1 <= r && r <= 0xFF { return r != 0xAD }
            return false
        }
        if 0 <= r && r < 1 << 16 {
            let rr = UInt16(r)
            let i = bsearch(goIsPrint16, rr)
            if i >= goIsPrint16.count || rr < goIsPrint16[i & ~1] || goIsPrint16[i | 1] < rr { return false }
            let j = bsearch(goIsNotPrint16, rr)
            return j >= goIsNotPrint16.count || goIsNotPrint16[j] != rr
        }
        let rr = UInt32(bitPattern: r)
        let i = bsearch(goIsPrint32, rr)
        if i >= goIsPrint32.count || rr < goIsPrint32[i & ~1] || goIsPrint32[i | 1] < rr { return false }
        if r >= 0x20000 { return true }
        let r16 = UInt16(r - 0x10000)
        let j = bsearch(goIsNotPrint32, r16)
        return j >= goIsNotPrint32.count || goIsNotPrint32[j] != r16
    }

    static func isInGraphicList(_ r: Int32) -> Bool {
        if r > 0xFFFF || r < 0 { return false }
        let rr = UInt16(r)
        let i = bsearch(goIsGraphic, rr)
        return i < goIsGraphic.count && rr == goIsGraphic[i]
    }
}
