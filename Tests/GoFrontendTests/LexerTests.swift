// Lexer: literal forms, automatic semicolons, positions (byte columns like
// Go, rune columns for the terminal), comments for highlighting.
import Testing
@testable import GoFrontend

func lexAll(_ src: String) -> [(Token, String, String)] {
    var lx = Lexer(src)
    var out: [(Token, String, String)] = []
    while true {
        lx.next()
        if lx.tok == .eof || !lx.errors.isEmpty { break }
        out.append((lx.tok, lx.lit, "\(lx.tokPos)"))
    }
    return out
}

@Test func literalFormsAndSemicolons() {
    let src = "x := 0x1F + 0o17 + 0b1010 + 1_000_000 + 017 + 1.5e3 + .5 + 0x1p-2\ns := `raw\nline` + \"a\\tb\\u00e9\" + 'x' + '\\n' + '\\377'\nreturn\n}"
    let toks = lexAll(src).map { "\($0.0 == .semicolon ? ";" : $0.0.description)\($0.0 == .int || $0.0 == .float || $0.0 == .char || $0.0 == .string ? "(" + $0.1 + ")" : "")@\($0.2)" }
    #expect(toks == [
        "name@1:1", ":=@1:3", "literal(0x1F)@1:6", "+@1:11", "literal(0o17)@1:13", "+@1:18", "literal(0b1010)@1:20",
        "+@1:27", "literal(1_000_000)@1:29", "+@1:39", "literal(017)@1:41", "+@1:45", "literal(1.5e3)@1:47",
        "+@1:53", "literal(.5)@1:55", "+@1:58", "literal(0x1p-2)@1:60", ";@1:66",
        "name@2:1", ":=@2:3", "literal(`raw\nline`)@2:6", "+@3:7", "literal(\"a\\tb\\u00e9\")@3:9", "+@3:22",
        "literal('x')@3:24", "+@3:28", "literal('\\n')@3:30", "+@3:35", "literal('\\377')@3:37", ";@3:43",
        "return@4:1", ";@4:7", "}@5:1", ";@5:2",
    ])
}

@Test func literalValues() throws {
    let p = try #require(checked("""
        package main

        func main() {
            a := 0x1F + 0o17 + 0b1010 + 1_000_000 + 017
            b := 1.5e3 + .5 + 0x1p-2
            c := "a\\tb\\u00e9\\x41\\101" + `r\\n`
            d := '\\377' + '世'
            _, _, _, _ = a, b, c, d
        }
        """))
    #expect(info(p, "0x1F + 0o17 + 0b1010 + 1_000_000 + 017")?.constant == .int(BigInt(31 + 15 + 10 + 1_000_000 + 15)))
    #expect(info(p, "1.5e3 + .5 + 0x1p-2")?.constant == .float(1500.75))
    #expect(info(p, "\"a\\tb\\u00e9\\x41\\101\" + `r\\n`")?.constant == .string("a\tbéAAr\\n"))
    #expect(info(p, "'\\377' + '世'")?.constant == .int(BigInt(255 + 0x4E16)))
    #expect(typeName(p, info(p, "'\\377' + '世'")) == "int32")
}

@Test func commentsActAsNewlines() {
    let toks = lexAll("a /* x\ny */ b // c\nc /* same line */ d\n").map { $0.0 == .semicolon ? ";" : $0.1 }
    #expect(toks == ["a", ";", "b", ";", "c", "d", ";"])
}

@Test func highlightTokensIncludeComments() {
    let src = "package main // the package\n\n/* doc */\nfunc main() { x := \"é\" }\n"
    let toks = sourceTokens(src)
    #expect(toks.map { "\($0.kind == .comment ? "comment" : $0.kind.description)@\($0.pos):\($0.length)" } == [
        "package@1:1:7", "name@1:9:4", "comment@1:14:14", "comment@3:1:9", "func@4:1:4", "name@4:6:4",
        "(@4:10:1", ")@4:11:1", "{@4:13:1", "name@4:15:1", ":=@4:17:2", "literal@4:20:4", "}@4:25:1",
    ])
}

@Test func runeColumnsForTheTerminal() {
    let src = "package main\n\nvar s = \"héllo, 世界\" + x\n"
    // Go reports the byte column of x: 8 (var s = ) + 16 bytes of the string literal + 3
    guard case .failure(let d) = parseAndCheck(source: src, fileName: "p.go") else { Issue.record("expected error"); return }
    #expect(d.lines == ["p.go:3:28: undefined: x"])
    #expect(runeColumn(of: d.items[0].pos, in: src) == 23)
}

@Test func lexicalErrorsLikeGo() {
    func first(_ body: String) -> String {
        guard case .failure(let d) = parseAndCheck(source: "package main\n\nfunc main() {\n\(body)\n}\n", fileName: "p.go") else { return "<ok>" }
        return d.lines[0]
    }
    // expected texts and positions: go build (Go 1.19)
    #expect(first("\tx := 0x") == "p.go:4:9: hexadecimal literal has no digits")
    #expect(first("\tx := 1__0") == "p.go:4:9: '_' must separate successive digits")
    #expect(first("\tx := 0b102") == "p.go:4:11: invalid digit '2' in binary literal")
    #expect(first("\tx := ''") == "p.go:4:8: empty rune literal or unescaped '")
    #expect(first("\tx := \"\\x4g\"") == "p.go:4:11: invalid character 'g' in hexadecimal escape")
    #expect(first("\t/* open") == "p.go:4:2: comment not terminated")
    #expect(first("\tx := `open") == "p.go:4:7: string not terminated")
}
