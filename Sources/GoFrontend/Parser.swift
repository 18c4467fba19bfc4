// The Go parser: tokens → `SourceFile`. Models
// cmd/compile/internal/syntax/parser.go (fileOrNil, funcDeclOrNil,
// paramList, stmtOrNil, header, pexpr with its composite-literal rule via
// `xnest`) and its "syntax error: unexpected X, expecting Y" messages.
// Recovery is left out: parsing stops at the first syntax error (Go goes on
// and may report more). Nesting deeper than `maxNesting` is refused.

/// Parses one file. Syntax errors come back in Go's wording.
public func parse(source: String, fileName: String) -> Result<SourceFile, Diagnostics> {
    withLargeStack { parseOnThisThread(source: source, fileName: fileName) }
}

func parseOnThisThread(source: String, fileName: String) -> Result<SourceFile, Diagnostics> {
    let (file, hard, soft) = parseInternal(source: source, fileName: fileName)
    if !hard.isEmpty || !soft.isEmpty {
        return .failure(makeDiagnostics(fileName: fileName, hard + soft))
    }
    return .success(file)
}

/// The file plus errors that stop checking (`hard`) and errors after which
/// Go still type-checks the file (`soft`).
func parseInternal(source: String, fileName: String) -> (SourceFile, hard: [Diagnostic], soft: [Diagnostic]) {
    var p = Parser(source: source, fileName: fileName)
    let file = p.parseFile()
    return (file, p.errors, p.softErrors)
}

/// Sorts by position and caps at 10 like the Go compiler.
func makeDiagnostics(fileName: String, _ errs: [Diagnostic]) -> Diagnostics {
    var out: [Diagnostic] = []
    for d in errs.enumerated().sorted(by: { ($0.element.pos.offset, $0.offset) < ($1.element.pos.offset, $1.offset) }).map(\.element) {
        // Like base.FlushErrors: drop exact repeats on the same line.
        if let last = out.last, last.pos.line == d.pos.line, last.message == d.message { continue }
        out.append(d)
    }
    let tooMany = out.count > 10
    return Diagnostics(fileName: fileName, items: Array(out.prefix(10)), tooMany: tooMany)
}

struct Parser {
    static let maxNesting = 1000

    var lx: Lexer
    let fileName: String
    var errors: [Diagnostic] = []
    /// Errors Go's parser reports while going on (type checking still runs).
    var softErrors: [Diagnostic] = []
    var nextID: NodeID = 0
    /// Expression nesting; -1 inside control clause headers (composite
    /// literals of named types need parentheses there).
    var xnest = 0
    var depth = 0
    var failed = false
    var assignOpPos: [NodeID: Pos] = [:]

    init(source: String, fileName: String) {
        lx = Lexer(source)
        self.fileName = fileName
        lx.next()
        takeLexErrors()
    }

    // MARK: token helpers

    var tok: Token { lx.tok }
    var pos: Pos { lx.tokPos }

    mutating func next() {
        if failed { lx.tok = .eof; return }
        lx.next()
        takeLexErrors()
    }

    mutating func takeLexErrors() {
        if !lx.errors.isEmpty {
            errors.append(contentsOf: lx.errors)
            lx.errors.removeAll()
            failed = true
            lx.tok = .eof
        }
    }

    mutating func newID() -> NodeID { defer { nextID += 1 }; return nextID }

    mutating func errorAt(_ p: Pos, _ msg: String) {
        if failed { return }
        errors.append(Diagnostic(pos: p, message: msg))
        failed = true
        lx.tok = .eof
    }

    /// syntaxErrorAt: adds "unexpected <tok>" for messages starting with
    /// "in ", "at ", "after ", "expecting ".
    mutating func syntaxError(_ msg: String, at p: Pos? = nil) {
        if failed { return }
        let where_ = p ?? pos
        var m = msg
        if m.hasPrefix("in ") || m.hasPrefix("at ") || m.hasPrefix("after ") {
            m = " " + m
        } else if m.hasPrefix("expecting ") {
            m = ", " + m
        } else {
            errorAt(where_, "syntax error: " + msg)
            return
        }
        errorAt(where_, "syntax error: unexpected " + tokenDescription() + m)
    }

    func tokenDescription() -> String {
        switch tok {
        case .ident, .semicolon: return lx.lit.isEmpty ? "semicolon" : lx.lit
        case .int, .float, .imag, .char, .string: return "literal " + lx.lit
        case .comma: return "comma"
        case .eof: return "EOF"
        default:
            return tok.description
        }
    }

    func tokstring(_ t: Token) -> String {
        switch t {
        case .comma: return "comma"
        case .semicolon: return "semicolon or newline"
        default: return t.description
        }
    }

    mutating func got(_ t: Token) -> Bool {
        if tok == t { next(); return true }
        return false
    }

    mutating func want(_ t: Token) {
        if !got(t) { syntaxError("expecting " + tokstring(t)) }
    }

    mutating func unsupported(_ what: String, at p: Pos) {
        errorAt(p, "gmpscope does not support \(what) yet")
    }

    mutating func enter() -> Bool {
        depth += 1
        if depth > Parser.maxNesting {
            errorAt(pos, "gmpscope: nesting too deep (more than \(Parser.maxNesting) levels of blocks, parentheses or types)")
            return false
        }
        return true
    }
    mutating func leave() { depth -= 1 }

    // MARK: file

