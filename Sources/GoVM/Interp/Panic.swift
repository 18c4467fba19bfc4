// defer, panic and recover (models runtime/panic.go: deferproc/deferreturn,
// gopanic, gorecover, recovery, preprintpanics/printpanics, fatalpanic).
// Defers are linked `_defer` records on the G (never open-coded, so the
// chain is always visible); a panic walks them LIFO, popping the frames
// above the deferring frame as it goes (the traceback is captured first).
import GoRuntime
#if canImport(Glibc)
import Glibc
#endif

extension Interpreter {
    /// Call a deferred function on top of the current frame.
    /// `kind` is .deferReturn (normal return) or .deferPanic.
    func invokeDeferred(_ st: inout GState, _ d: DeferRecord, kind: FrameKind) -> RunStop? {
        let top = st.frames[st.frames.count - 1]
        let base = Int(top.bp) + fnRegs[Int(top.fn)]
        switch d.target {
        case .fn(let f):
            return pushCall(&st, fn: Int(f), closure: .none, args: d.args, base: base, kind: kind)
        case .value:
            guard case .fn(let f, let c) = d.args[0] else {
                return gopanic(&st, nilDeref())
            }
            return pushCall(&st, fn: Int(f), closure: c, args: Array(d.args.dropFirst()), base: base, kind: kind)
        case .lib(let id):
            if base + d.args.count + 8 > st.stack.count { growStack(&st, base + d.args.count + 16) }
            for (k, a) in d.args.enumerated() { st.stack[base + k] = a }
            let stop = callLib(&st, id: id, base: base, nargs: d.args.count, nres: 0)
            if stop != nil { return stop }
            return kind == .deferPanic ? afterDeferPanic(&st) : nil
        case .imethod(let name):
            guard let m = resolveMethod(d.args[0], name: name) else { return gopanic(&st, nilDeref()) }
            switch m {
            case .user(let f, let recv):
                var a = d.args; a[0] = recv
                return pushCall(&st, fn: Int(f), closure: .none, args: a, base: base, kind: kind)
            case .lib(let id, let recv):
                if base + d.args.count + 8 > st.stack.count { growStack(&st, base + d.args.count + 16) }
                st.stack[base] = recv
                for k in 1..<max(1, d.args.count) { st.stack[base + k] = d.args[k] }
                if let stop = callLib(&st, id: id, base: base, nargs: d.args.count, nres: 0) { return stop }
                return kind == .deferPanic ? afterDeferPanic(&st) : nil
            }
        case .builtin(let b):
            if let v = runDeferredBuiltin(&st, b, d.args) { return gopanic(&st, v) }
            return kind == .deferPanic ? afterDeferPanic(&st) : nil
        }
    }

    /// Push a call frame at `base` with `args` as its first registers.
    func pushCall(_ st: inout GState, fn: Int, closure: ObjRef, args: [Value], base: Int, kind: FrameKind) -> RunStop? {
        let nr = fnRegs[fn]
        if base + nr + 8 > st.stack.count { growStack(&st, base + nr + 8) }
        for r in base ..< base + nr { st.stack[r] = .nil }
        for (k, a) in args.enumerated() { st.stack[base + k] = a }
        st.stackUsed += fnFrameBytes[fn]
        st.frames.append(Frame(fn: Int32(fn), pc: 0, bp: Int32(base), closure: closure, kind: kind))
        if st.stackUsed > st.stackSize { return newstack(&st) }
        return nil
    }

    /// gopanic: start panicking with value v.
    func gopanic(_ st: inout GState, _ v: Value) -> RunStop? {
        // Panics started before a library callback frame belong to the
        // caller: a panic inside the callback does not abort them (it is
        // stopped at the callback boundary, see continuePanic).
        let outer = st.frames.contains(where: { $0.kind == .nested }) ? st.panics.count : 0
        for i in st.panics.indices where i >= outer && !st.panics[i].recovered { st.panics[i].aborted = true }
        var p = PanicRecord(value: v)
        p.traceback = tracebackFrames(st)
        // A panic inside a deferred call made by an earlier panic: Go has
        // not unwound the earlier panic's frames yet, so its traceback is
        // the deferred call's frames, gopanic's frame, then the earlier
        // panic's frames (gmpscope popped them; the earlier record kept them).
        if let prev = st.panics.last,
           let d = st.frames.lastIndex(where: { $0.kind == .deferPanic }) {
            let k = st.frames.count - d
            p.traceback = Array(p.traceback.prefix(k)) + [(fn: panicFrameName, line: 884)] + prev.traceback
        }
        st.panics.append(p)
        return continuePanic(&st)
    }

