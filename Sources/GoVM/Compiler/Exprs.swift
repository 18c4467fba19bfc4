// Expressions → bytecode. `expr(e, dst)` returns the register holding the
// value (dst when given, or a local's own register when possible).
import GoFrontend
import GoRuntime

extension FuncCompiler {
    func dstOr(_ dst: Int32?) -> Int32 { dst ?? temp() }

    func constValue(_ k: ConstValue, _ t: TypeID) -> Value {
        let kind = rkind(t)
        switch k {
        case .bool(let b): return .bool(b)
        case .string(let s): return .string(GoString(constStringBytes(s)))
        case .int(let bi):
            if kind.isFloat { return .float(kind == .float32 ? Double(Float(bi.doubleValue)) : bi.doubleValue) }
            return .int(Int64(bitPattern: bi.truncatedBits))
        case .float(let d):
            if kind.isInteger { return .int(Int64(d)) }
            return .float(kind == .float32 ? Double(Float(d)) : d)
        case .rat(let r):
            if kind.isInteger { return .int(Int64(bitPattern: r.num.truncatedBits)) }
            let d = r.double
            return .float(kind == .float32 ? Double(Float(d)) : d)
        }
    }

    /// Evaluate for side effects only.
    func exprDiscard(_ e: Expr) -> Int32 {
        if case .call = e.kind { return callExpr(e, nresWanted: 0, dst: nil) }
        if case .paren(let x) = e.kind { return exprDiscard(x) }
        return expr(e)
    }

