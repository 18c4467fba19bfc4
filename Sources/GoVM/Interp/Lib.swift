// The library: every `calllib` lands here. Each entry reads its arguments
// from registers base…, writes results to base…, and goes through the
// simulated runtime for anything runtime-visible (write syscalls, timers,
// semaphores, newproc …). fmt/strconv/strings/sort/errors formatting is
// the library engineer's code (Library/); this file adapts it.
import GoFrontend
import GoRuntime

extension Interpreter {
    /// Returns a stop reason when the G must leave the CPU.
    func callLib(_ st: inout GState, id: UInt16, base: Int, nargs: Int, nres: Int) -> RunStop? {
        @inline(__always) func arg(_ i: Int) -> Value { st.stack[base + i] }
        @inline(__always) func ret(_ i: Int, _ v: Value) { st.stack[base + i] = v }
        extraCost &+= 10
        switch id {
        case libVarOsArgs:
            ret(0, allocSlice([.string(GoString(prog.fileName.hasSuffix(".go") ? "/tmp/go-build/exe/prog" : prog.fileName))], type: osArgsType))
            return nil
        case libBuiltinPrint, libBuiltinPrintln:
            var vals: [Value] = []
            var tys: [RTypeID] = []
            for i in 0..<nargs {
                if case .iface(let t, let v) = arg(i) { vals.append(v); tys.append(t) } else { vals.append(.nil); tys.append(prog.errorType) }
            }
            let host = VMFormatHost(vm: self)
            let bytes = GoPrintBuiltin.format(vals, types: tys, newline: id == libBuiltinPrintln, host: host)
            return writeOutStop(2, bytes)
        case 0xFFE0 &+ UInt16(LibVar.osStdout.rawValue), 0xFFE0 &+ UInt16(LibVar.osStderr.rawValue):
            // os.Stdout / os.Stderr: an *os.File holding the descriptor.
            let fd: Int64 = id == 0xFFE0 &+ UInt16(LibVar.osStdout.rawValue) ? 1 : 2
            ret(0, .pointer(allocSlots([.int(fd)], bytes: 8, noscan: true), 0))
            return nil
        case libBuiltinClear:
            if case .map(let o) = arg(0) { heap.mutateMap(o, old: .nil, new: .nil) { $0 = GoMap() } }
            return nil
        default: break
        }
        guard let lf = LibFunc(rawValue: id) else { return nil }
        switch lf {
        // ---- fmt
        case .fmtPrintln, .fmtPrint, .fmtPrintf, .fmtSprintf, .fmtSprintln, .fmtSprint, .fmtErrorf:
            let hasFormat = lf == .fmtPrintf || lf == .fmtSprintf || lf == .fmtErrorf
            let format = hasFormat ? arg(0).str : GoString()
            let operands = sliceElems(arg(hasFormat ? 1 : 0), width: 1)
            var host = VMFormatHost(vm: self)
            let stash = stashState(&st)
            var s: GoString
            var wrapped: Value? = nil
            switch lf {
            case .fmtPrintf, .fmtSprintf: s = Fmt.sprintf(format, operands, host: &host)
            case .fmtPrintln, .fmtSprintln: s = Fmt.sprintln(operands, host: &host)
            case .fmtErrorf: (s, wrapped) = Fmt.errorf(format, operands, host: &host)
            default: s = Fmt.sprint(operands, host: &host)
            }
            unstashState(&st, stash)
            switch lf {
            case .fmtPrintln, .fmtPrint, .fmtPrintf:
                if nres > 0 { ret(0, .int(Int64(s.count))) }
                if nres > 1 { ret(1, .nil) }
                return writeOutStop(1, s.bytes)
            case .fmtErrorf:
                if let w = wrapped, let wt = wrapErrorPtrType {
                    let o = allocSlots([.string(s), w], bytes: 32, noscan: false)
                    ret(0, .iface(wt, .pointer(o, 0)))
                } else {
                    ret(0, newErrorString(s))
                }
            default:
                chargeAlloc(s.count, noscan: true)
                ret(0, .string(s))
            }
        case .errorsNew:
            ret(0, newErrorString(arg(0).str))
        case .errorStringError, .wrapErrorError:
            guard case .pointer(let o, let off) = arg(0) else { return raiseStop(&st, nilDeref()) }
            ret(0, heap.load(o, Int(off)))
        case .errorsIs:
            var host = VMErrorsHost(vm: self)
            let (a0, a1) = (arg(0), arg(1))
            let stash = stashState(&st)
            let r = GoErrors.is(a0, a1, host: &host)
            unstashState(&st, stash)
            ret(0, .bool(r))
        case .numErrorError:
            ret(0, numErrorText(arg(0)).map { .string($0) } ?? .string(GoString()))

        // ---- time
        case .timeSleep:
            let ns = int(arg(0))
            if rt != nil && rt.sleep(ns: ns) {
                st.resume = .nothing
                return .parked
            }
        case .timeAfter:
            let c = rt.timeAfter(int(arg(0)), line: currentLine(st))
            ret(0, .chan(c.raw))
        case .timeTick:
            if let (_, c) = rt.timeNewTicker(int(arg(0)), line: currentLine(st)) { ret(0, .chan(c.raw)) } else { ret(0, .nil) }
        case .timeNewTimer, .timeNewTicker:
            var tid: TimerID, c: ChanID
            if lf == .timeNewTimer {
                (tid, c) = rt.timeNewTimer(int(arg(0)), line: currentLine(st))
            } else {
                guard let r = rt.timeNewTicker(int(arg(0)), line: currentLine(st)) else {
                    return raiseStop(&st, plainError("non-positive interval for NewTicker"))
                }
                (tid, c) = r
            }
            guard let t = timerType else { return nil }
            var slots: [Value] = []
            prog.types.appendZeroSlots(t, into: &slots)
            slots[0] = .chan(c.raw)
            if slots.count > 1 { slots[1] = .int(Int64(tid.raw)) }
            let o = allocSlots(slots, bytes: prog.types[t].size, noscan: false)
            ret(0, .pointer(o, 0))
        case .timerStop, .tickerStop, .timerReset, .tickerReset:
            guard case .pointer(let o, let off) = arg(0) else { return raiseStop(&st, nilDeref()) }
            let tid = TimerID(Int32(truncatingIfNeeded: int(heap.load(o, Int(off) + 1))))
            switch lf {
            case .timerStop: ret(0, .bool(rt.timerStop(tid)))
            case .tickerStop: rt.tickerStop(tid)
            case .timerReset: ret(0, .bool(rt.timerReset(tid, int(arg(1)))))
            default:
                if !rt.tickerReset(tid, int(arg(1))) { return raiseStop(&st, plainError("non-positive interval for Ticker.Reset")) }
            }
        case .timeNow:
            let n = rt?.now ?? 0
            ret(0, .agg([.int(0), .int(n), .nil]))
        case .timeSince:
            let t = arg(0).slots
            ret(0, .int((rt?.now ?? 0) - (t.count > 1 ? int(t[1]) : 0)))
        case .timeUntil:
            // time.Until(t) = t.Sub(Now()) on the simulated monotonic clock.
            let t = arg(0).slots
            ret(0, .int((t.count > 1 ? int(t[1]) : 0) - (rt?.now ?? 0)))
        case .timeTimeSub:
            let a = arg(0).slots, b = arg(1).slots
            ret(0, .int(int(a[1]) - int(b[1])))
        case .timeTimeUnixNano:
            ret(0, .int(1_700_000_000_000_000_000 + int(arg(0).slots[1])))
        case .durationString:
            ret(0, .string(GoString(durationString(int(arg(0))))))
        // time.Duration.Seconds/Minutes/Hours (time/time.go): whole units plus the
        // remainder's fraction, so the rounding matches Go's, not d/unit in floating point.
        case .durationSeconds: ret(0, .float(durationFloat(int(arg(0)), unit: 1_000_000_000)))
        case .durationMinutes: ret(0, .float(durationFloat(int(arg(0)), unit: 60_000_000_000)))
        case .durationHours: ret(0, .float(durationFloat(int(arg(0)), unit: 3_600_000_000_000)))
        case .durationMilliseconds: ret(0, .int(int(arg(0)) / 1_000_000))
        case .durationMicroseconds: ret(0, .int(int(arg(0)) / 1_000))
        case .durationNanoseconds: ret(0, .int(int(arg(0))))

        // ---- sync (addresses of the receivers identify the semaphores)
        case .waitGroupAdd, .waitGroupDone, .waitGroupWait, .mutexLock, .mutexUnlock,
             .rwMutexLock, .rwMutexUnlock, .rwMutexRLock, .rwMutexRUnlock:
            guard let addr = address(arg(0)) else { return raiseStop(&st, nilDeref()) }
            let step: SyncStep
            switch lf {
            case .waitGroupAdd, .waitGroupDone, .waitGroupWait:
                // wg.state1 is the truth (a WaitGroup passed by value copies its
                // counter); the runtime's table keyed by address mirrors it.
                let slotRef = waitGroupStateRef(arg(0))
                if let (o, i) = slotRef { rt.setWaitGroupState(addr, UInt64(bitPattern: int(heap.load(o, i)))) }
                switch lf {
                case .waitGroupAdd: step = rt.waitGroupAdd(addr, int(arg(1)))
                case .waitGroupDone: step = rt.waitGroupAdd(addr, -1)
                default: step = rt.waitGroupWait(addr)
                }
                if let (o, i) = slotRef { heapStore(o, i, .int(Int64(bitPattern: rt.waitGroupState(addr)))) }
            case .mutexLock, .mutexUnlock:
                // m.state is the truth, as for WaitGroup: a Mutex copied while
                // locked is locked (a classic value-receiver deadlock).
                let slotRef = syncStateRef(arg(0), mutexStateSlot)
                if let (o, i) = slotRef { rt.setMutexState(addr, Int32(truncatingIfNeeded: int(heap.load(o, i)))) }
                step = lf == .mutexLock ? rt.mutexLock(addr) : rt.mutexUnlock(addr)
                if let (o, i) = slotRef { heapStore(o, i, .int(Int64(rt.mutexState(addr)))) }
            default:
                // w.state, readerCount, readerWait are the struct's memory (copies keep them).
                let mem = rwMutexMemory(arg(0))
                if let m = mem { rt.setSyncWords(addr, .rwmutex, loadSyncWords(m)) }
                switch lf {
                case .rwMutexLock: step = rt.rwmutexLock(addr)
                case .rwMutexUnlock: step = rt.rwmutexUnlock(addr)
                case .rwMutexRLock: step = rt.rwmutexRLock(addr)
                default: step = rt.rwmutexRUnlock(addr)
                }
                if let m = mem { storeSyncWords(m, rt.syncWords(addr)) }
            }
            return syncStep(&st, step)
        case .mutexTryLock:
            guard let addr = address(arg(0)) else { return raiseStop(&st, nilDeref()) }
            let slotRef = syncStateRef(arg(0), mutexStateSlot)
            if let (o, i) = slotRef { rt.setMutexState(addr, Int32(truncatingIfNeeded: int(heap.load(o, i)))) }
            ret(0, .bool(rt.mutexTryLock(addr)))
            if let (o, i) = slotRef { heapStore(o, i, .int(Int64(rt.mutexState(addr)))) }
        case .rwMutexTryLock, .rwMutexTryRLock:
            guard let addr = address(arg(0)) else { return raiseStop(&st, nilDeref()) }
            let mem = rwMutexMemory(arg(0))
            if let m = mem { rt.setSyncWords(addr, .rwmutex, loadSyncWords(m)) }
            ret(0, .bool(lf == .rwMutexTryLock ? rt.rwmutexTryLock(addr) : rt.rwmutexTryRLock(addr)))
            if let m = mem { storeSyncWords(m, rt.syncWords(addr)) }
        case .onceDo:
            // sync.(*Once).doSlow: f runs as an ordinary frame on this G (it
            // may block: sleep, channels, locks), then this calllib runs again
            // with the func register replaced by onceRanMarker and does the
            // deferred `o.done.Store(1); o.m.Unlock()`.
            guard let addr = address(arg(0)) else { return raiseStop(&st, nilDeref()) }
            if case .int(onceRanMarker) = arg(1) {
                // f returned: drop the deferred finish pushed below (it only
                // runs if f panics) and finish here.
                let top = Int32(st.frames.count - 1)
                if let d = st.defers.last, d.frame == top, case .lib(let id) = d.target, id == LibFunc.onceDo.rawValue,
                   d.args.count == 2, case .int(onceRanMarker) = d.args[1], nres >= 0 {
                    st.defers.removeLast()
                }
                let mem = onceMemory(arg(0))
                if let m = mem { rt.setSyncWords(addr, .once, loadSyncWords(m)) }
                let fin = rt.onceDoFinish(addr)
                if let m = mem { storeSyncWords(m, rt.syncWords(addr)) }
                return syncStep(&st, fin)
            }
            // done and m.state are the struct's memory (a copied Once keeps them).
            let mem = onceMemory(arg(0))
            if let m = mem { rt.setSyncWords(addr, .once, loadSyncWords(m)) }
            let step = rt.onceDo(addr)
            if let m = mem { storeSyncWords(m, rt.syncWords(addr)) }
            if case .runOnce = step {
                guard case .fn(let fidx, let clo) = arg(1) else {
                    _ = rt.onceDoFinish(addr)
                    return raiseStop(&st, nilDeref())
                }
                st.stack[base + 1] = .int(onceRanMarker)
                let top = st.frames.count - 1
                // doSlow's `defer o.m.Unlock()` / `defer o.done.Store(1)`: if f
                // panics, the panic runs this record (Once.Do with the marker).
                st.defers.append(DeferRecord(frame: Int32(top), target: .lib(LibFunc.onceDo.rawValue),
                                             args: [arg(0), .int(onceRanMarker)], line: Int32(currentLine(st))))
                st.frames[top].pc -= 1
                let callBase = Int(st.frames[top].bp) + fnRegs[Int(st.frames[top].fn)]
                return pushCall(&st, fn: Int(fidx), closure: clo, args: [], base: callBase, kind: .normal)
            }
            return syncStep(&st, step)

        // ---- sync/atomic (the simulation runs one instruction at a time: plain loads/stores)
        case .atomicAddInt64, .atomicAddInt32, .atomicInt64Add:
            guard case .pointer(let o, let off) = arg(0) else { return raiseStop(&st, nilDeref()) }
            var v = int(heap.load(o, Int(off))) &+ int(arg(1))
            if lf == .atomicAddInt32 { v = Int64(Int32(truncatingIfNeeded: v)) }
            heapStore(o, Int(off), .int(v))
            ret(0, .int(v))
        case .atomicLoadInt64, .atomicLoadInt32, .atomicInt64Load:
            guard case .pointer(let o, let off) = arg(0) else { return raiseStop(&st, nilDeref()) }
            ret(0, heap.load(o, Int(off)))
        case .atomicStoreInt64, .atomicStoreInt32, .atomicInt64Store:
            guard case .pointer(let o, let off) = arg(0) else { return raiseStop(&st, nilDeref()) }
            heapStore(o, Int(off), arg(1))
        case .atomicInt64Swap:
            guard case .pointer(let o, let off) = arg(0) else { return raiseStop(&st, nilDeref()) }
            let old = heap.load(o, Int(off))
            heapStore(o, Int(off), arg(1))
            ret(0, old)
        case .atomicCompareAndSwapInt64, .atomicCompareAndSwapInt32, .atomicInt64CompareAndSwap:
            guard case .pointer(let o, let off) = arg(0) else { return raiseStop(&st, nilDeref()) }
            if heap.load(o, Int(off)) == arg(1) {
                heapStore(o, Int(off), arg(2)); ret(0, .bool(true))
            } else { ret(0, .bool(false)) }

        // ---- runtime
        case .runtimeGosched:
            st.resume = .nothing
            return .yielded
        case .runtimeGC:
            if rt.GC() { st.resume = .nothing; return .parked }
        case .runtimeKeepAlive:
            break  // runtime.KeepAlive: its argument is live up to here (a use); no effect.
        case .debugSetGCPercent:
            // runtime/debug.SetGCPercent (mgcpacer.go setGCPercent): returns the old
            // GOGC; a negative value disables the collector.
            ret(0, .int(Int64(rt.setGCPercent(Int(int(arg(0)))))))
        case .runtimeNumGoroutine:
            var n = 0
            if rt != nil {
                for g in rt.sched.allgs where !g.isSystem && g.status != .dead && g.status != .idle { n += 1 }
            }
            ret(0, .int(Int64(n)))
        case .runtimeGOMAXPROCS:
            let (old, mustPark) = rt.setGOMAXPROCS(Int(int(arg(0))))
            ret(0, .int(Int64(old)))
            if mustPark { st.resume = .nothing; return .parked }
        case .runtimeNumCPU:
            ret(0, .int(Int64(rt?.config.gomaxprocs ?? 1)))
        case .runtimeReadMemStats:
            readMemStats(arg(0))

        // ---- syscall
        case .syscallNanosleep:
            var ns: Int64 = 0
            if case .pointer(let o, let off) = arg(0) {
                ns = int(heap.load(o, Int(off))) * 1_000_000_000 + int(heap.load(o, Int(off) + 1))
            }
            ret(0, .nil)
            st.resume = .nothing
            // syscall.Nanosleep → syscall.Syscall → entersyscall (not
            // entersyscallblock): the P stays _Psyscall and sysmon's retake
            // hands it off after a tick if other work is waiting.
            return .syscall(max(ns, 0), false)
        case .syscallGetpid:
            ret(0, .int(4242))
            st.resume = .nothing
            return .syscall(200, false)
        case .syscallNsecToTimespec:
            let ns = int(arg(0))
            ret(0, .agg([.int(ns / 1_000_000_000), .int(ns % 1_000_000_000)]))

        // ---- strings
        case .builderWriteString, .builderWriteByte, .builderWriteRune:
            guard case .pointer(let o, let off) = arg(0) else { return raiseStop(&st, nilDeref()) }
            var cur = heap.load(o, Int(off) + 1)
            if case .string = cur {} else { cur = .string(GoString()) }
            var b = cur.str.bytes
            let add: [UInt8]
            switch lf {
            case .builderWriteString: add = arg(1).str.bytes
            case .builderWriteByte: add = [UInt8(truncatingIfNeeded: int(arg(1)))]
            default: add = utf8Encode(int(arg(1)))
            }
            b += add
            heapStore(o, Int(off) + 1, .string(GoString(b)))
            if lf == .builderWriteByte { ret(0, .nil) } else { ret(0, .int(Int64(add.count))); if nres > 1 { ret(1, .nil) } }
        case .builderString, .builderLen:
            guard case .pointer(let o, let off) = arg(0) else { return raiseStop(&st, nilDeref()) }
            let cur = heap.load(o, Int(off) + 1)
            let s: GoString
            if case .string(let x) = cur { s = x } else { s = GoString() }
            ret(0, lf == .builderString ? .string(s) : .int(Int64(s.count)))
        case .builderReset:
            guard case .pointer(let o, let off) = arg(0) else { return raiseStop(&st, nilDeref()) }
            heapStore(o, Int(off) + 1, .string(GoString()))
        case .builderGrow:
            break
        case .stringsRepeat:
            do {
                let r = try GoStrings.repeat(arg(0).str.bytes, Int(int(arg(1))))
                chargeAlloc(r.count, noscan: true)
                ret(0, .string(GoString(r)))
            } catch {
                return raiseStop(&st, plainError("strings: negative Repeat count"))
            }
        case .stringsJoin:
            let parts = sliceElems(arg(0), width: 1).map { $0.str.bytes }
            ret(0, .string(GoString(GoStrings.join(parts, arg(1).str.bytes))))
        case .stringsSplit:
            let parts = GoStrings.split(arg(0).str.bytes, arg(1).str.bytes)
            ret(0, allocSlice(parts.map { .string(GoString($0)) }, type: stringSliceType))
        case .stringsContains:
            ret(0, .bool(GoStrings.contains(arg(0).str.bytes, arg(1).str.bytes)))

        // ---- strconv
        case .strconvItoa:
            ret(0, .string(GoString(String(int(arg(0))))))
        case .strconvAtoi:
            let (v, err) = Strconv.atoi(arg(0).str.bytes)
            ret(0, .int(v))
            ret(1, numError(err))

        // ---- sort
        case .sortInts:
            guard case .slice(let o, let off, let ln, _) = arg(0) else { return nil }
            var xs = heap.loadN(o, Int(off), Int(ln)).map { int($0) }
            GoSort.ints(&xs)
            heap.storeN(o, Int(off), xs.map { .int($0) })
        case .sortStrings:
            guard case .slice(let o, let off, let ln, _) = arg(0) else { return nil }
            var xs = heap.loadN(o, Int(off), Int(ln)).map { $0.str }
            GoSort.strings(&xs)
            heap.storeN(o, Int(off), xs.map { .string($0) })
        case .sortSlice:
            guard case .iface(let t, let sv) = arg(0), case .slice(let o, let off, let ln, _) = sv,
                  case .fn(let lf2, let clo) = arg(1) else { return nil }
            let w = max(1, prog.types[prog.types[t].elem].slotCount)
            var data = SliceSortData(vm: self, st: st, obj: o, off: Int(off), n: Int(ln), width: w, less: lf2, closure: clo)
            st = GState(goid: 0)
            GoSort.sort(&data)
            st = data.st
            if let v = data.panicked { return raiseStop(&st, v) }

        // ---- os
        case .osExit:
            return .exitProgram(Int32(truncatingIfNeeded: int(arg(0))))

        // ---- math/rand: Go 1.19's rngSource (seeded with the run's seed; Go
        // 1.19 seeds its global source with 1, gmpscope's default seed).
        case .randIntn, .randInt, .randInt63, .randFloat64, .randSeed, .randPerm, .randShuffle:
            return callRand(&st, lf, base: base, src: &goRand)
        default:
            return callLibExtra(&st, lf, base: base, nargs: nargs, nres: nres)
        }
        return nil
    }

