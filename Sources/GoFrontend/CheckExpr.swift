// Expressions: identifiers, literals, selectors, index/slice, unary and
// binary operators with untyped constant arithmetic, composite and
// function literals. Models types2 expr.go (exprInternal, unary, binary,
// shift, comparison, matchTypes, updateExprType), selector in call.go,
// index.go and literals.go, with their messages.

extension Checker {
    /// Single-valued expression (errors for tuples and no-value calls).
    func expr(_ e: Expr, hint: TypeID? = nil) -> Operand {
        var x = multiExpr(e, hint: hint)
        singleValue(&x)
        return x
    }

    func singleValue(_ x: inout Operand) {
        if x.mode == .novalue {
            error(x.expr!.pos, "\(shortExprString(x.expr!)) (no value) used as value")
            x.mode = .invalid
        } else if x.mode == .value, case .tuple(let ts) = types[x.type], ts.count != 1 {
            error(x.expr!.pos, "multiple-value \(shortExprString(x.expr!)) (value of type \(types.string(x.type))) in single-value context")
            x.mode = .invalid
        } else if x.mode == .builtin {
            error(x.expr!.pos, "\(shortExprString(x.expr!)) (built-in) must be called")
            x.mode = .invalid
        } else if x.mode == .typeExpr {
            error(x.expr!.pos, "\(shortExprString(x.expr!)) (type) is not an expression")
            x.mode = .invalid
        } else if x.mode == .package {
            error(x.expr!.pos, "use of package \(shortExprString(x.expr!)) not in selector")
            x.mode = .invalid
        }
    }

    /// Expression that may be a multi-value call, a type or a builtin.
    func multiExpr(_ e: Expr, hint: TypeID? = nil) -> Operand {
        depth += 1
        defer { depth -= 1 }
        if depth > Checker.maxDepth {
            error(e.pos, "gmpscope: expression nested too deeply")
            return .invalid(e)
        }
        var x = exprInternal(e, hint: hint)
        x.expr = e
        record(x)
        if x.commaOk { exprs[Int(e.id)].commaOk = false }
        return x
    }

    private func exprInternal(_ e: Expr, hint: TypeID?) -> Operand {
        switch e.kind {
        case .bad: return .invalid(e)
        case .ident(let id): return identOperand(e, id, record: true)
        case .basicLit(let lit): return literal(e, lit)
        case .paren(let inner):
            var x = multiExpr(inner, hint: hint)
            x.expr = e
            return x
        case .compositeLit(let te, let elems, _):
            return compositeLit(e, typeExpr: te, elems: elems, hint: hint)
        case .funcLit(let sig, let body):
            return funcLit(e, sig, body)
        case .selector(let x, let sel):
            return selector(e, x, sel)
        case .index(let x, let i):
            return indexExpr(e, x, i)
        case .slice(let x, let lo, let hi, let mx, let three):
            return sliceExpr(e, x, lo, hi, mx, three)
        case .typeAssert(let x, let t):
            return typeAssertion(e, x, t)
        case .call:
            return call(e)
        case .star(let inner):
            var x = multiExpr(inner)
            if x.mode == .invalid { return .invalid(e) }
            if x.mode == .typeExpr {
                let t = types.pointer(x.type)
                return Operand(mode: .typeExpr, type: t, val: nil, expr: e)
            }
            singleValue(&x)
            if x.mode == .invalid { return .invalid(e) }
            if x.type == Universe.untypedNil {
                error(inner.pos, "invalid operation: cannot indirect nil")
                return .invalid(e)
            }
            guard let p = types.pointee(x.type) else {
                error(inner.pos, "invalid operation: cannot indirect \(operandString(x))")
                return .invalid(e)
            }
            return Operand(mode: .variable, type: p, val: nil, expr: e)
        case .unary(let op, let inner):
            return unary(e, op, inner, hint: hint)
        case .binary(let op, let l, let r, _):
            return binary(e, op, l, r)
        case .keyValue:
            error(e.pos, "invalid use of key: value outside composite literal")
            return .invalid(e)
        case .arrayType, .structType, .funcType, .interfaceType, .mapType, .chanType:
            let t = typExpr(e)
            return t == Universe.invalid ? .invalid(e) : Operand(mode: .typeExpr, type: t, val: nil, expr: e)
        case .ellipsis:
            error(e.pos, "invalid use of ...")
            return .invalid(e)
        }
    }

    // MARK: identifiers

    func identOperand(_ e: Expr, _ id: Ident, record rec: Bool, lhs: Bool = false) -> Operand {
        if id.name == "_" {
            error(e.pos, "cannot use _ as value")
            return .invalid(e)
        }
        guard let ent = lookup(id.name) else {
            error(e.pos, "undefined: \(id.name)")
            return .invalid(e)
        }
        let i = Int(e.id)
        switch ent {
        case .local(let l):
            useLocal(l, markUsed: !lhs)
            if rec { exprs[i].ref = .local(l) }
            return Operand(mode: .variable, type: locals[Int(l.raw)].type, val: nil, expr: e)
        case .global(let g):
            if globalObjs[g].state != 2 { resolveGlobal(g) }
            if collectingDeps { depGlobals.append(g) }
            guard let gid = globalObjs[g].id else { return .invalid(e) }
            if rec { exprs[i].ref = .global(gid) }
            return Operand(mode: .variable, type: globalObjs[g].type, val: nil, expr: e)
        case .constant(let c):
            resolveConst(c)
            constObjs[c].used = true
            if rec { exprs[i].ref = .constant }
            guard let v = constObjs[c].value else { return .invalid(e) }
            return Operand(mode: .constant, type: constObjs[c].type, val: v, expr: e)
        case .typeDecl(let t):
            resolveTypeDecl(t)
            if rec { exprs[i].ref = .typeName(typeObjs[t].type) }
            if typeObjs[t].type == Universe.invalid { return .invalid(e) }
            return Operand(mode: .typeExpr, type: typeObjs[t].type, val: nil, expr: e)
        case .type(let t):
            if rec { exprs[i].ref = .typeName(t) }
            return Operand(mode: .typeExpr, type: t, val: nil, expr: e)
        case .function(let f):
            if collectingDeps { depFuncs.append(f) }
            if rec { exprs[i].ref = .function(f) }
            return Operand(mode: .value, type: funcs[Int(f.raw)].signature, val: nil, expr: e)
        case .builtin(let b):
            if rec { exprs[i].ref = .builtin(b) }
            var x = Operand(mode: .builtin, type: Universe.invalid, val: nil, expr: e)
            x.builtin = b
            return x
        case .package(let p):
            if rec { exprs[i].ref = .package(importObjs[p].path) }
            return Operand(mode: .package, type: Universe.invalid, val: nil, expr: e)
        case .nilValue:
            if rec { exprs[i].ref = .nil }
            return Operand(mode: .value, type: Universe.untypedNil, val: nil, expr: e)
        case .boolConst(let b):
            if rec { exprs[i].ref = .constant }
            return Operand(mode: .constant, type: Universe.untypedBool, val: .bool(b), expr: e)
        case .iota:
            guard let v = currentIota else {
                error(e.pos, "cannot use iota outside constant declaration")
                return .invalid(e)
            }
            if rec { exprs[i].ref = .constant }
            return Operand(mode: .constant, type: Universe.untypedInt, val: .int(BigInt(v)), expr: e)
        }
    }

