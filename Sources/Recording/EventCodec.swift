// Compact binary form of one `Event` (docs/recordings.md, "Events"): a tag
// byte naming area + case, the time as a zig-zag delta from the previous
// event of the block, P/M as zig-zag raw ids, the goid, then the payload
// (varints; strings through the block's string table). `seq` is implicit.
import GoRuntime

/// Encodes/decodes events of one block; `lastTime` carries the time delta.
struct EventCodec {
    var lastTime: Int64 = 0

    mutating func reset(time: Int64) { lastTime = time }

    // MARK: encode

    mutating func encode(_ e: Event, into w: inout ByteWriter) {
        let body = tag(e.kind)
        w.u8(body)
        w.svar(e.time &- lastTime)
        lastTime = e.time
        w.svar(Int64(e.p.raw)); w.svar(Int64(e.m.raw)); w.svar(e.g)
        payload(e.kind, &w)
    }

    private func tag(_ k: EventKind) -> UInt8 {
        switch k {
        case .sched(let s): return schedTag(s)
        case .chan(let c): return 60 + chanTag(c)
        case .sync(let s): return 90 + syncTag(s)
        case .heap(let h): return 120 + heapTag(h)
        case .gc(let g): return 140 + gcTag(g)
        }
    }

    private func schedTag(_ s: SchedEvent) -> UInt8 {
        switch s {
        case .goCreate: 0; case .goStart: 1; case .goEnd: 2; case .goSched: 3; case .goPreempt: 4
        case .goBlock: 5; case .goUnblock: 6; case .goSysCall: 7; case .goSysExit: 8; case .goSysBlock: 9
        case .procStart: 10; case .procStop: 11; case .runqPut: 12; case .runqKick: 13; case .runqPutSlow: 14
        case .globrunqGet: 15; case .steal: 16; case .handoff: 17; case .mStart: 18; case .mSpin: 19
        case .mSpinStop: 20; case .mIdle: 21; case .mNetpollBlock: 22; case .mNetpollWake: 23
        case .sysmonWake: 24; case .sysmonSleep: 25; case .preemptRequest: 26; case .retake: 27
        case .stwBegin: 28; case .stwEnd: 29; case .procResize: 30; case .timerAdd: 31; case .timerFire: 32
        case .write: 33; case .exit: 34; case .fatal: 35; case .stackGrowth: 36
        }
    }
    private func chanTag(_ c: ChanEvent) -> UInt8 {
        switch c {
        case .make: 0; case .handoff: 1; case .bufPut: 2; case .bufGet: 3; case .bufRotate: 4; case .block: 5
        case .unblock: 6; case .recvClosed: 7; case .close: 8; case .nilBlock: 9; case .selectChosen: 10
        case .selectDefault: 11; case .selectBlock: 12; case .selectForever: 13; case .timerSend: 14
        }
    }
    private func syncTag(_ s: SyncEvent) -> UInt8 {
        switch s {
        case .semBlock: 0; case .semWake: 1; case .mutexLock: 2; case .mutexUnlock: 3; case .mutexSpin: 4
        case .mutexBlock: 5; case .mutexStarving: 6; case .mutexNormal: 7; case .rwRLock: 8; case .rwRUnlock: 9
        case .rwLock: 10; case .rwUnlock: 11; case .wgAdd: 12; case .wgWait: 13; case .wgWake: 14; case .onceDo: 15
        }
    }
    private func heapTag(_ h: HeapEvent) -> UInt8 {
        switch h {
        case .alloc: 0; case .tinyAlloc: 1; case .refill: 2; case .cacheSpan: 3; case .spanAlloc: 4
        case .spanFree: 5; case .arenaGrow: 6; case .largeAlloc: 7
        }
    }
    private func gcTag(_ g: GCEvent) -> UInt8 {
        switch g {
        case .phase: 0; case .markrootGlobals: 1; case .markrootStack: 2; case .shade: 3; case .blacken: 4
        case .barrier: 5; case .assistBegin: 6; case .assistEnd: 7; case .workerStart: 8; case .workerStop: 9
        case .sweepSpan: 10; case .writeBarrierDisabled: 11; case .trace: 12; case .markrootChannels: 13
        }
    }

