// strings.Title, EqualFold, Compare and the unicode predicates they need.
// Models Go 1.19 src/strings/strings.go (Title with isSeparator, EqualFold,
// Compare) and src/unicode/graphic.go + letter.go (IsLetter, IsDigit,
// IsNumber, IsSpace, IsUpper, IsLower, IsPunct, ToUpper, ToLower). Category
// tests use Swift's Unicode general categories (the same Unicode data Go's
// tables are generated from, possibly a newer version); EqualFold compares
// simple upper and lower mappings instead of walking SimpleFold orbits.

public enum GoUnicode {
    static func category(_ r: Int32) -> Unicode.GeneralCategory? {
        guard r >= 0, let u = Unicode.Scalar(UInt32(r)) else { return nil }
        return u.properties.generalCategory
    }
    /// unicode.IsLetter: category L.
    public static func isLetter(_ r: Int32) -> Bool {
        if r < 0x80 { return (r | 0x20) >= 0x61 && (r | 0x20) <= 0x7A }
        switch category(r) {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }
    /// unicode.IsDigit: category Nd.
    public static func isDigit(_ r: Int32) -> Bool {
        if r < 0x80 { return r >= 0x30 && r <= 0x39 }
        return category(r) == .decimalNumber
    }
    /// unicode.IsNumber: category N.
    public static func isNumber(_ r: Int32) -> Bool {
        if r < 0x80 { return r >= 0x30 && r <= 0x39 }
        switch category(r) {
        case .decimalNumber, .letterNumber, .otherNumber: return true
        default: return false
        }
    }
    /// unicode.IsUpper: category Lu.
    public static func isUpper(_ r: Int32) -> Bool {
        if r < 0x80 { return r >= 0x41 && r <= 0x5A }
        return category(r) == .uppercaseLetter
    }
    /// unicode.IsLower: category Ll.
    public static func isLower(_ r: Int32) -> Bool {
        if r < 0x80 { return r >= 0x61 && r <= 0x7A }
        return category(r) == .lowercaseLetter
    }
    /// unicode.IsPunct: category P.
    public static func isPunct(_ r: Int32) -> Bool {
        switch category(r) {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation: return true
        default: return false
        }
    }
    /// unicode.IsSpace (Latin-1 list, then the White_Space property).
    public static func isSpace(_ r: Int32) -> Bool { GoStrings.isSpace(r) }
    /// unicode.ToUpper / ToLower (simple case mapping).
    public static func toUpper(_ r: Int32) -> Int32 {
        if r < 0x80 { return r >= 0x61 && r <= 0x7A ? r - 32 : r }
        return GoStrings.simpleCase(r, upper: true)
    }
    public static func toLower(_ r: Int32) -> Int32 {
        if r < 0x80 { return r >= 0x41 && r <= 0x5A ? r + 32 : r }
        return GoStrings.simpleCase(r, upper: false)
    }
    /// unicode.ToTitle (simple title-case mapping).
    public static func toTitle(_ r: Int32) -> Int32 {
        if r < 0x80 { return toUpper(r) }
        guard let u = Unicode.Scalar(UInt32(r)) else { return r }
        let m = u.properties.titlecaseMapping.unicodeScalars
        if m.count == 1, let x = m.first { return Int32(x.value) }
        return r
    }
}

extension GoStrings {
    /// strings.isSeparator (the word boundaries of Title).
    static func isSeparator(_ r: Int32) -> Bool {
        if r <= 0x7F {
            switch r {
            case 0x30...0x39, 0x61...0x7A, 0x41...0x5A, 0x5F: return false
            default: return true
            }
        }
        if GoUnicode.isLetter(r) || GoUnicode.isDigit(r) { return false }
        return GoUnicode.isSpace(r)
    }

    /// strings.Title: upper-case (title-case) the first letter of each word.
    public static func title(_ s: [UInt8]) -> [UInt8] {
        var prev: Int32 = 0x20
        return mapRunes(s) { r in
            if isSeparator(prev) { prev = r; return GoUnicode.toTitle(r) }
            prev = r
            return r
        }
    }

    /// strings.EqualFold: equal under simple Unicode case folding.
    public static func equalFold(_ s: [UInt8], _ t: [UInt8]) -> Bool {
        var i = 0, j = 0
        while i < s.count && j < t.count {
            let (r1, w1) = GoUTF8.decodeRune(s, i)
            let (r2, w2) = GoUTF8.decodeRune(t, j)
            i += w1; j += w2
            if r1 == r2 { continue }
            if GoUnicode.toLower(r1) == GoUnicode.toLower(r2) || GoUnicode.toUpper(r1) == GoUnicode.toUpper(r2) { continue }
            return false
        }
        return i == s.count && j == t.count
    }

