// Low-level formatting of one operand with flags, width and precision.
// Models Go 1.19 src/fmt/format.go (type fmt: pad, writePadding,
// fmtBoolean, fmtUnicode, fmtInteger, truncate, fmtS, fmtSbx, fmtQ, fmtC,
// fmtQc, fmtFloat). Leaves out complex numbers and fmtBs's []byte alias.

struct FmtFlags {
    var widPresent = false
    var precPresent = false
    var minus = false
    var plus = false
    var sharp = false
    var space = false
    var zero = false
    // For %+v and %#v: plus/sharp moved here so nested values see them.
    var plusV = false
    var sharpV = false
}

let ldigits: [UInt8] = Array("0123456789abcdefx".utf8)
let udigits: [UInt8] = Array("0123456789ABCDEFX".utf8)

/// Go's `fmt` struct: the output buffer plus the current verb's flags.
struct GoFmtState {
    var buf: [UInt8] = []
    var f = FmtFlags()
    var wid = 0
    var prec = 0

    mutating func clearflags() {
        f = FmtFlags()
        wid = 0
        prec = 0
    }

    // writePadding: n bytes of ' ' or '0'.
    mutating func writePadding(_ n: Int) {
        if n <= 0 { return }
        let padByte: UInt8 = f.zero ? 48 : 32
        buf.append(contentsOf: repeatElement(padByte, count: n))
    }

    // pad: append b, padded to width by rune count.
    mutating func pad<C: Collection>(_ b: C) where C.Element == UInt8 {
        if !f.widPresent || wid == 0 {
            buf.append(contentsOf: b)
            return
        }
        let width = wid - GoUTF8.runeCount(Array(b))
        if !f.minus {
            writePadding(width)
            buf.append(contentsOf: b)
        } else {
            buf.append(contentsOf: b)
            writePadding(width)
        }
    }

    mutating func padString(_ s: String) { pad(Array(s.utf8)) }

    mutating func fmtBoolean(_ v: Bool) { padString(v ? "true" : "false") }

    // fmtUnicode: U+0078 or U+0078 'x' with #.
    mutating func fmtUnicode(_ uIn: UInt64) {
        var u = uIn
        var prec = 4
        if f.precPresent && self.prec > 4 { prec = self.prec }
        var out: [UInt8] = []  // built reversed
        if f.sharp && u <= 0x10FFFF && Strconv.isPrint(Int32(u)) {
            out.append(0x27)
            var enc: [UInt8] = []
            GoUTF8.appendRune(&enc, Int32(u))
            out.append(contentsOf: enc.reversed())
            out.append(0x27)
            out.append(0x20)
        }
        while u >= 16 {
            out.append(udigits[Int(u & 0xF)])
            prec -= 1
            u >>= 4
        }
        out.append(udigits[Int(u)])
        prec -= 1
        while prec > 0 {
            out.append(48)
            prec -= 1
        }
        out.append(UInt8(ascii: "+"))
        out.append(UInt8(ascii: "U"))
        let oldZero = f.zero
        f.zero = false
        pad(out.reversed())
        f.zero = oldZero
    }

    // fmtInteger: integer in base 2, 8, 10 or 16 with sign, precision and zero padding.
    mutating func fmtInteger(_ uIn: UInt64, base: Int, isSigned: Bool, verb: UInt8, digits: [UInt8]) {
        var u = uIn
        let negative = isSigned && Int64(bitPattern: u) < 0
        if negative { u = 0 &- u }
        var prec = 0
        if f.precPresent {
            prec = self.prec
            // Precision of 0 and value of 0 means "print nothing" but padding.
            if prec == 0 && u == 0 {
                let oldZero = f.zero
                f.zero = false
                writePadding(wid)
                f.zero = oldZero
                return
            }
        } else if f.zero && f.widPresent {
            prec = wid
            if negative || f.plus || f.space { prec -= 1 }  // leave room for sign
        }
        // Digits go straight into buf, least significant first, and the
        // run is reversed in place (Go fills intbuf from its end).
        let start = buf.count
        switch base {
        case 10:
            while u >= 10 {
                let next = u / 10
                buf.append(UInt8(48 + (u - next * 10)))
                u = next
            }
        case 16:
            while u >= 16 {
                buf.append(digits[Int(u & 0xF)])
                u >>= 4
            }
        case 8:
            while u >= 8 {
                buf.append(UInt8(48 + u & 7))
                u >>= 3
            }
        default:  // 2
            while u >= 2 {
                buf.append(UInt8(48 + u & 1))
                u >>= 1
            }
        }
        buf.append(digits[Int(u)])
        while prec > buf.count - start { buf.append(48) }
        if f.sharp {
            switch base {
            case 2: buf.append(UInt8(ascii: "b")); buf.append(48)
            case 8: if buf.last != 48 { buf.append(48) }
            case 16: buf.append(digits[16]); buf.append(48)
            default: break
            }
        }
        if verb == UInt8(ascii: "O") {
            buf.append(UInt8(ascii: "o"))
            buf.append(48)
        }
        if negative {
            buf.append(UInt8(ascii: "-"))
        } else if f.plus {
            buf.append(UInt8(ascii: "+"))
        } else if f.space {
            buf.append(UInt8(ascii: " "))
        }
        buf[start...].reverse()
        // pad: the digits are ASCII, so the rune count is the byte count;
        // zero padding was handled above, so padding is spaces.
        let n = buf.count - start
        if f.widPresent && wid > n {
            if f.minus {
                buf.append(contentsOf: repeatElement(32, count: wid - n))
            } else {
                buf.insert(contentsOf: repeatElement(32, count: wid - n), at: start)
            }
        }
    }

