// mgc.go `gcphase`/`work` and mgcwork.go `gcWork`: the per-P pair of work
// buffers (LIFO, 253 pointers each as `_WorkbufSize = 2048` bytes gives), the
// global full list, root jobs, and the per-P write-barrier buffers.
// Leaves out: lock-free lists and workbuf spans (plain arrays here).

/// `gcphase`: `_GCoff`, `_GCmark`, `_GCmarktermination`.
public enum GCPhase: UInt8, Sendable, Hashable {
    case off = 0
    case mark = 1
    case marktermination = 2
    public var goName: String {
        switch self {
        case .off: "_GCoff"
        case .mark: "_GCmark"
        case .marktermination: "_GCmarktermination"
        }
    }
}

/// One root-marking job (`markroot(i)`): the data segment, the channel table
/// (hchan buffers and sudog values: heap objects in Go, roots here), or a goroutine stack.
public enum RootJob: Sendable, Hashable {
    case globals
    case channels
    case stack(GID)
}

/// `gcWork`: a P's two work buffers of grey objects.
public struct GCWork: Sendable, Hashable {
    public internal(set) var wbuf1: [ObjRef] = []
    public internal(set) var wbuf2: [ObjRef] = []
    public var count: Int { wbuf1.count + wbuf2.count }
    public init() {}
    @inline(__always) mutating func swapBuffers() { swap(&wbuf1, &wbuf2) }
}

/// `work` (mgc.go): everything the mark phase shares.
public struct MarkWork: Sendable {
    /// Objects per work buffer: (2048 − 24 header bytes) / 8.
    public static let workbufObjs = 253
    /// Pointers per write-barrier buffer: 256 entries × 2 pointers (1.19).
    public static let wbBufPointers = 512
    public internal(set) var gcw: [GCWork] = []
    /// `work.full`: full buffers any P may take (a stack).
    public internal(set) var full: [[ObjRef]] = []
    /// `p.wbBuf`: pointers recorded by the write barrier, not yet shaded.
    public internal(set) var wbBuf: [[ObjRef]] = []
    /// Root jobs of this cycle and the next one to claim (`work.markrootNext`).
    public internal(set) var roots: [RootJob] = []
    public internal(set) var markrootNext = 0
    /// `gcscandone` per G slot: its stack has been scanned this cycle.
    public internal(set) var stackScanned: [Bool] = []
    /// `work.bytesMarked`.
    public internal(set) var bytesMarked = 0
    /// `work.heap0/1/2` for gctrace.
    public internal(set) var heap0 = 0, heap1 = 0, heap2 = 0
    /// Counters for the GC pane.
    public internal(set) var barrierShades = 0
    public internal(set) var greyed = 0
    public internal(set) var blackened = 0
    public init() {}

    /// Grey objects queued anywhere (the "grey queue length").
    public var queued: Int {
        var n = 0
        for w in gcw { n += w.count }
        for b in full { n += b.count }
        return n
    }
    /// Pointers waiting in write-barrier buffers.
    public var wbBuffered: Int { wbBuf.reduce(0) { $0 + $1.count } }
}