    private func payload(_ k: EventKind, _ w: inout ByteWriter) {
        switch k {
        case .sched(let s): sched(s, &w)
        case .chan(let c): chan(c, &w)
        case .sync(let s): sync(s, &w)
        case .heap(let h): heap(h, &w)
        case .gc(let g): gc(g, &w)
        }
    }

    private func wo(_ o: WaitObject, _ w: inout ByteWriter) {
        switch o {
        case .none: w.u8(0)
        case .chan(let c): w.u8(1); w.uvar(UInt64(c))
        case .select(let n): w.u8(2); w.svar(Int64(n))
        case .sema(let a): w.u8(3); w.uvar(a)
        case .timer(let t): w.u8(4); w.svar(Int64(t.raw))
        case .gc: w.u8(5)
        case .runtimeInternal: w.u8(6)
        }
    }
    private func goids(_ gs: [Goid], _ w: inout ByteWriter) { w.uvar(gs.count); for g in gs { w.svar(g) } }

    private func sched(_ s: SchedEvent, _ w: inout ByteWriter) {
        switch s {
        case let .goCreate(g, goid, f): w.svar(g); w.svar(goid); w.string(f)
        case let .goStart(g, inh): w.svar(g); w.bool(inh)
        case let .goEnd(g), let .goSched(g), let .goPreempt(g): w.svar(g)
        case let .goBlock(g, r, on): w.svar(g); w.u8(r.rawValue); wo(on, &w)
        case let .goUnblock(g, by): w.svar(g); w.svar(by)
        case let .goSysCall(g, d, b): w.svar(g); w.svar(d); w.bool(b)
        case let .goSysExit(g, fast): w.svar(g); w.bool(fast)
        case let .goSysBlock(g, p): w.svar(g); w.svar(Int64(p.raw))
        case let .procStart(p), let .procStop(p): w.svar(Int64(p.raw))
        case let .runqPut(g, p, wh): w.svar(g); w.svar(Int64(p.raw)); w.u8(wh.rawValue)
        case let .runqKick(g, p): w.svar(g); w.svar(Int64(p.raw))
        case let .runqPutSlow(p, gs): w.svar(Int64(p.raw)); goids(gs, &w)
        case let .globrunqGet(p, n, first): w.svar(Int64(p.raw)); w.svar(Int64(n)); w.svar(first)
        case let .steal(t, v, gs, rn): w.svar(Int64(t.raw)); w.svar(Int64(v.raw)); goids(gs, &w); w.bool(rn)
        case let .handoff(p, to): w.svar(Int64(p.raw)); w.svar(Int64(to.raw))
        case let .mStart(m, p, sp, cr): w.svar(Int64(m.raw)); w.svar(Int64(p.raw)); w.bool(sp); w.bool(cr)
        case let .mSpin(m), let .mIdle(m), let .mNetpollWake(m): w.svar(Int64(m.raw))
        case let .mSpinStop(m, f): w.svar(Int64(m.raw)); w.bool(f)
        case let .mNetpollBlock(m, until): w.svar(Int64(m.raw)); w.svar(until)
        case let .sysmonWake(d): w.svar(d)
        case let .sysmonSleep(u): w.svar(u)
        case let .preemptRequest(g, p, ran): w.svar(g); w.svar(Int64(p.raw)); w.svar(ran)
        case let .retake(p, m, g): w.svar(Int64(p.raw)); w.svar(Int64(m.raw)); w.svar(g)
        case let .stwBegin(r), let .stwEnd(r): w.u8(r.rawValue)
        case let .procResize(o, n): w.svar(Int64(o)); w.svar(Int64(n))
        case let .timerAdd(t, p, when): w.svar(Int64(t.raw)); w.svar(Int64(p.raw)); w.svar(when)
        case let .timerFire(t, p, f):
            w.svar(Int64(t.raw)); w.svar(Int64(p.raw))
            switch f {
            case .goroutineReady(let g): w.u8(0); w.svar(Int64(g.raw))
            case .sendTime(let c): w.u8(1); w.uvar(UInt64(c))
            case let .custom(tag, arg): w.u8(2); w.svar(Int64(tag)); w.svar(arg)
            }
        case let .write(fd, n): w.svar(Int64(fd)); w.svar(Int64(n))
        case let .exit(c): w.svar(Int64(c))
        case let .fatal(m): w.string(m)
        case let .stackGrowth(g, o, n): w.svar(g); w.svar(Int64(o)); w.svar(Int64(n))
        }
    }

