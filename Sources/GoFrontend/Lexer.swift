// The Go scanner: tokens, literals, comments and automatic semicolons.
// Models cmd/compile/internal/syntax/scanner.go (next, number, stdString,
// rawString, rune, escape, lineComment/fullComment, nlsemi) including its
// error messages. Columns are byte columns, as the Go compiler reports.

struct Lexer {
    let src: [UInt8]
    private(set) var pos = 0
    private var line: Int32 = 1
    private var lineStart = 0
    /// Insert a semicolon at the next newline / EOF (Go's `nlsemi`).
    private var nlsemi = false

    // Current token.
    var tok: Token = .eof
    var tokPos = Pos.none
    /// Literal text for .ident and literal tokens; "newline"/"EOF" for
    /// automatic semicolons (used in messages like `unexpected newline`).
    var lit: String = ""
    /// Operator precedence/kind for binary op tokens is in `tok`.

    var errors: [Diagnostic] = []
    /// When set, comments are recorded (start, byte length) for highlighting.
    var keepComments = false
    var comments: [(Pos, Int)] = []

    init(_ text: String) {
        src = Array(text.utf8)
        // A leading BOM is skipped like the Go scanner does.
        if src.count >= 3 && src[0] == 0xEF && src[1] == 0xBB && src[2] == 0xBF { pos = 3; lineStart = 3 }
    }

    private func here() -> Pos { Pos(line: line, col: Int32(pos - lineStart + 1), offset: Int32(pos)) }
    private func at(_ p: Int) -> Pos { Pos(line: line, col: Int32(p - lineStart + 1), offset: Int32(p)) }

    private mutating func error(_ p: Pos, _ msg: String) {
        errors.append(Diagnostic(pos: p, message: msg))
    }

    private var cur: UInt8 { pos < src.count ? src[pos] : 0 }
    private func peek(_ k: Int = 1) -> UInt8 { pos + k < src.count ? src[pos + k] : 0 }

    private mutating func newline() { line += 1; lineStart = pos }

