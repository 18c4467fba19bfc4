// The type checker: scopes, package-level declarations, initialization
// order, unused variables and imports. Models go/types / types2
// (resolver.go collectObjects, decl.go objDecl with cycle detection,
// initorder.go, stmt.go funcBody usage) with types2's messages as the Go
// 1.19 compiler prints them. Expressions: CheckExpr.swift, calls:
// CheckCall.swift, statements: CheckStmt.swift, assignability:
// CheckAssign.swift.

/// Type-checks a parsed file of package main.
public func check(_ file: SourceFile) -> Result<CheckedProgram, Diagnostics> {
    withLargeStack { checkOnThisThread(file) }
}

func checkOnThisThread(_ file: SourceFile, earlier: [Diagnostic] = []) -> Result<CheckedProgram, Diagnostics> {
    let c = Checker(file)
    c.errors = earlier
    c.run()
    if !c.errors.isEmpty {
        return .failure(makeDiagnostics(fileName: file.fileName, c.errors))
    }
    return .success(c.result())
}

/// What a name denotes in a scope.
enum Entity {
    case local(LocalID)
    case global(Int)          // globalObjs index
    case constant(Int)        // constObjs index
    case typeDecl(Int)        // typeObjs index (resolved lazily)
    case type(TypeID)         // predeclared types
    case function(FuncID)
    case builtin(Builtin)
    case package(Int)         // importObjs index
    case nilValue
    case boolConst(Bool)
    case iota
}

struct ConstObj {
    var name: String
    var pos: Pos
    var typeExpr: Expr?
    var valueExpr: Expr?
    var iota: Int
    var state: UInt8 = 0      // 0 new, 1 resolving, 2 done
    var type: TypeID = Universe.invalid
    var value: ConstValue? = nil
    var used = false
    var isLocal: Bool
}

struct TypeObj {
    var name: String
    var pos: Pos
    var spec: TypeSpec
    var state: UInt8 = 0
    /// The named type (or the aliased type once resolved).
    var type: TypeID
}

struct GlobalObj {
    var name: String
    var pos: Pos
    var declIdent: NodeID
    var spec: ValueSpec
    var index: Int
    var specIndex: Int
    var state: UInt8 = 0
    var type: TypeID = Universe.invalid
    var id: GlobalID?
}

struct ImportObj {
    var path: String
    var name: String
    var pos: Pos
    var used = false
}

/// Per-function checking context.
struct FuncCtx {
    var id: FuncID
    var sig: Signature
    var results: [LocalID]
    var namedResults: Bool
}

/// A `for`, `switch` or `select` being checked (for break/continue).
struct Breakable {
    enum Kind { case loop, switchStmt, selectStmt }
    var kind: Kind
    var label: String?
}

final class Checker {
    let file: SourceFile
    var types = TypeTable()
    var lib: Library
    var exprs: [ExprInfo]
    var locals: [LocalVar] = []
    var localUsed: [Bool] = []
    var globals: [GlobalVar] = []
    var funcs: [FuncInfo] = []
    var ranges: [NodeID: RangeInfo] = [:]
    var typeSwitchVars: [NodeID: LocalID] = [:]
    var errors: [Diagnostic] = []

    var universe: [String: Entity] = [:]
    var pkgScope: [String: Entity] = [:]
    var fileScope: [String: Entity] = [:]
    var scopes: [[String: Entity]] = []

    var constObjs: [ConstObj] = []
    var typeObjs: [TypeObj] = []
    var globalObjs: [GlobalObj] = []
    var importObjs: [ImportObj] = []
    var initOrder: [InitStep] = []
    var initFuncs: [FuncID] = []
    var mainFunc: FuncID? = nil
    /// Function bodies to check after package-level declarations.
    var bodyQueue: [FuncID] = []

