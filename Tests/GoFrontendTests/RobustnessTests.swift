// The front end never crashes, hangs or overflows the stack: seeded
// mutations of the corpus, and deeply nested input refused with a message.
import Testing
@testable import GoFrontend

/// xorshift64* — a fixed-seed generator for reproducible mutants.
struct MutationRand {
    var state: UInt64
    mutating func next() -> UInt64 {
        state ^= state >> 12; state ^= state << 25; state ^= state >> 27
        return state &* 2685821657736338717
    }
    mutating func below(_ n: Int) -> Int { n <= 0 ? 0 : Int(next() % UInt64(n)) }
}

let mutationTokens = ["{", "}", "(", ")", "[", "]", "func", ":=", "=", "...", "'", "\"", "`", "\\", "/*",
                      "*/", "//", "0x", "1e", "_", "ä", "\u{0}", "\n", ";", "chan", "<-", "go", "type",
                      "interface{", "struct{", "map[", "range", "switch", ".(type)", "case", "default:",
                      "0b2", "0o9", "1_000", "'\\x'", "\"\\u12\"", "9223372036854775808", "1<<600", "x.", "&"]

func mutate(_ src: String, _ r: inout MutationRand) -> String {
    var s = Array(src.unicodeScalars)
    let ops = 1 + r.below(3)
    for _ in 0..<ops {
        guard !s.isEmpty else { break }
        let a = r.below(s.count), len = 1 + r.below(min(40, s.count - a))
        switch r.below(5) {
        case 0: s.removeSubrange(a..<(a + len))
        case 1: s.insert(contentsOf: s[a..<(a + len)], at: r.below(s.count))
        case 2: s.insert(contentsOf: Array(mutationTokens[r.below(mutationTokens.count)].unicodeScalars), at: a)
        case 3: s = Array(s[0..<a])
        default:
            let b = r.below(s.count)
            s.swapAt(a, b)
        }
    }
    var out = String.UnicodeScalarView()
    out.append(contentsOf: s)
    return String(out)
}

@Test(arguments: corpusPrograms())
func seededMutationsNeverCrash(_ name: String) {
    var r = MutationRand(state: 0x9E3779B97F4A7C15 ^ UInt64(name.utf8.reduce(0) { $0 &* 31 &+ Int($1) } & 0xFFFF_FFFF))
    let src = corpusSource(name)
    var failures = 0
    for _ in 0..<40 {
        let m = mutate(src, &r)
        switch parseAndCheck(source: m, fileName: "m.go") {
        case .success: break
        case .failure(let d):
            failures += 1
            #expect(!d.items.isEmpty && d.items.count <= 10)
            #expect(d.lines.allSatisfy { $0.hasPrefix("m.go") || $0.hasPrefix("\t") })
        }
    }
    #expect(failures > 0)   // the mutations do break programs
}

func program(_ body: String) -> String { "package main\n\nfunc main() {\n\(body)\n}\n" }

@Test func deepNestingIsRefusedWithAMessage() {
    let parens = program("\tx := " + String(repeating: "(", count: 5000) + "1" + String(repeating: ")", count: 5000) + "\n\t_ = x")
    guard case .failure(let d) = parseAndCheck(source: parens, fileName: "prog.go") else {
        Issue.record("expected refusal"); return
    }
    #expect(d.lines == ["prog.go:4:1006: gmpscope: nesting too deep (more than 1000 levels of blocks, parentheses or types)"])

    let blocks = program(String(repeating: "{", count: 3000) + String(repeating: "}", count: 3000))
    guard case .failure(let b) = parseAndCheck(source: blocks, fileName: "prog.go") else {
        Issue.record("expected refusal"); return
    }
    #expect(b.items.first?.message.hasPrefix("gmpscope: nesting too deep") == true)

    let chain = program("\tx := " + Array(repeating: "1", count: 30_000).joined(separator: " + ") + "\n\t_ = x")
    guard case .failure(let c) = parseAndCheck(source: chain, fileName: "prog.go") else {
        Issue.record("expected refusal"); return
    }
    #expect(c.lines == ["prog.go:4:7: gmpscope: expression nested too deeply"])
}

@Test func deepButReasonableNestingChecks() {
    let parens = program("\tx := " + String(repeating: "(", count: 900) + "1" + String(repeating: ")", count: 900) + "\n\t_ = x")
    let ifs = program("\tx := 1\n" + String(repeating: "if x > 0 {", count: 900) + "x++" + String(repeating: "}", count: 900))
    let chain = program("\tx := " + Array(repeating: "1", count: 10_000).joined(separator: " + ") + "\n\t_ = x")
    for src in [parens, ifs, chain] {
        if case .failure(let d) = parseAndCheck(source: src, fileName: "prog.go") { Issue.record("\(d.formatted)") }
    }
    guard case .success(let p) = parseAndCheck(source: chain, fileName: "prog.go") else { return }
    #expect(p.locals.first { $0.name == "x" }.map { p.types.string($0.type) } == "int")
}

@Test func unreadableInputGetsClearMessages() {
    #expect(loadAndCheck(path: "/nonexistent/prog.go").failureLines == ["/nonexistent/prog.go: open /nonexistent/prog.go: no such file or directory"])
    #expect(decodeSource([], fileName: "e.go").failureLines == ["e.go: empty file: expected 'package main'"])
    #expect(decodeSource([0x70, 0x00, 0x01], fileName: "b.go").failureLines == ["b.go: binary file: not Go source (contains NUL bytes)"])
    #expect(decodeSource([0x70, 0xff, 0xfe], fileName: "u.go").failureLines == ["u.go: not Go source: invalid UTF-8 encoding"])
    #expect(parseAndCheck(source: "", fileName: "p.go").failureLines == ["p.go:1:1: expected 'package', found 'EOF'"])
    #expect(parseAndCheck(source: "// just a comment\n", fileName: "p.go").failureLines == ["p.go:2:1: expected 'package', found 'EOF'"])
    #expect(parseAndCheck(source: "package lib\n", fileName: "p.go").failureLines == ["p.go:1:9: package lib is not a main package (gmpscope runs package main)"])
    #expect(parseAndCheck(source: "package main\n", fileName: "p.go").failureLines == ["p.go: function main is undeclared in the main package"])
}

extension Result where Failure == Diagnostics {
    var failureLines: [String] {
        if case .failure(let d) = self { return d.lines }
        return ["<success>"]
    }
}
