// Constant values (go/constant): exact integers, floats, strings, booleans.
// Untyped integer constants are exact (BigInt, limited to 512 bits like the
// Go compiler); untyped float constants are held as Double — a documented
// simplification of Go's arbitrary-precision floats.

public enum ConstValue: Sendable, Hashable, CustomStringConvertible {
    case bool(Bool)
    case int(BigInt)
    case float(Double)
    case string(String)

    public var description: String {
        switch self {
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return i.description
        case .float(let d): return formatConstFloat(d)
        case .string(let s): return goQuote(s)
        }
    }

    /// Integer value when exact (ints, integral floats).
    public var exactInt: BigInt? {
        switch self {
        case .int(let i): return i
        case .float(let d): return BigInt(exactly: d)
        default: return nil
        }
    }
    public var doubleValue: Double? {
        switch self {
        case .int(let i): return i.doubleValue
        case .float(let d): return d
        default: return nil
        }
    }
    public var int64Value: Int64? { if case .int(let i) = self { return i.int64Value }; return nil }
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