    mutating func parseFile() -> SourceFile {
        var file = SourceFile(fileName: fileName, packagePos: pos, packageName: Ident(id: -1, pos: pos, name: ""),
                              imports: [], decls: [], nodeCount: 0)
        if tok != .kwPackage {
            if tok == .eof && !failed {
                errorAt(pos, "expected 'package', found 'EOF'")
            } else {
                syntaxError("package statement must be first")
            }
            return file
        }
        next()
        file.packageName = name()
        want(.semicolon)
        if failed { return file }
        if file.packageName.name != "main" {
            errorAt(file.packageName.pos, "package \(file.packageName.name) is not a main package (gmpscope runs package main)")
            return file
        }
        var prev = Token.kwImport
        while tok != .eof {
            if tok == .kwImport && prev != .kwImport {
                syntaxError("imports must appear before other declarations")
            }
            prev = tok
            switch tok {
            case .kwImport:
                next()
                group { p in
                    if let s = p.importSpec() { file.imports.append(s) }
                }
            case .kwConst, .kwVar, .kwType:
                file.decls.append(.gen(genDecl()))
            case .kwFunc:
                let fp = pos
                next()
                if let f = funcDecl(fpos: fp) { file.decls.append(.fn(f)) }
            default:
                if tok == .lbrace, case .fn(let f)? = file.decls.last, f.body == nil {
                    syntaxError("unexpected semicolon or newline before {")
                } else {
                    syntaxError("non-declaration statement outside function body")
                }
            }
            if tok != .eof && !got(.semicolon) {
                syntaxError("after top level declaration")
            }
        }
        file.nodeCount = nextID
        file.assignOpPos = assignOpPos
        return file
    }

    /// `f` or `( f; f; … )`.
    mutating func group(_ f: (inout Parser) -> Void) {
        if got(.lparen) {
            while tok != .eof && tok != .rparen {
                f(&self)
                if !got(.semicolon) && tok != .rparen {
                    syntaxError("in grouped declaration; possibly missing semicolon or newline or )")
                }
            }
            want(.rparen)
        } else {
            f(&self)
        }
    }

    mutating func importSpec() -> ImportSpec? {
        let p = pos
        var local: Ident? = nil
        if tok == .ident { local = name() }
        else if tok == .period { local = Ident(id: newID(), pos: pos, name: "."); next() }
        guard tok == .string else {
            if tok == .int || tok == .float || tok == .char || tok == .imag {
                syntaxError("import path must be a string")
            } else {
                syntaxError("missing import path")
            }
            return nil
        }
        let raw = lx.lit, ppos = pos
        next()
        return ImportSpec(id: newID(), pos: p, name: local, path: unquote(raw) ?? raw, pathPos: ppos)
    }

    mutating func genDecl() -> GenDecl {
        let p = pos, t = tok
        next()
        var d = GenDecl(pos: p, tok: t, grouped: tok == .lparen, specs: [])
        var iota = 0
        group { ps in
            switch t {
            case .kwType: if let s = ps.typeSpec() { d.specs.append(.type(s)) }
            default:
                d.specs.append(.value(ps.valueSpec(isConst: t == .kwConst, iota: iota)))
                iota += 1
            }
        }
        return d
    }

    mutating func valueSpec(isConst: Bool, iota: Int) -> ValueSpec {
        let p = pos
        var names = [name()]
        while got(.comma) { names.append(name()) }
        var type: Expr? = nil
        var values: [Expr] = []
        if isConst {
            if tok != .eof && tok != .semicolon && tok != .rparen {
                type = typeOrNil()
                if gotAssign() { values = exprList() }
            }
        } else {
            if gotAssign() {
                values = exprList()
            } else {
                type = typeExpr()
                if gotAssign() { values = exprList() }
            }
        }
        return ValueSpec(id: newID(), pos: p, names: names, type: type, values: values, iota: iota)
    }

    mutating func gotAssign() -> Bool {
        switch tok {
        case .define:
            syntaxError("expecting =")
            return false
        case .assign:
            next(); return true
        default: return false
        }
    }

    mutating func typeSpec() -> TypeSpec? {
        let p = pos
        let n = name()
        if tok == .lbrack {
            // `type T[P any] …` is generic; `type T [N]int` is an array.
            let lb = pos
            next()
            if tok == .ident {
                // Could be `[N]T` with a constant name or a type parameter list.
                let save = lx, saveErr = errors, saveID = nextID, saveFailed = failed
                let x = expr()
                if tok == .rbrack {
                    next()
                    let elem = typeExpr()
                    return TypeSpec(id: newID(), pos: p, name: n, isAlias: false,
                                    type: mk(lb, .arrayType(len: .expr(x), elem: elem)))
                }
                lx = save; errors = saveErr; nextID = saveID; failed = saveFailed
                unsupported("generic types", at: lb)
                return nil
            }
            if tok == .rbrack {
                next()
                let elem = typeExpr()
                return TypeSpec(id: newID(), pos: p, name: n, isAlias: false, type: mk(lb, .arrayType(len: .slice, elem: elem)))
            }
            let len: ArrayLen
            if tok == .ellipsis { len = .ellipsis; next() } else { len = .expr(expr()) }
            want(.rbrack)
            let elem = typeExpr()
            return TypeSpec(id: newID(), pos: p, name: n, isAlias: false, type: mk(lb, .arrayType(len: len, elem: elem)))
        }
        let alias = got(.assign)
        let t = typeOrNil() ?? {
            syntaxError("in type declaration")
            return bad()
        }()
        return TypeSpec(id: newID(), pos: p, name: n, isAlias: alias, type: t)
    }

