// Per-goroutine interpreter state: the G's own stack of frames (never the
// host stack), its `_defer` chain and `_panic` chain (runtime2.go g._defer,
// g._panic), and what a parked instruction is waiting to complete with.
import GoRuntime

/// Why a frame exists (how its return is handled).
public enum FrameKind: UInt8, Sendable {
    /// An ordinary Go call.
    case normal
    /// The goroutine's entry function (`goexit` is its caller).
    case entry
    /// A deferred call made by `deferreturn` on a normal return.
    case deferReturn
    /// A deferred call made by `gopanic`.
    case deferPanic
    /// A call made by the library (e.g. fmt calling an Error method); its
    /// return ends a nested interpreter run.
    case nested
}

/// One activation record. Registers live in `GState.stack[bp ..< bp+nregs]`.
public struct Frame: Sendable {
    public var fn: Int32
    public var pc: Int32
    public var bp: Int32
    public var closure: ObjRef
    public var kind: FrameKind
    public init(fn: Int32, pc: Int32, bp: Int32, closure: ObjRef, kind: FrameKind) {
        self.fn = fn; self.pc = pc; self.bp = bp; self.closure = closure; self.kind = kind
    }
}

/// A `_defer` record (panic.go): the function value and its arguments,
/// evaluated at the defer statement, and the frame that deferred it.
public struct DeferRecord: Sendable {
    /// Index in `frames` of the deferring frame (Go's `sp`).
    public var frame: Int32
    public var target: CallTarget
    /// For `.value`, args[0] is the func value.
    public var args: [Value]
    public var line: Int32
}

/// A `_panic` record.
public struct PanicRecord: Sendable {
    public var value: Value
    public var recovered: Bool = false
    /// A later panic started while this one's defers were running.
    public var aborted: Bool = false
    /// Frames (function, line) where the panic started, for the traceback.
    public var traceback: [(fn: String, line: Int32)] = []
    /// Set when the value is a runtime.Error (prefix already in the text).
    public var isRuntimeError: Bool = false
}

/// What a parked instruction completes with when the G runs again.
public enum Resume: Sendable {
    case none
    /// Channel receive into register (and ok into reg+1 when `withOK`).
    case recv(reg: Int32, withOK: Bool)
    /// A send finished (maybe with a close panic).
    case send
    /// select: chosen index into reg, value into reg+1, ok into reg+2.
    case select(reg: Int32)
    /// A library call that parked (sleep, Lock, Wait …): results are
    /// produced by `finishLib` when the G resumes.
    case lib(id: UInt16, base: Int32)
    /// Nothing to deliver (Gosched, sleep).
    case nothing
}

/// A goroutine's register file: a manually managed buffer of Values (no
/// copy-on-write or bounds checks in the interpreter loop). A `GState` copy
/// shares it, so keyframes take `GState.deepCopy()`.
public final class RegFile: @unchecked Sendable {
    public let p: UnsafeMutablePointer<Value>
    public let count: Int
    public init(count: Int) {
        p = .allocate(capacity: max(count, 1))
        p.initialize(repeating: .nil, count: max(count, 1))
        self.count = max(count, 1)
    }
    deinit {
        p.deinitialize(count: count)
        p.deallocate()
    }
    @inline(__always) public subscript(i: Int) -> Value {
        get { p[i] }
        set { p[i] = newValue }
    }
    /// A larger copy (stack growth).
    public func grown(to n: Int) -> RegFile {
        let r = RegFile(count: n)
        for i in 0..<Swift.min(count, n) { r.p[i] = p[i] }
        return r
    }
    public func copy() -> RegFile { grown(to: count) }
    public func slice(_ from: Int, _ n: Int) -> [Value] { (0..<n).map { p[from + $0] } }
}

/// The interpreter's per-G state.
public struct GState: Sendable {
    public var goid: Int64
    public var stack = RegFile(count: 64)
    public var frames: [Frame] = []
    public var defers: [DeferRecord] = []
    public var panics: [PanicRecord] = []
    public var resume: Resume = .none
    /// Simulated stack size in bytes (starts at 2 KiB, doubles on growth).
    public var stackSize: Int = 2048
    /// Simulated bytes in use by frames.
    public var stackUsed: Int = 0
    /// Function name and line that created this goroutine (traceback "created by").
    public var createdBy: (fn: String, line: Int32)? = nil
    public var isMain: Bool = false
    public init(goid: Int64) { self.goid = goid }
    /// A copy that shares nothing mutable (for keyframes).
    public func deepCopy() -> GState {
        var c = self
        c.stack = stack.copy()
        return c
    }
}
