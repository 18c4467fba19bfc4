// Heap benchmarks (host wall time, release build):
//  1. allocation rate of small objects through `mallocgc` (the allocator with
//     its cycles: a 1 000-object live window, everything else garbage);
//  2. one full collection (STW start, mark, mark termination, complete sweep)
//     over 10^6 live objects linked as a binary tree from one global.
// Both drive HeapState directly (no interpreter, no scheduler, events off).

import Foundation
import GoRuntime

/// Seconds of host time taken by `body`.
private func hostSeconds(_ body: () -> Void) -> Double {
    let t0 = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9
}

/// A complete stop-the-world cycle on `h` with the given stack roots.
private func fullCycle(_ h: inout HeapState, roots: [ObjRef]) {
    h.gcStartWorldStopped(now: 0, procs: 1, goroutines: [GID(0)])
    while true {
        if let job = h.nextRootJob() {
            switch job {
            case .globals: _ = h.markrootGlobals(p: 0)
            case .channels: _ = h.markrootChannels(refs: [], p: 0)
            case .stack(let g): _ = h.markrootStack(g: g, refs: roots, stackBytes: 8192, p: 0)
            }
            continue
        }
        if h.gcDrainHeap(p: 0, budget: 1 << 30) == 0 && !h.gcMarkDoneFlush() { break }
    }
    h.gcMarkTerminationWorldStopped(now: 0, procs: 1)
}

/// Small-object allocations per second of host time, GC cycles included.
func heapAllocRate(count: Int) -> (perSecond: Double, cycles: UInt32) {
    var h = HeapState(procs: 1, gogc: 100)
    h.recordEvents = false
    let template: [Value] = [.nil, .int(0)]
    var window = [ObjRef](repeating: .none, count: 1000)
    let secs = hostSeconds {
        for i in 0..<count {
            let r = h.mallocgc(size: 32, noscan: false, slots: template, p: 0)
            window[i % 1000] = r
            if h.gcTriggerHit {
                h.gcTriggerHit = false
                fullCycle(&h, roots: window)
            }
        }
    }
    return (Double(count) / secs, h.stats.numGC)
}

/// Host seconds of one full cycle over `live` reachable objects (and as many garbage ones).
func heapFullCycle(live: Int) -> (seconds: Double, marked: Int, freed: UInt64) {
    var h = HeapState(procs: 1, gogc: -1)   // no automatic cycles while building
    h.recordEvents = false
    h.allocGlobals(count: 1, zero: .nil)
    var objs = [ObjRef]()
    objs.reserveCapacity(live)
    for _ in 0..<live {
        objs.append(h.mallocgc(size: 32, noscan: false, slots: [.nil, .nil], p: 0))
        _ = h.mallocgc(size: 32, noscan: false, slots: [.nil, .nil], p: 0) // garbage
    }
    // Binary tree: node i points to 2i+1 and 2i+2; the root is a global.
    for i in 0..<live {
        for k in 0..<2 where 2 * i + 1 + k < live {
            try! h.store(objs[i], k, .pointer(objs[2 * i + 1 + k], 0), p: 0, stackGrey: true)
        }
    }
    h.storeGlobal(0, .pointer(objs[0], 0), p: 0, stackGrey: true)
    objs = []
    let frees0 = h.stats.frees
    let secs = hostSeconds {
        fullCycle(&h, roots: [])
        while h.sweepone() != nil {}
    }
    return (secs, h.pacer.heapMarked, h.stats.frees - frees0)
}

public func heapBench() {
    let (rate, cycles) = heapAllocRate(count: 20_000_000)
    print(String(format: "heap: mallocgc of 32-byte objects: %.1f M allocations/s host time (%d GC cycles included; target ≥ 10 M/s)",
                 rate / 1e6, Int(cycles)))
    let (secs, marked, freed) = heapFullCycle(live: 1_000_000)
    print(String(format: "heap: full GC cycle over 10^6 live objects (+10^6 garbage): %.3f s host time (marked %d MB, freed %d objects; target ≤ 1 s)",
                 secs, marked >> 20, Int(freed)))
}