    /// Advances to the next token.
    mutating func next() {
        let semi = nlsemi
        nlsemi = false
        // skip whitespace
        while pos < src.count {
            let c = src[pos]
            if c == 0x20 || c == 0x09 || c == 0x0D { pos += 1; continue }
            if c == 0x0A {
                if semi { tok = .semicolon; tokPos = here(); lit = "newline"; pos += 1; newline(); return }
                pos += 1; newline(); continue
            }
            break
        }
        tokPos = here()
        lit = ""
        if pos >= src.count {
            if semi { tok = .semicolon; lit = "EOF"; return }
            tok = .eof; return
        }
        let c = src[pos]
        if isLetter(c) || c >= 0x80 {
            if c >= 0x80 {
                let (scalar, n) = decodeRune(pos)
                if !(scalar.properties.isAlphabetic || scalar.properties.generalCategory == .decimalNumber) {
                    error(tokPos, "invalid character \(unicodeRepr(scalar)) in identifier")
                    pos += n
                    next(); return
                }
            }
            identOrKeyword(); return
        }
        if isDigit(c) || (c == UInt8(ascii: ".") && isDigit(peek())) { number(); return }
        pos += 1
        switch c {
        case UInt8(ascii: "\""): stdString()
        case UInt8(ascii: "`"): rawString()
        case UInt8(ascii: "'"): runeLit()
        case UInt8(ascii: "("): tok = .lparen
        case UInt8(ascii: "["): tok = .lbrack
        case UInt8(ascii: "{"): tok = .lbrace
        case UInt8(ascii: ","): tok = .comma
        case UInt8(ascii: ";"): tok = .semicolon; lit = "semicolon"
        case UInt8(ascii: ")"): tok = .rparen; nlsemi = true
        case UInt8(ascii: "]"): tok = .rbrack; nlsemi = true
        case UInt8(ascii: "}"): tok = .rbrace; nlsemi = true
        case UInt8(ascii: ":"):
            if cur == UInt8(ascii: "=") { pos += 1; tok = .define } else { tok = .colon }
        case UInt8(ascii: "."):
            if cur == UInt8(ascii: ".") && peek() == UInt8(ascii: ".") { pos += 2; tok = .ellipsis } else { tok = .period }
        case UInt8(ascii: "+"):
            if cur == UInt8(ascii: "+") { pos += 1; tok = .inc; nlsemi = true } else { op(.add, .addAssign) }
        case UInt8(ascii: "-"):
            if cur == UInt8(ascii: "-") { pos += 1; tok = .dec; nlsemi = true } else { op(.sub, .subAssign) }
        case UInt8(ascii: "*"): op(.mul, .mulAssign)
        case UInt8(ascii: "/"):
            if cur == UInt8(ascii: "/") {
                // line comment: acts like a newline
                let start = pos - 1
                while pos < src.count && src[pos] != 0x0A { pos += 1 }
                if keepComments { comments.append((tokPos, pos - start)) }
                if semi { tok = .semicolon; lit = "newline"; tokPos = here(); return }
                next(); return
            }
            if cur == UInt8(ascii: "*") {
                pos += 1
                var sawNewline = false
                var closed = false
                while pos < src.count {
                    if src[pos] == UInt8(ascii: "*") && peek() == UInt8(ascii: "/") { pos += 2; closed = true; break }
                    if src[pos] == 0x0A { pos += 1; newline(); sawNewline = true; continue }
                    pos += 1
                }
                if !closed { error(tokPos, "comment not terminated") }
                if keepComments { comments.append((tokPos, Int(pos) - Int(tokPos.offset))) }
                if semi && (sawNewline || pos >= src.count) { tok = .semicolon; lit = "newline"; return }
                nlsemi = semi
                next(); return
            }
            op(.quo, .quoAssign)
        case UInt8(ascii: "%"): op(.rem, .remAssign)
        case UInt8(ascii: "^"): op(.xor, .xorAssign)
        case UInt8(ascii: "<"):
            if cur == UInt8(ascii: "-") { pos += 1; tok = .arrow }
            else if cur == UInt8(ascii: "<") { pos += 1; op(.shl, .shlAssign) }
            else if cur == UInt8(ascii: "=") { pos += 1; tok = .leq }
            else { tok = .lss }
        case UInt8(ascii: ">"):
            if cur == UInt8(ascii: ">") { pos += 1; op(.shr, .shrAssign) }
            else if cur == UInt8(ascii: "=") { pos += 1; tok = .geq }
            else { tok = .gtr }
        case UInt8(ascii: "="):
            if cur == UInt8(ascii: "=") { pos += 1; tok = .eql } else { tok = .assign }
        case UInt8(ascii: "!"):
            if cur == UInt8(ascii: "=") { pos += 1; tok = .neq } else { tok = .not }
        case UInt8(ascii: "&"):
            if cur == UInt8(ascii: "&") { pos += 1; tok = .land }
            else if cur == UInt8(ascii: "^") { pos += 1; op(.andNot, .andNotAssign) }
            else { op(.and, .andAssign) }
        case UInt8(ascii: "|"):
            if cur == UInt8(ascii: "|") { pos += 1; tok = .lor } else { op(.or, .orAssign) }
        case UInt8(ascii: "~"): tok = .tilde
        default:
            pos -= 1
            let (scalar, n) = decodeRune(pos)
            error(tokPos, "invalid character \(unicodeRepr(scalar))")
            pos += n
            nlsemi = semi
            next()
        }
    }

    private mutating func op(_ plain: Token, _ assign: Token) {
        if cur == UInt8(ascii: "=") { pos += 1; tok = assign } else { tok = plain }
    }

    private mutating func identOrKeyword() {
        let start = pos
        while pos < src.count {
            let c = src[pos]
            if isLetter(c) || isDigit(c) { pos += 1; continue }
            if c >= 0x80 {
                let (s, n) = decodeRune(pos)
                if s.properties.isAlphabetic || s.properties.generalCategory == .decimalNumber { pos += n; continue }
            }
            break
        }
        lit = String(decoding: src[start..<pos], as: UTF8.self)
        if let kw = Token.keywords[lit] {
            tok = kw
            nlsemi = kw == .kwBreak || kw == .kwContinue || kw == .kwFallthrough || kw == .kwReturn
        } else {
            tok = .ident
            nlsemi = true
        }
    }

