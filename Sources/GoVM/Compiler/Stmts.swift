// Statements → bytecode.
import GoFrontend
import GoRuntime

extension FuncCompiler {
    func block(_ stmts: [Stmt]) throws {
        for s in stmts { try stmt(s) }
    }

    func stmt(_ s: Stmt) throws {
        setLine(s.pos)
        let save = tempTop
        let savedHoisted = hoisted
        defer { tempTop = save; hoisted = savedHoisted }
        hoistCalls(s)
        switch s.kind {
        case .bad, .empty: break
        case .decl(let g): try declStmt(g)
        case .labeled(let l, let inner):
            labelPCs[l.name] = pc
            pendingLabel = l.name
            try stmt(inner)
            pendingLabel = nil
        case .expr(let e):
            _ = exprDiscard(e)
        case .send(let ch, let v):
            let cr = expr(ch)
            let elem: TypeID
            if case .chan(_, let et) = tt.under(ty(ch)) { elem = et } else { elem = ty(v) }
            let vr = coerce(expr(v), from: ty(v), to: elem)
            emit(.send, cr, vr)
        case .incDec(let e, let tok):
            singleAssign = true
            let p = place(e)
            singleAssign = false
            let cur = loadPlace(p)
            let t = ty(e)
            let one = temp()
            if rkind(t).isFloat { emit(.loadk, one, konst(.float(1))) } else { emit(.loadi, one, 1) }
            let r = temp()
            arith(tok == .inc ? .add : .sub, r, cur, one, t)
            storePlace(p, r)
        case .assign(let lhs, let tok, let rhs):
            try assign(lhs, tok, rhs)
        case .go(let e):
            try goDefer(e, isGo: true)
        case .defer(let e):
            try goDefer(e, isGo: false)
        case .return(let es):
            try returnStmt(es)
        case .branch(let tok, let label):
            try branch(tok, label?.name, s.pos)
        case .block(let b):
            try block(b.stmts)
        case .if(let initS, let cond, let then, let els):
            if let i = initS { try stmt(i) }
            let jf = jumpIfFalse(cond)
            tempTop = save
            try block(then.stmts)
            if let e = els {
                let jend = emit(.jmp, 0)
                patch(jf, to: pc)
                try stmt(e)
                patch(jend, to: pc)
            } else {
                patch(jf, to: pc)
            }
        case .for(let initS, let cond, let post, let body):
            let label = pendingLabel; pendingLabel = nil
            if let i = initS { try stmt(i) }
            let top = pc
            var jexit: Int? = nil
            if let cnd = cond {
                let t0 = tempTop
                jexit = jumpIfFalse(cnd)
                tempTop = t0
            }
            loops.append(LoopCtx(label: label, isLoop: true))
            try block(body.stmts)
            let ctx = loops.removeLast()
            let cont = pc
            if let p = post { try stmt(p) }
            emit(.jmp, Int32(top))
            let end = pc
            if let j = jexit { patch(j, to: end) }
            for b in ctx.breaks { patch(b, to: end) }
            for cj in ctx.continues { patch(cj, to: cont) }
        case .range(let k, let v, let tok, let x, let body):
            let label = pendingLabel; pendingLabel = nil
            try rangeStmt(s, k, v, tok, x, body, label)
        case .switch(let initS, let tag, let clauses, _):
            let label = pendingLabel; pendingLabel = nil
            try switchStmt(initS, tag, clauses, label)
        case .typeSwitch(let initS, let bind, let guardE, let clauses, _):
            let label = pendingLabel; pendingLabel = nil
            try typeSwitch(initS, bind, guardE, clauses, label)
        case .select(let clauses, _):
            let label = pendingLabel; pendingLabel = nil
            try selectStmt(clauses, label)
        }
    }