    mutating func funcDecl(fpos: Pos) -> FuncDecl? {
        var recv: FieldDecl? = nil
        if tok == .lparen {
            let rp = pos
            let list = paramList(close: .rparen)
            switch list.count {
            case 0: errorAt(rp, "method has no receiver")
            case 1: recv = list[0]
            default: errorAt(rp, "method has multiple receivers")
            }
        }
        guard tok == .ident else {
            syntaxError("expecting name or (")
            return nil
        }
        let n = name()
        if tok == .lbrack {
            unsupported("generic functions", at: pos)
            return nil
        }
        let sig = funcSignature(pos: fpos)
        var body: Block? = nil
        if tok == .lbrace {
            body = blockStmt()
        }
        return FuncDecl(id: newID(), pos: fpos, recv: recv, name: n, type: sig, body: body)
    }

    // MARK: types

    mutating func typeExpr() -> Expr {
        if let t = typeOrNil() { return t }
        syntaxError("expecting type")
        return bad()
    }

    mutating func typeOrNil() -> Expr? {
        guard enter() else { return bad() }
        defer { leave() }
        let p = pos
        switch tok {
        case .mul:
            next()
            return mk(p, .star(typeExpr()))
        case .arrow:
            next()
            if tok != .kwChan { syntaxError("expecting chan"); return bad() }
            next()
            return mk(p, .chanType(.recv, chanElem()))
        case .kwFunc:
            next()
            return mk(p, .funcType(funcSignature(pos: p)))
        case .lbrack:
            next()
            if got(.rbrack) { return mk(p, .arrayType(len: .slice, elem: typeExpr())) }
            let len: ArrayLen
            if tok == .ellipsis { len = .ellipsis; next() } else {
                xnest += 1
                len = .expr(expr())
                xnest -= 1
            }
            want(.rbrack)
            return mk(p, .arrayType(len: len, elem: typeExpr()))
        case .kwChan:
            next()
            var dir = ChanDir.both
            if got(.arrow) { dir = .send }
            return mk(p, .chanType(dir, chanElem()))
        case .kwMap:
            next()
            want(.lbrack)
            let k = typeExpr()
            want(.rbrack)
            return mk(p, .mapType(key: k, value: typeExpr()))
        case .kwStruct: return structType()
        case .kwInterface: return interfaceType()
        case .ident:
            var x = mk(p, .ident(nameAsIdent()))
            if tok == .period {
                next()
                x = mk(p, .selector(x, name()))
            }
            if tok == .lbrack {
                unsupported("generic type instantiation", at: pos)
            }
            return x
        case .lparen:
            next()
            let t = typeExpr()
            want(.rparen)
            return mk(p, .paren(t))
        default:
            return nil
        }
    }

    mutating func chanElem() -> Expr {
        if let t = typeOrNil() { return t }
        syntaxError("missing channel element type")
        return bad()
    }

    mutating func structType() -> Expr {
        let p = pos
        next()
        want(.lbrace)
        var fields: [FieldDecl] = []
        while tok != .eof && tok != .rbrace {
            let fp = pos
            if tok == .mul {
                next()
                let t = qualifiedName()
                fields.append(FieldDecl(pos: fp, names: [], type: mk(fp, .star(t)), embedded: true, tag: tag()))
            } else if tok == .ident {
                let first = name()
                if tok == .period {
                    next()
                    let sel = name()
                    let t = mk(fp, .selector(mk(fp, .ident(first)), sel))
                    fields.append(FieldDecl(pos: fp, names: [], type: t, embedded: true, tag: tag()))
                } else if tok == .semicolon || tok == .rbrace || tok == .string {
                    fields.append(FieldDecl(pos: fp, names: [], type: identExpr(first), embedded: true, tag: tag()))
                } else {
                    var names = [first]
                    while got(.comma) { names.append(name()) }
                    let t = typeExpr()
                    fields.append(FieldDecl(pos: fp, names: names, type: t, embedded: false, tag: tag()))
                }
            } else if tok == .lparen {
                syntaxError("cannot parenthesize embedded type")
            } else {
                syntaxError("expecting field name or embedded type")
            }
            if !got(.semicolon) && tok != .rbrace {
                syntaxError("in struct type; possibly missing semicolon or newline or }")
            }
        }
        want(.rbrace)
        return mk(p, .structType(fields))
    }

    mutating func tag() -> String? {
        if tok == .string { let t = lx.lit; next(); return t }
        return nil
    }

    mutating func qualifiedName() -> Expr {
        let p = pos
        let n = name()
        if got(.period) { return mk(p, .selector(identExpr(n), name())) }
        return identExpr(n)
    }

    mutating func interfaceType() -> Expr {
        let p = pos
        next()
        want(.lbrace)
        var elems: [InterfaceElem] = []
        while tok != .eof && tok != .rbrace {
            if tok == .ident {
                let n = name()
                if tok == .lparen {
                    elems.append(.method(n, funcSignature(pos: pos)))
                } else if tok == .period {
                    next()
                    elems.append(.embedded(mk(n.pos, .selector(identExpr(n), name()))))
                } else {
                    if tok == .or || tok == .tilde { unsupported("type constraints", at: pos); break }
                    elems.append(.embedded(identExpr(n)))
                }
            } else if tok == .tilde || tok == .mul || tok == .lbrack {
                unsupported("type constraints", at: pos); break
            } else {
                syntaxError("expecting method or embedded element")
            }
            if !got(.semicolon) && tok != .rbrace {
                syntaxError("in interface type; possibly missing semicolon or newline or }")
            }
        }
        want(.rbrace)
        return mk(p, .interfaceType(elems))
    }