    // MARK: helpers

    /// Once.Do's func register after f was started (a func value is never an int).
    var onceRanMarker: Int64 { 0x4F6E_6365_5F72_616E }

    func currentLine(_ st: GState) -> Int {
        tracebackFrames(st, limit: 1).first.map { Int($0.line) } ?? 0
    }

    func raiseStop(_ st: inout GState, _ v: Value) -> RunStop? {
        gopanic(&st, v)
    }

    /// Map a SyncStep to the interpreter's control flow. A parked operation
    /// re-runs the same call when the G resumes (the runtime continues).
    func syncStep(_ st: inout GState, _ step: SyncStep) -> RunStop? {
        switch step {
        case .done, .runOnce: return nil
        case .parked:
            st.frames[st.frames.count - 1].pc -= 1
            st.resume = .nothing
            return .parked
        case .spin(let ns):
            extraCost &+= ns
            st.frames[st.frames.count - 1].pc -= 1
            return nil
        case .yield:
            st.resume = .nothing
            return .yielded
        case .panic(let m):
            return gopanic(&st, plainError(m))
        case .fatal(let m):
            return fatalError(&st, m)
        }
    }

    /// `fatal(s)`: "fatal error: s", all goroutines, exit 2.
    func fatalError(_ st: inout GState, _ m: String) -> RunStop {
        gstates[curG.index] = st
        rt.fatal(m)
        st = gstates[curG.index]!
        gstates[curG.index] = nil
        return .exitProgram(2)
    }