    func declStmt(_ g: GenDecl) throws {
        guard g.tok == .kwVar else { return }   // const/type: nothing at run time
        for spec in g.specs {
            guard case .value(let vs) = spec else { continue }
            let locals = vs.names.map { cp.exprs[Int($0.id)].ref }
            func localOf(_ i: Int) -> LocalID? { if case .local(let l)? = locals[i] { return l }; return nil }
            if vs.values.isEmpty {
                for i in vs.names.indices { if let l = localOf(i) { declareLocal(l, zero: true) } }
            } else if vs.values.count == vs.names.count {
                var regs: [Int32] = []
                for (i, e) in vs.values.enumerated() {
                    let target = localOf(i).map { cp.locals[Int($0.raw)].type } ?? ty(e)
                    let r = coerce(expr(e), from: ty(e), to: target)
                    // keep in a temp so `var a, b = b, a` style works
                    let t = temp(); emit(.move, t, r); regs.append(t)
                }
                for i in vs.names.indices {
                    guard let l = localOf(i) else { continue }
                    declareLocal(l, zero: false)
                    storePlace(localPlace(l), regs[i])
                }
            } else {
                let base = exprMulti(vs.values[0], count: vs.names.count)
                let types = tt.tupleTypes(ty(vs.values[0]))
                for i in vs.names.indices {
                    guard let l = localOf(i) else { continue }
                    let r = coerce(base + Int32(i), from: types[i], to: cp.locals[Int(l.raw)].type)
                    declareLocal(l, zero: false)
                    storePlace(localPlace(l), r)
                }
            }
        }
    }

    func assign(_ lhs: [Expr], _ tok: Token, _ rhs: [Expr]) throws {
        if tok != .assign && tok != .define {
            // op=
            let op: Token
            switch tok {
            case .addAssign: op = .add
            case .subAssign: op = .sub
            case .mulAssign: op = .mul
            case .quoAssign: op = .quo
            case .remAssign: op = .rem
            case .andAssign: op = .and
            case .orAssign: op = .or
            case .xorAssign: op = .xor
            case .shlAssign: op = .shl
            case .shrAssign: op = .shr
            default: op = .andNot
            }
            // gc evaluates the calls first (in order), then reads operands:
            // `s.total += x.Walk(s)` sees what Walk stored and `a[i] += next()`
            // indexes with i after next ran. With calls inside the place
            // (`a[f()] += g()`), the place goes first so f runs before g.
            let p: Place
            let rv: Int32
            if hasCallOrReceive(lhs[0]) {
                singleAssign = true
                p = place(lhs[0])
                singleAssign = false
                let rv0 = expr(rhs[0])
                rv = temp(); emit(.move, rv, rv0)
            } else {
                let rv0 = expr(rhs[0])
                rv = temp(); emit(.move, rv, rv0)
                singleAssign = true
                p = place(lhs[0])
                singleAssign = false
            }
            let cur = loadPlace(p)
            let r = temp()
            binaryOp(op, r, cur, rv, ty(lhs[0]), rightType: ty(rhs[0]))
            storePlace(p, r)
            return
        }
        // Target types and declarations.
        func isNewLocal(_ e: Expr) -> LocalID? {
            guard tok == .define, case .ident(let id) = e.kind else { return nil }
            let info = cp.exprs[Int(id.id)]
            if info.isDefinition, case .local(let l)? = info.ref { return l }
            return nil
        }
        func targetType(_ e: Expr) -> TypeID {
            if case .ident(let id) = e.kind, id.isBlank { return Universe.invalid }
            if let l = isNewLocal(e) { return cp.locals[Int(l.raw)].type }
            return ty(e)
        }
        if lhs.count == rhs.count {
            if lhs.count == 1 {
                // Fast path: single assignment.
                let e = lhs[0]
                if case .ident(let id) = e.kind, id.isBlank { _ = exprDiscard(rhs[0]); return }
                let tgt = targetType(e)
                if let l = isNewLocal(e) {
                    let lv = cp.locals[Int(l.raw)]
                    if !lv.escapes, let reg = localReg[l.raw] {
                        let r = expr(rhs[0], reg)
                        let cr = coerce(r, from: ty(rhs[0]), to: tgt)
                        if cr != reg { emit(.move, reg, cr) }
                        return
                    }
                    let r = coerce(expr(rhs[0]), from: ty(rhs[0]), to: tgt)
                    declareLocal(l, zero: false)
                    storePlace(localPlace(l), r)
                    return
                }
                singleAssign = true
                let p = place(e)
                singleAssign = false
                if case .reg(let reg) = p {
                    let r = expr(rhs[0], reg)
                    let cr = coerce(r, from: ty(rhs[0]), to: tgt)
                    if cr != reg { emit(.move, reg, cr) }
                    return
                }
                let r = coerce(expr(rhs[0]), from: ty(rhs[0]), to: tgt)
                storePlace(p, r)
                return
            }
            // Parallel assignment: evaluate places' operands and all values first.
            var places: [Place?] = []
            for e in lhs {
                if case .ident(let id) = e.kind, id.isBlank { places.append(nil); continue }
                if isNewLocal(e) != nil { places.append(nil); continue }
                places.append(place(e))
            }
            var vals: [Int32] = []
            for (i, e) in rhs.enumerated() {
                let r = coerce(expr(e), from: ty(e), to: targetType(lhs[i]) == Universe.invalid ? ty(e) : targetType(lhs[i]))
                let t = temp(); emit(.move, t, r); vals.append(t)
            }
            for (i, e) in lhs.enumerated() {
                if let l = isNewLocal(e) {
                    declareLocal(l, zero: false)
                    storePlace(localPlace(l), vals[i])
                } else if let p = places[i] {
                    storePlace(p, vals[i])
                }
            }
            return
        }
        // a, b := f()  /  v, ok := m[k] / x.(T) / <-ch
        let base = exprMulti(rhs[0], count: lhs.count)
        let types = tt.tupleTypes(ty(rhs[0]))
        for (i, e) in lhs.enumerated() {
            if case .ident(let id) = e.kind, id.isBlank { continue }
            let from = i < types.count ? types[i] : Universe.bool
            let r = coerce(base + Int32(i), from: from, to: targetType(e))
            if let l = isNewLocal(e) {
                declareLocal(l, zero: false)
                storePlace(localPlace(l), r)
            } else {
                storePlace(place(e), r)
            }
        }
    }

