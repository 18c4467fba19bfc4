// The Go signatures of the library gmpscope provides (Go 1.19 API), built
// into each program's TypeTable. Struct types carry Go 1.19's fields so
// their amd64 sizes match (sync.WaitGroup 16 bytes, sync.Mutex 8,
// time.Timer 80, …); unexported fields cannot be used from package main.

enum LibMember {
    case function(LibFunc, TypeID)
    case type(TypeID)
    case constant(TypeID, ConstValue)
    case variable(LibVar, TypeID)
}

struct Library {
    var packages: [String: [String: LibMember]] = [:]
    var libTypes: [LibType: TypeID] = [:]
    /// Import paths gmpscope provides.
    static let paths: Set<String> = ["fmt", "time", "sync", "sync/atomic", "runtime", "syscall",
                                     "errors", "strings", "strconv", "sort", "os", "math/rand",
                                     "math", "unicode", "io", "bytes", "unicode/utf8", "runtime/debug"]

    /// os.Stdout/os.Stderr: the compiler emits `calllib 0xFFE0 + LibVar.rawValue` for them.
    static let osStdStreamsCompiled = true

    /// Exported names of real Go packages we do not provide, so a use gets
    /// "gmpscope does not support pkg.Name yet" instead of "undefined".
    static func isKnownExported(_ name: String) -> Bool { name.first?.isUppercase ?? false }
}