    private func chan(_ c: ChanEvent, _ w: inout ByteWriter) {
        func id(_ c: ChanID) { w.uvar(UInt64(c.raw)) }
        switch c {
        case let .make(c, elem, cap, line, g): id(c); w.string(elem); w.svar(cap); w.svar(line); w.svar(g)
        case let .handoff(c, f, t): id(c); w.svar(f); w.svar(t)
        case let .bufPut(c, g, i), let .bufGet(c, g, i): id(c); w.svar(g); w.svar(i)
        case let .bufRotate(c, g, s, i): id(c); w.svar(g); w.svar(s); w.svar(i)
        case let .block(c, g, send): id(c); w.svar(g); w.bool(send)
        case let .unblock(c, g, by): id(c); w.svar(g); w.svar(by)
        case let .recvClosed(c, g): id(c); w.svar(g)
        case let .close(c, g, r, s): id(c); w.svar(g); w.svar(r); w.svar(s)
        case let .nilBlock(g, send): w.svar(g); w.bool(send)
        case let .selectChosen(g, i, c): w.svar(g); w.svar(i); id(c)
        case let .selectDefault(g), let .selectForever(g): w.svar(g)
        case let .selectBlock(g, n): w.svar(g); w.svar(n)
        case let .timerSend(c, d): id(c); w.bool(d)
        }
    }

    private func sync(_ s: SyncEvent, _ w: inout ByteWriter) {
        switch s {
        case let .semBlock(a, g, lifo): w.uvar(a); w.svar(g); w.bool(lifo)
        case let .semWake(a, by, wk, h): w.uvar(a); w.svar(by); w.svar(wk); w.bool(h)
        case let .mutexLock(a, g, how): w.uvar(a); w.svar(g); w.u8(how.rawValue)
        case let .mutexUnlock(a, g), let .mutexBlock(a, g), let .mutexStarving(a, g), let .mutexNormal(a, g),
             let .rwRUnlock(a, g), let .rwLock(a, g):
            w.uvar(a); w.svar(g)
        case let .mutexSpin(a, g, i): w.uvar(a); w.svar(g); w.svar(i)
        case let .rwRLock(a, g, b), let .wgWait(a, g, b), let .onceDo(a, g, b): w.uvar(a); w.svar(g); w.bool(b)
        case let .rwUnlock(a, g, n), let .wgWake(a, g, n): w.uvar(a); w.svar(g); w.svar(n)
        case let .wgAdd(a, g, d, c): w.uvar(a); w.svar(g); w.svar(d); w.svar(c)
        }
    }

    private func heap(_ h: HeapEvent, _ w: inout ByteWriter) {
        switch h {
        case let .alloc(a, size, sc, span, i, black):
            w.uvar(a); w.svar(Int64(size)); w.u8(sc); w.svar(Int64(span)); w.svar(Int64(i)); w.bool(black)
        case let .tinyAlloc(a, size, span, i, off):
            w.uvar(a); w.svar(Int64(size)); w.svar(Int64(span)); w.svar(Int64(i)); w.svar(Int64(off))
        case let .refill(p, spc, old, new): w.svar(Int64(p)); w.u8(spc); w.svar(Int64(old)); w.svar(Int64(new))
        case let .cacheSpan(spc, span, from): w.u8(spc); w.svar(Int64(span)); w.u8(from.rawValue)
        case let .spanAlloc(span, base, np, spc): w.svar(Int64(span)); w.uvar(base); w.svar(Int64(np)); w.u8(spc)
        case let .spanFree(span, base, np): w.svar(Int64(span)); w.uvar(base); w.svar(Int64(np))
        case let .arenaGrow(base, bytes): w.uvar(base); w.uvar(bytes)
        case let .largeAlloc(a, size, np, span): w.uvar(a); w.svar(size); w.svar(Int64(np)); w.svar(Int64(span))
        }
    }

