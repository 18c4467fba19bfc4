// The library entries beyond the first release's (strings, strconv, sort,
// errors.Unwrap/As, math, unicode): callLib hands every LibFunc it does
// not handle itself to callLibExtra. Same register convention: arguments
// at base…, results written back to base….
import GoFrontend
import GoRuntime

extension Interpreter {
    func callLibExtra(_ st: inout GState, _ lf: LibFunc, base: Int, nargs: Int, nres: Int) -> RunStop? {
        @inline(__always) func arg(_ i: Int) -> Value { st.stack[base + i] }
        @inline(__always) func ret(_ i: Int, _ v: Value) { st.stack[base + i] = v }
        func bytes(_ i: Int) -> [UInt8] { arg(i).str.bytes }
        func retStr(_ b: [UInt8]) { chargeAlloc(b.count, noscan: true); ret(0, .string(GoString(b))) }
        func retStrs(_ parts: [[UInt8]]) { ret(0, allocSlice(parts.map { .string(GoString($0)) }, type: stringSliceType)) }
        func f(_ i: Int) -> Double { arg(i).f }
        switch lf {
        // ---- strings
        case .stringsFields: retStrs(GoStrings.fields(bytes(0)))
        case .stringsHasPrefix: ret(0, .bool(GoStrings.hasPrefix(bytes(0), bytes(1))))
        case .stringsHasSuffix: ret(0, .bool(GoStrings.hasSuffix(bytes(0), bytes(1))))
        case .stringsIndex: ret(0, .int(Int64(GoStrings.index(bytes(0), bytes(1)))))
        case .stringsLastIndex: ret(0, .int(Int64(GoStrings.lastIndex(bytes(0), bytes(1)))))
        case .stringsIndexByte: ret(0, .int(Int64(GoStrings.indexByte(bytes(0), UInt8(truncatingIfNeeded: int(arg(1)))))))
        case .stringsIndexRune: ret(0, .int(Int64(GoStrings.indexRune(bytes(0), Int32(truncatingIfNeeded: int(arg(1)))))))
        case .stringsContainsRune: ret(0, .bool(GoStrings.containsRune(bytes(0), Int32(truncatingIfNeeded: int(arg(1))))))
        case .stringsContainsAny: ret(0, .bool(GoStrings.containsAny(bytes(0), bytes(1))))
        case .stringsCount: ret(0, .int(Int64(GoStrings.count(bytes(0), bytes(1)))))
        case .stringsEqualFold: ret(0, .bool(GoStrings.equalFold(bytes(0), bytes(1))))
        case .stringsCompare: ret(0, .int(Int64(GoStrings.compare(bytes(0), bytes(1)))))
        case .stringsToUpper: retStr(GoStrings.toUpper(bytes(0)))
        case .stringsToLower: retStr(GoStrings.toLower(bytes(0)))
        case .stringsTitle: retStr(GoStrings.title(bytes(0)))
        case .stringsTrimSpace: ret(0, .string(GoString(GoStrings.trimSpace(bytes(0)))))
        case .stringsTrim: ret(0, .string(GoString(GoStrings.trim(bytes(0), bytes(1)))))
        case .stringsTrimLeft: ret(0, .string(GoString(GoStrings.trimLeft(bytes(0), bytes(1)))))
        case .stringsTrimRight: ret(0, .string(GoString(GoStrings.trimRight(bytes(0), bytes(1)))))
        case .stringsTrimPrefix: ret(0, .string(GoString(GoStrings.trimPrefix(bytes(0), bytes(1)))))
        case .stringsTrimSuffix: ret(0, .string(GoString(GoStrings.trimSuffix(bytes(0), bytes(1)))))
        case .stringsReplace: retStr(GoStrings.replace(bytes(0), bytes(1), bytes(2), Int(int(arg(3)))))
        case .stringsReplaceAll: retStr(GoStrings.replaceAll(bytes(0), bytes(1), bytes(2)))
        case .stringsSplitN:
            let n = Int(int(arg(2)))
            if n == 0 { ret(0, .nil) } else { retStrs(GoStrings.splitN(bytes(0), bytes(1), n)) }
        case .stringsSplitAfter: retStrs(GoStrings.splitAfter(bytes(0), bytes(1)))
        case .stringsNewReplacer:
            let parts = sliceElems(arg(0), width: 1)
            if parts.count % 2 == 1 { return raiseStop(&st, plainError("strings.NewReplacer: odd argument count")) }
            let copy = allocSlice(parts, type: stringSliceType)
            ret(0, .pointer(allocSlots([copy], bytes: 24, noscan: false), 0))
        case .replacerReplace:
            guard case .pointer(let o, let off) = arg(0) else { return raiseStop(&st, nilDeref()) }
            let oldnew = sliceElems(heap.load(o, Int(off)), width: 1).map { $0.str.bytes }
            retStr(GoStrings.replacePairs(bytes(1), oldnew))
        case .stringsCut:
            let s = bytes(0), sep = bytes(1)
            let i = GoStrings.index(s, sep)
            if i >= 0 {
                ret(0, .string(GoString(Array(s[..<i])))); ret(1, .string(GoString(Array(s[(i + sep.count)...])))); ret(2, .bool(true))
            } else {
                ret(0, .string(GoString(s))); ret(1, .string(GoString())); ret(2, .bool(false))
            }
        case .stringsFieldsFunc, .stringsTrimFunc, .stringsTrimLeftFunc, .stringsTrimRightFunc, .stringsIndexFunc, .stringsMap:
            let isMap = lf == .stringsMap
            let s = bytes(isMap ? 1 : 0)
            guard case .fn(let pf, let clo) = arg(isMap ? 0 : 1) else { return raiseStop(&st, nilDeref()) }
            // The Go func runs nested on this G for each rune, in Go's order.
            var panicked: Value? = nil
            func call(_ r: Int32) -> Value {
                if panicked != nil { return .nil }
                let res = callNested(&st, fn: Int(pf), closure: clo, args: [.int(Int64(r))])
                if let v = nestedPanicValue(res) { panicked = v; return .nil }
                return res?.first ?? .nil
            }
            defer { _ = panicked }
            switch lf {
            case .stringsFieldsFunc: retStrs(GoStrings.fieldsFunc(s) { call($0).b })
            case .stringsTrimFunc: ret(0, .string(GoString(GoStrings.trimFunc(s) { call($0).b })))
            case .stringsTrimLeftFunc: ret(0, .string(GoString(GoStrings.trimLeftFunc(s) { call($0).b })))
            case .stringsTrimRightFunc: ret(0, .string(GoString(GoStrings.trimRightFunc(s) { call($0).b })))
            case .stringsIndexFunc: ret(0, .int(Int64(GoStrings.indexFunc(s, truth: true) { call($0).b })))
            default: retStr(GoStrings.mapDropping(s) { Int32(truncatingIfNeeded: call($0).i) })
            }
            if let v = panicked { return raiseStop(&st, v) }

        // ---- strconv
        case .strconvFormatInt, .strconvFormatUint:
            let b = Int(int(arg(1)))
            if b < 2 || b > 36 { return raiseStop(&st, plainError("strconv: illegal AppendInt/FormatInt base")) }
            retStr(lf == .strconvFormatInt ? Strconv.formatInt(int(arg(0)), b) : Strconv.formatUint(UInt64(bitPattern: int(arg(0))), b))
        case .strconvParseInt:
            let (v, e) = Strconv.parseInt(bytes(0), Int(int(arg(1))), Int(int(arg(2))))
            ret(0, .int(v)); ret(1, numError(e))
        case .strconvParseUint:
            let (v, e) = Strconv.parseUint(bytes(0), Int(int(arg(1))), Int(int(arg(2))))
            ret(0, .int(Int64(bitPattern: v))); ret(1, numError(e))
        case .strconvParseFloat:
            let (v, e) = Strconv.parseFloat(bytes(0), Int(int(arg(1))))
            ret(0, .float(v)); ret(1, numError(e))
        case .strconvParseBool:
            let (v, e) = Strconv.parseBool(bytes(0))
            ret(0, .bool(v)); ret(1, numError(e))
        case .strconvFormatFloat:
            retStr(Strconv.formatFloat(f(0), UInt8(truncatingIfNeeded: int(arg(1))), Int(int(arg(2))), Int(int(arg(3)))))
        case .strconvFormatBool: ret(0, .string(GoString(Strconv.formatBool(arg(0).b))))
        case .strconvQuote: retStr(Strconv.quote(bytes(0)))
        case .strconvQuoteRune: retStr(Strconv.quoteRune(Int32(truncatingIfNeeded: int(arg(0)))))

        // ---- sort
        case .sortSliceStable, .sortSliceIsSorted:
            guard case .iface(let t, let sv) = arg(0), case .fn(let lessFn, let clo) = arg(1) else { return nil }
            guard case .slice(let o, let off, let ln, _) = sv else {
                if lf == .sortSliceIsSorted { ret(0, .bool(true)) }
                return nil
            }
            let w = max(1, prog.types[prog.types[t].elem].slotCount)
            var data = SliceSortData(vm: self, st: st, obj: o, off: Int(off), n: Int(ln), width: w, less: lessFn, closure: clo)
            st = GState(goid: 0)
            var sorted = true
            if lf == .sortSliceStable { GoSort.stable(&data) } else { sorted = GoSort.isSorted(&data) }
            st = data.st
            if let v = data.panicked { return raiseStop(&st, v) }
            if lf == .sortSliceIsSorted { ret(0, .bool(sorted)) }
        case .sortSort, .sortStable, .sortIsSorted:
            guard let lenM = resolveMethod(arg(0), name: "Len"), let lessM = resolveMethod(arg(0), name: "Less"),
                  let swapM = resolveMethod(arg(0), name: "Swap") else { return raiseStop(&st, nilDeref()) }
            var data = IfaceSortData(vm: self, st: st, lenM: lenM, lessM: lessM, swapM: swapM)
            st = GState(goid: 0)
            data.n = data.callLen()
            var sorted = true
            switch lf {
            case .sortSort: GoSort.sort(&data)
            case .sortStable: GoSort.stable(&data)
            default: sorted = GoSort.isSorted(&data)
            }
            st = data.st
            if let v = data.panicked { return raiseStop(&st, v) }
            if lf == .sortIsSorted { ret(0, .bool(sorted)) }
        case .sortSearch:
            let n = Int(int(arg(0)))
            guard case .fn(let pf, let clo) = arg(1) else { return raiseStop(&st, nilDeref()) }
            var panicked: Value? = nil
            let r = GoSort.search(n) { i in
                if panicked != nil { return true }
                let res = callNested(&st, fn: Int(pf), closure: clo, args: [.int(Int64(i))])
                if let v = nestedPanicValue(res) { panicked = v; return true }
                return res?.first?.b ?? false
            }
            if let v = panicked { return raiseStop(&st, v) }
            ret(0, .int(Int64(r)))
        case .sortSearchInts:
            ret(0, .int(Int64(GoSort.searchInts(sliceElems(arg(0), width: 1).map { int($0) }, int(arg(1))))))
        case .sortSearchStrings:
            ret(0, .int(Int64(GoSort.searchStrings(sliceElems(arg(0), width: 1).map { $0.str }, arg(1).str))))
        case .sortFloat64s:
            guard case .slice(let o, let off, let ln, _) = arg(0) else { return nil }
            var xs = heap.loadN(o, Int(off), Int(ln)).map { $0.f }
            GoSort.float64s(&xs)
            heap.storeN(o, Int(off), xs.map { .float($0) })
        case .sortIntsAreSorted:
            let xs = sliceElems(arg(0), width: 1).map { int($0) }
            ret(0, .bool(zip(xs, xs.dropFirst()).allSatisfy { !($1 < $0) }))
        case .sortStringsAreSorted:
            let xs = sliceElems(arg(0), width: 1).map { $0.str }
            ret(0, .bool(zip(xs, xs.dropFirst()).allSatisfy { !($1 < $0) }))

        // ---- fmt.Fprint* and the writers
        case .fmtFprint, .fmtFprintln, .fmtFprintf:
            let hasFormat = lf == .fmtFprintf
            let w = arg(0)
            let format = hasFormat ? arg(1).str : GoString()
            let operands = sliceElems(arg(hasFormat ? 2 : 1), width: 1)
            var host = VMFormatHost(vm: self)
            let stash = stashState(&st)
            let s: GoString
            switch lf {
            case .fmtFprintf: s = Fmt.sprintf(format, operands, host: &host)
            case .fmtFprintln: s = Fmt.sprintln(operands, host: &host)
            default: s = Fmt.sprint(operands, host: &host)
            }
            unstashState(&st, stash)
            return writeTo(&st, w, s.bytes, base: base, nres: nres)
        case .builderWrite, .osFileWrite:
            let bs = sliceElems(arg(1), width: 1).map { UInt8(truncatingIfNeeded: $0.i) }
            guard case .pointer(let o, let off) = arg(0) else { return raiseStop(&st, nilDeref()) }
            if lf == .builderWrite {
                builderAppend(o, Int(off), bs)
                ret(0, .int(Int64(bs.count))); if nres > 1 { ret(1, .nil) }
                return nil
            }
            ret(0, .int(Int64(bs.count))); if nres > 1 { ret(1, .nil) }
            return writeOutStop(Int(heap.load(o, Int(off)).i), bs)

        case .bufferBytes:
            guard case .pointer(let o, let off) = arg(0) else { return raiseStop(&st, nilDeref()) }
            let cur = heap.load(o, Int(off) + 1)
            let bs: [UInt8]
            if case .string(let x) = cur { bs = x.bytes } else { bs = [] }
            let bt = prog.types.types.firstIndex(where: { $0.kind == .slice && ($0.name == "[]uint8" || $0.name == "[]byte") })
                .map { RTypeID($0) } ?? intSliceType
            ret(0, allocSlice(bs.map { .int(Int64($0)) }, type: bt))

        // ---- unicode/utf8
        case .utf8RuneCountInString: ret(0, .int(Int64(GoUTF8.runeCount(bytes(0)))))
        case .utf8RuneCount:
            ret(0, .int(Int64(GoUTF8.runeCount(sliceElems(arg(0), width: 1).map { UInt8(truncatingIfNeeded: $0.i) }))))
        case .utf8RuneLen: ret(0, .int(Int64(GoUTF8.runeLen(Int32(truncatingIfNeeded: int(arg(0)))))))
        case .utf8ValidRune: ret(0, .bool(GoUTF8.validRune(Int32(truncatingIfNeeded: int(arg(0))))))
        case .utf8ValidString:
            let b = bytes(0)
            var i = 0, ok = true
            while i < b.count {
                let (r, w) = GoUTF8.decodeRune(b, i)
                if r == 0xFFFD && w == 1 { ok = false; break }
                i += w
            }
            ret(0, .bool(ok))
        case .utf8DecodeRuneInString:
            let b = bytes(0)
            if b.isEmpty { ret(0, .int(0xFFFD)); ret(1, .int(0)) } else {
                let (r, w) = GoUTF8.decodeRune(b, 0)
                ret(0, .int(Int64(r))); ret(1, .int(Int64(w)))
            }
        case .utf8DecodeLastRuneInString:
            let b = bytes(0)
            if b.isEmpty { ret(0, .int(0xFFFD)); ret(1, .int(0)) } else {
                var start = b.count - 1
                let lim = max(0, b.count - 4)
                while start > lim && b[start] & 0xC0 == 0x80 { start -= 1 }
                var (r, w) = GoUTF8.decodeRune(b, start)
                if start + w != b.count { (r, w) = (0xFFFD, 1) }
                ret(0, .int(Int64(r))); ret(1, .int(Int64(w)))
            }

        // ---- math/rand sources and *rand.Rand
        case .randNewSource:
            let g = GoRandSource(seed: int(arg(0)))
            let o = allocSlots([.int(Int64(g.tap)), .int(Int64(g.feed))] + g.vec.map { .int($0) }, bytes: 16 + 8 * 607, noscan: true)
            ret(0, .pointer(o, 0))
        case .randNew:
            guard case .pointer = arg(0) else { return raiseStop(&st, nilDeref()) }
            let o = allocSlots([arg(0), arg(0), .int(0), .int(0)], bytes: 48, noscan: false)
            ret(0, .pointer(o, 0))
        case .randSrcInt63, .randSrcSeed, .randRIntn, .randRInt, .randRInt63, .randRInt31, .randRInt31n,
             .randRInt63n, .randRFloat64, .randRSeed, .randRPerm, .randRShuffle:
            // A Source method gets the state pointer; a *Rand method loads its src field.
            var p = arg(0)
            if lf != .randSrcInt63 && lf != .randSrcSeed {
                guard case .pointer(let ro, let roff) = p else { return raiseStop(&st, nilDeref()) }
                p = heap.load(ro, Int(roff))
            }
            guard case .pointer(let so, let soff) = p else { return raiseStop(&st, nilDeref()) }
            var g = HeapRandSource(vm: self, obj: so, off: Int(soff))
            switch lf {
            case .randSrcSeed, .randRSeed: g.seed(int(arg(1)))
            case .randSrcInt63, .randRInt63: ret(0, .int(g.int63()))
            case .randRInt: ret(0, .int(g.int()))
            case .randRInt31: ret(0, .int(Int64(g.int31())))
            case .randRFloat64: ret(0, .float(g.float64()))
            case .randRIntn, .randRInt31n, .randRInt63n:
                let n = int(arg(1))
                if n <= 0 {
                    let name = lf == .randRIntn ? "Intn" : lf == .randRInt31n ? "Int31n" : "Int63n"
                    return raiseStop(&st, plainError("invalid argument to \(name)"))
                }
                switch lf {
                case .randRIntn: ret(0, .int(g.intn(n)))
                case .randRInt31n: ret(0, .int(Int64(g.int31n(Int32(truncatingIfNeeded: n)))))
                default: ret(0, .int(g.int63n(n)))
                }
            case .randRPerm:
                let n = Int(int(arg(1)))
                if n < 0 { return raiseStop(&st, plainError("invalid argument to Perm")) }
                ret(0, allocSlice(g.perm(n).map { .int($0) }, type: intSliceType))
            default:
                let n = Int(int(arg(1)))
                if n < 0 { return raiseStop(&st, plainError("invalid argument to Shuffle")) }
                guard case .fn(let sf, let clo) = arg(2) else { return raiseStop(&st, nilDeref()) }
                var i = n - 1
                while i > 0 {
                    let j = g.shuffleIndex(i)
                    let r = callNested(&st, fn: Int(sf), closure: clo, args: [.int(Int64(i)), .int(Int64(j))])
                    if let v = nestedPanicValue(r) { return raiseStop(&st, v) }
                    i -= 1
                }
            }

        // ---- sort.Reverse and the slice adapters called directly
        case .sortReverse:
            guard case .iface = arg(0) else { return raiseStop(&st, nilDeref()) }
            ret(0, .pointer(allocSlots([arg(0)], bytes: 16, noscan: false), 0))
        case .sortRevLen, .sortRevLess, .sortRevSwap,
             .sortIntSliceLen, .sortIntSliceLess, .sortIntSliceSwap,
             .sortStringSliceLen, .sortStringSliceLess, .sortStringSliceSwap,
             .sortFloat64SliceLen, .sortFloat64SliceLess, .sortFloat64SliceSwap:
            let args = nargs > 1 ? Array((1..<nargs).map { arg($0) }) : []
            switch sortMethod(&st, lf.rawValue, arg(0), args) {
            case .value(let v): if nres > 0 { ret(0, v) }
            case .panicked(let v): return raiseStop(&st, v)
            }
        case .sortIntSliceSort, .sortStringSliceSort, .sortFloat64SliceSort:
            guard case .slice(let o, let off, let ln, _) = arg(0) else { return nil }
            var xs = heap.loadN(o, Int(off), Int(ln))
            switch lf {
            case .sortIntSliceSort: var a = xs.map { $0.i }; GoSort.ints(&a); xs = a.map { .int($0) }
            case .sortStringSliceSort: var a = xs.map { $0.str }; GoSort.strings(&a); xs = a.map { .string($0) }
            default: var a = xs.map { $0.f }; GoSort.float64s(&a); xs = a.map { .float($0) }
            }
            heap.storeN(o, Int(off), xs)

        // ---- sync/atomic (one instruction at a time: plain loads and stores of the value slot)
        case .atomicI32Add, .atomicI32Load, .atomicI32Store, .atomicI32CAS, .atomicI32Swap,
             .atomicU32Add, .atomicU32Load, .atomicU32Store, .atomicU32CAS, .atomicU32Swap,
             .atomicU64Add, .atomicU64Load, .atomicU64Store, .atomicU64CAS, .atomicU64Swap,
             .atomicBoolLoad, .atomicBoolStore, .atomicBoolCAS, .atomicBoolSwap,
             .atomicAddUint64, .atomicLoadUint64, .atomicStoreUint64, .atomicCompareAndSwapUint64, .atomicSwapUint64,
             .atomicAddUint32, .atomicLoadUint32, .atomicStoreUint32, .atomicCompareAndSwapUint32, .atomicSwapUint32,
             .atomicSwapInt64, .atomicSwapInt32:
            guard case .pointer(let o, let off) = arg(0) else { return raiseStop(&st, nilDeref()) }
            // (width, operation) without formatting the case name.
            enum W { case i32, u32, u64, bool }
            enum Op { case add, load, store, cas, swap }
            let (w, op): (W, Op)
            switch lf {
            case .atomicI32Add: (w, op) = (.i32, .add)
            case .atomicI32Load: (w, op) = (.i32, .load)
            case .atomicI32Store: (w, op) = (.i32, .store)
            case .atomicI32CAS: (w, op) = (.i32, .cas)
            case .atomicI32Swap, .atomicSwapInt32: (w, op) = (.i32, .swap)
            case .atomicU32Add, .atomicAddUint32: (w, op) = (.u32, .add)
            case .atomicU32Load, .atomicLoadUint32: (w, op) = (.u32, .load)
            case .atomicU32Store, .atomicStoreUint32: (w, op) = (.u32, .store)
            case .atomicU32CAS, .atomicCompareAndSwapUint32: (w, op) = (.u32, .cas)
            case .atomicU32Swap, .atomicSwapUint32: (w, op) = (.u32, .swap)
            case .atomicU64Add, .atomicAddUint64: (w, op) = (.u64, .add)
            case .atomicU64Load, .atomicLoadUint64: (w, op) = (.u64, .load)
            case .atomicU64Store, .atomicStoreUint64: (w, op) = (.u64, .store)
            case .atomicU64CAS, .atomicCompareAndSwapUint64: (w, op) = (.u64, .cas)
            case .atomicU64Swap, .atomicSwapUint64, .atomicSwapInt64: (w, op) = (.u64, .swap)
            case .atomicBoolLoad: (w, op) = (.bool, .load)
            case .atomicBoolStore: (w, op) = (.bool, .store)
            case .atomicBoolCAS: (w, op) = (.bool, .cas)
            default: (w, op) = (.bool, .swap)
            }
            // Width: wrap results as the Go type does.
            func norm(_ v: Int64) -> Int64 {
                switch w {
                case .i32: return Int64(Int32(truncatingIfNeeded: v))
                case .u32, .bool: return Int64(UInt32(truncatingIfNeeded: v))
                case .u64: return v
                }
            }
            func enc(_ v: Value) -> Int64 { w == .bool ? (v.b ? 1 : 0) : norm(v.i) }
            func dec(_ v: Int64) -> Value { w == .bool ? .bool(v != 0) : .int(v) }
            let cur = heap.load(o, Int(off)).i
            switch op {
            case .add:
                let v = norm(cur &+ arg(1).i)
                heapStore(o, Int(off), .int(v)); ret(0, .int(v))
            case .load: ret(0, dec(cur))
            case .store: heapStore(o, Int(off), .int(enc(arg(1))))
            case .swap: heapStore(o, Int(off), .int(enc(arg(1)))); ret(0, dec(cur))
            case .cas:
                if cur == enc(arg(1)) { heapStore(o, Int(off), .int(enc(arg(2)))); ret(0, .bool(true)) } else { ret(0, .bool(false)) }
            }

        // ---- time.Time on the simulated clock: slots (wall 0, ext = ns since start, loc nil)
        case .timeTimeAdd, .timeTimeAfter, .timeTimeBefore, .timeTimeEqual, .timeTimeUnix, .timeTimeUnixMilli:
            let a = arg(0).slots
            let ext = a.count > 1 ? int(a[1]) : 0
            switch lf {
            case .timeTimeAdd: ret(0, .agg([.int(0), .int(ext &+ int(arg(1))), .nil]))
            case .timeTimeUnix: ret(0, .int((1_700_000_000_000_000_000 + ext) / 1_000_000_000))
            case .timeTimeUnixMilli: ret(0, .int((1_700_000_000_000_000_000 + ext) / 1_000_000))
            default:
                let b = arg(1).slots
                let other = b.count > 1 ? int(b[1]) : 0
                ret(0, .bool(lf == .timeTimeAfter ? ext > other : lf == .timeTimeBefore ? ext < other : ext == other))
            }
        case .runtimeVersion:
            ret(0, .string(GoString(Array("go1.19.8".utf8))))
        case .timeParseDuration:
            let (d, e) = GoTime.parseDuration(bytes(0))
            ret(0, .int(d))
            ret(1, e.map { newErrorString(GoString(Array($0.utf8))) } ?? .nil)

        // ---- time.Duration rounding (time.go Round, Truncate, Abs)
        case .durationRound, .durationTruncate, .durationAbs:
            let d = int(arg(0))
            if lf == .durationAbs {
                ret(0, .int(d >= 0 ? d : (d == Int64.min ? Int64.max : -d)))
                return nil
            }
            let m = int(arg(1))
            if m <= 0 { ret(0, .int(d)); return nil }
            if lf == .durationTruncate { ret(0, .int(d - d % m)); return nil }
            func lessThanHalf(_ x: Int64, _ y: Int64) -> Bool { UInt64(bitPattern: x) &+ UInt64(bitPattern: x) < UInt64(bitPattern: y) }
            var r = d % m
            if d < 0 {
                r = -r
                if lessThanHalf(r, m) { ret(0, .int(d + r)); return nil }
                let (d1, o1) = d.subtractingReportingOverflow(m - r)
                ret(0, .int(!o1 && d1 < d ? d1 : Int64.min))
            } else {
                if lessThanHalf(r, m) { ret(0, .int(d - r)); return nil }
                let (d1, o1) = d.addingReportingOverflow(m - r)
                ret(0, .int(!o1 && d1 > d ? d1 : Int64.max))
            }

        // ---- errors
        case .errorsUnwrap:
            var host = VMErrorsHost(vm: self)
            let e = arg(0)
            let stash = stashState(&st)
            let r = GoErrors.unwrap(e, host: &host)
            unstashState(&st, stash)
            ret(0, r)
        case .errorsAs:
            return errorsAs(&st, base: base)

        // ---- math
        case .mathSqrt: ret(0, .float(GoMath.apply1(.sqrt, f(0))))
        case .mathAbs: ret(0, .float(GoMath.apply1(.abs, f(0))))
        case .mathFloor: ret(0, .float(GoMath.apply1(.floor, f(0))))
        case .mathCeil: ret(0, .float(GoMath.apply1(.ceil, f(0))))
        case .mathTrunc: ret(0, .float(GoMath.apply1(.trunc, f(0))))
        case .mathRound: ret(0, .float(GoMath.apply1(.round, f(0))))
        case .mathLog: ret(0, .float(GoMath.apply1(.log, f(0))))
        case .mathLog2: ret(0, .float(GoMath.apply1(.log2, f(0))))
        case .mathLog10: ret(0, .float(GoMath.apply1(.log10, f(0))))
        case .mathExp: ret(0, .float(GoMath.apply1(.exp, f(0))))
        case .mathSin: ret(0, .float(GoMath.apply1(.sin, f(0))))
        case .mathCos: ret(0, .float(GoMath.apply1(.cos, f(0))))
        case .mathTan: ret(0, .float(GoMath.apply1(.tan, f(0))))
        case .mathCbrt: ret(0, .float(GoMath.apply1(.cbrt, f(0))))
        case .mathAtan: ret(0, .float(GoMath.apply1(.atan, f(0))))
        case .mathMax: ret(0, .float(GoMath.max(f(0), f(1))))
        case .mathMin: ret(0, .float(GoMath.min(f(0), f(1))))
        case .mathPow: ret(0, .float(GoMath.pow(f(0), f(1))))
        case .mathMod: ret(0, .float(GoMath.mod(f(0), f(1))))
        case .mathHypot: ret(0, .float(GoMath.hypot(f(0), f(1))))
        case .mathAtan2: ret(0, .float(GoMath.atan2(f(0), f(1))))
        case .mathInf: ret(0, .float(GoMath.inf(int(arg(0)))))
        case .mathIsInf: ret(0, .bool(GoMath.isInf(f(0), int(arg(1)))))
        case .mathIsNaN: ret(0, .bool(f(0).isNaN))
        case .mathNaN: ret(0, .float(.nan))
        case .mathSignbit: ret(0, .bool(f(0).sign == .minus))
        case .mathPow10: ret(0, .float(GoMath.pow10(int(arg(0)))))

        // ---- unicode
        case .unicodeIsLetter, .unicodeIsDigit, .unicodeIsNumber, .unicodeIsSpace, .unicodeIsUpper,
             .unicodeIsLower, .unicodeIsPunct:
            let r = Int32(truncatingIfNeeded: int(arg(0)))
            let v: Bool
            switch lf {
            case .unicodeIsLetter: v = GoUnicode.isLetter(r)
            case .unicodeIsDigit: v = GoUnicode.isDigit(r)
            case .unicodeIsNumber: v = GoUnicode.isNumber(r)
            case .unicodeIsSpace: v = GoUnicode.isSpace(r)
            case .unicodeIsUpper: v = GoUnicode.isUpper(r)
            case .unicodeIsLower: v = GoUnicode.isLower(r)
            default: v = GoUnicode.isPunct(r)
            }
            ret(0, .bool(v))
        case .unicodeToUpper: ret(0, .int(Int64(GoUnicode.toUpper(Int32(truncatingIfNeeded: int(arg(0)))))))
        case .unicodeToLower: ret(0, .int(Int64(GoUnicode.toLower(Int32(truncatingIfNeeded: int(arg(0)))))))
        default: break
        }
        return nil
    }

