// Statements and function bodies. Models types2 stmt.go (funcBody,
// stmt, multipleDefaults, caseValues, typeSwitch, rangeStmt), labels.go,
// return.go (isTerminating) and assignment.go (assignVars, shortVarDecl),
// with their messages.

extension Checker {
    // MARK: function bodies

    func checkFuncBody(_ fid: FuncID) {
        guard case .decl(let di) = funcs[Int(fid.raw)].node, case .fn(let f) = file.decls[di], let body = f.body else { return }
        let firstLocal = locals.count
        depGlobals = []; depFuncs = []; collectingDeps = true
        scopes = []
        checkFuncBodyInline(fid, f.type, body, recv: f.recv)
        funcDeps[fid] = (depGlobals, depFuncs)
        collectingDeps = false
        reportUnused(from: firstLocal)
    }

    func reportUnused(from first: Int) {
        // (A local of invalid type follows an error already reported, e.g. an unsupported type.)
        for i in first..<locals.count where locals[i].kind == .local && !localUsed[i] && locals[i].name != "_" && locals[i].type != Universe.invalid {
            error(locals[i].pos, "\(locals[i].name) declared but not used")
        }
    }

    /// Checks a function or closure body in a new function scope.
    func checkFuncBodyInline(_ fid: FuncID, _ ft: FuncTypeExpr, _ body: Block, recv: FieldDecl?) {
        guard let sig = types.signature(funcs[Int(fid.raw)].signature) else { return }
        let savedLabels = labels, savedBreak = breakables
        labels = [:]; breakables = []
        fnStack.append(FuncCtx(id: fid, sig: sig, results: [], namedResults: false))
        openScope()
        if let r = recv {
            let rt = recvType(r)
            let name = r.names.first
            let l = newLocal(name?.name ?? "_", rt, pos: name?.pos ?? r.pos, ident: name?.id ?? -1, kind: .receiver)
            funcs[Int(fid.raw)].receiver = l
            if let n = name { declare(n.name, .local(l), pos: n.pos) }
        }
        var pi = 0
        for g in ft.params {
            if g.names.isEmpty {
                funcs[Int(fid.raw)].params.append(newLocal("_", sig.params[pi], pos: g.pos, ident: -1, kind: .param))
                pi += 1
            }
            for n in g.names {
                let l = newLocal(n.name, sig.params[pi], pos: n.pos, ident: n.id, kind: .param)
                funcs[Int(fid.raw)].params.append(l)
                declare(n.name, .local(l), pos: n.pos)
                pi += 1
            }
        }
        var ri = 0
        var named = false
        for g in ft.results {
            if g.names.isEmpty {
                funcs[Int(fid.raw)].results.append(newLocal("~r\(ri)", sig.results[ri], pos: g.pos, ident: -1, kind: .result))
                ri += 1
            }
            for n in g.names {
                named = true
                let l = newLocal(n.name, sig.results[ri], pos: n.pos, ident: n.id, kind: .result)
                funcs[Int(fid.raw)].results.append(l)
                declare(n.name, .local(l), pos: n.pos)
                ri += 1
            }
        }
        funcs[Int(fid.raw)].namedResults = named
        fnStack[fnStack.count - 1].results = funcs[Int(fid.raw)].results
        fnStack[fnStack.count - 1].namedResults = named
        collectLabels(body.stmts)
        stmtList(body.stmts)
        checkGotos(body)
        if !sig.results.isEmpty && !isTerminatingList(body.stmts, label: nil) {
            error(body.rbrace, "missing return")
        }
        for (name, l) in labels.sorted(by: { $0.value.pos < $1.value.pos }) where !l.used {
            error(l.pos, "label \(name) defined and not used")
        }
        closeScope()
        fnStack.removeLast()
        labels = savedLabels; breakables = savedBreak
    }

    func recvType(_ r: FieldDecl) -> TypeID {
        var rt = r.type
        while case .paren(let x) = rt.kind { rt = x }
        var ptr = false
        if case .star(let x) = rt.kind { ptr = true; rt = x }
        while case .paren(let x) = rt.kind { rt = x }
        guard case .ident(let tn) = rt.kind, case .typeDecl(let ti)? = pkgScope[tn.name] else { return Universe.invalid }
        let base = typeObjs[ti].type
        let t = ptr ? types.pointer(base) : base
        exprs[Int(r.type.id)].type = t
        exprs[Int(r.type.id)].mode = .typeExpr
        return t
    }

    // MARK: labels (labels.go)

    func collectLabels(_ stmts: [Stmt]) {
        for s in stmts { collectLabels(s) }
    }

