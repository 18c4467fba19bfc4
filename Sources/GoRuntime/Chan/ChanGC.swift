// What the collector must see of channels. In Go an hchan and its buffer are
// heap objects (scanned when reachable) and a parked G's sudog.elem points
// into its stack (scanned with the stack); here both live in the channel
// table, so they are offered as roots and their stores go through the
// hybrid write barrier (mbarrier.go; chan.go's typedmemmove/sendDirect).

extension Runtime {
    /// Every reference held by a channel buffer or by a value in flight in a
    /// sudog (a parked sender's value, or one handed to a woken receiver).
    /// Conservative: buffers of unreachable channels count too.
    public func chanRoots(_ visit: (ObjRef) -> Void) {
        for h in chans.chans where h.qcount > 0 {
            var i = h.recvx
            for _ in 0..<h.qcount {
                h.buf[i].forEachRef(visit)
                i += 1
                if i == h.dataqsiz { i = 0 }
            }
        }
        for s in chans.sudogs where s.inUse { s.elem.forEachRef(visit) }
    }

    /// The hybrid barrier for a store into a buffer slot or sudog elem
    /// (`old` overwritten, `new` stored), only while the barrier is on.
    @inline(__always)
    func chanWriteBarrier(old: Value, new: Value) {
        if heap.writeBarrierEnabled {
            heap.writeBarrier(old: old, new: new, p: memP, stackGrey: !heap.stackScanned(currentG), slotAddr: 0)
            flushMemEvents()
        }
    }
}