    func useLocal(_ l: LocalID, markUsed: Bool) {
        if markUsed { localUsed[Int(l.raw)] = true }
        let owner = locals[Int(l.raw)].function
        var i = fnStack.count - 1
        while i >= 0 && fnStack[i].id != owner {
            let f = fnStack[i].id
            if !funcs[Int(f.raw)].captures.contains(l) { funcs[Int(f.raw)].captures.append(l) }
            locals[Int(l.raw)].captured = true
            locals[Int(l.raw)].escapes = true
            i -= 1
        }
    }

    // MARK: literals

    func literal(_ e: Expr, _ lit: BasicLit) -> Operand {
        switch lit.tok {
        case .int:
            guard let v = parseIntLit(lit.raw) else {
                error(e.pos, "invalid integer literal \(lit.raw)")
                return .invalid(e)
            }
            if v.bitLength > 512 {
                error(e.pos, "integer constant overflow")
                return .invalid(e)
            }
            return Operand(mode: .constant, type: Universe.untypedInt, val: .int(v), expr: e)
        case .float:
            guard let d = parseFloatLit(lit.raw) else {
                error(e.pos, "invalid floating-point literal \(lit.raw)")
                return .invalid(e)
            }
            let exact = ConstRat(literal: lit.raw)
            if !d.isFinite && exact == nil {
                error(e.pos, "floating-point constant overflow")
                return .invalid(e)
            }
            let v: ConstValue = exact.map { .rat($0) } ?? .float(d)
            return Operand(mode: .constant, type: Universe.untypedFloat, val: v, expr: e)
        case .imag:
            unsupported("complex numbers", e.pos)
            return .invalid(e)
        case .char:
            guard let v = runeValue(lit.raw) else {
                error(e.pos, "invalid rune literal \(lit.raw)")
                return .invalid(e)
            }
            return Operand(mode: .constant, type: Universe.untypedRune, val: .int(BigInt(v)), expr: e)
        default:
            guard let s = unquote(lit.raw) else {
                error(e.pos, "invalid string literal")
                return .invalid(e)
            }
            return Operand(mode: .constant, type: Universe.untypedString, val: .string(s), expr: e)
        }
    }

    func parseIntLit(_ raw: String) -> BigInt? {
        let s = raw.replacingOccurrences(of: "_", with: "")
        let lower = s.lowercased()
        if lower.hasPrefix("0x") { return BigInt(digits: lower.dropFirst(2), radix: 16) }
        if lower.hasPrefix("0b") { return BigInt(digits: lower.dropFirst(2), radix: 2) }
        if lower.hasPrefix("0o") { return BigInt(digits: lower.dropFirst(2), radix: 8) }
        if lower.count > 1 && lower.hasPrefix("0") { return BigInt(digits: lower.dropFirst(1), radix: 8) }
        return BigInt(digits: Substring(lower), radix: 10)
    }

    func parseFloatLit(_ raw: String) -> Double? {
        var s = raw.replacingOccurrences(of: "_", with: "")
        if s.hasPrefix(".") { s = "0" + s }
        if s.lowercased().hasPrefix("0x") { return Double(s) }
        // Leading zeros are decimal in floats ("01.5").
        return Double(s)
    }

    // MARK: selectors

    func selector(_ e: Expr, _ xe: Expr, _ sel: Ident) -> Operand {
        // Package member?
        if case .ident(let pid) = xe.kind, case .package(let pi)? = lookup(pid.name) {
            importObjs[pi].used = true
            exprs[Int(xe.id)].ref = .package(importObjs[pi].path)
            exprs[Int(xe.id)].mode = .package
            let path = importObjs[pi].path
            guard let m = lib.packages[path]?[sel.name] else {
                if !Library.paths.contains(path) { return .invalid(e) }   // already reported at the import
                if !(sel.name.first?.isUppercase ?? false) {
                    error(sel.pos, "undefined: \(pid.name).\(sel.name)")
                } else if knownUnsupported(path, sel.name) {
                    unsupported("\(pid.name).\(sel.name)", e.pos)
                } else {
                    error(e.pos, "undefined: \(pid.name).\(sel.name)")
                }
                return .invalid(e)
            }
            switch m {
            case .function(let f, let sig):
                exprs[Int(e.id)].ref = .lib(f)
                exprs[Int(sel.id)].ref = .lib(f)
                return Operand(mode: .value, type: sig, val: nil, expr: e)
            case .type(let t):
                exprs[Int(e.id)].ref = .typeName(t)
                return Operand(mode: .typeExpr, type: t, val: nil, expr: e)
            case .constant(let t, let v):
                exprs[Int(e.id)].ref = .constant
                return Operand(mode: .constant, type: t, val: v, expr: e)
            case .variable(let v, let t):
                exprs[Int(e.id)].ref = .libVar(v)
                return Operand(mode: .variable, type: t, val: nil, expr: e)
            }
        }
        var x = multiExpr(xe)
        if x.mode == .invalid { return .invalid(e) }
        if x.mode == .typeExpr {
            return methodExpr(e, x.type, sel)
        }
        singleValue(&x)
        if x.mode == .invalid { return .invalid(e) }
        if x.type == Universe.untypedNil {
            error(e.pos, "\(shortExprString(e)) undefined (type untyped nil has no field or method \(sel.name))")
            return .invalid(e)
        }
        if sel.name == "_" {
            error(sel.pos, "cannot refer to blank field or method")
            return .invalid(e)
        }
        let lk = types.lookupFieldOrMethod(x.type, sel.name)
        switch lk {
        case .field(let path, let ft):
            if let f = fieldAt(x.type, path), f.pkg != "main", !f.isExported {
                error(sel.pos, "\(shortExprString(e)) undefined (type \(types.string(x.type)) has no field or method \(sel.name))")
                return .invalid(e)
            }
            exprs[Int(e.id)].ref = .field(path)
            let addressable = x.mode == .variable || path.contains { $0.deref }
            return Operand(mode: addressable ? .variable : .value, type: ft, val: nil, expr: e)
        case .method(let decl, let recvType, let path, let recvIsPointer):
            let throughPtr = recvIsPointer || path.contains { $0.deref }
            var adjust = ReceiverAdjust.none
            if decl.pointerReceiver && !recvIsPointer {
                let addressable = x.mode == .variable || path.contains { $0.deref }
                if !addressable {
                    error(sel.pos, "cannot call pointer method \(sel.name) on \(types.string(recvType))")
                    return .invalid(e)
                }
                adjust = .addressOf
                if !throughPtr { markAddressTaken(xe, path: path) }
            } else if !decl.pointerReceiver && recvIsPointer {
                adjust = .deref
            }
            if case .user(let f) = decl.target, collectingDeps { depFuncs.append(f) }
            let ms = MethodSelection(method: decl, recvType: recvType, path: path, adjust: adjust)
            exprs[Int(e.id)].ref = .method(ms)
            return Operand(mode: .value, type: decl.signature, val: nil, expr: e)
        case .interfaceMethod(let index, let m, let path):
            if !path.isEmpty {
                // Promoted from an embedded interface field: a method
                // selection whose receiver is that interface value.
                exprs[Int(e.id)].ref = .method(types.promotedInterfaceSelection(x.type, index, m, path))
                return Operand(mode: .value, type: m.signature, val: nil, expr: e)
            }
            exprs[Int(e.id)].ref = .interfaceMethod(index: index, name: m.name)
            return Operand(mode: .value, type: m.signature, val: nil, expr: e)
        case .ambiguous:
            error(sel.pos, "ambiguous selector \(shortExprString(e))")
            return .invalid(e)
        case .notFound:
            if let p = types.pointee(x.type), types.isInterface(p), !types.isNamed(x.type) || true,
               case .interfaceMethod = types.lookupFieldOrMethod(p, sel.name) {
                error(sel.pos, "\(shortExprString(e)) undefined (type \(types.string(x.type)) is pointer to interface, not interface)")
                return .invalid(e)
            }
            // A library type whose Go method the table lacks: say so plainly.
            let base = types.pointee(x.type) ?? x.type
            // (Not the universe's error, whose method set is complete.)
            if let n = types.named(base), n.pkg != "main", !n.pkg.isEmpty, sel.name.first?.isUppercase ?? false {
                unsupported("\(n.qualifiedName).\(sel.name)", sel.pos)
                return .invalid(e)
            }
            var why = "type \(types.string(x.type)) has no field or method \(sel.name)"
            // types2: hint at a differently capitalised name.
            if let alt = similarMember(x.type, sel.name) {
                why += ", but does have \(alt)"
            }
            error(sel.pos, "\(shortExprString(e)) undefined (\(why))")
            return .invalid(e)
        }
    }