    /// strings.FieldsFunc: split around runs of runes satisfying f (f is
    /// called once per rune, first to last, as Go does).
    public static func fieldsFunc(_ s: [UInt8], _ f: (Int32) -> Bool) -> [[UInt8]] {
        var out: [[UInt8]] = []
        var start = -1
        var i = 0
        while i < s.count {
            let (r, w) = GoUTF8.decodeRune(s, i)
            if f(r) {
                if start >= 0 { out.append(Array(s[start..<i])); start = -1 }
            } else if start < 0 {
                start = i
            }
            i += w
        }
        if start >= 0 { out.append(Array(s[start...])) }
        return out
    }

    /// strings.indexFunc: first index of a rune whose f(r) == truth, or -1.
    public static func indexFunc(_ s: [UInt8], truth: Bool, _ f: (Int32) -> Bool) -> Int {
        var i = 0
        while i < s.count {
            let (r, w) = GoUTF8.decodeRune(s, i)
            if f(r) == truth { return i }
            i += w
        }
        return -1
    }

    /// strings.lastIndexFunc: start of the last rune whose f(r) == truth, or -1.
    static func lastIndexFunc(_ s: [UInt8], truth: Bool, _ f: (Int32) -> Bool) -> Int {
        var i = s.count
        while i > 0 {
            // utf8.DecodeLastRune: back up over continuation bytes (at most 3).
            var start = i - 1
            if s[start] >= 0x80 {
                let lim = max(0, i - 4)
                start = i - 1
                while start > lim && s[start] & 0xC0 == 0x80 { start -= 1 }
                let (_, w) = GoUTF8.decodeRune(s, start)
                if start + w != i { start = i - 1 }
            }
            let (r, _) = GoUTF8.decodeRune(s, start)
            if f(r) == truth { return start }
            i = start
        }
        return -1
    }

    /// strings.TrimLeftFunc.
    public static func trimLeftFunc(_ s: [UInt8], _ f: (Int32) -> Bool) -> [UInt8] {
        let i = indexFunc(s, truth: false, f)
        return i < 0 ? [] : Array(s[i...])
    }

    /// strings.TrimRightFunc.
    public static func trimRightFunc(_ s: [UInt8], _ f: (Int32) -> Bool) -> [UInt8] {
        var i = lastIndexFunc(s, truth: false, f)
        if i >= 0 && s[i] >= 0x80 { i += GoUTF8.decodeRune(s, i).width } else { i += 1 }
        return Array(s[..<i])
    }

    /// strings.TrimFunc.
    public static func trimFunc(_ s: [UInt8], _ f: (Int32) -> Bool) -> [UInt8] {
        trimRightFunc(trimLeftFunc(s, f), f)
    }

    /// strings.Map: runes mapped through f; a negative result drops the rune.
    public static func mapDropping(_ s: [UInt8], _ f: (Int32) -> Int32) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(s.count)
        var i = 0
        while i < s.count {
            let (r, w) = GoUTF8.decodeRune(s, i)
            let m = f(r)
            if m >= 0 { GoUTF8.appendRune(&out, m) }
            i += w
        }
        return out
    }

    /// (*strings.Replacer).Replace: at each position the first pair (in
    /// argument order) whose old string starts there is replaced, left to
    /// right without overlaps — what Go's byte, single-string and generic
    /// replacers all compute. An empty old string matches at every
    /// position where nothing else does (and at the end).
    public static func replacePairs(_ s: [UInt8], _ oldnew: [[UInt8]]) -> [UInt8] {
        var pairs: [([UInt8], [UInt8])] = []
        var i = 0
        while i + 1 < oldnew.count { pairs.append((oldnew[i], oldnew[i + 1])); i += 2 }
        let empty = pairs.first(where: { $0.0.isEmpty })?.1
        var out: [UInt8] = []
        out.reserveCapacity(s.count)
        var p = 0
        while p < s.count {
            var matched = false
            for (old, new) in pairs where !old.isEmpty && p + old.count <= s.count {
                if s[p] == old[0] && Array(s[p ..< p + old.count]) == old {
                    out += new
                    p += old.count
                    matched = true
                    break
                }
            }
            if !matched {
                if let e = empty { out += e }
                out.append(s[p])
                p += 1
            }
        }
        if let e = empty { out += e }
        return out
    }

    /// strings.Compare: bytewise three-way comparison.
    public static func compare(_ a: [UInt8], _ b: [UInt8]) -> Int {
        if a == b { return 0 }
        return a.lexicographicallyPrecedes(b) ? -1 : 1
    }
}
