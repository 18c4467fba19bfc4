import Testing
@testable import GoRuntime

@Suite struct SelectTests {
    @Test func pollOrderIsAFairShuffleOverSeeds() {
        // Two non-nil receive cases: which one pass 1 looks at first.
        var first0 = 0
        var order = SelectOrder()
        let cases = [SelectCase(recv: ChanID(raw: 1)), SelectCase(recv: ChanID(raw: 2))]
        for seed in 0..<10_000 {
            var r = Rand(seed: UInt64(seed))
            order.build(cases, rand: &r)
            #expect(order.pollorder.count == 2)
            #expect(order.lockorder == [0, 1])   // by channel address
            if order.pollorder[0] == 0 { first0 += 1 }
        }
        #expect(first0 == 5017)   // pinned: a pure function of Rand
        #expect(abs(first0 - 5000) < 200)
    }

    @Test func scasesPutSendsFirstAndDropNilChannels() {
        var order = SelectOrder()
        var r = Rand(seed: 7)
        let cases = [SelectCase(recv: .nilChan), SelectCase(recv: ChanID(raw: 3)),
                     SelectCase(send: ChanID(raw: 2), .int(1)), SelectCase(send: .nilChan, .int(2)),
                     SelectCase(recv: ChanID(raw: 1))]
        for _ in 0..<1000 {
            order.build(cases, rand: &r)
            #expect(order.source == [2, 3, 0, 1, 4] && order.nsends == 2)
            // Only the non-nil scases (0: ch#2 send, 3: ch#3 recv, 4: ch#1 recv) are polled.
            #expect(order.pollorder.sorted() == [0, 3, 4])
            #expect(order.lockorder == [4, 0, 3])   // ch#1, ch#2, ch#3
        }
    }

    @Test func twoReadyCasesSplitAboutEvenlyOverTenThousandSeeds() {
        var counts = [0, 0]
        for seed in 0..<10_000 {
            let main: [Instr] = [
                I.make("a", cap: 1), I.make("b", cap: 1), I.send("a", 1), I.send("b", 2),
                I.select([("a", nil), ("b", nil)], quiet: true),
            ]
            let (rt, ex) = makeRuntime([main], seed: UInt64(seed))
            rt.run()
            counts[0] += ex.counters["case0"] ?? 0
            counts[1] += ex.counters["case1"] ?? 0
        }
        #expect(counts[0] + counts[1] == 10_000)
        #expect(abs(counts[0] - 5000) < 200)   // 4 standard deviations
    }

    @Test func selectWithDefaultNeverBlocksAndNilCasesNeverFire() {
        var main: [Instr] = [I.make("a", cap: 0), I.make("b", cap: 1), I.nilChan("n")]
        for _ in 0..<2_000 {
            main.append(I.select([("a", nil), ("n", nil), ("n", 5)], hasDefault: true, quiet: true))
        }
        for _ in 0..<2_000 {
            main.append(I.send("b", 9))
            main.append(I.select([("n", nil), ("b", nil), ("n", 3)], quiet: true))
        }
        let (rt, ex) = makeRuntime([main])
        ex.instrCost = 1
        #expect(runChecked(rt, maxSteps: 100_000) == [])
        #expect(ex.counters == ["default": 2_000, "case1": 2_000])
        #expect(!chanEvents(rt).contains { if case .selectBlock = $0 { true } else { false } })
        #expect(!rt.events.events.contains { if case .sched(.goBlock) = $0.kind { true } else { false } })
    }

