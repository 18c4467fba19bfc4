// strings: the package's byte-string functions with Go's semantics.
// Models Go 1.19 src/strings/strings.go (Index, LastIndex, IndexByte,
// IndexRune, Contains, ContainsRune, ContainsAny, Count, HasPrefix,
// HasSuffix, Split/SplitN/SplitAfter via genSplit and explode, Fields,
// Join, Repeat, Replace/ReplaceAll, ToUpper/ToLower, TrimSpace, Trim,
// TrimLeft, TrimRight, TrimPrefix, TrimSuffix, EqualFold-free). Strings are
// Go byte strings (UTF-8 by convention, invalid bytes allowed). Searching is
// a plain scan (Go uses SIMD bytealg and Rabin-Karp; results are identical).
// Non-ASCII case mapping uses Swift's Unicode tables where the mapping is a
// single code point (Go's unicode.ToUpper/ToLower simple mapping).
import GoRuntime

/// A panic raised by a strings function, with Go's exact message.
public struct StringsPanic: Error, Equatable, Sendable {
    public var message: String
}

public enum GoStrings {
    /// strings.Index: first index of sep in s, or -1.
    public static func index(_ s: [UInt8], _ sep: [UInt8]) -> Int { index(s, sep, from: 0) }

    /// Index of sep in s[from...] as an index into s, or -1 (no copying).
    static func index(_ s: [UInt8], _ sep: [UInt8], from: Int) -> Int {
        let n = sep.count
        if n == 0 { return from }
        if n > s.count - from { return -1 }
        let first = sep[0]
        var i = from
        let last = s.count - n
        while i <= last {
            if s[i] == first {
                var k = 1
                while k < n && s[i + k] == sep[k] { k += 1 }
                if k == n { return i }
            }
            i += 1
        }
        return -1
    }

    /// strings.LastIndex.
    public static func lastIndex(_ s: [UInt8], _ sep: [UInt8]) -> Int {
        let n = sep.count
        if n == 0 { return s.count }
        if n > s.count { return -1 }
        var i = s.count - n
        while i >= 0 {
            if s[i..<(i + n)].elementsEqual(sep) { return i }
            i -= 1
        }
        return -1
    }

    /// strings.IndexByte.
    public static func indexByte(_ s: [UInt8], _ c: UInt8) -> Int { s.firstIndex(of: c) ?? -1 }

    /// strings.IndexRune (invalid runes search for RuneError as Go does).
    public static func indexRune(_ s: [UInt8], _ r: Int32) -> Int {
        if 0 <= r && r < 0x80 { return indexByte(s, UInt8(r)) }
        if r == GoUTF8.runeError {
            var i = 0
            while i < s.count {
                let (c, w) = GoUTF8.decodeRune(s, i)
                if c == GoUTF8.runeError { return i }
                i += w
            }
            return -1
        }
        if !GoUTF8.validRune(r) { return -1 }
        var enc: [UInt8] = []
        GoUTF8.appendRune(&enc, r)
        return index(s, enc)
    }

    public static func contains(_ s: [UInt8], _ substr: [UInt8]) -> Bool { index(s, substr) >= 0 }
    public static func containsRune(_ s: [UInt8], _ r: Int32) -> Bool { indexRune(s, r) >= 0 }

    /// strings.ContainsAny: any rune of chars in s.
    public static func containsAny(_ s: [UInt8], _ chars: [UInt8]) -> Bool {
        var i = 0
        while i < s.count {
            let (r, w) = GoUTF8.decodeRune(s, i)
            if indexRune(chars, r) >= 0 { return true }
            i += w
        }
        return false
    }

    /// strings.Count: non-overlapping instances; "" counts runes + 1.
    public static func count(_ s: [UInt8], _ substr: [UInt8]) -> Int {
        if substr.isEmpty { return GoUTF8.runeCount(s) + 1 }
        var n = 0
        var start = 0
        while start <= s.count - substr.count {
            let i = index(s, substr, from: start)
            if i < 0 { return n }
            n += 1
            start = i + substr.count
        }
        return n
    }

    public static func hasPrefix(_ s: [UInt8], _ prefix: [UInt8]) -> Bool {
        s.count >= prefix.count && s[0..<prefix.count].elementsEqual(prefix)
    }
    public static func hasSuffix(_ s: [UInt8], _ suffix: [UInt8]) -> Bool {
        s.count >= suffix.count && s[(s.count - suffix.count)...].elementsEqual(suffix)
    }

    // explode: s split into UTF-8 sequences (an invalid byte becomes "\uFFFD"), at most n.
    static func explode(_ s: [UInt8], _ nIn: Int) -> [[UInt8]] {
        let l = GoUTF8.runeCount(s)
        let n = (nIn < 0 || nIn > l) ? l : nIn
        var a: [[UInt8]] = []
        a.reserveCapacity(n)
        var pos = 0
        var i = 0
        while i < n - 1 {
            let (ch, size) = GoUTF8.decodeRune(s, pos)
            a.append(ch == GoUTF8.runeError ? [0xEF, 0xBF, 0xBD] : Array(s[pos..<(pos + size)]))
            pos += size
            i += 1
        }
        if n > 0 { a.append(Array(s[pos...])) }
        return a
    }