    func returnStmt(_ es: [Expr]) throws {
        guard let info = info else { emit(.ret); return }
        if es.isEmpty {
            emitReturnSequence()
            return
        }
        let resultsEscape = info.results.contains(where: { cp.locals[Int($0.raw)].escapes })
        if es.count == 1 && info.results.count == 1 && !hasDefer && !resultsEscape {
            // Single result: evaluate straight into register 0 (written last).
            let rtype = cp.locals[Int(info.results[0].raw)].type
            let r = coerce(expr(es[0], isIface(rtype) ? nil : 0), from: ty(es[0]), to: rtype)
            if r != 0 { emit(.move, 0, r) }
            emit(.ret)
            return
        }
        var regs: [Int32] = []
        if es.count == info.results.count {
            for (i, e) in es.enumerated() {
                let rtype = cp.locals[Int(info.results[i].raw)].type
                let r = coerce(expr(e), from: ty(e), to: rtype)
                let t = temp(); emit(.move, t, r); regs.append(t)
            }
        } else {
            let base = exprMulti(es[0], count: info.results.count)
            let types = tt.tupleTypes(ty(es[0]))
            for i in info.results.indices {
                let rtype = cp.locals[Int(info.results[i].raw)].type
                regs.append(coerce(base + Int32(i), from: types[i], to: rtype))
            }
        }
        if hasDefer || info.results.contains(where: { cp.locals[Int($0.raw)].escapes }) {
            for (i, r) in info.results.enumerated() { storePlace(localPlace(r), regs[i]) }
            emitReturnSequence()
        } else {
            for (i, r) in regs.enumerated() where r != Int32(i) { emit(.move, Int32(i), r) }
            emit(.ret)
        }
    }

    func branch(_ tok: Token, _ label: String?, _ pos: Pos) throws {
        switch tok {
        case .kwBreak:
            guard let i = loops.lastIndex(where: { label == nil || $0.label == label }) else { return }
            loops[i].breaks.append(emit(.jmp, 0))
        case .kwContinue:
            guard let i = loops.lastIndex(where: { $0.isLoop && (label == nil || $0.label == label) }) else { return }
            loops[i].continues.append(emit(.jmp, 0))
        case .kwFallthrough:
            fallthroughJumps.append(emit(.jmp, 0))
        case .kwGoto:
            guard let l = label else { throw unsupported(pos, "goto without a label") }
            gotoJumps.append((emit(.jmp, 0), l))
        default:
            throw unsupported(pos, "\(tok) is not supported")
        }
    }

