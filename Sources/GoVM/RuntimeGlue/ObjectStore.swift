// The interpreter's port to the heap (Sources/GoRuntime/Heap, GC): every
// allocation is `rt.mallocgc` with the type's byte size and noscan bit,
// every store goes through `rt.heapStore*` (the hybrid write barrier while
// it is on), loads read the object store. A fault (use of a freed object,
// only possible with the teaching switch that disables the barrier) is
// recorded and reported by the interpreter loop as a fatal error.
import GoRuntime

struct HeapPort {
    unowned(unsafe) let vm: Interpreter

    @inline(__always) func load(_ o: ObjRef, _ i: Int) -> Value {
        do { return try vm.rt.heap.vmLoad(o, i) } catch { vm.heapFault(error); return .nil }
    }
    @inline(__always) func loadN(_ o: ObjRef, _ i: Int, _ n: Int) -> [Value] {
        if n == 0 { return [] }
        do { return try vm.rt.heap.vmLoadSlots(o, i, n) } catch { vm.heapFault(error); return [Value](repeating: .nil, count: n) }
    }
    @inline(__always) func store(_ o: ObjRef, _ i: Int, _ v: Value) {
        do {
            try vm.rt.heap.vmCheckStore(o, i + 1)
            try vm.rt.heapStore(o, i, v)
        } catch { vm.heapFault(error) }
    }
    @inline(__always) func storeN(_ o: ObjRef, _ i: Int, _ vs: [Value]) {
        if vs.isEmpty { return }
        do {
            try vm.rt.heap.vmCheckStore(o, i + vs.count)
            try vm.rt.heapStoreSlots(o, i, vs)
        } catch { vm.heapFault(error) }
    }
    /// mallocgc; a G that must park afterwards (assist, GC start) is parked
    /// at the end of the current instruction.
    func alloc(_ slots: [Value], bytes: Int, noscan: Bool) -> ObjRef {
        let r = vm.rt.mallocgc(size: bytes, noscan: noscan, slots: slots)
        if vm.rt.gcMustPark { vm.parkRequested = true }
        return r
    }
    func newmap(_ m: GoMap) -> ObjRef {
        let r = vm.rt.newmap(size: 48, map: m)
        if vm.rt.gcMustPark { vm.parkRequested = true }
        return r
    }
    func map(_ o: ObjRef) -> GoMap? {
        do { return try vm.rt.heap.vmMap(o) } catch { vm.heapFault(error); return nil }
    }
    func mutateMap(_ o: ObjRef, old: Value, new: Value, _ body: (inout GoMap) -> Void) {
        do { try vm.rt.mapStore(o, old: old, new: new, body) } catch { vm.heapFault(error) }
    }
    func address(_ o: ObjRef) -> UInt64 { vm.rt.heap.vmAddress(o) }
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
        return try load(o, i)
    }
    @inline(__always) mutating func vmLoadSlots(_ o: ObjRef, _ i: Int, _ n: Int) throws(HeapFault) -> [Value] {
        if barrierDisabledForTeaching { try vmCheckFreed(o, i + n) }
        return Array(try loadSlots(o, i, n))
    }
    /// With the barrier off (teaching mode) a reachable object can be swept:
    /// its payload is released, and `isLive` does not always see it (a slot
    /// below the span's `freeindex` counts as allocated). Fault instead of
    /// indexing the released payload. Only in teaching mode (not on the hot path).
    @inline(never) mutating func vmCheckFreed(_ o: ObjRef, _ end: Int) throws(HeapFault) {
        if o.isNone || o.isZerobase { return }
        if try slotCount(o) < end { throw .useOfFreedObject(o) }
    }
    @inline(__always) mutating func vmCheckStore(_ o: ObjRef, _ end: Int) throws(HeapFault) {
        if barrierDisabledForTeaching { try vmCheckFreed(o, end) }
    }
    @inline(__always) mutating func vmMap(_ o: ObjRef) throws(HeapFault) -> GoMap {
        try map(o)
    }
    @inline(__always) mutating func vmAddress(_ o: ObjRef) -> UInt64 {
        address(of: o)
    }
}
