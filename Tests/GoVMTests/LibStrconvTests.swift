// strconv tests: FormatFloat against a table produced by real Go 1.19
// (LibFloatTableData.swift), plus Itoa/FormatInt/Atoi/Quote tables whose
// expected values were checked against go1.19.8 (see each table).
import Testing
@testable import GoVM

private func s(_ b: [UInt8]) -> String { String(decoding: b, as: UTF8.self) }

@Test func formatFloatMatchesGoTable() {
    var checked = 0
    var failures: [String] = []
    for line in libFloatTable.split(separator: "\n", omittingEmptySubsequences: true) {
        let parts = line.split(separator: "|", maxSplits: 4, omittingEmptySubsequences: false)
        let bits = UInt64(parts[0], radix: 16)!
        let fmt = parts[1].utf8.first!
        let prec = Int(parts[2])!
        let bitSize = Int(parts[3])!
        let want = String(parts[4])
        let got = s(Strconv.formatFloat(Double(bitPattern: bits), fmt, prec, bitSize))
        if got != want, failures.count < 20 { failures.append("\(line) got \(got)") }
        checked += 1
    }
    #expect(checked == 5440)
    #expect(failures == [])
}

@Test func formatIntBases() {
    #expect(s(Strconv.itoa(0)) == "0")
    #expect(s(Strconv.itoa(-9223372036854775808)) == "-9223372036854775808")
    #expect(s(Strconv.formatInt(255, 16)) == "ff")
    #expect(s(Strconv.formatInt(-255, 2)) == "-11111111")
    #expect(s(Strconv.formatInt(35, 36)) == "z")
    #expect(s(Strconv.formatUint(UInt64.max, 8)) == "1777777777777777777777")
}

@Test func atoiErrorsAsGo() {
    #expect(Strconv.atoi(Array("123".utf8)).value == 123)
    #expect(Strconv.atoi(Array("-42".utf8)).value == -42)
    #expect(Strconv.atoi(Array("+7".utf8)).value == 7)
    #expect(s(Strconv.atoi(Array("x".utf8)).error!.message) == #"strconv.Atoi: parsing "x": invalid syntax"#)
    #expect(s(Strconv.atoi(Array("".utf8)).error!.message) == #"strconv.Atoi: parsing "": invalid syntax"#)
    #expect(s(Strconv.atoi(Array("-".utf8)).error!.message) == #"strconv.Atoi: parsing "-": invalid syntax"#)
    let big = Strconv.atoi(Array("99999999999999999999".utf8))
    #expect(big.value == Int64.max)
    #expect(s(big.error!.message) == #"strconv.Atoi: parsing "99999999999999999999": value out of range"#)
    let small = Strconv.atoi(Array("-99999999999999999999".utf8))
    #expect(small.value == Int64.min)
    #expect(Strconv.atoi(Array("1_000".utf8)).error!.reason == .syntax)
    #expect(Strconv.parseInt(Array("0x_1f".utf8), 0, 64).value == 31)
    #expect(s(Strconv.parseInt(Array("300".utf8), 10, 8).error!.message) == #"strconv.ParseInt: parsing "300": value out of range"#)
}

@Test func quoteAsGo() {
    #expect(s(Strconv.quote(Array("say \"hi\"\n".utf8))) == #""say \"hi\"\n""#)
    #expect(s(Strconv.quote(Array("tab\there".utf8))) == #""tab\there""#)
    #expect(s(Strconv.quote(Array("héllo, 世界\u{7f}\u{1}".utf8))) == #""héllo, 世界\x7f\x01""#)
    #expect(s(Strconv.quote([0xff, 0x41])) == #""\xffA""#)
    #expect(s(Strconv.quote(Array("\u{ad}\u{200b}\u{1F600}".utf8))) == #""\u00ad\u200b😀""#)
    #expect(s(Strconv.quoteToASCII(Array("é😀".utf8))) == #""\u00e9\U0001f600""#)
    #expect(s(Strconv.quoteRune(0x78)) == "'x'")
    #expect(s(Strconv.quoteRune(0x27)) == #"'\''"#)
    #expect(s(Strconv.quoteRune(0x4E16)) == "'世'")
    #expect(s(Strconv.quoteRune(0x0A)) == #"'\n'"#)
    #expect(s(Strconv.quoteRune(0xD800)) == "'�'")
    #expect(Strconv.canBackquote(Array("a\tb".utf8)))
    #expect(!Strconv.canBackquote(Array("a`b".utf8)))
}

