import Testing
@testable import GoRuntime

// sysmon (proc.go: sysmon, retake, preemptone), syscalls and timers.

/// A tight loop is preempted by sysmon once its time slice has lasted 10 ms
/// (as sysmon sees it: its own tick noticed the slice, then 10 ms passed);
/// it goes to the global queue and the waiting G runs.
@Test func schedSysmonPreemptsTightLoopAfter10ms() {
    let spinner = Script("main.spin", [.compute(50_000_000), .ready(1)])
    let other = Script("main.other", [.print("other\n"), .ready(1)])
    // go other; go spin  → spin in runnext (runs first), other in the ring.
    let rt = scriptRuntime(gomaxprocs: 1, main: [.go(2), .go(1), .park(1), .park(1)], functions: [spinner, other])
    runChecked(rt)
    #expect(rt.exitCode == 0)
    let ev = schedEvents(rt)
    let spinGoid: Goid = 6, otherGoid: Goid = 5
    let req = ev.firstIndex { if case .preemptRequest(spinGoid, _, _) = $0.s { return true }; return false }!
    guard case let .preemptRequest(_, p, ran) = ev[req].s else { return }
    #expect(p == PID(0))
    #expect(ran >= forcePreemptNS && ran < 2 * forcePreemptNS)
    #expect(ev[req].e.m == rt.sched.sysmon.m)
    // Then, on the spinner's M: GoPreempt, to the global queue, other starts.
    let rest = ev[(req + 1)...].filter { $0.e.m == MID(0) }.prefix(3).map(\.s)
    #expect(rest == [.goPreempt(g: spinGoid), .runqPut(g: spinGoid, p: .none, where: .global), .goStart(g: otherGoid, inheritTime: false)])
    let spinStart = ev.first { if case .goStart(spinGoid, _) = $0.s { return true }; return false }!.e.time
    let preempt = ev.first { if case .goPreempt(spinGoid) = $0.s { return true }; return false }!.e.time
    #expect(preempt - spinStart >= forcePreemptNS && preempt - spinStart < 2 * forcePreemptNS)
    #expect(rt.output.text(fd: 1) == "other\n")
}

/// A G in a 1 ms syscall loses its P after sysmon's next tick, because a G
/// is waiting in the P's queue; a new M runs the waiting G meanwhile; the
/// syscall returns to an idle P (exitsyscallfast_pidle).
@Test func schedSysmonRetakesPFromSyscallWhenWorkWaits() {
    let sys = Script("main.sys", [.syscall(1_000_000), .ready(1)])
    let waiter = Script("main.waiter", [.compute(10_000), .ready(1)])
    // A short syscall first (P0.syscalltick becomes 1, unseen by sysmon) and
    // some work, so sysmon ticks every 20 µs when the long syscall starts.
    let rt = scriptRuntime(gomaxprocs: 1, main: [.syscall(1_000), .compute(200_000), .go(2), .go(1), .park(1), .park(1)],
                           functions: [sys, waiter])
    runChecked(rt)
    #expect(rt.exitCode == 0)
    let ev = schedEvents(rt)
    let sysGoid: Goid = 6, waiterGoid: Goid = 5
    let enter = ev.firstIndex { if case .goSysCall(sysGoid, 1_000_000, false) = $0.s { return true }; return false }!
    let retake = ev.firstIndex { if case .retake(PID(0), MID(0), sysGoid) = $0.s { return true }; return false }!
    #expect(retake > enter)
    let dt = ev[retake].e.time - ev[enter].e.time
    // Seen in the syscall at one sysmon tick (syscalltick recorded), taken at
    // the next, 20 µs later: so after more than one tick, at most two.
    #expect(dt > 20_000 && dt <= 2 * 20_000 + 1_000)
    let next = ev[(retake + 1)...].prefix(3).map(\.s)
    #expect(next[0] == .goSysBlock(g: sysGoid, p: PID(0)))
    guard case let .mStart(m2, PID(0), false, true) = next[1] else { Issue.record("expected new M for P0, got \(next)"); return }
    #expect(next[2] == .handoff(p: PID(0), to: m2))
    let start = ev.first { if case .goStart(waiterGoid, _) = $0.s { return true }; return false }!
    #expect(start.e.m == m2 && start.e.p == PID(0))
    #expect(start.e.time < ev[enter].e.time + 1_000_000)
    let exit = ev.first { if case .goSysExit(sysGoid, _) = $0.s { return true }; return false }!
    #expect(exit.s == .goSysExit(g: sysGoid, fast: true))
    #expect(exit.e.time >= ev[enter].e.time + 1_000_000)
}

