// Order of evaluation as gc does it (cmd/compile order.go): within one
// statement, function calls, method calls and receives run first, left to
// right, each into a temporary, and so do len and cap (measured against
// go1.19); plain operands (variables, fields, index and map reads,
// arithmetic on them) are read afterwards. So `fmt.Println(t.n, t.inc(), t.n)` prints
// the field after inc ran ("1 1 1"), and `x + f()` sees what f stored in x.
// && and || keep their short-circuit: such an operand with calls in it is
// evaluated as a whole, in order. Function literals are not entered.
// Leaves out: if/for/switch conditions and select cases (compiled as before).
import GoFrontend

extension FuncCompiler {
    /// Evaluate the calls of statement s's own expressions into temporaries
    /// (`expr` then returns those registers).
    func hoistCalls(_ s: Stmt) {
        switch s.kind {
        case .expr(let e):
            hoistInside(e)
        case .assign(let lhs, let tok, let rhs):
            if tok != .assign && tok != .define { return }   // op=: Stmts.assign orders it
            for l in lhs { hoistPlaceOperands(l) }
            if lhs.count == rhs.count { for r in rhs { hoist(r) } } else { rhs.forEach(hoistInside) }
        case .return(let es):
            if es.count == 1 { hoistInside(es[0]) } else { es.forEach(hoist) }
        case .send(let ch, let v):
            hoist(ch); hoist(v)
        case .go(let e), .defer(let e):
            hoistInside(e)
        case .decl(let g):
            for spec in g.specs {
                guard case .value(let vs) = spec else { continue }
                if vs.values.count == vs.names.count { vs.values.forEach(hoist) } else { vs.values.forEach(hoistInside) }
            }
        default:
            break
        }
    }

    /// The operands of an assignment target (not the target itself).
    func hoistPlaceOperands(_ e: Expr) {
        switch e.kind {
        case .index(let x, let i): hoistPlaceOperands(x); hoist(i)
        case .selector(let x, _): hoistPlaceOperands(x)
        case .star(let x): hoist(x)
        case .paren(let x): hoistPlaceOperands(x)
        default: break
        }
    }

    /// Hoist the calls below e, but not e itself.
    func hoistInside(_ e: Expr) {
        forEachChild(e, { self.hoist($0) }, { _ in })
    }

    /// Hoist every call in e (post-order: arguments before the call).
    func hoist(_ e: Expr) {
        switch e.kind {
        case .funcLit: return
        case .keyValue(let k, let v):
            if case .ident = k.kind {} else { hoist(k) }
            hoist(v)
            return
        case .binary(let op, _, _, _) where op == .land || op == .lor:
            if containsHoistable(e) { materialize(e) }
            return
        case .call:
            hoistInside(e)
            let info = cp.exprs[Int(e.id)]
            switch info.call {
            case .builtin(let b)? where (b == .len || b == .cap) && info.constant == nil:
                // gc reads len and cap in order with the calls (go1.19:
                // `fmt.Println(len(s.items), s.Pop(), len(s.items))` → "2 5 1").
                materialize(e)
                return
            case .conversion?, .builtin?, nil: return
            default: break
            }
            if isSingleValue(info.type) { materialize(e) }
            return
        case .unary(.arrow, let x):
            hoist(x)
            if isSingleValue(cp.exprs[Int(e.id)].type) { materialize(e) }
            return
        default:
            if cp.exprs[Int(e.id)].constant != nil { return }
            forEachChild(e, { self.hoist($0) }, { _ in })
        }
    }

    func materialize(_ e: Expr) {
        guard hoisted[e.id] == nil else { return }
        let r = temp()
        let v = expr(e, r)
        if v != r { emit(.move, r, v) }
        hoisted[e.id] = r
    }

    func isSingleValue(_ t: TypeID) -> Bool {
        if t == Universe.invalid || t == Universe.noValue { return false }
        if case .tuple = tt[t] { return false }
        return true
    }

    func containsHoistable(_ e: Expr) -> Bool {
        switch e.kind {
        case .funcLit: return false
        case .call:
            let info = cp.exprs[Int(e.id)]
            switch info.call {
            case .builtin(let b)? where (b == .len || b == .cap) && info.constant == nil: return true
            case .conversion?, .builtin?, nil: break
            default: return true
            }
        case .unary(.arrow, _): return true
        default: break
        }
        var found = false
        forEachChild(e, { if !found && self.containsHoistable($0) { found = true } }, { _ in })
        return found
    }
}
