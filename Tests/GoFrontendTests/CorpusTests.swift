// Every corpus program parses and checks cleanly, and printing the AST back
// as Go and re-parsing it gives the same tree.
import Foundation
import Testing
@testable import GoFrontend

let corpusDir: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("shared/corpus/programs")

func corpusPrograms() -> [String] {
    let files = (try? FileManager.default.contentsOfDirectory(atPath: corpusDir.path)) ?? []
    return files.filter { $0.hasSuffix(".go") }.sorted()
}

func corpusSource(_ name: String) -> String {
    (try? String(contentsOf: corpusDir.appendingPathComponent(name), encoding: .utf8)) ?? ""
}

@Test func corpusIsPresent() {
    #expect(corpusPrograms().count == 42)
}

@Test(arguments: corpusPrograms())
func corpusProgramChecks(_ name: String) throws {
    switch parseAndCheck(source: corpusSource(name), fileName: name) {
    case .failure(let d): Issue.record("\(name): \(d.formatted)")
    case .success(let prog):
        #expect(prog.funcs[Int(prog.mainFunc.raw)].name == "main.main")
        // every value expression the compiler reads is typed
        let missing = untypedValueExprs(prog)
        #expect(missing.isEmpty, "untyped expressions: \(missing.prefix(5))")
    }
}

/// A structural dump of the AST without positions: the round-trip key.
func shape(_ f: SourceFile) -> String { printGo(f) }

@Test(arguments: corpusPrograms())
func corpusRoundTrip(_ name: String) throws {
    guard case .success(let f1) = parse(source: corpusSource(name), fileName: name) else {
        Issue.record("parse failed"); return
    }
    let printed = printGo(f1)
    guard case .success(let f2) = parse(source: printed, fileName: "printed.go") else {
        Issue.record("re-parse of printed source failed:\n\(printed)"); return
    }
    #expect(f2.nodeCount == f1.nodeCount)
    #expect(printGo(f2) == printed)
    #expect(astDump(f2) == astDump(f1))
    // and the printed program still checks
    if case .failure(let d) = parseAndCheck(source: printed, fileName: "printed.go") {
        Issue.record("printed program fails to check: \(d.formatted)")
    }
}

/// Node kinds and names in pre-order, ids included: equal dumps mean
/// equal trees (positions aside).
func astDump(_ f: SourceFile) -> [String] {
    var out: [String] = []
    func e(_ x: Expr?) {
        guard let x = x else { out.append("nil"); return }
        out.append("e\(x.id)")
        switch x.kind {
        case .ident(let i): out.append("id:\(i.name)")
        case .basicLit(let l): out.append("lit:\(l.raw)")
        case .compositeLit(let t, let els, _): out.append("complit"); e(t); els.forEach { e($0) }
        case .funcLit(let sig, let b): out.append("funclit"); ft(sig); blk(b)
        case .paren(let i): out.append("paren"); e(i)
        case .selector(let b, let s): out.append("sel:\(s.name)"); e(b)
        case .index(let b, let i): out.append("index"); e(b); e(i)
        case .slice(let b, let l, let h, let m, let three): out.append("slice:\(three)"); e(b); e(l); e(h); e(m)
        case .typeAssert(let b, let t): out.append("assert"); e(b); e(t)
        case .call(let fn, let args, let dots, _): out.append("call:\(dots)"); e(fn); args.forEach { e($0) }
        case .star(let i): out.append("star"); e(i)
        case .unary(let op, let i): out.append("unary:\(op)"); e(i)
        case .binary(let op, let l, let r, _): out.append("binary:\(op)"); e(l); e(r)
        case .keyValue(let k, let v): out.append("kv"); e(k); e(v)
        case .arrayType(let len, let el):
            switch len {
            case .slice: out.append("slicetype")
            case .ellipsis: out.append("ellipsisarray")
            case .expr(let n): out.append("array"); e(n)
            }
            e(el)
        case .structType(let fs): out.append("struct"); fs.forEach(fd)
        case .funcType(let sig): out.append("functype"); ft(sig)
        case .interfaceType(let els): out.append("iface:\(els.count)")
        case .mapType(let k, let v): out.append("map"); e(k); e(v)
        case .chanType(let d, let el): out.append("chan:\(d)"); e(el)
        case .ellipsis(let t): out.append("dots"); e(t)
        case .bad: out.append("bad")
        }
    }
    func fd(_ f: FieldDecl) { out.append("field:\(f.names.map(\.name)):\(f.embedded)"); e(f.type) }
    func ft(_ f: FuncTypeExpr) { f.params.forEach(fd); out.append("->"); f.results.forEach(fd) }
    func blk(_ b: Block) { out.append("{"); b.stmts.forEach(s); out.append("}") }
    func s(_ x: Stmt?) {
        guard let x = x else { out.append("nil"); return }
        out.append("s\(x.id)")
        switch x.kind {
        case .bad: out.append("bad")
        case .empty: out.append("empty")
        case .decl(let g): out.append("decl:\(g.tok):\(g.specs.count)")
        case .labeled(let l, let i): out.append("label:\(l.name)"); s(i)
        case .expr(let x): e(x)
        case .send(let c, let v): out.append("send"); e(c); e(v)
        case .incDec(let x, let t): out.append("incdec:\(t)"); e(x)
        case .assign(let l, let t, let r): out.append("assign:\(t)"); l.forEach { e($0) }; r.forEach { e($0) }
        case .go(let c): out.append("go"); e(c)
        case .defer(let c): out.append("defer"); e(c)
        case .return(let r): out.append("return"); r.forEach { e($0) }
        case .branch(let t, let l): out.append("branch:\(t):\(l?.name ?? "")")
        case .block(let b): blk(b)
        case .if(let i, let c, let t, let el): out.append("if"); s(i); e(c); blk(t); s(el)
        case .switch(let i, let tag, let cs, _):
            out.append("switch"); s(i); e(tag)
            for c in cs { out.append("case\(c.id)"); c.list?.forEach { e($0) }; c.body.forEach(s) }
        case .typeSwitch(let i, let b, let g, let cs, _):
            out.append("typeswitch:\(b?.name ?? "")"); s(i); e(g)
            for c in cs { out.append("case\(c.id)"); c.list?.forEach { e($0) }; c.body.forEach(s) }
        case .select(let cs, _):
            out.append("select")
            for c in cs { out.append("comm\(c.id)"); s(c.comm); c.body.forEach(s) }
        case .for(let i, let c, let p, let b): out.append("for"); s(i); e(c); s(p); blk(b)
        case .range(let k, let v, let t, let x, let b): out.append("range:\(t)"); e(k); e(v); e(x); blk(b)
        }
    }
    for d in f.decls {
        switch d {
        case .fn(let fn):
            out.append("func:\(fn.name.name)")
            if let r = fn.recv { fd(r) }
            ft(fn.type)
            if let b = fn.body { blk(b) }
        case .gen(let g):
            out.append("gen:\(g.tok)")
            for sp in g.specs {
                switch sp {
                case .type(let t): out.append("type:\(t.name.name)"); e(t.type)
                case .value(let v): out.append("value:\(v.names.map(\.name))"); e(v.type); v.values.forEach { e($0) }
                }
            }
        }
    }
    return out
}

