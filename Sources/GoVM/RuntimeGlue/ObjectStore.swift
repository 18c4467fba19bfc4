// The interpreter's view of heap object payloads. Until the heap owner's
// `mallocgc`/payload store is wired, objects live here (a flat table, no
// freeing). Every access goes through these few functions so switching the
// backing store is local to this file.
import GoRuntime

public struct ObjectStore: Sendable {
    public var objs: [[Value]] = [[]]   // index 0 = nil object
    public init() {}

    @inline(__always) public mutating func alloc(_ slots: [Value]) -> ObjRef {
        objs.append(slots)
        return ObjRef(raw: UInt64(objs.count - 1))
    }
    @inline(__always) public func load(_ o: ObjRef, _ i: Int) -> Value {
        objs[Int(o.raw)][i]
    }
    @inline(__always) public mutating func store(_ o: ObjRef, _ i: Int, _ v: Value) {
        objs[Int(o.raw)][i] = v
    }
    @inline(__always) public func loadN(_ o: ObjRef, _ i: Int, _ n: Int) -> [Value] {
        Array(objs[Int(o.raw)][i ..< i + n])
    }
    @inline(__always) public mutating func storeN(_ o: ObjRef, _ i: Int, _ vs: [Value]) {
        objs[Int(o.raw)].replaceSubrange(i ..< i + vs.count, with: vs)
    }
    @inline(__always) public func count(_ o: ObjRef) -> Int { objs[Int(o.raw)].count }
    /// Append (map entries, growing backing stores in place when possible).
    @inline(__always) public mutating func append(_ o: ObjRef, _ v: Value) {
        objs[Int(o.raw)].append(v)
    }
}