    /// math/rand's top-level functions on Go 1.19's source (GoRand.swift),
    /// so seeded and unseeded programs draw exactly Go's numbers. Needs the
    /// interpreter to own a saved `GoRandSource` (see notes/confR.md).
    func callRand(_ st: inout GState, _ lf: LibFunc, base: Int, src: inout GoRandSource) -> RunStop? {
        @inline(__always) func arg(_ i: Int) -> Value { st.stack[base + i] }
        @inline(__always) func ret(_ i: Int, _ v: Value) { st.stack[base + i] = v }
        switch lf {
        case .randIntn:
            let n = int(arg(0))
            if n <= 0 { return raiseStop(&st, plainError("invalid argument to Intn")) }
            ret(0, .int(src.intn(n)))
        case .randInt: ret(0, .int(src.int()))
        case .randInt63: ret(0, .int(src.int63()))
        case .randFloat64: ret(0, .float(src.float64()))
        case .randSeed: src.seed(int(arg(0)))
        case .randPerm:
            let n = Int(int(arg(0)))
            if n < 0 { return raiseStop(&st, plainError("invalid argument to Perm")) }
            ret(0, allocSlice(src.perm(n).map { .int($0) }, type: intSliceType))
        case .randShuffle:
            let n = Int(int(arg(0)))
            if n < 0 { return raiseStop(&st, plainError("invalid argument to Shuffle")) }
            guard case .fn(let sf, let clo) = arg(1) else { return raiseStop(&st, nilDeref()) }
            var i = n - 1
            while i > 0 {
                let j = src.shuffleIndex(i)
                let r = callNested(&st, fn: Int(sf), closure: clo, args: [.int(Int64(i)), .int(Int64(j))])
                if let v = nestedPanicValue(r) { return raiseStop(&st, v) }
                i -= 1
            }
        default: break
        }
        return nil
    }