    /// Run the next deferred call for the current panic, or die.
    func continuePanic(_ st: inout GState) -> RunStop? {
        // The panic is about to leave a library callback (fmt calling String,
        // sort calling less …) without being recovered in it: stop at the
        // boundary and hand the value to the library, which either reports
        // it (fmt's catchPanic) or re-raises it in the caller (sort, strings).
        if let b = st.frames.lastIndex(where: { $0.kind == .nested }),
           st.defers.last.map({ Int($0.frame) < b }) ?? true {
            return escapeNestedCall(&st, boundary: b)
        }
        guard let d = st.defers.popLast() else {
            return fatalpanic(&st)
        }
        // Frames above the deferring frame have no defers left: unwind them.
        while st.frames.count - 1 > Int(d.frame) {
            let f = st.frames.removeLast()
            st.stackUsed -= fnFrameBytes[Int(f.fn)]
        }
        return invokeDeferred(&st, d, kind: .deferPanic)
    }

    /// A deferred call made by gopanic returned: recovered → `recovery`
    /// (the deferring frame returns normally through its deferreturn);
    /// otherwise keep panicking.
    func afterDeferPanic(_ st: inout GState) -> RunStop? {
        guard let p = st.panics.last else { return nil }
        if !p.recovered { return continuePanic(&st) }
        st.panics.removeLast()
        while let q = st.panics.last, q.aborted { _ = q; st.panics.removeLast() }
        let top = st.frames.count - 1
        let f = st.frames[top]
        let drp = prog.funcs[Int(f.fn)].deferReturnPC
        st.frames[top].pc = drp >= 0 ? drp : Int32(codes[Int(f.fn)].count - 1)
        return nil
    }

    /// gorecover: only in a function called directly by gopanic's defer loop.
    func gorecover(_ st: inout GState) -> Value {
        guard let f = st.frames.last, f.kind == .deferPanic, let p = st.panics.last,
              !p.recovered, !p.aborted else { return .nil }
        st.panics[st.panics.count - 1].recovered = true
        return p.value
    }

    /// fatalpanic: print the panic chain and the goroutine's traceback, exit 2.
    func fatalpanic(_ st: inout GState) -> RunStop {
        var out = ""
        for (i, p) in st.panics.enumerated() {
            if i > 0 { out += "\t" }
            out += "panic: " + printpanicval(&st, p.value)
            if p.recovered { out += " [recovered]" }
            out += "\n"
            if case .iface(let t, .string(let s)) = p.value, prog.isRuntimeError(t),
               s.description.hasSuffix("nil pointer dereference") {
                out += "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n"
            }
        }
        let tb = st.panics.last?.traceback ?? tracebackFrames(st)
        out += "\ngoroutine \(st.goid) [running]:\n"
        out += framesText(tb)
        if let c = st.createdBy {
            out += "created by \(c.fn)\n\t\(absoluteFileName):\(c.line) \(pcOffset(c.fn, c.line))\n"
        }
        writeOut(2, Array(out.utf8))
        return .exitProgram(2)
    }

    /// Traceback of `st` to stderr (used by fatal errors).
    func writeTraceback(_ st: inout GState) {
        let out = "\ngoroutine \(st.goid) [running]:\n" + framesText(tracebackFrames(st))
        writeOut(2, Array(out.utf8))
    }