    // Context while checking.
    var fnStack: [FuncCtx] = []
    var breakables: [Breakable] = []
    var currentIota: Int? = nil
    /// Dependencies of the package-level object being checked (globals
    /// and functions it refers to), for initialization order.
    var depGlobals: [Int] = []
    var depFuncs: [FuncID] = []
    var funcDeps: [FuncID: ([Int], [FuncID])] = [:]
    var collectingDeps = false
    var globalSpecDeps: [Int: ([Int], [FuncID])] = [:]   // keyed by first globalObjs index of a spec
    /// Nesting depth guard for expressions/statements (stack safety).
    var depth = 0
    static let maxDepth = 20_000
    var closureCounter: [String: Int] = [:]
    /// Package variables being resolved (for initialization loop messages).
    var globalStack: [Int] = []
    var cycleReported = false
    /// Labels of the function body being checked: name → (pos, used).
    var labels: [String: (pos: Pos, used: Bool)] = [:]

    init(_ file: SourceFile) {
        self.file = file
        exprs = [ExprInfo](repeating: ExprInfo(), count: Int(file.nodeCount))
        lib = buildLibrary(&types)
        setupUniverse()
    }

    // MARK: errors

    func error(_ pos: Pos, _ msg: String) {
        errors.append(Diagnostic(pos: pos, message: msg))
    }
    func unsupported(_ what: String, _ pos: Pos) {
        error(pos, "gmpscope does not support \(what) yet")
    }

    // MARK: universe

    func setupUniverse() {
        let basics: [(String, TypeID)] = [
            ("bool", Universe.bool), ("int", Universe.int), ("int8", Universe.int8), ("int16", Universe.int16),
            ("int32", Universe.int32), ("int64", Universe.int64), ("uint", Universe.uint), ("uint8", Universe.uint8),
            ("uint16", Universe.uint16), ("uint32", Universe.uint32), ("uint64", Universe.uint64),
            ("uintptr", Universe.uintptr), ("float32", Universe.float32), ("float64", Universe.float64),
            ("complex64", Universe.complex64), ("complex128", Universe.complex128), ("string", Universe.string),
            ("byte", Universe.uint8), ("rune", Universe.int32), ("error", Universe.error), ("any", Universe.emptyInterface),
        ]
        for (n, t) in basics { universe[n] = .type(t) }
        universe["true"] = .boolConst(true)
        universe["false"] = .boolConst(false)
        universe["nil"] = .nilValue
        universe["iota"] = .iota
        for b in Builtin.allCases { universe[b.name] = .builtin(b) }
    }

    // MARK: scopes

    func openScope() { scopes.append([:]) }
    func closeScope() { scopes.removeLast() }

    @discardableResult
    func declare(_ name: String, _ e: Entity, pos: Pos) -> Bool {
        if name == "_" { return true }
        if let prev = scopes[scopes.count - 1][name] {
            error(pos, "\(name) redeclared in this block\n\t\(fileNameForNotes()):\(entityPos(prev)): other declaration of \(name)")
            // the rejected variable is not reported as unused as well
            if case .local(let l) = e { localUsed[Int(l.raw)] = true }
            return false
        }
        scopes[scopes.count - 1][name] = e
        return true
    }

    func fileNameForNotes() -> String { file.fileName }

    func entityPos(_ e: Entity) -> String {
        let p: Pos
        switch e {
        case .local(let l): p = locals[Int(l.raw)].pos
        case .global(let g): p = globalObjs[g].pos
        case .constant(let c): p = constObjs[c].pos
        case .typeDecl(let t): p = typeObjs[t].pos
        case .function(let f): p = funcs[Int(f.raw)].pos
        case .package(let i): p = importObjs[i].pos
        default: p = .none
        }
        return "\(p.line):\(p.col)"
    }

    func lookup(_ name: String) -> Entity? {
        var i = scopes.count - 1
        while i >= 0 {
            if let e = scopes[i][name] { return e }
            i -= 1
        }
        if let e = pkgScope[name] { return e }
        if let e = fileScope[name] { return e }
        return universe[name]
    }

    // MARK: locals and functions

    func newLocal(_ name: String, _ type: TypeID, pos: Pos, ident: NodeID, kind: LocalKind) -> LocalID {
        let id = LocalID(Int32(locals.count))
        let fn = fnStack.last?.id ?? FuncID(0)
        locals.append(LocalVar(name: name, type: type, pos: pos, declIdent: ident, function: fn, kind: kind,
                               captured: false, escapes: false))
        localUsed.append(kind != .local)
        funcs[Int(fn.raw)].locals.append(id)
        if ident >= 0 {
            exprs[Int(ident)].ref = name == "_" ? .blank : .local(id)
            exprs[Int(ident)].type = type
            exprs[Int(ident)].mode = .variable
            exprs[Int(ident)].isDefinition = true
        }
        return id
    }

