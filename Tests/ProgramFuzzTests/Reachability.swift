// An independent reachability walk over the heap's objects, written here and
// not shared with the collector: roots are read straight from where the
// values live — package-level variables (the data segment), every live G's
// frames (each frame's register window, its closure), its `_defer` records'
// arguments and `_panic` values, the interpreter's globals object, channel
// buffers (the queued elements) and every in-use sudog's element (a value in
// flight). Timers hold no heap references (a Sleep timer names a G, a
// time.After/Ticker timer a channel id), nor do the interpreter's zero
// templates. From the roots it follows every slot and every map entry. Each object
// reached must be allocated (not freed, not reused: sequence tag) and, once
// the collector is off, marked if its span is still unswept (or the sweeper
// will free it); a noscan object must hold no pointer. Go's hybrid barrier
// keeps the weak tri-colour invariant, so a black→white pointer during mark
// is not itself a failure. Registers are the one inexact root: a frame's
// window holds dead temporaries too, so a register naming a freed (or
// doomed) object is not followed (the interpreter faults if it ever reads
// one); everything else reached from a live register is checked.
@testable import GoRuntime
@testable import GoVM

/// Where a root came from (formatted only when something is wrong).
enum RootKind: CustomStringConvertible {
    case global(Int)
    case vmGlobals
    case register(g: Int, goid: Int64, frame: Int, fn: String, reg: Int)
    case closure(g: Int, goid: Int64, frame: Int, fn: String)
    case deferArg(g: Int, goid: Int64, index: Int)
    case panicValue(g: Int, goid: Int64)
    case chanBuf(chan: UInt32, slot: Int, elemtype: String)
    case sudog(Int, g: Int)

    var description: String {
        switch self {
        case .global(let i): return "data segment slot \(i)"
        case .vmGlobals: return "the interpreter's globals object"
        case let .register(g, goid, f, fn, reg): return "G slot \(g) (goid \(goid)) frame \(f) \(fn) register \(reg)"
        case let .closure(g, goid, f, fn): return "G slot \(g) (goid \(goid)) frame \(f) \(fn) closure"
        case let .deferArg(g, goid, i): return "G slot \(g) (goid \(goid)) defer #\(i) argument"
        case let .panicValue(g, goid): return "G slot \(g) (goid \(goid)) panic value"
        case let .chanBuf(c, slot, t): return "buffer slot \(slot) of chan #\(c) (\(t))"
        case let .sudog(s, g): return "sudog \(s) (G slot \(g)) elem"
        }
    }
}

struct ReachabilityWalk {
    /// Visit stamps by span×1024+index (an object index fits in 10 bits).
    private var stamp: [UInt32] = []
    private var epoch: UInt32 = 0
    private var roots: [(ObjRef, Int32)] = []
    private var rootKinds: [RootKind] = []
    private var todo: [(ObjRef, Int32, Int32)] = []
    /// Objects reached by the last walk.
    private(set) var reached = 0
    /// Register roots skipped as stale (freed or doomed) over all walks.
    private(set) var staleRegisters = 0