    private func gc(_ g: GCEvent, _ w: inout ByteWriter) {
        switch g {
        case let .phase(ph, c): w.u8(ph.rawValue); w.svar(Int64(c))
        case let .markrootGlobals(n), let .markrootChannels(n): w.svar(Int64(n))
        case let .markrootStack(goid, refs): w.svar(goid); w.svar(Int64(refs))
        case let .shade(a, noscan): w.uvar(a); w.bool(noscan)
        case let .blacken(a, size): w.uvar(a); w.svar(Int64(size))
        case let .barrier(slot, old, new, sn): w.uvar(slot); w.uvar(old); w.uvar(new); w.bool(sn)
        case let .assistBegin(g, debt): w.svar(Int64(g.raw)); w.svar(debt)
        case let .assistEnd(g, work, parked): w.svar(Int64(g.raw)); w.svar(work); w.bool(parked)
        case let .workerStart(p, mode): w.svar(Int64(p)); w.u8(mode.rawValue)
        case let .workerStop(p, mode, work): w.svar(Int64(p)); w.u8(mode.rawValue); w.svar(work)
        case let .sweepSpan(span, freed, live, r): w.svar(Int64(span)); w.svar(Int64(freed)); w.svar(Int64(live)); w.u8(r.rawValue)
        case .writeBarrierDisabled: break
        case let .trace(s): w.string(s)
        }
    }

    // MARK: decode

    mutating func decode(seq: UInt64, from r: inout ByteReader) throws -> Event {
        let t = try r.u8()
        let dt = try r.svar()
        let time = lastTime &+ dt
        lastTime = time
        let p = PID(try r.i32()), m = MID(try r.i32())
        let g = try r.svar()
        let kind: EventKind
        switch t {
        case 0..<60: kind = .sched(try decodeSched(t, &r))
        case 60..<90: kind = .chan(try decodeChan(t - 60, &r))
        case 90..<120: kind = .sync(try decodeSync(t - 90, &r))
        case 120..<140: kind = .heap(try decodeHeap(t - 120, &r))
        default: kind = .gc(try decodeGC(t &- 140, &r))
        }
        return Event(seq: seq, time: time, p: p, m: m, g: g, kind: kind)
    }

    private func bad(_ t: UInt8, _ area: String, _ r: ByteReader) -> RecordingError { r.fail("unknown \(area) event tag \(t)") }
    private func pid(_ r: inout ByteReader) throws -> PID { PID(try r.i32()) }
    private func mid(_ r: inout ByteReader) throws -> MID { MID(try r.i32()) }
    private func goids(_ r: inout ByteReader) throws -> [Goid] {
        let n = try r.count(limit: r.end - r.pos, "goid list length")
        var a: [Goid] = []
        a.reserveCapacity(n)
        for _ in 0..<n { a.append(try r.svar()) }
        return a
    }
    private func waitObject(_ r: inout ByteReader) throws -> WaitObject {
        switch try r.u8() {
        case 0: return .none
        case 1: return .chan(UInt32(truncatingIfNeeded: try r.uvar()))
        case 2: return .select(cases: try r.i32())
        case 3: return .sema(try r.uvar())
        case 4: return .timer(TimerID(try r.i32()))
        case 5: return .gc
        case 6: return .runtimeInternal
        case let b: throw r.fail("bad wait object kind \(b)")
        }
    }

