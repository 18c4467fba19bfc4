// Calls: conversions, built-ins, functions, methods, library functions.
// Models types2 call.go (callExpr, arguments with the have/want summary)
// and builtins.go (one case per built-in), with their messages.

extension Checker {
    func call(_ e: Expr) -> Operand {
        guard case .call(let fe, let args, let dots, let rparen) = e.kind else { return .invalid(e) }
        var f = multiExpr(fe)
        switch f.mode {
        case .invalid:
            for a in args { _ = multiExpr(a) }
            return .invalid(e)
        case .typeExpr:
            let t = f.type
            exprs[Int(e.id)].call = .conversion(t)
            if args.count != 1 || dots {
                if args.isEmpty {
                    error(rparen, "missing argument in conversion to \(types.string(t))")
                } else if dots {
                    error(args[0].pos, "invalid use of ... in conversion to \(types.string(t))")
                } else {
                    error(args[args.count - 1].pos, "too many arguments in conversion to \(types.string(t))")
                }
                for a in args { _ = expr(a) }
                return .invalid(e)
            }
            var x = expr(args[0], hint: t)
            if x.mode == .invalid { return .invalid(e) }
            conversion(&x, to: t, call: e)
            return x
        case .builtin:
            let b = f.builtin!
            exprs[Int(e.id)].call = .builtin(b)
            return builtinCall(e, b, args, dots: dots, rparen: rparen)
        case .package:
            singleValue(&f)
            return .invalid(e)
        default: break
        }
        singleValue(&f)
        if f.mode == .invalid { for a in args { _ = multiExpr(a) }; return .invalid(e) }
        guard let sig = types.signature(f.type) else {
            error(e.pos, "invalid operation: cannot call non-function \(operandString(f))")
            for a in args { _ = multiExpr(a) }
            return .invalid(e)
        }
        // Call kind.
        var kind = CallKind.dynamic
        var inner = fe
        while case .paren(let x) = inner.kind { inner = x }
        switch exprs[Int(inner.id)].ref {
        case .function(let id)?: kind = .function(id)
        case .method(let m)?: kind = .method(m)
        case .interfaceMethod(let i, let n)?: kind = .interfaceMethod(index: i, name: n)
        case .lib(let l)?: kind = .lib(l)
        default: break
        }
        exprs[Int(e.id)].call = kind
        arguments(e, sig, args, dots: dots, rparen: rparen, callee: shortExprString(fe))
        switch sig.results.count {
        case 0: return Operand(mode: .novalue, type: Universe.noValue, val: nil, expr: e)
        case 1: return Operand(mode: .value, type: sig.results[0], val: nil, expr: e)
        default: return Operand(mode: .value, type: types.intern(.tuple(sig.results)), val: nil, expr: e)
        }
    }

    /// Evaluates call arguments, expanding a single multi-value argument.
    func evalArgs(_ args: [Expr]) -> [Operand] {
        if args.count == 1 {
            var x = multiExpr(args[0])
            if x.mode == .value, case .tuple(let ts) = types[x.type] {
                // f(g()) with g returning several values
                return ts.map { Operand(mode: .value, type: $0, val: nil, expr: args[0]) }
            }
            singleValue(&x)
            return [x]
        }
        return args.map { a -> Operand in
            var x = multiExpr(a)
            singleValue(&x)
            return x
        }
    }

    func typesSummary(_ ts: [TypeID], variadic: Bool) -> String {
        var out: [String] = []
        for (i, t) in ts.enumerated() {
            if t == Universe.invalid { out.append("<T>"); continue }
            if types.isUntyped(t) {
                let k = types.basicKind(t)!
                out.append(k.isNumeric ? "number" : k.name.replacingOccurrences(of: "untyped ", with: ""))
                continue
            }
            if variadic && i == ts.count - 1, case .slice(let el) = types[t] {
                out.append("..." + types.string(el)); continue
            }
            out.append(types.string(t))
        }
        return "(" + out.joined(separator: ", ") + ")"
    }

