// The state-changing halves of chansend / chanrecv (chan.go), as mutating
// methods on the table: one exclusive access to `Runtime.chans` per channel
// operation. The Runtime wrappers then log events, park or `goready`.

/// What `sendCore` did.
public enum SendCore: Sendable, Hashable {
    /// `send`: handed to parked receiver G (now to be readied).
    case handoff(GID)
    /// Put into `buf[index]`.
    case buffered(Int)
    case closed
    case wouldBlock
    /// Enqueued on sendq (the caller parks).
    case parked
}

/// What `recvCore` did.
public enum RecvCore: Sendable, Hashable {
    /// Closed and drained: the zero value, ok = false.
    case closed(Value)
    /// Unbuffered: taken straight from parked sender G (`recvDirect`).
    case direct(Value, GID)
    /// Full buffer with a parked sender G: took `buf[index]`, refilled it.
    case rotate(Value, GID, Int)
    /// Taken from `buf[index]`.
    case buffered(Value, Int)
    case wouldBlock
    /// Enqueued on recvq (the caller parks).
    case parked
}

extension ChanTable {
    /// chan.go:chansend after the nil check (lock-free fast fail, closed,
    /// waiting receiver, buffer, block).
    @inline(__always)
    public mutating func sendCore(_ ci: Int, _ v: Value, block: Bool, g: GID, now: Int64) -> SendCore {
        if !block && !chans[ci].closed && chans[ci].full { return .wouldBlock }
        if chans[ci].closed { return .closed }
        let sg = chans[ci].recvq.dequeue(&sudogs, &gwait)
        if sg >= 0 {
            let s = Int(sg)
            sudogs[s].elem = v          // sendDirect
            sudogs[s].success = true
            let rg = sudogs[s].g
            gwait[rg.index].param = sg  // gp.param = sg
            return .handoff(rg)
        }
        if chans[ci].qcount < chans[ci].dataqsiz {
            let x = chans[ci].sendx
            chans[ci].buf[x] = v
            var nx = x + 1
            if nx == chans[ci].dataqsiz { nx = 0 }
            chans[ci].sendx = nx
            chans[ci].qcount += 1
            return .buffered(x)
        }
        if !block { return .wouldBlock }
        ensureG(g)
        let mysg = acquireSudog(g: g)
        let m = Int(mysg)
        sudogs[m].elem = v
        sudogs[m].c = chans[ci].id
        sudogs[m].isSend = true
        sudogs[m].releasetime = now
        gwait[g.index].waiting = mysg
        gwait[g.index].param = -1
        gwait[g.index].op = .send(chans[ci].id)
        chans[ci].sendq.enqueue(mysg, &sudogs)
        return .parked
    }

    /// chan.go:chanrecv after the nil check (fast path, closed and empty,
    /// waiting sender → `recv`, buffer, block).
    @inline(__always)
    public mutating func recvCore(_ ci: Int, block: Bool, g: GID, now: Int64) -> RecvCore {
        if !block && chans[ci].empty {
            if !chans[ci].closed { return .wouldBlock }
            if chans[ci].empty { return .closed(chans[ci].zero) }
        }
        if chans[ci].closed {
            if chans[ci].qcount == 0 { return .closed(chans[ci].zero) }
        } else {
            let sg = chans[ci].sendq.dequeue(&sudogs, &gwait)
            if sg >= 0 {
                let s = Int(sg)
                let sender = sudogs[s].g
                let r: RecvCore
                if chans[ci].dataqsiz == 0 {
                    r = .direct(sudogs[s].elem, sender)     // recvDirect
                } else {
                    // Queue is full: take the head, put the sender's value at the tail (same slot).
                    let x = chans[ci].recvx
                    let v = chans[ci].buf[x]
                    chans[ci].buf[x] = sudogs[s].elem
                    var nx = x + 1
                    if nx == chans[ci].dataqsiz { nx = 0 }
                    chans[ci].recvx = nx
                    chans[ci].sendx = nx
                    r = .rotate(v, sender, x)
                }
                sudogs[s].elem = .nil
                sudogs[s].success = true
                gwait[sender.index].param = sg
                return r
            }
        }
        if chans[ci].qcount > 0 {
            let x = chans[ci].recvx
            let v = chans[ci].buf[x]
            chans[ci].buf[x] = chans[ci].zero   // typedmemclr
            var nx = x + 1
            if nx == chans[ci].dataqsiz { nx = 0 }
            chans[ci].recvx = nx
            chans[ci].qcount -= 1
            return .buffered(v, x)
        }
        if !block { return .wouldBlock }
        ensureG(g)
        let mysg = acquireSudog(g: g)
        let m = Int(mysg)
        sudogs[m].c = chans[ci].id
        sudogs[m].isSend = false
        sudogs[m].releasetime = now
        gwait[g.index].waiting = mysg
        gwait[g.index].param = -1
        gwait[g.index].op = .recv(chans[ci].id)
        chans[ci].recvq.enqueue(mysg, &sudogs)
        return .parked
    }

    /// The operation `g` is parked in (growing the table if needed).
    @inline(__always)
    public mutating func pendingOp(_ g: GID) -> PendingOp {
        ensureG(g)
        return gwait[g.index].op
    }

    /// The code after gopark in chansend/chanrecv: read `mysg.success` and
    /// the handed value, release the sudog. Returns (value, success, chan, singleSelect).
    @inline(__always)
    public mutating func finishPlainWait(_ g: GID) -> (Value, Bool, ChanID, Bool) {
        let gi = g.index
        let mysg = gwait[gi].waiting
        let single = gwait[gi].selectSingle
        gwait[gi].waiting = -1
        gwait[gi].param = -1
        gwait[gi].op = .none
        gwait[gi].selectSingle = false
        let m = Int(mysg)
        let r = (sudogs[m].elem, sudogs[m].success, sudogs[m].c, single)
        releaseSudog(mysg)
        return r
    }
}
