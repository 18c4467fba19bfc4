// Start-up and the runtime's own goroutines (asm_amd64.s:rt0_go, proc.go:
// schedinit, mstart, main, forcegchelper; mgc.go:gcenable; mgcsweep.go:
// bgsweep; mgcscavenge.go:bgscavenge). Leaves out signals, cgo, inits of
// the runtime package other than forcegc, and the finalizer goroutine.

extension Runtime {
    /// asm_amd64.s:rt0_go — m0 and g0, `schedinit`, `newproc(runtime.main)`, `mstart`.
    func rt0_go() {
        sched.rng = Rand(seed: config.seed)
        // m0 (g0 is implicit: an M with no curg is on g0).
        let m0 = newm()
        sched.curM = m0
        sched.allm[m0.index].state = .running
        schedinit()
        // newproc(runtime.main): goroutine 1 in P0's runnext.
        sched.mainG = newproc(body: .system(.runtimeMain), name: "runtime.main", creator: .none, isSystem: false)
        // mstart → mstart1 → schedule(): the first step of m0.
        sched.curM = .none
    }

    /// proc.go:schedinit — `maxmcount`, `procresize(GOMAXPROCS)` (P0 to m0).
    func schedinit() {
        let n = max(1, min(config.gomaxprocs, 1024))
        procresize(Int32(n))
    }

    /// Run one slice of a runtime goroutine body (or the hook's replacement).
    func runSystemBody(_ gp: GID, _ body: SystemBody, budget: Int64) -> ExecStop {
        // The collector's bodies (GC/GCCycleRuntime.swift), then any plug-in.
        if let stop = gcSystemBody(gp, body, budget: budget) { return stop }
        if let hook = hooks.runSystemBody, let stop = hook(self, gp, body, budget) { return stop }
        switch body {
        case .runtimeMain: return runtimeMain(gp)
        case .forcegchelper: return forcegchelper(gp)
        case .bgsweep: return bgWorkerReport(gp, parkReason: .gcSweepWait)
        case .bgscavenge: return bgWorkerReport(gp, parkReason: .gcScavengeWait)
        case .gcBgMarkWorker:
            gopark(reason: .gcWorkerIdle, on: .gc)
            return .parked(0)
        case .custom:
            gopark(reason: .zero, on: .runtimeInternal)
            return .parked(0)
        }
    }

    /// proc.go:main — goroutine 1. Start sysmon (`mainStarted`), run the
    /// runtime's init (forcegc helper), `gcenable` (bgsweep, bgscavenge; wait
    /// for both to report on a channel), then call `main.main` through the executor.
    func runtimeMain(_ gp: GID) -> ExecStop {
        switch sched.allgs[gp.index].syspc {
        case 0:
            sched.mainStarted = true
            if config.sysmonEnabled { startSysmon() }
            if !config.runtimeGoroutines {
                sched.allgs[gp.index].syspc = 2
                return runtimeMain(gp)
            }
            // doInit(runtime_inittask): func init() { go forcegchelper() }
            sched.forcegcG = newproc(system: .forcegchelper, name: "runtime.forcegchelper")
            // gcenable: c := make(chan int, 2); go bgsweep(c); go bgscavenge(c); <-c; <-c
            sched.gcenableReports = 0
            newproc(system: .bgsweep, name: "runtime.bgsweep")
            newproc(system: .bgscavenge, name: "runtime.bgscavenge")
            sched.allgs[gp.index].syspc = 1
            return runtimeMain(gp)
        case 1:
            if sched.gcenableReports < 2 {
                // <-c (the channel is internal to the runtime; the G shows "chan receive").
                gopark(reason: .chanReceive, on: .runtimeInternal)
                return .parked(0)
            }
            sched.allgs[gp.index].syspc = 2
            return runtimeMain(gp)
        default:
            // main_main: from now on goroutine 1 runs user code.
            sched.allgs[gp.index].body = .user(-1)
            sched.allgs[gp.index].nameIndex = sched.intern("main.main")
            executor.mainEntry(self, g: gp)
            return .budget(0)
        }
    }

    /// bgsweep/bgscavenge's start: `c <- 1` to runtime.main, then park for good
    /// (until the collector owner's hook gives them work).
    func bgWorkerReport(_ gp: GID, parkReason: WaitReason) -> ExecStop {
        if sched.allgs[gp.index].syspc == 0 {
            sched.allgs[gp.index].syspc = 1
            sched.gcenableReports += 1
            let mg = sched.mainG
            if sched.allgs[mg.index].status == .waiting && sched.allgs[mg.index].syspc == 1 {
                goready(mg)
            }
        }
        gopark(reason: parkReason, on: .gc)
        return .parked(0)
    }

    /// proc.go:forcegchelper — parks "force gc (idle)"; sysmon injects it
    /// every 2 minutes without a GC (the collector's hook starts the cycle).
    func forcegchelper(_ gp: GID) -> ExecStop {
        gopark(reason: .forceGCIdle, on: .gc)
        return .parked(0)
    }
}
