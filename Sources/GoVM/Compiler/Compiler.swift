// The compiler: checked AST → bytecode `Program`. One `FuncCompiler` per
// function (declarations and literals share the checker's FuncID numbering:
// FuncIndex == FuncID.raw); synthesized functions (runtime.main's package
// initialisation, method-value wrappers) are appended after them.
import GoFrontend
import GoRuntime

public enum CompileError: Error, CustomStringConvertible {
    case unsupported(Pos, String)
    public var description: String {
        switch self {
        case .unsupported(let p, let m): return "\(p.line):\(p.col): \(m)"
        }
    }
}

public final class Compiler {
    let cp: CheckedProgram
    var lowering: TypeLowering
    var prog = Program()
    /// Global → (first slot, width).
    var globalSlot: [Int32: (Int32, Int32)] = [:]
    /// FuncNode literal id → FuncID.
    var literalFunc: [NodeID: FuncID] = [:]
    /// Wrappers for method values, keyed by (method fn, pointer receiver).
    var methodWrappers: [String: FuncIndex] = [:]
    var errors: [CompileError] = []

    public init(_ cp: CheckedProgram) {
        self.cp = cp
        self.lowering = TypeLowering(cp.types)
    }

    /// Compile the whole program.
    public static func compile(_ cp: CheckedProgram, fileName: String) throws -> Program {
        let c = Compiler(cp)
        c.prog.fileName = fileName
        try c.run()
        return c.prog
    }

    func rtype(_ t: TypeID) -> RTypeID { lowering.lower(t) }

    func run() throws {
        // Special runtime types.
        // The runtime's error types (runtime/error.go): each holds its message.
        func runtimeErrorType(_ name: String) -> RTypeID {
            lowering.table.add(RType(kind: .string, name: name, named: true,
                methods: [RMethod(name: "Error", fn: -Int32(libRuntimeErrorMethod) - 1, pointerReceiver: false),
                          RMethod(name: "RuntimeError", fn: -Int32(libRuntimeErrorMethod) - 1, pointerReceiver: false)],
                size: 16, align: 8, slotCount: 1, ptrdata: 8))
        }
        prog.runtimeErrorType = runtimeErrorType("runtime.errorString")
        prog.boundsErrorType = runtimeErrorType("runtime.boundsError")
        prog.plainErrorType = runtimeErrorType("runtime.plainError")
        prog.typeAssertionErrorType = runtimeErrorType("*runtime.TypeAssertionError")
        prog.errorType = rtype(Universe.error)
        if let es = cp.libTypes[.errorString] { prog.errorStringPtrType = lowering.syntheticPointer(to: es) }
        prog.namedTypes["[]string"] = lowering.syntheticSlice(of: Universe.string)
        prog.namedTypes["[]int"] = lowering.syntheticSlice(of: Universe.int)
        if let t = cp.libTypes[.timer] { prog.namedTypes["time.Timer"] = rtype(t) }
        if let t = cp.libTypes[.memStats] { prog.namedTypes["runtime.MemStats"] = rtype(t) }
        if let t = cp.libTypes[.wrapError] { prog.namedTypes["*fmt.wrapError"] = lowering.syntheticPointer(to: t) }
        // (confR) strconv errors carry their Go type even when the program never names it.
        if let t = cp.libTypes[.numError] { prog.namedTypes["*strconv.NumError"] = lowering.syntheticPointer(to: t) }
        // Globals: flattened slots in the globals object.
        var slot: Int32 = 0
        for (i, g) in cp.globals.enumerated() {
            let w = Int32(lowering.slots(g.type))
            globalSlot[Int32(i)] = (slot, w)
            prog.globalNames.append((g.name, Int(slot), rtype(g.type)))
            slot += w
        }
        prog.globalSlots = Int(slot)
        for (i, f) in cp.funcs.enumerated() {
            if case .literal(let id) = f.node { literalFunc[id] = FuncID(Int32(i)) }
        }
        // Placeholders so indices line up.
        prog.funcs = cp.funcs.map { FuncProto(name: $0.name) }
        for i in cp.funcs.indices {
            let fc = FuncCompiler(self, FuncID(Int32(i)))
            try fc.compileFunction()
            prog.funcs[i] = fc.proto
        }
        prog.mainFunc = cp.mainFunc.raw
        prog.initFunc = try compileRuntimeMain()
        while let (rid, mi, t, name, sel) = lowering.pendingPromoted.popLast() {
            let w = promotedWrapper(t, name, sel)
            lowering.table.types[Int(rid)].methods[mi].fn = w
        }
        prog.types = lowering.table
        if let e = errors.first { throw e }
    }

