// Calls, conversions, builtins, go and defer statements.
import GoFrontend
import GoRuntime

/// Pseudo library ids for the print/println builtins.
let libBuiltinPrint: UInt16 = 0xFFF1
let libBuiltinPrintln: UInt16 = 0xFFF2

extension FuncCompiler {
    /// Evaluate a multi-valued expression into `count` consecutive registers.
    func exprMulti(_ e: Expr, count: Int) -> Int32 {
        var x = e
        while case .paren(let y) = x.kind { x = y }
        switch x.kind {
        case .call:
            return callExpr(x, nresWanted: count, dst: nil)
        case .index(let m, let k):
            guard case .map(let kt, let vt) = tt.under(ty(m)) else { break }
            let mr = expr(m)
            let kr = coerce(expr(k), from: ty(k), to: kt)
            let r = temp(2)
            emit(.mapget2, r, mr, kr, aux(.type(rt(vt))))
            return r
        case .typeAssert(let v, let t):
            let target = t.map { cp.exprs[Int($0.id)].type } ?? Universe.invalid
            let vr = expr(v)
            let r = temp(2)
            emit(isIface(target) ? .asserti2 : .assert2, r, vr, aux(.assertT(target: rt(target), iface: rt(ty(v)))))
            return r
        case .unary(.arrow, let ch):
            let cr = expr(ch)
            let r = temp(2)
            emit(.recv2, r, cr)
            return r
        default: break
        }
        let r = temp(Int32(count))
        _ = expr(x, r)
        return r
    }

    /// Place call arguments at base… according to the signature (variadic
    /// packing, interface boxing, multi-value spreading). Returns the count.
    func placeArgs(_ args: [Expr], hasDots: Bool, sig: Signature?, at base: Int32, paramOffset: Int32 = 0) -> Int32 {
        let params = sig?.params ?? args.map { ty($0) }
        let variadic = sig?.variadic ?? false
        // Reserve the argument registers before evaluating anything.
        let reserve = base + Int32(max(params.count, args.count))
        if tempTop < reserve { tempTop = reserve; if tempTop > maxReg { maxReg = tempTop } }
        // f(g()) with a multi-value g.
        if args.count == 1, case .tuple(let ts) = tt[ty(args[0])], ts.count > 1 {
            let save = tempTop
            let r = exprMulti(args[0], count: ts.count)
            var n: Int32 = 0
            if variadic {
                let fixed = params.count - 1
                for i in 0..<fixed {
                    emit(.move, base + Int32(i), coerce(r + Int32(i), from: ts[i], to: params[i])); n += 1
                }
                let st = params[fixed]
                let et: TypeID
                if case .slice(let e) = tt.under(st) { et = e } else { et = st }
                let eb = temp(Int32(ts.count - fixed))
                for i in fixed..<ts.count { emit(.move, eb + Int32(i - fixed), coerce(r + Int32(i), from: ts[i], to: et)) }
                emit(.mkslicelit, base + Int32(fixed), 0, aux(.lit(type: rt(st), width: width(et), base: eb, count: Int32(ts.count - fixed))))
                n += 1
            } else {
                for i in 0..<ts.count {
                    emit(.move, base + Int32(i), coerce(r + Int32(i), from: ts[i], to: i < params.count ? params[i] : ts[i])); n += 1
                }
            }
            tempTop = max(save, base + n)
            return n
        }
        var n: Int32 = 0
        if variadic && !hasDots {
            let fixed = params.count - 1
            for i in 0..<fixed {
                let save = tempTop
                let r = expr(args[i], base + Int32(i))
                let cr = coerce(r, from: ty(args[i]), to: params[i])
                if cr != base + Int32(i) { emit(.move, base + Int32(i), cr) }
                tempTop = save
                n += 1
            }
            let st = params[fixed]
            let et: TypeID
            if case .slice(let e) = tt.under(st) { et = e } else { et = st }
            let extra = args.count - fixed
            if extra == 0 {
                emit(.loadnil, base + Int32(fixed))
            } else {
                let save = tempTop
                let eb = temp(Int32(extra))
                for i in 0..<extra {
                    let a = args[fixed + i]
                    let r = expr(a, eb + Int32(i))
                    let cr = coerce(r, from: ty(a), to: et)
                    if cr != eb + Int32(i) { emit(.move, eb + Int32(i), cr) }
                    tempTop = eb + Int32(extra)
                }
                emit(.mkslicelit, base + Int32(fixed), 0, aux(.lit(type: rt(st), width: width(et), base: eb, count: Int32(extra))))
                tempTop = save
            }
            n += 1
            return n
        }
        for (i, a) in args.enumerated() {
            let save = tempTop
            let dst = base + Int32(i)
            let r = expr(a, dst)
            let cr = coerce(r, from: ty(a), to: i < params.count ? params[i] : ty(a))
            if cr != dst { emit(.move, dst, cr) }
            tempTop = save
            n += 1
        }
        return n
    }