    /// `T.m`, `(*T).m`, `I.m`: a method expression (go/types
    /// MethodExpr selection). Its type is the method's signature with the
    /// receiver as first parameter; `m` must be in the method set of `T`.
    func methodExpr(_ e: Expr, _ t: TypeID, _ sel: Ident) -> Operand {
        let name = "\(shortTypeExprString(t)).\(sel.name)"
        if sel.name == "_" {
            error(sel.pos, "cannot refer to blank field or method")
            return .invalid(e)
        }
        if case .interface(let ms) = types.under(t) {
            guard let i = ms.firstIndex(where: { $0.name == sel.name }), let sig = types.signature(ms[i].signature) else {
                error(sel.pos, "\(name) undefined (type \(types.string(t)) has no field or method \(sel.name))")
                return .invalid(e)
            }
            exprs[Int(e.id)].ref = .interfaceMethodExpr(index: i, name: sel.name)
            let ft = types.function([t] + sig.params, sig.results, variadic: sig.variadic)
            return Operand(mode: .value, type: ft, val: nil, expr: e)
        }
        guard let ms = types.methodInSet(t, sel.name), let sig = types.signature(ms.method.signature) else {
            if case .method = types.lookupFieldOrMethod(t, sel.name) {
                error(sel.pos, "cannot call pointer method \(sel.name) on \(types.string(t))")
            } else {
                error(sel.pos, "\(name) undefined (type \(types.string(t)) has no field or method \(sel.name))")
            }
            return .invalid(e)
        }
        if case .user(let f) = ms.method.target, collectingDeps { depFuncs.append(f) }
        exprs[Int(e.id)].ref = .methodExpr(type: t, ms)
        let ft = types.function([t] + sig.params, sig.results, variadic: sig.variadic)
        return Operand(mode: .value, type: ft, val: nil, expr: e)
    }

    /// A type as written in a method expression: `T` or `(*T)`.
    func shortTypeExprString(_ t: TypeID) -> String {
        if types.isPointer(t), !types.isNamed(t) { return "(\(types.string(t)))" }
        return types.string(t)
    }

    func similarMember(_ t: TypeID, _ name: String) -> String? {
        let lower = name.lowercased()
        var base = t
        if let p = types.pointee(t) { base = p }
        var names: [String] = []
        if let n = types.named(base) { names += n.methods.map(\.name) }
        names += types.fields(base).map(\.name)
        if case .interface(let ms) = types.under(base) { names += ms.map(\.name) }
        return names.first { $0 != name && $0.lowercased() == lower }
    }

    func fieldAt(_ t: TypeID, _ path: [FieldStep]) -> StructField? {
        var cur = t
        var f: StructField? = nil
        for s in path {
            if s.deref, let p = types.pointee(cur) { cur = p }
            let fs = types.fields(cur)
            guard s.index < fs.count else { return nil }
            f = fs[s.index]
            cur = fs[s.index].type
        }
        return f
    }

    /// `x.m()` with a pointer method on an addressable value through a
    /// path of value fields: the variable at the root has its address taken.
    func markAddressTaken(_ xe: Expr, path: [FieldStep]) {
        if path.contains(where: { $0.deref }) { return }
        markAddressTaken(xe)
    }

    // MARK: index and slice

    func indexExpr(_ e: Expr, _ xe: Expr, _ ie: Expr) -> Operand {
        var x = multiExpr(xe)
        if x.mode == .invalid { _ = expr(ie); return .invalid(e) }
        if x.mode == .typeExpr {
            unsupported("generic type instantiation", e.pos)
            return .invalid(e)
        }
        singleValue(&x)
        if x.mode == .invalid { return .invalid(e) }
        var length: Int64? = nil
        var result = Operand(mode: .invalid, type: Universe.invalid, val: nil, expr: e)
        switch types.under(x.type) {
        case .basic(let b) where b.isString:
            if case .string(let s)? = x.val { length = Int64(constStringBytes(s).count) }
            result.mode = .value
            result.type = Universe.uint8
            if b == .untypedString { convertUntyped(&x, Universe.string) }
        case .array(let el, let n):
            length = n
            result.mode = x.mode == .variable ? .variable : .value
            result.type = el
        case .pointer(let p):
            if case .array(let el, let n) = types.under(p) {
                length = n
                result.mode = .variable
                result.type = el
            }
        case .slice(let el):
            result.mode = .variable
            result.type = el
        case .map(let k, let v):
            var key = expr(ie)
            if key.mode != .invalid { assignment(&key, to: k, context: "map index") }
            var r = Operand(mode: .mapIndex, type: v, val: nil, expr: e)
            r.commaOk = true
            return r
        default: break
        }
        if result.mode == .invalid {
            _ = expr(ie)
            error(e.pos, "invalid operation: cannot index \(operandString(x))")
            return .invalid(e)
        }
        _ = index(ie, max: length)
        // Constant string indexed by constant: a byte value (not constant).
        return result
    }

