import Testing
@testable import GoRuntime

/// Channel events logged so far.
func chanEvents(_ rt: Runtime) -> [ChanEvent] {
    rt.events.events.compactMap { if case .chan(let e) = $0.kind { return e } else { return nil } }
}

@Suite struct ChanTests {
    @Test func unbufferedSendHandsOffToParkedReceiverIntoRunnext() {
        var rg = GID.none
        let main: [Instr] = [
            I.make("c", cap: 0, line: 5), I.make("done", cap: 0), I.go(1), I.sleep(1_000_000),
            I.check { ex, rt, _ in
                // The receiver ran and parked on c's recvq ("chan receive").
                let q = rt.chans.chan(ex.chan["c"]!).recvq.gs(rt.chans.sudogs)
                #expect(q.count == 1)
                rg = q[0]
                #expect(rt.sched.allgs[rg.index].status == .waiting)
                #expect(rt.sched.allgs[rg.index].waitreason == .chanReceive)
                #expect(rt.sched.allgs[rg.index].waitObject == .chan(ex.chan["c"]!.raw))
            },
            I.send("c", 42),
            I.check { ex, rt, _ in
                let h = rt.chans.chan(ex.chan["c"]!)
                // No buffer touched: the value sits in the receiver's sudog (sg.elem).
                #expect(h.qcount == 0 && h.sendx == 0 && h.recvx == 0 && h.buf.isEmpty)
                #expect(h.recvq.isEmpty)
                let sg = rt.chans.gwait[rg.index].param
                #expect(rt.chans.sudogs[Int(sg)].elem == .int(42))
                #expect(rt.chans.sudogs[Int(sg)].success)
                // The receiver is runnable in the sender's P's runnext.
                #expect(rt.sched.allp[rt.currentP.index].runnext == rg)
                #expect(rt.sched.allgs[rg.index].status == .runnable)
                let c = ex.chan["c"]!
                #expect(chanEvents(rt).filter {
                    switch $0 { case .make, .selectChosen: false; default: true }
                }.suffix(2) == [.block(c, g: 2, send: false), .handoff(c, from: 1, to: 2)])
            },
            I.recv("done"),
        ]
        let recv: [Instr] = [I.recv("c"), I.send("done", 1)]
        let (rt, ex) = makeRuntime([main, recv])
        #expect(runChecked(rt) == [])
        #expect(rt.exitCode == 0)
        #expect(ex.log == ["G1 sent 42", "G2 recv 42 true", "G2 sent 1", "G1 recv 1 true"])
        #expect(chanEvents(rt).first == .make(ex.chan["c"]!, elem: "int", cap: 0, line: 5, g: 1))
    }

    @Test func bufferedRingWrapsAndParkedSenderRefillsTheSlot() {
        func slots(_ rt: Runtime, _ ex: ChanScript) -> ChanSnapshot {
            rt.chanSnapshot().first { $0.id == ex.chan["c"]! }!
        }
        var sg = GID.none
        let main: [Instr] = [
            I.make("c", cap: 3), I.send("c", 1), I.send("c", 2), I.send("c", 3),
            I.check { ex, rt, _ in
                let s = slots(rt, ex)
                #expect(s.sendx == 0 && s.recvx == 0 && s.qcount == 3)   // sendx wrapped
                #expect(s.slots == ["1", "2", "3"])
            },
            I.recv("c"),
            I.check { ex, rt, _ in
                let s = slots(rt, ex)
                #expect(s.sendx == 0 && s.recvx == 1 && s.qcount == 2)
                #expect(s.slots == ["", "2", "3"])
            },
            I.send("c", 4),
            I.check { ex, rt, _ in
                let s = slots(rt, ex)
                #expect(s.sendx == 1 && s.recvx == 1 && s.qcount == 3)
                #expect(s.slots == ["4", "2", "3"] && s.buffer == ["2", "3", "4"])
            },
            I.go(1), I.sleep(1_000_000),
            I.check { ex, rt, _ in
                // The fourth sender parked on sendq.
                let s = slots(rt, ex)
                #expect(s.sendq == [2] && s.qcount == 3)
                sg = rt.chans.chan(ex.chan["c"]!).sendq.gs(rt.chans.sudogs)[0]
                #expect(rt.sched.allgs[sg.index].waitreason == .chanSend)
            },
            I.recv("c"),
            I.check { ex, rt, _ in
                // recv took buf[1] (2) and put the sender's 5 into that same slot.
                let s = slots(rt, ex)
                #expect(s.slots == ["4", "5", "3"] && s.buffer == ["3", "4", "5"])
                #expect(s.recvx == 2 && s.sendx == 2 && s.qcount == 3 && s.sendq == [])
                #expect(rt.sched.allp[rt.currentP.index].runnext == sg)
                #expect(chanEvents(rt).last == .bufRotate(ex.chan["c"]!, g: 1, sender: 2, index: 1))
            },
            I.recv("c"), I.recv("c"), I.recv("c"), I.sleep(1_000_000),
        ]
        let (rt, ex) = makeRuntime([main, [I.send("c", 5)]])
        #expect(runChecked(rt) == [])
        #expect(ex.log == ["G1 sent 1", "G1 sent 2", "G1 sent 3", "G1 recv 1 true", "G1 sent 4",
                           "G1 recv 2 true", "G1 recv 3 true", "G1 recv 4 true", "G1 recv 5 true",
                           "G2 sent 5"])
        let c = ex.chan["c"]!
        #expect(chanEvents(rt).filter { if case .make = $0 { false } else { true } } == [
            .bufPut(c, g: 1, index: 0), .bufPut(c, g: 1, index: 1), .bufPut(c, g: 1, index: 2),
            .bufGet(c, g: 1, index: 0), .bufPut(c, g: 1, index: 0),
            .block(c, g: 2, send: true), .bufRotate(c, g: 1, sender: 2, index: 1),
            .bufGet(c, g: 1, index: 2), .bufGet(c, g: 1, index: 0), .bufGet(c, g: 1, index: 1),
        ])
    }

    @Test func closeWakesParkedReceiversWithZeroAndSenderPanics() {
        let main: [Instr] = [
            I.make("c", cap: 0), I.make("d", cap: 0), I.go(1), I.go(1), I.go(2), I.sleep(1_000_000),
            I.check { ex, rt, _ in
                let s = rt.chanSnapshot()
                #expect(s[0].recvq == [2, 3] && s[0].sendq == [])
                #expect(s[1].sendq == [4] && s[1].recvq == [])
            },
            I.close("c"),
            I.check { _, rt, _ in
                // Readied from the gList stack: G3 first, then G2 (G2 ends in runnext).
                let p = rt.sched.allp[rt.currentP.index]
                #expect(rt.goid(p.runnext) == 2 && p.runqContents.map(rt.goid) == [3])
            },
            I.close("d"),
            I.check { _, rt, _ in
                let p = rt.sched.allp[rt.currentP.index]
                #expect(rt.goid(p.runnext) == 4 && p.runqContents.map(rt.goid) == [3, 2])
            },
            I.sleep(1_000_000),
            I.close("d"),   // close of closed channel: this G panics
        ]
        let (rt, ex) = makeRuntime([main, [I.recv("c")], [I.send("d", 7)]])
        #expect(runChecked(rt) == [])
        #expect(ex.log == ["G1 closed c", "G1 closed d", "G4 panic: send on closed channel",
                           "G3 recv 0 false", "G2 recv 0 false", "G1 panic: close of closed channel"])
        let c = ex.chan["c"]!, d = ex.chan["d"]!
        #expect(chanEvents(rt).suffix(5) == [
            .close(c, g: 1, receivers: 2, senders: 0),
            .unblock(c, g: 3, by: 1), .unblock(c, g: 2, by: 1),
            .close(d, g: 1, receivers: 0, senders: 1), .unblock(d, g: 4, by: 1),
        ])
    }

    @Test func closedBufferedChannelDrainsBeforeReportingClosed() {
        let main: [Instr] = [
            I.make("c", cap: 2), I.send("c", 7), I.close("c"), I.recv("c"), I.recv("c"),
            I.send("c", 1),
        ]
        let (rt, ex) = makeRuntime([main])
        runChecked(rt)
        #expect(ex.log == ["G1 sent 7", "G1 closed c", "G1 recv 7 true", "G1 recv 0 false",
                           "G1 panic: send on closed channel"])
    }

    @Test func closeOfNilChannelPanics() {
        let (rt, ex) = makeRuntime([[I.nilChan("n"), I.close("n")]])
        runChecked(rt)
        #expect(ex.log == ["G1 panic: close of nil channel"])
    }

    @Test func nilChannelOperationsParkForever() {
        let (rt, _) = makeRuntime([[I.nilChan("n"), I.go(1), I.recv("n")], [I.send("n", 1)]])
        runChecked(rt)
        #expect(rt.exitCode == 2)
        #expect(rt.output.text(fd: 2) == """
            fatal error: all goroutines are asleep - deadlock!

            goroutine 1 [chan receive (nil chan)]:

            goroutine 2 [chan send (nil chan)]:
            created by main.main

            """)
    }

    @Test func makechanRejectsBadSizes() {
        let (rt, _) = makeRuntime([[]])
        #expect(rt.makechan(elemType: "int", elemSize: 8, size: -1, zero: .int(0), line: 1) == nil)
        #expect(rt.makechan(elemType: "int", elemSize: 8, size: 1 << 40, zero: .int(0), line: 1) == nil)
        #expect(rt.makechan(elemType: "int", elemSize: 8, size: 4, zero: .int(0), line: 1) == ChanID(raw: 1))
        #expect(rt.chancap(ChanID(raw: 1)) == 4 && rt.chanlen(ChanID(raw: 1)) == 0 && rt.chancap(.nilChan) == 0)
    }
}

@Suite struct ChanGCTests {
    @Test func chanRootsCoverBufferedValuesAndParkedSendersValues() {
        let a = ObjRef(raw: 11), b = ObjRef(raw: 22), c = ObjRef(raw: 33)
        var roots: [UInt64] = []
        let main: [Instr] = [
            I.make("buf", cap: 2), I.make("unb", cap: 0),
            { ex, rt, g in
                _ = rt.chansend(ex.chan["buf"]!, .pointer(a, 0), block: true)
                _ = rt.chansend(ex.chan["buf"]!, .int(5), block: true)
                return .next
            },
            I.go(1), I.sleep(1_000_000),
            I.check { _, rt, _ in rt.chanRoots { roots.append($0.raw) } },
            I.recv("buf"),
            I.check { _, rt, _ in
                var after: [UInt64] = []
                rt.chanRoots { after.append($0.raw) }
                #expect(after == [b.raw, c.raw])   // a left the buffer; the slot was cleared
            },
            I.recv("unb"),
        ]
        let sender: [Instr] = [{ ex, rt, g in
            _ = rt.chansend(ex.chan["unb"]!, .agg([.pointer(b, 0), .pointer(c, 1)]), block: true)
            return .parkAdvance
        }]
        let (rt, _) = makeRuntime([main, sender])
        _ = b
        runChecked(rt)
        // Ring order of the buffer first, then in-flight sudog values.
        #expect(roots == [a.raw, b.raw, c.raw])
    }
}

@Suite struct ChanEventTextTests {
    @Test func sentencesAndDescriptions() {
        let c = ChanID(raw: 3)
        #expect(ChanEvent.handoff(c, from: 1, to: 7).sentence
                == "G1 handed a value on ch#3 straight to parked G7 (no buffer)")
        #expect(ChanEvent.bufRotate(c, g: 1, sender: 2, index: 1).sentence
                == "G1 took ch#3 buf[1]; parked sender G2's value refilled that slot")
        #expect(ChanEvent.close(c, g: 1, receivers: 2, senders: 1).sentence
                == "G1 closed ch#3, waking 2 receiver(s) and 1 sender(s)")
        #expect(ChanEvent.make(c, elem: "int", cap: 2, line: 9, g: 1).description
                == "make(ch#3, elem: \"int\", cap: 2, line: 9, g: 1)")
        #expect(SyncEvent.mutexStarving(addr: 0x100, g: 2).sentence
                == "mutex 0x100 enters starvation mode: G2 waited over 1 ms")
        #expect(SyncEvent.mutexLock(addr: 0x100, g: 2, how: .handoff).description
                == "mutexLock(addr: 256, g: 2, how: handoff)")
        #expect(SyncEvent.wgWake(addr: 0x200, g: 4, waiters: 2).sentence
                == "G4 brought WaitGroup 0x200 to 0: wakes 2 waiter(s)")
    }

    @Test func runsAreDeterministic() {
        func run(seed: UInt64) -> (UInt64, [String]) {
            var main: [Instr] = [I.make("a", cap: 1), I.make("b", cap: 0), I.go(1), I.go(1)]
            for _ in 0..<200 { main.append(I.select([("a", nil), ("b", nil)], quiet: false)) }
            let w: [Instr] = (0..<100).flatMap { i in [I.send(i % 2 == 0 ? "a" : "b", Int64(i))] }
            let (rt, ex) = makeRuntime([main, w], procs: 3, seed: seed)
            runChecked(rt)
            return (rt.events.hash, ex.log)
        }
        let (h1, l1) = run(seed: 42), (h2, l2) = run(seed: 42), (h3, _) = run(seed: 43)
        #expect(h1 == h2 && l1 == l2)
        #expect(h1 != h3)
        #expect(l1.filter { $0.hasPrefix("G1 select") }.count == 200)
    }
}
