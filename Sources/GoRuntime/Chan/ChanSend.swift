// chan.go:chansend and send.

extension Runtime {
    /// `chan.go:chansend(c, ep, block)` for the running G, in Go's order:
    /// nil channel, non-blocking fast fail, closed, a waiting receiver
    /// (direct hand-off, receiver readied into this P's runnext), buffer
    /// room, non-blocking fail, park on sendq ("chan send").
    /// Leaves out the channel lock (each call is atomic in the simulation)
    /// and the race/msan hooks.
    public func chansend(_ c: ChanID, _ value: Value, block: Bool) -> SendResult {
        let gp = chanCurG
        if c.isNil {
            if !block { return .wouldBlock }
            chans.ensureG(gp)
            chans.gwait[gp.index].op = .forever
            chanEmit(.nilBlock(g: chanGoid(gp), send: true))
            chanPark(.chanSendNilChan, .none)
            return .parked
        }
        let ci = Int(c.raw) - 1
        // Fast path: check for failed non-blocking operation without acquiring the lock.
        if !block && !chans.chans[ci].closed && chans.chans[ci].full { return .wouldBlock }

        if chans.chans[ci].closed { return .panic("send on closed channel") }

        let sg = chans.recvqDequeue(ci)
        if sg >= 0 {
            // Found a waiting receiver: pass the value directly, bypassing the buffer.
            send(ci, sg, value, from: gp)
            return .completed
        }

        if chans.chans[ci].qcount < chans.chans[ci].dataqsiz {
            // Space is available in the channel buffer. Enqueue the element to send.
            let x = chans.chans[ci].sendx
            chans.chans[ci].buf[x] = value
            var nx = x + 1
            if nx == chans.chans[ci].dataqsiz { nx = 0 }
            chans.chans[ci].sendx = nx
            chans.chans[ci].qcount += 1
            chanEmit(.bufPut(c, g: chanGoid(gp), index: x))
            return .completed
        }

        if !block { return .wouldBlock }

        // Block on the channel. Some receiver will complete our operation for us.
        chans.ensureG(gp)
        let mysg = chans.acquireSudog(g: gp)
        chans.sudogs[Int(mysg)].elem = value
        chans.sudogs[Int(mysg)].c = c
        chans.sudogs[Int(mysg)].isSend = true
        chans.sudogs[Int(mysg)].releasetime = chanNow
        chans.gwait[gp.index].waiting = mysg
        chans.gwait[gp.index].param = -1
        chans.gwait[gp.index].op = .send(c)
        chans.sendqEnqueue(ci, mysg)
        chanEmit(.block(c, g: chanGoid(gp), send: true))
        chanPark(.chanSend, .chan(c.raw))
        return .parked
    }

    /// `chan.go:send` — hand `value` to the parked receiver `sg` (its slot
    /// `sg.elem`), set `gp.param = sg`, `success = true`, and `goready` it:
    /// it goes into the current P's runnext.
    @inline(__always)
    func send(_ ci: Int, _ sg: SudogIndex, _ value: Value, from gp: GID) {
        let s = Int(sg)
        chans.sudogs[s].elem = value       // sendDirect
        chans.sudogs[s].success = true
        let rg = chans.sudogs[s].g
        chans.gwait[rg.index].param = sg
        chanEmit(.handoff(chans.chans[ci].id, from: chanGoid(gp), to: chanGoid(rg)))
        chanReady(rg)
    }
}