    // MARK: switch

    func switchStmt(_ initS: Stmt?, _ tag: Expr?, _ clauses: [CaseClause], _ label: String?) throws {
        if let i = initS { try stmt(i) }
        var tagReg: Int32? = nil
        var tagType = Universe.bool
        if let t = tag {
            tagType = ty(t)
            let r = expr(t)
            let tr = temp(); emit(.move, tr, r); tagReg = tr
        }
        // Tests first, bodies after (so fallthrough goes to the next body).
        var bodyJumps: [[Int]] = Array(repeating: [], count: clauses.count)
        var defaultIdx: Int? = nil
        for (ci, cl) in clauses.enumerated() {
            guard let list = cl.list else { defaultIdx = ci; continue }
            for e in list {
                setLine(e.pos)
                let save = tempTop
                let cond: Int32
                if let tr = tagReg {
                    let v = expr(e)
                    let r = temp()
                    compare(.eql, r, tr, tagType, v, ty(e))
                    cond = r
                } else {
                    cond = expr(e)
                }
                bodyJumps[ci].append(emit(.jt, 0, cond))
                tempTop = save
            }
        }
        let jdefault = emit(.jmp, 0)
        loops.append(LoopCtx(label: label, isLoop: false))
        var pendingFall: [Int] = []
        var bodyStart: [Int] = []
        for (ci, cl) in clauses.enumerated() {
            bodyStart.append(pc)
            for j in pendingFall { patch(j, to: pc) }
            pendingFall = []
            for j in bodyJumps[ci] { patch(j, to: pc) }
            let savedFall = fallthroughJumps
            fallthroughJumps = []
            try block(cl.body)
            pendingFall = fallthroughJumps
            fallthroughJumps = savedFall
            loops[loops.count - 1].breaks.append(emit(.jmp, 0))
        }
        let end = pc
        for j in pendingFall { patch(j, to: end) }
        if let d = defaultIdx { patch(jdefault, to: bodyStart[d]) } else { patch(jdefault, to: end) }
        let ctx = loops.removeLast()
        for b in ctx.breaks { patch(b, to: end) }
    }

    func typeSwitch(_ initS: Stmt?, _ bind: Ident?, _ guardE: Expr, _ clauses: [CaseClause], _ label: String?) throws {
        if let i = initS { try stmt(i) }
        guard case .typeAssert(let x, _) = guardE.kind else { return }
        let xr0 = expr(x)
        let xr = temp(); emit(.move, xr, xr0)
        var bodyJumps: [[Int]] = Array(repeating: [], count: clauses.count)
        var defaultIdx: Int? = nil
        for (ci, cl) in clauses.enumerated() {
            guard let list = cl.list else { defaultIdx = ci; continue }
            for e in list {
                let save = tempTop
                let r = temp()
                let info = cp.exprs[Int(e.id)]
                if case .nil? = info.ref {
                    emit(.istype, r, xr, -1)
                } else if isIface(info.type) {
                    emit(.isiface, r, xr, rt(info.type))
                } else {
                    emit(.istype, r, xr, rt(info.type))
                }
                bodyJumps[ci].append(emit(.jt, 0, r))
                tempTop = save
            }
        }
        let jdefault = emit(.jmp, 0)
        loops.append(LoopCtx(label: label, isLoop: false))
        var bodyStart: [Int] = []
        for (ci, cl) in clauses.enumerated() {
            bodyStart.append(pc)
            for j in bodyJumps[ci] { patch(j, to: pc) }
            if let l = cp.typeSwitchVars[cl.id] {
                let lt = cp.locals[Int(l.raw)].type
                let save = tempTop
                var v = xr
                if !isIface(lt) {
                    v = temp(); emit(.unbox, v, xr)
                }
                declareLocal(l, zero: false)
                storePlace(localPlace(l), v)
                tempTop = save
            }
            try block(cl.body)
            loops[loops.count - 1].breaks.append(emit(.jmp, 0))
        }
        let end = pc
        if let d = defaultIdx { patch(jdefault, to: bodyStart[d]) } else { patch(jdefault, to: end) }
        let ctx = loops.removeLast()
        for b in ctx.breaks { patch(b, to: end) }
        _ = bind
    }

