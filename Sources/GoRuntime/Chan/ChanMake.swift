// chan.go:makechan.

extension Runtime {
    /// `chan.go:makechan` — a new hchan with a ring of `size` zero values.
    /// `zero` is the element type's zero value (what a closed receive yields).
    /// Leaves out the allocation itself (the interpreter charges mallocgc for
    /// the hchan + buffer, as makechan's one or two allocations).
    /// Returns nil for "makechan: size out of range" (negative or too large).
    public func makechan(elemType: String, elemSize: Int, size: Int, zero: Value, line: Int) -> ChanID? {
        if size < 0 || elemSize >= 1 << 16 || (elemSize > 0 && size > (1 << 40) / elemSize) {
            return nil
        }
        let id = ChanID(raw: UInt32(chans.chans.count + 1))
        chans.chans.append(HChan(id: id, dataqsiz: size, buf: [Value](repeating: zero, count: size),
                                 elemsize: elemSize, elemtype: elemType, zero: zero, line: line))
        chanEmit(.make(id, elem: elemType, cap: size, line: line, g: chanGoid(chanCurG)))
        return id
    }

    /// `len(c)` (`chan.go:chanlen`); 0 for nil.
    public func chanlen(_ c: ChanID) -> Int { c.isNil ? 0 : chans.chans[Int(c.raw) - 1].qcount }
    /// `cap(c)` (`chan.go:chancap`); 0 for nil.
    public func chancap(_ c: ChanID) -> Int { c.isNil ? 0 : chans.chans[Int(c.raw) - 1].dataqsiz }
}