    func expr(_ e: Expr, _ dst: Int32? = nil) -> Int32 {
        if let h = hoisted[e.id] {
            if let d = dst, d != h { emit(.move, d, h); return d }
            return h
        }
        let info = cp.exprs[Int(e.id)]
        if let k = info.constant {
            let r = dstOr(dst)
            var v = constValue(k, info.type)
            if case .float(let d) = v, case .float = k, rkind(info.type) == .float64, let x = exactFloat(e), x != d {  // (typed or library floats)
                v = .float(x)
            }
            if case .int(let i) = v, i >= Int64(Int32.min), i <= Int64(Int32.max) { emit(.loadi, r, Int32(i)) }
            else { emit(.loadk, r, konst(v)) }
            return r
        }
        switch e.kind {
        case .paren(let x): return expr(x, dst)
        case .ident(let id):
            switch info.ref {
            case .local(let l)?:
                let lv = cp.locals[Int(l.raw)]
                let reg = localReg[l.raw]!
                if lv.escapes {
                    let r = dstOr(dst)
                    emit(.load, r, reg, width(lv.type))
                    return r
                }
                if let d = dst, d != reg { emit(.move, d, reg); return d }
                return reg
            case .global(let g)?:
                let (s, w) = c.globalSlot[g.raw]!
                let r = dstOr(dst)
                emit(.ldglobal, r, s, w)
                return r
            case .nil?:
                let r = dstOr(dst); emit(.loadnil, r); return r
            case .function(let f)?:
                let r = dstOr(dst)
                emit(.mkclosure, r, f.raw, aux(.captures(base: 0, count: 0)))
                return r
            case .libVar(let v)?:
                let r = dstOr(dst)
                emit(.calllib, r, aux(.lib(id: libVarID(v), nargs: 0, nres: 1)))
                return r
            default:
                let r = dstOr(dst); emit(.loadnil, r)
                _ = id
                return r
            }
        case .basicLit:
            let r = dstOr(dst); emit(.loadnil, r); return r
        case .funcLit:
            guard let f = c.literalFunc[e.id] else { let r = dstOr(dst); emit(.loadnil, r); return r }
            let fi = cp.funcs[Int(f.raw)]
            let base = tempTop
            let n = Int32(fi.captures.count)
            _ = temp(n)
            for (i, cap) in fi.captures.enumerated() {
                // The cell pointer of the captured variable in this function.
                if let reg = localReg[cap.raw] { emit(.move, base + Int32(i), reg) }
            }
            let r = dstOr(dst)
            emit(.mkclosure, r, f.raw, aux(.captures(base: base, count: n)))
            return r
        case .compositeLit(_, let elements, _):
            return compositeLit(e, elements, info.type, dst)
        case .selector(let x, let sel):
            switch info.ref {
            case .field?:
                let p = place(e)
                let r = loadPlace(p)
                if let d = dst, d != r { emit(.move, d, r); return d }
                return r
            case .method(let ms)?:
                return methodValue(x, ms, dst)
            case .methodExpr(let t, let ms)?:
                // T.M / (*T).M: a closure without captures over the wrapper
                // that takes the receiver as its first parameter.
                let w = c.methodExprWrapper(t, sel.name, ms)
                let r = dstOr(dst)
                emit(.mkclosure, r, w, aux(.captures(base: 0, count: 0)))
                return r
            case .interfaceMethodExpr(_, let name)?:
                guard let sig = tt.signature(info.type) else { let r = dstOr(dst); emit(.loadnil, r); return r }
                let w = c.ifaceMethodExprWrapper(name, sig)
                let r = dstOr(dst)
                emit(.mkclosure, r, w, aux(.captures(base: 0, count: 0)))
                return r
            case .interfaceMethod(_, let name)?:
                // i.M as a value: a closure over the interface value that
                // dispatches when called (the receiver is evaluated now).
                guard let sig = tt.signature(info.type) else { let r = dstOr(dst); emit(.loadnil, r); return r }
                let w = c.ifaceMethodWrapper(name, sig)
                let base = temp()
                let xr = expr(x, base)
                if xr != base { emit(.move, base, xr) }
                nilInterfaceCheck(base)
                let r = dstOr(dst)
                emit(.mkclosure, r, w, aux(.captures(base: base, count: 1)))
                return r
            case .lib(let lf)?:
                // Library function used as a value (e.g. passed around).
                guard let sig = tt.signature(info.type) else { let r = dstOr(dst); emit(.loadnil, r); return r }
                let w = c.methodWrapperLibFunc(lf, sig)
                let r = dstOr(dst)
                emit(.mkclosure, r, w, aux(.captures(base: 0, count: 0)))
                return r
            case .libVar(let v)?:
                let r = dstOr(dst)
                emit(.calllib, r, aux(.lib(id: libVarID(v), nargs: 0, nres: 1)))
                return r
            case .global(let g)?:
                let (s, w) = c.globalSlot[g.raw]!
                let r = dstOr(dst); emit(.ldglobal, r, s, w); return r
            case .function(let f)?:
                let r = dstOr(dst)
                emit(.mkclosure, r, f.raw, aux(.captures(base: 0, count: 0)))
                return r
            default:
                _ = sel
                let r = dstOr(dst); emit(.loadnil, r); return r
            }
        case .index(let x, let i):
            let xt = ty(x)
            switch tt.under(xt) {
            case .map(let kt, let vt):
                let m = expr(x)
                let k = coerce(expr(i), from: ty(i), to: kt)
                let r = dstOr(dst)
                emit(.mapget, r, m, k, aux(.type(rt(vt))))
                return r
            case .basic:
                let s = expr(x)
                let ir = expr(i)
                let r = dstOr(dst)
                emit(.strindex, r, s, ir)
                return r
            case .slice(let et):
                let s = expr(x)
                let ir = expr(i)
                let r = dstOr(dst)
                emit(.sidx, r, s, ir, aux(.elem(width: width(et), len: 0)))
                return r
            case .array(let et, let n):
                // Value array (register) or addressable array.
                let p = place(x)
                if case .reg(let a) = p {
                    let ir = expr(i)
                    let r = dstOr(dst)
                    emit(.aidx, r, a, ir, aux(.elem(width: width(et), len: Int32(n))))
                    return r
                }
                let ir0 = expr(i); let ir = temp(); emit(.move, ir, ir0)
                let ep = arrayElemOf(p, ir, width(et), Int32(n))
                let r = loadPlace(ep)
                if let d = dst, d != r { emit(.move, d, r); return d }
                return r
            default:
                let p = place(e)
                let r = loadPlace(p)
                if let d = dst, d != r { emit(.move, d, r); return d }
                return r
            }
        case .slice(let x, let lo, let hi, let mx, _):
            return sliceExpr(x, lo, hi, mx, dst)
        case .typeAssert(let x, _):
            let xr = expr(x)
            let r = dstOr(dst)
            let target = info.type
            let a = aux(.assertT(target: rt(target), iface: rt(ty(x))))
            emit(isIface(target) ? .asserti : .assert, r, xr, a)
            return r
        case .call:
            return callExpr(e, nresWanted: 1, dst: dst)
        case .star(let x):
            let p = expr(x)
            let r = dstOr(dst)
            emit(.load, r, p, width(info.type))
            return r
        case .unary(let op, let x):
            return unary(op, x, e, dst)
        case .binary(let op, let x, let y, _):
            if op == .land || op == .lor {
                let r = temp()
                let xr = expr(x, r)
                if xr != r { emit(.move, r, xr) }
                let j = emit(op == .land ? .jf : .jt, 0, r)
                let yr = expr(y, r)
                if yr != r { emit(.move, r, yr) }
                patch(j, to: pc)
                if let d = dst { emit(.move, d, r); return d }
                return r
            }
            let xr = expr(x)
            let save = tempTop
            let xr2 = xr
            // x + k / x - k with a small constant: addi.
            if (op == .add || op == .sub), rkind(info.type).isInteger,
               let k = cp.exprs[Int(y.id)].constant, case .int(let v) = constValue(k, ty(y)),
               v > -1_000_000, v < 1_000_000 {
                let r = dstOr(dst)
                emit(.addi, r, xr2, Int32(op == .add ? v : -v))
                truncIfNeeded(r, info.type)
                return r
            }
            let yr = expr(y)
            let r = dstOr(dst)
            switch op {
            case .eql, .neq, .lss, .leq, .gtr, .geq:
                compare(op, r, xr2, ty(x), yr, ty(y))
            default:
                binaryOp(op, r, xr2, yr, info.type, rightType: ty(y))
            }
            _ = save
            return r
        default:
            let r = dstOr(dst); emit(.loadnil, r); return r
        }
    }

