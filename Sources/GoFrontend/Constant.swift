// Constant values (go/constant): exact integers, floats, strings, booleans.
// Untyped integer constants are exact (BigInt, limited to 512 bits like the
// Go compiler); untyped float constants are held as Double — a documented
// simplification of Go's arbitrary-precision floats.

public enum ConstValue: Sendable, Hashable, CustomStringConvertible {
    case bool(Bool)
    case int(BigInt)
    case float(Double)
    /// An untyped float constant held exactly (see ConstRat).
    case rat(ConstRat)
    case string(String)

    public var description: String {
        switch self {
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return i.description
        case .float(let d): return formatConstFloat(d)
        case .rat(let r): return formatConstFloat(r.double)
        case .string(let s): return goQuote(s)
        }
    }

    /// Integer value when exact (ints, integral floats).
    public var exactInt: BigInt? {
        switch self {
        case .int(let i): return i
        case .float(let d): return BigInt(exactly: d)
        case .rat(let r): return r.isInteger ? r.num : nil
        default: return nil
        }
    }
    public var doubleValue: Double? {
        switch self {
        case .int(let i): return i.doubleValue
        case .float(let d): return d
        case .rat(let r): return r.double
        default: return nil
        }
    }
    public var int64Value: Int64? { if case .int(let i) = self { return i.int64Value }; return nil }
    /// The exact value of a numeric constant (ints, exact floats, finite doubles).
    public var ratValue: ConstRat? {
        switch self {
        case .int(let i): return ConstRat(i)
        case .rat(let r): return r
        case .float(let d): return ConstRat(double: d)
        default: return nil
        }
    }
    public var stringValue: String? { if case .string(let s) = self { return s }; return nil }
    public var boolValue: Bool? { if case .bool(let b) = self { return b }; return nil }
}

/// Go's %v-like short form for a constant float in messages (`1e+100`, `2.5`).
func formatConstFloat(_ d: Double) -> String {
    if d == d.rounded(), abs(d) < 1e21 { return String(Int64(exactly: d).map(String.init) ?? "\(d)") }
    var s = "\(d)"
    if let e = s.firstIndex(of: "e") {
        let mant = s[..<e], exp = s[s.index(after: e)...]
        let sign = exp.hasPrefix("-") ? "-" : "+"
        let digits = exp.hasPrefix("-") || exp.hasPrefix("+") ? exp.dropFirst() : exp
        s = String(mant) + "e" + sign + (digits.count < 2 ? "0" : "") + digits
        if s.hasPrefix("1.0e") { s = "1e" + s.dropFirst(4) }
    }
    return s
}

/// strconv.Quote for messages and printing.
func goQuote(_ s: String) -> String {
    var out = "\""
    for u in s.unicodeScalars {
        switch u {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\t": out += "\\t"
        case "\r": out += "\\r"
        case "\u{7}": out += "\\a"
        case "\u{8}": out += "\\b"
        case "\u{c}": out += "\\f"
        case "\u{b}": out += "\\v"
        default:
            if u.value < 0x20 || u.value == 0x7f {
                out += "\\x" + String(u.value, radix: 16).leftPadded(2)
            } else {
                out.unicodeScalars.append(u)
            }
        }
    }
    return out + "\""
}

extension String {
    func leftPadded(_ n: Int, with c: Character = "0") -> String {
        count >= n ? self : String(repeating: c, count: n - count) + self
    }
}

// MARK: string constants as Go bytes

/// Go strings are bytes, Swift strings are Unicode: a constant string keeps
/// each byte that is not part of valid UTF-8 (`"\xff"`, a lone `"\xc3"`) as
/// the private-use scalar U+10FF00+byte, so `len`, `range` and the bytes
/// the VM loads are Go's. `constStringBytes` maps them back.
let invalidByteScalarBase: UInt32 = 0x10FF00

/// The Go bytes of a constant string (see `invalidByteScalarBase`).
public func constStringBytes(_ s: String) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(s.utf8.count)
    for u in s.unicodeScalars {
        if u.value >= invalidByteScalarBase + 0x80 && u.value <= invalidByteScalarBase + 0xFF {
            out.append(UInt8(u.value - invalidByteScalarBase))
        } else {
            out.append(contentsOf: Array(String(u).utf8))
        }
    }
    return out
}

/// A constant string from Go bytes: valid UTF-8 sequences (as Go's
/// utf8.DecodeRune accepts them) become their scalars, every other byte
/// U+10FF00+byte.
func constStringFromBytes(_ b: [UInt8]) -> String {
    var s = String.UnicodeScalarView()
    var i = 0
    while i < b.count {
        let (r, w) = goDecodeRune(b, i)
        if let r = r, let u = Unicode.Scalar(r) { s.append(u); i += w }
        else { s.append(Unicode.Scalar(invalidByteScalarBase + UInt32(b[i]))!); i += 1 }
    }
    return String(s)
}

/// utf8.DecodeRune without the replacement: nil for an invalid sequence.
func goDecodeRune(_ b: [UInt8], _ i: Int) -> (UInt32?, Int) {
    let n = b.count - i
    let c0 = b[i]
    if c0 < 0x80 { return (UInt32(c0), 1) }
    func cont(_ k: Int) -> UInt32? {
        guard k < n, b[i + k] & 0xC0 == 0x80 else { return nil }
        return UInt32(b[i + k] & 0x3F)
    }
    if c0 >= 0xC2 && c0 < 0xE0 {
        if let c1 = cont(1) { return ((UInt32(c0 & 0x1F) << 6) | c1, 2) }
    } else if c0 >= 0xE0 && c0 < 0xF0 {
        if let c1 = cont(1), let c2 = cont(2) {
            let r = (UInt32(c0 & 0x0F) << 12) | (c1 << 6) | c2
            if r >= 0x800 && !(r >= 0xD800 && r <= 0xDFFF) { return (r, 3) }
        }
    } else if c0 >= 0xF0 && c0 < 0xF5 {
        if let c1 = cont(1), let c2 = cont(2), let c3 = cont(3) {
            let r = (UInt32(c0 & 0x07) << 18) | (c1 << 12) | (c2 << 6) | c3
            if r >= 0x10000 && r <= 0x10FFFF { return (r, 4) }
        }
    }
    return (nil, 1)
}
