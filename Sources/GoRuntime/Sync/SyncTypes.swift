// Runtime semaphores (sema.go) and the sync package's state words
// (sync/mutex.go, rwmutex.go, waitgroup.go, once.go). Owned by "chan".

/// `sema.go:semTabSize` — the number of semaRoot buckets.
public let semTabSize = 251

/// `sync/mutex.go` state bits.
public let mutexLocked: Int32 = 1
public let mutexWoken: Int32 = 2
public let mutexStarving: Int32 = 4
public let mutexWaiterShift: Int32 = 3
/// `sync/mutex.go:starvationThresholdNs` — 1 ms.
public let starvationThresholdNs: Int64 = 1_000_000
/// `sync/rwmutex.go:rwmutexMaxReaders`.
public let rwmutexMaxReaders: Int32 = 1 << 30
/// `proc.go:active_spin` / `active_spin_cnt` (procyield(30) per spin).
public let activeSpin = 4
public let activeSpinCnt = 30

/// `sema.go:semaRoot` — one bucket of the semaphore table. Go keeps a treap
/// of addresses with a FIFO per address; here each bucket holds a short list
/// of (address, FIFO) in address order (same queue behaviour, no treap
/// balancing shown). `nwait` counts waiters in the whole bucket, as in Go.
public struct SemaRoot: Sendable {
    public var addrs: [UInt64] = []
    public var queues: [WaitQ] = []
    public var nwait: Int32 = 0
    public init() {}
}

/// What kind of sync object lives at an address.
public enum SyncKind: UInt8, Sendable, Hashable {
    case mutex, rwmutex, waitGroup, once, sema

    public var goName: String {
        switch self {
        case .mutex: "sync.Mutex"
        case .rwmutex: "sync.RWMutex"
        case .waitGroup: "sync.WaitGroup"
        case .once: "sync.Once"
        case .sema: "semaphore"
        }
    }
}

/// One sync object's state words, as the Go struct holds them.
public struct SyncObject: Sendable, Hashable {
    public var addr: UInt64
    public var kind: SyncKind
    /// Mutex: `state` (for RWMutex: `w.state`; for Once: `m.state`).
    public var state: Int32 = 0
    /// RWMutex: `readerCount`, `readerWait`.
    public var readerCount: Int32 = 0
    public var readerWait: Int32 = 0
    /// WaitGroup: `state` (counter << 32 | waiters).
    public var wgState: UInt64 = 0
    /// Once: `done`.
    public var done: Bool = false
    /// Simulated time the mutex last entered starvation mode (-1 = never).
    public var starvingSince: Int64 = -1
    public init(addr: UInt64, kind: SyncKind) {
        self.addr = addr
        self.kind = kind
    }
}

/// The words of a sync object that live in the program's memory (Go's struct
/// fields), so copying the struct copies them: Mutex/RWMutex.w/Once.m `state`,
/// RWMutex `readerCount`/`readerWait`, Once `done`.
public struct SyncWords: Sendable, Hashable {
    public var state: Int32 = 0
    public var readerCount: Int32 = 0
    public var readerWait: Int32 = 0
    public var done: Bool = false
    public init(state: Int32 = 0, readerCount: Int32 = 0, readerWait: Int32 = 0, done: Bool = false) {
        self.state = state; self.readerCount = readerCount; self.readerWait = readerWait; self.done = done
    }
}

extension Runtime {
    /// The in-memory words of the object at `addr` (zero if it has none yet).
    public func syncWords(_ addr: UInt64) -> SyncWords {
        guard let o = sync.objectIndex[addr] else { return SyncWords() }
        let x = sync.objects[o]
        return SyncWords(state: x.state, readerCount: x.readerCount, readerWait: x.readerWait, done: x.done)
    }

    /// Load the words from the program's memory before an operation (a copied
    /// RWMutex/Once brings its own, as in Go).
    public func setSyncWords(_ addr: UInt64, _ kind: SyncKind, _ w: SyncWords) {
        if sync.objectIndex[addr] == nil && w == SyncWords() { return }
        let o = sync.object(addr, kind)
        sync.objects[o].state = w.state
        sync.objects[o].readerCount = w.readerCount
        sync.objects[o].readerWait = w.readerWait
        sync.objects[o].done = w.done
    }
}

/// `lockSlow`'s locals (sync/mutex.go), kept per G across spins and parks.
public struct LockSlowState: Sendable, Hashable {
    public var active: Bool = false
    public var waitStartTime: Int64 = 0
    public var starving: Bool = false
    public var awoke: Bool = false
    public var iter: Int = 0
    public init() {}
}

/// Field offsets of the semaphore words inside each sync struct (amd64,
/// Go 1.23 layouts); a semaphore's address is `objectAddr << 5 + offset`, so
/// distinct objects never share a semaphore whatever ids the VM uses.
public enum SemaField {
    /// Mutex{state int32; sema uint32} — also RWMutex.w.sema.
    public static let mutexSema: UInt64 = 4
    /// RWMutex{w Mutex; writerSem; readerSem; readerCount; readerWait}.
    public static let rwWriterSem: UInt64 = 8
    public static let rwReaderSem: UInt64 = 12
    /// WaitGroup{noCopy; state atomic.Uint64; sema uint32}.
    public static let wgSema: UInt64 = 8
    /// Once{done atomic.Uint32; m Mutex}: m.sema.
    public static let onceMSema: UInt64 = 8
}

/// Runtime semaphores plus every sync object of the run.
public struct SyncState: Sendable {
    /// `sema.go:semtable`.
    public var semtable: [SemaRoot] = Array(repeating: SemaRoot(), count: semTabSize)
    /// The `uint32` semaphore words by address (absent = 0).
    public var semaValue: [UInt64: UInt32] = [:]
    /// Sync objects in creation order, and address → index.
    public var objects: [SyncObject] = []
    public var objectIndex: [UInt64: Int] = [:]
    public init() {}

    /// `sema.go:semtable.rootFor`.
    @inline(__always) public static func rootIndex(_ addr: UInt64) -> Int {
        Int((addr >> 3) % UInt64(semTabSize))
    }

    /// The object at `addr`, created on first use (a zero value is ready to use).
    @inline(__always)
    public mutating func object(_ addr: UInt64, _ kind: SyncKind) -> Int {
        if let i = objectIndex[addr] { return i }
        objects.append(SyncObject(addr: addr, kind: kind))
        objectIndex[addr] = objects.count - 1
        return objects.count - 1
    }

    @inline(__always) public static func semaAddr(_ obj: UInt64, _ offset: UInt64) -> UInt64 {
        obj << 5 &+ offset
    }
}