/// A short syscall with nothing else to run keeps its P (sysmon leaves it).
@Test func schedShortSyscallKeepsItsP() {
    let rt = scriptRuntime(gomaxprocs: 2, main: [.syscall(5_000), .print("back\n")])
    runChecked(rt)
    #expect(rt.exitCode == 0)
    let ev = schedEvents(rt)
    #expect(!ev.contains { if case .retake = $0.s { return true }; return false })
    #expect(ev.contains { $0.s == .goSysExit(g: 1, fast: true) })
}

/// time.Sleep: the G parks "sleep", its timer is armed after the park; with
/// every P idle the M blocks in netpoll until the timer and the clock jumps.
@Test func schedSleepParksAndTimerWakesIt() {
    let rt = scriptRuntime(gomaxprocs: 1, sysmon: false, main: [.sleep(1_000_000), .print("woke\n")])
    runChecked(rt)
    #expect(rt.exitCode == 0)
    let ev = schedEvents(rt).filter { $0.e.g == 1 || $0.e.g == 0 }
    let names = ev.map(\.s.name)
    let park = names.lastIndex(of: "GoBlock")!
    // findRunnable: nothing local or global; the M spins (2*0 < 1 busy P),
    // finds nothing to steal, gives up P0, and blocks in netpoll until the timer.
    #expect(Array(names[park...].prefix(11)) == ["GoBlock", "TimerAdd", "MSpin", "ProcStop", "MSpinStop", "MNetpollBlock",
                                                  "MNetpollWake", "ProcStart", "TimerFire", "GoUnblock", "RunqPut"])
    let block = ev[park].e.time
    let fire = ev.first { $0.s.name == "TimerFire" }!.e.time
    #expect(fire - block >= 1_000_000 && fire - block < 1_001_000)
    #expect(rt.output.text(fd: 1) == "woke\n")
    #expect(rt.sched.steps < 40)
}

/// Deadlock: every goroutine blocked, no timers → Go's fatal error, exit 2.
@Test func schedCheckdeadReportsDeadlock() {
    let rt = scriptRuntime(gomaxprocs: 2, main: [.park(9)])
    runChecked(rt)
    #expect(rt.exitCode == 2)
    #expect(rt.fatalMessage == "all goroutines are asleep - deadlock!")
    #expect(rt.output.text(fd: 2).hasPrefix("fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [semacquire]:\n"))
}

/// runtime.GOMAXPROCS(n) stops the world, resizes, starts it again.
@Test func schedGOMAXPROCSChangeStopsTheWorld() {
    let w = Script("main.w", [.compute(300_000), .ready(1)])
    let rt = scriptRuntime(gomaxprocs: 4, main: [.loop(6, [.go(1)]), .compute(50_000), .gomaxprocs(2),
                                                 .loop(6, [.park(1)])], functions: [w])
    runChecked(rt)
    #expect(rt.exitCode == 0)
    let names = schedEvents(rt).map(\.s.name)
    let b = names.firstIndex(of: "GCSTWStart")!, r = names.lastIndex(of: "ProcResize")!, e = names.firstIndex(of: "GCSTWDone")!
    #expect(b < r && r < e)
    #expect(rt.sched.gomaxprocs == 2 && rt.sched.allp.count == 2)
}