    /// Checks an index expression; returns its constant value if any.
    @discardableResult
    func index(_ ie: Expr, max: Int64?) -> Int64? {
        var x = expr(ie)
        if x.mode == .invalid { return nil }
        if types.isUntyped(x.type) && x.mode == .constant {
            // untyped constant indices must be representable as int
            if let v = x.val?.exactInt {
                x.val = .int(v)
                convertUntyped(&x, Universe.int)
                if x.mode == .invalid { return nil }
            } else {
                error(ie.pos, "invalid argument: index \(operandString(x)) must be integer")
                return nil
            }
        } else if types.isUntyped(x.type) {
            convertUntyped(&x, Universe.int)
        }
        guard types.basicKind(x.type)?.isInteger == true else {
            error(ie.pos, "invalid argument: index \(operandString(x)) must be integer")
            return nil
        }
        if x.mode == .constant, let v = x.val?.exactInt?.int64Value {
            if v < 0 {
                error(ie.pos, "invalid argument: index \(operandString(x)) must not be negative")
                return nil
            }
            if let m = max, v >= m {
                error(ie.pos, "invalid argument: index \(shortExprString(ie)) out of bounds [0:\(m)]")
                return nil
            }
            return v
        }
        return nil
    }

    func sliceExpr(_ e: Expr, _ xe: Expr, _ lo: Expr?, _ hi: Expr?, _ mx: Expr?, _ three: Bool) -> Operand {
        var x = expr(xe)
        if x.mode == .invalid {
            for i in [lo, hi, mx] { if let i = i { _ = expr(i) } }
            return .invalid(e)
        }
        var length: Int64? = nil
        var result = Operand(mode: .value, type: Universe.invalid, val: nil, expr: e)
        switch types.under(x.type) {
        case .basic(let b) where b.isString:
            if three {
                error(e.pos, "invalid operation: 3-index slice of string")
                return .invalid(e)
            }
            if case .string(let s)? = x.val { length = Int64(constStringBytes(s).count) }
            if b == .untypedString { convertUntyped(&x, Universe.string) }
            result.type = x.type
        case .array(let el, let n):
            if x.mode != .variable {
                error(e.pos, "invalid operation: \(shortExprString(xe)) (slice of unaddressable value)")
                return .invalid(e)
            }
            markAddressTaken(xe)
            length = n + 1
            result.type = types.slice(el)
        case .pointer(let p):
            if case .array(let el, let n) = types.under(p) {
                length = n + 1
                result.type = types.slice(el)
            }
        case .slice:
            result.type = x.type
        default: break
        }
        if result.type == Universe.invalid {
            error(e.pos, "cannot slice \(operandString(x))")
            return .invalid(e)
        }
        var vals: [Int64?] = []
        for i in [lo, hi, mx] {
            if let i = i { vals.append(index(i, max: length)) } else { vals.append(nil) }
        }
        // constant indices must be non-decreasing
        // (types2 sliceExpr: reported at the smaller, later index; one error)
        let indexExprs = [lo, hi, mx]
        var prev: Int64? = nil
        for (k, v) in vals.enumerated() {
            if let v = v {
                if let p = prev, v < p {
                    error(indexExprs[k]?.pos ?? e.pos, "invalid slice indices: \(v) < \(p)")
                    return .invalid(e)
                }
                prev = v
            }
        }
        return result
    }

    // MARK: type assertions

    func typeAssertion(_ e: Expr, _ xe: Expr, _ te: Expr?) -> Operand {
        let x = expr(xe)
        guard let te = te else {
            error(e.pos, "invalid AST: use of .(type) outside type switch")
            return .invalid(e)
        }
        let t = typExpr(te)
        if x.mode == .invalid || t == Universe.invalid { return .invalid(e) }
        guard types.isInterface(x.type) else {
            error(xe.pos, "invalid operation: \(shortExprString(xe)) (\(operandDetail(x))) is not an interface")
            return .invalid(e)
        }
        if !types.isInterface(t), let why = types.missingMethod(t, x.type) {
            error(e.pos, "impossible type assertion: \(shortExprString(e))\n\t\(types.string(t)) does not implement \(types.string(x.type)) \(missingReason(why))")
            return .invalid(e)
        }
        var r = Operand(mode: .value, type: t, val: nil, expr: e)
        r.commaOk = true
        return r
    }

    func missingReason(_ m: TypeTable.Missing) -> String {
        switch m {
        case .missing(let n): return "(missing \(n) method)"
        case .pointerReceiver(let n): return "(\(n) method has pointer receiver)"
        case .wrongType(let n, let have, let want):
            return "(wrong type for \(n) method)\n\t\thave \(n)\(types.string(have).dropFirst(4))\n\t\twant \(n)\(types.string(want).dropFirst(4))"
        }
    }

    // MARK: unary

    func unary(_ e: Expr, _ op: Token, _ inner: Expr, hint: TypeID?) -> Operand {
        if op == .and {
            // &T{…} (possibly parenthesised) is allowed; hint passes through.
            var lit = inner
            while case .paren(let i) = lit.kind { lit = i }
            var elemHint: TypeID? = nil
            if let h = hint, let p = types.pointee(h) { elemHint = p }
            var x = expr(inner, hint: elemHint)
            if x.mode == .invalid { return .invalid(e) }
            if case .compositeLit = lit.kind {} else if x.mode != .variable {
                error(inner.pos, "invalid operation: cannot take address of \(operandString(x))")
                return .invalid(e)
            }
            markAddressTaken(inner)
            x.mode = .value
            x.type = types.pointer(x.type)
            x.val = nil
            return x
        }
        if op == .arrow {
            var x = expr(inner)
            if x.mode == .invalid { return .invalid(e) }
            guard case .chan(let dir, let el) = types.under(x.type) else {
                error(inner.pos, "invalid operation: cannot receive from non-channel \(operandString(x))")
                return .invalid(e)
            }
            if dir == .send {
                error(inner.pos, "invalid operation: cannot receive from send-only channel \(operandString(x))")
                return .invalid(e)
            }
            x.mode = .value
            x.type = el
            x.val = nil
            x.commaOk = true
            return x
        }
        let x = expr(inner)
        if x.mode == .invalid { return .invalid(e) }
        let b = types.basicKind(x.type)
        let ok: Bool
        switch op {
        case .add, .sub: ok = b?.isNumeric ?? false
        case .xor: ok = b?.isInteger ?? false
        case .not: ok = b?.isBoolean ?? false
        default: ok = false
        }
        if !ok {
            error(inner.pos, "invalid operation: operator \(op.description) not defined on \(operandString(x))")
            return .invalid(e)
        }
        var r = x
        r.expr = e
        if x.mode == .constant, let v = x.val {
            switch (op, v) {
            case (.add, _): r.val = v
            case (.sub, .int(let i)): r.val = .int(-i)
            case (.sub, .float(let d)): r.val = .float(-d)
            case (.sub, .rat(let q)): r.val = .rat(-q)
            case (.not, .bool(let bv)): r.val = .bool(!bv)
            case (.xor, .int(let i)):
                if let bk = b, bk.isUnsigned {
                    // ^x for unsigned typed constants flips within the type's width.
                    let bits = bk.size * 8
                    let mask = (BigInt(1) << bits) - BigInt(1)
                    r.val = .int(i ^ mask)
                } else {
                    r.val = .int(~i)
                }
            default: break
            }
            if !types.isUntyped(r.type) { checkOverflow(&r) }
        } else {
            r.mode = .value
            r.val = nil
        }
        return r
    }