    /// Simulated address of a pointer's target (semaphore identity).
    /// The heap slot holding `wg.state1` for a `*sync.WaitGroup` receiver.
    func waitGroupStateRef(_ p: Value) -> (ObjRef, Int)? { syncStateRef(p, waitGroupStateSlot) }

    /// Where a sync object's in-memory words live: object and slot of each
    /// (-1: that word has no field in this type).
    struct SyncMemory {
        var o: ObjRef, state: Int, readerCount: Int, readerWait: Int, done: Int
    }

    func rwMutexMemory(_ p: Value) -> SyncMemory? {
        guard rwStateSlots.state >= 0, rwStateSlots.readerCount >= 0, rwStateSlots.readerWait >= 0,
              case .pointer(let o, let off) = p else { return nil }
        let b = Int(off)
        return SyncMemory(o: o, state: b + rwStateSlots.state, readerCount: b + rwStateSlots.readerCount,
                          readerWait: b + rwStateSlots.readerWait, done: -1)
    }

    func onceMemory(_ p: Value) -> SyncMemory? {
        guard onceSlots.done >= 0, onceSlots.state >= 0, case .pointer(let o, let off) = p else { return nil }
        let b = Int(off)
        return SyncMemory(o: o, state: b + onceSlots.state, readerCount: -1, readerWait: -1, done: b + onceSlots.done)
    }