    func arguments(_ e: Expr, _ sig: Signature, _ args: [Expr], dots: Bool, rparen: Pos, callee: String) {
        var xs = evalArgs(args)
        if xs.contains(where: { $0.mode == .invalid }) { return }
        let nargs = xs.count
        let npars = sig.params.count
        if dots {
            if !sig.variadic {
                error(args.last!.pos, "have (...\(types.string(xs.last!.type)))... cannot use ... in call to non-variadic \(callee)")
                return
            }
            if args.count == 1 && nargs > 1 {
                error(args[0].pos, "cannot use ... with multi-valued \(shortExprString(args[0]))")
                return
            }
        }
        // Parameter types per argument.
        var ptypes: [TypeID] = []
        var countOK = true
        if sig.variadic && !dots {
            if nargs >= npars - 1 {
                ptypes = Array(sig.params.dropLast())
                if case .slice(let el) = types[sig.params.last!] {
                    for _ in 0..<(nargs - (npars - 1)) { ptypes.append(el) }
                }
            } else { countOK = false }
        } else {
            if nargs == npars { ptypes = sig.params } else { countOK = false }
        }
        if !countOK {
            let have = typesSummary(xs.map(\.type), variadic: false)
            let want = typesSummary(sig.params, variadic: sig.variadic)
            if nargs < npars - (sig.variadic && !dots ? 1 : 0) || (!sig.variadic && nargs < npars) {
                error(args.last?.pos ?? e.pos, "not enough arguments in call to \(callee)\n\thave \(have)\n\twant \(want)")
            } else {
                let extra = args.count > 1 ? args[npars].pos : args[0].pos
                error(extra, "too many arguments in call to \(callee)\n\thave \(have)\n\twant \(want)")
            }
            return
        }
        for i in 0..<xs.count {
            assignment(&xs[i], to: ptypes[i], context: "argument to \(callee)")
        }
    }

    // MARK: built-ins (builtins.go)