func buildLibrary(_ t: inout TypeTable) -> Library {
    var lib = Library()
    let int = Universe.int, i64 = Universe.int64, str = Universe.string, bool = Universe.bool
    let err = Universe.error, any = Universe.emptyInterface, f64 = Universe.float64
    let u32 = Universe.uint32, i32 = Universe.int32, u64 = Universe.uint64

    func field(_ n: String, _ ty: TypeID, _ pkg: String) -> StructField {
        StructField(name: n, type: ty, embedded: false, offset: 0, pkg: pkg)
    }
    func named(_ name: String, _ pkg: String, _ u: TypeID) -> TypeID {
        let id = t.newNamed(NamedType(name: name, pkg: pkg, underlying: Universe.invalid, methods: [], pos: .none))
        t.setUnderlying(id, u)
        return id
    }
    func strct(_ pkg: String, _ fs: [(String, TypeID)]) -> TypeID {
        t.intern(.structure(fs.map { field($0.0, $0.1, pkg) }))
    }
    func fn(_ p: [TypeID], _ r: [TypeID], variadic: Bool = false) -> TypeID {
        t.function(p, r, variadic: variadic)
    }
    func method(_ on: TypeID, _ name: String, _ sig: TypeID, _ f: LibFunc, ptr: Bool = true) {
        t.addMethod(on, MethodDecl(name: name, signature: sig, pointerReceiver: ptr, target: .lib(f)))
    }
    var pkgs: [String: [String: LibMember]] = [:]
    func add(_ pkg: String, _ name: String, _ m: LibMember) { pkgs[pkg, default: [:]][name] = m }
    func addFn(_ pkg: String, _ name: String, _ f: LibFunc, _ sig: TypeID) { add(pkg, name, .function(f, sig)) }

    let anySlice = t.slice(any)
    // fmt
    addFn("fmt", "Print", .fmtPrint, fn([anySlice], [int, err], variadic: true))
    addFn("fmt", "Println", .fmtPrintln, fn([anySlice], [int, err], variadic: true))
    addFn("fmt", "Printf", .fmtPrintf, fn([str, anySlice], [int, err], variadic: true))
    addFn("fmt", "Sprint", .fmtSprint, fn([anySlice], [str], variadic: true))
    addFn("fmt", "Sprintln", .fmtSprintln, fn([anySlice], [str], variadic: true))
    addFn("fmt", "Sprintf", .fmtSprintf, fn([str, anySlice], [str], variadic: true))
    addFn("fmt", "Errorf", .fmtErrorf, fn([str, anySlice], [err], variadic: true))
    let stringer = named("Stringer", "fmt", t.intern(.interface([InterfaceMethod(name: "String", signature: fn([], [str]))])))
    add("fmt", "Stringer", .type(stringer))
    let wrapError = named("wrapError", "fmt", strct("fmt", [("msg", str), ("err", err)]))
    method(wrapError, "Error", fn([], [str]), .wrapErrorError)
    lib.libTypes[.wrapError] = wrapError

    // time
    let duration = named("Duration", "time", i64)
    lib.libTypes[.duration] = duration
    add("time", "Duration", .type(duration))
    let location = named("Location", "time", strct("time", [("name", str)]))
    let timeT = named("Time", "time", strct("time", [("wall", u64), ("ext", i64), ("loc", t.pointer(location))]))
    lib.libTypes[.time] = timeT
    add("time", "Time", .type(timeT))
    let consts: [(String, Int64)] = [("Nanosecond", 1), ("Microsecond", 1_000), ("Millisecond", 1_000_000),
                                     ("Second", 1_000_000_000), ("Minute", 60_000_000_000), ("Hour", 3_600_000_000_000)]
    for (n, v) in consts { add("time", n, .constant(duration, .int(BigInt(v)))) }
    let runtimeTimer = strct("time", [("pp", Universe.uintptr), ("when", i64), ("period", i64),
                                      ("f", fn([any, Universe.uintptr], [])), ("arg", any),
                                      ("seq", Universe.uintptr), ("nextwhen", i64), ("status", u32)])
    let timeChanRecv = t.intern(.chan(.recv, timeT))
    let timer = named("Timer", "time", t.intern(.structure([field("C", timeChanRecv, "time"), field("r", runtimeTimer, "time")])))
    let ticker = named("Ticker", "time", t.intern(.structure([field("C", timeChanRecv, "time"), field("r", runtimeTimer, "time")])))
    lib.libTypes[.timer] = timer
    lib.libTypes[.ticker] = ticker
    add("time", "Timer", .type(timer))
    add("time", "Ticker", .type(ticker))
    addFn("time", "Sleep", .timeSleep, fn([duration], []))
    addFn("time", "After", .timeAfter, fn([duration], [timeChanRecv]))
    addFn("time", "Tick", .timeTick, fn([duration], [timeChanRecv]))
    addFn("time", "NewTicker", .timeNewTicker, fn([duration], [t.pointer(ticker)]))
    addFn("time", "NewTimer", .timeNewTimer, fn([duration], [t.pointer(timer)]))
    addFn("time", "Since", .timeSince, fn([timeT], [duration]))
    addFn("time", "Until", .timeUntil, fn([timeT], [duration]))
    addFn("time", "Now", .timeNow, fn([], [timeT]))
    method(duration, "String", fn([], [str]), .durationString, ptr: false)
    method(duration, "Seconds", fn([], [f64]), .durationSeconds, ptr: false)
    method(duration, "Minutes", fn([], [f64]), .durationMinutes, ptr: false)
    method(duration, "Hours", fn([], [f64]), .durationHours, ptr: false)
    method(duration, "Milliseconds", fn([], [i64]), .durationMilliseconds, ptr: false)
    method(duration, "Microseconds", fn([], [i64]), .durationMicroseconds, ptr: false)
    method(duration, "Nanoseconds", fn([], [i64]), .durationNanoseconds, ptr: false)
    addFn("time", "ParseDuration", .timeParseDuration, fn([str], [duration, err]))
    method(duration, "Round", fn([duration], [duration]), .durationRound, ptr: false)
    method(duration, "Truncate", fn([duration], [duration]), .durationTruncate, ptr: false)
    method(duration, "Abs", fn([], [duration]), .durationAbs, ptr: false)
    method(timeT, "Sub", fn([timeT], [duration]), .timeTimeSub, ptr: false)
    method(timeT, "UnixNano", fn([], [i64]), .timeTimeUnixNano, ptr: false)
    method(timeT, "Add", fn([duration], [timeT]), .timeTimeAdd, ptr: false)
    method(timeT, "After", fn([timeT], [bool]), .timeTimeAfter, ptr: false)
    method(timeT, "Before", fn([timeT], [bool]), .timeTimeBefore, ptr: false)
    method(timeT, "Equal", fn([timeT], [bool]), .timeTimeEqual, ptr: false)
    method(timeT, "Unix", fn([], [i64]), .timeTimeUnix, ptr: false)
    method(timeT, "UnixMilli", fn([], [i64]), .timeTimeUnixMilli, ptr: false)
    method(timer, "Stop", fn([], [bool]), .timerStop)
    method(timer, "Reset", fn([duration], [bool]), .timerReset)
    method(ticker, "Stop", fn([], []), .tickerStop)
    method(ticker, "Reset", fn([duration], []), .tickerReset)

    // sync
    let noCopy = named("noCopy", "sync", t.intern(.structure([])))
    let mutex = named("Mutex", "sync", strct("sync", [("state", i32), ("sema", u32)]))
    let waitGroup = named("WaitGroup", "sync", strct("sync", [("noCopy", noCopy), ("state1", u64), ("state2", u32)]))
    let rwMutex = named("RWMutex", "sync", strct("sync", [("w", mutex), ("writerSem", u32), ("readerSem", u32),
                                                          ("readerCount", i32), ("readerWait", i32)]))
    let once = named("Once", "sync", strct("sync", [("done", u32), ("m", mutex)]))
    lib.libTypes[.mutex] = mutex; lib.libTypes[.waitGroup] = waitGroup
    lib.libTypes[.rwMutex] = rwMutex; lib.libTypes[.once] = once
    add("sync", "Mutex", .type(mutex)); add("sync", "WaitGroup", .type(waitGroup))
    add("sync", "RWMutex", .type(rwMutex)); add("sync", "Once", .type(once))
    method(waitGroup, "Add", fn([int], []), .waitGroupAdd)
    method(waitGroup, "Done", fn([], []), .waitGroupDone)
    method(waitGroup, "Wait", fn([], []), .waitGroupWait)
    method(mutex, "Lock", fn([], []), .mutexLock)
    method(mutex, "Unlock", fn([], []), .mutexUnlock)
    method(mutex, "TryLock", fn([], [bool]), .mutexTryLock)
    method(rwMutex, "Lock", fn([], []), .rwMutexLock)
    method(rwMutex, "Unlock", fn([], []), .rwMutexUnlock)
    method(rwMutex, "RLock", fn([], []), .rwMutexRLock)
    method(rwMutex, "RUnlock", fn([], []), .rwMutexRUnlock)
    method(rwMutex, "TryLock", fn([], [bool]), .rwMutexTryLock)
    method(rwMutex, "TryRLock", fn([], [bool]), .rwMutexTryRLock)
    method(once, "Do", fn([fn([], [])], []), .onceDo)

    // sync/atomic
    let pi64 = t.pointer(i64), pi32 = t.pointer(i32)
    addFn("sync/atomic", "AddInt64", .atomicAddInt64, fn([pi64, i64], [i64]))
    addFn("sync/atomic", "LoadInt64", .atomicLoadInt64, fn([pi64], [i64]))
    addFn("sync/atomic", "StoreInt64", .atomicStoreInt64, fn([pi64, i64], []))
    addFn("sync/atomic", "CompareAndSwapInt64", .atomicCompareAndSwapInt64, fn([pi64, i64, i64], [bool]))
    addFn("sync/atomic", "AddInt32", .atomicAddInt32, fn([pi32, i32], [i32]))
    addFn("sync/atomic", "LoadInt32", .atomicLoadInt32, fn([pi32], [i32]))
    addFn("sync/atomic", "StoreInt32", .atomicStoreInt32, fn([pi32, i32], []))
    addFn("sync/atomic", "CompareAndSwapInt32", .atomicCompareAndSwapInt32, fn([pi32, i32, i32], [bool]))
    let atomicNoCopy = named("noCopy", "sync/atomic", t.intern(.structure([])))
    let align64 = named("align64", "sync/atomic", t.intern(.structure([])))
    let aInt64 = named("Int64", "sync/atomic", strct("sync/atomic", [("_", atomicNoCopy), ("_", align64), ("v", i64)]))
    lib.libTypes[.atomicInt64] = aInt64
    add("sync/atomic", "Int64", .type(aInt64))
    method(aInt64, "Add", fn([i64], [i64]), .atomicInt64Add)
    method(aInt64, "Load", fn([], [i64]), .atomicInt64Load)
    method(aInt64, "Store", fn([i64], []), .atomicInt64Store)
    method(aInt64, "CompareAndSwap", fn([i64, i64], [bool]), .atomicInt64CompareAndSwap)
    method(aInt64, "Swap", fn([i64], [i64]), .atomicInt64Swap)
    let atomicTypes: [(String, TypeID, [LibFunc])] = [
        ("Int32", i32, [.atomicI32Add, .atomicI32Load, .atomicI32Store, .atomicI32CAS, .atomicI32Swap]),
        ("Uint32", u32, [.atomicU32Add, .atomicU32Load, .atomicU32Store, .atomicU32CAS, .atomicU32Swap]),
        ("Uint64", u64, [.atomicU64Add, .atomicU64Load, .atomicU64Store, .atomicU64CAS, .atomicU64Swap])]
    for (name, vt, fs) in atomicTypes {
        let fields: [(String, TypeID)] = vt == u64 ? [("_", atomicNoCopy), ("_", align64), ("v", vt)] : [("_", atomicNoCopy), ("v", vt)]
        let a = named(name, "sync/atomic", strct("sync/atomic", fields))
        add("sync/atomic", name, .type(a))
        method(a, "Add", fn([vt], [vt]), fs[0])
        method(a, "Load", fn([], [vt]), fs[1])
        method(a, "Store", fn([vt], []), fs[2])
        method(a, "CompareAndSwap", fn([vt, vt], [bool]), fs[3])
        method(a, "Swap", fn([vt], [vt]), fs[4])
    }
    let aBool = named("Bool", "sync/atomic", strct("sync/atomic", [("_", atomicNoCopy), ("v", u32)]))
    add("sync/atomic", "Bool", .type(aBool))
    method(aBool, "Load", fn([], [bool]), .atomicBoolLoad)
    method(aBool, "Store", fn([bool], []), .atomicBoolStore)
    method(aBool, "CompareAndSwap", fn([bool, bool], [bool]), .atomicBoolCAS)
    method(aBool, "Swap", fn([bool], [bool]), .atomicBoolSwap)
    let pu64 = t.pointer(u64), pu32 = t.pointer(u32)
    addFn("sync/atomic", "AddUint64", .atomicAddUint64, fn([pu64, u64], [u64]))
    addFn("sync/atomic", "LoadUint64", .atomicLoadUint64, fn([pu64], [u64]))
    addFn("sync/atomic", "StoreUint64", .atomicStoreUint64, fn([pu64, u64], []))
    addFn("sync/atomic", "CompareAndSwapUint64", .atomicCompareAndSwapUint64, fn([pu64, u64, u64], [bool]))
    addFn("sync/atomic", "SwapUint64", .atomicSwapUint64, fn([pu64, u64], [u64]))
    addFn("sync/atomic", "AddUint32", .atomicAddUint32, fn([pu32, u32], [u32]))
    addFn("sync/atomic", "LoadUint32", .atomicLoadUint32, fn([pu32], [u32]))
    addFn("sync/atomic", "StoreUint32", .atomicStoreUint32, fn([pu32, u32], []))
    addFn("sync/atomic", "CompareAndSwapUint32", .atomicCompareAndSwapUint32, fn([pu32, u32, u32], [bool]))
    addFn("sync/atomic", "SwapUint32", .atomicSwapUint32, fn([pu32, u32], [u32]))
    addFn("sync/atomic", "SwapInt64", .atomicSwapInt64, fn([pi64, i64], [i64]))
    addFn("sync/atomic", "SwapInt32", .atomicSwapInt32, fn([pi32, i32], [i32]))

    // runtime
    let bySize = t.intern(.array(strct("runtime", [("Size", u32), ("Mallocs", u64), ("Frees", u64)]), count: 61))
    var msFields: [(String, TypeID)] = []
    for n in ["Alloc", "TotalAlloc", "Sys", "Lookups", "Mallocs", "Frees", "HeapAlloc", "HeapSys", "HeapIdle",
              "HeapInuse", "HeapReleased", "HeapObjects", "StackInuse", "StackSys", "MSpanInuse", "MSpanSys",
              "MCacheInuse", "MCacheSys", "BuckHashSys", "GCSys", "OtherSys", "NextGC", "LastGC", "PauseTotalNs"] {
        msFields.append((n, u64))
    }
    let pauses = t.intern(.array(u64, count: 256))
    msFields += [("PauseNs", pauses), ("PauseEnd", pauses), ("NumGC", u32), ("NumForcedGC", u32),
                 ("GCCPUFraction", f64), ("EnableGC", bool), ("DebugGC", bool), ("BySize", bySize)]
    let memStats = named("MemStats", "runtime", strct("runtime", msFields))
    lib.libTypes[.memStats] = memStats
    add("runtime", "MemStats", .type(memStats))
    addFn("runtime", "Gosched", .runtimeGosched, fn([], []))
    addFn("runtime", "GC", .runtimeGC, fn([], []))
    addFn("runtime", "KeepAlive", .runtimeKeepAlive, fn([any], []))
    addFn("runtime/debug", "SetGCPercent", .debugSetGCPercent, fn([int], [int]))
    addFn("runtime", "NumGoroutine", .runtimeNumGoroutine, fn([], [int]))
    addFn("runtime", "GOMAXPROCS", .runtimeGOMAXPROCS, fn([int], [int]))
    addFn("runtime", "NumCPU", .runtimeNumCPU, fn([], [int]))
    addFn("runtime", "ReadMemStats", .runtimeReadMemStats, fn([t.pointer(memStats)], []))
    // The platform the outputs are compared with: Go 1.19.8 on linux/amd64.
    addFn("runtime", "Version", .runtimeVersion, fn([], [str]))
    add("runtime", "GOOS", .constant(Universe.untypedString, .string("linux")))
    add("runtime", "GOARCH", .constant(Universe.untypedString, .string("amd64")))
    add("runtime", "Compiler", .constant(Universe.untypedString, .string("gc")))

    // syscall
    let timespec = named("Timespec", "syscall", strct("syscall", [("Sec", i64), ("Nsec", i64)]))
    lib.libTypes[.timespec] = timespec
    add("syscall", "Timespec", .type(timespec))
    addFn("syscall", "Nanosleep", .syscallNanosleep, fn([t.pointer(timespec), t.pointer(timespec)], [err]))
    addFn("syscall", "Getpid", .syscallGetpid, fn([], [int]))
    addFn("syscall", "NsecToTimespec", .syscallNsecToTimespec, fn([i64], [timespec]))

    // errors
    let errorString = named("errorString", "errors", strct("errors", [("s", str)]))
    method(errorString, "Error", fn([], [str]), .errorStringError)
    lib.libTypes[.errorString] = errorString
    addFn("errors", "New", .errorsNew, fn([str], [err]))
    addFn("errors", "Is", .errorsIs, fn([err, err], [bool]))
    addFn("errors", "Unwrap", .errorsUnwrap, fn([err], [err]))
    addFn("errors", "As", .errorsAs, fn([err, any], [bool]))

    // strings
    let builder = t.newNamed(NamedType(name: "Builder", pkg: "strings", underlying: Universe.invalid, methods: [], pos: .none))
    t.setUnderlying(builder, strct("strings", [("addr", t.pointer(builder)), ("buf", t.slice(Universe.uint8))]))
    lib.libTypes[.builder] = builder
    add("strings", "Builder", .type(builder))
    method(builder, "WriteString", fn([str], [int, err]), .builderWriteString)
    method(builder, "WriteByte", fn([Universe.uint8], [err]), .builderWriteByte)
    method(builder, "WriteRune", fn([i32], [int, err]), .builderWriteRune)
    method(builder, "String", fn([], [str]), .builderString)
    method(builder, "Len", fn([], [int]), .builderLen)
    method(builder, "Reset", fn([], []), .builderReset)
    method(builder, "Grow", fn([int], []), .builderGrow)
    let byteSlice = t.slice(Universe.uint8)
    method(builder, "Write", fn([byteSlice], [int, err]), .builderWrite)
    // bytes.Buffer: Go's fields are {buf []byte; off int; lastRead int8} (40 bytes); here buf is the
    // second slot so the Builder methods (which keep the bytes in slot 1) serve it too.
    let buffer = named("Buffer", "bytes", strct("bytes", [("off", int), ("buf", byteSlice), ("lastRead", Universe.int8)]))
    add("bytes", "Buffer", .type(buffer))
    method(buffer, "WriteString", fn([str], [int, err]), .builderWriteString)
    method(buffer, "WriteByte", fn([Universe.uint8], [err]), .builderWriteByte)
    method(buffer, "WriteRune", fn([i32], [int, err]), .builderWriteRune)
    method(buffer, "Write", fn([byteSlice], [int, err]), .builderWrite)
    method(buffer, "String", fn([], [str]), .builderString)
    method(buffer, "Len", fn([], [int]), .builderLen)
    method(buffer, "Reset", fn([], []), .builderReset)
    method(buffer, "Grow", fn([int], []), .builderGrow)
    method(buffer, "Bytes", fn([], [byteSlice]), .bufferBytes)
    // io.Writer and fmt's Fprint family.
    let writer = named("Writer", "io", t.intern(.interface([InterfaceMethod(name: "Write", signature: fn([byteSlice], [int, err]))])))
    add("io", "Writer", .type(writer))
    addFn("fmt", "Fprint", .fmtFprint, fn([writer, anySlice], [int, err], variadic: true))
    addFn("fmt", "Fprintln", .fmtFprintln, fn([writer, anySlice], [int, err], variadic: true))
    addFn("fmt", "Fprintf", .fmtFprintf, fn([writer, str, anySlice], [int, err], variadic: true))
    let osFile = named("File", "os", strct("os", [("fd", int)]))
    lib.libTypes[.osFile] = osFile
    add("os", "File", .type(osFile))
    method(osFile, "Write", fn([byteSlice], [int, err]), .osFileWrite)
    if Library.osStdStreamsCompiled {
        add("os", "Stdout", .variable(.osStdout, t.pointer(osFile)))
        add("os", "Stderr", .variable(.osStderr, t.pointer(osFile)))
    }
    let strSlice = t.slice(str)
    addFn("strings", "Repeat", .stringsRepeat, fn([str, int], [str]))
    addFn("strings", "Join", .stringsJoin, fn([strSlice, str], [str]))
    addFn("strings", "Split", .stringsSplit, fn([str, str], [strSlice]))
    addFn("strings", "Contains", .stringsContains, fn([str, str], [bool]))
    let r32 = Universe.int32, u8 = Universe.uint8
    for (n, f) in [("HasPrefix", LibFunc.stringsHasPrefix), ("HasSuffix", .stringsHasSuffix),
                   ("ContainsAny", .stringsContainsAny), ("EqualFold", .stringsEqualFold)] {
        addFn("strings", n, f, fn([str, str], [bool]))
    }
    for (n, f) in [("Index", LibFunc.stringsIndex), ("LastIndex", .stringsLastIndex), ("Count", .stringsCount),
                   ("Compare", .stringsCompare)] {
        addFn("strings", n, f, fn([str, str], [int]))
    }
    for (n, f) in [("ToUpper", LibFunc.stringsToUpper), ("ToLower", .stringsToLower), ("TrimSpace", .stringsTrimSpace),
                   ("Title", .stringsTitle)] {
        addFn("strings", n, f, fn([str], [str]))
    }
    for (n, f) in [("Trim", LibFunc.stringsTrim), ("TrimLeft", .stringsTrimLeft), ("TrimRight", .stringsTrimRight),
                   ("TrimPrefix", .stringsTrimPrefix), ("TrimSuffix", .stringsTrimSuffix)] {
        addFn("strings", n, f, fn([str, str], [str]))
    }
    addFn("strings", "Fields", .stringsFields, fn([str], [strSlice]))
    addFn("strings", "IndexByte", .stringsIndexByte, fn([str, u8], [int]))
    addFn("strings", "IndexRune", .stringsIndexRune, fn([str, r32], [int]))
    addFn("strings", "ContainsRune", .stringsContainsRune, fn([str, r32], [bool]))
    addFn("strings", "Replace", .stringsReplace, fn([str, str, str, int], [str]))
    addFn("strings", "ReplaceAll", .stringsReplaceAll, fn([str, str, str], [str]))
    addFn("strings", "SplitN", .stringsSplitN, fn([str, str, int], [strSlice]))
    addFn("strings", "SplitAfter", .stringsSplitAfter, fn([str, str], [strSlice]))
    let replacer = named("Replacer", "strings", strct("strings", [("oldnew", strSlice)]))
    add("strings", "Replacer", .type(replacer))
    addFn("strings", "NewReplacer", .stringsNewReplacer, fn([strSlice], [t.pointer(replacer)], variadic: true))
    method(replacer, "Replace", fn([str], [str]), .replacerReplace)
    let runePred = fn([r32], [bool])
    addFn("strings", "FieldsFunc", .stringsFieldsFunc, fn([str, runePred], [strSlice]))
    addFn("strings", "TrimFunc", .stringsTrimFunc, fn([str, runePred], [str]))
    addFn("strings", "TrimLeftFunc", .stringsTrimLeftFunc, fn([str, runePred], [str]))
    addFn("strings", "TrimRightFunc", .stringsTrimRightFunc, fn([str, runePred], [str]))
    addFn("strings", "IndexFunc", .stringsIndexFunc, fn([str, runePred], [int]))
    addFn("strings", "Map", .stringsMap, fn([fn([r32], [r32]), str], [str]))
    addFn("strings", "Cut", .stringsCut, fn([str, str], [str, str, bool]))

    // strconv
    let numError = named("NumError", "strconv", strct("strconv", [("Func", str), ("Num", str), ("Err", err)]))
    method(numError, "Error", fn([], [str]), .numErrorError)
    lib.libTypes[.numError] = numError
    add("strconv", "NumError", .type(numError))
    addFn("strconv", "Itoa", .strconvItoa, fn([int], [str]))
    addFn("strconv", "Atoi", .strconvAtoi, fn([str], [int, err]))
    addFn("strconv", "FormatInt", .strconvFormatInt, fn([i64, int], [str]))
    addFn("strconv", "FormatUint", .strconvFormatUint, fn([u64, int], [str]))
    addFn("strconv", "ParseInt", .strconvParseInt, fn([str, int, int], [i64, err]))
    addFn("strconv", "ParseUint", .strconvParseUint, fn([str, int, int], [u64, err]))
    addFn("strconv", "ParseFloat", .strconvParseFloat, fn([str, int], [f64, err]))
    addFn("strconv", "FormatFloat", .strconvFormatFloat, fn([f64, Universe.uint8, int, int], [str]))
    addFn("strconv", "ParseBool", .strconvParseBool, fn([str], [bool, err]))
    addFn("strconv", "FormatBool", .strconvFormatBool, fn([bool], [str]))
    addFn("strconv", "Quote", .strconvQuote, fn([str], [str]))
    addFn("strconv", "QuoteRune", .strconvQuoteRune, fn([Universe.int32], [str]))

    // sort
    addFn("sort", "Ints", .sortInts, fn([t.slice(int)], []))
    addFn("sort", "Strings", .sortStrings, fn([strSlice], []))
    addFn("sort", "Slice", .sortSlice, fn([any, fn([int, int], [bool])], []))
    addFn("sort", "SliceStable", .sortSliceStable, fn([any, fn([int, int], [bool])], []))
    addFn("sort", "SliceIsSorted", .sortSliceIsSorted, fn([any, fn([int, int], [bool])], [bool]))
    let sortIface = named("Interface", "sort", t.intern(.interface([
        InterfaceMethod(name: "Len", signature: fn([], [int])),
        InterfaceMethod(name: "Less", signature: fn([int, int], [bool])),
        InterfaceMethod(name: "Swap", signature: fn([int, int], []))])))
    add("sort", "Interface", .type(sortIface))
    // sort.Reverse returns *sort.reverse (Go: sort.Interface holding a
    // *reverse); the static type lets the compiler lower the descriptor.
    let reverse = named("reverse", "sort", strct("sort", [("Interface", sortIface)]))
    method(reverse, "Len", fn([], [int]), .sortRevLen)
    method(reverse, "Less", fn([int, int], [bool]), .sortRevLess)
    method(reverse, "Swap", fn([int, int], []), .sortRevSwap)
    addFn("sort", "Reverse", .sortReverse, fn([sortIface], [t.pointer(reverse)]))
    let adapters: [(String, TypeID, [LibFunc])] = [
        ("IntSlice", int, [.sortIntSliceLen, .sortIntSliceLess, .sortIntSliceSwap, .sortIntSliceSort]),
        ("StringSlice", str, [.sortStringSliceLen, .sortStringSliceLess, .sortStringSliceSwap, .sortStringSliceSort]),
        ("Float64Slice", f64, [.sortFloat64SliceLen, .sortFloat64SliceLess, .sortFloat64SliceSwap, .sortFloat64SliceSort])]
    for (name, elem, fs) in adapters {
        let a = named(name, "sort", t.slice(elem))
        add("sort", name, .type(a))
        method(a, "Len", fn([], [int]), fs[0], ptr: false)
        method(a, "Less", fn([int, int], [bool]), fs[1], ptr: false)
        method(a, "Swap", fn([int, int], []), fs[2], ptr: false)
        method(a, "Sort", fn([], []), fs[3], ptr: false)
    }
    addFn("sort", "Sort", .sortSort, fn([sortIface], []))
    addFn("sort", "Stable", .sortStable, fn([sortIface], []))
    addFn("sort", "IsSorted", .sortIsSorted, fn([sortIface], [bool]))
    addFn("sort", "Search", .sortSearch, fn([int, fn([int], [bool])], [int]))
    addFn("sort", "SearchInts", .sortSearchInts, fn([t.slice(int), int], [int]))
    addFn("sort", "SearchStrings", .sortSearchStrings, fn([strSlice, str], [int]))
    addFn("sort", "Float64s", .sortFloat64s, fn([t.slice(f64)], []))
    addFn("sort", "IntsAreSorted", .sortIntsAreSorted, fn([t.slice(int)], [bool]))
    addFn("sort", "StringsAreSorted", .sortStringsAreSorted, fn([strSlice], [bool]))

    // os
    addFn("os", "Exit", .osExit, fn([int], []))
    add("os", "Args", .variable(.osArgs, strSlice))

    // math/rand
    addFn("math/rand", "Intn", .randIntn, fn([int], [int]))
    addFn("math/rand", "Int", .randInt, fn([], [int]))
    addFn("math/rand", "Int63", .randInt63, fn([], [i64]))
    addFn("math/rand", "Float64", .randFloat64, fn([], [f64]))
    addFn("math/rand", "Seed", .randSeed, fn([i64], []))
    addFn("math/rand", "Perm", .randPerm, fn([int], [t.slice(int)]))
    addFn("math/rand", "Shuffle", .randShuffle, fn([int, fn([int, int], [])], []))
    // rand.Source is modelled as a named pointer to Go's rngSource state
    // (tap, feed, vec [607]int64), not as an interface: rand.NewSource's
    // result can be stored and passed to rand.New, but a program cannot
    // supply its own Source implementation.
    let rngState = named("rngSource", "math/rand", strct("math/rand", [("tap", int), ("feed", int),
                                                                       ("vec", t.intern(.array(i64, count: 607)))]))
    let source = named("Source", "math/rand", t.pointer(rngState))
    method(source, "Int63", fn([], [i64]), .randSrcInt63, ptr: false)
    method(source, "Seed", fn([i64], []), .randSrcSeed, ptr: false)
    add("math/rand", "Source", .type(source))
    let randT = named("Rand", "math/rand", strct("math/rand", [("src", source), ("s64", source),
                                                                 ("readVal", i64), ("readPos", int)]))
    add("math/rand", "Rand", .type(randT))
    addFn("math/rand", "NewSource", .randNewSource, fn([i64], [source]))
    addFn("math/rand", "New", .randNew, fn([source], [t.pointer(randT)]))
    method(randT, "Intn", fn([int], [int]), .randRIntn)
    method(randT, "Int", fn([], [int]), .randRInt)
    method(randT, "Int63", fn([], [i64]), .randRInt63)
    method(randT, "Int31", fn([], [i32]), .randRInt31)
    method(randT, "Int31n", fn([i32], [i32]), .randRInt31n)
    method(randT, "Int63n", fn([i64], [i64]), .randRInt63n)
    method(randT, "Float64", fn([], [f64]), .randRFloat64)
    method(randT, "Seed", fn([i64], []), .randRSeed)
    method(randT, "Perm", fn([int], [t.slice(int)]), .randRPerm)
    method(randT, "Shuffle", fn([int, fn([int, int], [])], []), .randRShuffle)

    // math (Go 1.19 src/math: constants are untyped, as in const.go)
    let f1: [(String, LibFunc)] = [("Sqrt", .mathSqrt), ("Abs", .mathAbs), ("Floor", .mathFloor), ("Ceil", .mathCeil),
                                   ("Trunc", .mathTrunc), ("Round", .mathRound), ("Log", .mathLog), ("Log2", .mathLog2),
                                   ("Log10", .mathLog10), ("Exp", .mathExp), ("Sin", .mathSin), ("Cos", .mathCos),
                                   ("Tan", .mathTan), ("Cbrt", .mathCbrt), ("Atan", .mathAtan)]
    for (n, f) in f1 { addFn("math", n, f, fn([f64], [f64])) }
    let f2: [(String, LibFunc)] = [("Max", .mathMax), ("Min", .mathMin), ("Pow", .mathPow), ("Mod", .mathMod),
                                   ("Hypot", .mathHypot), ("Atan2", .mathAtan2)]
    for (n, f) in f2 { addFn("math", n, f, fn([f64, f64], [f64])) }
    addFn("math", "Inf", .mathInf, fn([int], [f64]))
    addFn("math", "IsInf", .mathIsInf, fn([f64, int], [bool]))
    addFn("math", "IsNaN", .mathIsNaN, fn([f64], [bool]))
    addFn("math", "NaN", .mathNaN, fn([], [f64]))
    addFn("math", "Signbit", .mathSignbit, fn([f64], [bool]))
    addFn("math", "Pow10", .mathPow10, fn([int], [f64]))
    let uInt = Universe.untypedInt, uFloat = Universe.untypedFloat
    let intConsts: [(String, BigInt)] = [
        ("MaxInt", BigInt(Int64.max)), ("MinInt", BigInt(Int64.min)), ("MaxInt8", BigInt(Int64(Int8.max))),
        ("MinInt8", BigInt(Int64(Int8.min))), ("MaxInt16", BigInt(Int64(Int16.max))), ("MinInt16", BigInt(Int64(Int16.min))),
        ("MaxInt32", BigInt(Int64(Int32.max))), ("MinInt32", BigInt(Int64(Int32.min))), ("MaxInt64", BigInt(Int64.max)),
        ("MinInt64", BigInt(Int64.min)), ("MaxUint8", BigInt(Int64(UInt8.max))), ("MaxUint16", BigInt(Int64(UInt16.max))),
        ("MaxUint32", BigInt(Int64(UInt32.max))),
        ("MaxUint64", BigInt(UInt64.max)), ("MaxUint", BigInt(UInt64.max))]
    for (n, v) in intConsts { add("math", n, .constant(uInt, .int(v))) }
    let floatConsts: [(String, Double)] = [
        ("Pi", Double.pi), ("E", 2.71828182845904523536028747135266249775724709369995957496696763),
        ("Sqrt2", 1.41421356237309504880168872420969807856967187537694807317667974),
        ("Phi", 1.61803398874989484820458683436563811772030917980576286213544862),
        ("Ln2", 0.693147180559945309417232121458176568075500134360255254120680009),
        ("MaxFloat64", Double.greatestFiniteMagnitude), ("SmallestNonzeroFloat64", 4.9406564584124654e-324),
        ("MaxFloat32", Double(Float.greatestFiniteMagnitude))]
    for (n, v) in floatConsts { add("math", n, .constant(uFloat, .float(v))) }

    // unicode
    for (n, f) in [("IsLetter", LibFunc.unicodeIsLetter), ("IsDigit", .unicodeIsDigit), ("IsNumber", .unicodeIsNumber),
                   ("IsSpace", .unicodeIsSpace), ("IsUpper", .unicodeIsUpper), ("IsLower", .unicodeIsLower),
                   ("IsPunct", .unicodeIsPunct)] {
        addFn("unicode", n, f, fn([Universe.int32], [bool]))
    }
    addFn("unicode", "ToUpper", .unicodeToUpper, fn([Universe.int32], [Universe.int32]))
    addFn("unicode", "ToLower", .unicodeToLower, fn([Universe.int32], [Universe.int32]))

    // unicode/utf8
    addFn("unicode/utf8", "RuneCountInString", .utf8RuneCountInString, fn([str], [int]))
    addFn("unicode/utf8", "RuneCount", .utf8RuneCount, fn([t.slice(Universe.uint8)], [int]))
    addFn("unicode/utf8", "RuneLen", .utf8RuneLen, fn([Universe.int32], [int]))
    addFn("unicode/utf8", "ValidString", .utf8ValidString, fn([str], [bool]))
    addFn("unicode/utf8", "ValidRune", .utf8ValidRune, fn([Universe.int32], [bool]))
    addFn("unicode/utf8", "DecodeRuneInString", .utf8DecodeRuneInString, fn([str], [Universe.int32, int]))
    addFn("unicode/utf8", "DecodeLastRuneInString", .utf8DecodeLastRuneInString, fn([str], [Universe.int32, int]))
    add("unicode/utf8", "RuneError", .constant(Universe.untypedRune, .int(BigInt(Int64(0xFFFD)))))
    add("unicode/utf8", "UTFMax", .constant(Universe.untypedInt, .int(BigInt(Int64(4)))))
    add("unicode/utf8", "RuneSelf", .constant(Universe.untypedInt, .int(BigInt(Int64(0x80)))))
    add("unicode/utf8", "MaxRune", .constant(Universe.untypedRune, .int(BigInt(Int64(0x10FFFF)))))

    lib.packages = pkgs
    return lib
}
