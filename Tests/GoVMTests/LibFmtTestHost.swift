// A FormatHost for tests: a small type table mirroring the Go types of the
// table generator (LibFmtTableData.swift), a dictionary heap, fake
// addresses, and Go methods written in Swift (errors.errorString.Error,
// main.celsius.String, main.panicky.String, (*main.nilErr).Error,
// main.gs.GoString).
import GoRuntime
@testable import GoVM

struct LibTestHost: FormatHost {
    var types = RTypeTable()
    var objects: [UInt64: [Value]] = [:]
    var maps: [UInt64: GoMap] = [:]
    var nextObj: UInt64 = 1
    var ids: [String: RTypeID] = [:]

    func loadSlots(_ obj: ObjRef, from: Int, count: Int) -> [Value] {
        Array(objects[obj.raw]![from..<(from + count)])
    }
    func loadMap(_ obj: ObjRef) -> GoMap { maps[obj.raw]! }
    func address(of value: Value, type: RTypeID) -> UInt64 {
        switch value {
        case .pointer(let o, let s): return 0xc000010000 + o.raw * 0x100 + UInt64(s) * 8
        case .slice(let o, let off, _, _): return 0xc000010000 + o.raw * 0x100 + UInt64(off) * 8
        case .map(let o): return 0xc000010000 + o.raw * 0x100
        case .chan(let c): return 0xc000020000 + UInt64(c) * 0x60
        case .fn(let f, _): return 0x47b000 + UInt64(f) * 0x20
        default: return 0
        }
    }
    mutating func callStringMethod(_ method: RMethod, receiver: Value, type: RTypeID) -> FmtMethodResult {
        switch method.fn {
        case 0:  // (*errors.errorString).Error
            guard case .pointer(let o, let s) = receiver else { return .panicked(nilDeref) }
            return .returned(loadSlots(o, from: Int(s), count: 1)[0].str)
        case 1:  // main.celsius.String: fmt.Sprintf("%.1f°C", float64(c))
            return .returned(Fmt.sprintf("%.1f°C", [.iface(t("float64"), receiver)], host: &self))
        case 2:  // main.panicky.String: panic("boom")
            return .panicked(.iface(t("string"), .string("boom")))
        case 4:  // main.gs.GoString: return "GS!"
            return .returned("GS!")
        case 3:  // (*main.nilErr).Error: return e.msg
            guard case .pointer(let o, let s) = receiver else { return .panicked(nilDeref) }
            return .returned(loadSlots(o, from: Int(s), count: 1)[0].str)
        default:
            fatalError("unknown method")
        }
    }
    var nilDeref: Value { .iface(t("string"), .string("runtime error: invalid memory address or nil pointer dereference")) }

    func t(_ name: String) -> RTypeID { ids[name]! }

    @discardableResult
    mutating func add(_ name: String, _ kind: RKind, named: Bool = false, elem: String? = nil, key: String? = nil,
                      len: Int = 0, fields: [(String, String)] = [], methods: [RMethod] = [],
                      underlying: String? = nil) -> RTypeID {
        var rfields: [RField] = []
        var slot = 0
        for (fname, ftype) in fields {
            rfields.append(RField(name: fname, type: t(ftype), slot: slot, offset: slot * 8))
            slot += types[t(ftype)].slotCount
        }
        var slots = 1
        if kind == .struct { slots = slot }
        if kind == .array { slots = len * types[t(elem!)].slotCount }
        let id = types.add(RType(kind: kind, name: name, named: named, elem: elem.map { t($0) } ?? -1,
                                 key: key.map { t($0) } ?? -1, len: len, fields: rfields, methods: methods,
                                 size: 8, align: 8, slotCount: slots, ptrdata: 0,
                                 underlying: underlying.map { t($0) } ?? -1))
        ids[name] = id
        return id
    }