    func newFunc(name: String, pos: Pos, node: FuncNode, parent: FuncID?) -> FuncID {
        let id = FuncID(Int32(funcs.count))
        funcs.append(FuncInfo(name: name, pos: pos, node: node, signature: Universe.invalid, receiver: nil,
                              params: [], results: [], namedResults: false, variadic: false, parent: parent,
                              captures: [], locals: []))
        return id
    }

    /// Marks the variable an expression denotes as address-taken.
    func markAddressTaken(_ e: Expr) {
        switch e.kind {
        case .ident:
            if case .local(let l)? = exprs[Int(e.id)].ref { locals[Int(l.raw)].escapes = true }
        case .paren(let x): markAddressTaken(x)
        case .selector(let x, _):
            if case .field(let path)? = exprs[Int(e.id)].ref, !(path.first?.deref ?? true) { markAddressTaken(x) }
        case .index(let x, _):
            if case .array = types.under(exprs[Int(x.id)].type) { markAddressTaken(x) }
        case .compositeLit: break
        default: break
        }
    }

    // MARK: run

    func run() {
        collectObjects()
        // Resolve all package-level types, then signatures, then constants
        // and variables, then bodies.
        for i in 0..<typeObjs.count { resolveTypeDecl(i) }
        collectFuncSignatures()
        for i in 0..<constObjs.count where !constObjs[i].isLocal { resolveConst(i) }
        for i in 0..<globalObjs.count { resolveGlobal(i) }
        var qi = 0
        while qi < bodyQueue.count {
            checkFuncBody(bodyQueue[qi])
            qi += 1
        }
        if mainFunc == nil && errors.isEmpty {
            error(.none, "function main is undeclared in the main package")
        }
        for imp in importObjs where !imp.used {
            let elem = imp.path.split(separator: "/").last.map(String.init) ?? imp.path
            let suffix = imp.name == elem ? "" : " as \(imp.name)"
            error(imp.pos, "imported and not used: \(goQuote(imp.path))\(suffix)")
        }
        computeInitOrder()
        types.computeLayouts()
    }

    func result() -> CheckedProgram {
        CheckedProgram(file: file, types: types, exprs: exprs, locals: locals, globals: globals, funcs: funcs,
                       ranges: ranges, typeSwitchVars: typeSwitchVars, initOrder: initOrder, initFuncs: initFuncs,
                       mainFunc: mainFunc ?? FuncID(0), imports: importObjs.map(\.path), libTypes: lib.libTypes)
    }

    // MARK: collect (resolver.go collectObjects)

