// chan.go:chansend.

extension Runtime {
    /// `chan.go:chansend(c, ep, block)` for the running G, in Go's order:
    /// nil channel, non-blocking fast fail, closed, a waiting receiver
    /// (direct hand-off, receiver readied into this P's runnext), buffer
    /// room, non-blocking fail, park on sendq ("chan send"). After `.parked`
    /// the G collects the outcome with `takeWakeResult` when it runs again.
    /// Leaves out the channel lock (each call is atomic in the simulation)
    /// and the race/msan hooks.
    public func chansend(_ c: ChanID, _ value: Value, block: Bool) -> SendResult {
        let gp = chanCurG
        if c.isNil {
            if !block { return .wouldBlock }
            parkForever(gp, .chanSendNilChan, .nilBlock(g: chanGoid(gp), send: true))
            return .parked
        }
        switch chans.sendCore(Int(c.raw) - 1, value, block: block, g: gp, now: chanNow) {
        case .handoff(let rg):
            chanWriteBarrier(old: .nil, new: value)
            chanEmit(.handoff(c, from: chanGoid(gp), to: chanGoid(rg)))
            chanReady(rg)
            return .completed
        case .buffered(let x):
            chanWriteBarrier(old: .nil, new: value)
            chanEmit(.bufPut(c, g: chanGoid(gp), index: x))
            return .completed
        case .closed:
            return .panic("send on closed channel")
        case .wouldBlock:
            return .wouldBlock
        case .parked:
            chanWriteBarrier(old: .nil, new: value)
            chanEmit(.block(c, g: chanGoid(gp), send: true))
            chanPark(.chanSend, .chan(c.raw))
            return .parked
        }
    }

    /// `gopark(nil, nil, reason)` forever (nil channel, `select {}`).
    func parkForever(_ gp: GID, _ reason: WaitReason, _ e: ChanEvent) {
        chans.ensureG(gp)
        chans.gwait[gp.index].op = .forever
        chanEmit(e)
        chanPark(reason, .none)
    }
}