    init() {
        for (n, k) in [("int", RKind.int), ("int8", .int8), ("int16", .int16), ("int32", .int32), ("int64", .int64),
                       ("uint", .uint), ("uint8", .uint8), ("uint16", .uint16), ("uint32", .uint32), ("uint64", .uint64),
                       ("uintptr", .uintptr), ("float32", .float32), ("float64", .float64), ("bool", .bool),
                       ("string", .string)] {
            add(n, k)
        }
        add("interface {}", .interface)
        add("error", .interface, named: true)
        add("[]int", .slice, elem: "int")
        add("[3]int", .array, elem: "int", len: 3)
        add("[]string", .slice, elem: "string")
        add("[]uint8", .slice, elem: "uint8")
        add("[]interface {}", .slice, elem: "interface {}")
        add("main.point", .struct, named: true, fields: [("X", "int"), ("Y", "int")])
        add("*main.point", .pointer, elem: "main.point")
        add("map[string]int", .map, elem: "int", key: "string")
        add("map[int]string", .map, elem: "string", key: "int")
        add("errors.errorString", .struct, named: true, fields: [("s", "string")])
        add("*errors.errorString", .pointer, elem: "errors.errorString",
            methods: [RMethod(name: "Error", fn: 0, pointerReceiver: true)])
        add("main.celsius", .float64, named: true, methods: [RMethod(name: "String", fn: 1, pointerReceiver: false)],
            underlying: "float64")
        add("main.wrapper", .struct, named: true, fields: [("c", "main.celsius"), ("C", "main.celsius")])
        add("main.node", .struct, named: true, fields: [("val", "int")])
        add("*main.node", .pointer, elem: "main.node")
        // Complete the recursive main.node { val int; next *main.node }.
        types.types[Int(t("main.node"))].fields.append(RField(name: "next", type: t("*main.node"), slot: 1, offset: 8))
        types.types[Int(t("main.node"))].slotCount = 2
        add("main.panicky", .int, named: true, methods: [RMethod(name: "String", fn: 2, pointerReceiver: false)],
            underlying: "int")
        add("main.gs", .int, named: true, methods: [RMethod(name: "GoString", fn: 4, pointerReceiver: false)],
            underlying: "int")
        add("[]main.gs", .slice, elem: "main.gs")
        add("main.nilErr", .struct, named: true, fields: [("msg", "string")])
        add("*main.nilErr", .pointer, elem: "main.nilErr", methods: [RMethod(name: "Error", fn: 3, pointerReceiver: true)])
    }

    mutating func alloc(_ slots: [Value]) -> ObjRef {
        let o = ObjRef(raw: nextObj)
        nextObj += 1
        objects[o.raw] = slots
        return o
    }

    mutating func newMap(_ m: GoMap) -> ObjRef {
        let o = ObjRef(raw: nextObj)
        nextObj += 1
        maps[o.raw] = m
        return o
    }

    /// errors.New(text) as an interface value.
    mutating func errorsNew(_ text: String) -> Value {
        .iface(t("*errors.errorString"), .pointer(alloc([.string(GoString(text))]), 0))
    }

    mutating func slice(_ elems: [Value]) -> Value {
        .slice(alloc(elems), off: 0, len: UInt32(elems.count), cap: UInt32(elems.count))
    }

    // MARK: the argument DSL of the Go table generator

    static func hexBytes(_ s: Substring) -> [UInt8] {
        var out: [UInt8] = []
        var i = s.startIndex
        while i < s.endIndex {
            let j = s.index(i, offsetBy: 2)
            out.append(UInt8(s[i..<j], radix: 16)!)
            i = j
        }
        return out
    }

    static func double(_ s: Substring) -> Double {
        switch s {
        case "+Inf": return .infinity
        case "-Inf": return -.infinity
        case "NaN": return .nan
        default: return Double(String(s))!
        }
    }