/// Ryū (Go's shortest path) must give exactly the digits of roundShortest
/// on the exact decimal (Go's !optimize path) — random bit patterns, powers
/// of two (exponent borders), denormals and integers, float64 and float32.
@Test func ryuAgreesWithExactShortest() {
    var x: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next() -> UInt64 {
        x ^= x << 13
        x ^= x >> 7
        x ^= x << 17
        return x
    }
    var inputs: [Double] = []
    for _ in 0..<6000 { inputs.append(Double(bitPattern: next())) }
    for _ in 0..<2000 { inputs.append(Double(Float(bitPattern: UInt32(truncatingIfNeeded: next())))) }
    for e in -1074...1023 { inputs.append(Double(sign: .plus, exponent: e, significand: 1)) }
    for i in 0..<500 { inputs.append(Double(i) * 0.1); inputs.append(Double(next() % 100_000_000)) }
    var mismatches: [String] = []
    for v in inputs where v.isFinite {
        for bitSize in [64, 32] {
            let f = bitSize == 32 ? Double(Float(v)) : v
            if !f.isFinite { continue }
            let bits: UInt64 = bitSize == 32 ? UInt64(Float(f).bitPattern) : f.bitPattern
            let flt: FloatInfo = bitSize == 32 ? .float32 : .float64
            var exp = Int(bits >> UInt64(flt.mantbits)) & ((1 << flt.expbits) - 1)
            var mant = bits & ((UInt64(1) << UInt64(flt.mantbits)) - 1)
            if exp == 0 { exp += 1 } else { mant |= UInt64(1) << UInt64(flt.mantbits) }
            exp += flt.bias
            var a: [UInt8] = [], b: [UInt8] = []
            Strconv.bigFtoa(&a, -1, UInt8(ascii: "e"), false, mant, exp, flt, useRyu: true)
            Strconv.bigFtoa(&b, -1, UInt8(ascii: "e"), false, mant, exp, flt, useRyu: false)
            if a != b, mismatches.count < 10 {
                mismatches.append("\(f) bits \(bitSize): ryu \(String(decoding: a, as: UTF8.self)) exact \(String(decoding: b, as: UTF8.self))")
            }
        }
    }
    #expect(inputs.count == 6000 + 2000 + 2098 + 1000)
    #expect(mismatches == [])
}

/// ParseFloat/ParseBool values and error texts against real Go 1.19
/// (LibAtofTableData.swift, generated by the program quoted there).
@Test func parseFloatAndBoolMatchGo() {
    var n = 0
    var failures: [String] = []
    for line in libAtofTable.split(separator: "\n") {
        let f = line.split(separator: "|", omittingEmptySubsequences: false)
        let input = LibTestHost.hexBytes(f[1])
        let wantErr = String(decoding: LibTestHost.hexBytes(f[4]), as: UTF8.self)
        let got: String, want: String
        if f[0] == "F" {
            let (v, err) = Strconv.parseFloat(input, Int(f[2])!)
            var bits = String(v.bitPattern, radix: 16)
            bits = String(repeating: "0", count: 16 - bits.count) + bits
            got = bits + " " + (err.map { s($0.message) } ?? "nil")
            want = String(f[3]) + " " + wantErr
        } else {
            let (v, err) = Strconv.parseBool(input)
            got = "\(v) " + (err.map { s($0.message) } ?? "nil")
            want = String(f[3]) + " " + wantErr
        }
        if got != want { failures.append("\(line): got \(got) want \(want)") }
        n += 1
    }
    #expect(n == 135)
    #expect(failures == [])
    #expect(s(Strconv.formatBool(true)) == "true" && s(Strconv.formatBool(false)) == "false")
}