    /// Parameters and results (after `func` [name]).
    mutating func funcSignature(pos p: Pos) -> FuncTypeExpr {
        if tok != .lparen {
            syntaxError("expecting (")
            return FuncTypeExpr(pos: p, params: [], results: [], parenResults: false)
        }
        let params = paramList(close: .rparen)
        var results: [FieldDecl] = []
        var paren = false
        if tok == .lparen {
            paren = true
            results = paramList(close: .rparen)
        } else if let t = typeOrNil() {
            results = [FieldDecl(pos: t.pos, names: [], type: t, embedded: false, tag: nil)]
        }
        return FuncTypeExpr(pos: p, params: params, results: results, parenResults: paren)
    }

    /// `( [a, b T, c ...U] )`: the Go grammar's paramList with its
    /// "all named or none" rule.
    mutating func paramList(close: Token) -> [FieldDecl] {
        guard enter() else { return [] }
        defer { leave() }
        next() // (
        struct Entry { var pos: Pos; var name: Ident?; var type: Expr? }
        var entries: [Entry] = []
        var named = 0, typed = 0
        while tok != .eof && tok != close {
            let p = pos
            var e = Entry(pos: p, name: nil, type: nil)
            if tok == .ident {
                let n = name()
                if tok == .period {
                    next()
                    e.type = mk(p, .selector(identExpr(n), name()))
                } else if tok == .ellipsis {
                    let ep = pos
                    next()
                    e.name = n
                    e.type = mk(ep, .ellipsis(typeExpr()))
                } else if let t = typeOrNil() {
                    e.name = n; e.type = t
                } else {
                    e.type = identExpr(n)   // a type, or a name whose type follows
                    e.name = n
                    e.type = nil
                }
            } else if tok == .ellipsis {
                next()
                e.type = mk(p, .ellipsis(typeExpr()))
            } else if let t = typeOrNil() {
                e.type = t
            } else {
                syntaxError("expecting )")
                break
            }
            if e.name != nil && e.type != nil { named += 1 }
            if e.type != nil { typed += 1 }
            entries.append(e)
            if !got(.comma) && tok != close {
                syntaxError("in parameter list; possibly missing comma or )")
                break
            }
        }
        want(close)
        var out: [FieldDecl] = []
        if named == 0 {
            // All types: names alone are type names.
            for e in entries {
                let t = e.type ?? identExpr(e.name!)
                out.append(FieldDecl(pos: e.pos, names: [], type: t, embedded: false, tag: nil))
            }
            return out
        }
        // Some named: group names with the following type.
        var pending: [Ident] = []
        var pendingPos: Pos? = nil
        for e in entries {
            if let t = e.type {
                if let n = e.name {
                    pending.append(n)
                    out.append(FieldDecl(pos: pendingPos ?? e.pos, names: pending, type: t, embedded: false, tag: nil))
                    pending = []; pendingPos = nil
                } else {
                    errorAt(e.pos, "syntax error: mixed named and unnamed parameters")
                    return out
                }
            } else if let n = e.name {
                if pendingPos == nil { pendingPos = e.pos }
                pending.append(n)
            }
        }
        if !pending.isEmpty {
            errorAt(pending.last!.pos, "syntax error: mixed named and unnamed parameters")
        }
        return out
    }

    // MARK: names and helpers

    mutating func name() -> Ident {
        if tok == .ident { return nameAsIdent() }
        syntaxError("expecting name")
        return Ident(id: newID(), pos: pos, name: "_")
    }

    mutating func nameAsIdent() -> Ident {
        let i = Ident(id: newID(), pos: pos, name: lx.lit)
        next()
        return i
    }

    func identExpr(_ i: Ident) -> Expr { Expr(id: i.id, pos: i.pos, kind: .ident(i)) }

    mutating func mk(_ p: Pos, _ k: ExprKind) -> Expr { Expr(id: newID(), pos: p, kind: k) }
    mutating func bad() -> Expr { mk(pos, .bad) }
    mutating func mkStmt(_ p: Pos, _ k: StmtKind) -> Stmt { Stmt(id: newID(), pos: p, kind: k) }

    // MARK: expressions

    mutating func exprList() -> [Expr] {
        var l = [expr()]
        while got(.comma) { l.append(expr()) }
        return l
    }

    mutating func expr() -> Expr { binaryExpr(prec: 1) }

    mutating func binaryExpr(prec: Int) -> Expr {
        guard enter() else { return bad() }
        defer { leave() }
        var x = unaryExpr()
        while tok.precedence >= prec {
            let op = tok, opPos = pos
            let p = tok.precedence
            next()
            let y = binaryExpr(prec: p + 1)
            x = mk(x.pos, .binary(op, x, y, opPos: opPos))
        }
        return x
    }

    mutating func unaryExpr() -> Expr {
        let p = pos
        switch tok {
        case .add, .sub, .not, .xor, .and, .tilde:
            let op = tok
            if op == .tilde { unsupported("type constraints", at: p); return bad() }
            next()
            guard enter() else { return bad() }
            defer { leave() }
            return mk(p, .unary(op, unaryExpr()))
        case .mul:
            next()
            guard enter() else { return bad() }
            defer { leave() }
            return mk(p, .star(unaryExpr()))
        case .arrow:
            next()
            guard enter() else { return bad() }
            defer { leave() }
            let x = unaryExpr()
            // `<-chan T` parsed as receive of a chan type: turn into a type.
            if case .chanType(let dir, let elem) = x.kind {
                switch dir {
                case .both: return mk(p, .chanType(.recv, elem))
                case .send:
                    syntaxError("unexpected <-, expecting chan")
                    return bad()
                case .recv:
                    return mk(p, .chanType(.recv, mk(x.pos, .chanType(.recv, elem))))
                }
            }
            return mk(p, .unary(.arrow, x))
        default:
            return primaryExpr()
        }
    }

