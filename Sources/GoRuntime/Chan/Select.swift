// select.go:selectgo (plus the compiler's rewrites of small selects).

extension Runtime {
    /// A `select` statement run by the current G. `cases` are in source
    /// order; call this for every select (the rewrites `walkselect` does are
    /// applied here): no cases and no default → `block()` ("select (no
    /// cases)"); one case, no default → a plain chansend/chanrecv; one case +
    /// default → `selectnbsend`/`selectnbrecv`. Otherwise `selectgo`: poll
    /// order from the run's PRNG, lock order by channel, pass 1 (first ready
    /// case in poll order), default, or pass 2 (a sudog on every channel,
    /// park "select"); pass 3 runs in `takeWakeResult`.
    public func selectgo(cases: [SelectCase], hasDefault: Bool) -> SelectResult {
        cases.withUnsafeBufferPointer { selectgo(cases: $0, hasDefault: hasDefault) }
    }

    /// `selectgo` over cases the caller keeps (the interpreter passes a
    /// temporary buffer: no array per select). Read only during the call.
    public func selectgo(cases: UnsafeBufferPointer<SelectCase>, hasDefault: Bool) -> SelectResult {
        let gp = chanCurG
        if cases.isEmpty {
            if hasDefault { return .defaultCase }
            parkForever(gp, .selectNoCases, .selectForever(g: chanGoid(gp)))
            return .parked
        }
        if cases.count == 1 {
            let k = cases[0]
            if k.isSend {
                switch chansend(k.chan, k.value, block: !hasDefault) {
                case .completed:
                    chanEmit(.selectChosen(g: chanGoid(gp), index: 0, chan: k.chan))
                    return .chosen(index: 0, value: .nil, ok: true)
                case .wouldBlock:
                    chanEmit(.selectDefault(g: chanGoid(gp)))
                    return .defaultCase
                case .parked:
                    chans.gwait[gp.index].selectSingle = true
                    return .parked
                case .panic(let m): return .panic(m)
                }
            } else {
                switch chanrecv(k.chan, block: !hasDefault) {
                case .completed(let v, let ok):
                    chanEmit(.selectChosen(g: chanGoid(gp), index: 0, chan: k.chan))
                    return .chosen(index: 0, value: v, ok: ok)
                case .wouldBlock:
                    chanEmit(.selectDefault(g: chanGoid(gp)))
                    return .defaultCase
                case .parked:
                    chans.gwait[gp.index].selectSingle = true
                    return .parked
                }
            }
        }

        chans.selScratch.build(cases, rand: &sched.rng)
        let nsends = chans.selScratch.nsends
        let norder = chans.selScratch.pollorder.count

        // pass 1 - look for something already waiting
        for i in 0..<norder {
            let casi = Int(chans.selScratch.pollorder[i])
            let c = chans.selScratch.chans[casi]
            let src = Int(chans.selScratch.source[casi])
            if casi >= nsends {
                // recv: a parked sender (recv), buffered data (bufrecv), closed (rclose)
                let r = chans.recvCore(Int(c.raw) - 1, block: false, g: gp, now: chanNow)
                let v: Value, ok: Bool
                switch r {
                case .wouldBlock, .parked: continue
                case .closed(let z):
                    chanEmit(.recvClosed(c, g: chanGoid(gp))); v = z; ok = false
                case let .direct(x, sender):
                    chanEmit(.handoff(c, from: chanGoid(sender), to: chanGoid(gp)))
                    chanReady(sender); v = x; ok = true
                case let .rotate(x, sender, idx):
                    chanWriteBarrier(old: x, new: chans.chans[Int(c.raw) - 1].buf[idx])
                    chanEmit(.bufRotate(c, g: chanGoid(gp), sender: chanGoid(sender), index: idx))
                    chanReady(sender); v = x; ok = true
                case let .buffered(x, idx):
                    chanWriteBarrier(old: x, new: .nil)
                    chanEmit(.bufGet(c, g: chanGoid(gp), index: idx)); v = x; ok = true
                }
                chanEmit(.selectChosen(g: chanGoid(gp), index: src, chan: c))
                return .chosen(index: src, value: v, ok: ok)
            } else {
                // send: closed (sclose), a parked receiver (send), buffer room (bufsend)
                switch chans.sendCore(Int(c.raw) - 1, cases[src].value, block: false, g: gp, now: chanNow) {
                case .wouldBlock, .parked: continue
                case .closed: return .panic("send on closed channel")
                case .handoff(let rg):
                    chanWriteBarrier(old: .nil, new: cases[src].value)
                    chanEmit(.handoff(c, from: chanGoid(gp), to: chanGoid(rg)))
                    chanReady(rg)
                case .buffered(let x):
                    chanWriteBarrier(old: .nil, new: cases[src].value)
                    chanEmit(.bufPut(c, g: chanGoid(gp), index: x))
                }
                chanEmit(.selectChosen(g: chanGoid(gp), index: src, chan: c))
                return .chosen(index: src, value: .nil, ok: true)
            }
        }

        if hasDefault {
            chanEmit(.selectDefault(g: chanGoid(gp)))
            return .defaultCase
        }

        // pass 2 - enqueue on all chans
        chans.ensureG(gp)
        var prev: SudogIndex = -1
        chans.gwait[gp.index].waiting = -1
        for i in 0..<norder {
            let casi = Int(chans.selScratch.lockorder[i])
            let c = chans.selScratch.chans[casi]
            let src = Int(chans.selScratch.source[casi])
            let sg = chans.acquireSudog(g: gp)
            let s = Int(sg)
            chans.sudogs[s].isSelect = true
            chans.sudogs[s].c = c
            chans.sudogs[s].caseIndex = Int32(src)
            chans.sudogs[s].releasetime = chanNow
            // Construct waiting list in lock order.
            if prev < 0 { chans.gwait[gp.index].waiting = sg } else { chans.sudogs[Int(prev)].waitlink = sg }
            prev = sg
            let ci = Int(c.raw) - 1
            if casi < nsends {
                chans.sudogs[s].isSend = true
                chans.sudogs[s].elem = cases[src].value
                chanWriteBarrier(old: .nil, new: cases[src].value)
                chans.sendqEnqueue(ci, sg)
            } else {
                chans.sudogs[s].isSend = false
                chans.recvqEnqueue(ci, sg)
            }
        }
        // wait for someone to wake us up
        chans.gwait[gp.index].param = -1
        chans.gwait[gp.index].selectDone = false
        if norder == 0 {
            // Every case is a nil channel: parks "select" and never wakes.
            chans.gwait[gp.index].op = .forever
            chanEmit(.selectBlock(g: chanGoid(gp), count: 0))
            chanPark(.select, .select(cases: 0))
            return .parked
        }
        chans.gwait[gp.index].op = .select
        chanEmit(.selectBlock(g: chanGoid(gp), count: norder))
        chanPark(.select, .select(cases: Int32(norder)))
        return .parked
    }