    /// Typed constant result of an operation must be representable.
    func checkOverflow(_ x: inout Operand) {
        guard x.mode == .constant, let v = x.val, let b = types.basicKind(x.type), !b.isUntyped else { return }
        switch representable(v, b) {
        case .ok(let nv): x.val = nv
        case .overflow:
            error(x.expr!.pos, "\(operandString(x)) overflows \(types.string(x.type))")
            x.mode = .invalid
        case .truncated:
            error(x.expr!.pos, "\(operandString(x)) truncated to \(types.string(x.type))")
            x.mode = .invalid
        case .mismatch:
            error(x.expr!.pos, "cannot convert \(operandString(x)) to type \(types.string(x.type))")
            x.mode = .invalid
        }
    }

    // MARK: binary

    func isComparison(_ op: Token) -> Bool {
        op == .eql || op == .neq || op == .lss || op == .leq || op == .gtr || op == .geq
    }

    func binary(_ e: Expr, _ op: Token, _ le: Expr, _ re: Expr) -> Operand {
        var x = expr(le)
        var y = expr(re)
        if x.mode == .invalid || y.mode == .invalid { return .invalid(e) }
        return binaryOp(e, op, &x, &y, text: nil)
    }

    /// The operator part of `binary`; `text` replaces the expression in
    /// messages (for `x op= y`, whose node is the statement).
    func binaryOp(_ e: Expr, _ op: Token, _ x: inout Operand, _ y: inout Operand, text: String?) -> Operand {
        let re = y.expr!
        var etext: String { text ?? shortExprString(e) }
        if op == .shl || op == .shr { return shift(e, op, &x, &y) }
        matchTypes(&x, &y)
        if x.mode == .invalid || y.mode == .invalid { return .invalid(e) }
        if isComparison(op) { return comparison(e, op, &x, &y) }
        if x.type != y.type {
            if x.type != Universe.invalid && y.type != Universe.invalid {
                error(e.pos, "invalid operation: \(etext) (mismatched types \(types.string(x.type)) and \(types.string(y.type)))")
            }
            return .invalid(e)
        }
        let b = types.basicKind(x.type)
        let ok: Bool
        switch op {
        case .add: ok = (b?.isNumeric ?? false) || (b?.isString ?? false)
        case .sub, .mul, .quo: ok = b?.isNumeric ?? false
        case .rem, .and, .or, .xor, .andNot: ok = b?.isInteger ?? false
        case .land, .lor: ok = b?.isBoolean ?? false
        default: ok = false
        }
        if !ok {
            let what = x
            var msg = "invalid operation: operator \(op.description) not defined on \(operandString(what))"
            if op == .rem, b?.isFloat ?? false { msg = "invalid operation: operator % not defined on \(operandString(what))" }
            error(x.expr!.pos == e.pos ? e.pos : e.pos, msg)
            return .invalid(e)
        }
        if (op == .quo || op == .rem), y.mode == .constant, let yv = y.val,
           (x.mode == .constant || (b?.isInteger ?? false)), isZero(yv) {
            error(re.pos, "invalid operation: division by zero")
            return .invalid(e)
        }
        var r = Operand(mode: .value, type: x.type, val: nil, expr: e)
        if x.mode == .constant && y.mode == .constant, let xv = x.val, let yv = y.val {
            guard let v = foldBinary(op, xv, yv, intDivision: b?.isInteger ?? false) else {
                error(e.pos, "constant overflow")
                return .invalid(e)
            }
            r.mode = .constant
            r.val = v
            if !types.isUntyped(r.type) {
                checkOverflow(&r)
            } else if case .int(let i) = v, i.bitLength > 512 {
                error(e.pos, "constant overflow")
                return .invalid(e)
            }
        }
        return r
    }

    func isZero(_ v: ConstValue) -> Bool {
        switch v {
        case .int(let i): return i.isZero
        case .float(let d): return d == 0
        case .rat(let r): return r.isZero
        default: return false
        }
    }

    /// Constant arithmetic. Integer division truncates for integer kinds.
    func foldBinary(_ op: Token, _ a: ConstValue, _ b: ConstValue, intDivision: Bool) -> ConstValue? {
        switch (a, b) {
        case (.int(let x), .int(let y)):
            switch op {
            case .add: return .int(x + y)
            case .sub: return .int(x - y)
            case .mul:
                if x.bitLength + y.bitLength > 600 { return nil }
                return .int(x * y)
            case .quo:
                if intDivision { return .int(x / y) }
                return (ConstRat(x) / ConstRat(y)).map { .rat($0) }
            case .rem: return .int(x % y)
            case .and: return .int(x & y)
            case .or: return .int(x | y)
            case .xor: return .int(x ^ y)
            case .andNot: return .int(BigInt.andNot(x, y))
            default: return nil
            }
        case (.bool(let x), .bool(let y)):
            switch op {
            case .land: return .bool(x && y)
            case .lor: return .bool(x || y)
            default: return nil
            }
        case (.string(let x), .string(let y)):
            return op == .add ? .string(constStringFromBytes(constStringBytes(x) + constStringBytes(y))) : nil
        default:
            // Exact while both are exact (untyped floats, ints, finite doubles).
            if let x = a.ratValue, let y = b.ratValue {
                var r: ConstRat?
                switch op {
                case .add: r = x + y
                case .sub: r = x - y
                case .mul: r = x * y
                case .quo: r = x / y
                default: return nil
                }
                if let r = r, !r.isHuge {
                    // A typed float operand keeps the result a float of its type
                    // (rounded by the caller's representable); untyped stays exact.
                    return .rat(r)
                }
                if let r = r { return .float(r.double) }
                return nil
            }
            guard let x = a.doubleValue, let y = b.doubleValue else { return nil }
            switch op {
            case .add: return .float(x + y)
            case .sub: return .float(x - y)
            case .mul: return .float(x * y)
            case .quo: return .float(x / y)
            default: return nil
            }
        }
    }

