// The scheduler's invariant checker, run by tests after every step: every G
// is in exactly one place, queue lengths and counters match their lists, a
// `_Prunning` P has an M that has it, timers sit where they say.

extension Runtime {
    /// All violated invariants (empty when consistent).
    public func checkInvariants() -> [String] {
        var errs: [String] = []
        let s = sched
        let ng = s.allgs.count
        let np = s.allp.count
        // Where each G was found: count of places.
        var places = [Int32](repeating: 0, count: ng)
        var where_ = [String](repeating: "", count: ng)
        func place(_ g: GID, _ what: String) {
            guard !g.isNone, g.index < ng else { errs.append("\(what): bad GID \(g)"); return }
            places[g.index] += 1
            where_[g.index] += (where_[g.index].isEmpty ? "" : ", ") + what
        }
        // Ms.
        var idleMs = 0, spinning = 0
        for (i, m) in s.allm.enumerated() {
            let mid = MID(index: i)
            if m.spinning { spinning += 1 }
            switch m.state {
            case .running:
                if !m.curg.isNone {
                    place(m.curg, "curg of \(mid)")
                    let g = s.allgs[m.curg.index]
                    if g.status != .running { errs.append("\(mid).curg goid \(g.goid) is \(g.status.goName), not running") }
                    if g.m != mid { errs.append("goid \(g.goid).m is \(g.m), but it is curg of \(mid)") }
                    if m.p.isNone { errs.append("\(mid) runs goid \(g.goid) without a P") }
                }
                if !m.p.isNone {
                    if s.allp[m.p.index].m != mid { errs.append("\(mid).p is \(m.p) but \(m.p).m is \(s.allp[m.p.index].m)") }
                    let stopper = s.gcwaiting && s.stwM == mid && s.allp[m.p.index].status == .gcstop
                    if s.allp[m.p.index].status != .running && !stopper { errs.append("\(mid) holds \(m.p) in \(s.allp[m.p.index].status.goName)") }
                } else if m.nextp.isNone {
                    errs.append("\(mid) is running with neither p nor nextp")
                }
            case .syscall:
                if m.curg.isNone { errs.append("\(mid) in syscall without a G") } else {
                    place(m.curg, "syscall on \(mid)")
                    if s.allgs[m.curg.index].status != .syscall { errs.append("\(mid) in syscall but its G is \(s.allgs[m.curg.index].status.goName)") }
                }
                if !m.p.isNone { errs.append("\(mid) in syscall holds \(m.p)") }
            case .stwWait:
                if m.curg.isNone || s.allgs[m.curg.index].status != .waiting || s.allgs[m.curg.index].waitreason != .stoppingTheWorld {
                    errs.append("\(mid) waits for the world to stop but its G is not 'stopping the world'")
                } else { place(m.curg, "stopping the world on \(mid)") }
                if s.stwM != mid { errs.append("\(mid) in stwWait but stwM is \(s.stwM)") }
                if m.p.isNone || s.allp[m.p.index].status != .gcstop { errs.append("\(mid) in stwWait without its P in _Pgcstop") }
            case .idle:
                idleMs += 1
                if !m.curg.isNone || !m.p.isNone { errs.append("idle \(mid) has a G or P") }
            case .netpoll:
                if s.netpollM != mid { errs.append("\(mid) in netpoll but netpollM is \(s.netpollM)") }
                if !m.curg.isNone || !m.p.isNone { errs.append("netpoll \(mid) has a G or P") }
            case .sysmon:
                if !m.isSysmon { errs.append("\(mid) in sysmon state is not sysmon") }
            }
        }
        if spinning != Int(s.nmspinning) { errs.append("nmspinning \(s.nmspinning) but \(spinning) Ms spin") }
        // Idle M list.
        var n = 0
        var m = s.midle
        while !m.isNone && n <= s.allm.count {
            if s.allm[m.index].state != .idle { errs.append("\(m) on midle but \(s.allm[m.index].state)") }
            n += 1; m = s.allm[m.index].schedlink
        }
        if n != Int(s.nmidle) || n != idleMs { errs.append("nmidle \(s.nmidle), list \(n), idle Ms \(idleMs)") }
        // Idle P list.
        var onIdle = [Bool](repeating: false, count: np)
        n = 0
        var p = s.pidle
        while !p.isNone && n <= np {
            onIdle[p.index] = true
            if s.allp[p.index].status != .idle { errs.append("\(p) on pidle but \(s.allp[p.index].status.goName)") }
            if !s.allp[p.index].runqEmpty { errs.append("idle \(p) has a non-empty run queue") }
            n += 1; p = s.allp[p.index].link
        }
        if n != Int(s.npidle) { errs.append("npidle \(s.npidle) but idle list has \(n)") }
        if np != Int(s.gomaxprocs) { errs.append("len(allp) \(np) != gomaxprocs \(s.gomaxprocs)") }
        // Ps.
        for (i, pp) in s.allp.enumerated() {
            let pid = PID(index: i)
            let len = pp.runqLength
            if len < 0 || len > Int(P.runqSize) { errs.append("\(pid) runq length \(len)") }
            for g in pp.runqContents {
                place(g, "runq of \(pid)")
                if !g.isNone && s.allgs[g.index].queue != .local(pid) { errs.append("goid \(s.allgs[g.index].goid) in \(pid)'s runq says \(s.allgs[g.index].queue)") }
            }
            if !pp.runnext.isNone {
                place(pp.runnext, "runnext of \(pid)")
                if s.allgs[pp.runnext.index].queue != .runnext(pid) { errs.append("runnext of \(pid) says \(s.allgs[pp.runnext.index].queue)") }
            }
            switch pp.status {
            case .running:
                if pp.m.isNone || s.allm[pp.m.index].p != pid { errs.append("\(pid) is _Prunning without an M holding it") }
                if s.gcwaiting && s.worldStopped { errs.append("\(pid) running while the world is stopped") }
            case .syscall:
                let holders = s.allm.filter { $0.state == .syscall && $0.oldp == pid && $0.syscalltick == pp.syscalltick }.count
                if holders != 1 { errs.append("\(pid) in _Psyscall with \(holders) Ms in syscall on it") }
            case .idle:
                if !onIdle[i] {
                    // Off the idle list only while handed to a waking M as nextp.
                    if !s.allm.contains(where: { $0.nextp == pid && $0.state == .running }) { errs.append("\(pid) _Pidle but neither on pidle nor anyone's nextp") }
                }
            case .gcstop:
                if !s.gcwaiting { errs.append("\(pid) _Pgcstop without a stop-the-world") }
            case .dead:
                errs.append("\(pid) _Pdead inside allp")
            }
            // Timers.
            for (k, t) in pp.timers.enumerated() {
                let tm = s.timers[t.index]
                if tm.pp != pid || tm.heapIndex != Int32(k) { errs.append("timer \(t.raw) in \(pid)'s heap at \(k) says \(tm.pp)@\(tm.heapIndex)") }
                if k > 0 {
                    let parent = s.timers[pp.timers[(k - 1) / 4].index]
                    if parent.when > tm.when { errs.append("\(pid) timer heap order broken at \(k)") }
                }
            }
            // Free list.
            var c = 0
            var g = pp.gFreeHead
            while !g.isNone && c <= ng {
                place(g, "gFree of \(pid)")
                c += 1; g = s.allgs[g.index].schedlink
            }
            if c != Int(pp.gFreeCount) { errs.append("\(pid).gFree.n \(pp.gFreeCount) but list \(c)") }
        }
        // Global queue.
        n = 0
        var g = s.runqhead
        var last = GID.none
        while !g.isNone && n <= ng {
            place(g, "global runq")
            if s.allgs[g.index].queue != .global { errs.append("goid \(s.allgs[g.index].goid) in global runq says \(s.allgs[g.index].queue)") }
            n += 1; last = g; g = s.allgs[g.index].schedlink
        }
        if n != Int(s.runqsize) { errs.append("runqsize \(s.runqsize) but global list has \(n)") }
        if last != s.runqtail { errs.append("global runq tail mismatch") }
        // Global free list.
        n = 0
        g = s.gFreeHead
        while !g.isNone && n <= ng {
            place(g, "global gFree")
            n += 1; g = s.allgs[g.index].schedlink
        }
        if n != Int(s.gFreeCount) { errs.append("sched.gFree.n \(s.gFreeCount) but list \(n)") }
        // Every G in exactly one place that matches its status.
        for (i, gg) in s.allgs.enumerated() {
            let want: Int32
            switch gg.status {
            case .running, .runnable, .syscall, .dead: want = 1
            case .waiting: want = (gg.waitreason == .stoppingTheWorld) ? 1 : 0
            case .idle, .copystack, .preempted: want = 0
            }
            if places[i] != want {
                errs.append("goid \(gg.goid) (\(gg.status.goName)) found in \(places[i]) places: [\(where_[i])]")
            }
            if gg.status == .runnable && gg.queue == .none { errs.append("runnable goid \(gg.goid) has no queue") }
            if gg.status != .runnable && gg.queue != .none { errs.append("goid \(gg.goid) \(gg.status.goName) but queue \(gg.queue)") }
        }
        // The netpoll M.
        if !s.netpollM.isNone && s.allm[s.netpollM.index].state != .netpoll { errs.append("netpollM \(s.netpollM) is not in netpoll") }
        return errs
    }
}