    func collectLabels(_ s: Stmt) {
        switch s.kind {
        case .labeled(let l, let inner):
            if l.name != "_" {
                if let prev = labels[l.name] {
                    error(l.pos, "label \(l.name) already defined\n\t\(file.fileName):\(prev.pos.line):\(prev.pos.col): previous definition")
                } else {
                    labels[l.name] = (l.pos, false)
                }
            }
            collectLabels(inner)
        case .block(let b): collectLabels(b.stmts)
        case .if(_, _, let then, let els):
            collectLabels(then.stmts)
            if let e = els { collectLabels(e) }
        case .for(_, _, _, let body), .range(_, _, _, _, let body): collectLabels(body.stmts)
        case .switch(_, _, let cs, _), .typeSwitch(_, _, _, let cs, _): for c in cs { collectLabels(c.body) }
        case .select(let cs, _): for c in cs { collectLabels(c.body) }
        default: break
        }
    }

    // MARK: statements

    func stmtList(_ list: [Stmt], fallthroughOK: Bool = false, finalCase: Bool = false) {
        var inner = list
        // Trailing empty statements do not count when locating fallthrough.
        while let last = inner.last, case .empty = last.kind { inner.removeLast() }
        for (i, s) in inner.enumerated() {
            if case .branch(.kwFallthrough, _) = s.kind {
                if i == inner.count - 1 && fallthroughOK {
                    if finalCase { error(s.pos, "cannot fallthrough final case in switch") }
                } else {
                    error(s.pos, "fallthrough statement out of place")
                }
                continue
            }
            stmt(s)
        }
    }

    func stmt(_ s: Stmt, label: String? = nil) {
        depth += 1
        defer { depth -= 1 }
        if depth > Checker.maxDepth { error(s.pos, "gmpscope: statements nested too deeply"); return }
        switch s.kind {
        case .bad, .empty: break
        case .decl(let g):
            if g.tok == .kwVar {
                for spec in g.specs { if case .value(let vs) = spec { _ = checkVarSpec(vs, local: true) } }
            } else {
                collectGenDecl(g, local: true)
            }
        case .labeled(let l, let inner):
            stmt(inner, label: l.name == "_" ? nil : l.name)
        case .expr(let e):
            exprStmt(e)
        case .send(let ch, let v):
            let c = expr(ch)
            var x = expr(v)
            if c.mode == .invalid || x.mode == .invalid { return }
            guard case .chan(let dir, let el) = types.under(c.type) else {
                error(s.pos, "invalid operation: cannot send to non-channel \(operandString(c))")
                return
            }
            if dir == .recv {
                error(s.pos, "invalid operation: cannot send to receive-only channel \(operandString(c))")
                return
            }
            assignment(&x, to: el, context: "send")
        case .incDec(let xe, let tok):
            var x = expr(xe)
            if x.mode == .invalid { return }
            guard types.basicKind(x.type)?.isNumeric ?? false else {
                error(xe.pos, "invalid operation: \(shortExprString(xe))\(tok.description) (non-numeric type \(types.string(x.type)))")
                return
            }
            checkAssignable(&x, xe)
        case .assign(let lhs, let tok, let rhs):
            switch tok {
            case .define: shortVarDecl(s, lhs, rhs)
            case .assign: assignVars(lhs, rhs)
            default:
                guard let op = tok.assignOpBase, lhs.count == 1, rhs.count == 1 else {
                    error(s.pos, "assignment operation \(tok.description) requires single-valued expressions")
                    return
                }
                var x = expr(lhs[0])
                var y = expr(rhs[0])
                if x.mode == .invalid || y.mode == .invalid { return }
                let text = "\(shortExprString(lhs[0])) \(tok.description) \(shortExprString(rhs[0]))"
                let savedExpr = x
                var r = binaryOp(lhs[0], op, &x, &y, text: text)
                if r.mode == .invalid { return }
                // restore lhs info (binaryOp may have relabelled it)
                record(savedExpr)
                r.expr = rhs[0]
                var target = savedExpr
                checkAssignable(&target, lhs[0])
            }
        case .go(let e), .defer(let e):
            let kw = { if case .go = s.kind { return "go" } else { return "defer" } }()
            var call = e
            while case .paren(let x) = call.kind { call = x }
            guard case .call(let fe, _, _, _) = call.kind else {
                error(nodePos(e), "expression in \(kw) must be function call")
                return
            }
            let x = multiExpr(call)
            if x.mode == .invalid { return }
            switch exprs[Int(call.id)].call {
            case .conversion?:
                error(e.pos, "\(kw) requires function call, not conversion")
            case .builtin(let b)?:
                switch b {
                case .append, .cap, .len, .make, .new, .min, .max, .complex, .real, .imag:
                    error(e.pos, "\(kw) discards result of \(shortExprString(call))")
                default: break
                }
            default: _ = fe
            }
        case .return(let results):
            returnStmt(s, results)
        case .branch(let tok, let l):
            branch(s, tok, l)
        case .block(let b):
            openScope()
            stmtList(b.stmts)
            closeScope()
        case .if(let initS, let cond, let then, let els):
            openScope()
            if let i = initS { stmt(i) }
            var c = expr(cond)
            if c.mode != .invalid {
                if !(types.basicKind(c.type)?.isBoolean ?? false) {
                    error(cond.pos, "non-boolean condition in if statement")
                } else if types.isUntyped(c.type) { convertUntyped(&c, Universe.bool) }
            }
            openScope()
            stmtList(then.stmts)
            closeScope()
            if let e = els { stmt(e) }
            closeScope()
        case .switch(let initS, let tag, let clauses, _):
            switchStmt(s, initS, tag, clauses, label: label)
        case .typeSwitch(let initS, let bind, let g, let clauses, _):
            typeSwitchStmt(s, initS, bind, g, clauses, label: label)
        case .select(let clauses, _):
            selectStmt(clauses, label: label)
        case .for(let initS, let cond, let post, let body):
            openScope()
            if let i = initS { stmt(i) }
            if let cond = cond {
                var c = expr(cond)
                if c.mode != .invalid {
                    if !(types.basicKind(c.type)?.isBoolean ?? false) {
                        error(cond.pos, "non-boolean condition in for statement")
                    } else if types.isUntyped(c.type) { convertUntyped(&c, Universe.bool) }
                }
            }
            if let p = post { stmt(p) }
            breakables.append(Breakable(kind: .loop, label: label))
            openScope()
            stmtList(body.stmts)
            closeScope()
            breakables.removeLast()
            closeScope()
        case .range(let k, let v, let tok, let xe, let body):
            rangeStmt(s, k, v, tok, xe, body, label: label)
        }
    }