    /// types2 matchTypes: converts an untyped operand to the other's type.
    func matchTypes(_ x: inout Operand, _ y: inout Operand) {
        let xu = types.isUntyped(x.type), yu = types.isUntyped(y.type)
        if xu == yu {
            if xu {
                // both untyped: to the "larger" kind (int < rune < float)
                let xk = types.basicKind(x.type)!, yk = types.basicKind(y.type)!
                if xk.isNumeric && yk.isNumeric {
                    let rank: (BasicKind) -> Int = { k in k == .untypedInt ? 0 : (k == .untypedRune ? 1 : 2) }
                    if rank(xk) < rank(yk) { convertUntypedKind(&x, y.type) } else if rank(yk) < rank(xk) { convertUntypedKind(&y, x.type) }
                }
            }
            return
        }
        if xu { implicitConvert(&x, to: y.type) } else { implicitConvert(&y, to: x.type) }
    }

    /// Changes an untyped numeric constant's kind (int→float etc.).
    func convertUntypedKind(_ x: inout Operand, _ t: TypeID) {
        x.type = t
        if t == Universe.untypedFloat, case .int(let i)? = x.val { x.val = .rat(ConstRat(i)) }
        if let e = x.expr { exprs[Int(e.id)].type = t; exprs[Int(e.id)].constant = x.val }
    }

    /// In binary operations: the untyped operand takes the other's type when
    /// possible; mismatches are reported by the caller as mismatched types.
    func implicitConvert(_ x: inout Operand, to t: TypeID) {
        if types.isUntyped(t) { return }
        if x.type == Universe.untypedNil {
            // nil keeps its untyped type for the comparison checks; the
            // recorded type becomes the other operand's.
            if types.hasNil(t) { setExprType(x.expr!, t) }
            return
        }
        let target: TypeID
        switch types.under(t) {
        case .basic(let b):
            if x.mode == .constant, let v = x.val {
                // Only kinds that match: numeric to numeric, string to string, bool to bool.
                let xk = types.basicKind(x.type)!
                let compatible = (xk.isNumeric && b.isNumeric) || (xk.isString && b.isString) || (xk.isBoolean && b.isBoolean)
                if !compatible { return }   // reported as mismatched types by the caller
                switch representable(v, b) {
                case .ok: target = t
                case .overflow, .truncated:
                    // types2 names the basic type (time.Duration → int64).
                    error(x.expr!.pos, "\(operandString(x)) \(representable(v, b) == .truncated ? "truncated to" : "overflows") \(b.name)")
                    x.mode = .invalid
                    return
                case .mismatch:
                    error(x.expr!.pos, "cannot use \(operandString(x)) as \(types.string(t)) value in expression")
                    x.mode = .invalid
                    return
                }
            } else {
                let xk = types.basicKind(x.type)!
                if (xk.isBoolean && b.isBoolean) || (xk.isNumeric && b.isNumeric) || (xk.isString && b.isString) {
                    target = t
                } else {
                    return
                }
            }
        case .interface:
            target = defaultType(x.type)
        default:
            // types2 1.19 matchTypes: an untyped number may convert to any
            // type (mayConvert), and implicitTypeAndValue rejects pointer,
            // func, slice, map, chan, struct and array targets.
            if let k = types.basicKind(x.type), k.isNumeric, let e = x.expr {
                error(e.pos, "cannot convert \(operandString(x)) to \(types.string(types.underlying(t)))")
                x.mode = .invalid
            }
            return
        }
        convertUntyped(&x, target)
    }

    func comparison(_ e: Expr, _ op: Token, _ x: inout Operand, _ y: inout Operand) -> Operand {
        var errOp: Operand? = nil
        var cause = ""
        // types2 comparison (compiler mode) reports at the offending operand's
        // start: the 2nd operand for a mismatch or nil == nil.
        let okAssign = assignableTo(x, y.type) || assignableTo(y, x.type)
        if !okAssign {
            error(y.expr?.pos ?? e.pos, "invalid operation: \(shortExprString(e)) (mismatched types \(types.string(x.type)) and \(types.string(y.type)))")
            return .invalid(e)
        }
        if op == .eql || op == .neq {
            if x.type == Universe.untypedNil || y.type == Universe.untypedNil {
                let other = x.type == Universe.untypedNil ? y : x
                if other.type == Universe.untypedNil {
                    error(y.expr?.pos ?? e.pos, "invalid operation: \(shortExprString(e)) (operator \(op.description) not defined on untyped nil)")
                    return .invalid(e)
                }
                if !types.hasNil(other.type) {
                    error(y.expr?.pos ?? e.pos, "invalid operation: \(shortExprString(e)) (mismatched types \(types.string(x.type)) and \(types.string(y.type)))")
                    return .invalid(e)
                }
            } else if !types.isComparable(x.type) {
                errOp = x
                cause = incomparableCause(x.type)
            } else if !types.isComparable(y.type) {
                errOp = y
                cause = incomparableCause(y.type)
            }
        } else {
            if !(types.basicKind(x.type)?.isOrdered ?? false) {
                errOp = x
            } else if !(types.basicKind(y.type)?.isOrdered ?? false) {
                errOp = y
            }
            if let o = errOp {
                error(o.expr?.pos ?? e.pos, "invalid operation: \(shortExprString(e)) (operator \(op.description) not defined on \(kindName(o.type)))")
                return .invalid(e)
            }
        }
        if let o = errOp {
            error(o.expr?.pos ?? e.pos, "invalid operation: \(shortExprString(e)) (\(cause))")
            return .invalid(e)
        }
        var r = Operand(mode: .value, type: Universe.untypedBool, val: nil, expr: e)
        if x.mode == .constant && y.mode == .constant, let xv = x.val, let yv = y.val {
            r.mode = .constant
            r.val = .bool(compareConst(op, xv, yv))
        } else {
            // operands of a non-constant comparison get their default types
            if types.isUntyped(x.type) { convertUntyped(&x, defaultType(x.type)) }
            if types.isUntyped(y.type) { convertUntyped(&y, defaultType(y.type)) }
        }
        if r.mode == .constant {
            if types.isUntyped(x.type) { convertUntyped(&x, defaultType(x.type)) }
            if types.isUntyped(y.type) { convertUntyped(&y, defaultType(y.type)) }
        }
        return r
    }

    func incomparableCause(_ t: TypeID) -> String {
        switch types.under(t) {
        case .slice: return "slice can only be compared to nil"
        case .map: return "map can only be compared to nil"
        case .function: return "func can only be compared to nil"
        case .structure(let fs):
            let bad = fs.first { !types.isComparable($0.type) }.map { types.string($0.type) } ?? "incomparable field"
            return "struct containing \(bad) cannot be compared"
        default: return "operator == not defined on \(types.string(t))"
        }
    }

