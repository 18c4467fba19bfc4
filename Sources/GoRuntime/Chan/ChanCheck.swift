// Invariants of channels and wait queues, for the invariant checker and tests.

extension Runtime {
    /// Checks `hchan` invariants (chan.go comments) and that every G parked
    /// on a channel sits in exactly that channel's queue (a select's G: one
    /// sudog per non-nil case, each in its channel's queue). Returns one
    /// message per violation (empty: all hold).
    public func checkChanInvariants() -> [String] {
        var errs: [String] = []
        // Where each G's queued sudogs are: (G index) → list of (chan, send?).
        var queued: [Int: [(ChanID, Bool)]] = [:]
        for h in chans.chans {
            let c = h.id
            if h.qcount < 0 || h.qcount > h.dataqsiz { errs.append("\(c): qcount \(h.qcount) outside 0...\(h.dataqsiz)") }
            if h.dataqsiz > 0 {
                if (h.recvx + h.qcount) % h.dataqsiz != h.sendx {
                    errs.append("\(c): sendx \(h.sendx) != (recvx \(h.recvx) + qcount \(h.qcount)) mod \(h.dataqsiz)")
                }
                if h.qcount > 0 && !h.recvq.isEmpty { errs.append("\(c): buffered data with receivers waiting") }
                if h.qcount < h.dataqsiz && !h.sendq.isEmpty { errs.append("\(c): buffer room with senders waiting") }
            }
            if h.closed && !(h.recvq.isEmpty && h.sendq.isEmpty) { errs.append("\(c): closed with waiters") }
            for (q, isSend) in [(h.recvq, false), (h.sendq, true)] {
                var prev: SudogIndex = -1
                var s = q.first
                var n = 0
                while s >= 0 {
                    let sg = chans.sudogs[Int(s)]
                    if sg.prev != prev { errs.append("\(c): broken prev link at sudog \(s)") }
                    if !sg.inUse { errs.append("\(c): released sudog \(s) still queued") }
                    if sg.c != c || sg.isSend != isSend { errs.append("\(c): sudog \(s) belongs to \(sg.c) send=\(sg.isSend)") }
                    let stale = sg.isSelect && chans.gwait[sg.g.index].selectDone
                    if !stale { queued[sg.g.index, default: []].append((c, isSend)) }
                    prev = s
                    s = sg.next
                    n += 1
                    if n > chans.sudogs.count { errs.append("\(c): queue cycle"); break }
                }
                if q.last != prev { errs.append("\(c): last != tail") }
            }
            if !h.recvq.isEmpty && !h.sendq.isEmpty {
                let r = Set(h.recvq.gs(chans.sudogs)), w = Set(h.sendq.gs(chans.sudogs))
                if r != w || r.count != 1 { errs.append("\(c): both sendq and recvq non-empty") }
            }
        }
        for (i, g) in sched.allgs.enumerated() {
            let mine = queued[i] ?? []
            let goid = g.goid
            if g.status == .waiting {
                switch g.waitObject {
                case .chan(let raw):
                    let c = ChanID(raw: raw)
                    let want = g.waitreason == .chanSend
                    if mine.count != 1 || mine[0].0 != c || mine[0].1 != want {
                        errs.append("G\(goid) waits on \(c) but is queued on \(mine.map { "\($0.0)\($0.1 ? " sendq" : " recvq")" })")
                    }
                case .select(let n):
                    if mine.count != Int(n) { errs.append("G\(goid) waits in select on \(n) case(s) but is queued \(mine.count) time(s)") }
                    if i < chans.gwait.count {
                        var s = chans.gwait[i].waiting
                        var k = 0
                        while s >= 0 {
                            let sg = chans.sudogs[Int(s)]
                            let q = sg.isSend ? chans.chans[Int(sg.c.raw) - 1].sendq : chans.chans[Int(sg.c.raw) - 1].recvq
                            if !q.members(chans.sudogs).contains(s) { errs.append("G\(goid): select sudog on \(sg.c) not in its queue") }
                            s = sg.waitlink
                            k += 1
                        }
                        if k != Int(n) { errs.append("G\(goid): select waiting list has \(k) sudogs, expected \(n)") }
                    }
                default:
                    if !mine.isEmpty { errs.append("G\(goid) (\(g.waitreason.goString)) is queued on a channel") }
                }
            } else if !mine.isEmpty {
                errs.append("G\(goid) is \(g.status.goName) but queued on \(mine.map { "\($0.0)" })")
            }
        }
        return errs
    }
}
