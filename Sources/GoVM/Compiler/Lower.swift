// Lowering the checker's types to runtime type descriptors (RType), with
// flattened slot layouts, method tables for dynamic dispatch and Go's %T names.
import GoFrontend
import GoRuntime

/// Maps checker types to runtime descriptors (memoised).
struct TypeLowering {
    var table = RTypeTable()
    var memo: [Int32: RTypeID] = [:]
    var byName: [String: RTypeID] = [:]
    /// Promoted methods waiting for their wrapper: (type, method index, checker type, name, selection).
    var pendingPromoted: [(RTypeID, Int, TypeID, String, MethodSelection)] = []
    let tt: TypeTable

    init(_ tt: TypeTable) { self.tt = tt }

    func kindOf(_ t: TypeID) -> RKind {
        switch tt.under(t) {
        case .basic(let b):
            switch b {
            case .bool, .untypedBool: return .bool
            case .int, .untypedInt: return .int
            case .int8: return .int8
            case .int16: return .int16
            case .int32, .untypedRune: return .int32
            case .int64: return .int64
            case .uint: return .uint
            case .uint8: return .uint8
            case .uint16: return .uint16
            case .uint32: return .uint32
            case .uint64: return .uint64
            case .uintptr: return .uintptr
            case .float32: return .float32
            case .float64, .untypedFloat: return .float64
            case .complex64: return .complex64
            case .complex128: return .complex128
            case .string, .untypedString: return .string
            case .unsafePointer: return .unsafePointer
            case .untypedNil: return .untypedNil
            case .invalid: return .invalid
            }
        case .pointer: return .pointer
        case .array: return .array
        case .slice: return .slice
        case .map: return .map
        case .chan: return .chan
        case .structure: return .struct
        case .function: return .func
        case .interface: return .interface
        case .named, .tuple: return .invalid
        }
    }

    /// Number of flattened slots of a type.
    func slots(_ t: TypeID) -> Int {
        switch tt.under(t) {
        case .structure(let fs): return fs.reduce(0) { $0 + slots($1.type) }
        case .array(let e, let n): return Int(n) * slots(e)
        default: return 1
        }
    }

    /// (slot offset, width) of field index `i` of struct type t.
    func fieldSlot(_ t: TypeID, _ i: Int) -> (Int, Int) {
        guard case .structure(let fs) = tt.under(t) else { return (0, 1) }
        var off = 0
        for k in 0..<i { off += slots(fs[k].type) }
        return (off, slots(fs[i].type))
    }

    mutating func lower(_ t: TypeID) -> RTypeID {
        if t.raw < 0 { return -1 }
        if let r = memo[t.raw] { return r }
        // Reserve the id first (recursive types: type Node struct{ next *Node }).
        let id = table.add(RType(kind: .invalid, name: "", size: 0, align: 1, slotCount: 1, ptrdata: 0))
        memo[t.raw] = id
        let k = kindOf(t)
        let lay = tt.layout(t)
        var r = RType(kind: k, name: tt.reflectString(t), named: tt.isNamed(t),
                      size: lay.size, align: lay.align, slotCount: slots(t), ptrdata: lay.ptrdata)
        switch tt.under(t) {
        case .pointer(let e): r.elem = lower(e)
        case .slice(let e): r.elem = lower(e)
        case .array(let e, let n): r.elem = lower(e); r.len = Int(n)
        case .map(let kt, let vt): r.key = lower(kt); r.elem = lower(vt)
        case .chan(let d, let e):
            r.elem = lower(e)
            r.chanDir = d == .both ? .both : (d == .send ? .send : .recv)
        case .structure(let fs):
            var slot = 0
            for f in fs {
                let ft = lower(f.type)
                r.fields.append(RField(name: f.name, type: ft, slot: slot, offset: f.offset, embedded: f.embedded))
                slot += slots(f.type)
            }
        case .function(let sig):
            r.params = sig.params.map { lower($0) }
            r.results = sig.results.map { lower($0) }
            r.variadic = sig.variadic
        case .interface(let ms):
            r.ifaceMethods = ms.map(\.name).sorted()
        default: break
        }
        if tt.isNamed(t) { r.underlying = lower(tt.underlying(t)) } else { r.underlying = id }
        // Method set (for dynamic dispatch and fmt's Error/String).
        if k != .interface {
            for (name, sel) in tt.methodSet(t) where !sel.path.isEmpty {
                // Promoted through an embedded field: a wrapper, made by the compiler.
                pendingPromoted.append((id, r.methods.count, t, name, sel))
                r.methods.append(RMethod(name: name, fn: Int32.min, pointerReceiver: tt.isPointer(t)))
            }
            for (name, sel) in tt.methodSet(t) where sel.path.isEmpty {
                switch sel.method.target {
                case .user(let f):
                    r.methods.append(RMethod(name: name, fn: f.raw, pointerReceiver: sel.method.pointerReceiver))
                case .lib(let l):
                    r.methods.append(RMethod(name: name, fn: -Int32(l.rawValue) - 1, pointerReceiver: sel.method.pointerReceiver))
                case .embeddedInterface: break   // always has a path: handled above
                }
            }
        }
        if !r.methods.isEmpty {
            let order = r.methods.indices.sorted { r.methods[$0].name < r.methods[$1].name }
            let sorted = order.map { r.methods[$0] }
            // Re-point pending entries at their sorted positions.
            for k in pendingPromoted.indices where pendingPromoted[k].0 == id {
                pendingPromoted[k].1 = order.firstIndex(of: pendingPromoted[k].1)!
            }
            r.methods = sorted
        }
        table.types[Int(id)] = r
        return id
    }

    /// `*T` without interning a new checker type (for library results).
    mutating func syntheticPointer(to t: TypeID) -> RTypeID {
        let name = "*" + tt.reflectString(t)
        if let r = byName[name] { return r }
        // The program names *T itself: one descriptor, so type assertions
        // and errors.As see the library's values as the program's *T.
        if let pt = tt.find(.pointer(t)) {
            let r = lower(pt)
            byName[name] = r
            return r
        }
        let e = lower(t)
        var r = RType(kind: .pointer, name: name, elem: e, size: 8, align: 8, slotCount: 1, ptrdata: 8)
        if let n = tt.named(t) {
            for m in n.methods {
                switch m.target {
                case .user(let f): r.methods.append(RMethod(name: m.name, fn: f.raw, pointerReceiver: m.pointerReceiver))
                case .lib(let l): r.methods.append(RMethod(name: m.name, fn: -Int32(l.rawValue) - 1, pointerReceiver: m.pointerReceiver))
                case .embeddedInterface: break
                }
            }
        }
        let id = table.add(r)
        table.types[Int(id)].underlying = id
        byName[name] = id
        return id
    }

    /// `[]T` without interning a new checker type.
    mutating func syntheticSlice(of t: TypeID) -> RTypeID {
        let name = "[]" + tt.reflectString(t)
        if let r = byName[name] { return r }
        if let st = tt.find(.slice(t)) {
            let r = lower(st)
            byName[name] = r
            return r
        }
        let e = lower(t)
        let id = table.add(RType(kind: .slice, name: name, elem: e, size: 24, align: 8, slotCount: 1, ptrdata: 8))
        table.types[Int(id)].underlying = id
        byName[name] = id
        return id
    }
}
