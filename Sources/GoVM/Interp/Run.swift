// The interpreter loop: runs one G's frames for a budget of instructions.
// Calls, returns, defers and panics manipulate `GState.frames`; the host
// stack never grows with Go calls (except nested library callbacks).
import GoRuntime

extension Interpreter {
    @inline(__always) func int(_ v: Value) -> Int64 { if case .int(let x) = v { return x }; return 0 }

    /// Run `st` until the budget (in instructions) is used, or it parks/exits.
    func run(_ st: inout GState, budget: Int64, used: inout Int64) -> RunStop {
        if case .none = st.resume {} else {
            if let stop = completeResume(&st) { return stop }
        }
        if st.frames.isEmpty { return .exited }
        let limit = max(1, budget / nsPerInstr)
        var n: Int64 = 0
        var fr = st.frames[st.frames.count - 1]
        var fi = Int(fr.fn)
        var pc = Int(fr.pc)
        var bp = Int(fr.bp)
        var code = codeBase + codeStart[fi]
        var regs = st.stack.p

        @inline(__always) func R(_ r: Int32) -> Int { bp &+ Int(r) }
        // `chk`: the last instruction may have allocated, called the runtime or
        // the library (so a park request, a heap fault or extra cost may be
        // pending); pure instructions skip those checks.
        var chk = false
        var calls: Int64 = 0
        defer { extraCost &+= calls &* 2 }

        while true {
            if n >= limit || (chk && (extraCost &+ calls &* 2 >= budget || parkRequested)) {
                st.frames[st.frames.count - 1].pc = Int32(pc)
                used = n
                if parkRequested {
                    parkRequested = false
                    if let f = faulted { return heapFaultStop(&st, f) }
                    if rt.gcMustPark { st.resume = .nothing; return .parked }
                }
                return .budget
            }
            chk = false
            let ins = code[pc]
            pc &+= 1
            n &+= 1
            var raise: Value? = nil
            switch ins.op {
            case .nop: break
            case .move: copyReg(regs + R(ins.a), regs + R(ins.b))
            case .loadk: setReg(regs + R(ins.a), prog.funcs[fi].consts[Int(ins.b)])
            case .loadi: setReg(regs + R(ins.a), .int(Int64(ins.b)))
            case .loadnil: setReg(regs + R(ins.a), .nil)
            case .loadzero: setReg(regs + R(ins.a), prog.types.zero(ins.b))
            case .loadbool: setReg(regs + R(ins.a), .bool(ins.b != 0))
            case .ldglobal:
                setReg(regs + R(ins.a), ins.c == 1 ? heap.load(globals, Int(ins.b)) : .agg(heap.loadN(globals, Int(ins.b), Int(ins.c))))
            case .stglobal:
                let v = regs[R(ins.a)]
                if ins.c == 1 { heapStore(globals, Int(ins.b), v) } else { heapStoreN(globals, Int(ins.b), v.slots) }
            case .gaddr: setReg(regs + R(ins.a), .pointer(globals, UInt32(ins.b)))

            // ---- integers
            case .add: setReg(regs + R(ins.a), .int(int(regs[R(ins.b)]) &+ int(regs[R(ins.c)])))
            case .sub: setReg(regs + R(ins.a), .int(int(regs[R(ins.b)]) &- int(regs[R(ins.c)])))
            case .mul: setReg(regs + R(ins.a), .int(int(regs[R(ins.b)]) &* int(regs[R(ins.c)])))
            case .addi: setReg(regs + R(ins.a), .int(int(regs[R(ins.b)]) &+ Int64(ins.c)))
            case .div, .rem:
                let x = int(regs[R(ins.b)]), y = int(regs[R(ins.c)])
                if y == 0 { raise = runtimeError("integer divide by zero"); break }
                if ins.op == .div {
                    setReg(regs + R(ins.a), .int(x.dividedReportingOverflow(by: y).partialValue))
                } else {
                    setReg(regs + R(ins.a), .int(x.remainderReportingOverflow(dividingBy: y).partialValue))
                }
            case .udiv, .urem:
                let x = UInt64(bitPattern: int(regs[R(ins.b)])), y = UInt64(bitPattern: int(regs[R(ins.c)]))
                if y == 0 { raise = runtimeError("integer divide by zero"); break }
                setReg(regs + R(ins.a), .int(Int64(bitPattern: ins.op == .udiv ? x / y : x % y)))
            case .and: setReg(regs + R(ins.a), .int(int(regs[R(ins.b)]) & int(regs[R(ins.c)])))
            case .or: setReg(regs + R(ins.a), .int(int(regs[R(ins.b)]) | int(regs[R(ins.c)])))
            case .xor: setReg(regs + R(ins.a), .int(int(regs[R(ins.b)]) ^ int(regs[R(ins.c)])))
            case .andnot: setReg(regs + R(ins.a), .int(int(regs[R(ins.b)]) & ~int(regs[R(ins.c)])))
            case .shl, .shr, .ushr:
                let x = int(regs[R(ins.b)]), s = int(regs[R(ins.c)])
                if s < 0 { raise = runtimeError("negative shift amount"); break }
                let r: Int64
                switch ins.op {
                case .shl: r = s >= 64 ? 0 : x << s
                case .shr: r = s >= 64 ? (x < 0 ? -1 : 0) : x >> s
                default: r = s >= 64 ? 0 : Int64(bitPattern: UInt64(bitPattern: x) >> UInt64(s))
                }
                setReg(regs + R(ins.a), .int(r))
            case .neg: setReg(regs + R(ins.a), .int(0 &- int(regs[R(ins.b)])))
            case .com: setReg(regs + R(ins.a), .int(~int(regs[R(ins.b)])))
            case .trunc:
                setReg(regs + R(ins.a), .int(truncInt(int(regs[R(ins.b)]), RKind(rawValue: UInt8(ins.c))!)))

            // ---- floats
            case .fadd: setReg(regs + R(ins.a), .float(regs[R(ins.b)].f + regs[R(ins.c)].f))
            case .fsub: setReg(regs + R(ins.a), .float(regs[R(ins.b)].f - regs[R(ins.c)].f))
            case .fmul: setReg(regs + R(ins.a), .float(regs[R(ins.b)].f * regs[R(ins.c)].f))
            case .fdiv: setReg(regs + R(ins.a), .float(regs[R(ins.b)].f / regs[R(ins.c)].f))
            case .fneg: setReg(regs + R(ins.a), .float(-regs[R(ins.b)].f))
            case .f32: setReg(regs + R(ins.a), .float(Double(Float(regs[R(ins.b)].f))))
            case .i2f: setReg(regs + R(ins.a), .float(Double(int(regs[R(ins.b)]))))
            case .u2f: setReg(regs + R(ins.a), .float(Double(UInt64(bitPattern: int(regs[R(ins.b)])))))
            case .f2i:
                let d = regs[R(ins.b)].f
                let k = RKind(rawValue: UInt8(ins.c))!
                var r: Int64
                if d.isNaN { r = Int64.min } else if k.isUnsigned && d >= 9.223372036854775807e18 {
                    r = d >= 1.8446744073709552e19 ? Int64.min : Int64(bitPattern: UInt64(d))
                } else if d >= 9.223372036854775807e18 || d < -9.223372036854775808e18 { r = Int64.min } else { r = Int64(d) }
                setReg(regs + R(ins.a), .int(truncInt(r, k)))
            case .i2s:
                setReg(regs + R(ins.a), .string(GoString(utf8Encode(int(regs[R(ins.b)])))))
            case .s2bytes:
                let s = regs[R(ins.b)].str
                setReg(regs + R(ins.a), allocSlice(s.bytes.map { .int(Int64($0)) }, type: ins.c))
            case .bytes2s:
                let vs = sliceElems(regs[R(ins.b)], width: 1)
                setReg(regs + R(ins.a), .string(GoString(vs.map { UInt8(truncatingIfNeeded: int($0)) })))
            case .s2runes:
                let s = regs[R(ins.b)].str
                setReg(regs + R(ins.a), allocSlice(decodeRunes(s.bytes).map { .int(Int64($0)) }, type: ins.c))
            case .runes2s:
                let vs = sliceElems(regs[R(ins.b)], width: 1)
                var out: [UInt8] = []
                for v in vs { out += utf8Encode(int(v)) }
                setReg(regs + R(ins.a), .string(GoString(out)))

            // ---- comparisons
            case .eq, .ne:
                if let e = uncomparableError(regs[R(ins.b)], regs[R(ins.c)]) { raise = e; break }
                setReg(regs + R(ins.a), .bool((regs[R(ins.b)] == regs[R(ins.c)]) == (ins.op == .eq)))
            case .lt: setReg(regs + R(ins.a), .bool(int(regs[R(ins.b)]) < int(regs[R(ins.c)])))
            case .le: setReg(regs + R(ins.a), .bool(int(regs[R(ins.b)]) <= int(regs[R(ins.c)])))
            case .gt: setReg(regs + R(ins.a), .bool(int(regs[R(ins.b)]) > int(regs[R(ins.c)])))
            case .ge: setReg(regs + R(ins.a), .bool(int(regs[R(ins.b)]) >= int(regs[R(ins.c)])))
            case .ult: setReg(regs + R(ins.a), .bool(UInt64(bitPattern: int(regs[R(ins.b)])) < UInt64(bitPattern: int(regs[R(ins.c)]))))
            case .ule: setReg(regs + R(ins.a), .bool(UInt64(bitPattern: int(regs[R(ins.b)])) <= UInt64(bitPattern: int(regs[R(ins.c)]))))
            case .ugt: setReg(regs + R(ins.a), .bool(UInt64(bitPattern: int(regs[R(ins.b)])) > UInt64(bitPattern: int(regs[R(ins.c)]))))
            case .uge: setReg(regs + R(ins.a), .bool(UInt64(bitPattern: int(regs[R(ins.b)])) >= UInt64(bitPattern: int(regs[R(ins.c)]))))
            case .flt: setReg(regs + R(ins.a), .bool(regs[R(ins.b)].f < regs[R(ins.c)].f))
            case .fle: setReg(regs + R(ins.a), .bool(regs[R(ins.b)].f <= regs[R(ins.c)].f))
            case .fgt: setReg(regs + R(ins.a), .bool(regs[R(ins.b)].f > regs[R(ins.c)].f))
            case .fge: setReg(regs + R(ins.a), .bool(regs[R(ins.b)].f >= regs[R(ins.c)].f))
            case .slt: setReg(regs + R(ins.a), .bool(regs[R(ins.b)].str < regs[R(ins.c)].str))
            case .sle: setReg(regs + R(ins.a), .bool(!(regs[R(ins.c)].str < regs[R(ins.b)].str)))
            case .sgt: setReg(regs + R(ins.a), .bool(regs[R(ins.c)].str < regs[R(ins.b)].str))
            case .sge: setReg(regs + R(ins.a), .bool(!(regs[R(ins.b)].str < regs[R(ins.c)].str)))
            case .not: setReg(regs + R(ins.a), .bool(!regs[R(ins.b)].b))

            // ---- control flow
            case .jmp: pc = Int(ins.a)
            case .jt: if regs[R(ins.b)].b { pc = Int(ins.a) }
            case .jf: if !regs[R(ins.b)].b { pc = Int(ins.a) }
            case .jlt: if int(regs[R(ins.b)]) < int(regs[R(ins.c)]) { pc = Int(ins.a) }
            case .jge: if int(regs[R(ins.b)]) >= int(regs[R(ins.c)]) { pc = Int(ins.a) }
            case .jlti: if int(regs[R(ins.b)]) < Int64(ins.c) { pc = Int(ins.a) }
            case .jgei: if int(regs[R(ins.b)]) >= Int64(ins.c) { pc = Int(ins.a) }
            case .jnil: if regs[R(ins.b)].isNil { pc = Int(ins.a) }
            case .jnotnil: if !regs[R(ins.b)].isNil { pc = Int(ins.a) }

            // ---- strings
            case .concat:
                let s = regs[R(ins.b)].str + regs[R(ins.c)].str
                chargeAlloc(s.count, noscan: true)
                setReg(regs + R(ins.a), .string(s))
            case .strindex:
                let s = regs[R(ins.b)].str, i = int(regs[R(ins.c)])
                if i < 0 || i >= Int64(s.count) { raise = boundsError(i, s.count); break }
                setReg(regs + R(ins.a), .int(Int64(s.bytes[Int(i)])))
            case .runeat:
                let s = regs[R(ins.b)].str, i = Int(int(regs[R(ins.c)]))
                let (r, w) = decodeRune(s.bytes, i)
                setReg(regs + R(ins.a), .int(Int64(r)))
                regs[R(ins.a) + 1] = .int(Int64(w))
            case .len: setReg(regs + R(ins.a), .int(Int64(lenOf(regs[R(ins.b)]))))
            case .cap: setReg(regs + R(ins.a), .int(Int64(capOf(regs[R(ins.b)]))))

            // ---- pointers and heap
            case .new:
                if ins.c > 0 {
                    // new(T) initialised from a register (&T{…}): one mallocgc, no extra store.
                    let t = Int(ins.b)
                    let o = allocSlots(regs[R(ins.c - 1)].slots, bytes: typeSize[t], noscan: typeNoscan[t])
                    setReg(regs + R(ins.a), .pointer(o, 0))
                } else {
                    setReg(regs + R(ins.a), .pointer(ins.b < 0 ? allocSlots([.nil], bytes: 8, noscan: false) : allocObject(type: ins.b), 0))
                }
            case .load:
                guard case .pointer(let o, let off) = regs[R(ins.b)] else { raise = nilDeref(); break }
                setReg(regs + R(ins.a), ins.c == 1 ? heap.load(o, Int(off)) : .agg(heap.loadN(o, Int(off), Int(ins.c))))
            case .store:
                guard case .pointer(let o, let off) = regs[R(ins.a)] else { raise = nilDeref(); break }
                let v = regs[R(ins.b)]
                if ins.c == 1 { heapStore(o, Int(off), v) } else { heapStoreN(o, Int(off), v.slots) }
            case .loadf:
                let (slot, w) = auxInts[auxStart[fi] &+ Int(ins.c)]
                guard case .pointer(let o, let off) = regs[R(ins.b)] else { raise = nilDeref(); break }
                let at = Int(off) + Int(slot)
                setReg(regs + R(ins.a), w == 1 ? heap.load(o, at) : .agg(heap.loadN(o, at, Int(w))))
            case .storef:
                let (slot, w) = auxInts[auxStart[fi] &+ Int(ins.c)]
                guard case .pointer(let o, let off) = regs[R(ins.a)] else { raise = nilDeref(); break }
                let at = Int(off) + Int(slot)
                let v = regs[R(ins.b)]
                if w == 1 { heapStore(o, at, v) } else { heapStoreN(o, at, v.slots) }
            case .addrf:
                guard case .pointer(let o, let off) = regs[R(ins.b)] else { raise = nilDeref(); break }
                setReg(regs + R(ins.a), .pointer(o, off + UInt32(ins.c)))

            // ---- aggregates in registers
            case .aget:
                let (slot, w) = auxInts[auxStart[fi] &+ Int(ins.c)]
                guard case .agg(let vs) = regs[R(ins.b)] else {
                    // a width-1 aggregate is its single slot
                    regs[R(ins.a)] = w == 1 ? regs[R(ins.b)] : .agg([]); break
                }
                setReg(regs + R(ins.a), w == 1 ? vs[Int(slot)] : .agg(Array(vs[Int(slot) ..< Int(slot + w)])))
            case .aset:
                let (slot, w) = auxInts[auxStart[fi] &+ Int(ins.c)]
                let v = regs[R(ins.b)]
                let r = R(ins.a)
                guard case .agg(var vs) = regs[r] else {
                    if w == 1 { regs[r] = v }
                    break
                }
                regs[r] = .nil
                if w == 1 { vs[Int(slot)] = v } else { vs.replaceSubrange(Int(slot) ..< Int(slot + w), with: v.slots) }
                regs[r] = vs.count == 1 ? vs[0] : .agg(vs)
            case .aidx:
                let (w, ln) = auxInts[auxStart[fi] &+ Int(ins.d)]
                let i = int(regs[R(ins.c)])
                if i < 0 || i >= Int64(ln) { raise = boundsError(i, Int(ln)); break }
                guard case .agg(let vs) = regs[R(ins.b)] else {
                    regs[R(ins.a)] = w == 1 ? regs[R(ins.b)] : .agg([]); break
                }
                let s = Int(i) * Int(w)
                setReg(regs + R(ins.a), w == 1 ? vs[s] : .agg(Array(vs[s ..< s + Int(w)])))
            case .aidxset:
                let (w, ln) = auxInts[auxStart[fi] &+ Int(ins.d)]
                let i = int(regs[R(ins.b)])
                if i < 0 || i >= Int64(ln) { raise = boundsError(i, Int(ln)); break }
                let v = regs[R(ins.c)]
                let r = R(ins.a)
                guard case .agg(var vs) = regs[r] else {
                    if w == 1 { regs[r] = v }
                    break
                }
                regs[r] = .nil
                let s = Int(i) * Int(w)
                if w == 1 { vs[s] = v } else { vs.replaceSubrange(s ..< s + Int(w), with: v.slots) }
                regs[r] = .agg(vs)
            case .mkagg:
                // `&T{…}` compiles to `mkagg tmp, base, n; new dst, T, tmp+1`. When the
                // `new` would run next anyway (no stop check fires between the two)
                // and no field is itself an aggregate, allocate straight from the
                // field registers: one mallocgc of T, no register array. Both
                // instructions still count; `tmp` is left nil (its refs are the
                // field registers', so the stack roots reach the same objects).
                let nx = code[pc]
                if nx.op == .new && nx.c == ins.a &+ 1 && n < limit
                    && !(extraCost &+ calls &* 2 >= budget || parkRequested)
                {
                    let b = R(ins.b), cnt = Int(ins.c)
                    var flat = true
                    var k = 0
                    while k < cnt { if case .agg = regs[b &+ k] { flat = false; break }; k &+= 1 }
                    if flat {
                        setReg(regs + R(ins.a), .nil)
                        let t = Int(nx.b)
                        let o = heap.alloc(UnsafeBufferPointer(start: regs + b, count: cnt), bytes: typeSize[t], noscan: typeNoscan[t])
                        regs[R(nx.a)] = .pointer(o, 0)
                        pc &+= 1
                        n &+= 1
                        break
                    }
                }
                var vs: [Value] = []
                for k in 0..<Int(ins.c) {
                    let v = regs[R(ins.b) + k]
                    if case .agg(let inner) = v { vs.append(contentsOf: inner) } else { vs.append(v) }
                }
                setReg(regs + R(ins.a), vs.count == 1 ? vs[0] : .agg(vs))

            // ---- slices
            case .mkslice:
                guard case .sliceOf(let w, let t) = auxs[fi][Int(ins.c)] else { break }
                let ln = int(regs[R(ins.b)])
                let cp = int(regs[R(ins.b) + 1])
                if ln < 0 { raise = runtimeError("makeslice: len out of range"); break }
                if cp < ln { raise = runtimeError("makeslice: cap out of range"); break }
                setReg(regs + R(ins.a), makeSlice(type: t, width: Int(w), len: Int(ln), cap: Int(cp)))
            case .sidx:
                guard case .slice(let o, let off, let ln, _) = regs[R(ins.b)] else {
                    let i = int(regs[R(ins.c)])
                    raise = boundsError(i, 0); break
                }
                let i = int(regs[R(ins.c)])
                if i < 0 || i >= Int64(ln) { raise = boundsError(i, Int(ln)); break }
                let w = auxInts[auxStart[fi] &+ Int(ins.d)].0
                let at = Int(off) + Int(i) * Int(w)
                setReg(regs + R(ins.a), w == 1 ? heap.load(o, at) : .agg(heap.loadN(o, at, Int(w))))
            case .sset:
                guard case .slice(let o, let off, let ln, _) = regs[R(ins.a)] else {
                    let i = int(regs[R(ins.b)])
                    raise = boundsError(i, 0); break
                }
                let i = int(regs[R(ins.b)])
                if i < 0 || i >= Int64(ln) { raise = boundsError(i, Int(ln)); break }
                let w = auxInts[auxStart[fi] &+ Int(ins.d)].0
                let at = Int(off) + Int(i) * Int(w)
                let v = regs[R(ins.c)]
                if w == 1 { heapStore(o, at, v) } else { heapStoreN(o, at, v.slots) }
            case .sref:
                guard case .slice(let o, let off, let ln, _) = regs[R(ins.b)] else {
                    let i = int(regs[R(ins.c)])
                    raise = boundsError(i, 0); break
                }
                let i = int(regs[R(ins.c)])
                if i < 0 || i >= Int64(ln) { raise = boundsError(i, Int(ln)); break }
                let w = auxInts[auxStart[fi] &+ Int(ins.d)].0
                setReg(regs + R(ins.a), .pointer(o, off + UInt32(Int(i) * Int(w))))
            case .pidx, .pidxset, .pidxref:
                // array through a pointer: a & 0xFFFFF = dst/ptr reg, aux in a >> 20
                let (w, ln) = auxInts[auxStart[fi] &+ Int(ins.d)]
                let pr = ins.op == .pidxset ? R(ins.a) : R(ins.b)
                let ir = ins.op == .pidxset ? R(ins.b) : R(ins.c)
                let i = int(regs[ir])
                guard case .pointer(let o, let off) = regs[pr] else { raise = nilDeref(); break }
                if i < 0 || i >= Int64(ln) { raise = boundsError(i, Int(ln)); break }
                let at = Int(off) + Int(i) * Int(w)
                switch ins.op {
                case .pidx: setReg(regs + R(ins.a), w == 1 ? heap.load(o, at) : .agg(heap.loadN(o, at, Int(w))))
                case .pidxref: setReg(regs + R(ins.a), .pointer(o, UInt32(at)))
                default:
                    let v = regs[R(ins.c)]
                    if w == 1 { heapStore(o, at, v) } else { heapStoreN(o, at, v.slots) }
                }
            case .slice:
                guard case .slice(let lo, let hi, let mx, let kind, let w, let aln) = auxs[fi][Int(ins.c)] else { break }
                let x = regs[R(ins.b)]
                let l: Int64? = lo >= 0 ? int(regs[R(lo)]) : nil
                let h: Int64? = hi >= 0 ? int(regs[R(hi)]) : nil
                let m: Int64? = mx >= 0 ? int(regs[R(mx)]) : nil
                switch sliceOp(x, lo: l, hi: h, max: m, kind: kind, width: Int(w), arrayLen: Int(aln)) {
                case .success(let v): setReg(regs + R(ins.a), v)
                case .failure(let e): raise = e.value
                }
            case .append:
                guard case .lit(let t, let w, _, let cnt) = auxs[fi][Int(ins.d)] else { break }
                var vs: [Value] = []
                for k in 0..<Int(cnt) {
                    let v = regs[R(ins.c) + k]
                    if w == 1 { vs.append(v) } else { vs.append(contentsOf: v.slots) }
                }
                setReg(regs + R(ins.a), appendValues(regs[R(ins.b)], vs, count: Int(cnt), width: Int(w), type: t))
            case .appendslice:
                guard case .sliceOf(let w, let t) = auxs[fi][Int(ins.d)] else { break }
                let src = regs[R(ins.c)]
                let vs: [Value]
                if case .string(let s) = src { vs = s.bytes.map { .int(Int64($0)) } } else { vs = sliceSlots(src, width: Int(w)) }
                setReg(regs + R(ins.a), appendValues(regs[R(ins.b)], vs, count: vs.count / max(1, Int(w)), width: Int(w), type: t))
            case .copy:
                setReg(regs + R(ins.a), .int(Int64(copySlice(regs[R(ins.b)], regs[R(ins.c)], width: Int(ins.d)))))
            case .mkslicelit:
                guard case .lit(let t, let w, let base, let cnt) = auxs[fi][Int(ins.c)] else { break }
                var vs: [Value] = []
                vs.reserveCapacity(Int(cnt) * Int(w))
                for k in 0..<Int(cnt) {
                    let v = regs[R(base) + k]
                    if w == 1 { vs.append(v) } else { vs.append(contentsOf: v.slots) }
                }
                setReg(regs + R(ins.a), allocSliceSlots(vs, count: Int(cnt), type: t))

            // ---- maps
            case .mkmap:
                setReg(regs + R(ins.a), makeMap(type: ins.c))
            case .mapget, .mapget2:
                let m = regs[R(ins.b)], k = regs[R(ins.c)]
                if let e = unhashableError(k) { raise = e; break }
                guard case .type(let vt) = auxs[fi][Int(ins.d)] else { break }
                var found: Value? = nil
                if case .map(let o) = m { found = heap.map(o)?.get(k) }
                setReg(regs + R(ins.a), found ?? prog.types.zero(vt))
                if ins.op == .mapget2 { regs[R(ins.a) + 1] = .bool(found != nil) }
            case .mapset:
                guard case .map(let o) = regs[R(ins.a)] else { raise = plainError("assignment to entry in nil map"); break }
                if let e = unhashableError(regs[R(ins.b)]) { raise = e; break }
                mapSet(o, regs[R(ins.b)], regs[R(ins.c)])
            case .mapdel:
                if let e = unhashableError(regs[R(ins.b)]) { raise = e; break }
                if case .map(let o) = regs[R(ins.a)] { mapDelete(o, regs[R(ins.b)]) }
            case .mapiter:
                setReg(regs + R(ins.a), mapIterStart(regs[R(ins.b)]))
            case .mapnext:
                guard case .mapNext(let it, let kd, let vd, let exit) = auxs[fi][Int(ins.a)] else { break }
                if let (k, v) = mapIterNext(&regs[R(it)]) {
                    if kd >= 0 { regs[R(kd)] = k }
                    if vd >= 0 { regs[R(vd)] = v }
                } else {
                    pc = Int(exit)
                }

            // ---- calls
            case .call, .callv, .calli:
                var callee: Int = -1
                var clo = ObjRef.none
                let base = R(ins.a)
                if ins.op == .call {
                    callee = Int(ins.b)
                } else if ins.op == .callv {
                    guard case .fn(let f, let c) = regs[R(ins.b)] else { raise = nilDeref(); break }
                    callee = Int(f); clo = c
                } else {
                    guard case .method(let name, let nargs, let nres) = auxs[fi][Int(ins.b)] else { break }
                    switch resolveMethod(regs[base], name: name) {
                    case .none: raise = nilDeref(); break
                    case .some(.user(let f, let recv)):
                        callee = Int(f); regs[base] = recv
                    case .some(.lib(let id, let recv)):
                        regs[base] = recv
                        st.frames[st.frames.count - 1].pc = Int32(pc)
                        if let stop = callLib(&st, id: id, base: base, nargs: Int(nargs), nres: Int(nres)) {
                            used = n; return stop
                        }
                        fr = st.frames[st.frames.count - 1]; fi = Int(fr.fn); pc = Int(fr.pc); bp = Int(fr.bp); code = codeBase + codeStart[fi]; regs = st.stack.p
                        chk = true
                        continue
                    }
                }
                if callee < 0 { if raise == nil { raise = nilDeref() }; break }
                // push the callee frame
                st.frames[st.frames.count - 1].pc = Int32(pc)
                let nr = fnRegs[callee]
                let need = base &+ nr &+ 8
                if need > st.stack.count { growStack(&st, need); regs = st.stack.p }
                let np = fnParams[callee]
                var r = base &+ np
                while r < base &+ nr { clearReg(regs + r); r &+= 1 }
                st.stackUsed &+= fnFrameBytes[callee]
                if st.stackUsed > st.stackSize {
                    if let stop = newstack(&st) { used = n; return stop }
                }
                st.frames.append(Frame(fn: Int32(callee), pc: 0, bp: Int32(base), closure: clo, kind: .normal))
                fi = callee; pc = 0; bp = base; code = codeBase + codeStart[fi]
                calls &+= 1
            case .calllib:
                guard case .lib(let id, let nargs, let nres) = auxs[fi][Int(ins.b)] else { break }
                st.frames[st.frames.count - 1].pc = Int32(pc)
                if let stop = callLib(&st, id: id, base: R(ins.a), nargs: Int(nargs), nres: Int(nres)) {
                    used = n; return stop
                }
                fr = st.frames[st.frames.count - 1]; fi = Int(fr.fn); pc = Int(fr.pc); bp = Int(fr.bp); code = codeBase + codeStart[fi]; regs = st.stack.p
            case .ret:
                let f = st.frames.removeLast()
                st.stackUsed &-= fnFrameBytes[Int(f.fn)]
                switch f.kind {
                case .normal, .deferReturn:
                    // The returned frame is dead: clear its registers past the
                    // results so a later scanstack of the caller sees no stale
                    // pointers from it (Go's stack maps cover live frames only).
                    let fn = Int(f.fn)
                    var r = Int(f.bp) &+ fnResults[fn]
                    let end = Int(f.bp) &+ fnRegs[fn]
                    while r < end { clearReg(regs + r); r &+= 1 }
                case .entry:
                    used = n
                    st.frames.append(f)   // keep for tracebacks; marks the G as finished
                    st.frames[st.frames.count - 1].pc = Int32(pc)
                    return .exited
                case .deferPanic:
                    if let stop = afterDeferPanic(&st) { used = n; return stop }
                case .nested:
                    used = n
                    return .nestedReturn
                }
                fr = st.frames[st.frames.count - 1]; fi = Int(fr.fn); pc = Int(fr.pc); bp = Int(fr.bp); code = codeBase + codeStart[fi]
                if f.kind != .normal { regs = st.stack.p }
            case .retdefers:
                let top = st.frames.count - 1
                if let d = st.defers.last, d.frame == Int32(top) {
                    st.defers.removeLast()
                    st.frames[top].pc = Int32(pc - 1)
                    if let stop = invokeDeferred(&st, d, kind: .deferReturn) { used = n; return stop }
                    fr = st.frames[st.frames.count - 1]; fi = Int(fr.fn); pc = Int(fr.pc); bp = Int(fr.bp); code = codeBase + codeStart[fi]; regs = st.stack.p
                }
            case .mkclosure:
                guard case .captures(let base, let cnt) = auxs[fi][Int(ins.c)] else { break }
                var vs: [Value] = []
                for k in 0..<Int(cnt) { vs.append(regs[R(base) + k]) }
                let o = cnt == 0 ? ObjRef.none : allocSlots(vs, bytes: 8 + 8 * Int(cnt), noscan: false)
                setReg(regs + R(ins.a), .fn(ins.b, o))
            case .ldcap:
                setReg(regs + R(ins.a), heap.load(st.frames[st.frames.count - 1].closure, Int(ins.b)))
            case .mkmethod:
                break
            case .gocall, .gocallv, .gocalli, .golib:
                st.frames[st.frames.count - 1].pc = Int32(pc)
                if let e = goStatement(&st, ins, fi: fi, bp: bp) { raise = e }
            case .deferpush:
                guard case .deferCall(let target, let base, let nargs) = auxs[fi][Int(ins.a)] else { break }
                var args: [Value] = []
                for k in 0..<Int(nargs) { args.append(regs[R(base) + k]) }
                st.defers.append(DeferRecord(frame: Int32(st.frames.count - 1), target: target, args: args,
                                             line: prog.funcs[fi].lines[pc - 1]))
            case .recover:
                setReg(regs + R(ins.a), gorecover(&st))
            case .panic:
                // Go 1.19: panic(nil) panics with a nil value (recover() returns nil,
                // `panic: nil`); PanicNilError is Go 1.21.
                raise = regs[R(ins.a)]
            case .unreachable:
                raise = plainError("unreachable code reached")

            // ---- interfaces
            case .box:
                let v = regs[R(ins.b)]
                if boxAsAgg[Int(ins.c)], case .agg = v {} else if boxAsAgg[Int(ins.c)] {
                    regs[R(ins.a)] = .iface(ins.c, .agg([v])); break
                }
                setReg(regs + R(ins.a), .iface(ins.c, v))
            case .convi:
                copyReg(regs + R(ins.a), regs + R(ins.b))
            case .unbox:
                if case .iface(_, let v) = regs[R(ins.b)] { regs[R(ins.a)] = unboxed(v) } else { regs[R(ins.a)] = .nil }
            case .assert, .assert2, .asserti, .asserti2:
                guard case .assertT(let target, let ifaceT) = auxs[fi][Int(ins.c)] else { break }
                let x = regs[R(ins.b)]
                let isIface = ins.op == .asserti || ins.op == .asserti2
                var ok = false
                var result: Value = isIface ? .nil : prog.types.zero(target)
                if case .iface(let t, let v) = x {
                    if isIface { ok = implements(t, target); if ok { result = x } } else if t == target { ok = true; result = unboxed(v) }
                }
                if ins.op == .assert2 || ins.op == .asserti2 {
                    setReg(regs + R(ins.a), result)
                    regs[R(ins.a) + 1] = .bool(ok)
                } else if ok {
                    setReg(regs + R(ins.a), result)
                } else {
                    raise = assertionError(x, target: target, iface: ifaceT)
                }
            case .istype:
                if case .iface(let t, _) = regs[R(ins.b)] { regs[R(ins.a)] = .bool(t == ins.c) } else {
                    setReg(regs + R(ins.a), .bool(ins.c == -1))
                }
            case .isiface:
                if case .iface(let t, _) = regs[R(ins.b)] { regs[R(ins.a)] = .bool(implements(t, ins.c)) } else {
                    setReg(regs + R(ins.a), .bool(false))
                }

            // ---- channels
            case .mkchan, .send, .recv, .recv2, .close, .select:
                st.frames[st.frames.count - 1].pc = Int32(pc)
                switch chanOp(&st, ins, fi: fi, bp: bp) {
                case .proceed: break
                case .stop(let s): used = n; return s
                case .raise(let v): raise = v
                }
            }
            let opv = unsafeBitCast(ins.op, to: UInt8.self)
            if opv >= slowOpLo && opv <= slowOpHi || opv >= slowOpFrom {
                chk = true
            }
            if let v = raise {
                st.frames[st.frames.count - 1].pc = Int32(pc)
                if let stop = gopanic(&st, v) { used = n; return stop }
                fr = st.frames[st.frames.count - 1]; fi = Int(fr.fn); pc = Int(fr.pc); bp = Int(fr.bp); code = codeBase + codeStart[fi]; regs = st.stack.p
            }
        }
    }
}

