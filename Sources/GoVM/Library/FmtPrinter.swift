// The printer: verb dispatch, value walking and the Printf driver.
// Models Go 1.19 src/fmt/print.go (type pp: printArg, printValue,
// handleMethods, catchPanic, badVerb, fmtInteger/fmtFloat/fmtString/
// fmtBytes/fmtPointer, doPrintf, doPrint, doPrintln, argNumber,
// intFromArg). reflect is replaced by RTypeTable descriptors plus the
// FormatHost (heap reads, addresses, method calls). Leaves out Formatter
// and complex numbers.
import GoRuntime

struct GoPrinter<H: FormatHost> {
    var host: H
    /// The type descriptors, captured once (fields are read in place, never copied out whole).
    let rtypes: [RType]
    var fmt = GoFmtState()
    /// Go's p.arg (the operand whose methods may be called) and p.value.
    var arg: FmtItem? = nil
    var value: FmtItem? = nil
    var reordered = false
    var goodArgNum = true
    var panicking = false
    var erroring = false
    var wrapErrs = false
    var wrappedErr: FmtItem? = nil

    init(host: H) {
        self.host = host
        self.rtypes = host.types.types
        fmt.buf.reserveCapacity(64)
    }

    // MARK: type helpers (the reflect stand-ins)

    /// Index of the descriptor that carries a type's structure (its underlying type's).
    @inline(__always) func sid(_ t: RTypeID) -> Int {
        let u = rtypes[Int(t)].underlying
        return (u >= 0 && u != t) ? Int(u) : Int(t)
    }
    /// The descriptor that carries a type's structure (a copy: composite paths only).
    @inline(__always) func shape(_ t: RTypeID) -> RType { rtypes[sid(t)] }
    /// reflect.Kind of a type.
    @inline(__always) func kindOf(_ t: RTypeID) -> RKind { rtypes[sid(t)].kind }
    @inline(__always) func slotCount(_ t: RTypeID) -> Int { rtypes[Int(t)].slotCount }
    @inline(__always) func typeName(_ t: RTypeID) -> [UInt8] { reflectTypeString(rtypes[Int(t)].name) }

    /// reflect's Type.String spelling: the empty interface is "interface {}"
    /// (with a space) wherever it appears, e.g. "[]interface {}".
    func reflectTypeString(_ name: String) -> [UInt8] {
        let b = Array(name.utf8)
        let pat = Array("interface{}".utf8)
        guard b.count >= pat.count else { return b }
        var out: [UInt8] = []
        out.reserveCapacity(b.count + 2)
        var i = 0
        while i < b.count {
            if b[i] == pat[0] && i + pat.count <= b.count && Array(b[i ..< i + pat.count]) == pat {
                out.append(contentsOf: Array("interface {}".utf8))
                i += pat.count
            } else {
                out.append(b[i]); i += 1
            }
        }
        return out
    }

    func intValue(_ v: Value, _ k: RKind) -> Int64 {
        let i = v.i
        switch k {
        case .int8: return Int64(Int8(truncatingIfNeeded: i))
        case .int16: return Int64(Int16(truncatingIfNeeded: i))
        case .int32: return Int64(Int32(truncatingIfNeeded: i))
        default: return i
        }
    }
    func uintValue(_ v: Value, _ k: RKind) -> UInt64 {
        let u = UInt64(bitPattern: v.i)
        switch k {
        case .uint8: return u & 0xFF
        case .uint16: return u & 0xFFFF
        case .uint32: return u & 0xFFFF_FFFF
        default: return u
        }
    }

    /// Rebuild a value of type t from its flat slots.
    func fromSlots(_ slots: ArraySlice<Value>, _ t: RTypeID) -> Value {
        let k = rtypes[Int(t)].kind
        if k != .struct && k != .array { return slots.first ?? .nil }
        return .agg(Array(slots))
    }

    /// Field i of struct item a (t = its shape).
    func field(_ a: FmtItem, _ t: RType, _ i: Int) -> FmtItem {
        let f = t.fields[i]
        let n = slotCount(f.type)
        let slots = a.value.slots
        let lo = min(f.slot, slots.count)
        let v = fromSlots(slots[lo..<min(f.slot + n, slots.count)], f.type)
        return FmtItem(type: f.type, value: v, canInterface: a.canInterface && f.isExported)
    }

