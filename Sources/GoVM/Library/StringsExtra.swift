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

    /// strings.Compare: bytewise three-way comparison.
    public static func compare(_ a: [UInt8], _ b: [UInt8]) -> Int {
        if a == b { return 0 }
        return a.lexicographicallyPrecedes(b) ? -1 : 1
    }
}