    func loadSyncWords(_ m: SyncMemory) -> SyncWords {
        func i32(_ slot: Int) -> Int32 { slot < 0 ? 0 : Int32(truncatingIfNeeded: int(heap.load(m.o, slot))) }
        return SyncWords(state: i32(m.state), readerCount: i32(m.readerCount), readerWait: i32(m.readerWait),
                         done: i32(m.done) != 0)
    }

    func storeSyncWords(_ m: SyncMemory, _ w: SyncWords) {
        heapStore(m.o, m.state, .int(Int64(w.state)))
        if m.readerCount >= 0 { heapStore(m.o, m.readerCount, .int(Int64(w.readerCount))) }
        if m.readerWait >= 0 { heapStore(m.o, m.readerWait, .int(Int64(w.readerWait))) }
        if m.done >= 0 { heapStore(m.o, m.done, .int(w.done ? 1 : 0)) }
    }

    /// The heap slot at `slot` inside the sync object `p` points to.
    func syncStateRef(_ p: Value, _ slot: Int) -> (ObjRef, Int)? {
        guard slot >= 0, case .pointer(let o, let off) = p else { return nil }
        return (o, Int(off) + slot)
    }

    func address(_ p: Value) -> UInt64? {
        guard case .pointer(let o, let off) = p else { return nil }
        return heap.address(o) &+ UInt64(off) &* 8
    }

