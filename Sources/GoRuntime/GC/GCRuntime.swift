// The heap and collector seen from a running goroutine: `mallocgc` with the
// assist (`deductAssistCredit`/`gcAssistAlloc`) and the heap trigger, the
// barriered stores, `runtime.GC()`, `runtime.ReadMemStats`, and `gcinit`
// (installs the collector's goroutine bodies into the scheduler's hooks).
// Simulation choices:
//  * gcStart runs on the forcegc helper goroutine (readied by the allocating
//    G, which is asked to yield at its next safe point) instead of on the
//    allocating G itself, since the interpreter cannot stop mid-allocation.
//  * runtime.GC() parks its caller ("wait for GC cycle") until the forced
//    cycle's sweep has finished (Go's caller sweeps itself; same effect).
//  * an assist that still owes credit and finds no work parks the G
//    ("GC assist wait") after the allocation rather than before it.

/// Simulated costs of the memory subsystem (ns), written down so students can see them.
public struct GCCostModel: Sendable, Hashable {
    /// Scan work (bytes) one ns of marking covers (≈ 0.25 ns per byte).
    public var scanBytesPerNs = 4
    /// One goroutine stack root job (suspendG + scanstack + resumeG).
    public var stackScanNs: Int64 = 500
    /// `mallocgc` fast path; extra when an allocation hits the trigger (gcStart request).
    public var mallocNs: Int64 = 20
    public var refillNs: Int64 = 300
    /// `sweepone` per span.
    public var sweepSpanNs: Int64 = 200
    /// With the barrier switched off for teaching: one root job or object per
    /// drain, costing this much, so mutator steps interleave visibly with marking.
    public var teachingStepNs: Int64 = 1_000
    public init() {}
}

extension Runtime {
    /// `gcinit` (called from schedinit in Go); the CLI calls it right after creating
    /// the Runtime. Options:
    ///  * `gogc`: GOGC (-1 = off); default `config.gogc`.
    ///  * `heapMinimum`: `--heap-minimum BYTES`, the smallest heap goal (Go: 4 MiB ×
    ///    GOGC/100). Classroom programs allocate little; e.g. 256 KiB makes a demo
    ///    collect early. Scaled by GOGC/100 like Go's.
    ///  * `gctrace`: `--gctrace`, one `GODEBUG=gctrace=1` line per cycle on stderr.
    ///  * `barrierOff`: `--no-write-barrier`, the UNSAFE teaching mode that shows
    ///    the lost-object bug (announced by an event; marking goes slowly).
    /// Installs the collector's hooks into the scheduler. Safe to call more than once.
    public func gcinit(gogc: Int? = nil, heapMinimum: Int? = nil, gctrace: Bool? = nil, barrierOff: Bool? = nil) {
        gc.configured = true
        if let gctrace { gc.gctrace = gctrace }
        if let barrierOff { heap.barrierDisabledForTeaching = barrierOff }
        if gogc != nil || heapMinimum != nil {
            heap.pacer.initialize(gcPercent: gogc ?? config.gogc, heapMinimum: heapMinimum)
            heap.commitPacer()
        } else if heap.pacer.gcPercent != config.gogc {
            heap.setGCPercent(config.gogc)
        }
        installGCHooks()
    }

    /// Configure the collector once (GOGC, per-P state).
    func installGCHooks() {
        guard !gc.hooksInstalled else { return }
        gc.hooksInstalled = true
        if !gc.configured && heap.pacer.gcPercent != config.gogc { heap.setGCPercent(config.gogc) }
        syncProcs()
        // The scheduler asks the collector directly for its goroutine bodies
        // (Startup.swift: gcSystemBody) and mark workers (findRunnableGCWorker);
        // chaining them into `hooks` as well would run each twice (the forcegc
        // helper's doubled first slice used to start a GC at start-up, where
        // real Go reports NumGC 0).
    }