    mutating func operand() -> Expr {
        let p = pos
        switch tok {
        case .ident:
            return identExpr(nameAsIdent())
        case .int, .float, .imag, .char, .string:
            let l = BasicLit(tok: tok, raw: lx.lit)
            next()
            return mk(p, .basicLit(l))
        case .lparen:
            next()
            xnest += 1
            let x = exprOrType()
            xnest -= 1
            want(.rparen)
            return mk(p, .paren(x))
        case .kwFunc:
            next()
            let sig = funcSignature(pos: p)
            if tok == .lbrace {
                xnest += 1
                let body = blockStmt()
                xnest -= 1
                return mk(p, .funcLit(sig, body))
            }
            return mk(p, .funcType(sig))
        case .lbrack, .kwChan, .kwMap, .kwStruct, .kwInterface:
            return typeOrNil() ?? bad()
        default:
            syntaxError("expecting expression")
            return bad()
        }
    }

    /// In parentheses and call arguments types may appear (`make([]int, 3)`,
    /// `(*T)(p)`); they parse as expressions (operand handles type keywords).
    mutating func exprOrType() -> Expr { expr() }

    mutating func primaryExpr() -> Expr {
        var x = operand()
        var steps = 0
        loop: while !failed {
            steps += 1
            if steps > 10_000 { errorAt(pos, "gmpscope: expression too long"); break }
            let p = pos
            switch tok {
            case .period:
                next()
                switch tok {
                case .ident:
                    x = mk(x.pos, .selector(x, name()))
                case .lparen:
                    next()
                    if got(.kwType) {
                        want(.rparen)
                        x = mk(x.pos, .typeAssert(x, type: nil))
                    } else {
                        let t = typeExpr()
                        want(.rparen)
                        x = mk(x.pos, .typeAssert(x, type: t))
                    }
                default:
                    syntaxError("expecting name or (")
                    break loop
                }
            case .lbrack:
                next()
                xnest += 1
                var idx: [Expr?] = [nil, nil, nil]
                var ncolons = 0
                if tok != .colon {
                    idx[0] = expr()
                    if tok == .comma {
                        unsupported("generic instantiation", at: pos)
                        break loop
                    }
                    if got(.rbrack) {
                        xnest -= 1
                        x = mk(x.pos, .index(x, idx[0]!))
                        continue
                    }
                }
                // slice
                while ncolons < 2 && got(.colon) {
                    ncolons += 1
                    if tok != .colon && tok != .rbrack && tok != .eof { idx[ncolons] = expr() }
                }
                if ncolons == 0 {
                    syntaxError("expecting comma, : or ]")
                    break loop
                }
                if ncolons == 2 {
                    if idx[1] == nil { errorAt(p, "syntax error: middle index required in 3-index slice") }
                    else if idx[2] == nil { errorAt(p, "syntax error: final index required in 3-index slice") }
                }
                xnest -= 1
                want(.rbrack)
                x = mk(x.pos, .slice(x, low: idx[0], high: idx[1], max: idx[2], slice3: ncolons == 2))
            case .lparen:
                next()
                xnest += 1
                var args: [Expr] = []
                var dots = false
                while tok != .eof && tok != .rparen {
                    args.append(exprOrType())
                    if tok == .ellipsis { dots = true; next() }
                    if !got(.comma) && tok != .rparen {
                        syntaxError("in argument list; possibly missing comma or )")
                        break
                    }
                }
                xnest -= 1
                let rp = pos
                want(.rparen)
                x = mk(x.pos, .call(fun: x, args: args, hasDots: dots, rparen: rp))
            case .lbrace:
                if !complitOK(x) { break loop }
                x = compositeLit(type: x)
            default:
                break loop
            }
        }
        return x
    }

    func complitOK(_ x: Expr) -> Bool {
        var t = x
        while case .paren(let inner) = t.kind { t = inner }
        switch t.kind {
        case .ident, .selector: return xnest >= 0
        case .index: return xnest >= 0
        case .arrayType, .structType, .mapType: return true
        default: return false
        }
    }

    mutating func compositeLit(type: Expr?) -> Expr {
        guard enter() else { return bad() }
        defer { leave() }
        let p = type?.pos ?? pos
        next() // {
        xnest += 1
        var elems: [Expr] = []
        while tok != .eof && tok != .rbrace {
            var e = element()
            if tok == .colon {
                next()
                let v = element()
                e = mk(e.pos, .keyValue(e, v))
            }
            elems.append(e)
            if !got(.comma) && tok != .rbrace {
                syntaxError("in composite literal; possibly missing comma or }")
                break
            }
        }
        xnest -= 1
        let rb = pos
        want(.rbrace)
        return mk(p, .compositeLit(type: type, elements: elems, rbrace: rb))
    }

    mutating func element() -> Expr {
        if tok == .lbrace { return compositeLit(type: nil) }
        return expr()
    }

    // MARK: statements

    mutating func blockStmt() -> Block {
        let lb = pos
        want(.lbrace)
        let list = stmtList()
        let rb = pos
        want(.rbrace)
        return Block(lbrace: lb, stmts: list, rbrace: rb)
    }