    func newErrorString(_ s: GoString) -> Value {
        let o = allocSlots([.string(s)], bytes: 16, noscan: false)
        return .iface(prog.errorStringPtrType, .pointer(o, 0))
    }

    func writeOutStop(_ fd: Int, _ bytes: [UInt8]) -> RunStop? {
        writeOut(fd, bytes)
        return nil
    }

    func writeOut(_ fd: Int, _ bytes: [UInt8]) {
        if rt != nil {
            rt.write(fd: fd, bytes: bytes)
        } else if fd == 1 {
            stdoutLog += bytes
        } else {
            stderrLog += bytes
        }
    }

    /// Put the G's state back where host callbacks can reach it.
    func stashState(_ st: inout GState) -> Bool {
        if curG.isNone || curG.index >= gstates.count { return false }
        var tmp = GState(goid: 0)
        swap(&tmp, &st)
        gstates[curG.index] = tmp
        return true
    }
    func unstashState(_ st: inout GState, _ stashed: Bool) {
        guard stashed, let s = gstates[curG.index] else { return }
        st = s
        gstates[curG.index] = nil
    }

    /// Go's Duration.String.
    func durationString(_ d: Int64) -> String {
        var buf = [UInt8](repeating: 0, count: 32)
        var w = buf.count
        var u = UInt64(bitPattern: d)
        let neg = d < 0
        if neg { u = 0 &- u }
        func fmtFrac(_ v: UInt64, _ prec: Int) -> UInt64 {
            var v = v
            var printed = false
            for _ in 0..<prec {
                let digit = v % 10
                printed = printed || digit != 0
                if printed { w -= 1; buf[w] = UInt8(digit) + 48 }
                v /= 10
            }
            if printed { w -= 1; buf[w] = UInt8(ascii: ".") }
            return v
        }
        func fmtInt(_ v: UInt64) {
            var v = v
            if v == 0 { w -= 1; buf[w] = 48 } else {
                while v > 0 { w -= 1; buf[w] = UInt8(v % 10) + 48; v /= 10 }
            }
        }
        if u < 1_000_000_000 {
            var prec = 0
            w -= 1; buf[w] = UInt8(ascii: "s")
            w -= 1
            if u == 0 { return "0s" }
            else if u < 1_000 { prec = 0; buf[w] = UInt8(ascii: "n") }
            else if u < 1_000_000 { prec = 3; w -= 1; buf[w] = 0xC2; buf[w + 1] = 0xB5 }
            else { prec = 6; buf[w] = UInt8(ascii: "m") }
            u = fmtFrac(u, prec)
            fmtInt(u)
        } else {
            w -= 1; buf[w] = UInt8(ascii: "s")
            u = fmtFrac(u, 9)
            fmtInt(u % 60)
            u /= 60
            if u > 0 {
                w -= 1; buf[w] = UInt8(ascii: "m")
                fmtInt(u % 60)
                u /= 60
                if u > 0 { w -= 1; buf[w] = UInt8(ascii: "h"); fmtInt(u) }
            }
        }
        if neg { w -= 1; buf[w] = UInt8(ascii: "-") }
        return String(decoding: buf[w...], as: UTF8.self)
    }