    func exprStmt(_ e: Expr) {
        let x = multiExpr(e)
        if x.mode == .invalid { return }
        var inner = e
        while case .paren(let i) = inner.kind { inner = i }
        switch inner.kind {
        case .call:
            switch exprs[Int(inner.id)].call {
            case .conversion?:
                error(e.pos, "\(operandString(x)) is not used")
            case .builtin(let b)?:
                switch b {
                case .append, .cap, .len, .make, .new, .min, .max, .complex, .real, .imag:
                    error(e.pos, "\(operandString(x)) is not used")
                default: break
                }
            default: break
            }
        case .unary(.arrow, _): break
        default:
            var y = x
            if y.mode == .value, case .tuple = types[y.type] { return }
            if y.type == Universe.untypedNil { y.mode = .value }
            error(e.pos, "\(operandString(y)) is not used")
        }
    }

    /// An assignment target: addressable, a map index, or (caller-handled) `_`.
    func checkAssignable(_ x: inout Operand, _ xe: Expr) {
        switch x.mode {
        case .variable, .mapIndex: return
        case .invalid: return
        default:
            var inner = xe
            while case .paren(let i) = inner.kind { inner = i }
            if case .selector(let base, _) = inner.kind, exprs[Int(base.id)].mode == .mapIndex {
                error(xe.pos, "cannot assign to struct field \(shortExprString(xe)) in map")
            } else {
                error(xe.pos, "cannot assign to \(operandString(x))")
            }
            x.mode = .invalid
        }
    }

    /// Left-hand side of `=`: returns its type, nil for `_`.
    func lhsVar(_ le: Expr) -> (Operand, isBlank: Bool) {
        var inner = le
        while case .paren(let i) = inner.kind { inner = i }
        if case .ident(let id) = inner.kind {
            if id.name == "_" {
                exprs[Int(le.id)].ref = .blank
                exprs[Int(inner.id)].ref = .blank
                return (Operand(mode: .variable, type: Universe.invalid, val: nil, expr: le), true)
            }
            // An assigned (not read) local is not "used".
            if case .local? = lookup(id.name) {
                var x = identOperand(inner, id, record: true, lhs: true)
                x.expr = inner
                record(x)
                return (x, false)
            }
        }
        var x = expr(le)
        checkAssignable(&x, le)
        return (x, false)
    }

    func assignError(_ rhs: [Expr], nvars: Int, nvals: Int) {
        func measure(_ n: Int, _ unit: String) -> String { "\(n) \(unit)" + (n != 1 ? "s" : "") }
        let vars = measure(nvars, "variable"), vals = measure(nvals, "value")
        var r0 = rhs[0]
        while case .paren(let i) = r0.kind { r0 = i }
        if rhs.count == 1, case .call(let f, _, _, _) = r0.kind {
            error(rhs[0].pos, "assignment mismatch: \(vars) but \(shortExprString(f)) returns \(vals)")
            return
        }
        error(rhs[0].pos, "assignment mismatch: \(vars) but \(vals)")
    }

