// Type expressions → TypeIDs. Models types2 typexpr.go (typInternal,
// arrayLength, structType, interfaceType) with its messages.

extension Checker {
    /// Evaluates a type expression. `defining` is the named type whose
    /// underlying type is being resolved (for struct self-references).
    func typExpr(_ e: Expr, defining: TypeID? = nil) -> TypeID {
        depth += 1
        defer { depth -= 1 }
        if depth > Checker.maxDepth { error(e.pos, "gmpscope: type nested too deeply"); return Universe.invalid }
        let t = typInternal(e, defining: defining)
        exprs[Int(e.id)].mode = t == Universe.invalid ? .invalid : .typeExpr
        exprs[Int(e.id)].type = t
        return t
    }

    private func typInternal(_ e: Expr, defining: TypeID?) -> TypeID {
        switch e.kind {
        case .bad: return Universe.invalid
        case .ident(let id):
            if id.name == "_" { error(e.pos, "cannot use _ as value or type"); return Universe.invalid }
            guard let ent = lookup(id.name) else {
                error(e.pos, "undefined: \(id.name)")
                return Universe.invalid
            }
            switch ent {
            case .type(let t):
                if t == Universe.complex64 || t == Universe.complex128 {
                    unsupported("complex numbers", e.pos)
                    return Universe.invalid
                }
                exprs[Int(e.id)].ref = .typeName(t)
                return t
            case .typeDecl(let i):
                resolveTypeDecl(i)
                let t = typeObjs[i].type
                exprs[Int(e.id)].ref = .typeName(t)
                return t
            default:
                var x = identOperand(e, id, record: false)
                x.expr = e
                if x.mode != .invalid { error(e.pos, "\(operandString(x)) is not a type") }
                return Universe.invalid
            }
        case .selector(let x, let sel):
            if case .ident(let pkgIdent) = x.kind, case .package(let pi)? = lookup(pkgIdent.name) {
                importObjs[pi].used = true
                exprs[Int(x.id)].ref = .package(importObjs[pi].path)
                exprs[Int(x.id)].mode = .package
                let path = importObjs[pi].path
                if !Library.paths.contains(path) { return Universe.invalid }
                switch lib.packages[path]?[sel.name] {
                case .type(let t)?:
                    exprs[Int(e.id)].ref = .typeName(t)
                    return t
                case nil:
                    if sel.name.first?.isUppercase ?? false {
                        if knownUnsupported(path, sel.name) {
                            unsupported("\(pkgIdent.name).\(sel.name)", sel.pos)
                        } else {
                            error(e.pos, "undefined: \(pkgIdent.name).\(sel.name)")
                        }
                    } else {
                        error(sel.pos, "undefined: \(pkgIdent.name).\(sel.name)")
                    }
                    return Universe.invalid
                default:
                    error(e.pos, "\(pkgIdent.name).\(sel.name) is not a type")
                    return Universe.invalid
                }
            }
            let op = expr(e)
            if op.mode != .invalid { error(e.pos, "\(shortExprString(e)) is not a type") }
            return Universe.invalid
        case .paren(let x):
            return typExpr(x, defining: defining)
        case .star(let x):
            let t = typExpr(x)
            if t == Universe.invalid { return t }
            return types.pointer(t)
        case .arrayType(let len, let elemExpr):
            switch len {
            case .slice:
                let el = typExpr(elemExpr)
                return el == Universe.invalid ? el : types.slice(el)
            case .ellipsis:
                error(e.pos, "invalid use of [...] array (outside a composite literal)")
                _ = typExpr(elemExpr)
                return Universe.invalid
            case .expr(let n):
                let count = arrayLength(n)
                let el = typExpr(elemExpr)
                if count < 0 || el == Universe.invalid { return Universe.invalid }
                return types.intern(.array(el, count: count))
            }
        case .mapType(let k, let v):
            let kt = typExpr(k), vt = typExpr(v)
            if kt == Universe.invalid || vt == Universe.invalid { return Universe.invalid }
            if case .named = types[kt], types.underlying(kt) == Universe.invalid {
                // key type still being resolved (recursive declaration): accept
            } else if !types.isComparable(kt) {
                error(k.pos, "invalid map key type \(types.string(kt))")
                return Universe.invalid
            }
            return types.intern(.map(key: kt, value: vt))
        case .chanType(let dir, let elemExpr):
            let el = typExpr(elemExpr)
            return el == Universe.invalid ? el : types.intern(.chan(dir, el))
        case .funcType(let ft):
            return funcSignature(ft)
        case .structType(let fields):
            var out: [StructField] = []
            var seen: [String: Pos] = [:]
            for f in fields {
                let ft = typExpr(f.type)
                if f.tag != nil { /* tags are ignored by the runtime model */ }
                if f.embedded {
                    var base = f.type
                    if case .star(let inner) = base.kind { base = inner }
                    let name: String
                    switch base.kind {
                    case .ident(let i): name = i.name
                    case .selector(_, let s): name = s.name
                    default: name = "?"
                    }
                    if let p = types.pointee(ft), types.isPointer(p) || types.isInterface(p) {
                        error(f.type.pos, "embedded field type cannot be a pointer to an interface")
                    } else if case .star = f.type.kind, types.isPointer(types.pointee(ft) ?? Universe.invalid) {
                        error(f.type.pos, "embedded field type cannot be a pointer")
                    }
                    if seen[name] != nil { error(f.pos, "\(name) redeclared\n\t\(file.fileName):\(seen[name]!.line):\(seen[name]!.col): other declaration of \(name)") }
                    seen[name] = f.pos
                    out.append(StructField(name: name, type: ft, embedded: true, offset: 0, pkg: "main"))
                    continue
                }
                for n in f.names {
                    if n.name != "_", let prev = seen[n.name] {
                        error(n.pos, "\(n.name) redeclared\n\t\(file.fileName):\(prev.line):\(prev.col): other declaration of \(n.name)")
                    }
                    seen[n.name] = n.pos
                    exprs[Int(n.id)].isDefinition = true
                    exprs[Int(n.id)].type = ft
                    out.append(StructField(name: n.name, type: ft, embedded: false, offset: 0, pkg: "main"))
                }
            }
            if out.contains(where: { $0.type == Universe.invalid }) { return Universe.invalid }
            return types.intern(.structure(out))
        case .interfaceType(let elems):
            var methods: [InterfaceMethod] = []
            func add(_ m: InterfaceMethod, _ pos: Pos) {
                if let prev = methods.first(where: { $0.name == m.name }) {
                    if prev.signature != m.signature { error(pos, "duplicate method \(m.name)") }
                    return
                }
                methods.append(m)
            }
            for el in elems {
                switch el {
                case .method(let n, let ft):
                    if methods.contains(where: { $0.name == n.name }) {
                        error(n.pos, "duplicate method \(n.name)")
                        continue
                    }
                    add(InterfaceMethod(name: n.name, signature: funcSignature(ft)), n.pos)
                case .embedded(let t):
                    let et = typExpr(t)
                    if et == Universe.invalid { continue }
                    if case .named = types[et], types.underlying(et) == Universe.invalid {
                        error(t.pos, "invalid recursive type: interface embeds itself")
                        continue
                    }
                    guard case .interface(let ms) = types.under(et) else {
                        unsupported("type constraints in interfaces", t.pos)
                        continue
                    }
                    for m in ms { add(m, t.pos) }
                }
            }
            methods.sort { $0.name < $1.name }
            return types.intern(.interface(methods))
        case .ellipsis:
            error(e.pos, "invalid use of ...")
            return Universe.invalid
        case .index:
            unsupported("generic type instantiation", e.pos)
            return Universe.invalid
        default:
            let x = expr(e)
            if x.mode != .invalid { error(e.pos, "\(shortExprString(e)) is not a type") }
            return Universe.invalid
        }
    }

