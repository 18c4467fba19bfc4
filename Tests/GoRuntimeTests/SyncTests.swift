import Testing
@testable import GoRuntime

func syncEvents(_ rt: Runtime) -> [SyncEvent] {
    rt.events.events.compactMap { if case .sync(let e) = $0.kind { return e } else { return nil } }
}

@Suite struct SyncTests {
    let m: UInt64 = 0x100
    let wg: UInt64 = 0x200

    @Test func mutexStarvationAfterOneMillisecondAndHandOff() {
        let m = self.m
        let sema = SyncState.semaAddr(m, SemaField.mutexSema)
        let main: [Instr] = [
            I.sync(nil) { $0.mutexLock(m) },
            I.go(1), I.sleep(1_000),
            I.check { _, rt, _ in
                let w = rt.gid(goid: 2)!
                #expect(rt.sched.allgs[w.index].waitreason == .syncMutexLock)
                #expect(rt.sched.allgs[w.index].waitObject == .sema(sema))
                #expect(rt.syncSnapshot()[0].state == "locked, 1 waiter(s)")
                #expect(rt.syncSnapshot()[0].waiters == [2])
            },
            burn(2_000_000),                        // hold the lock for 2 ms
            I.sync(nil) { $0.mutexUnlock(m) },      // normal mode: wake G2 (woken bit)
            I.check { _, rt, _ in #expect(rt.syncSnapshot()[0].state == "unlocked, woken") },
            I.sync(nil) { $0.mutexLock(m) },        // barge in before G2 runs
            I.sleep(1_000_000),                     // G2 runs, loses, waited > 1 ms: starving
            I.check { _, rt, _ in
                #expect(rt.syncSnapshot()[0].state == "locked, starving, 1 waiter(s)")
            },
            I.sync(nil) { $0.mutexUnlock(m) },      // starving: hand-off + yield
            I.sleep(1_000_000),
            I.check { _, rt, _ in #expect(rt.syncSnapshot()[0].state == "unlocked") },
        ]
        let waiter: [Instr] = [
            I.sync("locked") { $0.mutexLock(m) },
            I.check { _, rt, _ in #expect(rt.syncSnapshot()[0].state == "locked") },
            I.sync("unlocked") { $0.mutexUnlock(m) },
        ]
        let (rt, ex) = makeRuntime([main, waiter])
        #expect(runChecked(rt) == [])
        #expect(rt.exitCode == 0)
        #expect(ex.log == ["G2 locked", "G2 unlocked"])
        #expect(syncEvents(rt) == [
            .mutexLock(addr: m, g: 1, how: .fast),
            .mutexBlock(addr: m, g: 2),
            .semBlock(addr: sema, g: 2, lifo: false),
            .mutexUnlock(addr: m, g: 1),
            .semWake(addr: sema, by: 1, woken: 2, handoff: false),
            .mutexLock(addr: m, g: 1, how: .slow),
            .mutexStarving(addr: m, g: 2),
            .mutexBlock(addr: m, g: 2),
            .semBlock(addr: sema, g: 2, lifo: true),
            .mutexUnlock(addr: m, g: 1),
            .semWake(addr: sema, by: 1, woken: 2, handoff: true),
            .mutexLock(addr: m, g: 2, how: .handoff),
            .mutexNormal(addr: m, g: 2),
            .mutexUnlock(addr: m, g: 2),
        ])
    }

    @Test func starvingMutexStaysStarvingWhileAnotherWaiterRemains() {
        // Two waiters queued > 1 ms: the first hand-off keeps starvation mode
        // (more waiters remain, this one waited > 1 ms); the last leaves it.
        let m = self.m
        let main: [Instr] = [
            I.sync(nil) { $0.mutexLock(m) }, I.go(1), I.go(1), I.sleep(1_000),
            burn(2_000_000),
            I.sync(nil) { $0.mutexUnlock(m) }, I.sync(nil) { $0.mutexLock(m) }, I.sleep(1_000_000),
            burn(2_000_000),
            I.sync(nil) { $0.mutexUnlock(m) },
            I.sleep(10_000_000),
        ]
        let waiter: [Instr] = [I.sync("locked") { $0.mutexLock(m) }, I.sync("unlocked") { $0.mutexUnlock(m) }]
        let (rt, ex) = makeRuntime([main, waiter])
        #expect(runChecked(rt) == [])
        let kinds = syncEvents(rt).compactMap { e -> String? in
            switch e {
            case let .mutexLock(_, g, how): "lock G\(g) \(how)"
            case let .mutexStarving(_, g): "starving G\(g)"
            case let .mutexNormal(_, g): "normal G\(g)"
            default: nil
            }
        }
        #expect(kinds == ["lock G1 fast", "lock G1 slow", "starving G3", "lock G3 handoff",
                          "lock G2 handoff", "normal G2"])
        #expect(ex.log == ["G3 locked", "G3 unlocked", "G2 locked", "G2 unlocked"])
    }

    @Test func mutexSpinsOnlyWithOtherRunningPs() {
        // GOMAXPROCS=2: while G1 holds the lock on one P and runs, G2 on the
        // other P spins active_spin (4) times before queueing. With 1 P: never.
        let m = self.m
        func run(procs: Int) -> [SyncEvent] {
            // With 1 P the holder must park for the other G to run at all.
            let main: [Instr] = [
                I.sync(nil) { $0.mutexLock(m) }, I.go(1), procs == 1 ? I.sleep(100_000) : burn(200_000),
                I.sync(nil) { $0.mutexUnlock(m) }, I.sleep(1_000_000),
            ]
            let (rt, _) = makeRuntime([main, [I.sync(nil) { $0.mutexLock(m) }, I.sync(nil) { $0.mutexUnlock(m) }]],
                                      procs: procs)
            rt.run()
            return syncEvents(rt).filter {
                switch $0 { case .mutexSpin, .mutexBlock: true; default: false }
            }
        }
        #expect(run(procs: 2) == [
            .mutexSpin(addr: m, g: 2, iter: 0), .mutexSpin(addr: m, g: 2, iter: 1),
            .mutexSpin(addr: m, g: 2, iter: 2), .mutexSpin(addr: m, g: 2, iter: 3),
            .mutexBlock(addr: m, g: 2),
        ])
        #expect(run(procs: 1) == [.mutexBlock(addr: m, g: 2)])
    }

    @Test func unlockOfUnlockedMutexIsFatal() {
        let m = self.m
        let (rt, ex) = makeRuntime([[
            I.sync(nil) { $0.mutexLock(m) }, I.sync(nil) { $0.mutexUnlock(m) }, I.say("once"),
            I.sync(nil) { $0.mutexUnlock(m) }, I.say("unreachable"),
        ]])
        runChecked(rt)
        #expect(ex.log == ["G1 once"])
        #expect(rt.exitCode == 2)
        #expect(rt.output.text(fd: 2) == "fatal error: sync: unlock of unlocked mutex\n\ngoroutine 1 [running]:\n")
    }

    @Test func waitGroupWakesAllWaitersWhenCounterReachesZero() {
        let wg = self.wg
        let main: [Instr] = [
            I.sync(nil) { $0.waitGroupAdd(wg, 3) }, I.go(1), I.go(1), I.go(1), I.go(2),
            I.sync("wait returned") { $0.waitGroupWait(wg) },
            I.sleep(1_000_000),
        ]
        let worker: [Instr] = [I.sleep(1_000_000), I.sync("done") { $0.waitGroupAdd(wg, -1) }]
        let waiter: [Instr] = [I.sync("second waiter returned") { $0.waitGroupWait(wg) }]
        let (rt, ex) = makeRuntime([main, worker, waiter])
        #expect(runChecked(rt) == [])
        // Woken in FIFO order (G1 waited first); each goes to runnext, so G5 runs first.
        #expect(ex.log == ["G2 done", "G3 done", "G4 done", "G5 second waiter returned", "G1 wait returned"])
        let sema = SyncState.semaAddr(wg, SemaField.wgSema)
        #expect(syncEvents(rt).filter {
            switch $0 { case .wgWait, .wgWake, .semWake: true; default: false }
        } == [
            .wgWait(addr: wg, g: 1, blocked: true), .wgWait(addr: wg, g: 5, blocked: true),
            .wgWake(addr: wg, g: 4, waiters: 2),
            .semWake(addr: sema, by: 4, woken: 1, handoff: false),
            .semWake(addr: sema, by: 4, woken: 5, handoff: false),
        ])
        #expect(rt.waitGroupCounter(wg) == 0)
    }

    @Test func negativeWaitGroupCounterPanics() {
        let wg = self.wg
        let (rt, ex) = makeRuntime([[I.sync(nil) { $0.waitGroupAdd(wg, 1) }, I.sync(nil) { $0.waitGroupAdd(wg, -2) }]])
        runChecked(rt)
        #expect(ex.log == ["G1 panic: sync: negative WaitGroup counter"])
    }

    @Test func rwmutexWriterWaitsForReadersAndBlocksNewReaders() {
        let rw: UInt64 = 0x300
        let main: [Instr] = [
            I.sync("rlock") { $0.rwmutexRLock(rw) },
            I.go(1), I.sleep(1_000),       // writer: announces itself, waits for our read lock
            I.go(2), I.sleep(1_000),       // new reader: must wait behind the writer
            I.check { _, rt, _ in
                let s = rt.syncSnapshot()[0]
                // readerCount counts the blocked reader too (it incremented before parking).
                #expect(s.state == "readers 2, writer pending, readerWait 1; w: locked")
                #expect(s.waiters == [2, 3])
                #expect(rt.sched.allgs[rt.gid(goid: 2)!.index].waitreason == .syncRWMutexLock)
                #expect(rt.sched.allgs[rt.gid(goid: 3)!.index].waitreason == .syncRWMutexRLock)
            },
            I.sync("runlock") { $0.rwmutexRUnlock(rw) },
            I.sleep(1_000_000),
        ]
        let writer: [Instr] = [I.sync("lock") { $0.rwmutexLock(rw) }, I.sync("unlock") { $0.rwmutexUnlock(rw) }]
        let reader: [Instr] = [I.sync("rlock") { $0.rwmutexRLock(rw) }, I.sync("runlock") { $0.rwmutexRUnlock(rw) }]
        let (rt, ex) = makeRuntime([main, writer, reader])
        #expect(runChecked(rt) == [])
        #expect(ex.log == ["G1 rlock", "G1 runlock", "G2 lock", "G2 unlock", "G3 rlock", "G3 runlock"])
    }

    @Test func onceRunsItsFunctionOnce() {
        let o: UInt64 = 0x400
        let body: [Instr] = [
            I.sync(nil) { $0.onceDo(o) }, I.sync(nil) { $0.onceDoFinish(o) },
            I.sync(nil) { $0.onceDo(o) },
        ]
        let (rt, ex) = makeRuntime([body])
        runChecked(rt)
        #expect(ex.log == ["G1 once body"])
        #expect(syncEvents(rt).compactMap { if case let .onceDo(_, _, ran) = $0 { ran } else { nil } } == [true, false])
    }

    @Test func semaphoreIsFifoAndLifoGoesToTheFront() {
        let s: UInt64 = 0x500
        let main: [Instr] = [
            I.go(1), I.go(1), I.go(2), I.sleep(1_000_000),
            I.check { _, rt, _ in #expect(rt.syncSnapshot().first?.waiters == [4, 2, 3]) },
            I.sync(nil) { .init(rt: $0, yield: $0.semrelease(s, handoff: false)) },
            I.sync(nil) { .init(rt: $0, yield: $0.semrelease(s, handoff: false)) },
            I.sync(nil) { .init(rt: $0, yield: $0.semrelease(s, handoff: false)) },
            I.sleep(1_000_000),
        ]
        let fifo: [Instr] = [I.sync("acquired") { $0.semacquire(s, lifo: false, reason: .semacquire) }]
        let lifo: [Instr] = [I.sync("acquired") { $0.semacquire(s, lifo: true, reason: .semacquire) }]
        let (rt, ex) = makeRuntime([main, fifo, lifo])
        #expect(runChecked(rt) == [])
        // Dequeued front first (LIFO G4, then FIFO G2, G3); each release puts
        // its G in runnext, kicking the previous one to the local queue.
        #expect(syncEvents(rt).compactMap { if case let .semWake(_, _, w, _) = $0 { Int(w) } else { nil } } == [4, 2, 3])
        #expect(ex.log == ["G3 acquired", "G4 acquired", "G2 acquired"])
    }
}