    func unary(_ op: Token, _ x: Expr, _ e: Expr, _ dst: Int32?) -> Int32 {
        let t = cp.exprs[Int(e.id)].type
        switch op {
        case .and:
            // &x: address of a place, or &T{…} (a new object).
            var inner = x
            while case .paren(let y) = inner.kind { inner = y }
            if case .compositeLit = inner.kind {
                let v = expr(inner)
                let r = dstOr(dst)
                let pt = tt.pointee(t) ?? ty(inner)
                emit(.new, r, rt(pt), v + 1)
                return r
            }
            let p = place(inner)
            let a = addressOfPlace(p)
            if let d = dst, d != a { emit(.move, d, a); return d }
            return a
        case .arrow:
            let ch = expr(x)
            let r = dstOr(dst)
            emit(.recv, r, ch)
            return r
        case .sub:
            let xr = expr(x)
            let r = dstOr(dst)
            if rkind(t).isFloat { emit(.fneg, r, xr) } else {
                emit(.neg, r, xr); truncIfNeeded(r, t)
            }
            return r
        case .add:
            return expr(x, dst)
        case .not:
            let xr = expr(x)
            let r = dstOr(dst)
            emit(.not, r, xr)
            return r
        case .xor:
            let xr = expr(x)
            let r = dstOr(dst)
            emit(.com, r, xr); truncIfNeeded(r, t)
            return r
        default:
            return expr(x, dst)
        }
    }

    func truncIfNeeded(_ r: Int32, _ t: TypeID) {
        let k = rkind(t)
        switch k {
        case .int8, .int16, .int32, .uint8, .uint16, .uint32: emit(.trunc, r, r, Int32(k.rawValue))
        case .float32: emit(.f32, r, r)
        default: break
        }
    }