    /// Element i of array item a (t = its shape).
    func element(_ a: FmtItem, _ t: RType, _ i: Int) -> FmtItem {
        let n = slotCount(t.elem)
        let slots = a.value.slots
        let lo = min(i * n, slots.count)
        let v = fromSlots(slots[lo..<min((i + 1) * n, slots.count)], t.elem)
        return FmtItem(type: t.elem, value: v, canInterface: a.canInterface)
    }

    /// Elements of a slice value of shape t.
    func sliceElements(_ a: FmtItem, _ t: RType) -> [FmtItem] {
        guard case .slice(let obj, let off, let len, _) = a.value, len > 0 else { return [] }
        let n = slotCount(t.elem)
        let slots = host.loadSlots(obj, from: Int(off), count: Int(len) * n)
        var out: [FmtItem] = []
        out.reserveCapacity(Int(len))
        for i in 0..<Int(len) {
            let lo = min(i * n, slots.count), hi = min((i + 1) * n, slots.count)
            out.append(FmtItem(type: t.elem, value: fromSlots(slots[lo..<hi], t.elem), canInterface: a.canInterface))
        }
        return out
    }

    /// reflect.Value.Pointer: the simulated address, 0 for nil.
    func pointerValue(_ a: FmtItem) -> UInt64 {
        if case .nil = a.value { return 0 }
        return host.address(of: a.value, type: a.type)
    }

    // MARK: output helpers

    @inline(__always) mutating func writeString(_ s: String) { fmt.buf.append(contentsOf: s.utf8) }
    @inline(__always) mutating func writeRune(_ r: Unicode.Scalar) { GoUTF8.appendRune(&fmt.buf, Int32(r.value)) }

    // MARK: pp methods

    // badVerb: %!verb(type=value)
    mutating func badVerb(_ verb: Unicode.Scalar) {
        erroring = true
        writeString("%!")
        writeRune(verb)
        fmt.buf.append(UInt8(ascii: "("))
        if let a = arg {
            fmt.buf.append(contentsOf: typeName(a.type))
            fmt.buf.append(UInt8(ascii: "="))
            printArg(a, "v")
        } else if let v = value {
            fmt.buf.append(contentsOf: typeName(v.type))
            fmt.buf.append(UInt8(ascii: "="))
            printValue(v, "v", depth: 0)
        } else {
            writeString("<nil>")
        }
        fmt.buf.append(UInt8(ascii: ")"))
        erroring = false
    }

    mutating func fmtBool(_ v: Bool, _ verb: Unicode.Scalar) {
        switch verb {
        case "t", "v": fmt.fmtBoolean(v)
        default: badVerb(verb)
        }
    }

    // fmt0x64: hex with or without the 0x prefix.
    mutating func fmt0x64(_ v: UInt64, leading0x: Bool) {
        let sharp = fmt.f.sharp
        fmt.f.sharp = leading0x
        fmt.fmtInteger(v, base: 16, isSigned: false, verb: UInt8(ascii: "v"), digits: ldigits)
        fmt.f.sharp = sharp
    }

    mutating func fmtInteger(_ v: UInt64, isSigned: Bool, _ verb: Unicode.Scalar) {
        switch verb {
        case "v":
            if fmt.f.sharpV && !isSigned {
                fmt0x64(v, leading0x: true)
            } else {
                fmt.fmtInteger(v, base: 10, isSigned: isSigned, verb: UInt8(ascii: "v"), digits: ldigits)
            }
        case "d": fmt.fmtInteger(v, base: 10, isSigned: isSigned, verb: UInt8(ascii: "d"), digits: ldigits)
        case "b": fmt.fmtInteger(v, base: 2, isSigned: isSigned, verb: UInt8(ascii: "b"), digits: ldigits)
        case "o", "O": fmt.fmtInteger(v, base: 8, isSigned: isSigned, verb: UInt8(verb.value), digits: ldigits)
        case "x": fmt.fmtInteger(v, base: 16, isSigned: isSigned, verb: UInt8(ascii: "x"), digits: ldigits)
        case "X": fmt.fmtInteger(v, base: 16, isSigned: isSigned, verb: UInt8(ascii: "X"), digits: udigits)
        case "c": fmt.fmtC(v)
        case "q": fmt.fmtQc(v)
        case "U": fmt.fmtUnicode(v)
        default: badVerb(verb)
        }
    }