    func collectObjects() {
        for imp in file.imports {
            if imp.name?.name == "." || imp.name?.name == "_" {
                unsupported("\(imp.name!.name) imports", imp.pos)
                continue
            }
            guard Library.paths.contains(imp.path) else {
                if imp.path == "unsafe" || imp.path == "reflect" || imp.path == "context" || imp.path == "net" {
                    unsupported("package \(goQuote(imp.path))", imp.pathPos)
                } else if imp.path == "C" {
                    unsupported("cgo", imp.pathPos)
                } else {
                    unsupported("package \(goQuote(imp.path))", imp.pathPos)
                }
                let name = imp.name?.name ?? String(imp.path.split(separator: "/").last ?? "")
                if fileScope[name] == nil {
                    fileScope[name] = .package(importObjs.count)
                    importObjs.append(ImportObj(path: imp.path, name: name, pos: imp.pos, used: true))
                }
                continue
            }
            let name = imp.name?.name ?? String(imp.path.split(separator: "/").last!)
            if let prev = fileScope[name], case .package(let pi) = prev {
                error(imp.pos, "\(name) redeclared in this block\n\t\(file.fileName):\(importObjs[pi].pos.line):\(importObjs[pi].pos.col): other declaration of \(name)")
                continue
            }
            fileScope[name] = .package(importObjs.count)
            importObjs.append(ImportObj(path: imp.path, name: name, pos: imp.pos))
        }
        scopes = [[:]]  // temporary: declare() writes into the last scope
        for (di, d) in file.decls.enumerated() {
            switch d {
            case .gen(let g):
                collectGenDecl(g, local: false)
            case .fn(let f):
                if f.recv != nil { continue }
                if f.name.name == "init" {
                    if !f.type.params.isEmpty || !f.type.results.isEmpty {
                        error(f.name.pos, "func init must have no arguments and no return values")
                    }
                    let id = newFunc(name: "main.init.\(initFuncs.count)", pos: f.pos, node: .decl(index: di), parent: nil)
                    initFuncs.append(id)
                    continue
                }
                let id = newFunc(name: "main." + f.name.name, pos: f.pos, node: .decl(index: di), parent: nil)
                exprs[Int(f.name.id)].ref = .function(id)
                exprs[Int(f.name.id)].isDefinition = true
                if f.name.name == "main" {
                    mainFunc = id
                    if !f.type.params.isEmpty || !f.type.results.isEmpty {
                        error(f.name.pos, "func main must have no arguments and no return values")
                    }
                }
                if f.name.name != "_" { declare(f.name.name, .function(id), pos: f.name.pos) }
            }
        }
        pkgScope = scopes[0]
        scopes = []
        for (name, e) in pkgScope {
            if case .package = fileScope[name] ?? .nilValue {
                _ = e
                error(entityPosValue(e), "\(name) already declared through import of package")
            }
        }
    }

    func entityPosValue(_ e: Entity) -> Pos {
        switch e {
        case .global(let g): return globalObjs[g].pos
        case .constant(let c): return constObjs[c].pos
        case .typeDecl(let t): return typeObjs[t].pos
        case .function(let f): return funcs[Int(f.raw)].pos
        default: return .none
        }
    }

    /// Declares the names of a var/const/type declaration in the current
    /// scope (package scope while collecting).
    func collectGenDecl(_ g: GenDecl, local: Bool) {
        var lastType: Expr? = nil
        var lastValues: [Expr] = []
        for spec in g.specs {
            switch spec {
            case .type(let ts):
                let idx = typeObjs.count
                var t = Universe.invalid
                if !ts.isAlias {
                    t = types.newNamed(NamedType(name: ts.name.name, pkg: "main", underlying: Universe.invalid,
                                                 methods: [], pos: ts.name.pos))
                }
                typeObjs.append(TypeObj(name: ts.name.name, pos: ts.name.pos, spec: ts, type: t))
                exprs[Int(ts.name.id)].isDefinition = true
                exprs[Int(ts.name.id)].mode = .typeExpr
                declare(ts.name.name, .typeDecl(idx), pos: ts.name.pos)
                if local { resolveTypeDecl(idx) }
            case .value(let vs):
                if g.tok == .kwConst {
                    var typeExpr = vs.type
                    var values = vs.values
                    if vs.values.isEmpty && vs.type == nil {
                        typeExpr = lastType; values = lastValues
                        if lastValues.isEmpty {
                            error(vs.names[0].pos, "missing init expr for const declaration")
                        }
                    } else {
                        lastType = vs.type; lastValues = vs.values
                        if vs.values.isEmpty {
                            error(vs.names[0].pos, "missing init expr for const declaration")
                        }
                    }
                    var ids: [Int] = []
                    for (i, n) in vs.names.enumerated() {
                        let idx = constObjs.count
                        let value: Expr? = i < values.count ? values[i] : nil
                        constObjs.append(ConstObj(name: n.name, pos: n.pos, typeExpr: typeExpr, valueExpr: value,
                                                  iota: vs.iota, isLocal: local))
                        exprs[Int(n.id)].isDefinition = true
                        exprs[Int(n.id)].ref = n.isBlank ? .blank : .constant
                        declareLater(n, .constant(idx), local: local)
                        ids.append(idx)
                    }
                    if !values.isEmpty && values.count < vs.names.count {
                        error(vs.names[values.count].pos, "missing init expr for const declaration")
                    } else if values.count > vs.names.count {
                        error(values[vs.names.count].pos, "extra init expr")
                    }
                    if local {
                        for idx in ids { resolveConst(idx) }
                        for (i, n) in vs.names.enumerated() where !n.isBlank { declare(n.name, .constant(ids[i]), pos: n.pos) }
                    }
                } else if !local {
                    let first = globalObjs.count
                    for (i, n) in vs.names.enumerated() {
                        globalObjs.append(GlobalObj(name: n.name, pos: n.pos, declIdent: n.id, spec: vs, index: i,
                                                    specIndex: first))
                        declare(n.name, .global(first + i), pos: n.pos)
                    }
                }
            }
        }
    }

