// Parser: composite literals in control clause headers resolved the way Go
// resolves them, and node positions (the start of each node).
import Testing
@testable import GoFrontend

@Test func compositeLiteralsInHeaders() {
    let ok = """
        package main

        import "fmt"

        type Point struct{ X, Y int }

        func main() {
            p := Point{1, 2}
            if p == (Point{1, 2}) {
                fmt.Println("eq")
            }
            for _, v := range []Point{{1, 2}} {
                fmt.Println(v)
            }
            for i := range [2]int{} {
                fmt.Println(i)
            }
            switch (Point{}) {
            case p:
            }
            if m := map[string]int{"a": 1}; m["a"] == 1 {
                fmt.Println(m)
            }
        }
        """
    if case .failure(let d) = parseAndCheck(source: ok, fileName: "prog.go") { Issue.record("\(d.formatted)") }
    // A named type's literal needs parentheses in a header: `{` opens the block.
    let bad = "package main\n\ntype Point struct{ X, Y int }\n\nfunc main() {\n\tp := Point{1, 2}\n\tif p == Point{1, 2} {\n\t}\n}\n"
    guard case .failure(let d) = parseAndCheck(source: bad, fileName: "prog.go") else { Issue.record("expected error"); return }
    #expect(d.lines == ["prog.go:7:20: syntax error: unexpected }, expecting := or = or comma"])   // go1.19's first line
}

@Test func nodesKeepTheirStartPositions() throws {
    let src = "package main\n\nfunc main() {\n\tx := []int{1, 2}\n\tfor i, v := range x {\n\t\tprintln(i + v*2)\n\t}\n}\n"
    guard case .success(let f) = parse(source: src, fileName: "p.go"), case .fn(let main) = f.decls[0] else {
        Issue.record("parse failed"); return
    }
    #expect(main.pos == Pos(line: 3, col: 1, offset: 14))
    let body = main.body!
    #expect("\(body.lbrace) \(body.rbrace)" == "3:13 8:1")
    #expect(body.stmts.map { "\($0.pos)" } == ["4:2", "5:2"])
    guard case .range(let k, let v, let tok, let x, let loop) = body.stmts[1].kind else { Issue.record("no range"); return }
    #expect("\(k!.pos) \(v!.pos) \(tok) \(x.pos)" == "5:6 5:9 := 5:20")
    guard case .expr(let call) = loop.stmts[0].kind, case .call(let fn, let args, _, let rparen) = call.kind,
          case .binary(.add, let l, let r, let opPos) = args[0].kind else { Issue.record("no call"); return }
    #expect("\(call.pos) \(fn.pos) \(rparen) \(args[0].pos) \(l.pos) \(opPos) \(r.pos)" == "6:3 6:3 6:18 6:11 6:11 6:13 6:15")
    #expect(f.assignOpPos[body.stmts[0].id] == Pos(line: 4, col: 4, offset: 31))
}
