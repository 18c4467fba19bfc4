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
        let gp = chanCurG
        if cases.isEmpty {
            if hasDefault { return .defaultCase }
            chans.ensureG(gp)
            chans.gwait[gp.index].op = .forever
            chanEmit(.selectForever(g: chanGoid(gp)))
            chanPark(.selectNoCases, .none)
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
            let ci = Int(c.raw) - 1
            let src = Int(chans.selScratch.source[casi])
            if casi >= nsends {
                let sg = chans.sendqDequeue(ci)
                if sg >= 0 {
                    let v = recv(ci, sg, by: gp)
                    chanEmit(.selectChosen(g: chanGoid(gp), index: src, chan: c))
                    return .chosen(index: src, value: v, ok: true)
                }
                if chans.chans[ci].qcount > 0 {
                    // bufrecv
                    let x = chans.chans[ci].recvx
                    let v = chans.chans[ci].buf[x]
                    chans.chans[ci].buf[x] = chans.chans[ci].zero
                    var nx = x + 1
                    if nx == chans.chans[ci].dataqsiz { nx = 0 }
                    chans.chans[ci].recvx = nx
                    chans.chans[ci].qcount -= 1
                    chanEmit(.bufGet(c, g: chanGoid(gp), index: x))
                    chanEmit(.selectChosen(g: chanGoid(gp), index: src, chan: c))
                    return .chosen(index: src, value: v, ok: true)
                }
                if chans.chans[ci].closed {
                    // rclose
                    chanEmit(.recvClosed(c, g: chanGoid(gp)))
                    chanEmit(.selectChosen(g: chanGoid(gp), index: src, chan: c))
                    return .chosen(index: src, value: chans.chans[ci].zero, ok: false)
                }
            } else {
                if chans.chans[ci].closed { return .panic("send on closed channel") }   // sclose
                let sg = chans.recvqDequeue(ci)
                if sg >= 0 {
                    send(ci, sg, cases[src].value, from: gp)
                    chanEmit(.selectChosen(g: chanGoid(gp), index: src, chan: c))
                    return .chosen(index: src, value: .nil, ok: true)
                }
                if chans.chans[ci].qcount < chans.chans[ci].dataqsiz {
                    // bufsend
                    let x = chans.chans[ci].sendx
                    chans.chans[ci].buf[x] = cases[src].value
                    var nx = x + 1
                    if nx == chans.chans[ci].dataqsiz { nx = 0 }
                    chans.chans[ci].sendx = nx
                    chans.chans[ci].qcount += 1
                    chanEmit(.bufPut(c, g: chanGoid(gp), index: x))
                    chanEmit(.selectChosen(g: chanGoid(gp), index: src, chan: c))
                    return .chosen(index: src, value: .nil, ok: true)
                }
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
                chans.sendqEnqueue(ci, sg)
            } else {
                chans.sudogs[s].isSend = false
                chans.recvqEnqueue(ci, sg)
            }
        }
        // wait for someone to wake us up
        chans.gwait[gp.index].param = -1
        chans.gwait[gp.index].selectDone = false
        chans.gwait[gp.index].sel = chans.selScratch
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

    /// The code after `gopark` in chansend / chanrecv / selectgo, run when
    /// the woken G continues: reads `gp.param`/`mysg.success`, releases the
    /// sudog(s) — for select, pass 3: dequeue the losing sudogs from their
    /// channels and report the winning case — and turns "woken by close"
    /// into the send panic.
    public func takeWakeResult(_ gp: GID) -> WakeResult {
        chans.ensureG(gp)
        let gi = gp.index
        let op = chans.gwait[gi].op
        let single = chans.gwait[gi].selectSingle
        chans.gwait[gi].op = .none
        chans.gwait[gi].selectSingle = false
        switch op {
        case .send:
            let mysg = chans.gwait[gi].waiting
            chans.gwait[gi].waiting = -1
            chans.gwait[gi].param = -1
            let success = chans.sudogs[Int(mysg)].success
            let c = chans.sudogs[Int(mysg)].c
            chans.releaseSudog(mysg)
            if !success { return WakeResult(caseIndex: single ? 0 : -1, value: .nil, ok: false, panic: "send on closed channel") }
            if single { chanEmit(.selectChosen(g: chanGoid(gp), index: 0, chan: c)) }
            return WakeResult(caseIndex: single ? 0 : -1, value: .nil, ok: true, panic: nil)
        case .recv:
            let mysg = chans.gwait[gi].waiting
            chans.gwait[gi].waiting = -1
            chans.gwait[gi].param = -1
            let success = chans.sudogs[Int(mysg)].success
            let v = chans.sudogs[Int(mysg)].elem
            let c = chans.sudogs[Int(mysg)].c
            chans.releaseSudog(mysg)
            if single { chanEmit(.selectChosen(g: chanGoid(gp), index: 0, chan: c)) }
            return WakeResult(caseIndex: single ? 0 : -1, value: v, ok: success, panic: nil)
        case .select:
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
            chans.gwait[gi].sel = SelectOrder()
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
            return WakeResult(caseIndex: -1, value: .nil, ok: false, panic: nil)
        }
    }
}