    mutating func stmtList() -> [Stmt] {
        var list: [Stmt] = []
        while tok != .eof && tok != .rbrace && tok != .kwCase && tok != .kwDefault {
            guard let s = stmtOrNil() else {
                if tok == .semicolon { next(); continue }
                break
            }
            list.append(s)
            if tok == .rparen || tok == .rbrack {
                syntaxError("at end of statement"); break
            }
            if !got(.semicolon) && tok != .rbrace && tok != .kwCase && tok != .kwDefault {
                syntaxError("at end of statement")
                break
            }
        }
        return list
    }

    mutating func stmtOrNil() -> Stmt? {
        guard enter() else { return nil }
        defer { leave() }
        let p = pos
        if tok == .ident {
            // labeled statement?
            let save = lx, saveID = nextID
            let n = nameAsIdent()
            if tok == .colon {
                next()
                if tok == .rbrace {
                    return mkStmt(p, .labeled(n, mkStmt(pos, .empty)))
                }
                let s = stmtOrNil() ?? mkStmt(pos, .empty)
                return mkStmt(p, .labeled(n, s))
            }
            lx = save; nextID = saveID
            return simpleStmt(lhs: nil, rangeOK: false)
        }
        switch tok {
        case .lbrace: return mkStmt(p, .block(blockStmt()))
        case .kwVar, .kwConst, .kwType: return mkStmt(p, .decl(genDecl()))
        case .kwFor: return forStmt()
        case .kwSwitch: return switchStmt()
        case .kwSelect: return selectStmt()
        case .kwIf: return ifStmt()
        case .kwFallthrough:
            next(); return mkStmt(p, .branch(.kwFallthrough, label: nil))
        case .kwBreak, .kwContinue:
            let t = tok
            next()
            var label: Ident? = nil
            if tok == .ident { label = name() }
            return mkStmt(p, .branch(t, label: label))
        case .kwGo, .kwDefer:
            let t = tok
            next()
            let x = expr()
            var call = x
            while case .paren(let inner) = call.kind { call = inner }
            guard case .call = call.kind else {
                errorAt(syntaxNodePos(x), "expression in \(t == .kwGo ? "go" : "defer") must be function call")
                return nil
            }
            return mkStmt(p, t == .kwGo ? .go(x) : .defer(x))
        case .kwGoto:
            next()
            var label: Ident? = nil
            if tok == .ident { label = name() } else { errorAt(pos, "syntax error: missing label after goto") }
            return mkStmt(p, .branch(.kwGoto, label: label))
        case .kwReturn:
            next()
            var results: [Expr] = []
            if tok != .semicolon && tok != .rbrace { results = exprList() }
            return mkStmt(p, .return(results))
        case .semicolon:
            return mkStmt(p, .empty)
        case .kwFunc, .lparen, .lbrack, .kwStruct, .kwMap, .kwChan, .kwInterface,
             .int, .float, .imag, .char, .string, .add, .sub, .mul, .and, .xor, .arrow, .not:
            return simpleStmt(lhs: nil, rangeOK: false)
        default:
            return nil
        }
    }

    /// SimpleStmt; with `rangeOK`, also `[k, v :=|=] range x` (returned as a
    /// `.range` with an empty body for the caller to fill).
    mutating func simpleStmt(lhs: [Expr]?, rangeOK: Bool) -> Stmt {
        let p = pos
        if rangeOK && tok == .kwRange {
            next()
            let x = expr()
            return mkStmt(p, .range(key: nil, value: nil, tok: .illegal, x: x, body: Block(lbrace: pos, stmts: [], rbrace: pos)))
        }
        let l = lhs ?? exprList()
        if l.count == 1 {
            switch tok {
            case .inc, .dec:
                let t = tok
                next()
                return mkStmt(p, .incDec(l[0], t))
            case .arrow:
                next()
                let v = expr()
                return mkStmt(p, .send(channel: l[0], value: v))
            default:
                if tok.assignOpBase != nil {
                    let t = tok, opPos = pos
                    next()
                    let s = mkStmt(p, .assign(lhs: l, tok: t, rhs: [expr()]))
                    assignOpPos[s.id] = opPos
                    return s
                }
            }
        }
        switch tok {
        case .assign, .define:
            let t = tok
            let apos = pos
            next()
            if rangeOK && tok == .kwRange {
                next()
                let x = expr()
                if l.count > 2 {
                    softErrors.append(Diagnostic(pos: l[2].pos, message: "range clause permits at most two iteration variables"))
                }
                let s = mkStmt(p, .range(key: l[0], value: l.count > 1 ? l[1] : nil, tok: t, x: x,
                                        body: Block(lbrace: pos, stmts: [], rbrace: pos)))
                assignOpPos[s.id] = apos
                return s
            }
            let r = exprList()
            let s = mkStmt(p, .assign(lhs: l, tok: t, rhs: r))
            assignOpPos[s.id] = apos
            return s
        default:
            if l.count > 1 {
                syntaxError("expecting := or = or comma")
                return mkStmt(p, .bad)
            }
            return mkStmt(p, .expr(l[0]))
        }
    }

