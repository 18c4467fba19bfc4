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
        casgstatus(gp, .running, .copystack)
        copystack(gp, newsize: newsize, used: used)
        casgstatus(gp, .copystack, .running)
        return .grown(oldSize: old, newSize: newsize)
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