    /// `takeWakeResult` for a G parked in a plain receive (`<-c`,
    /// `v, ok := <-c`): the value and ok, without building a `WakeResult`.
    public func takeRecvResult(_ gp: GID) -> (value: Value, ok: Bool) {
        if case .recv = chans.pendingOp(gp) {
            let (v, success, c, single) = chans.finishPlainWait(gp)
            if single { chanEmit(.selectChosen(g: chanGoid(gp), index: 0, chan: c)) }
            return (v, success)
        }
        let w = takeWakeResult(gp)
        return (w.value, w.ok)
    }

    /// `takeWakeResult` for a G parked in a plain send: the panic message
    /// ("send on closed channel") or nil.
    public func takeSendResult(_ gp: GID) -> String? {
        if case .send = chans.pendingOp(gp) {
            let (_, success, c, single) = chans.finishPlainWait(gp)
            if !success { return "send on closed channel" }
            if single { chanEmit(.selectChosen(g: chanGoid(gp), index: 0, chan: c)) }
            return nil
        }
        return takeWakeResult(gp).panic
    }

    /// The code after `gopark` in chansend / chanrecv / selectgo, run when
    /// the woken G continues: reads `gp.param`/`mysg.success`, releases the
    /// sudog(s) — for select, pass 3: dequeue the losing sudogs from their
    /// channels and report the winning case — and turns "woken by close"
    /// into the send panic.
    public func takeWakeResult(_ gp: GID) -> WakeResult {
        let gi = gp.index
        let op = chans.pendingOp(gp)
        switch op {
        case .send:
            let (_, success, c, single) = chans.finishPlainWait(gp)
            if !success { return WakeResult(caseIndex: single ? 0 : -1, value: .nil, ok: false, panic: "send on closed channel") }
            if single { chanEmit(.selectChosen(g: chanGoid(gp), index: 0, chan: c)) }
            return WakeResult(caseIndex: single ? 0 : -1, value: .nil, ok: true, panic: nil)
        case .recv:
            let (v, success, c, single) = chans.finishPlainWait(gp)
            if single { chanEmit(.selectChosen(g: chanGoid(gp), index: 0, chan: c)) }
            return WakeResult(caseIndex: single ? 0 : -1, value: v, ok: success, panic: nil)
        case .select:
            chans.gwait[gi].op = .none
            chans.gwait[gi].selectSingle = false
            chans.gwait[gi].selectDone = false
            let sg = chans.gwait[gi].param
            chans.gwait[gi].param = -1
            // pass 3 - dequeue from unsuccessful chans
            var casi = -1
            var success = false
            var value = Value.nil
            var chosenChan = ChanID.nilChan
            var isSend = false
            var sglist = chans.gwait[gi].waiting
            chans.gwait[gi].waiting = -1
            while sglist >= 0 {
                let s = Int(sglist)
                let next = chans.sudogs[s].waitlink
                if sglist == sg {
                    casi = Int(chans.sudogs[s].caseIndex)
                    success = chans.sudogs[s].success
                    value = chans.sudogs[s].elem
                    chosenChan = chans.sudogs[s].c
                    isSend = chans.sudogs[s].isSend
                } else {
                    let ci = Int(chans.sudogs[s].c.raw) - 1
                    if chans.sudogs[s].isSend {
                        chans.sendqRemove(ci, sglist)
                    } else {
                        chans.recvqRemove(ci, sglist)
                    }
                }
                chans.sudogs[s].waitlink = -1
                chans.sudogs[s].isSelect = false
                chans.releaseSudog(sglist)
                sglist = next
            }
            if casi < 0 {
                // select.go throws "selectgo: bad wakeup".
                return WakeResult(caseIndex: -1, value: .nil, ok: false, panic: "selectgo: bad wakeup")
            }
            if isSend {
                if !success { return WakeResult(caseIndex: casi, value: .nil, ok: false, panic: "send on closed channel") }
                chanEmit(.selectChosen(g: chanGoid(gp), index: casi, chan: chosenChan))
                return WakeResult(caseIndex: casi, value: .nil, ok: true, panic: nil)
            }
            if !success { chanEmit(.recvClosed(chosenChan, g: chanGoid(gp))) }
            chanEmit(.selectChosen(g: chanGoid(gp), index: casi, chan: chosenChan))
            return WakeResult(caseIndex: casi, value: value, ok: success, panic: nil)
        case .forever, .none, .sema:
            chans.gwait[gi].op = .none
            chans.gwait[gi].selectSingle = false
            return WakeResult(caseIndex: -1, value: .nil, ok: false, panic: nil)
        }
    }
}