    private func decodeSched(_ t: UInt8, _ r: inout ByteReader) throws -> SchedEvent {
        switch t {
        case 0: return .goCreate(g: try r.svar(), goid: try r.svar(), function: try r.string())
        case 1: return .goStart(g: try r.svar(), inheritTime: try r.bool())
        case 2: return .goEnd(g: try r.svar())
        case 3: return .goSched(g: try r.svar())
        case 4: return .goPreempt(g: try r.svar())
        case 5: return .goBlock(g: try r.svar(), reason: try r.raw(WaitReason.self), on: try waitObject(&r))
        case 6: return .goUnblock(g: try r.svar(), by: try r.svar())
        case 7: return .goSysCall(g: try r.svar(), duration: try r.svar(), blocking: try r.bool())
        case 8: return .goSysExit(g: try r.svar(), fast: try r.bool())
        case 9: return .goSysBlock(g: try r.svar(), p: try pid(&r))
        case 10: return .procStart(p: try pid(&r))
        case 11: return .procStop(p: try pid(&r))
        case 12: return .runqPut(g: try r.svar(), p: try pid(&r), where: try r.raw(RunqWhere.self))
        case 13: return .runqKick(g: try r.svar(), p: try pid(&r))
        case 14: return .runqPutSlow(p: try pid(&r), gs: try goids(&r))
        case 15: return .globrunqGet(p: try pid(&r), n: try r.i32(), first: try r.svar())
        case 16: return .steal(thief: try pid(&r), victim: try pid(&r), gs: try goids(&r), runnext: try r.bool())
        case 17: return .handoff(p: try pid(&r), to: try mid(&r))
        case 18: return .mStart(m: try mid(&r), p: try pid(&r), spinning: try r.bool(), created: try r.bool())
        case 19: return .mSpin(m: try mid(&r))
        case 20: return .mSpinStop(m: try mid(&r), foundWork: try r.bool())
        case 21: return .mIdle(m: try mid(&r))
        case 22: return .mNetpollBlock(m: try mid(&r), until: try r.svar())
        case 23: return .mNetpollWake(m: try mid(&r))
        case 24: return .sysmonWake(delay: try r.svar())
        case 25: return .sysmonSleep(until: try r.svar())
        case 26: return .preemptRequest(g: try r.svar(), p: try pid(&r), ran: try r.svar())
        case 27: return .retake(p: try pid(&r), m: try mid(&r), g: try r.svar())
        case 28: return .stwBegin(reason: try r.raw(STWReason.self))
        case 29: return .stwEnd(reason: try r.raw(STWReason.self))
        case 30: return .procResize(old: try r.i32(), new: try r.i32())
        case 31: return .timerAdd(timer: TimerID(try r.i32()), p: try pid(&r), when: try r.svar())
        case 32:
            let tm = TimerID(try r.i32()), p = try pid(&r)
            let f: TimerFunc
            switch try r.u8() {
            case 0: f = .goroutineReady(GID(try r.i32()))
            case 1: f = .sendTime(chan: UInt32(truncatingIfNeeded: try r.uvar()))
            case 2: f = .custom(tag: try r.i32(), arg: try r.svar())
            case let b: throw r.fail("bad timer function kind \(b)")
            }
            return .timerFire(timer: tm, p: p, f: f)
        case 33: return .write(fd: try r.i32(), bytes: try r.i32())
        case 34: return .exit(code: try r.i32())
        case 35: return .fatal(message: try r.string())
        case 36: return .stackGrowth(g: try r.svar(), oldSize: try r.i32(), newSize: try r.i32())
        default: throw bad(t, "scheduler", r)
        }
    }

    private func decodeChan(_ t: UInt8, _ r: inout ByteReader) throws -> ChanEvent {
        func id(_ r: inout ByteReader) throws -> ChanID { ChanID(raw: UInt32(truncatingIfNeeded: try r.uvar())) }
        switch t {
        case 0: return .make(try id(&r), elem: try r.string(), cap: try r.int(), line: try r.int(), g: try r.svar())
        case 1: return .handoff(try id(&r), from: try r.svar(), to: try r.svar())
        case 2: return .bufPut(try id(&r), g: try r.svar(), index: try r.int())
        case 3: return .bufGet(try id(&r), g: try r.svar(), index: try r.int())
        case 4: return .bufRotate(try id(&r), g: try r.svar(), sender: try r.svar(), index: try r.int())
        case 5: return .block(try id(&r), g: try r.svar(), send: try r.bool())
        case 6: return .unblock(try id(&r), g: try r.svar(), by: try r.svar())
        case 7: return .recvClosed(try id(&r), g: try r.svar())
        case 8: return .close(try id(&r), g: try r.svar(), receivers: try r.int(), senders: try r.int())
        case 9: return .nilBlock(g: try r.svar(), send: try r.bool())
        case 10: return .selectChosen(g: try r.svar(), index: try r.int(), chan: try id(&r))
        case 11: return .selectDefault(g: try r.svar())
        case 12: return .selectBlock(g: try r.svar(), count: try r.int())
        case 13: return .selectForever(g: try r.svar())
        case 14: return .timerSend(try id(&r), delivered: try r.bool())
        default: throw bad(t, "channel", r)
        }
    }