    /// Control clause header: `[init ;] cond` for if/switch, three clauses
    /// or range for `for`. Returns (init, cond-or-tag statement, post).
    mutating func header(keyword: Token) -> (Stmt?, Stmt?, Stmt?) {
        if tok == .lbrace {
            if keyword == .kwIf { syntaxError("missing condition in if statement") }
            return (nil, nil, nil)
        }
        let outer = xnest
        xnest = -1
        defer { xnest = outer }
        var initS: Stmt? = nil
        if tok != .semicolon {
            if keyword == .kwFor && tok == .kwVar {
                syntaxError("var declaration not allowed in for initializer")
                return (nil, nil, nil)
            }
            initS = simpleStmt(lhs: nil, rangeOK: keyword == .kwFor)
            if case .range? = initS?.kind { return (nil, initS, nil) }
        }
        var cond: Stmt? = nil
        var post: Stmt? = nil
        if tok != .semicolon {
            // only one statement: it is the condition/tag
            return (nil, initS, nil)
        }
        let semiLit = lx.lit, semiPos = pos
        next()
        if keyword == .kwFor {
            if tok != .semicolon {
                if tok == .lbrace { syntaxError("expecting for loop condition"); return (initS, nil, nil) }
                cond = simpleStmt(lhs: nil, rangeOK: false)
            }
            want(.semicolon)
            if tok != .lbrace { post = simpleStmt(lhs: nil, rangeOK: false) }
        } else if tok != .lbrace {
            cond = simpleStmt(lhs: nil, rangeOK: false)
        } else if keyword == .kwIf {
            if semiLit == "newline" {
                errorAt(semiPos, "syntax error: unexpected newline, expecting { after if clause")
            } else {
                syntaxError("missing condition in if statement")
            }
        }
        return (initS, cond, post)
    }

    mutating func condExpr(_ s: Stmt?, keyword: String) -> Expr? {
        guard let s = s else { return nil }
        switch s.kind {
        case .expr(let x): return x
        case .bad: return nil
        default:
            errorAt(assignOpPos[s.id] ?? s.pos, "syntax error: cannot use \(describeSimple(s)) as value")
            return nil
        }
    }

    func describeSimple(_ s: Stmt) -> String {
        switch s.kind {
        case .assign(let l, let t, let r):
            let lhs = l.map { shortExprString($0) }.joined(separator: ", ")
            let rhs = r.map { shortExprString($0) }.joined(separator: ", ")
            if t == .define { return "\(lhs) := \(rhs)" }
            if t == .assign { return "assignment (\(lhs)) = (\(rhs))" }
            return "\(lhs) \(t) \(rhs)"
        case .incDec(let x, let t): return "\(shortExprString(x))\(t)"
        case .send(let c, let v): return "\(shortExprString(c)) <- \(shortExprString(v))"
        default: return "statement"
        }
    }

    mutating func ifStmt() -> Stmt {
        let p = pos
        next()
        let (initS, condS, _) = header(keyword: .kwIf)
        let cond = condExpr(condS, keyword: "if") ?? bad()
        if tok != .lbrace {
            syntaxError("expecting { after if clause")
            return mkStmt(p, .bad)
        }
        let then = blockStmt()
        var els: Stmt? = nil
        if got(.kwElse) {
            switch tok {
            case .kwIf: els = ifStmt()
            case .lbrace: els = mkStmt(pos, .block(blockStmt()))
            default:
                syntaxError("else must be followed by if or statement block")
            }
        }
        return mkStmt(p, .if(initStmt: initS, cond: cond, then: then, else: els))
    }

    mutating func forStmt() -> Stmt {
        let p = pos
        next()
        let (initS, condS, post) = header(keyword: .kwFor)
        if tok != .lbrace {
            syntaxError("expecting { after for clause")
            return mkStmt(p, .bad)
        }
        if let c = condS, case .range(let k, let v, let t, let x, _) = c.kind {
            let body = blockStmt()
            return Stmt(id: c.id, pos: p, kind: .range(key: k, value: v, tok: t, x: x, body: body))
        }
        let cond = condExpr(condS, keyword: "for")
        if let post = post, case .assign(_, .define, _) = post.kind {
            errorAt(post.pos, "syntax error: cannot declare in post statement of for loop")
        }
        let body = blockStmt()
        return mkStmt(p, .for(initStmt: initS, cond: cond, post: post, body: body))
    }

    mutating func switchStmt() -> Stmt {
        let p = pos
        next()
        let (initS, tagS, _) = header(keyword: .kwSwitch)
        if tok != .lbrace {
            syntaxError("expecting { after switch clause")
            return mkStmt(p, .bad)
        }
        // type switch?
        var guardExpr: Expr? = nil
        var bind: Ident? = nil
        if let t = tagS {
            switch t.kind {
            case .expr(let x):
                if case .typeAssert(_, nil) = x.kind { guardExpr = x }
            case .assign(let l, .define, let r):
                if l.count == 1, r.count == 1, case .typeAssert(_, nil) = r[0].kind, case .ident(let i) = l[0].kind {
                    guardExpr = r[0]; bind = i
                }
            default: break
            }
        }
        next() // {
        var clauses: [CaseClause] = []
        while tok == .kwCase || tok == .kwDefault {
            let cp = pos
            var list: [Expr]? = nil
            if got(.kwCase) {
                list = exprList()
            } else {
                next()
            }
            let colon = pos
            want(.colon)
            let body = stmtList()
            clauses.append(CaseClause(id: newID(), pos: cp, list: list, colon: colon, body: body))
        }
        let rb = pos
        if tok != .rbrace { syntaxError("expecting case or default or }") }
        want(.rbrace)
        if let g = guardExpr {
            return mkStmt(p, .typeSwitch(initStmt: initS, bind: bind, guard: g, clauses: clauses, rbrace: rb))
        }
        var tag: Expr? = nil
        if let t = tagS {
            if case .expr(let x) = t.kind { tag = x } else {
                errorAt(assignOpPos[t.id] ?? t.pos, "syntax error: cannot use \(describeSimple(t)) as value")
            }
        }
        return mkStmt(p, .switch(initStmt: initS, tag: tag, clauses: clauses, rbrace: rb))
    }