/// Value expressions (in function bodies and initializers) whose side-table
/// entry is missing: the compiler could not compile them.
func untypedValueExprs(_ prog: CheckedProgram) -> [String] {
    var bad: [String] = []
    func e(_ x: Expr?) {
        guard let x = x else { return }
        let info = prog.exprs[Int(x.id)]
        if info.mode == .invalid || info.type == Universe.invalid && info.mode != .novalue && info.mode != .package && info.mode != .builtin {
            bad.append("\(x.pos) \(printGo(x))")
        }
        switch x.kind {
        case .compositeLit(_, let els, _):
            for el in els {
                if case .keyValue(let k, let v) = el.kind {
                    if case .ident = k.kind {} else { e(k) }
                    e(v)
                } else { e(el) }
            }
        case .funcLit(_, let b): b.stmts.forEach(s)
        case .paren(let i), .star(let i), .unary(_, let i): e(i)
        case .selector(let b, _):
            if prog.exprs[Int(b.id)].mode != .package { e(b) }
        case .index(let b, let i): e(b); e(i)
        case .slice(let b, let l, let h, let m, _): e(b); e(l); e(h); e(m)
        case .typeAssert(let b, _): e(b)
        case .call(let fn, let args, _, _):
            e(fn)
            if case .builtin(.make)? = prog.exprs[Int(x.id)].call { args.dropFirst().forEach { e($0) } }
            else if case .builtin(.new)? = prog.exprs[Int(x.id)].call {}
            else { args.forEach { e($0) } }
        case .binary(_, let l, let r, _): e(l); e(r)
        default: break
        }
    }
    func s(_ x: Stmt?) {
        guard let x = x else { return }
        switch x.kind {
        case .expr(let v): e(v)
        case .send(let c, let v): e(c); e(v)
        case .incDec(let v, _): e(v)
        case .assign(let l, _, let r):
            for v in l { if case .ident(let i) = v.kind, i.name == "_" { continue }; e(v) }
            r.forEach { e($0) }
        case .go(let c), .defer(let c): e(c)
        case .return(let r): r.forEach { e($0) }
        case .block(let b): b.stmts.forEach(s)
        case .labeled(_, let i): s(i)
        case .if(let i, let c, let t, let el): s(i); e(c); t.stmts.forEach(s); s(el)
        case .switch(let i, let tag, let cs, _):
            s(i); e(tag)
            for c in cs { c.list?.forEach { e($0) }; c.body.forEach(s) }
        case .typeSwitch(let i, _, _, let cs, _):
            s(i)
            for c in cs { c.body.forEach(s) }
        case .select(let cs, _): for c in cs { s(c.comm); c.body.forEach(s) }
        case .for(let i, let c, let p, let b): s(i); e(c); s(p); b.stmts.forEach(s)
        case .range(let k, let v, _, let x, let b):
            for it in [k, v] { if let it = it, case .ident(let i) = it.kind, i.name == "_" { continue }; e(it) }
            e(x); b.stmts.forEach(s)
        case .decl(let g):
            for sp in g.specs { if case .value(let v) = sp, g.tok == .kwVar { v.values.forEach { e($0) } } }
        default: break
        }
    }
    for d in prog.file.decls {
        if case .fn(let f) = d { f.body?.stmts.forEach(s) }
    }
    return bad
}