    func callExpr(_ e: Expr, nresWanted: Int, dst: Int32?) -> Int32 {
        guard case .call(let fun, let args, let hasDots, _) = e.kind else { return dstOr(dst) }
        if let h = hoisted[e.id] {
            if let d = dst, d != h { emit(.move, d, h); return d }
            return h
        }
        let info = cp.exprs[Int(e.id)]
        setLine(e.pos)
        let nres = Int32(tt.tupleTypes(info.type).count == 1 && info.type == Universe.noValue ? 0 : tt.tupleTypes(info.type).count)
        func finish(_ base: Int32) -> Int32 {
            tempTop = base + max(nres, 1)
            if tempTop > maxReg { maxReg = tempTop }
            if let d = dst, nresWanted <= 1 { if d != base { emit(.move, d, base) }; return d }
            return base
        }
        switch info.call {
        case .conversion(let t)?:
            return conversion(args[0], to: t, dst)
        case .builtin(let b)?:
            return builtinCall(b, args, hasDots, e, dst)
        case .function(let f)?:
            let sig = tt.signature(ty(fun))
            let base = tempTop
            let n = placeArgs(args, hasDots: hasDots, sig: sig, at: base)
            tempTop = base + max(n, nres); if tempTop > maxReg { maxReg = tempTop }
            emit(.call, base, f.raw)
            return finish(base)
        case .method(let ms)?:
            guard case .selector(let x, _) = fun.kind else { return dstOr(dst) }
            let sig = tt.signature(ms.method.signature)
            let rr = receiver(x, ms)
            let base = tempTop
            _ = temp()
            emit(.move, base, rr)
            let n = placeArgs(args, hasDots: hasDots, sig: sig, at: base + 1)
            tempTop = base + 1 + max(n, nres); if tempTop > maxReg { maxReg = tempTop }
            switch ms.method.target {
            case .user(let f): emit(.call, base, f.raw)
            case .lib(let l): emit(.calllib, base, aux(.lib(id: l.rawValue, nargs: n + 1, nres: nres)))
            case .embeddedInterface: emit(.calli, base, aux(.method(name: ms.method.name, nargs: n + 1, nres: nres)))
            }
            return finish(base)
        case .interfaceMethod(_, let name)?:
            guard case .selector(let x, _) = fun.kind else { return dstOr(dst) }
            let sig = tt.signature(ty(fun))
            let base = tempTop
            _ = temp()
            let xr = expr(x, base)
            if xr != base { emit(.move, base, xr) }
            tempTop = base + 1
            let n = placeArgs(args, hasDots: hasDots, sig: sig, at: base + 1)
            tempTop = base + 1 + max(n, nres); if tempTop > maxReg { maxReg = tempTop }
            emit(.calli, base, aux(.method(name: name, nargs: n + 1, nres: nres)))
            return finish(base)
        case .lib(let lf)?:
            let sig = tt.signature(ty(fun))
            let base = tempTop
            let n = placeArgs(args, hasDots: hasDots, sig: sig, at: base)
            tempTop = base + max(n, nres); if tempTop > maxReg { maxReg = tempTop }
            emit(.calllib, base, aux(.lib(id: lf.rawValue, nargs: n, nres: nres)))
            return finish(base)
        case .dynamic?, nil:
            let sig = tt.signature(ty(fun))
            let fr0 = expr(fun)
            let fr = temp(); emit(.move, fr, fr0)
            let base = tempTop
            let n = placeArgs(args, hasDots: hasDots, sig: sig, at: base)
            tempTop = base + max(n, nres); if tempTop > maxReg { maxReg = tempTop }
            emit(.callv, base, fr)
            return finish(base)
        }
    }

    // MARK: conversions

