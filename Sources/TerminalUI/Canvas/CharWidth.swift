/// Column width of a Unicode scalar as glibc's `wcwidth` (and so ncursesw and
/// tmux) measures it: 0, 1 or 2. Locale-independent, so golden frames are too.
public enum CharWidth {
    /// The width of `scalar` in terminal columns. Controls report 0.
    @inlinable
    public static func of(_ scalar: UInt32) -> Int {
        if scalar < 0x300 {
            return (scalar < 0x20 || (scalar >= 0x7F && scalar < 0xA0)) ? 0 : 1
        }
        return lookup(scalar)
    }

    @usableFromInline
    static func lookup(_ scalar: UInt32) -> Int {
        let table = CharWidthTable.ranges
        var lo = 0
        var hi = table.count - 1
        let key = UInt64(scalar)
        while lo <= hi {
            let mid = (lo + hi) >> 1
            let entry = table[mid]
            let first = entry >> 32
            let last = (entry >> 8) & 0xFF_FFFF
            if key < first {
                hi = mid - 1
            } else if key > last {
                lo = mid + 1
            } else {
                return Int(entry & 0xFF)
            }
        }
        return 1
    }

    /// Columns `text` takes when drawn on one line.
    public static func columns(of text: some StringProtocol) -> Int {
        var total = 0
        for s in text.unicodeScalars { total += of(s.value) }
        return total
    }
}