    /// Package-level names are declared immediately; local constants only
    /// after their values are known (scope starts after the spec).
    func declareLater(_ n: Ident, _ e: Entity, local: Bool) {
        if !local { declare(n.name, e, pos: n.pos) }
    }

    // MARK: lazily resolved package objects (decl.go objDecl)

    /// Runs `body` with no local scopes (package-level context).
    func atPackageLevel<T>(_ body: () -> T) -> T {
        let savedScopes = scopes, savedFn = fnStack, savedBreak = breakables, savedIota = currentIota
        scopes = []; fnStack = []; breakables = []; currentIota = nil
        defer { scopes = savedScopes; fnStack = savedFn; breakables = savedBreak; currentIota = savedIota }
        return body()
    }

    func resolveTypeDecl(_ i: Int) {
        if typeObjs[i].state == 2 { return }
        if typeObjs[i].state == 1 {
            if typeObjs[i].spec.isAlias {
                error(typeObjs[i].pos, "invalid recursive type alias \(typeObjs[i].name)")
                typeObjs[i].state = 2
            }
            return
        }
        typeObjs[i].state = 1
        let spec = typeObjs[i].spec
        if spec.isAlias {
            let t = typExpr(spec.type)
            typeObjs[i].type = t
            typeObjs[i].state = 2
            return
        }
        let named = typeObjs[i].type
        let u = typExpr(spec.type, defining: named)
        types.setUnderlying(named, u)
        typeObjs[i].state = 2
        if types.underlying(named) == Universe.invalid || types.underlying(named) == named {
            types.setUnderlying(named, Universe.invalid)
        }
        exprs[Int(spec.name.id)].type = named
        if let cycle = invalidRecursion(named, path: []) {
            error(spec.name.pos, "invalid recursive type \(spec.name.name)\n" + cycle)
            types.setUnderlying(named, Universe.invalid)
        }
    }

    /// Detects a named type that contains itself without indirection.
    func invalidRecursion(_ t: TypeID, path: [TypeID]) -> String? {
        var visiting: [TypeID] = []
        func contains(_ x: TypeID, depth: Int) -> Bool {
            if depth > 64 { return false }
            switch types[x] {
            case .named(let n):
                if x == t && depth > 0 { return true }
                if visiting.contains(x) { return false }
                visiting.append(x)
                defer { visiting.removeLast() }
                return contains(n.underlying, depth: depth + 1)
            case .array(let e, _): return contains(e, depth: depth + 1)
            case .structure(let fs): return fs.contains { contains($0.type, depth: depth + 1) }
            default: return false
            }
        }
        guard contains(t, depth: 0) else { return nil }
        let n = types.named(t)!
        return "\t\(file.fileName):\(n.pos.line):\(n.pos.col): \(n.name) refers to\n\t\(file.fileName):\(n.pos.line):\(n.pos.col): \(n.name)"
    }