    // MARK: select

    func selectStmt(_ clauses: [CommClause], _ label: String?) throws {
        var cases: [SelectCaseCode] = []
        var caseClause: [Int] = []   // case index → clause index
        var defaultIdx: Int? = nil
        for (ci, cl) in clauses.enumerated() {
            guard let comm = cl.comm else { defaultIdx = ci; continue }
            switch comm.kind {
            case .send(let ch, let v):
                let cr0 = expr(ch); let cr = temp(); emit(.move, cr, cr0)
                var elem = ty(v)
                if case .chan(_, let et) = tt.under(ty(ch)) { elem = et }
                let vr0 = coerce(expr(v), from: ty(v), to: elem); let vr = temp(); emit(.move, vr, vr0)
                cases.append(SelectCaseCode(isSend: true, chanReg: cr, valueReg: vr))
            default:
                guard let re = recvExpr(comm) else { throw unsupported(comm.pos, "bad select case") }
                let cr0 = expr(re); let cr = temp(); emit(.move, cr, cr0)
                cases.append(SelectCaseCode(isSend: false, chanReg: cr, valueReg: -1))
            }
            caseClause.append(ci)
        }
        let res = temp(3)
        emit(.select, res, aux(.select(cases: cases, hasDefault: defaultIdx != nil)))
        // Dispatch on the chosen index.
        var jumps: [(Int, Int)] = []
        let k = temp()
        for (i, ci) in caseClause.enumerated() {
            emit(.loadi, k, Int32(i))
            let t = temp()
            emit(.eq, t, res, k)
            jumps.append((emit(.jt, 0, t), ci))
        }
        let jdefault = emit(.jmp, 0)
        loops.append(LoopCtx(label: label, isLoop: false))
        var starts: [Int: Int] = [:]
        for (ci, cl) in clauses.enumerated() {
            starts[ci] = pc
            if let comm = cl.comm {
                setLine(comm.pos)
                // Bind received values.
                if case .assign(let lhs, let tok, _) = comm.kind {
                    let vals: [Int32] = [res + 1, res + 2]
                    var elemT = Universe.invalid
                    if let re = recvExpr(comm), case .chan(_, let et) = tt.under(ty(re)) { elemT = et }
                    for (i, e) in lhs.enumerated() {
                        if case .ident(let id) = e.kind, id.isBlank { continue }
                        let info = cp.exprs[Int(e.id)]
                        if tok == .define, info.isDefinition, case .local(let l)? = info.ref {
                            declareLocal(l, zero: false)
                            let r = coerce(vals[i], from: i == 0 ? elemT : Universe.bool, to: cp.locals[Int(l.raw)].type)
                            storePlace(localPlace(l), r)
                        } else {
                            let r = coerce(vals[i], from: i == 0 ? elemT : Universe.bool, to: ty(e))
                            storePlace(place(e), r)
                        }
                    }
                }
            }
            try block(cl.body)
            loops[loops.count - 1].breaks.append(emit(.jmp, 0))
        }
        let end = pc
        for (j, ci) in jumps { patch(j, to: starts[ci]!) }
        if let d = defaultIdx { patch(jdefault, to: starts[d]!) } else { patch(jdefault, to: end) }
        let ctx = loops.removeLast()
        for b in ctx.breaks { patch(b, to: end) }
    }

    /// The channel expression of a receive comm clause.
    func recvExpr(_ s: Stmt) -> Expr? {
        func chanOf(_ e: Expr) -> Expr? {
            switch e.kind {
            case .unary(.arrow, let c): return c
            case .paren(let x): return chanOf(x)
            default: return nil
            }
        }
        switch s.kind {
        case .expr(let e): return chanOf(e)
        case .assign(_, _, let rhs): return rhs.first.flatMap(chanOf)
        default: return nil
        }
    }

    // MARK: range