    /// Evaluates the right-hand side for `n` targets: n single values, one
    /// n-valued call, or a comma-ok form. nil after reporting a mismatch.
    func rhsOperands(_ rhs: [Expr], count n: Int, hints: [TypeID?], assignStmt: Bool = true) -> [Operand]? {
        if rhs.count == n && !(assignStmt && n == 1) {
            return rhs.enumerated().map { (i, r) in expr(r, hint: hints[i]) }
        }
        if rhs.count == 1 {
            var x = multiExpr(rhs[0], hint: hints.first ?? nil)
            if x.mode == .invalid { return nil }
            if x.mode == .value, case .tuple(let ts) = types[x.type] {
                if ts.count == n {
                    return ts.map { Operand(mode: .value, type: $0, val: nil, expr: rhs[0]) }
                }
                assignError(rhs, nvars: n, nvals: ts.count)
                return nil
            }
            if n == 2 && x.commaOk {
                exprs[Int(rhs[0].id)].commaOk = true
                var inner = rhs[0]
                while case .paren(let i) = inner.kind { inner = i; exprs[Int(i.id)].commaOk = true }
                var v = x
                v.mode = .value
                v.commaOk = false
                return [v, Operand(mode: .value, type: Universe.untypedBool, val: nil, expr: nil)]
            }
            singleValue(&x)
            if x.mode == .invalid { return nil }
            if n == 1 { return [x] }
            assignError(rhs, nvars: n, nvals: 1)
            return nil
        }
        for r in rhs { _ = multiExpr(r) }
        assignError(rhs, nvars: n, nvals: rhs.count)
        return nil
    }

    func assignVars(_ lhs: [Expr], _ rhs: [Expr]) {
        let targets = lhs.map { lhsVar($0) }
        let hints: [TypeID?] = targets.map { $0.isBlank || $0.0.mode == .invalid ? nil : $0.0.type }
        guard var values = rhsOperands(rhs, count: lhs.count, hints: hints) else { markAssignedUsed(lhs); return }
        var ok = true
        for i in 0..<lhs.count {
            let (t, blank) = targets[i]
            if t.mode == .invalid || values[i].mode == .invalid { ok = false; continue }
            if values[i].expr == nil {
                // comma-ok bool
                continue
            }
            if blank {
                assignment(&values[i], to: nil, context: "assignment")
            } else {
                assignment(&values[i], to: t.type, context: "assignment")
            }
            if values[i].mode == .invalid { ok = false }
        }
        if !ok { markAssignedUsed(lhs) }
    }

    /// types2 assignVars: "avoid follow-on 'declared but not used' errors if
    /// any assignment failed" — the assigned local variables count as used.
    func markAssignedUsed(_ lhs: [Expr]) {
        for le in lhs {
            var inner = le
            while case .paren(let i) = inner.kind { inner = i }
            if case .ident(let id) = inner.kind, id.name != "_", case .local(let l)? = lookup(id.name) {
                localUsed[Int(l.raw)] = true
            }
        }
    }

    func shortVarDecl(_ s: Stmt, _ lhs: [Expr], _ rhs: [Expr]) {
        var idents: [Ident?] = []
        var bad = false
        for l in lhs {
            if case .ident(let id) = l.kind { idents.append(id) } else {
                // types2 useLHS: the operands count as used; no other errors
                let saved = errors.count
                _ = multiExpr(l)
                errors.removeSubrange(saved...)
                error(l.pos, "non-name \(shortExprString(l)) on left side of :=")
                idents.append(nil)
                bad = true
            }
        }
        // Which names are new in this scope?
        var isNew: [Bool] = []
        var seen = Set<String>()
        var anyNew = false
        for id in idents {
            guard let id = id else { isNew.append(false); continue }
            if id.name == "_" { isNew.append(false); continue }
            if !seen.insert(id.name).inserted {
                error(id.pos, "\(id.name) repeated on left side of :=")
                isNew.append(false); bad = true
                continue
            }
            let existing = scopes[scopes.count - 1][id.name]
            isNew.append(existing == nil)
            if existing == nil { anyNew = true }
        }
        var hints: [TypeID?] = []
        for (i, id) in idents.enumerated() {
            if let id = id, !isNew[i], id.name != "_", case .local(let l)? = scopes[scopes.count - 1][id.name] {
                hints.append(locals[Int(l.raw)].type)
            } else { hints.append(nil) }
        }
        let values = rhsOperands(rhs, count: lhs.count, hints: hints)
        if !anyNew && !bad {
            error(file.assignOpPos[s.id] ?? s.pos, "no new variables on left side of :=")
        }
        var newLocals: [(Ident, LocalID)] = []
        for (i, id) in idents.enumerated() {
            guard let id = id else { continue }
            var v = values?[i] ?? Operand.invalid(nil)
            if id.name == "_" {
                exprs[Int(id.id)].ref = .blank
                exprs[Int(id.id)].isDefinition = true
                if v.mode != .invalid && v.expr != nil { assignment(&v, to: nil, context: "assignment") }
                continue
            }
            if !isNew[i] {
                // plain assignment to an existing variable
                if case .local(let l)? = scopes[scopes.count - 1][id.name] {
                    useLocal(l, markUsed: false)
                    exprs[Int(id.id)].ref = .local(l)
                    exprs[Int(id.id)].mode = .variable
                    exprs[Int(id.id)].type = locals[Int(l.raw)].type
                    if v.mode != .invalid && v.expr != nil { assignment(&v, to: locals[Int(l.raw)].type, context: "assignment") }
                } else if v.mode != .invalid && v.expr != nil {
                    // redeclared non-variable in this scope
                    error(id.pos, "cannot assign to \(id.name)")
                }
                continue
            }
            var t = Universe.invalid
            if v.mode != .invalid {
                if v.expr == nil {
                    t = Universe.bool   // comma-ok
                } else {
                    assignment(&v, to: nil, context: "assignment")
                    if v.mode != .invalid { t = v.type }
                }
            }
            let l = newLocal(id.name, t, pos: id.pos, ident: id.id, kind: .local)
            newLocals.append((id, l))
        }
        for (id, l) in newLocals { declare(id.name, .local(l), pos: id.pos) }
    }