extension SyncStep {
    init(rt: Runtime, yield: Bool) { self = yield ? .yield : .done }
}

@Suite struct CheckDeadTests {
    @Test func receiveNobodySendsOn() {
        let (rt, ex) = makeRuntime([[I.make("c", cap: 0), I.say("about to receive"), I.recv("c")]])
        runChecked(rt)
        #expect(ex.log == ["G1 about to receive"])
        #expect(rt.exitCode == 2)
        #expect(rt.output.text(fd: 2) == "fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan receive]:\n")
    }

    @Test func waitGroupWaitWithAllWorkersBlocked() {
        let wg: UInt64 = 0x200
        var main: [Instr] = [I.make("results", cap: 0)]
        for _ in 0..<3 { main += [I.sync(nil) { $0.waitGroupAdd(wg, 1) }, I.go(1)] }
        main += [I.sync(nil) { $0.waitGroupWait(wg) }, I.say("unreachable")]
        let worker: [Instr] = [I.send("results", 1), I.sync(nil) { $0.waitGroupAdd(wg, -1) }]
        let (rt, ex) = makeRuntime([main, worker], procs: 2)
        #expect(runChecked(rt) == [])
        #expect(ex.log == [])
        #expect(rt.exitCode == 2)
        #expect(rt.output.text(fd: 2) == """
            fatal error: all goroutines are asleep - deadlock!

            goroutine 1 [semacquire]:

            goroutine 2 [chan send]:
            created by main.main

            goroutine 3 [chan send]:
            created by main.main

            goroutine 4 [chan send]:
            created by main.main

            """)
    }

    @Test func selectWithNoReadyCase() {
        let (rt, _) = makeRuntime([[I.make("a", cap: 0), I.make("b", cap: 1), I.select([("a", nil), ("b", nil)])]])
        runChecked(rt)
        #expect(rt.output.text(fd: 2) == "fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [select]:\n")
    }

    @Test func pendingTimerHidesTheDeadlockUntilItFires() {
        let hour: Int64 = 3_600_000_000_000
        let (rt, ex) = makeRuntime([[I.go(1), I.make("c", cap: 0), I.recv("c")],
                                    [I.sleep(hour), I.say("woke")]])
        while rt.step() && rt.sched.now < hour / 2 {}
        #expect(rt.exitCode == nil)   // blocked forever on c, but a timer is pending
        runChecked(rt)
        #expect(ex.log == ["G2 woke"])
        #expect(rt.exitCode == 2 && rt.sched.now >= hour)
        #expect(rt.output.text(fd: 2) == "fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan receive, 60 minutes]:\n")
    }

    @Test func timeAfterInSelectFiresInsteadOfDeadlock() {
        let main: [Instr] = [
            I.make("c", cap: 0),
            I.check { ex, rt, _ in ex.chan["t"] = rt.timeAfter(20_000_000, line: 9) },
            I.select([("c", nil), ("t", nil)]),
            I.check { ex, rt, _ in
                #expect(rt.now >= 20_000_000 && rt.now < 21_000_000)
                let t = rt.chanSnapshot()[1]
                #expect(t.elemType == "time.Time" && t.cap == 1 && t.isTimer && t.line == 9)
            },
        ]
        let (rt, ex) = makeRuntime([main])
        #expect(runChecked(rt) == [])
        #expect(rt.exitCode == 0)
        #expect(ex.log == ["G1 select case 1 20000000 true"].map { $0 }
                || ex.log.first?.hasPrefix("G1 select case 1 ") == true)
    }

    @Test func tickerTicksAndStopsTimerStopAndReset() {
        let main: [Instr] = [
            I.check { ex, rt, _ in
                ex.counters["t0"] = Int(rt.now)
                let (t, c) = rt.timeNewTicker(10_000_000)!
                ex.timer["tk"] = t; ex.chan["tk"] = c
                let (t2, c2) = rt.timeNewTimer(5_000_000)
                ex.timer["tm"] = t2; ex.chan["tm"] = c2
                #expect(rt.timerStop(t2))          // stopped before firing
                #expect(!rt.timerStop(t2))
                #expect(!rt.timerReset(t2, 50_000_000))
            },
            I.recv("tk"), I.recv("tk"), I.recv("tk"),
            I.check { ex, rt, _ in rt.tickerStop(ex.timer["tk"]!) },
            I.recv("tm"),
            I.check { ex, rt, _ in #expect(rt.now >= 50_000_000 + Int64(ex.counters["t0"]!)) },
        ]
        let (rt, ex) = makeRuntime([main])
        #expect(runChecked(rt) == [])
        #expect(rt.exitCode == 0)
        // Received values are the fire times (the default time encoding: nanotime).
        let times = ex.log.map { Int64($0.split(separator: " ")[2])! }
        #expect(times.count == 4)
        let t0 = Int64(ex.counters["t0"]!)
        // Each value is Now() when the timer ran: its `when` plus the 90 ns the
        // M spends waking from netpoll and running the timer.
        #expect(times.map { $0 - t0 } == [10_000_090, 20_000_090, 30_000_090, 50_000_090])
    }
}
