// chan.go:chanrecv and recv.

extension Runtime {
    /// `chan.go:chanrecv(c, ep, block)` for the running G, in Go's order:
    /// nil channel, non-blocking fast path, closed and drained (zero value,
    /// ok = false), a waiting sender (`recv`), buffered data, non-blocking
    /// fail, park on recvq ("chan receive").
    /// Leaves out the channel lock and race hooks.
    public func chanrecv(_ c: ChanID, block: Bool) -> RecvResult {
        let gp = chanCurG
        if c.isNil {
            if !block { return .wouldBlock }
            chans.ensureG(gp)
            chans.gwait[gp.index].op = .forever
            chanEmit(.nilBlock(g: chanGoid(gp), send: false))
            chanPark(.chanReceiveNilChan, .none)
            return .parked
        }
        let ci = Int(c.raw) - 1
        // Fast path: check for failed non-blocking operation without acquiring the lock.
        if !block && chans.chans[ci].empty {
            if !chans.chans[ci].closed { return .wouldBlock }
            if chans.chans[ci].empty {
                chanEmit(.recvClosed(c, g: chanGoid(gp)))
                return .completed(chans.chans[ci].zero, ok: false)
            }
        }

        if chans.chans[ci].closed {
            if chans.chans[ci].qcount == 0 {
                chanEmit(.recvClosed(c, g: chanGoid(gp)))
                return .completed(chans.chans[ci].zero, ok: false)
            }
            // The channel has been closed, but the buffer has data.
        } else {
            let sg = chans.sendqDequeue(ci)
            if sg >= 0 {
                // Found a waiting sender. If the buffer is size 0, receive the
                // value directly from the sender. Otherwise take from the head
                // of the queue and let the sender add its value to the tail.
                return .completed(recv(ci, sg, by: gp), ok: true)
            }
        }

        if chans.chans[ci].qcount > 0 {
            // Receive directly from queue.
            let x = chans.chans[ci].recvx
            let v = chans.chans[ci].buf[x]
            chans.chans[ci].buf[x] = chans.chans[ci].zero    // typedmemclr
            var nx = x + 1
            if nx == chans.chans[ci].dataqsiz { nx = 0 }
            chans.chans[ci].recvx = nx
            chans.chans[ci].qcount -= 1
            chanEmit(.bufGet(c, g: chanGoid(gp), index: x))
            return .completed(v, ok: true)
        }

        if !block { return .wouldBlock }

        // No sender available: block on this channel.
        chans.ensureG(gp)
        let mysg = chans.acquireSudog(g: gp)
        chans.sudogs[Int(mysg)].c = c
        chans.sudogs[Int(mysg)].isSend = false
        chans.sudogs[Int(mysg)].releasetime = chanNow
        chans.gwait[gp.index].waiting = mysg
        chans.gwait[gp.index].param = -1
        chans.gwait[gp.index].op = .recv(c)
        chans.recvqEnqueue(ci, mysg)
        chanEmit(.block(c, g: chanGoid(gp), send: false))
        chanPark(.chanReceive, .chan(c.raw))
        return .parked
    }

    /// `chan.go:recv` — complete a receive from the parked sender `sg`.
    /// Unbuffered: take the sender's value (`recvDirect`). Buffered (full):
    /// take `buf[recvx]`, put the sender's value in that slot, advance
    /// `recvx` and set `sendx = recvx`. Then ready the sender (runnext).
    @inline(__always)
    func recv(_ ci: Int, _ sg: SudogIndex, by gp: GID) -> Value {
        let s = Int(sg)
        let sender = chans.sudogs[s].g
        let v: Value
        if chans.chans[ci].dataqsiz == 0 {
            v = chans.sudogs[s].elem
            chanEmit(.handoff(chans.chans[ci].id, from: chanGoid(sender), to: chanGoid(gp)))
        } else {
            let x = chans.chans[ci].recvx
            v = chans.chans[ci].buf[x]
            chans.chans[ci].buf[x] = chans.sudogs[s].elem
            var nx = x + 1
            if nx == chans.chans[ci].dataqsiz { nx = 0 }
            chans.chans[ci].recvx = nx
            chans.chans[ci].sendx = nx
            chanEmit(.bufRotate(chans.chans[ci].id, g: chanGoid(gp), sender: chanGoid(sender), index: x))
        }
        chans.sudogs[s].elem = .nil
        chans.sudogs[s].success = true
        chans.gwait[sender.index].param = sg
        chanReady(sender)
        return v
    }
}
