// Prints an AST back as Go source (gofmt-like layout: tabs, one statement
// per line). Used for round-trip tests and for short expression strings in
// messages. Models go/printer in spirit; it never adds or drops parentheses,
// so parse(print(ast)) has the same shape as ast.

/// Go source for a parsed file.
public func printGo(_ file: SourceFile) -> String {
    var p = GoPrinter()
    p.file(file)
    return p.out
}

/// Go source for one expression.
public func printGo(_ e: Expr) -> String {
    var p = GoPrinter()
    p.expr(e)
    return p.out
}

struct GoPrinter {
    var out = ""
    var indent = 0
    /// Message form (types2 ExprString): `T{…}` and `func(…) {…}` bodies elided.
    var short = false

    mutating func w(_ s: String) { out += s }
    mutating func nl() { out += "\n" + String(repeating: "\t", count: indent) }

    mutating func file(_ f: SourceFile) {
        w("package \(f.packageName.name)\n")
        if f.imports.count == 1 {
            let i = f.imports[0]
            w("\nimport " + (i.name.map { $0.name + " " } ?? "") + goQuote(i.path) + "\n")
        } else if !f.imports.isEmpty {
            w("\nimport (")
            indent += 1
            for i in f.imports {
                nl()
                if let n = i.name { w(n.name + " ") }
                w(goQuote(i.path))
            }
            indent -= 1
            nl(); w(")\n")
        }
        for d in f.decls {
            w("\n")
            switch d {
            case .gen(let g): genDecl(g)
            case .fn(let fn): funcDecl(fn)
            }
            w("\n")
        }
    }

    mutating func funcDecl(_ f: FuncDecl) {
        w("func ")
        if let r = f.recv { w("("); field(r); w(") ") }
        w(f.name.name)
        signature(f.type)
        if let b = f.body { w(" "); block(b) }
    }

    mutating func genDecl(_ g: GenDecl) {
        w(g.tok.description + " ")
        if g.grouped {
            w("(")
            indent += 1
            for s in g.specs { nl(); spec(s) }
            indent -= 1
            nl(); w(")")
        } else if let s = g.specs.first {
            spec(s)
        }
    }

    mutating func spec(_ s: Spec) {
        switch s {
        case .type(let t):
            w(t.name.name)
            w(t.isAlias ? " = " : " ")
            expr(t.type)
        case .value(let v):
            w(v.names.map(\.name).joined(separator: ", "))
            if let t = v.type { w(" "); expr(t) }
            if !v.values.isEmpty { w(" = "); exprList(v.values) }
        }
    }

    mutating func field(_ f: FieldDecl) {
        if !f.names.isEmpty { w(f.names.map(\.name).joined(separator: ", ") + " ") }
        expr(f.type)
        if let t = f.tag { w(" " + t) }
    }

    mutating func fieldList(_ fs: [FieldDecl]) {
        for (i, f) in fs.enumerated() {
            if i > 0 { w(", ") }
            field(f)
        }
    }

    mutating func signature(_ s: FuncTypeExpr) {
        w("("); fieldList(s.params); w(")")
        if s.results.isEmpty { return }
        if s.parenResults || s.results.count > 1 || !s.results[0].names.isEmpty {
            w(" ("); fieldList(s.results); w(")")
        } else {
            w(" "); expr(s.results[0].type)
        }
    }

    mutating func exprList(_ l: [Expr]) {
        for (i, e) in l.enumerated() {
            if i > 0 { w(", ") }
            expr(e)
        }
    }