    /// Size the per-P memory state to GOMAXPROCS (`procresize`).
    @inline(__always)
    func syncProcs() {
        let n = Int(sched.gomaxprocs)
        if heap.mcaches.count != n { heap.procresize(n) }
        gc.resize(procs: n)
    }

    /// Move the memory subsystem's recorded events into the run's event log.
    @inline(__always)
    func flushMemEvents() {
        let n = heap.pending.count
        if n == 0 { return }
        if n == 1 {
            // The usual case (one allocation event): move it out, no copy.
            switch heap.pending.removeLast() {
            case .heap(let h): emit(.heap(h))
            case .gc(let g): emit(.gc(g))
            }
            return
        }
        for i in 0..<n {
            switch heap.pending[i] {
            case .heap(let h): emit(.heap(h))
            case .gc(let g): emit(.gc(g))
            }
        }
        heap.clearPending()
    }

    /// The P index to allocate on (P0 outside of any P, e.g. in tests).
    @inline(__always) var memP: Int {
        let p = currentP
        return p.isNone ? 0 : p.index
    }

    // MARK: - Allocation

    /// `mallocgc(size, typ, needzero)`: see Heap/Malloc.swift for the contract.
    /// Charges assist debt while marking, allocates on this P's mcache, and
    /// requests a GC start when the heap trigger is reached.
    public func mallocgc(size: Int, noscan: Bool, slots: [Value]) -> ObjRef {
        mallocgcInit(size: size, noscan: noscan, slots: slots)
    }

    /// `mallocgc` initialised straight from a buffer (the interpreter's
    /// registers holding a composite literal's fields): no intermediate array.
    public func mallocgc(size: Int, noscan: Bool, contents: UnsafeBufferPointer<Value>) -> ObjRef {
        mallocgcInit(size: size, noscan: noscan, slots: contents)
    }

    @inline(__always)
    func mallocgcInit<C: Collection<Value>>(size: Int, noscan: Bool, slots: C) -> ObjRef {
        if !gc.hooksInstalled { installGCHooks() }
        let p = memP
        if p >= heap.mcaches.count { syncProcs() }
        let g = currentG
        if heap.gcBlackenEnabled && !g.isNone && size > 0 {
            gc.chargeAssist(g, bytes: Int64(size))
            if gc.assistBytes[g.index] < 0 { gcAssistAlloc(g) }
        }
        let r = heap.mallocgcInit(size: size, noscan: noscan, slots: slots, p: p)
        advance(gc.cost.mallocNs)
        if heap.gcTriggerHit {
            heap.gcTriggerHit = false
            advance(gc.cost.refillNs)
            gcStartRequest(forced: false, extraRoot: r)
        }
        flushMemEvents()
        return r
    }

    /// `makemap`: a map object of `size` bytes (hmap) holding `map`.
    public func newmap(size: Int, map m: GoMap) -> ObjRef {
        let r = mallocgc(size: max(size, 48), noscan: false, slots: [])
        heap.attachMap(r, m)
        return r
    }

    /// After an allocation: the G must park (assist debt unpaid, or runtime.GC).
    /// The executor returns `.parked` when this is true.
    public var gcMustPark: Bool { parkPending }

    // MARK: - Stores with the write barrier

    /// `*p = v` into heap object `ref` slot `slot` (hybrid write barrier while on).
    @inline(__always)
    public func heapStore(_ ref: ObjRef, _ slot: Int, _ v: Value) throws(HeapFault) {
        guard heap.writeBarrierEnabled else {
            // Barrier off (outside marking): the store alone (a mutating call:
            // a non-mutating one on `heap` would copy the HeapState).
            try heap.storeNoBarrier(ref, slot, v)
            return
        }
        let g = currentG
        try heap.store(ref, slot, v, p: memP, stackGrey: heap.stackGrey(g))
        flushMemEvents()
    }