    /// `var` spec: evaluates the values, then declares the variables
    /// (locals) after them. Returns the variables' types.
    @discardableResult
    func checkVarSpec(_ vs: ValueSpec, local: Bool) -> [TypeID] {
        let n = vs.names.count
        var declType: TypeID? = nil
        if let te = vs.type { declType = typExpr(te) }
        var ts = [TypeID](repeating: declType ?? Universe.invalid, count: n)
        // types2 initVars: when a count mismatch or any initialization fails,
        // the variables count as used (no follow-on "declared but not used").
        var failed = false
        if !vs.values.isEmpty {
            let hints = [TypeID?](repeating: declType, count: n)
            if let values = rhsOperands(vs.values, count: n, hints: hints, assignStmt: false) {
                for i in 0..<n {
                    var v = values[i]
                    if v.mode == .invalid { failed = true; continue }
                    if v.expr == nil { ts[i] = declType ?? Universe.bool; continue }
                    if let dt = declType, dt != Universe.invalid {
                        assignment(&v, to: dt, context: "variable declaration")
                    } else if declType == nil {
                        assignment(&v, to: nil, context: "variable declaration")
                        if v.mode != .invalid { ts[i] = v.type }
                    }
                    if v.mode == .invalid { failed = true }
                }
            } else {
                failed = true
            }
        }
        if local {
            var ls: [(Ident, LocalID)] = []
            for (i, n) in vs.names.enumerated() {
                let l = newLocal(n.name, ts[i], pos: n.pos, ident: n.id, kind: .local)
                if failed { localUsed[Int(l.raw)] = true }
                ls.append((n, l))
            }
            for (n, l) in ls { declare(n.name, .local(l), pos: n.pos) }
        }
        return ts
    }

    func returnStmt(_ s: Stmt, _ results: [Expr]) {
        guard let ctx = fnStack.last else { return }
        let want = ctx.sig.results
        if results.isEmpty {
            if !want.isEmpty && !ctx.namedResults {
                error(s.pos, "not enough return values\n\thave ()\n\twant \(typesSummary(want, variadic: false))")
            }
            return
        }
        if want.isEmpty {
            let xs = evalArgs(results)
            if xs.contains(where: { $0.mode == .invalid }) { return }
            error(results[0].pos, "too many return values\n\thave \(typesSummary(xs.map(\.type), variadic: false))\n\twant ()")
            return
        }
        var xs: [Operand]
        if results.count == want.count {
            xs = results.enumerated().map { expr($0.element, hint: want[$0.offset]) }
        } else {
            xs = evalArgs(results)
        }
        if xs.contains(where: { $0.mode == .invalid }) { return }
        if xs.count != want.count {
            let have = typesSummary(xs.map(\.type), variadic: false)
            let msg = xs.count < want.count ? "not enough return values" : "too many return values"
            // types2: at the last value when too few, the first extra when too many
            let at = xs.count < want.count ? results[results.count - 1].pos
                : (results.count > want.count ? results[want.count].pos : results[0].pos)
            error(at, "\(msg)\n\thave \(have)\n\twant \(typesSummary(want, variadic: false))")
            return
        }
        for i in 0..<xs.count {
            assignment(&xs[i], to: want[i], context: "return statement")
        }
    }

    func branch(_ s: Stmt, _ tok: Token, _ label: Ident?) {
        switch tok {
        case .kwFallthrough:
            error(s.pos, "fallthrough statement out of place")
        case .kwBreak, .kwContinue:
            let isBreak = tok == .kwBreak
            if let l = label {
                guard labels[l.name] != nil else {
                    error(l.pos, "\(isBreak ? "break" : "continue") label not defined: \(l.name)")
                    return
                }
                labels[l.name]!.used = true
                guard let b = breakables.last(where: { $0.label == l.name }) else {
                    error(l.pos, "invalid \(isBreak ? "break" : "continue") label \(l.name)")
                    return
                }
                if !isBreak && b.kind != .loop {
                    error(l.pos, "invalid continue label \(l.name)")
                }
                return
            }
            if isBreak {
                if breakables.isEmpty { error(s.pos, "break is not in a loop, switch, or select") }
            } else if !breakables.contains(where: { $0.kind == .loop }) {
                error(s.pos, "continue is not in a loop")
            }
        case .kwGoto:
            break   // checked per function body (checkGotos)
        default:
            unsupported(tok.description, s.pos)
        }
    }