    func builtinCall(_ e: Expr, _ b: Builtin, _ args: [Expr], dots: Bool, rparen: Pos) -> Operand {
        let callStr = shortExprString(e)
        let (minArgs, variadic): (Int, Bool)
        switch b {
        case .append: (minArgs, variadic) = (1, true)
        case .cap, .close, .len, .new, .panic, .real, .imag, .clear: (minArgs, variadic) = (1, false)
        case .complex, .copy, .delete: (minArgs, variadic) = (2, false)
        case .make: (minArgs, variadic) = (1, true)
        case .max, .min: (minArgs, variadic) = (1, true)
        case .print, .println: (minArgs, variadic) = (0, true)
        case .recover: (minArgs, variadic) = (0, false)
        }
        if b == .complex || b == .real || b == .imag {
            unsupported("complex numbers", e.pos)
            return .invalid(e)
        }
        if dots && b != .append {
            error(e.pos, "invalid operation: invalid use of ... with built-in \(b.name)")
            for a in args { _ = multiExpr(a) }
            return .invalid(e)
        }
        if args.count < minArgs || (!variadic && args.count > minArgs) {
            let msg = args.count < minArgs ? "not enough" : "too many"
            error(e.pos,
                  "invalid operation: \(msg) arguments for \(callStr) (expected \(minArgs), found \(args.count))")
            for a in args { _ = multiExpr(a) }
            return .invalid(e)
        }
        func value(_ t: TypeID) -> Operand { Operand(mode: .value, type: t, val: nil, expr: e) }
        let novalue = Operand(mode: .novalue, type: Universe.noValue, val: nil, expr: e)

        switch b {
        case .len, .cap:
            var x = expr(args[0])
            if x.mode == .invalid { return .invalid(e) }
            var result: Int64? = nil
            var ok = false
            var t = x.type
            if let p = types.pointee(t), case .array = types.under(p) { t = p }
            switch types.under(t) {
            case .basic(let k) where k.isString && b == .len:
                ok = true
                if case .string(let s)? = x.val { result = Int64(constStringBytes(s).count) }
                if k == .untypedString { convertUntyped(&x, Universe.string) }
            case .array(_, let n):
                ok = true
                if !containsCallOrReceive(args[0]) { result = n }
            case .slice, .chan: ok = true
            case .map: ok = b == .len
            default: break
            }
            if !ok {
                error(args[0].pos, "invalid argument: \(operandString(x)) for \(b.name)")
                return .invalid(e)
            }
            if let r = result { return Operand(mode: .constant, type: Universe.int, val: .int(BigInt(r)), expr: e) }
            return value(Universe.int)
        case .new:
            let t = typExpr(args[0])
            if t == Universe.invalid { return .invalid(e) }
            return value(types.pointer(t))
        case .make:
            let t = typExpr(args[0])
            if t == Universe.invalid { for a in args.dropFirst() { _ = expr(a) }; return .invalid(e) }
            var lo = 1, hi = 1
            switch types.under(t) {
            case .slice: lo = 2; hi = 3
            case .map, .chan: lo = 1; hi = 2
            default:
                error(args[0].pos, "invalid argument: cannot make \(shortExprString(args[0])); type must be slice, map, or channel")
                for a in args.dropFirst() { _ = expr(a) }
                return .invalid(e)
            }
            if args.count < lo || args.count > hi {
                error(e.pos, "invalid operation: \(callStr) expects \(lo) or \(hi) arguments; found \(args.count)")
                for a in args.dropFirst() { _ = expr(a) }
                return .invalid(e)
            }
            var sizes: [Int64?] = []
            for a in args.dropFirst() {
                sizes.append(sizeArg(a))
            }
            if sizes.count == 2, let l = sizes[0], let c = sizes[1], l > c {
                error(args[1].pos, "invalid argument: length and capacity swapped")
            }
            return value(t)
        case .append:
            let s = expr(args[0])
            if s.mode == .invalid { for a in args.dropFirst() { _ = expr(a) }; return .invalid(e) }
            if s.type == Universe.untypedNil {
                error(args[0].pos, "first argument to append must be a slice; have untyped nil")
                return .invalid(e)
            }
            guard case .slice(let el) = types.under(s.type) else {
                error(args[0].pos, "first argument to append must be a slice; have \(operandString(s))")   // types2 _Append
                return .invalid(e)
            }
            if dots {
                if args.count != 2 {
                    error(e.pos, "can only use ... with final argument in list")
                    return .invalid(e)
                }
                var y = expr(args[1])
                if y.mode == .invalid { return .invalid(e) }
                // append([]byte, string...) is allowed
                if types.underlying(el) == Universe.uint8, types.basicKind(y.type)?.isString ?? false {
                    if types.isUntyped(y.type) { convertUntyped(&y, Universe.string) }
                    return value(s.type)
                }
                assignment(&y, to: s.type, context: "argument to append")
                if y.mode == .invalid { return .invalid(e) }
                return value(s.type)
            }
            for a in args.dropFirst() {
                var x = expr(a, hint: el)
                if x.mode != .invalid { assignment(&x, to: el, context: "argument to append") }
            }
            return value(s.type)
        case .copy:
            // types2 builtins.go _Copy (1.19): dst must be a slice, src a slice
            // or a string (element byte); reported at the first argument.
            let d = expr(args[0])
            var s = expr(args[1])
            if d.mode == .invalid || s.mode == .invalid { return .invalid(e) }
            var dst: TypeID? = nil
            if case .slice(let de) = types.under(d.type) { dst = de }
            var src: TypeID? = nil
            let srcIsString = types.basicKind(s.type)?.isString ?? false   // universeByte prints as byte
            if srcIsString {
                src = Universe.uint8
            } else if case .slice(let se) = types.under(s.type) {
                src = se
            }
            guard let de = dst, let se = src else {
                error(args[0].pos, "invalid argument: copy expects slice arguments; found \(operandString(d)) and \(operandString(s))")
                return .invalid(e)
            }
            if de != se {
                error(args[0].pos, "invalid argument: arguments to copy \(operandString(d)) and \(operandString(s)) have different element types \(types.string(de)) and \(srcIsString ? "byte" : types.string(se))")
                return .invalid(e)
            }
            if types.isUntyped(s.type) { convertUntyped(&s, Universe.string) }
            return value(Universe.int)
        case .delete:
            let m = expr(args[0])
            if m.mode == .invalid { _ = expr(args[1]); return .invalid(e) }
            guard case .map(let k, _) = types.under(m.type) else {
                error(args[0].pos, "invalid argument: \(operandString(m)) is not a map")
                _ = expr(args[1])
                return .invalid(e)
            }
            var key = expr(args[1])
            if key.mode != .invalid { assignment(&key, to: k, context: "argument to delete") }
            return novalue
        case .clear:
            // Go 1.21 builtin (types2 builtins.go _Clear).
            let x = expr(args[0])
            if x.mode == .invalid { return .invalid(e) }
            switch types.under(x.type) {
            case .map, .slice: return novalue
            default:
                error(args[0].pos, "invalid argument: \(shortExprString(e)) (argument must be (or constrained by) map or slice)")
                return .invalid(e)
            }
        case .close:
            let c = expr(args[0])
            if c.mode == .invalid { return .invalid(e) }
            guard case .chan(let dir, _) = types.under(c.type) else {
                error(args[0].pos, "invalid operation: cannot close non-channel \(operandString(c))")
                return .invalid(e)
            }
            if dir == .recv {
                error(args[0].pos, "invalid operation: cannot close receive-only channel \(operandString(c))")
                return .invalid(e)
            }
            return novalue
        case .panic:
            var x = expr(args[0])
            if x.mode != .invalid { assignment(&x, to: Universe.emptyInterface, context: "argument to panic") }
            return novalue
        case .print, .println:
            for a in args {
                var x = expr(a)
                if x.mode != .invalid { assignment(&x, to: nil, context: "argument to built-in \(b.name)") }
            }
            return novalue
        case .recover:
            return value(Universe.emptyInterface)
        case .min, .max:
            var xs = args.map { expr($0) }
            if xs.contains(where: { $0.mode == .invalid }) { return .invalid(e) }
            // All operands must have the same (ordered) type; untyped ones
            // take the typed operand's type.
            var t: TypeID? = xs.first(where: { !types.isUntyped($0.type) })?.type
            if t == nil {
                // all untyped: the largest kind
                var best = xs[0].type
                for x in xs {
                    let rank: (TypeID) -> Int = { $0 == Universe.untypedFloat ? 2 : ($0 == Universe.untypedRune ? 1 : 0) }
                    if rank(x.type) > rank(best) { best = x.type }
                }
                t = best
            }
            for i in 0..<xs.count {
                if types.isUntyped(xs[i].type) && !types.isUntyped(t!) {
                    assignment(&xs[i], to: t!, context: "argument to \(b.name)")
                    if xs[i].mode == .invalid { return .invalid(e) }
                } else if xs[i].type != t! && !types.isUntyped(t!) {
                    error(args[i].pos, "invalid argument: mismatched types \(types.string(t!)) (previous argument) and \(types.string(xs[i].type)) (type of \(shortExprString(args[i])))")
                    return .invalid(e)
                }
            }
            guard types.basicKind(t!)?.isOrdered ?? false else {
                error(args[0].pos, "invalid argument: \(operandString(xs[0])) cannot be ordered")
                return .invalid(e)
            }
            if xs.allSatisfy({ $0.mode == .constant }) {
                var best = xs[0].val!
                for x in xs.dropFirst() {
                    let less = compareConst(.lss, x.val!, best)
                    if (b == .min && less) || (b == .max && compareConst(.gtr, x.val!, best)) { best = x.val! }
                }
                return Operand(mode: .constant, type: t!, val: best, expr: e)
            }
            if types.isUntyped(t!) {
                for i in 0..<xs.count { convertUntyped(&xs[i], defaultType(t!)) }
                t = defaultType(t!)
            }
            return value(t!)
        default:
            return .invalid(e)
        }
    }