    mutating func expr(_ e: Expr) {
        switch e.kind {
        case .bad: w("BAD")
        case .ident(let i): w(i.name)
        case .basicLit(let l): w(l.raw)
        case .compositeLit(let t, let elems, _):
            if let t = t { expr(t) }
            if short && !elems.isEmpty { w("{…}"); return }
            w("{"); exprList(elems); w("}")
        case .funcLit(let sig, let body):
            w("func"); signature(sig)
            if short { w(body.stmts.isEmpty ? " {}" : " {…}"); return }   // syntax printer: "…" only for a non-empty body
            w(" "); block(body)
        case .paren(let x): w("("); expr(x); w(")")
        case .selector(let x, let s): expr(x); w("." + s.name)
        case .index(let x, let i): expr(x); w("["); expr(i); w("]")
        case .slice(let x, let lo, let hi, let mx, let three):
            expr(x); w("[")
            if let lo = lo { expr(lo) }
            w(":")
            if let hi = hi { expr(hi) }
            if three { w(":"); if let mx = mx { expr(mx) } }
            w("]")
        case .typeAssert(let x, let t):
            expr(x); w(".(")
            if let t = t { expr(t) } else { w("type") }
            w(")")
        case .call(let f, let args, let dots, _):
            expr(f); w("("); exprList(args)
            if dots { w("...") }
            w(")")
        case .star(let x): w("*"); expr(x)
        case .unary(let op, let x):
            w(op.description)
            // keep `- -x` and `<- <-c` from fusing into other tokens
            if case .unary(let op2, _) = x.kind, op2 == op || (op == .sub && op2 == .arrow) { w(" ") }
            if op == .and, case .unary(.and, _) = x.kind { w(" ") }
            expr(x)
        case .binary(let op, let x, let y, _):
            expr(x); w(" \(op.description) "); expr(y)
        case .keyValue(let k, let v): expr(k); w(": "); expr(v)
        case .arrayType(let len, let elem):
            switch len {
            case .slice: w("[]")
            case .ellipsis: w("[...]")
            case .expr(let n): w("["); expr(n); w("]")
            }
            expr(elem)
        case .structType(let fs):
            if fs.isEmpty { w("struct{}"); return }
            w("struct {")
            indent += 1
            for f in fs { nl(); field(f) }
            indent -= 1
            nl(); w("}")
        case .funcType(let sig): w("func"); signature(sig)
        case .interfaceType(let elems):
            if elems.isEmpty { w("interface{}"); return }
            w("interface {")
            indent += 1
            for el in elems {
                nl()
                switch el {
                case .method(let n, let sig): w(n.name); signature(sig)
                case .embedded(let t): expr(t)
                }
            }
            indent -= 1
            nl(); w("}")
        case .mapType(let k, let v): w("map["); expr(k); w("]"); expr(v)
        case .chanType(let dir, let elem):
            switch dir {
            case .both: w("chan ")
            case .send: w("chan<- ")
            case .recv: w("<-chan ")
            }
            expr(elem)
        case .ellipsis(let t): w("..."); expr(t)
        }
    }

    mutating func block(_ b: Block) {
        w("{")
        indent += 1
        for s in b.stmts { nl(); stmt(s) }
        indent -= 1
        if !b.stmts.isEmpty { nl() }
        w("}")
    }

    mutating func simple(_ s: Stmt) {
        stmt(s)
    }

    mutating func stmt(_ s: Stmt) {
        switch s.kind {
        case .bad: w("BAD")
        case .empty: break
        case .decl(let g): genDecl(g)
        case .labeled(let l, let inner):
            // labels are outdented one level like gofmt
            indent -= 1
            if out.hasSuffix("\t") { out.removeLast() }
            w(l.name + ":")
            indent += 1
            if case .empty = inner.kind {} else { nl(); stmt(inner) }
        case .expr(let x): expr(x)
        case .send(let c, let v): expr(c); w(" <- "); expr(v)
        case .incDec(let x, let t): expr(x); w(t.description)
        case .assign(let l, let t, let r):
            exprList(l); w(" \(t.description) "); exprList(r)
        case .go(let x): w("go "); expr(x)
        case .defer(let x): w("defer "); expr(x)
        case .return(let xs):
            w("return")
            if !xs.isEmpty { w(" "); exprList(xs) }
        case .branch(let t, let label):
            w(t.description)
            if let l = label { w(" " + l.name) }
        case .block(let b): block(b)
        case .if(let i, let c, let then, let els):
            w("if ")
            if let i = i { simple(i); w("; ") }
            expr(c); w(" "); block(then)
            if let e = els { w(" else "); stmt(e) }
        case .switch(let i, let tag, let clauses, _):
            w("switch ")
            if let i = i { simple(i); w("; ") }
            if let t = tag { expr(t); w(" ") }
            w("{")
            for c in clauses { caseClause(c) }
            nl(); w("}")
        case .typeSwitch(let i, let bind, let g, let clauses, _):
            w("switch ")
            if let i = i { simple(i); w("; ") }
            if let b = bind { w(b.name + " := ") }
            expr(g); w(" {")
            for c in clauses { caseClause(c) }
            nl(); w("}")
        case .select(let clauses, _):
            w("select {")
            for c in clauses {
                nl()
                if let comm = c.comm { w("case "); simple(comm); w(":") } else { w("default:") }
                indent += 1
                for s in c.body { nl(); stmt(s) }
                indent -= 1
            }
            nl(); w("}")
        case .for(let i, let c, let post, let body):
            w("for ")
            if i != nil || post != nil {
                if let i = i { simple(i) }
                w("; ")
                if let c = c { expr(c) }
                w("; ")
                if let p = post { simple(p) }
                w(" ")
            } else if let c = c {
                expr(c); w(" ")
            }
            block(body)
        case .range(let k, let v, let t, let x, let body):
            w("for ")
            if let k = k {
                expr(k)
                if let v = v { w(", "); expr(v) }
                w(" \(t.description) ")
            }
            w("range "); expr(x); w(" "); block(body)
        }
    }

    mutating func caseClause(_ c: CaseClause) {
        nl()
        if let l = c.list { w("case "); exprList(l); w(":") } else { w("default:") }
        indent += 1
        for s in c.body { nl(); stmt(s) }
        indent -= 1
    }
}