    enum SortCall { case value(Value), panicked(Value) }

    /// A sort.Interface method of the library's own types: *sort.reverse
    /// (forwards to the wrapped Interface, Less with i and j swapped) and
    /// IntSlice/StringSlice/Float64Slice (Go's Less: <, with NaNs first for floats).
    func sortMethod(_ st: inout GState, _ id: UInt16, _ recv: Value, _ args: [Value]) -> SortCall {
        guard let lf = LibFunc(rawValue: id) else { return .value(.nil) }
        func idx(_ k: Int) -> Int { Int(args[k].i) }
        switch lf {
        case .sortRevLen, .sortRevLess, .sortRevSwap:
            guard case .pointer(let o, let off) = recv else { return .panicked(nilDeref()) }
            let inner = heap.load(o, Int(off))
            let name = lf == .sortRevLen ? "Len" : lf == .sortRevLess ? "Less" : "Swap"
            let a = lf == .sortRevLess ? [args[1], args[0]] : args
            return callSortIface(&st, inner, name, a)
        case .sortIntSliceLen, .sortStringSliceLen, .sortFloat64SliceLen:
            if case .slice(_, _, let n, _) = recv { return .value(.int(Int64(n))) }
            return .value(.int(0))
        default: break
        }
        guard case .slice(let o, let off, let n, _) = recv else { return .panicked(nilDeref()) }
        let (i, j) = (idx(0), idx(1))
        if i < 0 || i >= Int(n) { return .panicked(boundsError("index out of range [\(i)] with length \(n)")) }
        if j < 0 || j >= Int(n) { return .panicked(boundsError("index out of range [\(j)] with length \(n)")) }
        let a = heap.load(o, Int(off) + i), b = heap.load(o, Int(off) + j)
        switch lf {
        case .sortIntSliceLess: return .value(.bool(a.i < b.i))
        case .sortStringSliceLess: return .value(.bool(a.str < b.str))
        case .sortFloat64SliceLess: return .value(.bool(a.f < b.f || (a.f.isNaN && !b.f.isNaN)))
        default:
            heapStore(o, Int(off) + i, b)
            heapStore(o, Int(off) + j, a)
            return .value(.nil)
        }
    }