    /// r = x op y for arithmetic types (result type t).
    func binaryOp(_ op: Token, _ r: Int32, _ x: Int32, _ y: Int32, _ t: TypeID, rightType: TypeID) {
        let k = rkind(t)
        if k == .string && op == .add { emit(.concat, r, x, y); return }
        if k.isFloat {
            switch op {
            case .add: emit(.fadd, r, x, y)
            case .sub: emit(.fsub, r, x, y)
            case .mul: emit(.fmul, r, x, y)
            default: emit(.fdiv, r, x, y)
            }
            if k == .float32 { emit(.f32, r, r) }
            return
        }
        arith(op, r, x, y, t)
    }

    func arith(_ op: Token, _ r: Int32, _ x: Int32, _ y: Int32, _ t: TypeID) {
        let k = rkind(t)
        if k.isFloat {
            binaryOp(op, r, x, y, t, rightType: t); return
        }
        if k == .string { emit(.concat, r, x, y); return }
        let uns = k.isUnsigned
        switch op {
        case .add: emit(.add, r, x, y)
        case .sub: emit(.sub, r, x, y)
        case .mul: emit(.mul, r, x, y)
        case .quo: emit(uns ? .udiv : .div, r, x, y)
        case .rem: emit(uns ? .urem : .rem, r, x, y)
        case .and: emit(.and, r, x, y)
        case .or: emit(.or, r, x, y)
        case .xor: emit(.xor, r, x, y)
        case .andNot: emit(.andnot, r, x, y)
        case .shl: emit(.shl, r, x, y)
        case .shr: emit(uns ? .ushr : .shr, r, x, y)
        default: emit(.add, r, x, y)
        }
        truncIfNeeded(r, t)
    }

    /// r = x op y comparison (operand types for boxing / kinds).
    func compare(_ op: Token, _ r: Int32, _ x0: Int32, _ xt: TypeID, _ y0: Int32, _ yt: TypeID) {
        var x = x0, y = y0
        var ot = xt
        // Mixed interface/concrete comparisons compare as interfaces.
        if isIface(xt) && !isIface(yt) { y = coerce(y, from: yt, to: xt) }
        else if isIface(yt) && !isIface(xt) { x = coerce(x, from: xt, to: yt); ot = yt }
        if tt.basicKind(ot) == .untypedNil { ot = yt }
        if op == .eql { emit(.eq, r, x, y); return }
        if op == .neq { emit(.ne, r, x, y); return }
        let k = rkind(ot)
        let ops: [Op]
        if k.isFloat { ops = [.flt, .fle, .fgt, .fge] }
        else if k == .string { ops = [.slt, .sle, .sgt, .sge] }
        else if k == .uint || k == .uint64 || k == .uintptr { ops = [.ult, .ule, .ugt, .uge] }
        else { ops = [.lt, .le, .gt, .ge] }
        switch op {
        case .lss: emit(ops[0], r, x, y)
        case .leq: emit(ops[1], r, x, y)
        case .gtr: emit(ops[2], r, x, y)
        default: emit(ops[3], r, x, y)
        }
    }

    /// Convert a value for assignment to type `to` (boxing into interfaces).
    func coerce(_ r: Int32, from: TypeID, to: TypeID) -> Int32 {
        guard to != Universe.invalid, isIface(to), !isIface(from) else { return r }
        if tt.basicKind(from) == .untypedNil { return r }
        var src = from
        if let b = tt.basicKind(from), b.isUntyped {
            switch b {
            case .untypedBool: src = Universe.bool
            case .untypedInt: src = Universe.int
            case .untypedRune: src = Universe.rune
            case .untypedFloat: src = Universe.float64
            case .untypedString: src = Universe.string
            default: break
            }
        }
        let t = temp()
        emit(.box, t, r, rt(src))
        return t
    }

    // MARK: composite literals

