// The interpreter side of fmt's and errors' host protocols: heap reads,
// simulated addresses and synchronous calls of Go methods.
import GoRuntime

struct VMFormatHost: FormatHost, ErrorsHostBase {
    unowned let vm: Interpreter
    var types: RTypeTable { vm.prog.types }
    func loadSlots(_ obj: ObjRef, from: Int, count: Int) -> [Value] { vm.heap.loadN(obj, from, count) }
    func loadMap(_ obj: ObjRef) -> GoMap { vm.heap.map(obj) ?? GoMap() }
    func address(of value: Value, type: RTypeID) -> UInt64 {
        switch value {
        case .pointer(let o, let off): return vm.address(.pointer(o, off)) ?? 0
        case .slice(let o, let off, _, _): return vm.address(.pointer(o, off)) ?? 0
        case .map(let o): return vm.address(.pointer(o, 0)) ?? 0
        case .chan(let c): return 0xc000_0200_00 &+ UInt64(c) &* 0x60
        case .fn(let f, _): return 0x47_e000 &+ UInt64(UInt32(bitPattern: f)) &* 0x20
        default: return 0
        }
    }
    mutating func callStringMethod(_ method: RMethod, receiver: Value, type: RTypeID) -> FmtMethodResult {
        let res = vm.callMethodForHost(method, receiver: receiver, type: type, args: [])
        switch res {
        case .returned(let vs): return .returned(vs.first?.str ?? GoString())
        case .panicked(let v): return .panicked(v)
        }
    }
}

protocol ErrorsHostBase {}

/// Marker for the built-in Unwrap of *fmt.wrapError.
let wrapErrorUnwrapFn: FuncIndex = -0x7FFF_0000

struct VMErrorsHost: ErrorsHost {
    unowned let vm: Interpreter
    var types: RTypeTable { vm.prog.types }
    func errorsMethod(_ name: String, of type: RTypeID) -> RMethod? {
        if name == "Unwrap" && type == vm.wrapErrorPtrType {
            // *fmt.wrapError's Unwrap returns its err field.
            return RMethod(name: "Unwrap", fn: wrapErrorUnwrapFn, pointerReceiver: true)
        }
        return vm.prog.types[type].method(named: name)
    }
    mutating func callUnwrap(_ method: RMethod, receiver: Value, type: RTypeID) -> Value {
        if method.fn == wrapErrorUnwrapFn {
            guard case .pointer(let o, let off) = receiver else { return .nil }
            return vm.heap.load(o, Int(off) + 1)
        }
        if case .returned(let vs) = vm.callMethodForHost(method, receiver: receiver, type: type, args: []) { return vs.first ?? .nil }
        return .nil
    }
    mutating func callIs(_ method: RMethod, receiver: Value, type: RTypeID, target: Value) -> Bool {
        if case .returned(let vs) = vm.callMethodForHost(method, receiver: receiver, type: type, args: [target]) { return vs.first?.b ?? false }
        return false
    }
}

enum HostCallResult {
    case returned([Value])
    case panicked(Value)
}

extension Interpreter {
    /// Run a method for the library (fmt's Error/String, errors' Unwrap/Is)
    /// on the current G's stack (which `stashState` parked in `gstates`).
    func callMethodForHost(_ m: RMethod, receiver: Value, type: RTypeID, args: [Value]) -> HostCallResult {
        var recv = unboxed(receiver)
        let rt0 = prog.types[type]
        if rt0.kind == .pointer && !m.pointerReceiver {
            guard case .pointer(let o, let off) = receiver else {
                return .panicked(nilDeref())
            }
            let w = prog.types[rt0.elem].slotCount
            recv = w == 1 ? heap.load(o, Int(off)) : .agg(heap.loadN(o, Int(off), w))
        }
        if m.fn < 0 {
            if let s = libStringMethod(UInt16(truncatingIfNeeded: -m.fn - 1), recv) { return .returned([.string(GoString(s))]) }
            if case .string(let s) = recv { return .returned([.string(s)]) }
            return .returned([.string(GoString())])
        }
        guard !curG.isNone, curG.index < gstates.count, var st = gstates[curG.index] else {
            return .returned([.string(GoString())])
        }
        gstates[curG.index] = nil
        let r = callNested(&st, fn: Int(m.fn), closure: .none, args: [recv] + args)
        gstates[curG.index] = st
        // fmt's catchPanic: a String/Error method that panics prints %!v(PANIC=…).
        if let v = nestedPanicValue(r) { return .panicked(v) }
        return .returned(r ?? [])
    }
}