    func rangeStmt(_ s: Stmt, _ k: Expr?, _ v: Expr?, _ tok: Token, _ x: Expr, _ body: Block, _ label: String?) throws {
        guard let ri = cp.ranges[s.id] else { throw unsupported(s.pos, "range: missing info") }
        // `for i := range n` exists only since Go 1.22, whose loop variables
        // are per iteration: a fresh i (a fresh cell when it escapes) each round.
        let perIteration = ri.kind == .int
        // Helpers to assign the iteration values each round.
        func target(_ e: Expr?) -> (Place?, TypeID)? {
            guard let e = e else { return nil }
            if case .ident(let id) = e.kind, id.isBlank { return nil }
            let info = cp.exprs[Int(e.id)]
            if tok == .define, case .local(let l)? = info.ref {
                return (nil, cp.locals[Int(l.raw)].type)
            }
            return (place(e), ty(e))
        }
        func assignIter(_ e: Expr?, _ r: Int32, from: TypeID) {
            guard let e = e else { return }
            if case .ident(let id) = e.kind, id.isBlank { return }
            let info = cp.exprs[Int(e.id)]
            if tok == .define, case .local(let l)? = info.ref {
                // Go 1.19: the iteration variables are declared once, before
                // the loop (see declareIter below); each round only assigns.
                let lt = cp.locals[Int(l.raw)].type
                let cr = coerce(r, from: from, to: lt)
                if perIteration { declareLocal(l, zero: false) }
                storePlace(localPlace(l), cr)
            } else {
                storePlace(place(e), coerce(r, from: from, to: ty(e)))
            }
        }
        _ = target
        // `for k, v := range x`: Go 1.19 declares k and v once for the whole
        // loop (every iteration shares them; closures and &k see the last
        // value). Escaping ones get their heap cell here, once.
        func declareIter(_ e: Expr?) {
            guard tok == .define, !perIteration, let e = e, !isBlankExpr(e) else { return }
            if case .local(let l)? = cp.exprs[Int(e.id)].ref { declareLocal(l, zero: true) }
        }
        let xr0 = expr(x)
        let xr = temp(); emit(.move, xr, xr0)
        declareIter(k)
        declareIter(v)
        let idx = temp()
        let lim = temp()
        emit(.loadi, idx, 0)
        var top = 0, jexit = 0
        var cont = 0
        loops.append(LoopCtx(label: label, isLoop: true))
        switch ri.kind {
        case .int, .slice, .array, .pointerToArray, .string:
            if ri.kind == .int { emit(.move, lim, xr) }
            else if ri.kind == .pointerToArray || ri.kind == .array {
                if case .array(_, let n) = tt.under(ri.xType) { emit(.loadi, lim, Int32(n)) }
            } else { emit(.len, lim, xr) }
            top = pc
            let cnd = temp()
            emit(.lt, cnd, idx, lim)
            jexit = emit(.jf, 0, cnd)
            let save = tempTop
            switch ri.kind {
            case .int:
                assignIter(k, idx, from: ri.keyType)
            case .string:
                let rr = temp(2)
                emit(.runeat, rr, xr, idx)
                assignIter(k, idx, from: Universe.int)
                assignIter(v, rr, from: Universe.rune)
                emit(.add, idx, idx, rr + 1)
                tempTop = save
            default:
                assignIter(k, idx, from: Universe.int)
                if let ve = v, !(isBlankExpr(ve)) {
                    let et = ri.valueType ?? Universe.int
                    let w = width(et)
                    let r = temp()
                    switch ri.kind {
                    case .slice: emit(.sidx, r, xr, idx, aux(.elem(width: w, len: 0)))
                    case .array:
                        guard case .array(_, let n) = tt.under(ri.xType) else { break }
                        emit(.aidx, r, xr, idx, aux(.elem(width: w, len: Int32(n))))
                    default:
                        guard case .array(_, let n) = tt.under(ri.xType) else { break }
                        emit(.pidx, r, xr, idx, aux(.elem(width: w, len: Int32(n))))
                    }
                    assignIter(ve, r, from: et)
                }
            }
            tempTop = save
            try block(body.stmts)
            cont = pc
            if ri.kind != .string { emit(.addi, idx, idx, 1) }
            else {
                // idx already advanced by the rune width before the body ran:
                // (handled above) nothing to do here.
            }
            emit(.jmp, Int32(top))
        case .map:
            let it = temp()
            emit(.mapiter, it, xr)
            let kr = temp(), vr = temp()
            top = pc
            jexit = emit(.mapnext, aux(.mapNext(iter: it, key: kr, val: vr, exit: 0)))
            let save = tempTop
            if let ke = k { assignIter(ke, kr, from: ri.keyType) }
            if let ve = v { assignIter(ve, vr, from: ri.valueType ?? Universe.int) }
            tempTop = save
            try block(body.stmts)
            cont = pc
            emit(.jmp, Int32(top))
        case .chan:
            top = pc
            let rr = temp(2)
            emit(.recv2, rr, xr)
            jexit = emit(.jf, 0, rr + 1)
            let save = tempTop
            if let ke = k { assignIter(ke, rr, from: ri.keyType) }
            tempTop = save
            try block(body.stmts)
            cont = pc
            emit(.jmp, Int32(top))
        }
        let end = pc
        if ri.kind == .map {
            if case .mapNext(let it, let kr, let vr, _) = proto.aux[Int(proto.code[jexit].a)] {
                proto.aux[Int(proto.code[jexit].a)] = .mapNext(iter: it, key: kr, val: vr, exit: Int32(end))
            }
        } else {
            patch(jexit, to: end)
        }
        let ctx = loops.removeLast()
        for b in ctx.breaks { patch(b, to: end) }
        for cj in ctx.continues { patch(cj, to: cont) }
    }