    mutating func fmtFloat(_ v: Double, size: Int, _ verb: Unicode.Scalar) {
        switch verb {
        case "v": fmt.fmtFloat(v, size: size, verb: UInt8(ascii: "g"), prec: -1)
        case "b", "g", "G", "x", "X": fmt.fmtFloat(v, size: size, verb: UInt8(verb.value), prec: -1)
        case "f", "e", "E": fmt.fmtFloat(v, size: size, verb: UInt8(verb.value), prec: 6)
        case "F": fmt.fmtFloat(v, size: size, verb: UInt8(ascii: "f"), prec: 6)
        default: badVerb(verb)
        }
    }

    mutating func fmtString(_ v: [UInt8], _ verb: Unicode.Scalar) {
        switch verb {
        case "v":
            if fmt.f.sharpV { fmt.fmtQ(v) } else { fmt.fmtS(v) }
        case "s": fmt.fmtS(v)
        case "x": fmt.fmtSbx(v, digits: ldigits)
        case "X": fmt.fmtSbx(v, digits: udigits)
        case "q": fmt.fmtQ(v)
        default: badVerb(verb)
        }
    }

    // fmtBytes: %s %q %x %X of a byte slice or array.
    mutating func fmtBytes(_ v: [UInt8], _ verb: Unicode.Scalar) {
        switch verb {
        case "s": fmt.fmtS(v)
        case "x": fmt.fmtSbx(v, digits: ldigits)
        case "X": fmt.fmtSbx(v, digits: udigits)
        default: fmt.fmtQ(v)  // "q"
        }
    }

    mutating func fmtPointer(_ item: FmtItem, _ verb: Unicode.Scalar) {
        switch kindOf(item.type) {
        case .chan, .func, .map, .pointer, .slice, .unsafePointer: break
        default:
            badVerb(verb)
            return
        }
        let u = pointerValue(item)
        switch verb {
        case "v":
            if fmt.f.sharpV {
                fmt.buf.append(UInt8(ascii: "("))
                fmt.buf.append(contentsOf: typeName(item.type))
                writeString(")(")
                if u == 0 { writeString("nil") } else { fmt0x64(u, leading0x: true) }
                fmt.buf.append(UInt8(ascii: ")"))
            } else {
                if u == 0 { fmt.padString("<nil>") } else { fmt0x64(u, leading0x: !fmt.f.sharp) }
            }
        case "p": fmt0x64(u, leading0x: !fmt.f.sharp)
        case "b", "o", "d", "x", "X": fmtInteger(u, isSigned: false, verb)
        default: badVerb(verb)
        }
    }

    // handleMethods: call Error() or String() when the operand has it.
    mutating func handleMethods(_ verbIn: Unicode.Scalar) -> Bool {
        if erroring { return false }
        guard let a = arg else { return false }
        var verb = verbIn
        if verb == "w" {
            // It is invalid to use %w other than with Errorf, more than once,
            // or with a non-error arg.
            let isError = host.stringMethod("Error", of: a.type) != nil
            if !isError || !wrapErrs || wrappedErr != nil {
                wrappedErr = nil
                wrapErrs = false
                badVerb(verb)
                return true
            }
            wrappedErr = a
            verb = "v"
        }
        if fmt.f.sharpV {
            // Is it a GoStringer?
            guard let m = host.stringMethod("GoString", of: a.type) else { return false }
            switch host.callStringMethod(m, receiver: a.value, type: a.type) {
            case .returned(let s): fmt.fmtS(s.bytes)
            case .panicked(let pv): catchPanic(a, verb, "GoString", pv)
            }
            return true
        }
        switch verb {
        case "v", "s", "x", "X", "q":
            let name: String
            let m: RMethod
            if let e = host.stringMethod("Error", of: a.type) {
                name = "Error"; m = e
            } else if let s = host.stringMethod("String", of: a.type) {
                name = "String"; m = s
            } else {
                return false
            }
            switch host.callStringMethod(m, receiver: a.value, type: a.type) {
            case .returned(let s):
                fmtString(s.bytes, verb)
            case .panicked(let pv):
                catchPanic(a, verb, name, pv)
            }
            return true
        default:
            return false
        }
    }