    // truncate: keep at most prec runes.
    func truncate(_ s: [UInt8]) -> [UInt8] {
        if f.precPresent {
            var n = prec
            var i = 0
            while i < s.count {
                n -= 1
                if n < 0 { return Array(s[..<i]) }
                i += s[i] < 0x80 ? 1 : GoUTF8.decodeRune(s, i).width
            }
        }
        return s
    }

    mutating func fmtS(_ s: [UInt8]) { pad(truncate(s)) }

    // fmtSbx: hex of a string or byte slice (%x %X, with ' ' and '#').
    mutating func fmtSbx(_ s: [UInt8], digits: [UInt8]) {
        var length = s.count
        if f.precPresent && prec < length { length = prec }
        var width = 2 * length
        if width > 0 {
            if f.space {
                if f.sharp { width *= 2 }
                width += length - 1
            } else if f.sharp {
                width += 2
            }
        } else {
            if f.widPresent { writePadding(wid) }
            return
        }
        if f.widPresent && wid > width && !f.minus { writePadding(wid - width) }
        if f.sharp { buf.append(48); buf.append(digits[16]) }
        for i in 0..<length {
            if f.space && i > 0 {
                buf.append(32)
                if f.sharp { buf.append(48); buf.append(digits[16]) }
            }
            let c = s[i]
            buf.append(digits[Int(c >> 4)])
            buf.append(digits[Int(c & 0xF)])
        }
        if f.widPresent && wid > width && f.minus { writePadding(wid - width) }
    }

    // fmtQ: double-quoted (or `raw` with #) Go string.
    mutating func fmtQ(_ sIn: [UInt8]) {
        let s = truncate(sIn)
        if f.sharp && Strconv.canBackquote(s) {
            pad([0x60] + s + [0x60])
            return
        }
        if f.plus {
            pad(Strconv.quoteToASCII(s))
        } else {
            pad(Strconv.quote(s))
        }
    }

    // fmtC: the character.
    mutating func fmtC(_ c: UInt64) {
        let r: Int32 = c > 0x10FFFF ? GoUTF8.runeError : Int32(c)
        var out: [UInt8] = []
        GoUTF8.appendRune(&out, r)
        pad(out)
    }

    // fmtQc: single-quoted character.
    mutating func fmtQc(_ c: UInt64) {
        let r: Int32 = c > 0x10FFFF ? GoUTF8.runeError : Int32(c)
        if f.plus {
            pad(Strconv.quoteRuneToASCII(r))
        } else {
            pad(Strconv.quoteRune(r))
        }
    }

    // fmtFloat: strconv formatting plus sign, zero padding and '#'.
    mutating func fmtFloat(_ v: Double, size: Int, verb: UInt8, prec precIn: Int) {
        let prec = f.precPresent ? self.prec : precIn
        var num: [UInt8] = [0]
        Strconv.appendFloat(&num, v, verb, prec, size)
        // Ensure a sign is present: num[0] is a placeholder.
        if num[1] == UInt8(ascii: "-") || num[1] == UInt8(ascii: "+") {
            num.removeFirst()
        } else {
            num[0] = UInt8(ascii: "+")
        }
        if f.space && num[0] == UInt8(ascii: "+") && !f.plus { num[0] = 32 }
        // Special handling for infinities and NaN, which don't look like a number.
        if num[1] == UInt8(ascii: "I") || num[1] == UInt8(ascii: "N") {
            let oldZero = f.zero
            f.zero = false
            if num[1] == UInt8(ascii: "N") && !f.space && !f.plus { num.removeFirst() }
            pad(num)
            f.zero = oldZero
            return
        }
        // '#': keep the decimal point and trailing zeros.
        if f.sharp && verb != UInt8(ascii: "b") {
            var digits = 0
            switch verb {
            case UInt8(ascii: "v"), UInt8(ascii: "g"), UInt8(ascii: "G"), UInt8(ascii: "x"):
                digits = prec
                if digits == -1 { digits = 6 }  // %e is used if the exponent ≥ precision
            default: break
            }
            var tail: [UInt8] = []
            var hasDecimalPoint = false
            var sawNonzeroDigit = false
            var i = 1
            while i < num.count {
                let c = num[i]
                if c == UInt8(ascii: ".") {
                    hasDecimalPoint = true
                } else if c == UInt8(ascii: "p") || c == UInt8(ascii: "P") {
                    tail.append(contentsOf: num[i...])
                    num.removeSubrange(i...)
                    break
                } else if (c == UInt8(ascii: "e") || c == UInt8(ascii: "E")) && verb != UInt8(ascii: "x") && verb != UInt8(ascii: "X") {
                    tail.append(contentsOf: num[i...])
                    num.removeSubrange(i...)
                    break
                } else {
                    if c != 48 { sawNonzeroDigit = true }
                    if sawNonzeroDigit { digits -= 1 }
                }
                i += 1
            }
            if !hasDecimalPoint {
                if num.count == 2 && num[1] == 48 { digits -= 1 }  // leading 0 counts as a digit
                num.append(UInt8(ascii: "."))
            }
            while digits > 0 {
                num.append(48)
                digits -= 1
            }
            num.append(contentsOf: tail)
        }
        // The sign is printed only with '+' or when negative.
        if f.plus || num[0] != UInt8(ascii: "+") {
            // Zero padding goes after the sign.
            if f.zero && f.widPresent && wid > num.count {
                buf.append(num[0])
                writePadding(wid - num.count)
                buf.append(contentsOf: num[1...])
                return
            }
            pad(num)
            return
        }
        pad(num[1...])
    }
}
