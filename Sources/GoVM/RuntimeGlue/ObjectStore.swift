// The interpreter's port to the heap (Sources/GoRuntime/Heap, GC): every
// allocation is `rt.mallocgc` with the type's byte size and noscan bit,
// every store goes through `rt.heapStore*` (the hybrid write barrier while
// it is on), loads read the object store. A fault (use of a freed object,
// only possible with the teaching switch that disables the barrier) is
// recorded and reported by the interpreter loop as a fatal error.
import GoRuntime

struct HeapPort {
    unowned(unsafe) let vm: Interpreter

    /// The runtime at +0 (no retain/release around each access).
    @inline(__always) func withRT<R>(_ body: (Runtime) -> R) -> R {
        vm.rtU.unsafelyUnwrapped._withUnsafeGuaranteedRef(body)
    }

    @inline(__always) func load(_ o: ObjRef, _ i: Int) -> Value {
        withRT { rt in
            do throws(HeapFault) { return try rt.heap.vmLoad(o, i) } catch { vm.heapFault(error); return .nil }
        }
    }
    @inline(__always) func loadN(_ o: ObjRef, _ i: Int, _ n: Int) -> [Value] {
        if n == 0 { return [] }
        return withRT { rt in
            do throws(HeapFault) { return try rt.heap.vmLoadSlots(o, i, n) } catch { vm.heapFault(error); return [Value](repeating: .nil, count: n) }
        }
    }
    @inline(__always) func store(_ o: ObjRef, _ i: Int, _ v: Value) {
        withRT { rt in
            do throws(HeapFault) {
                try rt.heap.vmCheckStore(o, i + 1)
                try rt.heapStore(o, i, v)
            } catch { vm.heapFault(error) }
        }
    }
    @inline(__always) func storeN(_ o: ObjRef, _ i: Int, _ vs: [Value]) {
        if vs.isEmpty { return }
        withRT { rt in
            do throws(HeapFault) {
                try rt.heap.vmCheckStore(o, i + vs.count)
                try rt.heapStoreSlots(o, i, vs)
            } catch { vm.heapFault(error) }
        }
    }
    /// mallocgc; a G that must park afterwards (assist, GC start) is parked
    /// at the end of the current instruction.
    func alloc(_ slots: [Value], bytes: Int, noscan: Bool) -> ObjRef {
        withRT { rt in
            let r = rt.mallocgc(size: bytes, noscan: noscan, slots: slots)
            if rt.gcMustPark { vm.parkRequested = true }
            return r
        }
    }
    /// mallocgc initialised from registers (a composite literal's fields).
    func alloc(_ contents: UnsafeBufferPointer<Value>, bytes: Int, noscan: Bool) -> ObjRef {
        withRT { rt in
            let r = rt.mallocgc(size: bytes, noscan: noscan, contents: contents)
            if rt.gcMustPark { vm.parkRequested = true }
            return r
        }
    }
    func newmap(_ m: GoMap) -> ObjRef {
        withRT { rt in
            let r = rt.newmap(size: 48, map: m)
            if rt.gcMustPark { vm.parkRequested = true }
            return r
        }
    }
    func map(_ o: ObjRef) -> GoMap? {
        withRT { rt in
            do throws(HeapFault) { return try rt.heap.vmMap(o) } catch { vm.heapFault(error); return nil }
        }
    }
    func mutateMap(_ o: ObjRef, old: Value, new: Value, _ body: (inout GoMap) -> Void) {
        withRT { rt in
            do throws(HeapFault) { try rt.mapStore(o, old: old, new: new, body) } catch { vm.heapFault(error) }
        }
    }
    func address(_ o: ObjRef) -> UInt64 { withRT { rt in rt.heap.vmAddress(o) } }
}

extension Interpreter {
    var heap: HeapPort { HeapPort(vm: self) }

    func heapFault(_ e: HeapFault) {
        if faulted == nil { faulted = e }
        parkRequested = true
    }
}

// Reads through a `mutating` entry point so the access to `rt.heap` is in
// place (a plain `rt.heap.load(…)` from another module copies the whole
// HeapState value first).
extension HeapState {
    @inline(__always) mutating func vmLoad(_ o: ObjRef, _ i: Int) throws(HeapFault) -> Value {
        if barrierDisabledForTeaching { try vmCheckFreed(o, i + 1) }
        return try loadInPlace(o, i)
    }
    @inline(__always) mutating func vmLoadSlots(_ o: ObjRef, _ i: Int, _ n: Int) throws(HeapFault) -> [Value] {
        if barrierDisabledForTeaching { try vmCheckFreed(o, i + n) }
        return try loadSlotsInPlace(o, i, n)
    }
    /// With the barrier off (teaching mode) a reachable object can be swept:
    /// its payload is released, and `isLive` does not always see it (a slot
    /// below the span's `freeindex` counts as allocated). Fault instead of
    /// indexing the released payload. Only in teaching mode (not on the hot path).
    @inline(never) mutating func vmCheckFreed(_ o: ObjRef, _ end: Int) throws(HeapFault) {
        if o.isNone || o.isZerobase { return }
        if try slotCountInPlace(o) < end { throw .useOfFreedObject(o) }
    }
    @inline(__always) mutating func vmCheckStore(_ o: ObjRef, _ end: Int) throws(HeapFault) {
        if barrierDisabledForTeaching { try vmCheckFreed(o, end) }
    }
    @inline(__always) mutating func vmMap(_ o: ObjRef) throws(HeapFault) -> GoMap {
        try mapInPlace(o)
    }
    @inline(__always) mutating func vmAddress(_ o: ObjRef) -> UInt64 {
        addressInPlace(of: o)
    }
}