    func conversion(_ x: Expr, to t: TypeID, _ dst: Int32?) -> Int32 {
        let from = ty(x)
        if isIface(t) {
            let r = coerce(expr(x), from: from, to: t)
            if let d = dst, d != r { emit(.move, d, r); return d }
            return r
        }
        let fk = rkind(from), tk = rkind(t)
        let xr = expr(x)
        let r = dstOr(dst)
        if tk == .string {
            if fk.isInteger { emit(.i2s, r, xr); return r }
            if fk == .slice {
                if let et = sliceElem(from), rkind(et) == .int32 { emit(.runes2s, r, xr) } else { emit(.bytes2s, r, xr) }
                return r
            }
            if r != xr { emit(.move, r, xr) }
            return r
        }
        if tk == .slice && fk == .string {
            if let et = sliceElem(t), rkind(et) == .int32 { emit(.s2runes, r, xr, rt(t)) } else { emit(.s2bytes, r, xr, rt(t)) }
            return r
        }
        if tk.isInteger {
            if fk.isFloat { emit(.f2i, r, xr, Int32(tk.rawValue)); return r }
            if r != xr { emit(.move, r, xr) }
            truncIfNeeded(r, t)
            return r
        }
        if tk.isFloat {
            if fk.isInteger {
                emit(fk.isUnsigned ? .u2f : .i2f, r, xr)
                if tk == .float32 { emit(.f32, r, r) }
                return r
            }
            if r != xr { emit(.move, r, xr) }
            if tk == .float32 && fk != .float32 { emit(.f32, r, r) }
            return r
        }
        if tk == .pointer && fk == .slice, let pe = tt.pointee(t), case .array(let et, let n) = tt.under(pe) {
            return sliceToArrayPointer(xr, elem: et, length: n, r)
        }
        if r != xr { emit(.move, r, xr) }
        return r
    }

    /// `(*[N]T)(s)`: panics unless len(s) >= N (runtime.panicSliceConvert's
    /// message), else a pointer to s's first element, aliasing s.
    func sliceToArrayPointer(_ xr: Int32, elem: TypeID, length n: Int64, _ r: Int32) -> Int32 {
        let save = tempTop
        let s = temp(); emit(.move, s, xr)
        let ln = temp(); emit(.len, ln, s)
        let jok = emit(.jgei, 0, ln, Int32(clamping: n))
        let msgBase = temp(2)
        emit(.move, msgBase, ln)
        emit(.calllib, msgBase, aux(.lib(id: LibFunc.strconvItoa.rawValue, nargs: 1, nres: 1)))
        let pre = temp(); emit(.loadk, pre, konst(.string(GoString("runtime error: cannot convert slice with length "))))
        let post = temp(); emit(.loadk, post, konst(.string(GoString(" to pointer to array with length \(n)"))))
        let m1 = temp(); emit(.concat, m1, pre, msgBase)
        let m2 = temp(); emit(.concat, m2, m1, post)
        let boxed = temp(); emit(.box, boxed, m2, c.prog.boundsErrorType)
        emit(.panic, boxed)
        patch(jok, to: pc)
        if n == 0 {
            // (*[0]T)(s) is nil exactly when s is nil; no element to point at.
            emit(.loadnil, r)
            let jnil = emit(.jnil, 0, s)
            emit(.new, r, -1)
            patch(jnil, to: pc)
        } else {
            let zero = temp(); emit(.loadi, zero, 0)
            emit(.sref, r, s, zero, aux(.elem(width: width(elem), len: 0)))
        }
        tempTop = save
        return r
    }

    func sliceElem(_ t: TypeID) -> TypeID? {
        if case .slice(let e) = tt.under(t) { return e }
        return nil
    }

    // MARK: builtins