    /// A make size argument: integer, non-negative constant.
    func sizeArg(_ a: Expr) -> Int64? {
        var x = expr(a)
        if x.mode == .invalid { return nil }
        if x.mode == .constant, types.isUntyped(x.type) {
            guard let v = x.val?.exactInt else {
                error(a.pos, "\(operandString(x)) truncated to int")
                return nil
            }
            x.val = .int(v)
            convertUntyped(&x, Universe.int)
            if v.negative {
                error(a.pos, "invalid argument: index \(operandString(x)) must not be negative")
                return nil
            }
            return v.int64Value
        }
        if types.isUntyped(x.type) { convertUntyped(&x, Universe.int) }
        guard types.basicKind(x.type)?.isInteger ?? false else {
            error(a.pos, "cannot convert \(operandString(x)) to type int")
            return nil
        }
        if x.mode == .constant, let v = x.val?.exactInt {
            if v.negative {
                error(a.pos, "invalid argument: index \(operandString(x)) must not be negative")
                return nil
            }
            return v.int64Value
        }
        return nil
    }

    func containsCallOrReceive(_ e: Expr) -> Bool {
        switch e.kind {
        case .call: return true
        case .unary(.arrow, _): return true
        case .paren(let x), .star(let x), .unary(_, let x), .selector(let x, _): return containsCallOrReceive(x)
        case .index(let x, let i): return containsCallOrReceive(x) || containsCallOrReceive(i)
        case .binary(_, let l, let r, _): return containsCallOrReceive(l) || containsCallOrReceive(r)
        default: return false
        }
    }
}