    func compositeLit(_ e: Expr, _ elements: [Expr], _ t: TypeID, _ dst: Int32?) -> Int32 {
        switch tt.under(t) {
        case .structure(let fs):
            let base = temp(Int32(fs.count))
            var set = [Bool](repeating: false, count: fs.count)
            for (i, el) in elements.enumerated() {
                if case .keyValue(let k, let v) = el.kind {
                    guard case .ident(let kid) = k.kind, let fi = fs.firstIndex(where: { $0.name == kid.name }) else { continue }
                    let r = coerce(expr(v), from: ty(v), to: fs[fi].type)
                    emit(.move, base + Int32(fi), r); set[fi] = true
                } else if i < fs.count {
                    let r = coerce(expr(el), from: ty(el), to: fs[i].type)
                    emit(.move, base + Int32(i), r); set[i] = true
                }
            }
            for i in fs.indices where !set[i] { emitZero(base + Int32(i), fs[i].type) }
            let r = dstOr(dst)
            emit(.mkagg, r, base, Int32(fs.count))
            return r
        case .array(let et, let n):
            let base = temp(Int32(n))
            for i in 0..<Int32(n) { emitZero(base + i, et) }
            var idx: Int64 = 0
            for el in elements {
                var v = el
                if case .keyValue(let k, let vv) = el.kind {
                    if let kc = cp.exprs[Int(k.id)].constant?.int64Value { idx = kc }
                    v = vv
                }
                let r = coerce(expr(v), from: ty(v), to: et)
                emit(.move, base + Int32(idx), r)
                idx += 1
            }
            let r = dstOr(dst)
            emit(.mkagg, r, base, Int32(n))
            return r
        case .slice(let et):
            var entries: [(Int64, Expr)] = []
            var idx: Int64 = 0
            var maxIdx: Int64 = 0
            for el in elements {
                var v = el
                if case .keyValue(let k, let vv) = el.kind {
                    if let kc = cp.exprs[Int(k.id)].constant?.int64Value { idx = kc }
                    v = vv
                }
                entries.append((idx, v))
                idx += 1
                maxIdx = max(maxIdx, idx)
            }
            let n = Int32(maxIdx)
            let base = temp(n)
            if entries.count != Int(n) { for i in 0..<n { emitZero(base + i, et) } }
            for (i, v) in entries {
                let r = coerce(expr(v), from: ty(v), to: et)
                emit(.move, base + Int32(i), r)
            }
            let r = dstOr(dst)
            emit(.mkslicelit, r, 0, aux(.lit(type: rt(t), width: width(et), base: base, count: n)))
            return r
        case .map(let kt, let vt):
            let m = temp()
            emit(.mkmap, m, Int32(elements.count), rt(t))
            for el in elements {
                guard case .keyValue(let k, let v) = el.kind else { continue }
                let save = tempTop
                let kr0 = coerce(expr(k), from: ty(k), to: kt)
                let kr = temp(); emit(.move, kr, kr0)
                let vr = coerce(expr(v), from: ty(v), to: vt)
                emit(.mapset, m, kr, vr)
                tempTop = save
            }
            if let d = dst { emit(.move, d, m); return d }
            return m
        case .pointer(let pt):
            // Elided &T in [] *T{{…}}.
            let v = compositeLit(e, elements, pt, nil)
            let r = dstOr(dst)
            emit(.new, r, rt(pt), v + 1)
            return r
        default:
            let r = dstOr(dst); emit(.loadnil, r); return r
        }
    }

    // MARK: slicing

