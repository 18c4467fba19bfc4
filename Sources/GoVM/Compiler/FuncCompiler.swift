// Compiles one function body. Register layout of a frame:
//   [0, nparams)          parameters (receiver first); results are returned in [0, nresults)
//   [nparams, localsEnd)  every other local of the function (fixed registers) and,
//                         in a closure, one register per captured variable (its cell pointer)
//   [localsEnd, nregs)    temporaries (stack discipline per statement); a call's
//                         arguments sit at the top so the callee frame starts there.
// A local that escapes (address taken or captured) lives in a heap cell: its
// register holds the cell pointer (`.pointer(cell, 0)`), created by `new` at
// its declaration (so each loop iteration's `x := …` gets a fresh cell).
import GoFrontend
import GoRuntime

struct LoopCtx {
    var label: String?
    var isLoop: Bool          // for (continue allowed) vs switch/select (break only)
    var breaks: [Int] = []
    var continues: [Int] = []
    var continueTarget: Int = -1
}

final class FuncCompiler {
    unowned let c: Compiler
    let fid: FuncID?
    let info: FuncInfo?
    var proto: FuncProto
    var localReg: [Int32: Int32] = [:]
    var tempTop: Int32 = 0
    var localsEnd: Int32 = 0
    var maxReg: Int32 = 0
    var line: Int32 = 0
    var loops: [LoopCtx] = []
    var hasDefer = false
    var deferReturnJumps: [Int] = []
    var pendingLabel: String? = nil
    var fallthroughJumps: [Int] = []
    /// goto: each label's pc and the jumps waiting for it (patched at the end
    /// of the function; labels are function-scoped).
    var labelPCs: [String: Int] = [:]
    /// Calls already evaluated for the current statement (Hoist.swift): expr id → register.
    var hoisted: [NodeID: Int32] = [:]
    var gotoJumps: [(at: Int, label: String)] = []
    /// Compiling the place of a single (non-parallel) assignment.
    var singleAssign = false

    var cp: CheckedProgram { c.cp }
    var tt: TypeTable { c.cp.types }

    init(_ c: Compiler, _ fid: FuncID?) {
        self.c = c
        self.fid = fid
        self.info = fid.map { c.cp.funcs[Int($0.raw)] }
        self.proto = FuncProto(name: info?.name ?? "runtime.main")
    }

    // MARK: emission

    @discardableResult
    func emit(_ op: Op, _ a: Int32 = 0, _ b: Int32 = 0, _ cc: Int32 = 0, _ d: Int32 = 0) -> Int {
        proto.code.append(Instr(op, a, b, cc, d))
        proto.lines.append(line)
        return proto.code.count - 1
    }
    var pc: Int { proto.code.count }
    func patch(_ at: Int, to target: Int) { proto.code[at].a = Int32(target) }
    func aux(_ a: Aux) -> Int32 { proto.aux.append(a); return Int32(proto.aux.count - 1) }
    func konst(_ v: Value) -> Int32 { proto.consts.append(v); return Int32(proto.consts.count - 1) }

    func temp(_ n: Int32 = 1) -> Int32 {
        let r = tempTop
        tempTop += n
        if tempTop > maxReg { maxReg = tempTop }
        return r
    }
    func setLine(_ p: Pos) { if p.isValid { line = p.line } }

    func unsupported(_ p: Pos, _ m: String) -> CompileError {
        .unsupported(p, m)
    }

    // MARK: types

    func ty(_ e: Expr) -> TypeID { cp.exprs[Int(e.id)].type }
    func rt(_ t: TypeID) -> RTypeID { c.rtype(t) }
    func width(_ t: TypeID) -> Int32 { Int32(c.lowering.slots(t)) }
    func rkind(_ t: TypeID) -> RKind { c.lowering.kindOf(t) }
    func isIface(_ t: TypeID) -> Bool { tt.isInterface(t) }

    // MARK: function

