// Goroutine stack sizes (stack.go: newstack, copystack; the _StackMin,
// _StackGuard and maxstacksize constants). The interpreter keeps the frames;
// the runtime keeps each G's simulated stack size so the UI can show growth.
// Leaves out stack caches/pools, pointer adjustment and shrinking (shrinkstack).

/// stack.go:_StackMin / _FixedStack on Linux — a new G's stack (bytes).
public let stackMin: Int = 2048
/// stack.go:_StackGuard on linux/amd64 (928 = 800 nosplit + 128 StackSmall).
public let stackGuard: Int = 928
/// proc.go:main sets maxstacksize to 1e9 on 64-bit.
public let maxstacksize: Int = 1_000_000_000

/// What `newstack` did.
public enum NewstackResult: Sendable, Hashable {
    /// The stack was copied to one of `newSize` bytes (`_Grunning → _Gcopystack → _Grunning`).
    case grown(oldSize: Int, newSize: Int)
    /// It would exceed maxstacksize: Go prints "runtime: goroutine stack exceeds
    /// 1000000000-byte limit" and throws "stack overflow" (the caller prints it).
    case overflow(newSize: Int)
}

extension Runtime {
    /// stack.go:newstack — the current G (running, user code) needs `used`
    /// bytes of stack plus a frame of `maxFrame`: double the stack until
    /// `newsize - used >= maxFrame + _StackGuard`, then `copystack`.
    /// Call it when the interpreter's simulated stack outgrows `stackSize(of:)`.
    public func newstack(used: Int, maxFrame: Int = 0) -> NewstackResult {
        let gp = currentG
        let old = Int(sched.allgs[gp.index].stackSize)
        var newsize = old * 2
        while newsize - used < maxFrame + stackGuard { newsize *= 2 }
        if newsize > maxstacksize { return .overflow(newSize: newsize) }
        growstack(gp, newsize: newsize, used: used)
        return .grown(oldSize: old, newSize: newsize)
    }

    /// stack.go:newstack's tail for an executor that sized the new stack
    /// itself (the interpreter doubles its simulated stack until the frame
    /// fits, as newstack does): the current G's stack becomes `newSize`
    /// bytes, `used` of them copied. `_Grunning → _Gcopystack → _Grunning`,
    /// the copy is charged and a `stackGrowth` event logged. Afterwards
    /// `stackSize(of:)` equals `newSize`. A size not above the current one
    /// is ignored (shrinkstack is not modelled).
    public func copystack(to newSize: Int, used: Int) {
        let gp = currentG
        precondition(!gp.isNone, "copystack: no current G")
        if newSize <= Int(sched.allgs[gp.index].stackSize) { return }
        growstack(gp, newsize: newSize, used: used)
    }

    /// The status dance, the copy (of at most the old stack's bytes) and the event.
    func growstack(_ gp: GID, newsize: Int, used: Int) {
        let old = sched.allgs[gp.index].stackSize
        casgstatus(gp, .running, .copystack)
        copystack(gp, newsize: newsize, used: min(max(used, 0), Int(old)))
        casgstatus(gp, .copystack, .running)
        emit(.stackGrowth(g: sched.allgs[gp.index].goid, oldSize: old, newSize: Int32(newsize)))
    }

    /// stack.go:copystack — allocate the new stack, copy the `used` bytes and
    /// free the old one: charged per byte copied (pointer adjustment included).
    func copystack(_ gp: GID, newsize: Int, used: Int) {
        sched.allgs[gp.index].stackSize = Int32(newsize)
        sched.allgs[gp.index].stackGrowths &+= 1
        charge(config.cost.copystack &+ Int64(used) / config.cost.copystackBytesPerNs)
    }

    /// The G's current simulated stack size in bytes.
    public func stackSize(of gp: GID) -> Int { Int(sched.allgs[gp.index].stackSize) }
}
