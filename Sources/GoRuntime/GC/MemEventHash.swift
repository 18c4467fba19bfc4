// Field-wise FNV-1a of the allocator's and collector's events for the event
// log's running hash (Events/Event.swift), so logging an allocation costs a
// few xor-multiplies instead of formatting its sentence. The sentences
// (`description`) are built only when an event is displayed or exported.

extension HeapEvent {
    @inline(__always)
    public func fnv(into h: inout EventHasher) {
        switch self {
        case let .alloc(a, size, sc, span, i, black):
            h.byte(0); h.word(a); h.i32(size); h.byte(sc); h.i32(span); h.i32(Int32(i)); h.byte(black ? 1 : 0)
        case let .tinyAlloc(a, size, span, i, off):
            h.byte(1); h.word(a); h.i32(size); h.i32(span); h.i32(Int32(i)); h.byte(UInt8(bitPattern: off))
        case let .refill(p, spc, old, new):
            h.byte(2); h.i32(p); h.byte(spc); h.i32(old); h.i32(new)
        case let .cacheSpan(spc, span, from):
            h.byte(3); h.byte(spc); h.i32(span); h.byte(from.rawValue)
        case let .spanAlloc(span, base, np, spc):
            h.byte(4); h.i32(span); h.word(base); h.i32(np); h.byte(spc)
        case let .spanFree(span, base, np):
            h.byte(5); h.i32(span); h.word(base); h.i32(np)
        case let .arenaGrow(base, bytes):
            h.byte(6); h.word(base); h.word(bytes)
        case let .largeAlloc(a, size, np, span):
            h.byte(7); h.word(a); h.int(size); h.i32(np); h.i32(span)
        }
    }
}

extension GCEvent {
    @inline(__always)
    public func fnv(into h: inout EventHasher) {
        switch self {
        case let .phase(ph, c): h.byte(0); h.byte(ph.rawValue); h.i32(c)
        case let .markrootGlobals(n): h.byte(1); h.i32(n)
        case let .markrootChannels(n): h.byte(2); h.i32(n)
        case let .markrootStack(goid, refs): h.byte(3); h.int(goid); h.i32(refs)
        case let .shade(a, noscan): h.byte(4); h.word(a); h.byte(noscan ? 1 : 0)
        case let .blacken(a, size): h.byte(5); h.word(a); h.i32(size)
        case let .barrier(slot, old, new, sn): h.byte(6); h.word(slot); h.word(old); h.word(new); h.byte(sn ? 1 : 0)
        case let .assistBegin(g, debt): h.byte(7); h.i32(g.raw); h.int(debt)
        case let .assistEnd(g, w, parked): h.byte(8); h.i32(g.raw); h.int(w); h.byte(parked ? 1 : 0)
        case let .workerStart(p, mode): h.byte(9); h.i32(p); h.byte(mode.rawValue)
        case let .workerStop(p, mode, w): h.byte(10); h.i32(p); h.byte(mode.rawValue); h.int(w)
        case let .sweepSpan(span, freed, live, r): h.byte(11); h.i32(span); h.i32(freed); h.i32(live); h.byte(r.rawValue)
        case .writeBarrierDisabled: h.byte(12)
        case let .trace(s): h.byte(13); h.string(s)
        }
    }
}