    // MARK: numbers (scanner.number)

    private mutating func number() {
        let start = pos
        nlsemi = true
        var base = 10
        var prefix: UInt8 = 0
        var invalidDigit: (Int, UInt8)? = nil
        var sepError = false
        var isFloat = false
        var digsep = 0   // bit 0: digit present, bit 1: '_' present

        func digits(_ base: Int, _ lx: inout Lexer) -> Int {
            var ds = 0
            if base <= 10 {
                let max = UInt8(ascii: "0") + UInt8(base)
                while lx.pos < lx.src.count, isDigit(lx.src[lx.pos]) || lx.src[lx.pos] == UInt8(ascii: "_") {
                    let c = lx.src[lx.pos]
                    var d = 1
                    if c == UInt8(ascii: "_") { d = 2 } else if c >= max && invalidDigit == nil { invalidDigit = (lx.pos, c) }
                    ds |= d
                    lx.pos += 1
                }
            } else {
                while lx.pos < lx.src.count, isHex(lx.src[lx.pos]) || lx.src[lx.pos] == UInt8(ascii: "_") {
                    ds |= lx.src[lx.pos] == UInt8(ascii: "_") ? 2 : 1
                    lx.pos += 1
                }
            }
            return ds
        }

        if cur != UInt8(ascii: ".") {
            if cur == UInt8(ascii: "0") {
                pos += 1
                switch lower(cur) {
                case UInt8(ascii: "x"): pos += 1; base = 16; prefix = UInt8(ascii: "x")
                case UInt8(ascii: "o"): pos += 1; base = 8; prefix = UInt8(ascii: "o")
                case UInt8(ascii: "b"): pos += 1; base = 2; prefix = UInt8(ascii: "b")
                default: base = 8; prefix = UInt8(ascii: "0"); digsep = 1
                }
            }
            digsep |= digits(base, &self)
            if cur == UInt8(ascii: ".") && prefix == 0 || cur == UInt8(ascii: ".") && prefix == UInt8(ascii: "0") || cur == UInt8(ascii: ".") && prefix == UInt8(ascii: "x") {
                // fallthrough to fraction
            } else if digsep & 1 == 0 && prefix != 0 && prefix != UInt8(ascii: "0") {
                error(here(), "\(litname(prefix)) has no digits")
            }
        }
        if cur == UInt8(ascii: ".") {
            isFloat = true
            if prefix == UInt8(ascii: "o") || prefix == UInt8(ascii: "b") { error(at(pos), "invalid radix point in \(litname(prefix))") }
            pos += 1
            digsep |= digits(base == 16 ? 16 : 10, &self)
        }
        if digsep & 1 == 0 && !(isFloat == false) { error(tokPos, "\(litname(prefix)) has no digits") }
        let e = lower(cur)
        if e == UInt8(ascii: "e") || e == UInt8(ascii: "p") {
            if e == UInt8(ascii: "e") && prefix != 0 && prefix != UInt8(ascii: "0") {
                error(at(pos), "'\(Character(Unicode.Scalar(cur)))' exponent requires decimal mantissa")
            } else if e == UInt8(ascii: "p") && prefix != UInt8(ascii: "x") {
                error(at(pos), "'\(Character(Unicode.Scalar(cur)))' exponent requires hexadecimal mantissa")
            }
            pos += 1
            isFloat = true
            if cur == UInt8(ascii: "+") || cur == UInt8(ascii: "-") { pos += 1 }
            let ds = digits(10, &self)
            digsep |= ds
            if ds & 1 == 0 { error(tokPos, "exponent has no digits") }
        } else if prefix == UInt8(ascii: "x") && isFloat {
            error(tokPos, "hexadecimal mantissa requires a 'p' exponent")
        }
        if cur == UInt8(ascii: "i") { pos += 1; tok = .imag } else { tok = isFloat ? .float : .int }
        lit = String(decoding: src[start..<pos], as: UTF8.self)
        if tok == .int, let (p, c) = invalidDigit, prefix == UInt8(ascii: "0") || prefix == UInt8(ascii: "o") || prefix == UInt8(ascii: "b") {
            error(at(p), "invalid digit '\(Character(Unicode.Scalar(c)))' in \(litname(prefix))")
        }
        if digsep & 2 != 0 && !sepError, let i = invalidSep(lit) {
            sepError = true
            error(at(start + i), "'_' must separate successive digits")
        }
    }