    /// Whether evaluating e calls a function or receives (conservative:
    /// conversions count as calls).
    func hasCallOrReceive(_ e: Expr) -> Bool {
        switch e.kind {
        case .call: return true
        case .unary(.arrow, _): return true
        case .paren(let x), .star(let x), .unary(_, let x), .selector(let x, _), .typeAssert(let x, _):
            return hasCallOrReceive(x)
        case .index(let x, let i): return hasCallOrReceive(x) || hasCallOrReceive(i)
        case .binary(_, let l, let r, _): return hasCallOrReceive(l) || hasCallOrReceive(r)
        case .slice(let x, let lo, let hi, let mx, _):
            return hasCallOrReceive(x) || [lo, hi, mx].contains { $0.map(hasCallOrReceive) ?? false }
        case .compositeLit, .funcLit: return true
        default: return false
        }
    }

    func isBlankExpr(_ e: Expr) -> Bool {
        if case .ident(let id) = e.kind, id.isBlank { return true }
        return false
    }

    /// Emit a jump taken when `cond` is false (target patched by the caller).
    /// Signed integer comparisons fuse into one compare-and-branch
    /// (`jlt`/`jge`, or `jlti`/`jgei` against a small constant).
    func jumpIfFalse(_ cond: Expr) -> Int {
        var c = cond
        while case .paren(let x) = c.kind { c = x }
        if cp.exprs[Int(c.id)].constant == nil, case .binary(let op, let x, let y, _) = c.kind,
           [.lss, .leq, .gtr, .geq].contains(op), rkind(ty(x)).isSigned, rkind(ty(y)).isSigned {
            func smallConst(_ e: Expr) -> Int32? {
                guard let k = cp.exprs[Int(e.id)].constant, case .int(let v) = constValue(k, ty(e)),
                      v >= Int64(Int32.min) + 1, v <= Int64(Int32.max) - 1 else { return nil }
                return Int32(v)
            }
            let xr = expr(x)
            if let k = smallConst(y) {
                switch op {
                case .lss: return emit(.jgei, 0, xr, k)          // !(x < k)  ⇔ x >= k
                case .geq: return emit(.jlti, 0, xr, k)          // !(x >= k) ⇔ x < k
                case .leq: return emit(.jgei, 0, xr, k + 1)      // !(x <= k) ⇔ x >= k+1
                default: return emit(.jlti, 0, xr, k + 1)        // !(x > k)  ⇔ x < k+1
                }
            }
            let yr = expr(y)
            switch op {
            case .lss: return emit(.jge, 0, xr, yr)
            case .geq: return emit(.jlt, 0, xr, yr)
            case .leq: return emit(.jlt, 0, yr, xr)
            default: return emit(.jge, 0, yr, xr)
            }
        }
        let cr = expr(cond)
        return emit(.jf, 0, cr)
    }
}