    /// `typedmemmove` of several slots into `ref` from `slot`.
    public func heapStoreSlots(_ ref: ObjRef, _ slot: Int, _ vs: some Collection<Value>) throws(HeapFault) {
        try heap.storeSlots(ref, slot, vs, p: memP, stackGrey: heap.stackGrey(currentG))
        if heap.writeBarrierEnabled { flushMemEvents() }
    }

    /// A store to package-level variable `i`.
    @inline(__always)
    public func globalStore(_ i: Int, _ v: Value) {
        heap.storeGlobal(i, v, p: memP, stackGrey: heap.stackGrey(currentG))
        if heap.writeBarrierEnabled { flushMemEvents() }
    }

    /// `mapassign`/`mapdelete`: change map `ref` in place; `old`/`new` are the
    /// overwritten and stored key/value (for the barrier).
    public func mapStore<R>(_ ref: ObjRef, old: Value, new: Value, _ body: (inout GoMap) -> R) throws(HeapFault) -> R {
        let r = try heap.mutateMap(ref, old: old, new: new, p: memP, stackGrey: heap.stackGrey(currentG), body)
        if heap.writeBarrierEnabled { flushMemEvents() }
        return r
    }

    // MARK: - runtime.GC, ReadMemStats, debug.SetGCPercent

    /// `runtime.GC()`: start a forced cycle (after any cycle in progress) and
    /// block the caller until it has marked and swept. Returns true if the
    /// caller parked (the executor returns `.parked`; it continues after the call
    /// when woken).
    public func GC() -> Bool {
        if !gc.hooksInstalled { installGCHooks() }
        let g = currentG
        guard !g.isNone else { return false }
        // gcWaitOnMark(n); gcStart(cycle n+1); gcWaitOnMark(n+1); then the sweep.
        // `cycles` already counts a cycle in progress, so the target is always cycles+1:
        // if one is marking now, mark termination starts the next for us.
        if sched.forcegcG.isNone && heap.gcphase == .off {
            gc.startForced = true
            gcBlockingCycle()
            return false
        }
        gc.gcWaiters.append((g: g, cycle: gc.cycles + 1))
        if heap.gcphase == .off && gc.step != .sweepTermination { gcStartRequest(forced: true) }
        gopark(reason: .waitForGCCycle, on: .gc)
        return true
    }

    /// `debug.SetGCPercent(n)`: returns the previous value.
    public func setGCPercent(_ n: Int) -> Int {
        let old = heap.pacer.gcPercent
        heap.setGCPercent(n)
        return old
    }

    /// `runtime.ReadMemStats` (without its stop-the-world: the simulation is between steps).
    public func readMemStats() -> MemStatsValue {
        MemStatsValue(heapAlloc: heap.stats.heapAlloc, totalAlloc: heap.stats.totalAlloc,
                      mallocs: heap.stats.mallocs, frees: heap.stats.frees, numGC: heap.stats.numGC,
                      numForcedGC: heap.stats.numForcedGC, heapSys: UInt64(heap.heapSys),
                      heapInuse: UInt64(heap.pagesInUse * HeapConst.pageSize),
                      nextGC: UInt64(heap.pacer.heapGoal), gcCPUFraction: gc.cpuFraction(now: now, procs: Int(sched.gomaxprocs)),
                      lastGCNanotime: sched.lastGCTime)
    }
}

/// `runtime.MemStats` as the program sees it.
public struct MemStatsValue: Sendable, Hashable {
    public var heapAlloc: UInt64, totalAlloc: UInt64, mallocs: UInt64, frees: UInt64
    public var numGC: UInt32, numForcedGC: UInt32
    public var heapSys: UInt64, heapInuse: UInt64, nextGC: UInt64
    public var gcCPUFraction: Double
    /// memstats.last_gc_nanotime: simulated time the last cycle ended (0: none yet).
    public var lastGCNanotime: Int64 = 0
}
