// select.go: the poll order (random permutation) and lock order (heap sort
// by channel address) that selectgo computes before pass 1.

/// One case of a `select` as the interpreter passes it (source order).
public struct SelectCase: Sendable, Hashable {
    public var chan: ChanID
    /// True for `ch <- v`, false for `<-ch` / `v := <-ch` / `v, ok := <-ch`.
    public var isSend: Bool
    /// The value to send (ignored for receives).
    public var value: Value
    public init(send chan: ChanID, _ value: Value) {
        self.chan = chan; self.isSend = true; self.value = value
    }
    public init(recv chan: ChanID) {
        self.chan = chan; self.isSend = false; self.value = .nil
    }
}

/// `select.go:selectgo`, the part before `sellock`: builds `scases` with all
/// sends first then all receives (what `walkselectcases` does), the
/// `pollorder` as an inside-out Fisher–Yates shuffle over the non-nil cases
/// (`cheaprandn`), and the `lockorder` by heap-sorting on `sortkey()`.
/// Returns scase → source index, pollorder and lockorder (scase indexes).
public struct SelectOrder: Sendable {
    public var source: [Int32] = []     // scases[i] is cases[source[i]]
    public var chans: [ChanID] = []     // scases[i].c
    public var nsends: Int = 0
    public var pollorder: [UInt16] = []
    public var lockorder: [UInt16] = []
    public init() {}

    public mutating func build(_ cases: [SelectCase], rand: inout Rand) {
        cases.withUnsafeBufferPointer { build($0, rand: &rand) }
    }

    /// `build` over the caller's cases without an array (reuses this
    /// scratch's storage: no allocation once it has grown).
    public mutating func build(_ cases: UnsafeBufferPointer<SelectCase>, rand: inout Rand) {
        source.removeAll(keepingCapacity: true)
        chans.removeAll(keepingCapacity: true)
        for (i, c) in cases.enumerated() where c.isSend {
            source.append(Int32(i)); chans.append(c.chan)
        }
        nsends = source.count
        for (i, c) in cases.enumerated() where !c.isSend {
            source.append(Int32(i)); chans.append(c.chan)
        }
        let ncases = chans.count
        pollorder.removeAll(keepingCapacity: true)
        pollorder.append(contentsOf: repeatElement(0, count: ncases))
        // generate permuted order, omitting cases without channels
        var norder = 0
        for i in 0..<ncases {
            if chans[i].isNil { continue }
            let j = Int(rand.uint32n(UInt32(norder + 1)))
            pollorder[norder] = pollorder[j]
            pollorder[j] = UInt16(i)
            norder += 1
        }
        pollorder.removeLast(ncases - norder)
        lockorder.removeAll(keepingCapacity: true)
        lockorder.append(contentsOf: repeatElement(0, count: norder))
        // sort the cases by Hchan address to get the locking order (heap sort).
        for i in 0..<norder {
            var j = i
            let c = chans[Int(pollorder[i])]
            while j > 0 && chans[Int(lockorder[(j - 1) / 2])] < c {
                let k = (j - 1) / 2
                lockorder[j] = lockorder[k]
                j = k
            }
            lockorder[j] = pollorder[i]
        }
        var i = norder - 1
        while i >= 0 {
            let o = lockorder[i]
            let c = chans[Int(o)]
            lockorder[i] = lockorder[0]
            var j = 0
            while true {
                var k = j * 2 + 1
                if k >= i { break }
                if k + 1 < i && chans[Int(lockorder[k])] < chans[Int(lockorder[k + 1])] { k += 1 }
                if c < chans[Int(lockorder[k])] {
                    lockorder[j] = lockorder[k]
                    j = k
                    continue
                }
                break
            }
            lockorder[j] = o
            i -= 1
        }
    }
}