    func sliceExpr(_ x: Expr, _ lo: Expr?, _ hi: Expr?, _ mx: Expr?, _ dst: Int32?) -> Int32 {
        let xt = ty(x)
        var kind: UInt8 = 1
        var w: Int32 = 1
        var alen: Int32 = 0
        var xr: Int32
        switch tt.under(xt) {
        case .basic:
            kind = 0
            xr = expr(x)
        case .slice(let et):
            w = width(et)
            xr = expr(x)
        case .array(let et, let n):
            // Slicing an addressable array: take its address.
            kind = 2; w = width(et); alen = Int32(n)
            xr = addressOfPlace(place(x))
        case .pointer(let pt):
            if case .array(let et, let n) = tt.under(pt) { kind = 2; w = width(et); alen = Int32(n) }
            xr = expr(x)
        default:
            xr = expr(x)
        }
        let xs = temp(); emit(.move, xs, xr)
        func opt(_ e: Expr?) -> Int32 {
            guard let e = e else { return -1 }
            let r = expr(e); let t = temp(); emit(.move, t, r); return t
        }
        let l = opt(lo), h = opt(hi), m = opt(mx)
        let r = dstOr(dst)
        emit(.slice, r, xs, aux(.slice(lo: l, hi: h, max: m, kind: kind, width: w, arrayLen: alen)))
        return r
    }

    // MARK: method values

    func methodValue(_ x: Expr, _ ms: MethodSelection, _ dst: Int32?) -> Int32 {
        let recv = receiver(x, ms)
        guard let sig = tt.signature(ms.method.signature) else { let r = dstOr(dst); emit(.loadnil, r); return r }
        let w: FuncIndex
        switch ms.method.target {
        case .user(let f): w = c.methodWrapper(fn: f.raw, sig: sig, isLib: false)
        case .lib(let l): w = c.methodWrapper(fn: -Int32(l.rawValue) - 1, sig: sig, isLib: true)
        case .embeddedInterface:
            w = c.ifaceMethodWrapper(ms.method.name, sig)
            nilInterfaceCheck(recv)
        }
        let base = temp(); emit(.move, base, recv)
        let r = dstOr(dst)
        emit(.mkclosure, r, w, aux(.captures(base: base, count: 1)))
        return r
    }

    /// Go evaluates the method value i.M of a nil interface i to a nil
    /// dereference panic at once (the itab load when the -fm closure is
    /// made), not when it is called.
    func nilInterfaceCheck(_ r: Int32) {
        let ok = emit(.jnotnil, 0, r)
        let nilp = temp(); emit(.loadnil, nilp)
        let sink = temp(); emit(.load, sink, nilp, 1)
        patch(ok, to: pc)
    }

    /// The receiver value for a method selection on operand x.
    func receiver(_ x: Expr, _ ms: MethodSelection) -> Int32 {
        var p: Place
        var t = ty(x)
        if ms.path.isEmpty {
            if ms.adjust == .addressOf {
                p = place(x)
                return addressOfPlace(p)
            }
            let r = expr(x)
            if ms.adjust == .deref {
                let rr = temp()
                let pt = tt.pointee(t) ?? t
                emit(.load, rr, r, width(pt))
                return rr
            }
            return r
        }
        // Promoted through embedded fields.
        if let first = ms.path.first, first.deref {
            let pr0 = expr(x); let pr = temp(); emit(.move, pr, pr0)
            t = tt.pointee(t) ?? t
            p = applySteps(.mem(pr, slot: 0, width: width(t)), t, ms.path, skipFirstDeref: true)
        } else {
            p = applySteps(place(x), t, ms.path, skipFirstDeref: false)
        }
        switch ms.adjust {
        case .addressOf: return addressOfPlace(p)
        case .deref:
            let v = loadPlace(p)
            let rr = temp()
            emit(.load, rr, v, width(ms.recvType))
            return rr
        case .none: return loadPlace(p)
        }
    }
}

/// Pseudo library id for reading os.Args.
let libVarOsArgs: UInt16 = 0xFFF0

/// The pseudo library id that reads a library variable: os.Args, or
/// os.Stdout / os.Stderr as 0xFFE0 + raw value (answered by Lib.swift).
func libVarID(_ v: LibVar) -> UInt16 {
    v == .osArgs ? libVarOsArgs : 0xFFE0 + UInt16(v.rawValue)
}