    func kindName(_ t: TypeID) -> String {
        switch types.under(t) {
        case .structure: return "struct"
        case .pointer: return "pointer"
        case .interface: return "interface"
        case .slice: return "slice"
        case .map: return "map"
        case .chan: return "chan"
        case .function: return "func"
        case .array: return "array"
        case .basic(let b): return b.isBoolean ? "bool" : types.string(t)
        default: return types.string(t)
        }
    }

    func compareConst(_ op: Token, _ a: ConstValue, _ b: ConstValue) -> Bool {
        var c = 0
        switch (a, b) {
        case (.int(let x), .int(let y)): c = x < y ? -1 : (x == y ? 0 : 1)
        case (.string(let x), .string(let y)):
            let xb = constStringBytes(x), yb = constStringBytes(y)   // Go compares bytes
            c = xb.lexicographicallyPrecedes(yb) ? -1 : (xb == yb ? 0 : 1)
        case (.bool(let x), .bool(let y)): c = x == y ? 0 : 1
        default:
            if let x = a.ratValue, let y = b.ratValue { c = ConstRat.compare(x, y); break }
            let x = a.doubleValue ?? 0, y = b.doubleValue ?? 0
            c = x < y ? -1 : (x == y ? 0 : 1)
        }
        switch op {
        case .eql: return c == 0
        case .neq: return c != 0
        case .lss: return c < 0
        case .leq: return c <= 0
        case .gtr: return c > 0
        default: return c >= 0
        }
    }

    func shift(_ e: Expr, _ op: Token, _ x: inout Operand, _ y: inout Operand) -> Operand {
        // Left operand: integer, or untyped constant representable as integer.
        if x.mode == .constant, types.isUntyped(x.type) {
            if let iv = x.val?.exactInt {
                x.val = .int(iv)
            } else {
                error(x.expr!.pos, "invalid operation: shifted operand \(operandString(x)) must be integer")
                return .invalid(e)
            }
        } else if !(types.basicKind(x.type)?.isInteger ?? false) {
            error(x.expr!.pos, "invalid operation: shifted operand \(operandString(x)) must be integer")
            return .invalid(e)
        }
        // Right operand: integer; untyped constant must be non-negative.
        if y.mode == .constant {
            guard let yv = y.val?.exactInt else {
                // types2 shift: an untyped count must be representable by uint
                // (check.representable → "1.5 (untyped float constant) truncated to uint").
                if types.isUntyped(y.type), let k = types.basicKind(y.type), k.isNumeric {
                    error(y.expr!.pos, "\(operandString(y)) truncated to uint")
                    return .invalid(e)
                }
                error(y.expr!.pos, "invalid operation: shift count \(operandString(y)) must be integer")
                return .invalid(e)
            }
            if yv.negative {
                error(y.expr!.pos, "invalid operation: negative shift count \(operandString(y))")
                return .invalid(e)
            }
            if types.isUntyped(y.type) { y.val = .int(yv); convertUntyped(&y, Universe.uint) }
        } else if types.isUntyped(y.type) {
            convertUntyped(&y, Universe.uint)
        } else if !(types.basicKind(y.type)?.isInteger ?? false) {
            error(y.expr!.pos, "invalid operation: shift count \(operandString(y)) must be integer")
            return .invalid(e)
        }
        if x.mode == .constant && y.mode == .constant, case .int(let xv)? = x.val, let s = y.val?.exactInt?.int64Value {
            if s > 1100 {
                error(y.expr!.pos, "invalid shift count \(operandString(y))")
                return .invalid(e)
            }
            var r = Operand(mode: .constant, type: x.type == Universe.untypedFloat ? Universe.untypedInt : x.type,
                            val: .int(op == .shl ? xv << Int(s) : xv >> Int(s)), expr: e)
            if types.isUntyped(r.type) {
                if case .int(let v)? = r.val, v.bitLength > 512 {
                    error(e.pos, "constant shift overflow")
                    return .invalid(e)
                }
            } else {
                checkOverflow(&r)
            }
            return r
        }
        // Non-constant shift: an untyped constant left operand takes its
        // type from the context (kept untyped here, fixed by convertUntyped).
        if x.mode == .constant, types.isUntyped(x.type) {
            return Operand(mode: .value, type: Universe.untypedInt, val: nil, expr: e)
        }
        return Operand(mode: .value, type: x.type, val: nil, expr: e)
    }

    // MARK: untyped conversion (updateExprType)

    func defaultType(_ t: TypeID) -> TypeID {
        switch types.basicKind(t) {
        case .untypedBool?: return Universe.bool
        case .untypedInt?: return Universe.int
        case .untypedRune?: return Universe.int32
        case .untypedFloat?: return Universe.float64
        case .untypedString?: return Universe.string
        default: return t
        }
    }

    /// Converts an untyped operand to a typed one (known representable or
    /// checked here) and updates the recorded types of the expression tree.
    func convertUntyped(_ x: inout Operand, _ t: TypeID) {
        guard types.isUntyped(x.type) else { return }
        if x.mode == .constant, let v = x.val, let b = types.basicKind(t), !b.isUntyped {
            switch representable(v, b) {
            case .ok(let nv): x.val = nv
            default: break
            }
        }
        x.type = t
        if let e = x.expr { setExprType(e, t) }
    }

    /// Sets the final type of an untyped expression and its untyped operands.
    func setExprType(_ e: Expr, _ t: TypeID) {
        let i = Int(e.id)
        let old = exprs[i].type
        guard types.isUntyped(old) || old == Universe.invalid else { return }
        if old == Universe.untypedNil && !types.hasNil(t) && !types.isUntyped(t) { return }
        exprs[i].type = t
        if let v = exprs[i].constant, let b = types.basicKind(t), !b.isUntyped, case .ok(let nv) = representable(v, b) {
            exprs[i].constant = nv
        }
        switch e.kind {
        case .paren(let x): setExprType(x, t)
        case .unary(let op, let x) where op != .arrow && op != .and: setExprType(x, t)
        case .binary(let op, let l, let r, _):
            if isComparison(op) { return }   // operands keep their own (defaulted) types
            if op == .shl || op == .shr {
                if exprs[i].constant == nil, let b = types.basicKind(t), !b.isInteger, !b.isUntyped {
                    error(e.pos, "invalid operation: \(shortExprString(e)) (shift of type \(types.string(t)))")
                }
                setExprType(l, t)
                return
            }
            setExprType(l, t)
            setExprType(r, t)
        default: break
        }
    }

    // MARK: composite literals