    mutating func parse(_ tok: Substring) -> Value {
        if tok == "nil" || tok == "nil:" { return .nil }
        let parts = tok.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        let k = parts[0]
        let v = parts.count > 1 ? parts[1] : ""
        func ints(_ s: Substring) -> [Value] { s.split(separator: ",").map { .int(Int64($0)!) } }
        switch k {
        case "i": return .iface(t("int"), .int(Int64(v)!))
        case "i8": return .iface(t("int8"), .int(Int64(v)!))
        case "i16": return .iface(t("int16"), .int(Int64(v)!))
        case "i32", "r": return .iface(t("int32"), .int(Int64(v)!))
        case "i64": return .iface(t("int64"), .int(Int64(v)!))
        case "u": return .iface(t("uint"), .int(Int64(bitPattern: UInt64(v)!)))
        case "u8": return .iface(t("uint8"), .int(Int64(v)!))
        case "u16": return .iface(t("uint16"), .int(Int64(v)!))
        case "u32": return .iface(t("uint32"), .int(Int64(v)!))
        case "u64": return .iface(t("uint64"), .int(Int64(bitPattern: UInt64(v)!)))
        case "uptr": return .iface(t("uintptr"), .int(Int64(v)!))
        case "f": return .iface(t("float64"), .float(LibTestHost.double(v)))
        case "f32": return .iface(t("float32"), .float(Double(Float(LibTestHost.double(v)))))
        case "t": return .iface(t("bool"), .bool(v == "true"))
        case "s": return .iface(t("string"), .string(GoString(String(v))))
        case "sx": return .iface(t("string"), .string(GoString(LibTestHost.hexBytes(v))))
        case "si": return .iface(t("[]int"), slice(ints(v)))
        case "ni": return .iface(t("[]int"), .nil)
        case "ai": return .iface(t("[3]int"), .agg(ints(v)))
        case "ss": return .iface(t("[]string"), slice(v.split(separator: ",").map { .string(GoString(String($0))) }))
        case "sb": return .iface(t("[]uint8"), slice(LibTestHost.hexBytes(v).map { .int(Int64($0)) }))
        case "pt": return .iface(t("main.point"), .agg(ints(v)))
        case "ppt": return .iface(t("*main.point"), .pointer(alloc(ints(v)), 0))
        case "nilpt": return .iface(t("*main.point"), .nil)
        case "msi", "mis":
            var m = GoMap()
            for kv in v.split(separator: ",") {
                let p = kv.split(separator: "=", omittingEmptySubsequences: false)
                if k == "msi" {
                    m.set(.string(GoString(String(p[0]))), .int(Int64(p[1])!))
                } else {
                    m.set(.int(Int64(p[0])!), .string(GoString(String(p[1]))))
                }
            }
            return .iface(t(k == "msi" ? "map[string]int" : "map[int]string"), .map(newMap(m)))
        case "nm": return .iface(t("map[string]int"), .nil)
        case "err": return errorsNew(String(v))
        case "cel": return .iface(t("main.celsius"), .float(LibTestHost.double(v)))
        case "wrap":
            let x = v.split(separator: ",").map { Value.float(LibTestHost.double($0)) }
            return .iface(t("main.wrapper"), .agg(x))
        case "node": return .iface(t("main.node"), .agg([.int(Int64(v)!), .nil]))
        case "pan": return .iface(t("main.panicky"), .int(Int64(v)!))
        case "nilerr": return .iface(t("*main.nilErr"), .nil)
        case "nerr": return .iface(t("*main.nilErr"), .pointer(alloc([.string(GoString(String(v)))]), 0))
        case "sa":
            var elems: [Value] = []
            for e in v.split(separator: ",") {
                var sub = String(e)
                if let r = sub.firstIndex(of: "=") { sub.replaceSubrange(r...r, with: ":") }
                elems.append(parse(sub[...]))
            }
            return .iface(t("[]interface {}"), slice(elems))
        default:
            fatalError("bad token \(tok)")
        }
    }

    mutating func parseArgs(_ s: Substring) -> [Value] {
        s.isEmpty ? [] : s.split(separator: ";", omittingEmptySubsequences: false).map { parse($0) }
    }
}