    func resolveConst(_ i: Int) {
        if constObjs[i].state == 2 { return }
        if constObjs[i].state == 1 {
            error(constObjs[i].pos, "initialization cycle or invalid recursive reference to \(constObjs[i].name)")
            constObjs[i].state = 2
            return
        }
        constObjs[i].state = 1
        let body = {
            let saved = self.currentIota
            self.currentIota = self.constObjs[i].iota
            defer { self.currentIota = saved }
            var declType: TypeID? = nil
            if let te = self.constObjs[i].typeExpr {
                let t = self.typExpr(te)
                if t != Universe.invalid {
                    if let b = self.types.basicKind(t), !b.isUntyped, b != .unsafePointer {
                        declType = t
                    } else {
                        self.error(te.pos, "invalid constant type \(self.types.string(t))")
                    }
                }
            }
            guard let ve = self.constObjs[i].valueExpr else { return }
            var x = self.expr(ve)
            if x.mode == .invalid { return }
            if x.mode != .constant {
                self.error(ve.pos, "\(self.operandString(x)) is not constant")
                return
            }
            if let t = declType {
                self.assignment(&x, to: t, context: "constant declaration")
                if x.mode == .invalid { return }
            }
            self.constObjs[i].type = x.type
            self.constObjs[i].value = x.val
        }
        if constObjs[i].isLocal { body() } else { atPackageLevel(body) }
        constObjs[i].state = 2
    }

    func resolveGlobal(_ i: Int) {
        let first = globalObjs[i].specIndex
        if globalObjs[i].state == 2 { return }
        if globalObjs[i].state == 1 {
            // cmd/compile initorder: "initialization loop for a / a refers to / b refers to / a"
            let start = globalStack.firstIndex { globalObjs[$0].specIndex == first } ?? 0
            let cycle = Array(globalStack[start...])
            let head = globalObjs[cycle.first ?? i]
            var msg = "initialization loop for \(head.name)"
            for g in cycle { msg += "\n\t\(file.fileName):\(globalObjs[g].pos.line):\(globalObjs[g].pos.col): \(globalObjs[g].name) refers to" }
            msg += "\n\t\(file.fileName):\(head.pos.line):\(head.pos.col): \(head.name)"
            if !cycleReported { error(head.pos, msg) }
            cycleReported = true
            return
        }
        let spec = globalObjs[first].spec
        let n = spec.names.count
        for k in first..<(first + n) { globalObjs[k].state = 1 }
        globalStack.append(i)
        defer { globalStack.removeLast() }
        atPackageLevel {
            let savedG = depGlobals, savedF = depFuncs, savedC = collectingDeps
            depGlobals = []; depFuncs = []; collectingDeps = true
            let ts = checkVarSpec(spec, local: false)
            globalSpecDeps[first] = (depGlobals, depFuncs)
            depGlobals = savedG; depFuncs = savedF; collectingDeps = savedC
            var lhs: [GlobalID?] = []
            for k in 0..<n {
                let name = spec.names[k]
                globalObjs[first + k].type = ts[k]
                if name.isBlank {
                    lhs.append(nil)
                    exprs[Int(name.id)].ref = .blank
                } else {
                    let gid = GlobalID(Int32(globals.count))
                    globals.append(GlobalVar(name: name.name, type: ts[k], pos: name.pos, declIdent: name.id))
                    globalObjs[first + k].id = gid
                    exprs[Int(name.id)].ref = .global(gid)
                    lhs.append(gid)
                }
                exprs[Int(name.id)].type = ts[k]
                exprs[Int(name.id)].mode = .variable
                exprs[Int(name.id)].isDefinition = true
            }
            var steps: [InitStep] = []
            if spec.values.isEmpty {
                steps = [InitStep(lhs: lhs, rhs: nil)]
            } else if spec.values.count == n {
                for k in 0..<n { steps.append(InitStep(lhs: [lhs[k]], rhs: spec.values[k])) }
            } else {
                steps = [InitStep(lhs: lhs, rhs: spec.values[0])]
            }
            pendingInit.append((first, lhs, steps))
        }
        for k in first..<(first + n) { globalObjs[k].state = 2 }
    }

    /// (first globalObjs index, lhs, rhs steps) in declaration-check order.
    var pendingInit: [(Int, [GlobalID?], [InitStep])] = []

    // MARK: functions

    func collectFuncSignatures() {
        for (di, d) in file.decls.enumerated() {
            guard case .fn(let f) = d else { continue }
            if let recv = f.recv {
                collectMethod(f, recv: recv, declIndex: di)
                continue
            }
            let fid: FuncID
            if f.name.name == "init" {
                fid = initFuncs[initFuncs.firstIndex { funcs[Int($0.raw)].node == .decl(index: di) }!]
            } else if case .function(let id)? = exprs[Int(f.name.id)].ref {
                fid = id
            } else { continue }
            funcs[Int(fid.raw)].signature = funcSignature(f.type)
            funcs[Int(fid.raw)].variadic = types.signature(funcs[Int(fid.raw)].signature)?.variadic ?? false
            exprs[Int(f.name.id)].type = funcs[Int(fid.raw)].signature
            if f.body == nil {
                error(f.name.pos, "missing function body")
                continue
            }
            bodyQueue.append(fid)
        }
    }