    /// Collect the roots (with their origin). `wholeStacks`: every register of
    /// every G's register file, in a frame or not (the most any conservative
    /// scan could ever find), for the garbage check.
    private mutating func gatherRoots(rt: Runtime, vm: Interpreter, wholeStacks: Bool = false) {
        roots.removeAll(keepingCapacity: true)
        rootKinds.removeAll(keepingCapacity: true)
        func add(_ v: Value, _ kind: @autoclosure () -> RootKind) {
            var any = false
            v.forEachRef { r in
                if !any { rootKinds.append(kind()); any = true }
                roots.append((r, Int32(rootKinds.count - 1)))
            }
        }
        for (i, v) in rt.heap.globals.enumerated() { add(v, .global(i)) }
        if !vm.globals.isNone { rootKinds.append(.vmGlobals); roots.append((vm.globals, Int32(rootKinds.count - 1))) }
        let allgs = rt.sched.allgs
        for gi in 0..<vm.gstates.count {
            guard let st = vm.gstates[gi] else { continue }
            guard gi < allgs.count else { continue }
            let status = allgs[gi].status
            if status == .dead || status == .idle { continue }
            let goid = st.goid
            if wholeStacks {
                for reg in 0..<st.stack.count { add(st.stack[reg], .register(g: gi, goid: goid, frame: -1, fn: "?", reg: reg)) }
            }
            for (fi, f) in st.frames.enumerated() where !wholeStacks || !f.closure.isNone {
                let fp = vm.prog.funcs[Int(f.fn)]
                let lo = Int(f.bp)
                var hi = min(Int(f.bp) + Int(fp.nregs), st.stack.count)
                // A call's frame starts at the caller's argument base: the
                // caller's registers from there up are dead across the call
                // (the compiler allocates temporaries as a stack).
                if fi + 1 < st.frames.count, Int(st.frames[fi + 1].bp) > lo { hi = min(hi, Int(st.frames[fi + 1].bp)) }
                if lo < hi {
                    for reg in lo..<hi {
                        add(st.stack[reg], .register(g: gi, goid: goid, frame: fi, fn: fp.name, reg: reg - lo))
                    }
                }
                if !f.closure.isNone {
                    rootKinds.append(.closure(g: gi, goid: goid, frame: fi, fn: fp.name))
                    roots.append((f.closure, Int32(rootKinds.count - 1)))
                }
            }
            for (di, d) in st.defers.enumerated() {
                for a in d.args { add(a, .deferArg(g: gi, goid: goid, index: di)) }
            }
            for p in st.panics { add(p.value, .panicValue(g: gi, goid: goid)) }
        }
        for h in rt.chans.chans where h.qcount > 0 && h.dataqsiz > 0 {
            var i = h.recvx
            for _ in 0..<h.qcount {
                add(h.buf[i], .chanBuf(chan: h.id.raw, slot: i, elemtype: h.elemtype))
                i += 1
                if i == h.dataqsiz { i = 0 }
            }
        }
        for (si, s) in rt.chans.sudogs.enumerated() where s.inUse {
            add(s.elem, .sudog(si, g: s.g.index))
        }
    }

    /// Allocated objects that nothing could reach even conservatively (every
    /// register of every G is a root) and that are not marked: garbage the
    /// current cycle must free. Leaves out each P's tiny block (the collector
    /// greys it whatever points into it: `gcMarkTinyAllocs`).
    mutating func unreachableUnmarked(rt: Runtime, vm: Interpreter) -> [ObjRef] {
        gatherRoots(rt: rt, vm: vm, wholeStacks: true)
        _ = walk(rt: rt, vm: vm, report: false)
        let h = rt.heap
        var tiny = Set<Int>()
        for mc in h.mcaches where !mc.tiny.isNone { tiny.insert(mc.tiny.span &* 1024 &+ mc.tiny.index) }
        var out: [ObjRef] = []
        for s in h.spans.indices where h.spans[s].state == .inUse {
            let sp = h.spans[s]
            for i in 0..<sp.nelems where !sp.isFree(i) && !sp.isMarked(i) {
                let key = s &* 1024 &+ i
                if stamp[key] == epoch || tiny.contains(key) { continue }
                out.append(ObjRef(span: s, index: i, seq: sp.seqs[i]))
            }
        }
        return out
    }

    /// Walk from the roots; every problem found (empty when all is well).
    mutating func check(rt: Runtime, vm: Interpreter) -> [String] {
        gatherRoots(rt: rt, vm: vm)
        return walk(rt: rt, vm: vm, report: true)
    }

