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