    func compileFunction() throws {
        guard let info = info, let fid = fid else { return }
        setLine(info.pos)
        proto.line = info.pos.line
        // Registers for params (receiver first), then everything else.
        var params: [LocalID] = []
        if let r = info.receiver { params.append(r) }
        params += info.params
        var next: Int32 = 0
        for p in params { localReg[p.raw] = next; next += 1 }
        proto.nparams = next
        proto.nresults = Int32(info.results.count)
        for l in info.locals where localReg[l.raw] == nil { localReg[l.raw] = next; next += 1 }
        for r in info.results where localReg[r.raw] == nil { localReg[r.raw] = next; next += 1 }
        for cap in info.captures where localReg[cap.raw] == nil { localReg[cap.raw] = next; next += 1 }
        localsEnd = next
        tempTop = next
        maxReg = next
        // Prologue: captured cells, boxed params, zeroed results.
        for (i, cap) in info.captures.enumerated() { emit(.ldcap, localReg[cap.raw]!, Int32(i)) }
        for p in params where cp.locals[Int(p.raw)].escapes { boxInPlace(p) }
        for r in info.results { declareLocal(r, zero: true) }
        // Body.
        let body: Block
        switch info.node {
        case .decl(let i):
            guard case .fn(let fd) = cp.file.decls[i], let b = fd.body else { return }
            body = b
        case .literal(let id):
            guard let b = findFuncLit(id) else { return }
            body = b
        }
        hasDefer = containsDefer(body.stmts)
        try block(body.stmts)
        for g in gotoJumps {
            guard let target = labelPCs[g.label] else { throw unsupported(body.lbrace, "goto: label \(g.label) not found") }
            patch(g.at, to: target)
        }
        setLine(body.rbrace)
        // Falling off the end: a function without results returns.
        if info.results.isEmpty {
            emitReturnSequence()
        } else {
            emit(.unreachable)
        }
        if hasDefer {
            let drp = pc
            for j in deferReturnJumps { patch(j, to: drp) }
            proto.deferReturnPC = Int32(drp)
            emit(.retdefers)
            loadResultsAndRet()
        }
        _ = fid
        proto.nregs = maxReg + 1
    }

    /// Emit what `return` does after the results are in the result variables.
    func emitReturnSequence() {
        if hasDefer {
            deferReturnJumps.append(emit(.jmp, 0))
        } else {
            loadResultsAndRet()
        }
    }

    func loadResultsAndRet() {
        guard let info = info else { emit(.ret); return }
        for (k, r) in info.results.enumerated() {
            let reg = localReg[r.raw]!
            if cp.locals[Int(r.raw)].escapes {
                emit(.load, Int32(k), reg, width(cp.locals[Int(r.raw)].type))
            } else if reg != Int32(k) {
                emit(.move, Int32(k), reg)
            }
        }
        emit(.ret)
    }

    /// A param that escapes: move its value into a fresh heap cell.
    func boxInPlace(_ l: LocalID) {
        let lv = cp.locals[Int(l.raw)]
        let reg = localReg[l.raw]!
        let t = temp()
        emit(.new, t, rt(lv.type))
        emit(.store, t, reg, width(lv.type))
        emit(.move, reg, t)
        tempTop -= 1
    }

    /// Declaration point of a local: a fresh cell if it escapes, else (when
    /// `zero`) its zero value.
    func declareLocal(_ l: LocalID, zero: Bool) {
        let lv = cp.locals[Int(l.raw)]
        guard let reg = localReg[l.raw] else { return }
        if lv.escapes {
            emit(.new, reg, rt(lv.type))
        } else if zero {
            emitZero(reg, lv.type)
        }
    }

    func emitZero(_ reg: Int32, _ t: TypeID) {
        switch rkind(t) {
        case .struct, .array: emit(.loadzero, reg, rt(t))
        case .string: emit(.loadk, reg, konst(.string(GoString())))
        case .bool: emit(.loadbool, reg, 0)
        case .float32, .float64: emit(.loadk, reg, konst(.float(0)))
        case .pointer, .slice, .map, .chan, .func, .interface, .untypedNil, .unsafePointer: emit(.loadnil, reg)
        default: emit(.loadi, reg, 0)
        }
    }

    func findFuncLit(_ id: NodeID) -> Block? {
        var found: Block? = nil
        func visitE(_ e: Expr) {
            if found != nil { return }
            if e.id == id, case .funcLit(_, let b) = e.kind { found = b; return }
            forEachChild(e, visitE, visitS)
        }
        func visitS(_ s: Stmt) {
            if found != nil { return }
            forEachChildStmt(s, visitE, visitS)
        }
        for d in cp.file.decls {
            switch d {
            case .fn(let fd): if let b = fd.body { b.stmts.forEach(visitS) }
            case .gen(let g): genDeclExprs(g).forEach(visitE)
            }
        }
        return found
    }