    private mutating func walk(rt: Runtime, vm: Interpreter, report: Bool) -> [String] {
        let h = rt.heap
        let ns = h.spans.count
        if stamp.count < ns * 1024 { stamp.append(contentsOf: repeatElement(0, count: ns * 1024 - stamp.count)) }
        epoch &+= 1
        if epoch == 0 { for i in stamp.indices { stamp[i] = 0 }; epoch = 1 }
        let sg = h.sweepgen
        let collectorOff = h.gcphase == .off
        var errs: [String] = []
        todo.removeAll(keepingCapacity: true)
        for (r, k) in roots { todo.append((r, k, 0)) }
        var n = 0
        while let (r, k, depth) = todo.popLast() {
            if r.isZerobase { continue }
            let s = r.span, i = r.index
            guard s < ns, i < h.spans[s].nelems else {
                if errs.count < 8 { errs.append("reachable \(r) (from \(rootKinds[Int(k)]), depth \(depth)) names no span object") }
                continue
            }
            let key = s &* 1024 &+ i
            if stamp[key] == epoch { continue }
            stamp[key] = epoch
            n += 1
            let sp = h.spans[s]
            let freed = sp.state != .inUse || sp.seqs[i] != r.seq || sp.isFree(i)
            let doomed = collectorOff && (sp.sweepgen == sg &- 2 || sp.sweepgen == sg &+ 1) && !sp.isMarked(i)
            if depth == 0 && (freed || doomed), case .register = rootKinds[Int(k)] {
                // Registers are scanned conservatively (every register of the
                // frame window, live or not): a dead register may keep a stale
                // pointer to an object the collector rightly freed. Such a
                // pointer is not followed; using it would fault the interpreter
                // ("use of freed object"), which the output checks catch.
                stamp[key] = 0
                staleRegisters += 1
                continue
            }
            if freed {
                if errs.count < 8 {
                    let why = sp.state != .inUse ? "its span is \(sp.state)" : sp.seqs[i] != r.seq ? "the slot was reused (seq \(sp.seqs[i]))" : "the slot is free"
                    errs.append("reachable object \(r) at \(String(sp.address(of: i), radix: 16)) was freed: \(why) (from \(rootKinds[Int(k)]), depth \(depth)) [\(explain(rootKinds[Int(k)], rt: rt, vm: vm))]")
                }
                continue
            }
            if doomed {
                if errs.count < 8 {
                    errs.append("reachable object \(r) at \(String(sp.address(of: i), radix: 16)) is unmarked in unswept span \(s) (sweepgen \(sp.sweepgen), mheap \(sg)): the sweeper will free it (from \(rootKinds[Int(k)]), depth \(depth))")
                }
            }
            let before = todo.count
            // Read through the heap's object-store API (the layout behind it may change).
            let nslots = (try? h.slotCount(r)) ?? 0
            if nslots > 0, let vs = try? h.loadSlots(r, 0, nslots) {
                for v in vs { v.forEachRef { todo.append(($0, k, depth + 1)) } }
            }
            if sp.spanclass.noscan && todo.count != before && errs.count < 8 {
                errs.append("noscan object \(r) in span \(s) holds \(todo.count - before) pointer(s) the collector never scans (from \(rootKinds[Int(k)]))")
            }
            if sp.hasMaps, let m = try? h.map(r) {
                m.forEachRef { todo.append(($0, k, depth + 1)) }
            }
        }
        reached = n
        return errs
    }
}

/// Context for a failure found through a root: the G's status and frames
/// (function:line), and whether the executor's own `stackRoots` lists it.
func explain(_ kind: RootKind, rt: Runtime, vm: Interpreter) -> String {
    let gi: Int
    switch kind {
    case let .register(g, _, _, _, _), let .closure(g, _, _, _), let .deferArg(g, _, _), let .panicValue(g, _): gi = g
    default: return ""
    }
    guard gi < vm.gstates.count, let st = vm.gstates[gi] else { return "no G state" }
    let g = rt.sched.allgs[gi]
    var stackRefs = 0
    vm.stackRoots(g: GID(index: gi)) { _ in stackRefs += 1 }
    let frames = st.frames.map { f -> String in
        let fp = vm.prog.funcs[Int(f.fn)]
        let pc = max(0, min(Int(f.pc) - 1, fp.lines.count - 1))
        return "\(fp.name):\(fp.lines.isEmpty ? fp.line : fp.lines[pc]) bp \(f.bp) nregs \(fp.nregs)"
    }
    return "G status \(g.status.goName) \(g.waitreason), stackScanned \(rt.heap.stackScanned(GID(index: gi))), stackRoots gives \(stackRefs) refs, frames \(frames.joined(separator: " < "))"
}
