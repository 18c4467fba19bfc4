// Value helpers of the interpreter: integer truncation, UTF-8, slices
// (growslice as Go 1.19), maps (mapassign/mapaccess/mapiterinit),
// allocation through one entry point (mallocgc), runtime error values.
import GoRuntime

extension Interpreter {
    // MARK: integers and UTF-8

    @inline(__always) func truncInt(_ x: Int64, _ k: RKind) -> Int64 {
        switch k {
        case .int8: return Int64(Int8(truncatingIfNeeded: x))
        case .int16: return Int64(Int16(truncatingIfNeeded: x))
        case .int32: return Int64(Int32(truncatingIfNeeded: x))
        case .uint8: return Int64(UInt8(truncatingIfNeeded: x))
        case .uint16: return Int64(UInt16(truncatingIfNeeded: x))
        case .uint32: return Int64(UInt32(truncatingIfNeeded: x))
        default: return x
        }
    }

    func utf8Encode(_ r0: Int64) -> [UInt8] {
        var r = r0
        if r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF) { r = 0xFFFD }
        let u = UInt32(r)
        if u < 0x80 { return [UInt8(u)] }
        if u < 0x800 { return [UInt8(0xC0 | (u >> 6)), UInt8(0x80 | (u & 0x3F))] }
        if u < 0x10000 {
            return [UInt8(0xE0 | (u >> 12)), UInt8(0x80 | ((u >> 6) & 0x3F)), UInt8(0x80 | (u & 0x3F))]
        }
        return [UInt8(0xF0 | (u >> 18)), UInt8(0x80 | ((u >> 12) & 0x3F)),
                UInt8(0x80 | ((u >> 6) & 0x3F)), UInt8(0x80 | (u & 0x3F))]
    }

    /// utf8.DecodeRune: (rune, width); invalid → (0xFFFD, 1).
    func decodeRune(_ b: [UInt8], _ i: Int) -> (Int32, Int) {
        let n = b.count - i
        if n <= 0 { return (0xFFFD, 0) }
        let c0 = b[i]
        if c0 < 0x80 { return (Int32(c0), 1) }
        func cont(_ k: Int) -> UInt32? {
            guard k < n, b[i + k] & 0xC0 == 0x80 else { return nil }
            return UInt32(b[i + k] & 0x3F)
        }
        if c0 >= 0xC2 && c0 < 0xE0 {
            if let c1 = cont(1) { return (Int32((UInt32(c0 & 0x1F) << 6) | c1), 2) }
        } else if c0 >= 0xE0 && c0 < 0xF0 {
            if let c1 = cont(1), let c2 = cont(2) {
                let r = (UInt32(c0 & 0x0F) << 12) | (c1 << 6) | c2
                if r >= 0x800 && !(r >= 0xD800 && r <= 0xDFFF) { return (Int32(r), 3) }
            }
        } else if c0 >= 0xF0 && c0 < 0xF5 {
            if let c1 = cont(1), let c2 = cont(2), let c3 = cont(3) {
                let r = (UInt32(c0 & 0x07) << 18) | (c1 << 12) | (c2 << 6) | c3
                if r >= 0x10000 && r <= 0x10FFFF { return (Int32(r), 4) }
            }
        }
        return (0xFFFD, 1)
    }

    func decodeRunes(_ b: [UInt8]) -> [Int32] {
        var out: [Int32] = []
        var i = 0
        while i < b.count {
            let (r, w) = decodeRune(b, i)
            out.append(r); i += max(1, w)
        }
        return out
    }

    // MARK: errors

    /// A `runtime.Error` panic value ("runtime error: " + text).
    func runtimeError(_ text: String) -> Value {
        .iface(prog.runtimeErrorType, .string(GoString("runtime error: " + text)))
    }
    /// A runtime panic that is not prefixed (e.g. "assignment to entry in nil map").
    func plainError(_ text: String) -> Value {
        .iface(prog.plainErrorType, .string(GoString(text)))
    }
    /// error.go:boundsError — an index or slice expression out of range.
    func boundsError(_ text: String) -> Value {
        .iface(prog.boundsErrorType, .string(GoString("runtime error: " + text)))
    }
    /// error.go:TypeAssertionError — a failed `x.(T)`.
    func typeAssertionError(_ text: String) -> Value {
        .iface(prog.typeAssertionErrorType, .string(GoString(text)))
    }
    /// error.go:boundsError for x[i] (a negative index has no length part).
    func boundsError(_ i: Int64, _ len: Int) -> Value {
        i < 0 ? boundsError("index out of range [\(i)]") : boundsError("index out of range [\(i)] with length \(len)")
    }
    func nilDeref() -> Value { runtimeError("invalid memory address or nil pointer dereference") }

    // MARK: allocation (mallocgc)

    /// Charge an allocation of `bytes` (the object itself is inline, e.g. a string).
    @inline(__always) func chargeAlloc(_ bytes: Int, noscan: Bool) {
        extraCost &+= 20 &+ Int64(bytes >> 4)
    }

    func allocSlots(_ slots: [Value], bytes: Int, noscan: Bool) -> ObjRef {
        heap.alloc(slots, bytes: bytes, noscan: noscan)
    }

    /// `new(T)`: a zeroed object of type t.
    func allocObject(type t: RTypeID) -> ObjRef {
        let z = zeroTemplate(t)
        return allocSlots(z, bytes: typeSize[Int(t)], noscan: typeNoscan[Int(t)])
    }

    /// The flattened zero slots of a type, built once (the heap keeps the
    /// template copy-on-write).
    func zeroTemplate(_ t: RTypeID) -> [Value] {
        if let z = zeroTemplates[Int(t)] { return z }
        var s: [Value] = []
        prog.types.appendZeroSlots(t, into: &s)
        zeroTemplates[Int(t)] = s
        return s
    }

    @inline(__always) func heapStore(_ o: ObjRef, _ i: Int, _ v: Value) {
        heap.store(o, i, v)
    }
    @inline(__always) func heapStoreN(_ o: ObjRef, _ i: Int, _ vs: [Value]) {
        heap.storeN(o, i, vs)
    }

    // MARK: slices

    func elemSize(sliceType t: RTypeID) -> Int {
        let e = prog.types[t].elem
        return e >= 0 ? prog.types[e].size : 8
    }

    func makeSlice(type t: RTypeID, width w: Int, len: Int, cap: Int) -> Value {
        let et = prog.types[t].elem
        var one: [Value] = []
        prog.types.appendZeroSlots(et, into: &one)
        var s: [Value] = []
        s.reserveCapacity(cap * w)
        if w == 1 { s = [Value](repeating: one.first ?? .int(0), count: cap) } else {
            for _ in 0..<cap { s.append(contentsOf: one) }
        }
        let o = allocSlots(s, bytes: cap * elemSize(sliceType: t), noscan: prog.types[et].ptrdata == 0)
        return .slice(o, off: 0, len: UInt32(len), cap: UInt32(cap))
    }

    /// A new slice holding `vs` (one slot per element).
    func allocSlice(_ vs: [Value], type t: RTypeID) -> Value {
        allocSliceSlots(vs, count: vs.count, type: t)
    }

    func allocSliceSlots(_ vs: [Value], count: Int, type t: RTypeID) -> Value {
        if count == 0 && vs.isEmpty {
            // Go: a zero-length literal still is non-nil (points at zerobase).
            let o = allocSlots([], bytes: 0, noscan: true)
            return .slice(o, off: 0, len: 0, cap: 0)
        }
        let et = prog.types[t].elem
        let o = allocSlots(vs, bytes: count * elemSize(sliceType: t), noscan: et < 0 || prog.types[et].ptrdata == 0)
        return .slice(o, off: 0, len: UInt32(count), cap: UInt32(count))
    }

    func sliceElems(_ s: Value, width w: Int) -> [Value] {
        sliceSlots(s, width: w)
    }

    /// The flattened slots of a slice's elements.
    func sliceSlots(_ s: Value, width w: Int) -> [Value] {
        guard case .slice(let o, let off, let ln, _) = s, ln > 0 else { return [] }
        return heap.loadN(o, Int(off), Int(ln) * w)
    }

    @inline(__always) func lenOf(_ v: Value) -> Int {
        switch v {
        case .string(let s): return s.count
        case .slice(_, _, let l, _): return Int(l)
        case .map(let o): return heap.map(o)?.count ?? 0
        case .chan(let c): return chanLen(c)
        case .agg(let vs): return vs.count
        default: return 0
        }
    }

    @inline(__always) func capOf(_ v: Value) -> Int {
        switch v {
        case .slice(_, _, _, let c): return Int(c)
        case .chan(let c): return chanCap(c)
        case .agg(let vs): return vs.count
        default: return 0
        }
    }

    /// Go 1.19 growslice's capacity computation, then roundupsize to a size class.
    func growCap(oldCap: Int, needed: Int, elemSize: Int) -> Int {
        var newcap = oldCap
        let doublecap = newcap + newcap
        if needed > doublecap {
            newcap = needed
        } else {
            let threshold = 256
            if oldCap < threshold {
                newcap = doublecap
            } else {
                while 0 < newcap && newcap < needed { newcap += (newcap + 3 * threshold) / 4 }
                if newcap <= 0 { newcap = needed }
            }
        }
        if elemSize == 0 { return newcap }
        let mem = roundupsize(newcap * elemSize)
        return mem / elemSize
    }

    /// malloc.go:roundupsize — the size class an allocation of `size` gets.
    func roundupsize(_ size: Int) -> Int {
        if size <= HeapConst.maxSmallSize {
            for c in SizeClasses.classToSize where c >= size { return Int(c) }
        }
        let page = HeapConst.pageSize
        return (size + page - 1) / page * page
    }

    func appendValues(_ s: Value, _ vs: [Value], count: Int, width w: Int, type t: RTypeID) -> Value {
        var o = ObjRef.none, off: UInt32 = 0, ln = 0, cp = 0
        if case .slice(let so, let soff, let sl, let sc) = s { o = so; off = soff; ln = Int(sl); cp = Int(sc) }
        if count == 0 { return s }
        let need = ln + count
        if need <= cp {
            heap.storeN(o, Int(off) + ln * w, vs)
            return .slice(o, off: off, len: UInt32(need), cap: UInt32(cp))
        }
        let es = elemSize(sliceType: t)
        let newcap = growCap(oldCap: cp, needed: need, elemSize: es)
        var slots: [Value] = []
        slots.reserveCapacity(newcap * w)
        if ln > 0 { slots.append(contentsOf: heap.loadN(o, Int(off), ln * w)) }
        slots.append(contentsOf: vs)
        let et = prog.types[t].elem
        var zero: [Value] = []
        prog.types.appendZeroSlots(et, into: &zero)
        while slots.count < newcap * w { slots.append(contentsOf: zero) }
        let no = allocSlots(slots, bytes: newcap * es, noscan: prog.types[et].ptrdata == 0)
        return .slice(no, off: 0, len: UInt32(need), cap: UInt32(newcap))
    }

    func copySlice(_ dst: Value, _ src: Value, width w: Int) -> Int {
        guard case .slice(let d, let doff, let dl, _) = dst else { return 0 }
        var vs: [Value]
        var sl: Int
        switch src {
        case .slice(let s, let soff, let l, _):
            sl = Int(l)
            let n = min(Int(dl), sl)
            vs = heap.loadN(s, Int(soff), n * w)
        case .string(let str):
            sl = str.count
            vs = str.bytes.prefix(Int(dl)).map { .int(Int64($0)) }
        default: return 0
        }
        let n = min(Int(dl), sl)
        if n > 0 { heap.storeN(d, Int(doff), Array(vs.prefix(n * w))) }
        return n
    }

    enum SliceError: Error { case bounds(Value) 
        var value: Value { if case .bounds(let v) = self { return v }; return .nil } }

    /// s[lo:hi:max] for strings (kind 0), slices (1), arrays via pointer (2).
    func sliceOp(_ x: Value, lo: Int64?, hi: Int64?, max mx: Int64?, kind: UInt8, width w: Int, arrayLen: Int)
        -> Result<Value, SliceError>
    {
        let l = lo ?? 0
        switch kind {
        case 0:
            let s = x.str
            let h = hi ?? Int64(s.count)
            if h < 0 || h > Int64(s.count) { return .failure(.bounds(boundsError("slice bounds out of range [:\(h)] with length \(s.count)"))) }
            if l < 0 || l > h { return .failure(.bounds(boundsError("slice bounds out of range [\(l):\(h)]"))) }
            let r = GoString(Array(s.bytes[Int(l) ..< Int(h)]))
            return .success(.string(r))
        default:
            var o = ObjRef.none, off: UInt32 = 0, ln = 0, cp = 0
            if kind == 1 {
                if case .slice(let so, let soff, let sl, let sc) = x { o = so; off = soff; ln = Int(sl); cp = Int(sc) }
            } else {
                guard case .pointer(let po, let poff) = x else { return .failure(.bounds(nilDeref())) }
                o = po; off = poff; ln = arrayLen; cp = arrayLen
            }
            let m = mx ?? Int64(cp)
            let h = hi ?? Int64(ln)
            if mx != nil {
                if m < 0 || m > Int64(cp) { return .failure(.bounds(boundsError("slice bounds out of range [::\(m)] with capacity \(cp)"))) }
                if h < 0 || h > m { return .failure(.bounds(boundsError("slice bounds out of range [:\(h):\(m)]"))) }
                if l < 0 || l > h { return .failure(.bounds(boundsError("slice bounds out of range [\(l):\(h):]"))) }
            } else {
                if h < 0 || h > Int64(cp) {
                    return .failure(.bounds(boundsError(kind == 2 ? "slice bounds out of range [:\(h)] with length \(cp)" : "slice bounds out of range [:\(h)] with capacity \(cp)")))
                }
                if l < 0 || l > h { return .failure(.bounds(boundsError("slice bounds out of range [\(l):\(h)]"))) }
            }
            if o.isNone { return .success(.nil) }
            return .success(.slice(o, off: off + UInt32(Int(l) * w), len: UInt32(h - l), cap: UInt32(m - l)))
        }
    }

    func growStack(_ st: inout GState, _ need: Int) {
        st.stack = st.stack.grown(to: Swift.max(need, st.stack.count * 2))
    }

    /// stack.go:newstack — double the simulated stack (copystack); past
    /// maxstacksize it is Go's fatal "stack overflow".
    func newstack(_ st: inout GState) -> RunStop? {
        while st.stackUsed > st.stackSize { st.stackSize *= 2 }
        if st.stackSize > maxStackSize {
            let msg = "runtime: goroutine stack exceeds 1000000000-byte limit\n"
                + "runtime: sp=0xc020160398 stack=[0xc020160000, 0xc040160000]\n"
                + "fatal error: stack overflow\n\nruntime stack:\n"
            writeOut(2, Array(msg.utf8))
            writeTraceback(&st)
            return .exitProgram(2)
        }
        stackGrew(&st)
        return nil
    }

    // MARK: comparing and hashing through interfaces (alg.go efaceeq, typehash)

    /// Which runtime types are comparable (computed once per program).
    static func comparableTypes(_ table: RTypeTable) -> [Bool] {
        var memo = [UInt8](repeating: 0, count: table.types.count)   // 0 unknown, 1 yes, 2 no
        func cmp(_ i: Int) -> Bool {
            if memo[i] != 0 { return memo[i] == 1 }
            memo[i] = 1   // recursive types are comparable unless a part says no
            let t = table.types[i]
            var ok: Bool
            switch t.kind {
            case .slice, .map, .func: ok = false
            case .array: ok = cmp(Int(t.elem))
            case .struct: ok = t.fields.allSatisfy { cmp(Int($0.type)) }
            default: ok = true
            }
            memo[i] = ok ? 1 : 2
            return ok
        }
        return (0..<table.types.count).map(cmp)
    }

    /// alg.go efaceeq: two interfaces holding the same uncomparable dynamic
    /// type panic ("comparing uncomparable type []int").
    @inline(__always)
    func uncomparableError(_ x: Value, _ y: Value) -> Value? {
        guard case .iface(let tx, _) = x, case .iface(let ty, _) = y, tx == ty,
              Int(tx) < comparableType.count, !comparableType[Int(tx)] else { return nil }
        return runtimeError("comparing uncomparable type " + prog.types[tx].name)
    }

    /// alg.go typehash: a map key whose dynamic type cannot be hashed panics
    /// ("hash of unhashable type []int").
    @inline(__always)
    func unhashableError(_ k: Value) -> Value? {
        guard case .iface(let t, _) = k, Int(t) < comparableType.count, !comparableType[Int(t)] else { return nil }
        return runtimeError("hash of unhashable type " + prog.types[t].name)
    }

    // MARK: maps

    func makeMap(type t: RTypeID) -> Value {
        .map(heap.newmap(GoMap()))
    }

    /// mapassign.
    func mapSet(_ o: ObjRef, _ k: Value, _ v: Value) {
        let old = heap.map(o)?.get(k) ?? .nil
        heap.mutateMap(o, old: old, new: .agg([k, v])) { $0.set(k, v) }
    }

    /// mapdelete.
    func mapDelete(_ o: ObjRef, _ k: Value) {
        let old = heap.map(o)?.get(k) ?? .nil
        heap.mutateMap(o, old: .agg([k, old]), new: .nil) { $0.delete(k) }
    }

    /// mapiterinit: a random starting position (from the run's seed), then
    /// every entry position once. Iterator = .agg([map, start, step, n]).
    func mapIterStart(_ m: Value) -> Value {
        guard case .map(let o) = m, let gm = heap.map(o), gm.capacity > 0 else {
            return .agg([.nil, .int(0), .int(0), .int(0)])
        }
        let n = gm.capacity
        let start = Int(rand.uint32n(UInt32(n)))
        return .agg([m, .int(Int64(start)), .int(0), .int(Int64(n))])
    }

    func mapIterNext(_ it: inout Value) -> (Value, Value)? {
        guard case .agg(let s) = it, case .map(let o) = s[0] else { return nil }
        let start = Int(int(s[1])), n = Int(int(s[3]))
        var k = Int(int(s[2]))
        guard let gm = heap.map(o) else { return nil }
        while k < n {
            let idx = (start + k) % n
            k += 1
            if idx < gm.capacity && gm.live[idx] {
                it = .agg([s[0], s[1], .int(Int64(k)), s[3]])
                return (gm.keys[idx], gm.vals[idx])
            }
        }
        it = .agg([s[0], s[1], .int(Int64(k)), s[3]])
        return nil
    }

    // MARK: interfaces

    enum MethodTarget {
        case user(FuncIndex, Value)
        case lib(UInt16, Value)
    }

    /// Find the method `name` of an interface value's dynamic type and the
    /// receiver to pass (dereferencing *T for a value-receiver method).
    func resolveMethod(_ x: Value, name: String) -> MethodTarget? {
        guard case .iface(let t, let v) = x else { return nil }
        let rt = prog.types[t]
        guard let m = rt.method(named: name) else { return nil }
        var recv = unboxed(v)
        if rt.kind == .pointer && !m.pointerReceiver {
            guard case .pointer(let o, let off) = v else { return nil }
            let w = prog.types[rt.elem].slotCount
            recv = w == 1 ? heap.load(o, Int(off)) : .agg(heap.loadN(o, Int(off), w))
        }
        if m.fn < 0 { return .lib(UInt16(-m.fn - 1), recv) }
        return .user(m.fn, recv)
    }

    func implements(_ t: RTypeID, _ iface: RTypeID) -> Bool {
        let rt = prog.types[t]
        for name in prog.types[iface].ifaceMethods where rt.method(named: name) == nil { return false }
        return true
    }

    func assertionError(_ x: Value, target: RTypeID, iface: RTypeID) -> Value {
        // The runtime spells the empty interface "interface {}".
        let iname = prog.types[iface].ifaceMethods.isEmpty && !prog.types[iface].named ? "interface {}" : prog.types[iface].name
        let tname = prog.types[target].name
        guard case .iface(let t, _) = x else {
            // TypeAssertionError names the static interface type.
            return typeAssertionError("interface conversion: \(iname) is nil, not \(tname)")
        }
        let dname = prog.types[t].name
        if prog.types[target].kind == .interface {
            let missing = prog.types[target].ifaceMethods.first { prog.types[t].method(named: $0) == nil } ?? ""
            return typeAssertionError("interface conversion: \(dname) is not \(tname): missing method \(missing)")
        }
        return typeAssertionError("interface conversion: \(iname) is \(dname), not \(tname)")
    }

    /// runtime.TypeAssertionError (a runtime.Error whose text has no "runtime error: " prefix).
}