    private func litname(_ prefix: UInt8) -> String {
        switch prefix {
        case UInt8(ascii: "x"): return "hexadecimal literal"
        case UInt8(ascii: "o"), UInt8(ascii: "0"): return "octal literal"
        case UInt8(ascii: "b"): return "binary literal"
        default: return "decimal literal"
        }
    }

    // MARK: strings and runes

    private mutating func stdString() {
        let start = pos - 1
        nlsemi = true
        while true {
            if pos >= src.count { error(tokPos, "string not terminated"); break }
            let c = src[pos]
            if c == UInt8(ascii: "\"") { pos += 1; break }
            if c == 0x0A { error(here(), "newline in string"); break }
            if c == UInt8(ascii: "\\") { pos += 1; _ = escape(quote: UInt8(ascii: "\"")); continue }
            pos += 1
        }
        tok = .string
        lit = String(decoding: src[start..<pos], as: UTF8.self)
    }

    private mutating func rawString() {
        let start = pos - 1
        nlsemi = true
        while true {
            if pos >= src.count { error(tokPos, "string not terminated"); break }
            let c = src[pos]
            pos += 1
            if c == UInt8(ascii: "`") { break }
            if c == 0x0A { newline() }
        }
        tok = .string
        lit = String(decoding: src[start..<pos], as: UTF8.self)
    }

    private mutating func runeLit() {
        let start = pos - 1
        nlsemi = true
        var n = 0
        var ok = true
        while true {
            if pos >= src.count { if ok { error(tokPos, "rune literal not terminated"); ok = false }; break }
            let c = src[pos]
            if c == UInt8(ascii: "'") {
                pos += 1
                if ok {
                    if n == 0 { error(at(pos - 1), "empty rune literal or unescaped '"); ok = false }
                    else if n != 1 { error(tokPos, "more than one character in rune literal"); ok = false }
                }
                break
            }
            if c == 0x0A { if ok { error(tokPos, "newline in rune literal"); ok = false }; break }
            if c == UInt8(ascii: "\\") {
                pos += 1
                if !escape(quote: UInt8(ascii: "'")) { ok = false }
                n += 1
                continue
            }
            let (_, len) = decodeRune(pos)
            pos += len
            n += 1
        }
        tok = .char
        lit = String(decoding: src[start..<pos], as: UTF8.self)
    }