    // MARK: switch

    func switchStmt(_ s: Stmt, _ initS: Stmt?, _ tag: Expr?, _ clauses: [CaseClause], label: String?) {
        openScope()
        if let i = initS { stmt(i) }
        var x: Operand
        if let t = tag {
            x = expr(t)
            if x.mode != .invalid {
                if types.isUntyped(x.type) {
                    if x.type == Universe.untypedNil {
                        error(t.pos, "use of untyped nil in switch expression")
                        x.mode = .invalid
                    } else {
                        convertUntyped(&x, defaultType(x.type))
                    }
                }
                if x.mode != .invalid && !types.isComparable(x.type) && !types.hasNil(x.type) {
                    error(t.pos, "cannot switch on \(operandString(x))")
                    x.mode = .invalid
                }
            }
        } else {
            x = Operand(mode: .constant, type: Universe.bool, val: .bool(true), expr: nil)
        }
        var defaultPos: Pos? = nil
        var seen: [(ConstValue, TypeID, Pos)] = []
        breakables.append(Breakable(kind: .switchStmt, label: label))
        for (ci, c) in clauses.enumerated() {
            if let list = c.list {
                for ce in list {
                    var y = expr(ce)
                    if y.mode == .invalid || x.mode == .invalid { continue }
                    var xx = x
                    matchTypes(&y, &xx)
                    if y.mode == .invalid { continue }
                    let ok = assignableTo(y, xx.type) || assignableTo(xx, y.type)
                    if !ok || (tag == nil && !(types.basicKind(y.type)?.isBoolean ?? false)) {
                        let on = tag.map { " on " + shortExprString($0) } ?? ""
                        error(ce.pos, "invalid case \(shortExprString(ce)) in switch\(on) (mismatched types \(types.string(y.type)) and \(types.string(xx.type)))")
                        continue
                    }
                    if types.isUntyped(y.type) { convertUntyped(&y, xx.type) }
                    if y.mode == .constant, let v = y.val {
                        if let prev = seen.first(where: { $0.0 == v && $0.1 == y.type }) {
                            error(ce.pos, "duplicate case \(operandString(y)) in expression switch\n\t\(file.fileName):\(prev.2.line):\(prev.2.col): previous case")
                        } else {
                            seen.append((v, y.type, ce.pos))
                        }
                    }
                }
            } else {
                if let d = defaultPos {
                    error(c.pos, "multiple defaults in switch (first at \(file.fileName):\(d.line):\(d.col))")
                }
                defaultPos = c.pos
            }
            openScope()
            stmtList(c.body, fallthroughOK: true, finalCase: ci == clauses.count - 1)
            closeScope()
        }
        breakables.removeLast()
        closeScope()
    }

    func typeSwitchStmt(_ s: Stmt, _ initS: Stmt?, _ bind: Ident?, _ g: Expr, _ clauses: [CaseClause], label: String?) {
        openScope()
        if let i = initS { stmt(i) }
        guard case .typeAssert(let xe, nil) = g.kind else { closeScope(); return }
        var x = expr(xe)
        if x.mode != .invalid && !types.isInterface(x.type) {
            error(xe.pos, "\(operandString(x)) is not an interface")
            x.mode = .invalid
        }
        exprs[Int(g.id)].mode = .value
        exprs[Int(g.id)].type = x.type
        if let b = bind {
            exprs[Int(b.id)].isDefinition = true
            exprs[Int(b.id)].type = x.type
            exprs[Int(b.id)].mode = .variable
        }
        var defaultPos: Pos? = nil
        var seen: [(TypeID?, Pos)] = []
        var clauseLocals: [LocalID] = []
        breakables.append(Breakable(kind: .switchStmt, label: label))
        for c in clauses {
            var single: TypeID? = nil
            if let list = c.list {
                for te in list {
                    var t: TypeID? = nil
                    if case .ident(let id) = te.kind, id.name == "nil", case .nilValue? = lookup("nil") {
                        exprs[Int(te.id)].ref = .nil
                        exprs[Int(te.id)].type = Universe.untypedNil
                        exprs[Int(te.id)].mode = .value
                        t = nil
                    } else {
                        let tt = typExpr(te)
                        if tt == Universe.invalid { continue }
                        t = tt
                        if x.mode != .invalid, !types.isInterface(tt), let why = types.missingMethod(tt, x.type) {
                            error(te.pos, "impossible type switch case: \(shortExprString(xe)) (\(operandDetail(x))) cannot have dynamic type \(types.string(tt)) \(missingReason(why))")
                            continue
                        }
                    }
                    if let prev = seen.first(where: { $0.0 == t }) {
                        let name = t.map { types.string($0) } ?? "nil"
                        error(te.pos, "duplicate case \(name) in type switch\n\t\(file.fileName):\(prev.1.line):\(prev.1.col): previous case")
                    } else {
                        seen.append((t, te.pos))
                    }
                    if list.count == 1 { single = t }
                }
            } else {
                if let d = defaultPos {
                    error(c.pos, "multiple defaults in switch (first at \(file.fileName):\(d.line):\(d.col))")
                }
                defaultPos = c.pos
            }
            openScope()
            if let b = bind, b.name != "_" {
                let vt = single ?? x.type
                let l = newLocal(b.name, vt, pos: b.pos, ident: -1, kind: .local)
                typeSwitchVars[c.id] = l
                clauseLocals.append(l)
                declare(b.name, .local(l), pos: b.pos)
            }
            stmtList(c.body)
            closeScope()
        }
        breakables.removeLast()
        if let b = bind, b.name != "_" {
            if !clauseLocals.contains(where: { localUsed[Int($0.raw)] }) {
                error(b.pos, "\(b.name) declared but not used")
            }
            for l in clauseLocals { localUsed[Int(l.raw)] = true }
            if let first = clauseLocals.first { exprs[Int(b.id)].ref = .local(first) }
        }
        closeScope()
    }

