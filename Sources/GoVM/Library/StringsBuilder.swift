// strings.Builder's buffer behaviour. Models Go 1.19 src/strings/builder.go
// (Grow, WriteString, WriteByte, WriteRune, String, Len, Cap, Reset) with
// the buffer growing like append (runtime/slice.go growslice: double below
// 256 bytes, then grow by (n + 3*256)/4, then round the capacity up to the
// malloc size class — pass `SizeClasses.roundupsize`). The interpreter keeps
// one GoBuilder per Builder value and reports each growth (the returned new
// capacity) to mallocgc.
import GoRuntime

public struct GoBuilder: Sendable, Equatable {
    public var buf: [UInt8] = []
    /// Capacity as Go's slice would have it (before size-class rounding).
    public private(set) var cap: Int = 0

    public init() {}

    public var len: Int { buf.count }
    /// Builder.String.
    public var string: GoString { GoString(buf) }

    /// growslice's capacity rule for appending `needed` more bytes.
    /// Returns the new capacity, or nil when no growth is needed.
    public static func nextCap(oldCap: Int, oldLen: Int, needed: Int) -> Int? {
        let newLen = oldLen + needed
        if newLen <= oldCap { return nil }
        var newcap = oldCap
        let doublecap = newcap + newcap
        if newLen > doublecap { return newLen }
        let threshold = 256
        if oldCap < threshold { return doublecap }
        // Transition from growing 2x for small slices to 1.25x for large slices.
        while 0 < newcap && newcap < newLen { newcap += (newcap + 3 * threshold) / 4 }
        return newcap <= 0 ? newLen : newcap
    }

    /// Builder.Grow(n): ensure room for n more bytes (new cap 2*cap + n).
    /// Returns the new capacity when the buffer was reallocated.
    @discardableResult
    public mutating func grow(_ n: Int) -> Int? {
        precondition(n >= 0, "strings.Builder.Grow: negative count")
        if cap - buf.count < n {
            cap = 2 * cap + n
            buf.reserveCapacity(cap)
            return cap
        }
        return nil
    }

    /// Append bytes as `append(b.buf, s...)`; returns the new capacity if it grew.
    @discardableResult
    public mutating func write(_ s: [UInt8], roundupsize: (Int) -> Int) -> Int? {
        var grew = GoBuilder.nextCap(oldCap: cap, oldLen: buf.count, needed: s.count)
        if let c = grew {
            cap = roundupsize(c)
            grew = cap
        }
        buf.append(contentsOf: s)
        return grew
    }

    /// Builder.WriteString.
    @discardableResult public mutating func writeString(_ s: GoString, roundupsize: (Int) -> Int) -> Int? {
        write(s.bytes, roundupsize: roundupsize)
    }
    /// Builder.WriteByte.
    @discardableResult public mutating func writeByte(_ c: UInt8, roundupsize: (Int) -> Int) -> Int? {
        write([c], roundupsize: roundupsize)
    }
    /// Builder.WriteRune (invalid runes write U+FFFD).
    @discardableResult public mutating func writeRune(_ r: Int32, roundupsize: (Int) -> Int) -> Int? {
        var enc: [UInt8] = []
        GoUTF8.appendRune(&enc, r)
        return write(enc, roundupsize: roundupsize)
    }
    /// Builder.Reset.
    public mutating func reset() {
        buf = []
        cap = 0
    }
}