    /// runtime.main's part that runs package initialisation (var
    /// initialisers in dependency order, then each init()), then main.main.
    func compileRuntimeMain() throws -> FuncIndex {
        let fc = FuncCompiler(self, nil)
        fc.proto.name = "runtime.main"
        try fc.compileInit()
        prog.funcs.append(fc.proto)
        return FuncIndex(prog.funcs.count - 1)
    }

    /// A wrapper `func(args…) { return recv.M(args…) }` for a bound method
    /// value; the receiver is the closure's slot 0.
    func methodWrapper(fn: FuncIndex, sig: Signature, isLib: Bool) -> FuncIndex {
        let key = "\(fn)/\(isLib)"
        if let w = methodWrappers[key] { return w }
        var p = FuncProto(name: (fn >= 0 && Int(fn) < cp.funcs.count ? cp.funcs[Int(fn)].name : "lib") + "-fm")
        let np = Int32(sig.params.count)
        let nres = Int32(sig.results.count)
        p.nparams = np
        p.nresults = nres
        // regs: params 0..<np; call area at np: recv, params…
        let base = np
        p.code.append(Instr(.ldcap, base, 0)); p.lines.append(0)
        for i in 0..<np { p.code.append(Instr(.move, base + 1 + i, i)); p.lines.append(0) }
        if isLib {
            p.aux.append(.lib(id: UInt16(-fn - 1), nargs: np + 1, nres: nres))
            p.code.append(Instr(.calllib, base, Int32(p.aux.count - 1))); p.lines.append(0)
        } else {
            p.code.append(Instr(.call, base, fn)); p.lines.append(0)
        }
        for i in 0..<nres { p.code.append(Instr(.move, i, base + i)); p.lines.append(0) }
        p.code.append(Instr(.ret)); p.lines.append(0)
        p.nregs = base + 1 + max(np, nres) + 1
        prog.funcs.append(p)
        let idx = FuncIndex(prog.funcs.count - 1)
        methodWrappers[key] = idx
        return idx
    }

    /// A wrapper for a method promoted through embedded fields: receives the
    /// outer value (or pointer), walks the embedding path, calls the method.
    func promotedWrapper(_ t: TypeID, _ name: String, _ sel: MethodSelection) -> FuncIndex {
        let fc = FuncCompiler(self, nil)
        fc.proto.name = cp.types.string(t, qualify: true).replacingOccurrences(of: "*", with: "") + "." + name
        let sig = cp.types.signature(sel.method.signature)
        let np = Int32(sig?.params.count ?? 0)
        let nres = Int32(sig?.results.count ?? 0)
        fc.proto.nparams = np + 1
        fc.proto.nresults = nres
        fc.localsEnd = np + 1; fc.tempTop = np + 1; fc.maxReg = np + 1
        let p = fc.applySteps(.reg(0), t, sel.path, skipFirstDeref: false)
        let recv: Int32
        switch sel.adjust {
        case .addressOf: recv = fc.addressOfPlace(p)
        case .deref:
            let v = fc.loadPlace(p)
            recv = fc.temp()
            fc.emit(.load, recv, v, fc.width(sel.recvType))
        case .none: recv = fc.loadPlace(p)
        }
        let base = fc.temp(np + 1 + max(nres, 1))
        fc.emit(.move, base, recv)
        for i in 0..<np { fc.emit(.move, base + 1 + i, 1 + i) }
        switch sel.method.target {
        case .user(let f): fc.emit(.call, base, f.raw)
        case .lib(let l): fc.emit(.calllib, base, fc.aux(.lib(id: l.rawValue, nargs: np + 1, nres: nres)))
        case .embeddedInterface: fc.emit(.calli, base, fc.aux(.method(name: sel.method.name, nargs: np + 1, nres: nres)))
        }
        for i in 0..<nres { fc.emit(.move, i, base + i) }
        fc.emit(.ret)
        fc.proto.nregs = fc.maxReg + 1
        prog.funcs.append(fc.proto)
        return FuncIndex(prog.funcs.count - 1)
    }
}