    func compositeLit(_ e: Expr, typeExpr te: Expr?, elems: [Expr], hint: TypeID?) -> Operand {
        var t: TypeID
        if let te = te {
            if case .arrayType(.ellipsis, let elemExpr) = te.kind {
                let el = typExpr(elemExpr)
                if el == Universe.invalid { checkElems(elems); return .invalid(e) }
                let n = indexedElems(elems, elem: el, length: nil, context: "array or slice literal")
                t = types.intern(.array(el, count: n))
                exprs[Int(te.id)].type = t
                exprs[Int(te.id)].mode = .typeExpr
                return Operand(mode: .value, type: t, val: nil, expr: e)
            }
            t = typExpr(te)
        } else if let h = hint {
            t = h
            // `[]*T{{…}}` elides `&T`.
            if let p = types.pointee(h) {
                let inner = compositeLitOfType(e, p, elems)
                if inner.mode == .invalid { return inner }
                return Operand(mode: .value, type: h, val: nil, expr: e)
            }
        } else {
            error(e.pos, "invalid composite literal type: missing type")
            checkElems(elems)
            return .invalid(e)
        }
        if t == Universe.invalid { checkElems(elems); return .invalid(e) }
        return compositeLitOfType(e, t, elems)
    }

    func checkElems(_ elems: [Expr]) {
        for el in elems {
            if case .keyValue(_, let v) = el.kind { if case .compositeLit = v.kind {} else { _ = expr(v) } }
            else if case .compositeLit = el.kind {} else { _ = expr(el) }
        }
    }

    func compositeLitOfType(_ e: Expr, _ t: TypeID, _ elems: [Expr]) -> Operand {
        switch types.under(t) {
        case .structure(let fields):
            if elems.isEmpty { break }
            if case .keyValue = elems[0].kind {
                var seen = Set<Int>()
                for el in elems {
                    guard case .keyValue(let k, let v) = el.kind, case .ident(let key) = k.kind else {
                        error(el.pos, "mixture of field:value and value elements in struct literal")
                        continue
                    }
                    guard let fi = fields.firstIndex(where: { $0.name == key.name }) else {
                        error(k.pos, "unknown field '\(key.name)' in struct literal of type \(types.string(t))")
                        _ = expr(v)
                        continue
                    }
                    if fields[fi].pkg != "main" && !fields[fi].isExported {
                        error(k.pos, "cannot refer to unexported field \(key.name) in struct literal of type \(types.string(t))")
                    }
                    exprs[Int(k.id)].ref = .field([FieldStep(index: fi, deref: false)])
                    exprs[Int(k.id)].type = fields[fi].type
                    if !seen.insert(fi).inserted {
                        error(k.pos, "duplicate field name \(key.name) in struct literal")
                        continue
                    }
                    var x = expr(v, hint: fields[fi].type)
                    if x.mode != .invalid { assignment(&x, to: fields[fi].type, context: "struct literal") }
                }
            } else {
                for (i, el) in elems.enumerated() {
                    if case .keyValue = el.kind {
                        error(el.pos, "mixture of field:value and value elements in struct literal")
                        continue
                    }
                    if i >= fields.count {
                        error(el.pos, "too many values in \(shortExprString(e))")
                        break
                    }
                    if fields[i].pkg != "main" && !fields[i].isExported {
                        error(el.pos, "implicit assignment to unexported field \(fields[i].name) in struct literal of type \(types.string(t))")
                    }
                    var x = expr(el, hint: fields[i].type)
                    if x.mode != .invalid { assignment(&x, to: fields[i].type, context: "struct literal") }
                }
                if elems.count < fields.count {
                    if let last = elems.last { _ = last }
                    error(rbracePos(e), "too few values in \(shortExprString(e))")
                }
            }
        case .array(let el, let n):
            _ = indexedElems(elems, elem: el, length: n, context: "array or slice literal")
        case .slice(let el):
            _ = indexedElems(elems, elem: el, length: nil, context: "array or slice literal")
        case .map(let k, let v):
            var seenKeys: [ConstValue: Pos] = [:]
            for el in elems {
                guard case .keyValue(let ke, let ve) = el.kind else {
                    error(el.pos, "missing key in map literal")
                    _ = expr(el, hint: v)
                    continue
                }
                var kx = expr(ke, hint: k)
                if kx.mode != .invalid {
                    assignment(&kx, to: k, context: "map literal")
                    if kx.mode == .constant, let kv = kx.val, !types.isInterface(k) {
                        if seenKeys[kv] != nil {
                            error(ke.pos, "duplicate key \(shortExprString(ke)) in map literal")
                        }
                        seenKeys[kv] = ke.pos
                    }
                }
                var vx = expr(ve, hint: v)
                if vx.mode != .invalid { assignment(&vx, to: v, context: "map literal") }
            }
        default:
            error(e.pos, "invalid composite literal type \(types.string(t))")
            checkElems(elems)
            return .invalid(e)
        }
        return Operand(mode: .value, type: t, val: nil, expr: e)
    }

    func rbracePos(_ e: Expr) -> Pos {
        if case .compositeLit(_, _, let rb) = e.kind { return rb }
        return e.pos
    }

    /// Elements of an array or slice literal; returns the length.
    func indexedElems(_ elems: [Expr], elem: TypeID, length: Int64?, context: String) -> Int64 {
        var idx: Int64 = 0
        var maxIdx: Int64 = 0
        var seen = Set<Int64>()
        for el in elems {
            var ve = el
            if case .keyValue(let k, let v) = el.kind {
                ve = v
                var kx = expr(k)
                if kx.mode == .constant, let kv = kx.val?.exactInt?.int64Value, kv >= 0 {
                    convertUntyped(&kx, Universe.int)
                    idx = kv
                } else if kx.mode != .invalid {
                    error(k.pos, "index \(shortExprString(k)) must be integer constant")
                }
            }
            if let n = length, idx >= n {
                error(ve.pos, "index \(idx) out of bounds [0:\(n)]")
            } else if !seen.insert(idx).inserted {
                error(el.pos, "duplicate index \(idx) in array or slice literal")
            }
            var x = expr(ve, hint: elem)
            if x.mode != .invalid { assignment(&x, to: elem, context: context) }
            idx += 1
            maxIdx = max(maxIdx, idx)
        }
        return maxIdx
    }

    // MARK: function literals

    func funcLit(_ e: Expr, _ sig: FuncTypeExpr, _ body: Block) -> Operand {
        let t = funcSignature(sig)
        let parent = fnStack.last?.id
        let pname = parent.map { funcs[Int($0.raw)].name } ?? "main.glob."
        closureCounter[pname, default: 0] += 1
        let n = closureCounter[pname]!
        let name: String
        if let p = parent {
            name = funcs[Int(p.raw)].parent != nil ? "\(pname).\(n)" : "\(pname).func\(n)"
        } else {
            name = "main.glob..func\(n)"
        }
        let fid = newFunc(name: name, pos: e.pos, node: .literal(e.id), parent: parent)
        funcs[Int(fid.raw)].signature = t
        funcs[Int(fid.raw)].variadic = types.signature(t)?.variadic ?? false
        checkFuncBodyInline(fid, sig, body, recv: nil)
        return Operand(mode: .value, type: t, val: nil, expr: e)
    }
}