extension Compiler {
    func methodWrapperLibFunc(_ lf: LibFunc, _ sig: Signature) -> FuncIndex {
        libCallWrapper(id: lf.rawValue, nparams: Int32(sig.params.count), nres: Int32(sig.results.count), name: "lib.\(lf)")
    }

    /// A function whose body is one library call with its parameters
    /// (used for `go lib.F(…)` and library functions used as values).
    func libCallWrapper(id: UInt16, nparams np: Int32, nres: Int32, name: String) -> FuncIndex {
        let key = "libfn/\(id)/\(np)"
        if let w = methodWrappers[key] { return w }
        var p = FuncProto(name: name)
        p.nparams = np; p.nresults = nres
        p.aux.append(.lib(id: id, nargs: np, nres: nres))
        p.code.append(Instr(.calllib, 0, 0)); p.lines.append(0)
        p.code.append(Instr(.ret)); p.lines.append(0)
        p.nregs = max(np, nres) + 2
        prog.funcs.append(p)
        let idx = FuncIndex(prog.funcs.count - 1)
        methodWrappers[key] = idx
        return idx
    }

    /// The function a method expression `T.M` denotes: parameter 0 is the
    /// receiver of type T (walked through embedded fields, dereferenced or
    /// addressed as the selection says), then M's parameters.
    func methodExprWrapper(_ t: TypeID, _ name: String, _ sel: MethodSelection) -> FuncIndex {
        let key = "mexpr/\(t.raw)/\(name)"
        if let w = methodWrappers[key] { return w }
        let idx = promotedWrapper(t, name, sel)
        methodWrappers[key] = idx
        return idx
    }

    /// `I.M` for an interface type I: `func(i I, args…) { return i.M(args…) }`.
    /// `sig` is the method expression's signature (receiver first).
    func ifaceMethodExprWrapper(_ name: String, _ sig: Signature) -> FuncIndex {
        let np = Int32(sig.params.count), nres = Int32(sig.results.count)   // np includes the receiver
        let key = "iexpr/\(name)/\(np)/\(nres)"
        if let w = methodWrappers[key] { return w }
        var p = FuncProto(name: "main.(interface)." + name)
        p.nparams = np; p.nresults = nres
        let base = np
        for i in 0..<np { p.code.append(Instr(.move, base + i, i)); p.lines.append(0) }
        p.aux.append(.method(name: name, nargs: np, nres: nres))
        p.code.append(Instr(.calli, base, 0)); p.lines.append(0)
        for i in 0..<nres { p.code.append(Instr(.move, i, base + i)); p.lines.append(0) }
        p.code.append(Instr(.ret)); p.lines.append(0)
        p.nregs = base + max(np, nres) + 1
        prog.funcs.append(p)
        let idx = FuncIndex(prog.funcs.count - 1)
        methodWrappers[key] = idx
        return idx
    }

    /// `func(args…) { return i.M(args…) }` with the interface in closure slot 0.
    func ifaceMethodWrapper(_ name: String, _ sig: Signature) -> FuncIndex {
        let np = Int32(sig.params.count), nres = Int32(sig.results.count)
        let key = "iface/\(name)/\(np)/\(nres)"
        if let w = methodWrappers[key] { return w }
        var p = FuncProto(name: "main.(interface)." + name + "-fm")
        p.nparams = np; p.nresults = nres
        let base = np
        p.code.append(Instr(.ldcap, base, 0)); p.lines.append(0)
        for i in 0..<np { p.code.append(Instr(.move, base + 1 + i, i)); p.lines.append(0) }
        p.aux.append(.method(name: name, nargs: np + 1, nres: nres))
        p.code.append(Instr(.calli, base, 0)); p.lines.append(0)
        for i in 0..<nres { p.code.append(Instr(.move, i, base + i)); p.lines.append(0) }
        p.code.append(Instr(.ret)); p.lines.append(0)
        p.nregs = base + 1 + max(np, nres) + 1
        prog.funcs.append(p)
        let idx = FuncIndex(prog.funcs.count - 1)
        methodWrappers[key] = idx
        return idx
    }
}
