// Runtime-visible instructions: go statements (newproc), channel
// operations and select (chansend/chanrecv/closechan/selectgo), and how a
// parked instruction completes when its G runs again (takeWakeResult).
import GoRuntime

extension Interpreter {
    /// `go f(args)`: build the new G's first frame, then `newproc`.
    func goStatement(_ st: inout GState, _ ins: Instr, fi: Int, bp: Int) -> Value? {
        guard case .deferCall(let target, let base, let nargs) = auxs[fi][Int(ins.a)] else { return nil }
        var args: [Value] = []
        for k in 0..<Int(nargs) { args.append(st.stack[bp + Int(base) + k]) }
        var fn: FuncIndex, clo = ObjRef.none
        switch target {
        case .fn(let f): fn = f
        case .value:
            guard case .fn(let f, let c) = args[0] else {
                return nil  // go of nil func value: fatal in Go
            }
            fn = f; clo = c; args.removeFirst()
        case .imethod(let name):
            guard let m = resolveMethod(args[0], name: name) else { return nilDeref() }
            switch m {
            case .user(let f, let recv): fn = f; args[0] = recv
            case .lib: return nil
            }
        case .lib, .builtin:
            return nil
        }
        var ng = GState(goid: 0)
        pushEntryFrame(&ng, fn: fn, args: args, closure: clo)
        let here = tracebackFrames(st, limit: 1).first
        ng.createdBy = (here?.fn ?? "main.main", here?.line ?? 0)
        let g = rt.newproc(startFunction: fn, name: prog.funcs[Int(fn)].name, creator: curG)
        ensureSlot(g)
        ng.goid = rt.goid(g)
        gstates[g.index] = ng
        extraCost &+= 50
        return nil
    }

    func chanOp(_ st: inout GState, _ ins: Instr, fi: Int, bp: Int) -> ChanOpResult {
        @inline(__always) func R(_ r: Int32) -> Int { bp + Int(r) }
        func cid(_ v: Value) -> ChanID { if case .chan(let c) = v { return ChanID(raw: c) }; return .nilChan }
        switch ins.op {
        case .mkchan:
            let t = prog.types[ins.c]
            let et = t.elem
            let size = int(st.stack[R(ins.b)])
            guard let c = rt.makechan(elemType: prog.types[et].name, elemSize: prog.types[et].size, size: Int(size),
                                      zero: prog.types.zero(et), line: currentLine(st)) else {
                return .raise(plainError("makechan: size out of range"))
            }
            chargeAlloc(96 + Int(size) * prog.types[et].size, noscan: false)
            st.stack[R(ins.a)] = .chan(c.raw)
        case .send:
            switch rt.chansend(cid(st.stack[R(ins.a)]), st.stack[R(ins.b)], block: true) {
            case .completed, .wouldBlock: break
            case .parked:
                st.resume = .send
                return .stop(.parked)
            case .panic(let m): return .raise(plainError(m))
            }
        case .recv, .recv2:
            switch rt.chanrecv(cid(st.stack[R(ins.b)]), block: true) {
            case .completed(let v, let ok):
                st.stack[R(ins.a)] = v
                if ins.op == .recv2 { st.stack[R(ins.a) + 1] = .bool(ok) }
            case .wouldBlock: break
            case .parked:
                st.resume = .recv(reg: Int32(R(ins.a)), withOK: ins.op == .recv2)
                return .stop(.parked)
            }
        case .close:
            let c = cid(st.stack[R(ins.a)])
            if c.isNil { return .raise(plainError("close of nil channel")) }
            if let m = rt.closechan(c) { return .raise(plainError(m)) }
        case .select:
            guard case .select(let cases, let hasDefault) = auxs[fi][Int(ins.b)] else { return .proceed }
            // The cases in a temporary buffer (no array per select).
            let n = cases.count
            let result = withUnsafeTemporaryAllocation(of: SelectCase.self, capacity: max(n, 1)) { buf -> SelectResult in
                let base = buf.baseAddress!
                for k in 0..<n {
                    let c = cases[k]
                    let ch = cid(st.stack[R(c.chanReg)])
                    (base + k).initialize(to: c.isSend ? SelectCase(send: ch, st.stack[R(c.valueReg)]) : SelectCase(recv: ch))
                }
                defer { base.deinitialize(count: n) }
                return rt.selectgo(cases: UnsafeBufferPointer(start: base, count: n), hasDefault: hasDefault)
            }
            switch result {
            case .chosen(let i, let v, let ok):
                st.stack[R(ins.a)] = .int(Int64(i))
                st.stack[R(ins.a) + 1] = v
                st.stack[R(ins.a) + 2] = .bool(ok)
            case .defaultCase:
                st.stack[R(ins.a)] = .int(-1)
            case .parked:
                st.resume = .select(reg: Int32(R(ins.a)))
                return .stop(.parked)
            case .panic(let m): return .raise(plainError(m))
            }
        default: break
        }
        return .proceed
    }

    /// The G runs again after parking: complete the parked instruction.
    func completeResume(_ st: inout GState) -> RunStop? {
        let r = st.resume
        st.resume = .none
        switch r {
        case .none, .nothing, .lib: return nil
        case .recv(let reg, let withOK):
            let (v, ok) = rt.takeRecvResult(curG)
            st.stack[Int(reg)] = v
            if withOK { st.stack[Int(reg) + 1] = .bool(ok) }
        case .send:
            if let p = rt.takeSendResult(curG) { return gopanic(&st, plainError(p)) }
        case .select(let reg):
            let w = rt.takeWakeResult(curG)
            if let p = w.panic { return gopanic(&st, plainError(p)) }
            st.stack[Int(reg)] = .int(Int64(w.caseIndex))
            st.stack[Int(reg) + 1] = w.value
            st.stack[Int(reg) + 2] = .bool(w.ok)
        }
        return nil
    }

    func chanLen(_ c: UInt32) -> Int { rt?.chanlen(ChanID(raw: c)) ?? 0 }
    func chanCap(_ c: UInt32) -> Int { rt?.chancap(ChanID(raw: c)) ?? 0 }

    /// The simulated stack grew (`newstack` in Values.swift doubled
    /// `st.stackSize` until the frames fit): the runtime's newstack tail
    /// (`copystack`) makes the G's stack the same size, charges the copy of
    /// the used bytes and logs the `stackGrowth` event.
    func stackGrew(_ st: inout GState) {
        if rt == nil || curG.isNone { return }  // run without a runtime (tests)
        rt.copystack(to: st.stackSize, used: st.stackUsed)
    }
}