extension Interpreter {
    func heapFaultStop(_ st: inout GState, _ f: HeapFault) -> RunStop {
        faulted = nil
        switch f {
        case .useOfFreedObject(let o):
            // Go has no such check (the freed memory would be reused silently);
            // the simulation can tell, so it names the bug and its cause.
            let addr = "0x" + String(rt.heap.address(of: o), radix: 16)
            let cause = rt.heap.barrierDisabledForTeaching ? "the write barrier was off" : "collector bug"
            return fatalError(&st, "gmpscope: use of freed object \(addr) (\(cause))")
        case .nilReference:
            return fatalError(&st, "invalid heap reference")
        }
    }
}

/// Write a register; an old value without a reference-counted payload needs
/// no release (no outlined destroy call per register write).
@inline(__always) func setReg(_ p: UnsafeMutablePointer<Value>, _ v: __owned Value) {
    switch p.pointee {
    case .string, .iface, .agg: p.pointee = v
    default: p.initialize(to: v)
    }
}

/// `d = s` between registers; a value without a reference-counted payload is
/// copied bitwise (no outlined copy/destroy calls).
@inline(__always) func copyReg(_ d: UnsafeMutablePointer<Value>, _ s: UnsafeMutablePointer<Value>) {
    switch s.pointee {
    case .string, .iface, .agg: setReg(d, s.pointee)
    default:
        switch d.pointee {
        case .string, .iface, .agg: d.deinitialize(count: 1)
        default: break
        }
        UnsafeMutableRawPointer(d).copyMemory(from: s, byteCount: MemoryLayout<Value>.size)
    }
}

/// Overwrite a register with nil; an old value without a reference-counted
/// payload needs no release (no outlined destroy call per register).
@inline(__always) func clearReg(_ p: UnsafeMutablePointer<Value>) {
    switch p.pointee {
    case .string, .iface, .agg: p.pointee = .nil
    default: p.initialize(to: .nil)
    }
}

// Opcode ranges whose instructions may allocate or call the runtime (see `chk`).
let slowOpLo = Op.ldglobal.rawValue
let slowOpHi = Op.gaddr.rawValue
let slowOpFrom = Op.concat.rawValue

enum ChanOpResult {
    case proceed
    case stop(RunStop)
    case raise(Value)
}