    /// Array length: a non-negative constant integer (types2 arrayLength).
    func arrayLength(_ e: Expr) -> Int64 {
        // types2 arrayLength: a name that is not a constant is rejected
        // without counting as a use.
        if case .ident(let id) = e.kind, let ent = lookup(id.name) {
            switch ent {
            case .constant, .boolConst, .iota: break
            default:
                error(e.pos, "invalid array length \(id.name)")
                return -1
            }
        }
        var x = expr(e)
        if x.mode == .invalid { return -1 }
        guard x.mode == .constant else {
            if case .ident(let i) = e.kind, x.mode != .invalid {
                error(e.pos, "invalid array length \(i.name)")
            } else {
                error(e.pos, "array length \(shortExprString(e)) (\(operandDetail(x))) must be constant")
            }
            return -1
        }
        if types.isUntyped(x.type) || types.basicKind(x.type)?.isInteger == true {
            if let v = x.val?.exactInt {
                if let n = v.int64Value, n >= 0 {
                    if types.isUntyped(x.type) { convertUntyped(&x, Universe.int) }
                    return n
                }
                error(e.pos, "invalid array length \(shortExprString(e)) (untyped int constant \(v))")
                return -1
            }
        }
        error(e.pos, "array length \(shortExprString(e)) (\(operandDetail(x))) must be integer")
        return -1
    }

