// Little building blocks of the .gmprec format: LEB128 varints, zig-zag
// signed ints, length-prefixed strings, a per-block string table, FNV-1a 64.
// See docs/recordings.md for the layout.

/// What went wrong reading a recording; `description` names the place.
public struct RecordingError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// FNV-1a 64 over bytes (the chunk and file checksums).
@inline(__always)
func fnv64<C: Collection>(_ bytes: C, seed: UInt64 = 0xcbf2_9ce4_8422_2325) -> UInt64 where C.Element == UInt8 {
    var h = seed
    for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
    return h
}

/// Appends the format's primitives to a byte array.
struct ByteWriter {
    var bytes: [UInt8] = []
    /// String table of the current block: string → index.
    private var strings: [String: Int] = [:]

    @inline(__always) mutating func u8(_ v: UInt8) { bytes.append(v) }
    @inline(__always) mutating func uvar(_ v: UInt64) {
        var v = v
        while v >= 0x80 { bytes.append(UInt8(truncatingIfNeeded: v) | 0x80); v >>= 7 }
        bytes.append(UInt8(v))
    }
    @inline(__always) mutating func uvar(_ v: Int) { uvar(UInt64(bitPattern: Int64(v))) }
    /// Zig-zag signed varint.
    @inline(__always) mutating func svar(_ v: Int64) { uvar(UInt64(bitPattern: (v << 1) ^ (v >> 63))) }
    @inline(__always) mutating func svar(_ v: Int) { svar(Int64(v)) }
    @inline(__always) mutating func bool(_ v: Bool) { bytes.append(v ? 1 : 0) }
    mutating func u64le(_ v: UInt64) { for i in 0..<8 { bytes.append(UInt8(truncatingIfNeeded: v >> (8 * UInt64(i)))) } }
    /// A string written in full (length + UTF-8).
    mutating func rawString(_ s: String) {
        let u = Array(s.utf8)
        uvar(u.count)
        bytes.append(contentsOf: u)
    }
    /// A string through the block's table: index+1 if seen, else 0 then the text.
    mutating func string(_ s: String) {
        if let i = strings[s] { uvar(i + 1); return }
        strings[s] = strings.count
        uvar(0)
        rawString(s)
    }
    mutating func resetStrings() { strings.removeAll(keepingCapacity: true) }
}

/// Reads the primitives back; every read checks bounds and throws a
/// `RecordingError` naming `context` instead of trapping.
struct ByteReader {
    let bytes: [UInt8]
    var pos: Int
    let end: Int
    var context: String
    private var strings: [String] = []

    init(_ bytes: [UInt8], from: Int = 0, to: Int? = nil, context: String) {
        self.bytes = bytes
        self.pos = from
        self.end = min(to ?? bytes.count, bytes.count)
        self.context = context
    }

    var atEnd: Bool { pos >= end }
    func fail(_ what: String) -> RecordingError { RecordingError("\(context): \(what) at byte \(pos)") }

    mutating func u8() throws -> UInt8 {
        guard pos < end else { throw fail("unexpected end of data") }
        defer { pos += 1 }
        return bytes[pos]
    }
    mutating func uvar() throws -> UInt64 {
        var v: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let b = try u8()
            if shift == 63 && b > 1 { throw fail("varint overflows 64 bits") }
            v |= UInt64(b & 0x7f) << shift
            if b < 0x80 { return v }
            shift += 7
            if shift > 63 { throw fail("varint longer than 10 bytes") }
        }
    }
    mutating func svar() throws -> Int64 {
        let u = try uvar()
        return Int64(bitPattern: (u >> 1) ^ (0 &- (u & 1)))
    }
    /// A non-negative count/size no bigger than `limit`.
    mutating func count(limit: Int = 1 << 30, _ what: String = "count") throws -> Int {
        let u = try uvar()
        guard u <= UInt64(limit) else { throw fail("\(what) \(u) is out of range (≤ \(limit))") }
        return Int(u)
    }
    mutating func i32() throws -> Int32 {
        let v = try svar()
        guard let r = Int32(exactly: v) else { throw fail("value \(v) does not fit 32 bits") }
        return r
    }
    mutating func int() throws -> Int { Int(try svar()) }
    mutating func bool() throws -> Bool {
        let b = try u8()
        guard b <= 1 else { throw fail("boolean byte \(b)") }
        return b == 1
    }
    mutating func u64le() throws -> UInt64 {
        guard end - pos >= 8 else { throw fail("unexpected end of data") }
        var v: UInt64 = 0
        for i in 0..<8 { v |= UInt64(bytes[pos + i]) << (8 * UInt64(i)) }
        pos += 8
        return v
    }
    mutating func rawString() throws -> String {
        let n = try count(limit: end - pos, "string length")
        let s = String(decoding: bytes[pos..<(pos + n)], as: UTF8.self)
        pos += n
        return s
    }
    mutating func string() throws -> String {
        let i = try count(limit: strings.count, "string table index")
        if i > 0 { return strings[i - 1] }
        let s = try rawString()
        strings.append(s)
        return s
    }
    /// An enum's raw value.
    mutating func raw<E: RawRepresentable>(_: E.Type) throws -> E where E.RawValue == UInt8 {
        let b = try u8()
        guard let e = E(rawValue: b) else { throw fail("bad \(E.self) value \(b)") }
        return e
    }
}