    private func decodeSync(_ t: UInt8, _ r: inout ByteReader) throws -> SyncEvent {
        switch t {
        case 0: return .semBlock(addr: try r.uvar(), g: try r.svar(), lifo: try r.bool())
        case 1: return .semWake(addr: try r.uvar(), by: try r.svar(), woken: try r.svar(), handoff: try r.bool())
        case 2: return .mutexLock(addr: try r.uvar(), g: try r.svar(), how: try r.raw(SyncEvent.LockHow.self))
        case 3: return .mutexUnlock(addr: try r.uvar(), g: try r.svar())
        case 4: return .mutexSpin(addr: try r.uvar(), g: try r.svar(), iter: try r.int())
        case 5: return .mutexBlock(addr: try r.uvar(), g: try r.svar())
        case 6: return .mutexStarving(addr: try r.uvar(), g: try r.svar())
        case 7: return .mutexNormal(addr: try r.uvar(), g: try r.svar())
        case 8: return .rwRLock(addr: try r.uvar(), g: try r.svar(), blocked: try r.bool())
        case 9: return .rwRUnlock(addr: try r.uvar(), g: try r.svar())
        case 10: return .rwLock(addr: try r.uvar(), g: try r.svar())
        case 11: return .rwUnlock(addr: try r.uvar(), g: try r.svar(), readersWoken: try r.int())
        case 12: return .wgAdd(addr: try r.uvar(), g: try r.svar(), delta: try r.svar(), counter: try r.svar())
        case 13: return .wgWait(addr: try r.uvar(), g: try r.svar(), blocked: try r.bool())
        case 14: return .wgWake(addr: try r.uvar(), g: try r.svar(), waiters: try r.int())
        case 15: return .onceDo(addr: try r.uvar(), g: try r.svar(), ran: try r.bool())
        default: throw bad(t, "sync", r)
        }
    }

    private func decodeHeap(_ t: UInt8, _ r: inout ByteReader) throws -> HeapEvent {
        func i16(_ r: inout ByteReader) throws -> Int16 {
            let v = try r.svar()
            guard let x = Int16(exactly: v) else { throw r.fail("value \(v) does not fit 16 bits") }
            return x
        }
        switch t {
        case 0: return .alloc(addr: try r.uvar(), size: try r.i32(), sizeclass: try r.u8(), span: try r.i32(), index: try i16(&r), black: try r.bool())
        case 1:
            let a = try r.uvar(), size = try r.i32(), span = try r.i32(), i = try i16(&r), off = try i16(&r)
            guard let o = Int8(exactly: off) else { throw r.fail("tiny offset \(off) does not fit 8 bits") }
            return .tinyAlloc(addr: a, size: size, span: span, index: i, offset: o)
        case 2: return .refill(p: try r.i32(), spanclass: try r.u8(), oldSpan: try r.i32(), newSpan: try r.i32())
        case 3: return .cacheSpan(spanclass: try r.u8(), span: try r.i32(), from: try r.raw(SpanSource.self))
        case 4: return .spanAlloc(span: try r.i32(), base: try r.uvar(), npages: try r.i32(), spanclass: try r.u8())
        case 5: return .spanFree(span: try r.i32(), base: try r.uvar(), npages: try r.i32())
        case 6: return .arenaGrow(base: try r.uvar(), bytes: try r.uvar())
        case 7: return .largeAlloc(addr: try r.uvar(), size: try r.svar(), npages: try r.i32(), span: try r.i32())
        default: throw bad(t, "heap", r)
        }
    }

    private func decodeGC(_ t: UInt8, _ r: inout ByteReader) throws -> GCEvent {
        switch t {
        case 0: return .phase(try r.raw(GCCyclePhase.self), cycle: try r.i32())
        case 1: return .markrootGlobals(slots: try r.i32())
        case 2: return .markrootStack(goid: try r.svar(), refs: try r.i32())
        case 3: return .shade(addr: try r.uvar(), noscan: try r.bool())
        case 4: return .blacken(addr: try r.uvar(), size: try r.i32())
        case 5: return .barrier(slot: try r.uvar(), old: try r.uvar(), new: try r.uvar(), shadedNew: try r.bool())
        case 6: return .assistBegin(g: GID(try r.i32()), debtBytes: try r.svar())
        case 7: return .assistEnd(g: GID(try r.i32()), workDone: try r.svar(), parked: try r.bool())
        case 8: return .workerStart(p: try r.i32(), mode: try r.raw(GCWorkerMode.self))
        case 9: return .workerStop(p: try r.i32(), mode: try r.raw(GCWorkerMode.self), work: try r.svar())
        case 10: return .sweepSpan(span: try r.i32(), freed: try r.i32(), live: try r.i32(), result: try r.raw(SweepResult.self))
        case 11: return .writeBarrierDisabled
        case 12: return .trace(try r.string())
        case 13: return .markrootChannels(refs: try r.i32())
        default: throw bad(t, "GC", r)
        }
    }
}