    func collectMethod(_ f: FuncDecl, recv: FieldDecl, declIndex: Int) {
        // Receiver type: T or *T, T a named type declared in this package.
        var rt = recv.type
        var ptr = false
        while case .paren(let x) = rt.kind { rt = x }
        if case .star(let x) = rt.kind { ptr = true; rt = x }
        while case .paren(let x) = rt.kind { rt = x }
        guard case .ident(let tn) = rt.kind else {
            if case .index = rt.kind { unsupported("generic methods", rt.pos) } else {
                error(rt.pos, "invalid receiver type \(shortExprString(recv.type))")
            }
            return
        }
        var base = Universe.invalid
        if case .typeDecl(let ti)? = pkgScope[tn.name] {
            base = typeObjs[ti].type
            exprs[Int(tn.id)].ref = .typeName(base)
            exprs[Int(tn.id)].mode = .typeExpr
            exprs[Int(tn.id)].type = base
        } else if lookup(tn.name) != nil {
            error(recv.pos, "cannot define new methods on non-local type \(tn.name)")
            return
        } else {
            error(tn.pos, "undefined: \(tn.name)")
            return
        }
        guard let named = types.named(base) else {
            error(tn.pos, "invalid receiver type \(tn.name)")
            return
        }
        switch types.under(base) {
        case .pointer, .interface:
            error(tn.pos, "invalid receiver type \(tn.name) (pointer or interface type)")
            return
        default: break
        }
        let recvName = ptr ? "(*\(named.name))" : named.name
        let fid = newFunc(name: "main.\(recvName).\(f.name.name)", pos: f.pos, node: .decl(index: declIndex), parent: nil)
        let sig = funcSignature(f.type)
        funcs[Int(fid.raw)].signature = sig
        funcs[Int(fid.raw)].variadic = types.signature(sig)?.variadic ?? false
        exprs[Int(f.name.id)].ref = .function(fid)
        exprs[Int(f.name.id)].isDefinition = true
        exprs[Int(f.name.id)].type = sig
        if f.name.name != "_" {
            if let prev = named.methods.first(where: { $0.name == f.name.name }) {
                var other = Pos.none
                if case .user(let pf) = prev.target, case .decl(let pi) = funcs[Int(pf.raw)].node, case .fn(let pd) = file.decls[pi] {
                    other = pd.name.pos
                }
                error(f.name.pos, "\(named.name).\(f.name.name) redeclared in this block\n\t\(file.fileName):\(other.line):\(other.col): other declaration of \(f.name.name)")
            } else if case .structure(let fs) = types.under(base), fs.contains(where: { $0.name == f.name.name }) {
                error(f.name.pos, "field and method with the same name \(f.name.name)")
            } else {
                types.addMethod(base, MethodDecl(name: f.name.name, signature: sig, pointerReceiver: ptr, target: .user(fid)))
            }
        }
        if f.body == nil { error(f.name.pos, "missing function body"); return }
        bodyQueue.append(fid)
    }

    /// Type of a function signature (FuncTypeExpr → .function).
    func funcSignature(_ ft: FuncTypeExpr) -> TypeID {
        var params: [TypeID] = []
        var variadic = false
        for (gi, g) in ft.params.enumerated() {
            var te = g.type
            if case .ellipsis(let elem) = te.kind {
                if gi != ft.params.count - 1 || g.names.count > 1 {
                    error(te.pos, "can only use ... with final parameter in list")
                } else { variadic = true }
                te = elem
                let t = types.slice(typExpr(te))
                exprs[Int(g.type.id)].type = t
                exprs[Int(g.type.id)].mode = .typeExpr
                params.append(contentsOf: Array(repeating: t, count: max(1, g.names.count)))
                continue
            }
            let t = typExpr(te)
            params.append(contentsOf: Array(repeating: t, count: max(1, g.names.count)))
        }
        var results: [TypeID] = []
        for g in ft.results {
            if case .ellipsis = g.type.kind { error(g.type.pos, "can only use ... with final parameter in list") }
            let t = typExpr(g.type)
            results.append(contentsOf: Array(repeating: t, count: max(1, g.names.count)))
        }
        return types.function(params, results, variadic: variadic)
    }