    /// Call method `name` of a sort.Interface value (a Go method nested on
    /// this G, or one of the library's own).
    func callSortIface(_ st: inout GState, _ x: Value, _ name: String, _ args: [Value]) -> SortCall {
        guard let m = resolveMethod(x, name: name) else { return .panicked(nilDeref()) }
        switch m {
        case .user(let f, let recv):
            let r = callNested(&st, fn: Int(f), closure: .none, args: [recv] + args)
            if let v = nestedPanicValue(r) { return .panicked(v) }
            return .value(r?.first ?? .nil)
        case .lib(let id, let recv):
            return sortMethod(&st, id, recv, args)
        }
    }

    /// strings.Builder's bytes live as one string in its buf slot.
    func builderAppend(_ o: ObjRef, _ off: Int, _ add: [UInt8]) {
        var cur = heap.load(o, off + 1)
        if case .string = cur {} else { cur = .string(GoString()) }
        heapStore(o, off + 1, .string(GoString(cur.str.bytes + add)))
    }

    /// Fprint's `w.Write(p)`: *strings.Builder and *os.File directly, any
    /// other io.Writer through its Go Write method (with p a new []byte).
    /// Results (n int, err error) go to base, base+1.
    func writeTo(_ st: inout GState, _ w: Value, _ bytes: [UInt8], base: Int, nres: Int) -> RunStop? {
        guard case .iface(let t, let v) = w else { return raiseStop(&st, nilDeref()) }
        func done(_ n: Value, _ e: Value) {
            if nres > 0 { st.stack[base] = n }
            if nres > 1 { st.stack[base + 1] = e }
        }
        switch prog.types[t].name {
        case "*strings.Builder", "*bytes.Buffer":
            guard case .pointer(let o, let off) = v else { return raiseStop(&st, nilDeref()) }
            builderAppend(o, Int(off), bytes)
            done(.int(Int64(bytes.count)), .nil)
            return nil
        case "*os.File":
            guard case .pointer(let o, let off) = v else { return raiseStop(&st, nilDeref()) }
            done(.int(Int64(bytes.count)), .nil)
            return writeOutStop(Int(heap.load(o, Int(off)).i), bytes)
        default:
            guard let m = resolveMethod(w, name: "Write"), case .user(let f, let recv) = m else {
                return raiseStop(&st, nilDeref())
            }
            let bt = prog.types.types.firstIndex(where: { $0.kind == .slice && ($0.name == "[]uint8" || $0.name == "[]byte") })
                .map { RTypeID($0) } ?? intSliceType
            let p = allocSlice(bytes.map { .int(Int64($0)) }, type: bt)
            let r = callNested(&st, fn: Int(f), closure: .none, args: [recv, p])
            if let pv = nestedPanicValue(r) { return raiseStop(&st, pv) }
            done(r?.first ?? .int(0), (r?.count ?? 0) > 1 ? r![1] : .nil)
            return nil
        }
    }