    /// Frames as traceback.go prints them: at most 100, then
    /// "...additional frames elided..." (runtime frames hidden).
    func framesText(_ tb: [(fn: String, line: Int32)]) -> String {
        var out = ""
        var n = 0
        for fr in tb where !fr.fn.hasPrefix("runtime.") {
            if n == 100 { out += "...additional frames elided...\n"; break }
            if fr.fn == panicFrameName {
                out += "panic({0x4870c0, 0xc000012120})\n\t/usr/local/go/src/runtime/panic.go:884 +0x212\n"
            } else {
                out += "\(fr.fn)(...)\n\t\(absoluteFileName):\(fr.line) \(pcOffset(fr.fn, fr.line))\n"
            }
            n += 1
        }
        return out
    }

    /// The traceback's marker for gopanic's own frame (printed as Go prints it: `panic(...)`).
    var panicFrameName: String { "\u{0}panic" }

    /// The source path as Go's tracebacks print it: absolute (the working
    /// directory joined with the path as typed) when the file exists on
    /// disk; an in-memory program (a built-in demo, a test) keeps its name.
    var absoluteFileName: String {
        let f = prog.fileName
        if f.hasPrefix("/") { return f }
        var cwd = ""
        var exists = false
        #if canImport(Glibc)
        var buf = [CChar](repeating: 0, count: 4096)
        if getcwd(&buf, buf.count) != nil {
            cwd = String(decoding: buf.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
        exists = access(f, F_OK) == 0
        #endif
        return Interpreter.goSourcePath(f, cwd: cwd, exists: exists)
    }

    /// `cwd` joined with `file` ("." and ".." segments resolved), as `go run`
    /// reports a file's path; `file` unchanged if absolute or not on disk.
    static func goSourcePath(_ file: String, cwd: String, exists: Bool) -> String {
        if file.hasPrefix("/") || !exists || cwd.isEmpty { return file }
        var parts = cwd.split(separator: "/").map(String.init)
        for seg in file.split(separator: "/") {
            if seg == "." { continue }
            if seg == ".." { if !parts.isEmpty { parts.removeLast() }; continue }
            parts.append(String(seg))
        }
        return "/" + parts.joined(separator: "/")
    }

    /// A plausible return-PC offset for a traceback frame (`+0x1d`): Go prints
    /// the offset of the call's return address in the function's machine
    /// code; gmpscope has no machine code, so it derives a stable one from
    /// the function name and line (never 0).
    func pcOffset(_ fn: String, _ line: Int32) -> String {
        var h: UInt32 = 2_166_136_261
        for b in fn.utf8 { h = (h ^ UInt32(b)) &* 16_777_619 }
        let off = 0x1d + Int((h &+ UInt32(truncatingIfNeeded: line) &* 0x2b) % 0x1c0)
        return "+0x" + String(off, radix: 16)
    }

    /// printpanicval (after preprintpanics turned errors/Stringers into text).
    func printpanicval(_ st: inout GState, _ v: Value) -> String {
        guard case .iface(let t, let inner) = v else { return "nil" }
        if prog.isRuntimeError(t) { return inner.str.description }
        let rt = prog.types[t]
        if rt.method(named: "Error") != nil, let s = callStringMethod(&st, v, "Error") { return s }
        if rt.method(named: "String") != nil, let s = callStringMethod(&st, v, "String") { return s }
        let basic = !rt.named
        var text: String
        switch rt.kind {
        case .bool: text = inner.b ? "true" : "false"
        case .int, .int8, .int16, .int32, .int64: text = String(inner.i)
        case .uint, .uint8, .uint16, .uint32, .uint64, .uintptr: text = String(UInt64(bitPattern: inner.i))
        case .float32, .float64: text = printFloat(inner.f)
        case .string:
            text = inner.str.description
            if !basic { return "\(rt.name)(\"\(text)\")" }
            return text
        default:
            return "(\(rt.name)) 0xc000012120"
        }
        return basic ? text : "\(rt.name)(\(text))"
    }

    /// print/println's float format: +1.500000e+000.
    func printFloat(_ v: Double) -> String {
        if v.isNaN { return "NaN" }
        if v.isInfinite { return v < 0 ? "-Inf" : "+Inf" }
        // runtime/print.go:printfloat
        let n = 7
        var buf = [UInt8](repeating: 0, count: n + 7)
        buf[0] = UInt8(ascii: "+")
        var e = 0
        var x = v
        if x == 0 {
            if 1 / x < 0 { buf[0] = UInt8(ascii: "-") }
        } else {
            if x < 0 { x = -x; buf[0] = UInt8(ascii: "-") }
            while x >= 10 { e += 1; x /= 10 }
            while x < 1 { e -= 1; x *= 10 }
            var h = 5.0
            for _ in 0..<n { h /= 10 }
            x += h
            if x >= 10 { e += 1; x /= 10 }
        }
        for i in 0..<n {
            let s = Int(x)
            buf[i + 2] = UInt8(s + 48)
            x -= Double(s)
            x *= 10
        }
        buf[1] = buf[2]
        buf[2] = UInt8(ascii: ".")
        buf[n + 2] = UInt8(ascii: "e")
        buf[n + 3] = UInt8(ascii: "+")
        if e < 0 { e = -e; buf[n + 3] = UInt8(ascii: "-") }
        buf[n + 4] = UInt8(e / 100 + 48)
        buf[n + 5] = UInt8((e / 10) % 10 + 48)
        buf[n + 6] = UInt8(e % 10 + 48)
        return String(decoding: buf, as: UTF8.self)
    }

    /// Call a user method returning a string (Error/String) synchronously.
    func callStringMethod(_ st: inout GState, _ v: Value, _ name: String) -> String? {
        guard let target = resolveMethod(v, name: name) else { return nil }
        switch target {
        case .lib(let id, let recv):
            return libStringMethod(id, recv)
        case .user(let f, let recv):
            guard let res = callNested(&st, fn: Int(f), closure: .none, args: [recv]) else { return nil }
            return res.first?.str.description
        }
    }

    /// A panic left the nested frame at `boundary`: drop the callback's
    /// frames and its panic record, and return the panic value to
    /// callNested as the marker result `[.iface(nestedPanicType, value)]`.
    func escapeNestedCall(_ st: inout GState, boundary b: Int) -> RunStop? {
        let v = st.panics.popLast()?.value ?? .nil
        while st.frames.count > b {
            let f = st.frames.removeLast()
            st.stackUsed -= fnFrameBytes[Int(f.fn)]
        }
        let top = st.frames[st.frames.count - 1]
        let base = Int(top.bp) + fnRegs[Int(top.fn)]
        if base >= st.stack.count { growStack(&st, base + 16) }
        st.stack[base] = .iface(nestedPanicType, v)
        return .nestedReturn
    }

    /// The marker type of callNested's result when the callback panicked.
    var nestedPanicType: RTypeID { -0x7FFF_FFF0 }

    /// The panic value if callNested's results say the callback panicked.
    func nestedPanicValue(_ results: [Value]?) -> Value? {
        if let r = results, let f = r.first, case .iface(let t, let v) = f, t == nestedPanicType { return v }
        return nil
    }

    /// Run a Go function to completion on st's stack (a library callback).
    /// Returns nil if it tried to block; `[.iface(nestedPanicType, v)]`
    /// (see nestedPanicValue) if it panicked with v.
    func callNested(_ st: inout GState, fn: Int, closure: ObjRef, args: [Value]) -> [Value]? {
        let top = st.frames[st.frames.count - 1]
        let base = Int(top.bp) + fnRegs[Int(top.fn)]
        let depth = st.frames.count
        if let stop = pushCall(&st, fn: fn, closure: closure, args: args, base: base, kind: .nested) {
            _ = stop; return nil
        }
        var used: Int64 = 0
        let stop = run(&st, budget: Int64.max / 4, used: &used)
        extraCost &+= used &* nsPerInstr
        guard case .nestedReturn = stop, st.frames.count == depth else { return nil }
        if case .iface(let t, _) = st.stack[base], t == nestedPanicType { return [st.stack[base]] }
        let nres = Int(prog.funcs[fn].nresults)
        return st.stack.slice(base, nres)
    }
}