    func builtinCall(_ b: Builtin, _ args: [Expr], _ hasDots: Bool, _ e: Expr, _ dst: Int32?) -> Int32 {
        let info = cp.exprs[Int(e.id)]
        switch b {
        case .len, .cap:
            let xt = ty(args[0])
            if case .array(_, let n) = tt.under(xt) {
                _ = expr(args[0]); let r = dstOr(dst); emit(.loadi, r, Int32(n)); return r
            }
            if let pt = tt.pointee(xt), case .array(_, let n) = tt.under(pt) {
                let r = dstOr(dst); emit(.loadi, r, Int32(n)); return r
            }
            let x = expr(args[0])
            let r = dstOr(dst)
            emit(b == .len ? .len : .cap, r, x)
            return r
        case .append:
            let st = info.type
            let et = sliceElem(st) ?? Universe.int
            let s0 = expr(args[0]); let s = temp(); emit(.move, s, s0)
            let r = dstOr(dst)
            if hasDots {
                let x = expr(args[1])
                emit(.appendslice, r, s, x, aux(.sliceOf(width: width(et), type: rt(st))))
                return r
            }
            let n = Int32(args.count - 1)
            if n == 0 { if r != s { emit(.move, r, s) }; return r }
            let base = temp(n)
            for i in 0..<Int(n) {
                let a = args[i + 1]
                let save = tempTop
                let v = coerce(expr(a, base + Int32(i)), from: ty(a), to: et)
                if v != base + Int32(i) { emit(.move, base + Int32(i), v) }
                tempTop = save
            }
            emit(.append, r, s, base, aux(.lit(type: rt(st), width: width(et), base: base, count: n)))
            return r
        case .copy:
            let d0 = expr(args[0]); let d = temp(); emit(.move, d, d0)
            let s = expr(args[1])
            let et = sliceElem(ty(args[0])) ?? Universe.uint8
            let r = dstOr(dst)
            emit(.copy, r, d, s, width(et))
            return r
        case .delete:
            let m0 = expr(args[0]); let m = temp(); emit(.move, m, m0)
            var kt = ty(args[1])
            if case .map(let k, _) = tt.under(ty(args[0])) { kt = k }
            let k = coerce(expr(args[1]), from: ty(args[1]), to: kt)
            emit(.mapdel, m, k)
            return m
        case .make:
            let t = cp.exprs[Int(args[0].id)].type
            let r = dstOr(dst)
            switch tt.under(t) {
            case .slice(let et):
                let lr = temp(2)
                let l = expr(args[1], lr)
                if l != lr { emit(.move, lr, l) }
                if args.count > 2 {
                    let c2 = expr(args[2], lr + 1)
                    if c2 != lr + 1 { emit(.move, lr + 1, c2) }
                } else {
                    emit(.move, lr + 1, lr)
                }
                emit(.mkslice, r, lr, aux(.sliceOf(width: width(et), type: rt(t))))
            case .map:
                emit(.mkmap, r, 0, rt(t))
            case .chan:
                let sz = temp()
                if args.count > 1 { let s = expr(args[1], sz); if s != sz { emit(.move, sz, s) } } else { emit(.loadi, sz, 0) }
                emit(.mkchan, r, sz, rt(t))
            default:
                emit(.loadnil, r)
            }
            return r
        case .new:
            let t = cp.exprs[Int(args[0].id)].type
            let r = dstOr(dst)
            emit(.new, r, rt(t))
            return r
        case .panic:
            let v = coerce(expr(args[0]), from: ty(args[0]), to: Universe.emptyInterface)
            emit(.panic, v)
            return v
        case .recover:
            let r = dstOr(dst)
            emit(.recover, r)
            return r
        case .print, .println:
            let base = tempTop
            let n = Int32(args.count)
            _ = temp(n)
            for (i, a) in args.enumerated() {
                let save = tempTop
                let v = coerce(expr(a, base + Int32(i)), from: ty(a), to: Universe.emptyInterface)
                if v != base + Int32(i) { emit(.move, base + Int32(i), v) }
                tempTop = save
            }
            emit(.calllib, base, aux(.lib(id: b == .print ? libBuiltinPrint : libBuiltinPrintln, nargs: n, nres: 0)))
            return base
        case .close:
            let c0 = expr(args[0])
            emit(.close, c0)
            return c0
        case .min, .max:
            let t = info.type
            let r = temp()
            let first = expr(args[0], r)
            if first != r { emit(.move, r, first) }
            for a in args.dropFirst() {
                let save = tempTop
                let v = expr(a)
                let cnd = temp()
                compare(b == .min ? .lss : .gtr, cnd, v, t, r, t)
                let j = emit(.jf, 0, cnd)
                emit(.move, r, v)
                patch(j, to: pc)
                tempTop = save
            }
            if let d = dst { emit(.move, d, r); return d }
            return r
        case .clear:
            let x0 = expr(args[0])
            let x = temp(); emit(.move, x, x0)
            if case .slice(let et) = tt.under(ty(args[0])) {
                // clear(s): every element of s[:len(s)] set to its zero value.
                let w = width(et)
                let i = temp(), n = temp(), z = temp()
                emitZero(z, et)
                emit(.loadi, i, 0)
                emit(.len, n, x)
                let top = pc
                let jexit = emit(.jge, 0, i, n)
                emit(.sset, x, i, z, aux(.elem(width: w, len: 0)))
                emit(.addi, i, i, 1)
                emit(.jmp, Int32(top))
                patch(jexit, to: pc)
                return x
            }
            emit(.calllib, x, aux(.lib(id: libBuiltinClear, nargs: 1, nres: 0)))
            return x
        default:
            let r = dstOr(dst); emit(.loadnil, r); return r
        }
    }