    /// The *strconv.NumError for a failed parse (nil for success). Its Err
    /// is an *errors.errorString ("invalid syntax", "value out of range" …).
    func numError(_ e: StrconvNumError?) -> Value {
        guard let e = e else { return .nil }
        let reason = newErrorString(GoString(Array(e.reason.text.utf8)))
        guard let t = numErrorPtrType() else { return newErrorString(GoString(e.message)) }
        let o = allocSlots([.string(GoString(Array(e.fn.utf8))), .string(GoString(e.num)), reason], bytes: 48, noscan: false)
        return .iface(t, .pointer(o, 0))
    }

    /// *strconv.NumError's runtime type. When the program names the type
    /// (a type switch, errors.As), the compiler's lowering of that type is
    /// the one type assertions compare with, so it wins over the synthetic
    /// descriptor registered as prog.namedTypes["*strconv.NumError"].
    func numErrorPtrType() -> RTypeID? {
        let synthetic = prog.namedTypes["*strconv.NumError"]
        for (i, r) in prog.types.types.enumerated()
        where r.kind == .pointer && r.name == "*strconv.NumError" && RTypeID(i) != synthetic {
            return RTypeID(i)
        }
        return synthetic
    }

    /// (*strconv.NumError).Error: "strconv." + Func + ": parsing " + Quote(Num) + ": " + Err.Error().
    func numErrorText(_ recv: Value) -> GoString? {
        guard case .pointer(let o, let off) = recv else { return nil }
        let fn = heap.load(o, Int(off)).str.bytes, num = heap.load(o, Int(off) + 1).str.bytes
        var reason: [UInt8] = Array("<nil>".utf8)
        if case .iface(_, .pointer(let eo, let eoff)) = heap.load(o, Int(off) + 2) {
            reason = heap.load(eo, Int(eoff)).str.bytes
        }
        return GoString(Array("strconv.".utf8) + fn + Array(": parsing ".utf8) + Strconv.quote(num) + Array(": ".utf8) + reason)
    }