    /// Validates an escape after `\`; reports like scanner.escape.
    private mutating func escape(quote: UInt8) -> Bool {
        let c = cur
        var n = 0, base = 0, max: UInt32 = 0
        switch c {
        case UInt8(ascii: "a"), UInt8(ascii: "b"), UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "r"),
             UInt8(ascii: "t"), UInt8(ascii: "v"), UInt8(ascii: "\\"), quote:
            pos += 1; return true
        case UInt8(ascii: "0")...UInt8(ascii: "7"): n = 3; base = 8; max = 255
        case UInt8(ascii: "x"): pos += 1; n = 2; base = 16; max = 255
        case UInt8(ascii: "u"): pos += 1; n = 4; base = 16; max = 0x10FFFF
        case UInt8(ascii: "U"): pos += 1; n = 8; base = 16; max = 0x10FFFF
        default:
            if pos >= src.count { return true }  // reported as not terminated
            error(at(pos), "unknown escape")
            return false
        }
        var x: UInt32 = 0
        for _ in 0..<n {
            if pos >= src.count { return true }
            let d = src[pos]
            guard let v = Character(Unicode.Scalar(d)).hexDigitValue, v < base else {
                let kind = base == 8 ? "octal" : "hexadecimal"
                error(at(pos), "invalid character \(quoteRune(d)) in \(kind) escape")
                return false
            }
            x = x * UInt32(base) + UInt32(v)
            pos += 1
        }
        if x > max && base == 8 { error(at(pos - 4), "octal escape value \(x) > 255"); return false }
        if x > max || (0xD800..<0xE000).contains(x) {
            error(at(pos - n - 2 + (base == 8 ? 1 : 0)), "escape is invalid Unicode code point \(String(format4(x)))")
            return false
        }
        return true
    }

    private func format4(_ x: UInt32) -> String { "U+" + String(x, radix: 16, uppercase: true).leftPadded(4) }

    func decodeRune(_ p: Int) -> (Unicode.Scalar, Int) {
        let b0 = src[p]
        if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
        var n = 0
        var v: UInt32 = 0
        if b0 & 0xE0 == 0xC0 { n = 2; v = UInt32(b0 & 0x1F) }
        else if b0 & 0xF0 == 0xE0 { n = 3; v = UInt32(b0 & 0x0F) }
        else if b0 & 0xF8 == 0xF0 { n = 4; v = UInt32(b0 & 0x07) }
        else { return ("\u{FFFD}", 1) }
        if p + n > src.count { return ("\u{FFFD}", 1) }
        for i in 1..<n {
            let b = src[p + i]
            if b & 0xC0 != 0x80 { return ("\u{FFFD}", 1) }
            v = v << 6 | UInt32(b & 0x3F)
        }
        return (Unicode.Scalar(v) ?? "\u{FFFD}", n)
    }
}

@inline(__always) func isLetter(_ c: UInt8) -> Bool {
    (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || c == 0x5F
}
@inline(__always) func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
@inline(__always) func isHex(_ c: UInt8) -> Bool { isDigit(c) || (c | 0x20 >= 0x61 && c | 0x20 <= 0x66) }
@inline(__always) func lower(_ c: UInt8) -> UInt8 { c | 0x20 }

/// Go's %#U: `U+0040 '@'`.
func unicodeRepr(_ s: Unicode.Scalar) -> String {
    let hex = "U+" + String(s.value, radix: 16, uppercase: true).leftPadded(4)
    if s.properties.generalCategory == .control || s.value == 0xFFFD && false { return hex }
    if s.value < 0x20 || s.value == 0x7F { return hex }
    return hex + " '" + String(Character(s)) + "'"
}

func quoteRune(_ c: UInt8) -> String {
    if c == 0x0A { return "'\\n'" }
    if c < 0x20 || c >= 0x7F { return "'\\x" + String(c, radix: 16).leftPadded(2) + "'" }
    return "'" + String(Character(Unicode.Scalar(c))) + "'"
}

/// Index of the first misplaced '_' in a number literal (syntax.invalidSep).
func invalidSep(_ x: String) -> Int? {
    let b = Array(x.utf8)
    var x1: UInt8 = UInt8(ascii: " ")
    var d: UInt8 = UInt8(ascii: ".")
    var i = 0
    if b.count >= 2 && b[0] == UInt8(ascii: "0") {
        x1 = lower(b[1])
        if x1 == UInt8(ascii: "x") || x1 == UInt8(ascii: "o") || x1 == UInt8(ascii: "b") {
            d = UInt8(ascii: "0"); i = 2
        }
    }
    while i < b.count {
        let p = d
        d = b[i]
        if d == UInt8(ascii: "_") {
            if p != UInt8(ascii: "0") { return i }
        } else if isDigit(d) || (x1 == UInt8(ascii: "x") && isHex(d)) {
            d = UInt8(ascii: "0")
        } else {
            if p == UInt8(ascii: "_") { return i - 1 }
            d = UInt8(ascii: ".")
        }
        i += 1
    }
    if d == UInt8(ascii: "_") { return b.count - 1 }
    return nil
}
