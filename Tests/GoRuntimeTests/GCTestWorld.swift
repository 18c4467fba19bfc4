@testable import GoRuntime

/// A mutator for collector tests: goroutine stacks of object references, globals,
/// and a driver that runs a GC cycle in small steps interleaved with mutation.
/// Reachability is recomputed independently of the collector (plain graph walk).
struct GCTestWorld {
    var heap: HeapState
    var stacks: [[ObjRef]]
    var rng: Rand
    let slotsPerObject = 4

    init(seed: UInt64, goroutines: Int = 3, procs: Int = 2, globals: Int = 4) {
        heap = HeapState(procs: procs, gogc: 100)
        heap.recordEvents = false
        heap.allocGlobals(count: globals, zero: .nil)
        stacks = Array(repeating: [], count: goroutines)
        rng = Rand(seed: seed)
    }

    var procs: Int { heap.mcaches.count }

    /// Root references: globals and every stack.
    func roots() -> [ObjRef] {
        var r: [ObjRef] = []
        for v in heap.globals { v.forEachRef { r.append($0) } }
        for s in stacks { r.append(contentsOf: s) }
        return r
    }

    /// Independent reachability walk over the payloads (keys: span<<32 | index).
    func reachable() -> Set<UInt64> {
        var seen = Set<UInt64>()
        var todo = roots()
        while let r = todo.popLast() {
            let k = UInt64(r.span) << 32 | UInt64(r.index)
            if seen.insert(k).inserted {
                if let slots = try? heap.loadSlots(r, 0, heap.slotCount(r)) {
                    for v in slots { v.forEachRef { todo.append($0) } }
                }
            }
        }
        return seen
    }

    /// Every allocated object right now (keys as in `reachable`), with a ref to it.
    func allocated() -> [UInt64: ObjRef] {
        var out: [UInt64: ObjRef] = [:]
        for s in heap.spans.indices where heap.spans[s].state == .inUse {
            for i in 0..<heap.spans[s].nelems where !heap.spans[s].isFree(i) {
                out[UInt64(s) << 32 | UInt64(i)] = ObjRef(span: s, index: i, seq: heap.spans[s].seqs[i])
            }
        }
        return out
    }

    mutating func rand(_ n: Int) -> Int { Int(rng.uint32n(UInt32(max(n, 1)))) }

    /// One random mutator step by goroutine `g` running on P `p`. Returns false if a
    /// load hit a freed object (a lost live object).
    mutating func mutate(g: Int, p: Int) -> Bool {
        let stackGrey = !heap.stackScanned(GID(index: g))
        switch rand(10) {
        case 0, 1, 2: // allocate a pointer object (or a noscan one), keep it on the stack
            let noscan = rand(4) == 0
            let size = noscan ? 16 + 8 * rand(6) : 32 + 16 * rand(4)
            let slots: [Value] = noscan ? [.int(7)] : Array(repeating: .nil, count: slotsPerObject)
            let r = heap.mallocgc(size: size, noscan: noscan, slots: slots, p: p)
            stacks[g].append(r)
        case 3, 4: // load a pointer field onto the stack
            guard !stacks[g].isEmpty else { return true }
            let a = stacks[g][rand(stacks[g].count)]
            guard let n = try? heap.slotCount(a) else { return false }
            guard n == slotsPerObject, let v = try? heap.load(a, rand(n)) else { return n != 0 || heap.isLive(a) }
            if case .pointer(let o, _) = v {
                guard heap.isLive(o) else { return false }
                stacks[g].append(o)
            }
        case 5, 6: // store a stack reference (or nil) into a field
            guard !stacks[g].isEmpty else { return true }
            let a = stacks[g][rand(stacks[g].count)]
            guard heap.isLive(a) else { return false }
            guard (try? heap.slotCount(a)) == slotsPerObject else { return true }
            let v: Value = rand(4) == 0 ? .nil : .pointer(stacks[g][rand(stacks[g].count)], 0)
            do { try heap.store(a, rand(slotsPerObject), v, p: p, stackGrey: stackGrey) } catch { return false }
        case 7: // drop a stack reference
            if !stacks[g].isEmpty { stacks[g].remove(at: rand(stacks[g].count)) }
        case 8: // store into a global
            let v: Value = stacks[g].isEmpty || rand(3) == 0 ? .nil : .pointer(stacks[g][rand(stacks[g].count)], 0)
            heap.storeGlobal(rand(heap.globals.count), v, p: p, stackGrey: stackGrey)
        default: // load a global onto the stack
            if case .pointer(let o, _) = heap.globals[rand(heap.globals.count)] {
                guard heap.isLive(o) else { return false }
                stacks[g].append(o)
            }
        }
        if stacks[g].count > 12 { stacks[g].removeFirst() }
        return true
    }

    /// Run a root job or a small drain on P `p`.
    mutating func markStep(p: Int, budget: Int) {
        if let job = heap.nextRootJob() {
            switch job {
            case .globals: _ = heap.markrootGlobals(p: p)
            case .channels: _ = heap.markrootChannels(refs: [], p: p)
            case .stack(let g): _ = heap.markrootStack(g: g, refs: stacks[g.index], stackBytes: 8192, p: p)
            }
            return
        }
        _ = heap.gcDrainHeap(p: p, budget: budget)
    }

    /// Start a cycle (STW #1).
    mutating func gcStart(now: Int64 = 0) {
        heap.gcStartWorldStopped(now: now, procs: procs, goroutines: stacks.indices.map { GID(index: $0) })
    }

    /// Try to finish marking: ragged barrier then STW #2 if nothing was flushed.
    mutating func tryMarkDone(now: Int64 = 0) -> Bool {
        if heap.gcMarkDoneFlush() { return false }
        heap.gcMarkTerminationWorldStopped(now: now, procs: procs)
        return true
    }
}
