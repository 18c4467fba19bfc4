// A Go map's contents (models runtime/map.go's hmap + buckets as one object).
// Insertion-ordered storage with a hash index; iteration order is
// randomised by the interpreter from the run's seed (a random start offset,
// as mapiterinit picks a random bucket and offset), so programs never see
// insertion order. Deleted entries leave tombstones so an iteration in
// progress stays valid; `compact()` reclaims them when no iterator runs.

/// A map key: keys are compared by Go's == on the key type, which for the
/// flattened representation is slot-wise equality of `Value`s, except that
/// floats follow IEEE (-0 == +0; NaN != NaN, so a NaN key is never found).
public struct MapKey: Sendable, Hashable {
    public var v: Value
    @inline(__always) public init(_ v: Value) { self.v = MapKey.canonical(v) }
    static func canonical(_ v: Value) -> Value {
        switch v {
        case .float(let d): return d == 0 ? .float(0) : v
        case .agg(let s): return .agg(s.map(canonical))
        case .iface(let t, let inner): return .iface(t, canonical(inner))
        default: return v
        }
    }
}

public struct GoMap: Sendable {
    public private(set) var keys: [Value] = []
    public private(set) var vals: [Value] = []
    /// false for a deleted entry (tombstone).
    public private(set) var live: [Bool] = []
    private var index: [MapKey: Int] = [:]
    public private(set) var count: Int = 0

    public init() {}

    @inline(__always)
    public func find(_ k: Value) -> Int? { index[MapKey(k)] }

    public func get(_ k: Value) -> Value? {
        guard let i = index[MapKey(k)] else { return nil }
        return vals[i]
    }

    /// Insert or overwrite; returns the entry index.
    @discardableResult
    public mutating func set(_ k: Value, _ v: Value) -> Int {
        let mk = MapKey(k)
        if let i = index[mk] { vals[i] = v; return i }
        keys.append(k); vals.append(v); live.append(true)
        index[mk] = keys.count - 1
        count += 1
        return keys.count - 1
    }

    public mutating func setValue(at i: Int, _ v: Value) { vals[i] = v }

    public mutating func delete(_ k: Value) {
        guard let i = index.removeValue(forKey: MapKey(k)) else { return }
        live[i] = false
        keys[i] = .nil; vals[i] = .nil
        count -= 1
    }

    /// Number of entry positions (live or not) — the iteration space.
    @inline(__always) public var capacity: Int { keys.count }

    /// Drop tombstones (only when no iteration is in progress).
    public mutating func compact() {
        guard count != keys.count else { return }
        var nk: [Value] = [], nv: [Value] = [], nl: [Bool] = []
        nk.reserveCapacity(count); nv.reserveCapacity(count); nl.reserveCapacity(count)
        index.removeAll(keepingCapacity: true)
        for i in 0..<keys.count where live[i] {
            index[MapKey(keys[i])] = nk.count
            nk.append(keys[i]); nv.append(vals[i]); nl.append(true)
        }
        keys = nk; vals = nv; live = nl
    }

    /// Live entries in storage order (callers sort or randomise).
    public var entries: [(key: Value, value: Value)] {
        var out: [(key: Value, value: Value)] = []
        out.reserveCapacity(count)
        for i in 0..<keys.count where live[i] { out.append((keys[i], vals[i])) }
        return out
    }

    public func forEachRef(_ body: (ObjRef) -> Void) {
        for i in 0..<keys.count where live[i] {
            keys[i].forEachRef(body); vals[i].forEachRef(body)
        }
    }
}
