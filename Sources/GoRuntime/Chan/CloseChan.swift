// chan.go:closechan.

extension Runtime {
    /// `chan.go:closechan` — panics "close of nil channel" / "close of closed
    /// channel" (returned as the message); otherwise sets `closed`, releases
    /// every receiver (zero value, success = false) then every sender
    /// (success = false: they panic when they run), collects them on a gList
    /// and readies them after "unlocking" — the gList is a stack, so they are
    /// readied in reverse order, each passing through runnext.
    /// Returns nil when the close succeeded.
    public func closechan(_ c: ChanID) -> String? {
        if c.isNil { return "close of nil channel" }
        let ci = Int(c.raw) - 1
        if chans.chans[ci].closed { return "close of closed channel" }
        let gp = chanCurG
        chans.chans[ci].closed = true

        var glist: [GID] = []
        var nr = 0, ns = 0
        // release all readers
        while true {
            let sg = chans.recvqDequeue(ci)
            if sg < 0 { break }
            let s = Int(sg)
            chans.sudogs[s].elem = chans.chans[ci].zero
            chans.sudogs[s].success = false
            let g = chans.sudogs[s].g
            chans.gwait[g.index].param = sg
            glist.append(g)
            nr += 1
        }
        // release all writers (they will panic)
        while true {
            let sg = chans.sendqDequeue(ci)
            if sg < 0 { break }
            let s = Int(sg)
            chans.sudogs[s].elem = .nil
            chans.sudogs[s].success = false
            let g = chans.sudogs[s].g
            chans.gwait[g.index].param = sg
            glist.append(g)
            ns += 1
        }
        chanEmit(.close(c, g: chanGoid(gp), receivers: nr, senders: ns))
        // Ready all Gs now that we've dropped the channel lock (gList.pop: LIFO).
        let by = chanGoid(gp)
        for g in glist.reversed() {
            chanEmit(.unblock(c, g: chanGoid(g), by: by))
            chanReady(g)
        }
        return nil
    }
}