    @Test func parkedSelectEnqueuesOnEveryChannelAndPass3Dequeues() {
        var w = GID.none
        let main: [Instr] = [
            I.make("a", cap: 0), I.make("b", cap: 0), I.go(1), I.sleep(1_000_000),
            I.check { ex, rt, _ in
                // pass 2: one sudog on each channel, parked "select".
                let s = rt.chanSnapshot()
                #expect(s[0].recvq == [2] && s[1].recvq == [2])
                w = rt.chans.chan(ex.chan["a"]!).recvq.gs(rt.chans.sudogs)[0]
                #expect(rt.sched.allgs[w.index].waitreason == .select)
                #expect(rt.sched.allgs[w.index].waitObject == .select(cases: 2))
            },
            I.send("b", 5),
            I.check { ex, rt, _ in
                // b's sudog won (selectDone); a's sudog stays queued until pass 3.
                #expect(rt.chans.gwait[w.index].selectDone)
                #expect(rt.chanSnapshot()[0].recvq == [2] && rt.chanSnapshot()[1].recvq == [])
                #expect(rt.checkChanInvariants() == [])
            },
            I.sleep(1_000_000),
            I.check { ex, rt, _ in
                #expect(rt.chanSnapshot()[0].recvq == [])
                #expect(rt.chans.gwait[w.index].waiting == -1 && !rt.chans.gwait[w.index].selectDone)
            },
            I.send("a", 6),   // nobody receives any more: the stale sudog is gone
        ]
        let sel: [Instr] = [I.select([("a", nil), ("b", nil)])]
        let (rt, ex) = makeRuntime([main, sel])
        #expect(runChecked(rt) == [])
        #expect(ex.log == ["G1 sent 5", "G2 select case 1 5 true"])
        #expect(rt.exitCode == 2)
        #expect(rt.output.text(fd: 2).hasPrefix("fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan send]:\n"))
    }

    @Test func staleSelectSudogIsSkippedByAnotherSender() {
        // The select G won on b but has not run pass 3: a sender on a must skip it.
        let main: [Instr] = [
            I.make("a", cap: 1), I.make("b", cap: 0), I.go(1), I.sleep(1_000_000),
            I.send("b", 5),
            I.send("a", 6),   // skips W's stale sudog on a's recvq, goes to the buffer
            I.check { ex, rt, _ in
                let s = rt.chanSnapshot()[0]
                #expect(s.recvq == [] && s.buffer == ["6"])
            },
            I.sleep(1_000_000),
        ]
        let (rt, ex) = makeRuntime([main, [I.select([("a", nil), ("b", nil)])]])
        #expect(runChecked(rt) == [])
        #expect(ex.log == ["G1 sent 5", "G1 sent 6", "G2 select case 1 5 true"])
    }

    @Test func selectSendCaseOnClosedChannelPanicsAndCloseWakesRecvCase() {
        let main: [Instr] = [
            I.make("a", cap: 0), I.make("b", cap: 0), I.go(1), I.go(2), I.sleep(1_000_000),
            I.close("a"), I.close("b"), I.sleep(1_000_000),
        ]
        let recvSel: [Instr] = [I.select([("a", nil), ("n", nil)])]
        let sendSel: [Instr] = [I.select([("b", 1), ("n", 2)])]
        let (rt, ex) = makeRuntime([main, recvSel, sendSel])
        ex.chan["n"] = .nilChan
        #expect(runChecked(rt) == [])
        #expect(ex.log == ["G1 closed a", "G1 closed b", "G3 panic: send on closed channel",
                           "G2 select case 0 0 false"])
    }

    @Test func selectCompilerRewrites() {
        let main: [Instr] = [
            I.make("a", cap: 1), I.nilChan("n"),
            I.select([("a", 4)]),                          // one case: plain chansend
            I.select([("a", 5)], hasDefault: true),        // selectnbsend: full → default
            I.select([("a", nil)], hasDefault: true),      // selectnbrecv
            I.select([], hasDefault: true),                // select { default: }
            I.go(1), I.go(2), I.sleep(1_000_000),
            I.select([]),                                  // select {}
        ]
        let (rt, ex) = makeRuntime([main, [I.select([("n", nil), ("n", 1)])], [I.select([("a", nil)])]])
        runChecked(rt)
        #expect(ex.log == ["G1 select case 0 0 true", "G1 select default", "G1 select case 0 4 true",
                           "G1 select default"])
        #expect(rt.output.text(fd: 2) == """
            fatal error: all goroutines are asleep - deadlock!

            goroutine 1 [select (no cases)]:

            goroutine 2 [select]:
            created by main.main

            goroutine 3 [chan receive]:
            created by main.main

            """)
    }
}