    /// errors.As(err, target): the first error in err's chain assignable to
    /// *target's type is stored there (Go 1.19 src/errors/wrap.go; no As methods).
    func errorsAs(_ st: inout GState, base: Int) -> RunStop? {
        let target = st.stack[base + 1]
        guard case .iface(let pt, let pv) = target, prog.types[pt].kind == .pointer,
              case .pointer(let o, let off) = pv else {
            return raiseStop(&st, plainError("errors: target must be a non-nil pointer"))
        }
        let elem = prog.types[pt].elem
        let elemIsIface = prog.types[elem].kind == .interface
        var err = st.stack[base]
        var host = VMErrorsHost(vm: self)
        while case .iface(let t, let v) = err {
            if elemIsIface ? implements(t, elem) : sameType(t, elem) {
                if elemIsIface {
                    heapStore(o, Int(off), err)
                } else {
                    let w = prog.types[elem].slotCount
                    if w == 1 { heapStore(o, Int(off), unboxed(v)) }
                    else if case .agg(let s) = v { heapStoreN(o, Int(off), s) }
                }
                st.stack[base] = .bool(true)
                return nil
            }
            let stash = stashState(&st)
            err = GoErrors.unwrap(err, host: &host)
            unstashState(&st, stash)
        }
        st.stack[base] = .bool(false)
        return nil
    }
}

