// strings and errors tests. The strings table (LibStringsTableData.swift)
// was produced by real Go 1.19 from the program quoted there.
import GoRuntime
import Testing
@testable import GoVM

private func hx(_ s: Substring) -> [UInt8] { LibTestHost.hexBytes(s) }
private func hex(_ b: [UInt8]) -> String {
    let d = Array("0123456789abcdef")
    return String(b.flatMap { [d[Int($0 >> 4)], d[Int($0 & 15)]] })
}
private func hexList(_ v: [[UInt8]], nilIfEmpty: Bool = false) -> String {
    if nilIfEmpty && v.isEmpty { return "nil" }
    return v.map { "<" + hex($0) + ">" }.joined(separator: ",")
}

@Test func stringsMatchGoTable() throws {
    var n = 0
    var failures: [String] = []
    for line in libStringsTable.split(separator: "\n") {
        let f = line.split(separator: "|", omittingEmptySubsequences: false)
        let s = hx(f[1]), sep = hx(f[2]), want = String(f[3])
        let got: String
        switch f[0] {
        case "Index": got = String(GoStrings.index(s, sep))
        case "LastIndex": got = String(GoStrings.lastIndex(s, sep))
        case "Count": got = String(GoStrings.count(s, sep))
        case "Contains": got = String(GoStrings.contains(s, sep))
        case "ContainsAny": got = String(GoStrings.containsAny(s, sep))
        case "HasPrefix": got = String(GoStrings.hasPrefix(s, sep))
        case "HasSuffix": got = String(GoStrings.hasSuffix(s, sep))
        case "Split": got = hexList(GoStrings.split(s, sep))
        case "SplitAfter": got = hexList(GoStrings.splitAfter(s, sep))
        case "SplitN0": got = hexList(GoStrings.splitN(s, sep, 0), nilIfEmpty: true)
        case "SplitN1": got = hexList(GoStrings.splitN(s, sep, 1))
        case "SplitN2": got = hexList(GoStrings.splitN(s, sep, 2))
        case "ReplaceAll": got = hex(GoStrings.replaceAll(s, sep, Array("<>".utf8)))
        case "Replace1": got = hex(GoStrings.replace(s, sep, Array("#".utf8), 1))
        case "Trim": got = hex(GoStrings.trim(s, sep))
        case "TrimLeft": got = hex(GoStrings.trimLeft(s, sep))
        case "TrimRight": got = hex(GoStrings.trimRight(s, sep))
        case "TrimPrefix": got = hex(GoStrings.trimPrefix(s, sep))
        case "TrimSuffix": got = hex(GoStrings.trimSuffix(s, sep))
        case "Join": got = hex(GoStrings.join(GoStrings.fields(s), sep))
        case "Fields": got = hexList(GoStrings.fields(s))
        case "TrimSpace": got = hex(GoStrings.trimSpace(s))
        case "ToUpper": got = hex(GoStrings.toUpper(s))
        case "ToLower": got = hex(GoStrings.toLower(s))
        case "Repeat3": got = hex(try GoStrings.repeat(s, 3))
        default: got = "unknown \(f[0])"
        }
        if got != want, failures.count < 20 { failures.append("\(line)\n  got \(got)") }
        n += 1
    }
    #expect(n == 2590)
    #expect(failures == [])
}

@Test func stringsRepeatPanics() {
    #expect(throws: StringsPanic(message: "strings: negative Repeat count")) { try GoStrings.repeat([1], -1) }
    #expect(throws: StringsPanic(message: "strings: Repeat count causes overflow")) { try GoStrings.repeat([1, 2], Int.max) }
    #expect((try? GoStrings.repeat([], Int.max)) == [])
}

/// Builder capacity follows growslice + size-class rounding (here Go's
/// small size classes 8, 16, 24, 32, 48, 64, 80, 96, 112, 128 …).
@Test func builderGrowsLikeAppend() {
    let classes = [8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320, 352, 384, 416, 448, 480, 512]
    func roundup(_ n: Int) -> Int { classes.first { $0 >= n } ?? n }
    var b = GoBuilder()
    var caps: [Int] = []
    for _ in 0..<10 {
        if let c = b.writeString("abcde", roundupsize: roundup) { caps.append(c) }
    }
    #expect(caps == [8, 16, 32, 64])
    #expect(b.len == 50)
    #expect(b.string == GoString("abcde" + "abcde" + "abcde" + "abcde" + "abcde" + "abcde" + "abcde" + "abcde" + "abcde" + "abcde"))
    b.writeRune(0x4E16, roundupsize: roundup)
    b.writeRune(0xD800, roundupsize: roundup)
    #expect(Array(b.buf.suffix(6)) == [0xE4, 0xB8, 0x96, 0xEF, 0xBF, 0xBD])
    #expect(GoBuilder.nextCap(oldCap: 512, oldLen: 512, needed: 1) == 512 + (512 + 768) / 4)
    #expect(GoBuilder.nextCap(oldCap: 4, oldLen: 4, needed: 20) == 24)
    var g = GoBuilder()
    #expect(g.grow(10) == 10)
    #expect(g.grow(5) == nil)
}

/// errors.Is over an Unwrap chain; hosts answer Unwrap/Is like the
/// interpreter would for *fmt.wrapError and user types.
private struct ErrHost: ErrorsHost {
    var t = LibTestHost()
    var types: RTypeTable { t.types }
    var wrapType: RTypeID = -1
    var unwrapCalls = 0
    init() {
        wrapType = t.add("*fmt.wrapError", .pointer, elem: "errors.errorString",
                         methods: [RMethod(name: "Error", fn: 0, pointerReceiver: true),
                                   RMethod(name: "Unwrap", fn: 10, pointerReceiver: true)])
    }
    func errorsMethod(_ name: String, of type: RTypeID) -> RMethod? { types[type].method(named: name) }
    mutating func callUnwrap(_ method: RMethod, receiver: Value, type: RTypeID) -> Value {
        unwrapCalls += 1
        guard case .pointer(let o, _) = receiver else { return .nil }
        return t.loadSlots(o, from: 1, count: 1)[0]
    }
    mutating func callIs(_ method: RMethod, receiver: Value, type: RTypeID, target: Value) -> Bool { false }
    mutating func wrap(_ msg: String, _ inner: Value) -> Value {
        .iface(wrapType, .pointer(t.alloc([.string(GoString(msg)), inner]), 0))
    }
}

@Test func errorsIsFollowsUnwrapChain() {
    var h = ErrHost()
    let base = h.t.errorsNew("not found")
    let other = h.t.errorsNew("not found")  // same text, different pointer
    let w1 = h.wrap("load: not found", base)
    let w2 = h.wrap("main: load: not found", w1)
    #expect(GoErrors.is(w2, base, host: &h))
    #expect(h.unwrapCalls == 2)
    #expect(!GoErrors.is(w2, other, host: &h))
    #expect(GoErrors.is(base, base, host: &h))
    #expect(!GoErrors.is(base, .nil, host: &h))
    #expect(GoErrors.is(.nil, .nil, host: &h))
    #expect(GoErrors.unwrap(w1, host: &h) == base)
    #expect(GoErrors.unwrap(base, host: &h) == .nil)
    #expect(!GoErrors.comparable(h.t.t("[]int"), h.types))
    #expect(GoErrors.comparable(h.t.t("main.point"), h.types))
}