    mutating func selectStmt() -> Stmt {
        let p = pos
        next()
        if tok != .lbrace {
            syntaxError("expecting { after select clause")
            return mkStmt(p, .bad)
        }
        next()
        var clauses: [CommClause] = []
        while tok == .kwCase || tok == .kwDefault {
            let cp = pos
            var comm: Stmt? = nil
            if got(.kwCase) {
                comm = simpleStmt(lhs: nil, rangeOK: false)
            } else {
                next()
            }
            let colon = pos
            want(.colon)
            let body = stmtList()
            clauses.append(CommClause(id: newID(), pos: cp, comm: comm, colon: colon, body: body))
        }
        let rb = pos
        if tok != .rbrace { syntaxError("expecting case or default or }") }
        want(.rbrace)
        return mkStmt(p, .select(clauses, rbrace: rb))
    }
}

/// The position cmd/compile/internal/syntax gives a node (Node.Pos()):
/// the operator of a binary expression, the dot of a selector, else the
/// start. Some Go messages are reported there rather than at the start.
func syntaxNodePos(_ e: Expr) -> Pos {
    switch e.kind {
    case .binary(_, _, _, let op): return op
    case .selector(_, let sel): return Pos(line: sel.pos.line, col: sel.pos.col - 1, offset: sel.pos.offset - 1)
    default: return e.pos
    }
}

/// A short source-like rendering of an expression for messages.
func shortExprString(_ e: Expr) -> String {
    var pr = GoPrinter()
    pr.short = true
    pr.expr(e)
    return pr.out
}

/// Decodes a Go string or rune literal (quotes included). nil if invalid.
func unquote(_ raw: String) -> String? {
    let b = Array(raw.utf8)
    guard b.count >= 2 else { return nil }
    if b[0] == UInt8(ascii: "`") {
        return constStringFromBytes(b[1..<(b.count - 1)].filter { $0 != 0x0D })
    }
    var out: [UInt8] = []
    var i = 1
    let end = b.count - 1
    while i < end {
        let c = b[i]
        if c != UInt8(ascii: "\\") { out.append(c); i += 1; continue }
        i += 1
        guard i < end else { return nil }
        let e = b[i]
        i += 1
        switch e {
        case UInt8(ascii: "a"): out.append(7)
        case UInt8(ascii: "b"): out.append(8)
        case UInt8(ascii: "f"): out.append(12)
        case UInt8(ascii: "n"): out.append(10)
        case UInt8(ascii: "r"): out.append(13)
        case UInt8(ascii: "t"): out.append(9)
        case UInt8(ascii: "v"): out.append(11)
        case UInt8(ascii: "\\"), UInt8(ascii: "'"), UInt8(ascii: "\""): out.append(e)
        case UInt8(ascii: "0")...UInt8(ascii: "7"):
            guard i + 1 < end + 1 else { return nil }
            var v = Int(e - 48)
            for _ in 0..<2 { guard i < end else { return nil }; v = v * 8 + Int(b[i] - 48); i += 1 }
            out.append(UInt8(truncatingIfNeeded: v))
        case UInt8(ascii: "x"):
            var v = 0
            for _ in 0..<2 { guard i < end, let d = Character(Unicode.Scalar(b[i])).hexDigitValue else { return nil }; v = v * 16 + d; i += 1 }
            out.append(UInt8(v))
        case UInt8(ascii: "u"), UInt8(ascii: "U"):
            let n = e == UInt8(ascii: "u") ? 4 : 8
            var v: UInt32 = 0
            for _ in 0..<n { guard i < end, let d = Character(Unicode.Scalar(b[i])).hexDigitValue else { return nil }; v = v * 16 + UInt32(d); i += 1 }
            guard let s = Unicode.Scalar(v) else { return nil }
            out.append(contentsOf: Array(String(Character(s)).utf8))
        default: return nil
        }
    }
    return constStringFromBytes(out)
}

/// The value of a rune literal ('a', '\n', '\u00e9', '\377').
func runeValue(_ raw: String) -> Int64? {
    let b = Array(raw.utf8)
    guard b.count >= 3 else { return nil }
    if b[1] == UInt8(ascii: "\\") {
        let e = b[2]
        switch e {
        case UInt8(ascii: "0")...UInt8(ascii: "7"):
            var v: Int64 = 0
            for k in 2..<(b.count - 1) { v = v * 8 + Int64(b[k] - 48) }
            return v
        case UInt8(ascii: "x"), UInt8(ascii: "u"), UInt8(ascii: "U"):
            var v: Int64 = 0
            for k in 3..<(b.count - 1) { guard let d = Character(Unicode.Scalar(b[k])).hexDigitValue else { return nil }; v = v * 16 + Int64(d) }
            return v
        default:
            guard let s = unquote("\"" + String(decoding: b[1..<(b.count - 1)], as: UTF8.self) + "\"") else { return nil }
            return Int64(s.unicodeScalars.first?.value ?? 0)
        }
    }
    let inner = String(decoding: b[1..<(b.count - 1)], as: UTF8.self)
    return inner.unicodeScalars.first.map { Int64($0.value) }
}