    // MARK: select

    func selectStmt(_ clauses: [CommClause], label: String?) {
        var defaultPos: Pos? = nil
        breakables.append(Breakable(kind: .selectStmt, label: label))
        for c in clauses {
            openScope()
            if let comm = c.comm {
                var valid = false
                switch comm.kind {
                case .send: valid = true
                case .expr(let e):
                    if case .unary(.arrow, _) = unparen(e).kind { valid = true }
                case .assign(_, let tok, let rhs):
                    if (tok == .define || tok == .assign) && rhs.count == 1, case .unary(.arrow, _) = unparen(rhs[0]).kind { valid = true }
                default: break
                }
                if !valid {
                    error(nodePos(comm), "select case must be send or receive (possibly with assignment)")
                } else {
                    stmt(comm)
                }
            } else {
                if let d = defaultPos {
                    error(c.pos, "multiple defaults in select (first at \(file.fileName):\(d.line):\(d.col))")
                }
                defaultPos = c.pos
            }
            stmtList(c.body)
            closeScope()
        }
        breakables.removeLast()
    }

    /// The position types2 reports for a syntax node (syntax.Node.Pos):
    /// the operator of a binary expression, else the start.
    func nodePos(_ s: Stmt) -> Pos {
        switch s.kind {
        case .expr(let e): return nodePos(e)
        case .assign: return file.assignOpPos[s.id] ?? s.pos
        default: return s.pos
        }
    }

    func nodePos(_ e: Expr) -> Pos { syntaxNodePos(e) }

    func unparen(_ e: Expr) -> Expr {
        var x = e
        while case .paren(let i) = x.kind { x = i }
        return x
    }

    // MARK: range

    func rangeStmt(_ s: Stmt, _ k: Expr?, _ v: Expr?, _ tok: Token, _ xe: Expr, _ body: Block, label: String?) {
        openScope()
        var x = expr(xe)
        var kind: RangeKind? = nil
        var keyT = Universe.invalid
        var valT: TypeID? = nil
        var xt = x.type
        if x.mode != .invalid {
            if types.isUntyped(x.type) {
                // (Go 1.22 rangeKeyVal: an untyped float such as 5.0 is not an integer: "cannot range over".)
                if x.mode == .constant, x.type == Universe.untypedFloat {
                    error(xe.pos, "cannot range over \(operandString(x))")
                    x.mode = .invalid
                } else if x.mode == .constant, (types.basicKind(x.type)?.isNumeric ?? false), let iv = x.val?.exactInt {
                    x.val = .int(iv)
                    convertUntyped(&x, Universe.int)
                } else if types.basicKind(x.type)?.isString ?? false {
                    convertUntyped(&x, Universe.string)
                } else if x.type != Universe.untypedNil {
                    convertUntyped(&x, defaultType(x.type))
                }
                xt = x.type
            }
            switch types.under(xt) {
            case .basic(let b) where b.isString: kind = .string; keyT = Universe.int; valT = Universe.int32
            case .basic(let b) where b.isInteger: kind = .int; keyT = xt; valT = nil
            case .array(let el, _): kind = .array; keyT = Universe.int; valT = el
            case .pointer(let p):
                if case .array(let el, _) = types.under(p) { kind = .pointerToArray; keyT = Universe.int; valT = el; xt = p }
            case .slice(let el): kind = .slice; keyT = Universe.int; valT = el
            case .map(let kk, let vv): kind = .map; keyT = kk; valT = vv
            case .chan(let dir, let el):
                if dir == .send {
                    error(xe.pos, "cannot range over \(operandString(x)) (receive from send-only channel)")
                    x.mode = .invalid
                } else { kind = .chan; keyT = el; valT = nil }
            default: break
            }
            if kind == nil && x.mode != .invalid {
                error(xe.pos, "cannot range over \(operandString(x))")
            }
        }
        if let k = kind {
            ranges[s.id] = RangeInfo(kind: k, xType: xt, keyType: keyT, valueType: valT)
            if v != nil && valT == nil {
                error(v!.pos, "range over \(operandString(x)) permits only one iteration variable")
            }
        }
        let ok = kind != nil
        let vars: [(Expr, TypeID)] = [k.map { ($0, keyT) }, v.map { ($0, valT ?? Universe.invalid) }].compactMap { $0 }
        if tok == .define {
            var newLocals: [(Ident, LocalID)] = []
            for (e, t) in vars {
                guard case .ident(let id) = e.kind else {
                    error(e.pos, "non-name \(shortExprString(e)) on left side of :=")
                    continue
                }
                let l = newLocal(id.name, ok ? t : Universe.invalid, pos: id.pos, ident: id.id, kind: .local)
                if id.name == "_" { localUsed[Int(l.raw)] = true }
                newLocals.append((id, l))
            }
            for (id, l) in newLocals { declare(id.name, .local(l), pos: id.pos) }
        } else if tok == .assign {
            for (e, t) in vars {
                let (target, blank) = lhsVar(e)
                if blank || target.mode == .invalid || !ok { continue }
                var src = Operand(mode: .value, type: t, val: nil, expr: e)
                if assignableReason(src, target.type) != nil {
                    src.expr = nil
                    error(e.pos, "cannot use \(shortExprString(e)) (value of type \(types.string(t))) as type \(types.string(target.type)) in range")
                }
            }
        }
        breakables.append(Breakable(kind: .loop, label: label))
        openScope()
        stmtList(body.stmts)
        closeScope()
        breakables.removeLast()
        closeScope()
    }

