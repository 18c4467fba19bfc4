// chan.go:chanrecv.

extension Runtime {
    /// `chan.go:chanrecv(c, ep, block)` for the running G, in Go's order:
    /// nil channel, non-blocking fast path, closed and drained (zero value,
    /// ok = false), a waiting sender (`recv`: direct from it when
    /// unbuffered, else head of the full buffer with the sender's value
    /// refilling that slot; the sender is readied into this P's runnext),
    /// buffered data, non-blocking fail, park on recvq ("chan receive").
    /// Leaves out the channel lock and race hooks.
    public func chanrecv(_ c: ChanID, block: Bool) -> RecvResult {
        let gp = chanCurG
        if c.isNil {
            if !block { return .wouldBlock }
            parkForever(gp, .chanReceiveNilChan, .nilBlock(g: chanGoid(gp), send: false))
            return .parked
        }
        switch chans.recvCore(Int(c.raw) - 1, block: block, g: gp, now: chanNow) {
        case .closed(let z):
            chanEmit(.recvClosed(c, g: chanGoid(gp)))
            return .completed(z, ok: false)
        case let .direct(v, sender):
            chanEmit(.handoff(c, from: chanGoid(sender), to: chanGoid(gp)))
            chanReady(sender)
            return .completed(v, ok: true)
        case let .rotate(v, sender, x):
            chanWriteBarrier(old: v, new: chans.chans[Int(c.raw) - 1].buf[x])
            chanEmit(.bufRotate(c, g: chanGoid(gp), sender: chanGoid(sender), index: x))
            chanReady(sender)
            return .completed(v, ok: true)
        case let .buffered(v, x):
            chanWriteBarrier(old: v, new: .nil)
            chanEmit(.bufGet(c, g: chanGoid(gp), index: x))
            return .completed(v, ok: true)
        case .wouldBlock:
            return .wouldBlock
        case .parked:
            chanEmit(.block(c, g: chanGoid(gp), send: false))
            chanPark(.chanReceive, .chan(c.raw))
            return .parked
        }
    }
}