    func containsDefer(_ stmts: [Stmt]) -> Bool {
        var found = false
        func visitS(_ s: Stmt) {
            if found { return }
            if case .defer = s.kind { found = true; return }
            forEachChildStmt(s, { _ in }, visitS)
        }
        stmts.forEach(visitS)
        return found
    }

    // MARK: runtime.main (package initialisation)

    func compileInit() throws {
        localsEnd = 0; tempTop = 0; maxReg = 0
        for step in cp.initOrder {
            let save = tempTop
            if let rhs = step.rhs {
                setLine(rhs.pos)
                if step.lhs.count == 1 {
                    let r = expr(rhs)
                    if let g = step.lhs[0] { storeGlobal(g, coerce(r, from: ty(rhs), to: cp.globals[Int(g.raw)].type)) }
                } else {
                    let base = exprMulti(rhs, count: step.lhs.count)
                    let types = tt.tupleTypes(ty(rhs))
                    for (i, g) in step.lhs.enumerated() {
                        if let g = g { storeGlobal(g, coerce(base + Int32(i), from: types[i], to: cp.globals[Int(g.raw)].type)) }
                    }
                }
            }
            tempTop = save
        }
        for f in cp.initFuncs {
            let base = temp()
            emit(.call, base, f.raw)
            tempTop = base
        }
        let base = temp()
        emit(.call, base, cp.mainFunc.raw)
        emit(.ret)
        proto.nregs = maxReg + 1
    }

    func storeGlobal(_ g: GlobalID, _ r: Int32) {
        let (slot, w) = c.globalSlot[g.raw]!
        emit(.stglobal, r, slot, w)
    }
}

// MARK: AST walking helpers

func genDeclExprs(_ g: GenDecl) -> [Expr] {
    var out: [Expr] = []
    for s in g.specs { if case .value(let v) = s { out += v.values } }
    return out
}

func forEachChild(_ e: Expr, _ fe: (Expr) -> Void, _ fs: (Stmt) -> Void) {
    switch e.kind {
    case .compositeLit(_, let els, _): els.forEach(fe)
    case .funcLit(_, let b): b.stmts.forEach(fs)
    case .paren(let x): fe(x)
    case .selector(let x, _): fe(x)
    case .index(let x, let i): fe(x); fe(i)
    case .slice(let x, let l, let h, let m, _): fe(x); l.map(fe); h.map(fe); m.map(fe)
    case .typeAssert(let x, _): fe(x)
    case .call(let f, let args, _, _): fe(f); args.forEach(fe)
    case .star(let x): fe(x)
    case .unary(_, let x): fe(x)
    case .binary(_, let x, let y, _): fe(x); fe(y)
    case .keyValue(let k, let v): fe(k); fe(v)
    default: break
    }
}

func forEachChildStmt(_ s: Stmt, _ fe: (Expr) -> Void, _ fs: (Stmt) -> Void) {
    switch s.kind {
    case .decl(let g): genDeclExprs(g).forEach(fe)
    case .labeled(_, let st): fs(st)
    case .expr(let e): fe(e)
    case .send(let ch, let v): fe(ch); fe(v)
    case .incDec(let e, _): fe(e)
    case .assign(let l, _, let r): l.forEach(fe); r.forEach(fe)
    case .go(let e), .defer(let e): fe(e)
    case .return(let es): es.forEach(fe)
    case .block(let b): b.stmts.forEach(fs)
    case .if(let i, let c, let t, let e): i.map(fs); fe(c); t.stmts.forEach(fs); e.map(fs)
    case .switch(let i, let t, let cl, _):
        i.map(fs); t.map(fe)
        for c in cl { c.list?.forEach(fe); c.body.forEach(fs) }
    case .typeSwitch(let i, _, let g, let cl, _):
        i.map(fs); fe(g)
        for c in cl { c.body.forEach(fs) }
    case .select(let cl, _):
        for c in cl { c.comm.map(fs); c.body.forEach(fs) }
    case .for(let i, let c, let p, let b): i.map(fs); c.map(fe); p.map(fs); b.stmts.forEach(fs)
    case .range(let k, let v, _, let x, let b): k.map(fe); v.map(fe); fe(x); b.stmts.forEach(fs)
    default: break
    }
}