    /// Real Go API names of supported packages that gmpscope leaves out:
    /// using them is "not supported yet" rather than "undefined".
    func knownUnsupported(_ path: String, _ name: String) -> Bool {
        let known: [String: Set<String>] = [
            "fmt": ["Fprint", "Fprintf", "Fprintln", "Sscan", "Sscanf", "Sscanln", "Scan", "Scanf", "Scanln",
                    "Fscan", "Fscanf", "Fscanln", "Formatter", "State", "Append", "Appendf", "Appendln",
                    "GoStringer", "Scanner", "ScanState"],
            "time": ["Month", "Weekday", "Location", "UTC", "Local", "Date", "Unix", "UnixMilli", "Parse",
                     "ParseDuration", "AfterFunc", "Until", "January", "RFC3339", "Kitchen", "ANSIC", "Layout"],
            "sync": ["Cond", "NewCond", "Map", "Pool", "Locker"],
            "sync/atomic": ["Int32", "Uint32", "Uint64", "Bool", "Value", "Pointer", "AddUint32", "AddUint64",
                            "LoadUint32", "LoadUint64", "StoreUint32", "StoreUint64", "SwapInt64", "SwapInt32",
                            "LoadPointer", "StorePointer", "CompareAndSwapUint32", "CompareAndSwapUint64"],
            "runtime": ["LockOSThread", "UnlockOSThread", "Goexit", "Caller", "Callers", "Stack", "KeepAlive",
                        "SetFinalizer", "GOOS", "GOARCH", "Version", "NumCgoCall", "Breakpoint", "FuncForPC"],
            "syscall": ["Write", "Read", "Open", "Close", "Exit", "Getppid", "Kill", "Syscall", "Stdout", "Stderr"],
            "errors": ["As", "Unwrap", "Join"],
            "strings": ["ToUpper", "ToLower", "TrimSpace", "Trim", "TrimLeft", "TrimRight", "TrimPrefix",
                        "TrimSuffix", "HasPrefix", "HasSuffix", "Index", "IndexByte", "LastIndex", "Fields",
                        "Replace", "ReplaceAll", "Count", "EqualFold", "Title", "NewReader", "NewReplacer",
                        "SplitN", "Map", "ContainsRune", "ContainsAny", "Compare", "Cut", "Reader", "Replacer"],
            "strconv": ["FormatInt", "ParseInt", "ParseFloat", "ParseBool", "FormatFloat", "Quote", "Unquote",
                        "AppendInt", "FormatBool", "ParseUint", "FormatUint", "QuoteRune", "ErrRange", "ErrSyntax"],
            "sort": ["Sort", "Stable", "SliceStable", "Search", "SearchInts", "Float64s", "IntsAreSorted",
                     "StringsAreSorted", "SliceIsSorted", "Interface", "IntSlice", "StringSlice", "Reverse"],
            "os": ["Stdout", "Stderr", "Stdin", "Getenv", "Setenv", "Open", "Create", "ReadFile", "WriteFile",
                   "Getpid", "Exit", "Environ", "Hostname", "Getwd", "Remove", "Mkdir", "File", "Signal"],
            "math/rand": ["New", "NewSource", "Source", "Rand", "Int31", "Int31n", "Int63n", "Uint32",
                          "Uint64", "Float32", "ExpFloat64", "NormFloat64", "Read"],
        ]
        return known[path]?.contains(name) ?? false
    }
}