extension Interpreter {
    /// Type identity across the lowering's duplicate descriptors: the same
    /// RTypeID, or two descriptors of one kind with the same qualified name
    /// (a library type may be lowered once by the compiler and once found
    /// by name, e.g. *strconv.NumError).
    func sameType(_ a: RTypeID, _ b: RTypeID) -> Bool {
        if a == b { return true }
        let x = prog.types[a], y = prog.types[b]
        return x.kind == y.kind && x.name == y.name && (x.named || x.kind == .pointer)
    }
}

/// sort.Sort's data: Len, Less and Swap are the Go methods of an interface value.
struct IfaceSortData: GoSortData {
    unowned let vm: Interpreter
    var st: GState
    let lenM: Interpreter.MethodTarget
    let lessM: Interpreter.MethodTarget
    let swapM: Interpreter.MethodTarget
    var n = 0
    /// Set when Len/Less/Swap panicked (re-raised in sort.Sort's caller).
    var panicked: Value? = nil
    var count: Int { n }
    mutating func call(_ m: Interpreter.MethodTarget, _ args: [Value]) -> Value? {
        guard panicked == nil else { return nil }
        switch m {
        case .user(let f, let recv):
            let r = vm.callNested(&st, fn: Int(f), closure: .none, args: [recv] + args)
            if let v = vm.nestedPanicValue(r) { panicked = v; return nil }
            return r?.first
        case .lib(let id, let recv):
            switch vm.sortMethod(&st, id, recv, args) {
            case .value(let v): return v
            case .panicked(let v): panicked = v; return nil
            }
        }
    }
    mutating func callLen() -> Int { Int(call(lenM, []).map { $0.i } ?? 0) }
    mutating func less(_ i: Int, _ j: Int) -> Bool { call(lessM, [.int(Int64(i)), .int(Int64(j))])?.b ?? false }
    mutating func swap(_ i: Int, _ j: Int) { _ = call(swapM, [.int(Int64(i)), .int(Int64(j))]) }
}