    // MARK: go / defer

    func goDefer(_ e: Expr, isGo: Bool) throws {
        var call = e
        while case .paren(let x) = call.kind { call = x }
        guard case .call(let fun, let args, let hasDots, _) = call.kind else {
            throw unsupported(e.pos, "expression in go/defer must be function call")
        }
        let info = cp.exprs[Int(call.id)]
        let base = tempTop
        var target: CallTarget
        var n: Int32
        switch info.call {
        case .function(let f)?:
            n = placeArgs(args, hasDots: hasDots, sig: tt.signature(ty(fun)), at: base)
            target = .fn(f.raw)
        case .method(let ms)?:
            guard case .selector(let x, _) = fun.kind else { return }
            let rr = receiver(x, ms)
            if case .embeddedInterface = ms.method.target { nilInterfaceCheck(rr) }
            tempTop = max(tempTop, base)
            let b2 = temp()
            precondition(b2 >= base)
            // Receiver must sit at `base`: evaluate args after it.
            let recvTemp = temp(); emit(.move, recvTemp, rr)
            let argBase = tempTop
            let na = placeArgs(args, hasDots: hasDots, sig: tt.signature(ms.method.signature), at: argBase)
            // Re-pack: receiver then args, contiguous at base.
            emit(.move, base, recvTemp)
            for i in 0..<na { emit(.move, base + 1 + i, argBase + i) }
            n = na + 1
            switch ms.method.target {
            case .user(let f): target = .fn(f.raw)
            case .lib(let l): target = .lib(l.rawValue)
            case .embeddedInterface: target = .imethod(ms.method.name)
            }
        case .interfaceMethod(_, let name)?:
            guard case .selector(let x, _) = fun.kind else { return }
            let xr = expr(x, base)
            _ = temp()
            if xr != base { emit(.move, base, xr) }
            // go/defer evaluate the function value i.M now: nil i panics here.
            nilInterfaceCheck(base)
            tempTop = base + 1
            let na = placeArgs(args, hasDots: hasDots, sig: tt.signature(ty(fun)), at: base + 1)
            n = na + 1
            target = .imethod(name)
        case .lib(let lf)?:
            n = placeArgs(args, hasDots: hasDots, sig: tt.signature(ty(fun)), at: base)
            target = .lib(lf.rawValue)
        case .builtin(let b)?:
            var k: Int32 = 0
            for a in args {
                let v = coerce(expr(a, base + k), from: ty(a), to: b == .panic || b == .print || b == .println ? Universe.emptyInterface : ty(a))
                if v != base + k { emit(.move, base + k, v) }
                k += 1
                tempTop = base + k
            }
            n = k
            target = .builtin(b.rawValue)
        default:
            let fr = expr(fun, base)
            _ = temp()
            if fr != base { emit(.move, base, fr) }
            tempTop = base + 1
            let na = placeArgs(args, hasDots: hasDots, sig: tt.signature(ty(fun)), at: base + 1)
            n = na + 1
            target = .value
        }
        if base + n > maxReg { maxReg = base + n }
        if isGo, case .lib(let id) = target {
            // The new goroutine's function is a wrapper making the library call.
            target = .fn(c.libCallWrapper(id: id, nparams: n, nres: 0, name: "lib.\(LibFunc(rawValue: id).map { "\($0)" } ?? "call")"))
        }
        if isGo, case .builtin = target {
            throw unsupported(e.pos, "go with a built-in function is not supported")
        }
        let a = aux(.deferCall(target, base: base, nargs: n))
        if isGo {
            emit(.gocall, a)
        } else {
            emit(.deferpush, a)
        }
    }
}

let libBuiltinClear: UInt16 = 0xFFF3
/// runtime.Error's methods (Error, RuntimeError) on the simulated runtime's
/// error values, whose payload is the message string: not a LibFunc, so
/// fmt's libStringMethod yields the string and a dynamic call leaves the
/// receiver (the message) as its result. Must fit UInt16 (resolveMethod).
let libRuntimeErrorMethod: UInt16 = 0xFFF4