    func libStringMethod(_ id: UInt16, _ recv: Value) -> String? {
        guard let lf = LibFunc(rawValue: id) else {
            if case .string(let s) = recv { return s.description }
            return nil
        }
        switch lf {
        case .errorStringError, .wrapErrorError:
            if case .pointer(let o, let off) = recv { return heap.load(o, Int(off)).str.description }
            return nil
        case .numErrorError: return numErrorText(recv)?.description
        case .durationString: return durationString(int(recv))
        case .builderString:
            // (*strings.Builder).String / (*bytes.Buffer).String: the bytes kept in slot 1.
            guard case .pointer(let o, let off) = recv else { return "<nil>" }
            if case .string(let x) = heap.load(o, Int(off) + 1) { return x.description }
            return ""
        default: return nil
        }
    }

    /// time.Duration's Seconds/Minutes/Hours: `float64(d/unit) + float64(d%unit)/unit`.
    func durationFloat(_ d: Int64, unit: Int64) -> Double {
        Double(d / unit) + Double(d % unit) / Double(unit)
    }

    /// runtime.ReadMemStats(&m): fill the fields the subset documents (and a few more).
    func readMemStats(_ p: Value) {
        guard case .pointer(let o, let off) = p, let t = prog.namedTypes["runtime.MemStats"] else { return }
        let ms = rt.readMemStats()
        for f in prog.types[t].fields {
            let v: Value?
            switch f.name {
            case "HeapAlloc", "Alloc": v = .int(Int64(bitPattern: ms.heapAlloc))
            case "TotalAlloc": v = .int(Int64(bitPattern: ms.totalAlloc))
            case "Mallocs": v = .int(Int64(bitPattern: ms.mallocs))
            case "Frees": v = .int(Int64(bitPattern: ms.frees))
            case "HeapObjects": v = .int(Int64(bitPattern: ms.mallocs &- ms.frees))
            case "NumGC": v = .int(Int64(ms.numGC))
            case "NumForcedGC": v = .int(Int64(ms.numForcedGC))
            case "HeapSys", "Sys": v = .int(Int64(bitPattern: ms.heapSys))
            case "HeapInuse": v = .int(Int64(bitPattern: ms.heapInuse))
            case "NextGC": v = .int(Int64(bitPattern: ms.nextGC))
            // LastGC is wall-clock Unix nanoseconds (0 before the first cycle), on the
            // same simulated epoch as time.Now().UnixNano().
            case "LastGC": v = .int(ms.lastGCNanotime == 0 ? 0 : 1_700_000_000_000_000_000 + ms.lastGCNanotime)
            case "GCCPUFraction": v = .float(ms.gcCPUFraction)
            default: v = nil
            }
            if let v = v { heapStore(o, Int(off) + f.slot, v) }
        }
    }