    // genSplit: split after each sep, keeping sepSave bytes of it, at most n pieces.
    static func genSplit(_ sIn: [UInt8], _ sep: [UInt8], _ sepSave: Int, _ nIn: Int) -> [[UInt8]] {
        if nIn == 0 { return [] }  // Go returns nil
        if sep.isEmpty { return explode(sIn, nIn) }
        var n = nIn
        if n < 0 { n = count(sIn, sep) + 1 }
        if n > sIn.count + 1 { n = sIn.count + 1 }
        var a: [[UInt8]] = []
        a.reserveCapacity(n)
        n -= 1
        var start = 0
        var i = 0
        while i < n {
            let m = index(sIn, sep, from: start)
            if m < 0 { break }
            a.append(Array(sIn[start..<(m + sepSave)]))
            start = m + sep.count
            i += 1
        }
        a.append(Array(sIn[start...]))
        return a
    }

    /// strings.Split.
    public static func split(_ s: [UInt8], _ sep: [UInt8]) -> [[UInt8]] { genSplit(s, sep, 0, -1) }
    /// strings.SplitN.
    public static func splitN(_ s: [UInt8], _ sep: [UInt8], _ n: Int) -> [[UInt8]] { genSplit(s, sep, 0, n) }
    /// strings.SplitAfter.
    public static func splitAfter(_ s: [UInt8], _ sep: [UInt8]) -> [[UInt8]] { genSplit(s, sep, sep.count, -1) }