    // MARK: initialization order (initorder.go)

    func computeInitOrder() {
        guard errors.isEmpty else { return }
        // Transitive dependencies of functions on globals.
        // Globals each function refers to, directly or through the functions
        // it refers to (memoised; a cycle contributes what is known so far).
        var memo: [FuncID: Set<Int>] = [:]
        func globalsOf(_ f: FuncID, _ visiting: inout Set<FuncID>) -> Set<Int> {
            if let d = memo[f] { return d }
            if visiting.contains(f) { return [] }
            visiting.insert(f)
            var out = Set<Int>()
            if let (gs, fs) = funcDeps[f] {
                out.formUnion(gs)
                for g in fs { out.formUnion(globalsOf(g, &visiting)) }
            }
            visiting.remove(f)
            memo[f] = out
            return out
        }
        // A variable whose initializer reaches itself through functions
        // (`var f = func() int { return g() }; func g() int { return f() }`):
        // cmd/compile's "initialization loop for f / f refers to / g refers to / f".
        for (first, _, _) in pendingInit.sorted(by: { $0.0 < $1.0 }) {
            guard let (_, fs) = globalSpecDeps[first], !fs.isEmpty else { continue }
            var seen = Set<FuncID>()
            func search(_ f: FuncID, _ path: [FuncID]) -> (Int, [FuncID])? {
                if seen.contains(f) { return nil }
                seen.insert(f)
                guard let (gs, next) = funcDeps[f] else { return nil }
                if let g = gs.first(where: { globalObjs[$0].specIndex == first }) { return (g, path + [f]) }
                for n in next { if let r = search(n, path + [f]) { return r } }
                return nil
            }
            for f in fs {
                guard let (g, path) = search(f, []) else { continue }
                let head = globalObjs[g]
                var msg = "initialization loop for \(head.name)"
                msg += "\n\t\(file.fileName):\(head.pos.line):\(head.pos.col): \(head.name) refers to"
                for pf in path {
                    let fi = funcs[Int(pf.raw)]
                    let short = fi.name.hasPrefix("main.") ? String(fi.name.dropFirst(5)) : fi.name
                    var at = fi.pos
                    if case .decl(let di) = fi.node, case .fn(let fd) = file.decls[di] { at = fd.name.pos }
                    msg += "\n\t\(file.fileName):\(at.line):\(at.col): \(short) refers to"
                }
                msg += "\n\t\(file.fileName):\(head.pos.line):\(head.pos.col): \(head.name)"
                error(head.pos, msg)
                return
            }
        }
        var specDeps: [Int: Set<Int>] = [:]
        for (first, _, _) in pendingInit {
            var d = Set<Int>()
            if let (gs, fs) = globalSpecDeps[first] {
                d.formUnion(gs.map { globalObjs[$0].specIndex })
                for f in fs {
                    var v = Set<FuncID>()
                    d.formUnion(globalsOf(f, &v).map { globalObjs[$0].specIndex })
                }
            }
            d.remove(first)
            specDeps[first] = d
        }
        // Repeatedly emit the earliest spec (declaration order) whose
        // dependencies are all initialized.
        let order = pendingInit.sorted { $0.0 < $1.0 }
        var done = Set<Int>()
        var remaining = order
        while !remaining.isEmpty {
            guard let k = remaining.firstIndex(where: { specDeps[$0.0]!.isSubset(of: done) }) else {
                let g = globalObjs[remaining[0].0]
                error(g.pos, "initialization cycle: \(g.name) refers to itself")
                return
            }
            let (first, _, steps) = remaining.remove(at: k)
            initOrder.append(contentsOf: steps)
            done.insert(first)
        }
    }
}
