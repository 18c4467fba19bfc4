// The scheduler calls channels and sync code makes (proc.go names), in one
// place so the hot paths read like Go's source.

extension Runtime {
    /// `getg().m.curg`.
    @inline(__always) var chanCurG: GID { currentG }
    /// `getg().m.p`.
    @inline(__always) var chanCurP: PID { currentP }
    /// `ncpu` — the simulated machine has as many CPUs as GOMAXPROCS.
    @inline(__always) var chanNCPU: Int32 { Int32(config.gomaxprocs) }
    @inline(__always) var chanNow: Int64 { now }
    @inline(__always) func chanGoid(_ g: GID) -> Goid { goid(g) }
    /// `gopark(…, reason)`: the executor must return `.parked`.
    @inline(__always) func chanPark(_ reason: WaitReason, _ on: WaitObject) { gopark(reason: reason, on: on) }
    /// `goready(gp)`: into the current P's runnext.
    @inline(__always) func chanReady(_ g: GID) { goready(g) }
    @inline(__always) func chanEmit(_ e: consuming ChanEvent) { emit(.chan(e)) }
    @inline(__always) func syncEmit(_ e: consuming SyncEvent) { emit(.sync(e)) }
}