    // catchPanic: a method called by fmt panicked.
    mutating func catchPanic(_ a: FmtItem, _ verb: Unicode.Scalar, _ method: String, _ pv: Value) {
        if kindOf(a.type) == .pointer, case .nil = a.value {
            // A nil receiver that panics prints "<nil>".
            writeString("<nil>")
            return
        }
        let old = fmt
        fmt.clearflags()
        writeString("%!")
        writeRune(verb)
        writeString("(PANIC=")
        writeString(method)
        writeString(" method: ")
        panicking = true
        printArg(Fmt.item(pv), "v")
        panicking = false
        fmt.buf.append(UInt8(ascii: ")"))
        fmt.f = old.f
        fmt.wid = old.wid
        fmt.prec = old.prec
    }

    // printArg: format one operand (an interface value's dynamic part).
    mutating func printArg(_ a: FmtItem?, _ verb: Unicode.Scalar) {
        arg = a
        value = nil
        guard let a else {
            switch verb {
            case "T", "v": fmt.padString("<nil>")
            default: badVerb(verb)
            }
            return
        }
        switch verb {
        case "T":
            fmt.fmtS(typeName(a.type))
            return
        case "p":
            fmtPointer(a, "p")
            return
        default: break
        }
        // Go's type switch formats unnamed basic types (and []byte) directly,
        // without handleMethods; everything else goes through it (it only
        // matters with methods, or for %w, which it rejects).
        let r = rtypes[Int(a.type)]
        let direct = !r.named && (r.kind.rawValue <= RKind.complex128.rawValue || r.kind == .string
            || (r.kind == .slice && kindOf(r.elem) == .uint8 && !rtypes[Int(r.elem)].named))
        if !direct && (!r.methods.isEmpty || verb == "w") {
            if handleMethods(verb) { return }
        }
        // fmtBytes: a top-level []byte under %#v is written as []byte{…}
        // (nested ones print their reflect type, []uint8).
        if direct && r.kind == .slice && fmt.f.sharpV && (verb == "v" || verb == "d") {
            writeString("[]byte")
            if case .nil = a.value {
                writeString("(nil)")
                return
            }
            fmt.buf.append(UInt8(ascii: "{"))
            for (i, e) in sliceElements(a, r).enumerated() {
                if i > 0 { writeString(", ") }
                fmt0x64(UInt64(UInt8(truncatingIfNeeded: e.value.i)), leading0x: true)
            }
            fmt.buf.append(UInt8(ascii: "}"))
            return
        }
        printValue(a, verb, depth: 0)
    }