    /// unicode.IsSpace.
    public static func isSpace(_ r: Int32) -> Bool {
        if r <= 0xFF {
            switch r {
            case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0x85, 0xA0: return true
            default: return false
            }
        }
        switch r {
        case 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// strings.Fields: split around runs of unicode.IsSpace.
    public static func fields(_ s: [UInt8]) -> [[UInt8]] {
        var out: [[UInt8]] = []
        var start = -1
        var i = 0
        while i < s.count {
            let (r, w) = s[i] < 0x80 ? (Int32(s[i]), 1) : GoUTF8.decodeRune(s, i)
            if isSpace(r) {
                if start >= 0 {
                    out.append(Array(s[start..<i]))
                    start = -1
                }
            } else if start < 0 {
                start = i
            }
            i += w
        }
        if start >= 0 { out.append(Array(s[start...])) }
        return out
    }

    /// strings.Join.
    public static func join(_ elems: [[UInt8]], _ sep: [UInt8]) -> [UInt8] {
        switch elems.count {
        case 0: return []
        case 1: return elems[0]
        default:
            var out: [UInt8] = []
            out.reserveCapacity(elems.reduce(sep.count * (elems.count - 1)) { $0 + $1.count })
            out.append(contentsOf: elems[0])
            for e in elems[1...] {
                out.append(contentsOf: sep)
                out.append(contentsOf: e)
            }
            return out
        }
    }

    /// strings.Repeat; throws Go's panic for a negative count or overflow.
    public static func `repeat`(_ s: [UInt8], _ count: Int) throws(StringsPanic) -> [UInt8] {
        if count == 0 { return [] }
        if count < 0 { throw StringsPanic(message: "strings: negative Repeat count") }
        let (n, overflow) = s.count.multipliedReportingOverflow(by: count)
        if overflow { throw StringsPanic(message: "strings: Repeat count causes overflow") }
        // Past a length check, Go doubles the built string (same bytes).
        var out: [UInt8] = []
        out.reserveCapacity(n)
        out.append(contentsOf: s)
        while out.count < n {
            if out.count <= n / 2 {
                out.append(contentsOf: out)
            } else {
                out.append(contentsOf: out[0..<(n - out.count)])
                break
            }
        }
        return out
    }

    /// strings.Replace: first n (all if n < 0) non-overlapping old → new.
    public static func replace(_ s: [UInt8], _ old: [UInt8], _ new: [UInt8], _ nIn: Int) -> [UInt8] {
        if old == new || nIn == 0 { return s }  // avoid allocation
        let m = count(s, old)
        if m == 0 { return s }
        var n = nIn
        if n < 0 || m < n { n = m }
        var out: [UInt8] = []
        out.reserveCapacity(s.count + n * (new.count - old.count))
        var start = 0
        for i in 0..<n {
            var j = start
            if old.isEmpty {
                if i > 0 {
                    j += GoUTF8.decodeRune(s, start).width
                }
            } else {
                j = index(s, old, from: start)
            }
            out.append(contentsOf: s[start..<j])
            out.append(contentsOf: new)
            start = j + old.count
        }
        out.append(contentsOf: s[start...])
        return out
    }

    /// strings.ReplaceAll.
    public static func replaceAll(_ s: [UInt8], _ old: [UInt8], _ new: [UInt8]) -> [UInt8] { replace(s, old, new, -1) }

    // mapRunes: apply a rune mapping; invalid bytes become U+FFFD as in strings.Map.
    static func mapRunes(_ s: [UInt8], _ f: (Int32) -> Int32) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(s.count)
        var i = 0
        while i < s.count {
            let (r, w) = GoUTF8.decodeRune(s, i)
            GoUTF8.appendRune(&out, f(r))
            i += w
        }
        return out
    }

    static func simpleCase(_ r: Int32, upper: Bool) -> Int32 {
        guard let u = Unicode.Scalar(UInt32(r)) else { return r }
        let mapped = upper ? u.properties.uppercaseMapping : u.properties.lowercaseMapping
        let scalars = mapped.unicodeScalars
        if scalars.count == 1, let m = scalars.first { return Int32(m.value) }
        return r
    }

    /// strings.ToUpper.
    public static func toUpper(_ s: [UInt8]) -> [UInt8] {
        if s.allSatisfy({ $0 < 0x80 }) {
            return s.map { (UInt8(ascii: "a") <= $0 && $0 <= UInt8(ascii: "z")) ? $0 - 32 : $0 }
        }
        return mapRunes(s) { r in r < 0x80 ? ((0x61 <= r && r <= 0x7A) ? r - 32 : r) : simpleCase(r, upper: true) }
    }

    /// strings.ToLower.
    public static func toLower(_ s: [UInt8]) -> [UInt8] {
        if s.allSatisfy({ $0 < 0x80 }) {
            return s.map { (UInt8(ascii: "A") <= $0 && $0 <= UInt8(ascii: "Z")) ? $0 + 32 : $0 }
        }
        return mapRunes(s) { r in r < 0x80 ? ((0x41 <= r && r <= 0x5A) ? r + 32 : r) : simpleCase(r, upper: false) }
    }

    /// strings.TrimSpace.
    public static func trimSpace(_ s: [UInt8]) -> [UInt8] {
        var start = 0
        while start < s.count {
            let (r, w) = GoUTF8.decodeRune(s, start)
            if !isSpace(r) { break }
            start += w
        }
        var stop = s.count
        while stop > start {
            // Decode the last rune of s[start..<stop].
            var b = stop - 1
            while b > start && s[b] & 0xC0 == 0x80 && stop - b < 4 { b -= 1 }
            var (r, w) = GoUTF8.decodeRune(Array(s[b..<stop]), 0)
            if w != stop - b {  // not a full rune: the last byte alone is invalid
                r = GoUTF8.runeError
                b = stop - 1
            }
            if !isSpace(r) { break }
            stop = b
        }
        return Array(s[start..<stop])
    }

    static func inCutset(_ r: Int32, _ cutset: [UInt8]) -> Bool { indexRune(cutset, r) >= 0 }

    /// strings.TrimLeft: drop leading runes contained in cutset.
    public static func trimLeft(_ s: [UInt8], _ cutset: [UInt8]) -> [UInt8] {
        var start = 0
        while start < s.count {
            let (r, w) = GoUTF8.decodeRune(s, start)
            if !inCutset(r, cutset) { break }
            start += w
        }
        return Array(s[start...])
    }

    /// strings.TrimRight: drop trailing runes contained in cutset.
    public static func trimRight(_ s: [UInt8], _ cutset: [UInt8]) -> [UInt8] {
        var stop = s.count
        while stop > 0 {
            var b = stop - 1
            while b > 0 && s[b] & 0xC0 == 0x80 && stop - b < 4 { b -= 1 }
            var (r, w) = GoUTF8.decodeRune(Array(s[b..<stop]), 0)
            if w != stop - b {
                r = GoUTF8.runeError
                b = stop - 1
            }
            if !inCutset(r, cutset) { break }
            stop = b
        }
        return Array(s[..<stop])
    }

    /// strings.Trim.
    public static func trim(_ s: [UInt8], _ cutset: [UInt8]) -> [UInt8] {
        if s.isEmpty || cutset.isEmpty { return s }
        return trimRight(trimLeft(s, cutset), cutset)
    }

    /// strings.TrimPrefix.
    public static func trimPrefix(_ s: [UInt8], _ prefix: [UInt8]) -> [UInt8] {
        hasPrefix(s, prefix) ? Array(s[prefix.count...]) : s
    }

    /// strings.TrimSuffix.
    public static func trimSuffix(_ s: [UInt8], _ suffix: [UInt8]) -> [UInt8] {
        hasSuffix(s, suffix) ? Array(s[..<(s.count - suffix.count)]) : s
    }
}
