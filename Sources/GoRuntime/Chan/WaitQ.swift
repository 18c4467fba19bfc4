// chan.go waitq operations over the run's sudog pool.

extension WaitQ {
    /// `chan.go:waitq.enqueue` — append at the tail.
    @inline(__always)
    public mutating func enqueue(_ s: SudogIndex, _ sudogs: inout [Sudog]) {
        sudogs[Int(s)].next = -1
        let x = last
        if x >= 0 {
            sudogs[Int(s)].prev = x
            sudogs[Int(x)].next = s
            last = s
            return
        }
        sudogs[Int(s)].prev = -1
        first = s
        last = s
    }

    /// `chan.go:waitq.dequeue` — pop the head; a select sudog whose G already
    /// had another case win (`selectDone` CAS fails) is dropped and skipped.
    @inline(__always)
    public mutating func dequeue(_ sudogs: inout [Sudog], _ gwait: inout [GWaitState]) -> SudogIndex {
        while true {
            let s = first
            if s < 0 { return -1 }
            let y = sudogs[Int(s)].next
            if y < 0 {
                first = -1
                last = -1
            } else {
                sudogs[Int(y)].prev = -1
                first = y
                sudogs[Int(s)].next = -1
            }
            if sudogs[Int(s)].isSelect {
                let g = sudogs[Int(s)].g.index
                if gwait[g].selectDone { continue }   // lost the race: skip
                gwait[g].selectDone = true            // selectDone.CompareAndSwap(0, 1)
            }
            return s
        }
    }

    /// `select.go:waitq.dequeueSudoG` — unlink `s` wherever it is (or no-op
    /// if a dequeue already removed it).
    @inline(__always)
    public mutating func dequeueSudoG(_ s: SudogIndex, _ sudogs: inout [Sudog]) {
        let x = sudogs[Int(s)].prev
        let y = sudogs[Int(s)].next
        if x >= 0 {
            if y >= 0 {
                sudogs[Int(x)].next = y
                sudogs[Int(y)].prev = x
                sudogs[Int(s)].next = -1
                sudogs[Int(s)].prev = -1
                return
            }
            sudogs[Int(x)].next = -1
            last = x
            sudogs[Int(s)].prev = -1
            return
        }
        if y >= 0 {
            sudogs[Int(y)].prev = -1
            first = y
            sudogs[Int(s)].next = -1
            return
        }
        if first == s {
            first = -1
            last = -1
        }
    }

    /// The Gs waiting, head first (for snapshots and checks).
    public func gs(_ sudogs: [Sudog]) -> [GID] {
        var out: [GID] = []
        var s = first
        while s >= 0 {
            out.append(sudogs[Int(s)].g)
            s = sudogs[Int(s)].next
        }
        return out
    }

    /// The sudog indexes in queue order.
    public func members(_ sudogs: [Sudog]) -> [SudogIndex] {
        var out: [SudogIndex] = []
        var s = first
        while s >= 0 {
            out.append(s)
            s = sudogs[Int(s)].next
        }
        return out
    }
}

extension ChanTable {
    // Queue operations on channel `ci` (index = raw id − 1). They live on the
    // table so the channel's queue and the sudog pool are accessed as
    // separate stored properties (no overlapping access through `Runtime`).
    @inline(__always) public mutating func recvqDequeue(_ ci: Int) -> SudogIndex {
        chans[ci].recvq.dequeue(&sudogs, &gwait)
    }
    @inline(__always) public mutating func sendqDequeue(_ ci: Int) -> SudogIndex {
        chans[ci].sendq.dequeue(&sudogs, &gwait)
    }
    @inline(__always) public mutating func recvqEnqueue(_ ci: Int, _ s: SudogIndex) {
        chans[ci].recvq.enqueue(s, &sudogs)
    }
    @inline(__always) public mutating func sendqEnqueue(_ ci: Int, _ s: SudogIndex) {
        chans[ci].sendq.enqueue(s, &sudogs)
    }
    @inline(__always) public mutating func recvqRemove(_ ci: Int, _ s: SudogIndex) {
        chans[ci].recvq.dequeueSudoG(s, &sudogs)
    }
    @inline(__always) public mutating func sendqRemove(_ ci: Int, _ s: SudogIndex) {
        chans[ci].sendq.dequeueSudoG(s, &sudogs)
    }
}