    // MARK: terminating statements (return.go)

    func isTerminatingList(_ list: [Stmt], label: String?) -> Bool {
        var l = list
        while let last = l.last, case .empty = last.kind { l.removeLast() }
        guard let last = l.last else { return false }
        return isTerminating(last, label: label)
    }

    func isTerminating(_ s: Stmt, label: String?) -> Bool {
        switch s.kind {
        case .return: return true
        case .branch(let t, _): return t == .kwGoto
        case .expr(let e):
            if case .call = unparen(e).kind, case .builtin(.panic)? = exprs[Int(unparen(e).id)].call { return true }
            return false
        case .block(let b): return isTerminatingList(b.stmts, label: nil)
        case .labeled(let l, let inner): return isTerminating(inner, label: l.name)
        case .if(_, _, let then, let els):
            guard let e = els else { return false }
            return isTerminatingList(then.stmts, label: nil) && isTerminating(e, label: nil)
        case .for(_, let cond, _, let body):
            return cond == nil && !hasBreak(body.stmts, label: label, implicit: true)
        case .range: return false
        case .switch(_, _, let clauses, _), .typeSwitch(_, _, _, let clauses, _):
            var hasDefault = false
            for c in clauses {
                if c.list == nil { hasDefault = true }
                var body = c.body
                while let last = body.last, case .empty = last.kind { body.removeLast() }
                if hasBreak(body, label: label, implicit: true) { return false }
                if let last = body.last, case .branch(.kwFallthrough, _) = last.kind { continue }
                if !isTerminatingList(body, label: nil) { return false }
            }
            return hasDefault
        case .select(let clauses, _):
            for c in clauses {
                if hasBreak(c.body, label: label, implicit: true) { return false }
                if !isTerminatingList(c.body, label: nil) { return false }
            }
            return true
        default: return false
        }
    }

    /// Whether a break targets the enclosing statement (unlabeled breaks
    /// not nested in another breakable, or breaks to `label`).
    func hasBreak(_ list: [Stmt], label: String?, implicit: Bool) -> Bool {
        list.contains { hasBreak($0, label: label, implicit: implicit) }
    }

    func hasBreak(_ s: Stmt, label: String?, implicit: Bool) -> Bool {
        switch s.kind {
        case .branch(.kwBreak, let l):
            if let l = l { return l.name == label }
            return implicit
        case .block(let b): return hasBreak(b.stmts, label: label, implicit: implicit)
        case .labeled(_, let inner): return hasBreak(inner, label: label, implicit: implicit)
        case .if(_, _, let then, let els):
            return hasBreak(then.stmts, label: label, implicit: implicit) || (els.map { hasBreak($0, label: label, implicit: implicit) } ?? false)
        case .for(_, _, _, let body), .range(_, _, _, _, let body):
            return label != nil && hasBreak(body.stmts, label: label, implicit: false)
        case .switch(_, _, let cs, _), .typeSwitch(_, _, _, let cs, _):
            return label != nil && cs.contains { hasBreak($0.body, label: label, implicit: false) }
        case .select(let cs, _):
            return label != nil && cs.contains { hasBreak($0.body, label: label, implicit: false) }
        default: return false
        }
    }
}