    // printValue: walk a value like Go's reflect-based printer.
    mutating func printValue(_ item: FmtItem, _ verb: Unicode.Scalar, depth: Int) {
        // Handle values with special methods if not already handled by printArg (depth == 0).
        if depth > 0 && item.canInterface && (!rtypes[Int(item.type)].methods.isEmpty || verb == "w") {
            arg = item
            if handleMethods(verb) { return }
        }
        arg = nil
        value = item
        let si = sid(item.type)
        let kind = rtypes[si].kind
        switch kind {
        case .bool:
            fmtBool(item.value.b, verb)
        case .int, .int8, .int16, .int32, .int64:
            fmtInteger(UInt64(bitPattern: intValue(item.value, kind)), isSigned: true, verb)
        case .uint, .uint8, .uint16, .uint32, .uint64, .uintptr:
            fmtInteger(uintValue(item.value, kind), isSigned: false, verb)
        case .float32:
            fmtFloat(item.value.f, size: 32, verb)
        case .float64:
            fmtFloat(item.value.f, size: 64, verb)
        case .string:
            fmtString(item.value.str.bytes, verb)
        case .map:
            let t = rtypes[si]
            if fmt.f.sharpV {
                fmt.buf.append(contentsOf: typeName(item.type))
                if case .nil = item.value {
                    writeString("(nil)")
                    return
                }
                fmt.buf.append(UInt8(ascii: "{"))
            } else {
                writeString("map[")
            }
            if case .map(let obj) = item.value {
                let sorted = sortedMap(host.loadMap(obj), keyType: t.key, elemType: t.elem)
                for (i, e) in sorted.enumerated() {
                    if i > 0 {
                        if fmt.f.sharpV { writeString(", ") } else { fmt.buf.append(32) }
                    }
                    printValue(FmtItem(type: e.key.type, value: e.key.value, canInterface: item.canInterface), verb, depth: depth + 1)
                    fmt.buf.append(UInt8(ascii: ":"))
                    printValue(FmtItem(type: e.value.type, value: e.value.value, canInterface: item.canInterface), verb, depth: depth + 1)
                }
            }
            fmt.buf.append(fmt.f.sharpV ? UInt8(ascii: "}") : UInt8(ascii: "]"))
        case .struct:
            let t = rtypes[si]
            if fmt.f.sharpV { fmt.buf.append(contentsOf: typeName(item.type)) }
            fmt.buf.append(UInt8(ascii: "{"))
            for i in 0..<t.fields.count {
                if i > 0 {
                    if fmt.f.sharpV { writeString(", ") } else { fmt.buf.append(32) }
                }
                if fmt.f.plusV || fmt.f.sharpV {
                    let name = t.fields[i].name
                    if !name.isEmpty {
                        writeString(name)
                        fmt.buf.append(UInt8(ascii: ":"))
                    }
                }
                printValue(field(item, t, i), verb, depth: depth + 1)
            }
            fmt.buf.append(UInt8(ascii: "}"))
        case .interface:
            if case .iface(let dt, let dv) = item.value {
                printValue(FmtItem(type: dt, value: dv, canInterface: item.canInterface), verb, depth: depth + 1)
            } else if fmt.f.sharpV {
                fmt.buf.append(contentsOf: typeName(item.type))
                writeString("(nil)")
            } else {
                writeString("<nil>")
            }
        case .array, .slice:
            let t = rtypes[si]
            let elems: [FmtItem]
            if t.kind == .array {
                elems = (0..<t.len).map { element(item, t, $0) }
            } else {
                elems = sliceElements(item, t)
            }
            switch verb {
            case "s", "q", "x", "X":
                // Handle byte and uint8 slices and arrays special for the above verbs.
                if kindOf(t.elem) == .uint8 {
                    fmtBytes(elems.map { UInt8(truncatingIfNeeded: $0.value.i) }, verb)
                    return
                }
            default: break
            }
            if fmt.f.sharpV {
                fmt.buf.append(contentsOf: typeName(item.type))
                if t.kind == .slice, case .nil = item.value {
                    writeString("(nil)")
                    return
                }
                fmt.buf.append(UInt8(ascii: "{"))
                for (i, e) in elems.enumerated() {
                    if i > 0 { writeString(", ") }
                    printValue(e, verb, depth: depth + 1)
                }
                fmt.buf.append(UInt8(ascii: "}"))
            } else {
                fmt.buf.append(UInt8(ascii: "["))
                for (i, e) in elems.enumerated() {
                    if i > 0 { fmt.buf.append(32) }
                    printValue(e, verb, depth: depth + 1)
                }
                fmt.buf.append(UInt8(ascii: "]"))
            }
        case .pointer:
            let t = rtypes[si]
            // Pointer to array or slice or struct? ok at top level but not
            // embedded (avoid loops).
            if depth == 0, case .pointer(let obj, let slot) = item.value {
                switch kindOf(t.elem) {
                case .array, .slice, .struct, .map:
                    let n = slotCount(t.elem)
                    let slots = host.loadSlots(obj, from: Int(slot), count: n)
                    fmt.buf.append(UInt8(ascii: "&"))
                    printValue(FmtItem(type: t.elem, value: fromSlots(slots[...], t.elem), canInterface: item.canInterface),
                               verb, depth: depth + 1)
                    return
                default: break
                }
            }
            fmtPointer(item, verb)
        case .chan, .func, .unsafePointer:
            fmtPointer(item, verb)
        default:
            fmt.buf.append(UInt8(ascii: "?"))
            fmt.buf.append(contentsOf: typeName(item.type))
            fmt.buf.append(UInt8(ascii: "?"))
        }
    }
}
