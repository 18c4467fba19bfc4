// Tolerant `key=value` scanning of runtime trace lines (the runtime's
// `print` output): fields are separated by spaces; a value runs to the next
// space, except inside `(…)` (a G's wait reason) or `[…]` (per-P lists); a
// bare word continues the previous value (`preemptoff=GC worker init`); a
// bare `[…]` is an unkeyed list (the per-P run queue lengths).

/// One scanned field: `key` is nil for an unkeyed token.
struct ScannedField: Sendable, Hashable {
    var key: String?
    var value: String
}

enum KeyValueScan {
    /// Splits `text` into fields (never fails; garbage becomes unkeyed tokens).
    static func fields(_ text: Substring) -> [ScannedField] {
        let b = Array(text.utf8)
        var out: [ScannedField] = []
        var i = 0
        let n = b.count
        while i < n {
            if b[i] == 0x20 || b[i] == 0x09 { i += 1; continue }
            if b[i] == UInt8(ascii: "[") {
                let end = closing(b, from: i, open: UInt8(ascii: "["), close: UInt8(ascii: "]"))
                out.append(ScannedField(key: nil, value: string(b[i..<end])))
                i = end
                continue
            }
            // A key: letters, digits, '_' up to '='.
            var j = i
            while j < n, isKeyByte(b[j]) { j += 1 }
            if j > i, j < n, b[j] == UInt8(ascii: "=") {
                let key = string(b[i..<j])
                var k = j + 1
                if k < n, b[k] == UInt8(ascii: "[") {
                    k = closing(b, from: k, open: UInt8(ascii: "["), close: UInt8(ascii: "]"))
                } else {
                    while k < n, b[k] != 0x20, b[k] != 0x09 {
                        if b[k] == UInt8(ascii: "(") {
                            k = closing(b, from: k, open: UInt8(ascii: "("), close: UInt8(ascii: ")"))
                        } else {
                            k += 1
                        }
                    }
                }
                out.append(ScannedField(key: key, value: string(b[(j + 1)..<k])))
                i = k
                continue
            }
            // A bare word: continues the previous keyed, non-list value.
            var k = i
            while k < n, b[k] != 0x20, b[k] != 0x09 { k += 1 }
            let word = string(b[i..<k])
            if let last = out.last, last.key != nil, !last.value.hasPrefix("[") {
                out[out.count - 1].value += (last.value.isEmpty ? "" : " ") + word
            } else {
                out.append(ScannedField(key: nil, value: word))
            }
            i = k
        }
        return out
    }

    /// Index just past the bracket closing the one at `from` (or the end).
    private static func closing(_ b: [UInt8], from: Int, open: UInt8, close: UInt8) -> Int {
        var depth = 0
        var k = from
        while k < b.count {
            if b[k] == open { depth += 1 } else if b[k] == close {
                depth -= 1
                if depth == 0 { return k + 1 }
            }
            k += 1
        }
        return b.count
    }

    @inline(__always) private static func isKeyByte(_ c: UInt8) -> Bool {
        (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c == 0x5f
    }

    private static func string(_ s: ArraySlice<UInt8>) -> String { String(decoding: s, as: UTF8.self) }

    /// An integer value; `nil`/`true`/`false` as Go prints them for ids and flags.
    static func int(_ v: String) -> Int? {
        switch v {
        case "true": return 1
        case "false": return 0
        case "nil": return -1
        default: return Int(v)
        }
    }

    static func bool(_ v: String) -> Bool? {
        switch v {
        case "true", "1": return true
        case "false", "0": return false
        default: return nil
        }
    }

    /// `[1 0]` or `[ 1 0 ]` → [1, 0]; nil when not a list of integers.
    static func intList(_ v: String) -> [Int]? {
        guard v.hasPrefix("["), v.hasSuffix("]"), v.count >= 2 else { return nil }
        var out: [Int] = []
        for w in v.dropFirst().dropLast().split(whereSeparator: { $0 == " " || $0 == "\t" }) {
            guard let x = Int(w) else { return nil }
            out.append(x)
        }
        return out
    }
}