    func runDeferredBuiltin(_ st: inout GState, _ b: UInt8, _ args: [Value]) -> Value? {
        guard let bi = Builtin(rawValue: b) else { return nil }
        switch bi {
        case .close:
            guard case .chan(let c) = args[0] else { return plainError("close of nil channel") }
            if let m = rt.closechan(ChanID(raw: c)) { return plainError(m) }
        case .panic:
            return args[0]
        case .print, .println:
            var vals: [Value] = [], tys: [RTypeID] = []
            for a in args { if case .iface(let t, let v) = a { vals.append(v); tys.append(t) } }
            writeOut(2, GoPrintBuiltin.format(vals, types: tys, newline: bi == .println, host: VMFormatHost(vm: self)))
        case .delete:
            if case .map(let o) = args[0] { mapDelete(o, args[1]) }
        default: break
        }
        return nil
    }
}

/// sort.Slice's data: less calls the Go closure, swap exchanges elements in the heap.
struct SliceSortData: GoSortData {
    unowned let vm: Interpreter
    var st: GState
    let obj: ObjRef
    let off: Int
    let n: Int
    let width: Int
    let less: FuncIndex
    let closure: ObjRef
    /// Set when less panicked: sorting stops calling it and the panic is
    /// re-raised in the caller of sort.Slice.
    var panicked: Value? = nil
    var count: Int { n }
    mutating func less(_ i: Int, _ j: Int) -> Bool {
        if panicked != nil { return false }
        let r = vm.callNested(&st, fn: Int(less), closure: closure, args: [.int(Int64(i)), .int(Int64(j))])
        if let v = vm.nestedPanicValue(r) { panicked = v; return false }
        return r?.first?.b ?? false
    }
    mutating func swap(_ i: Int, _ j: Int) {
        let a = vm.heap.loadN(obj, off + i * width, width)
        let b = vm.heap.loadN(obj, off + j * width, width)
        vm.heapStoreN(obj, off + i * width, b)
        vm.heapStoreN(obj, off + j * width, a)
    }
}
