// A compiled program: functions (bytecode + constants + line table),
// runtime type descriptors, globals layout, init order.
import GoRuntime

/// One instruction: opcode and three operands (see Op.swift).
public struct Instr: Sendable {
    public var op: Op
    public var a: Int32
    public var b: Int32
    public var c: Int32
    /// Fourth operand: aux index or width for the few ops that need it.
    public var d: Int32
    @inline(__always) public init(_ op: Op, _ a: Int32 = 0, _ b: Int32 = 0, _ c: Int32 = 0, _ d: Int32 = 0) {
        self.op = op; self.a = a; self.b = b; self.c = c; self.d = d
    }
}

/// What a `defer` / `go` statement calls.
public enum CallTarget: Sendable {
    case fn(FuncIndex)
    case value            // func value in the first register
    case lib(UInt16)      // GoFrontend.LibFunc raw value
    case builtin(UInt8)   // deferred builtin (close, panic, print, println, delete …)
    case imethod(String)  // interface method: args[0] is the interface value
}

/// Extra operands of complex instructions.
public enum Aux: Sendable {
    case none
    /// field access: slot offset and width.
    case field(slot: Int32, width: Int32)
    /// array in register / via pointer: element width, array length.
    case elem(width: Int32, len: Int32)
    /// slice element width and slice RTypeID.
    case sliceOf(width: Int32, type: RTypeID)
    /// s[lo:hi:max] with registers (-1 = omitted); kind 0 string, 1 slice, 2 array pointer.
    case slice(lo: Int32, hi: Int32, max: Int32, kind: UInt8, width: Int32, arrayLen: Int32)
    /// slice literal: type, element width, first reg, count.
    case lit(type: RTypeID, width: Int32, base: Int32, count: Int32)
    /// calls: number of args (registers) and results.
    case call(nargs: Int32, nres: Int32)
    /// library call: id, nargs, nres.
    case lib(id: UInt16, nargs: Int32, nres: Int32)
    /// interface method call: method name, nargs (incl. receiver), nres.
    case method(name: String, nargs: Int32, nres: Int32)
    /// bound method value: method name, receiver reg, static method fn (-1 = dynamic via iface).
    case boundMethod(name: String, fn: FuncIndex, pointerRecv: Bool)
    /// closure creation: captured regs.
    case captures(base: Int32, count: Int32)
    /// map range step: iterator reg, key dst (-1), value dst (-1), exit pc.
    case mapNext(iter: Int32, key: Int32, val: Int32, exit: Int32)
    /// map value type (for the zero value).
    case type(RTypeID)
    /// defer / go target.
    case deferCall(CallTarget, base: Int32, nargs: Int32)
    /// type assertion: target type and the static (interface) type of the operand.
    case assertT(target: RTypeID, iface: RTypeID)
    /// select: cases and whether there is a default.
    case select(cases: [SelectCaseCode], hasDefault: Bool)
}

public struct SelectCaseCode: Sendable {
    public var isSend: Bool
    public var chanReg: Int32
    /// send: value register.
    public var valueReg: Int32
}

/// A compiled function.
public struct FuncProto: Sendable {
    /// Go's name: "main.main", "main.fib", "main.(*Account).Deposit",
    /// "main.main.func1".
    public var name: String
    public var code: [Instr] = []
    public var lines: [Int32] = []
    public var aux: [Aux] = []
    public var consts: [Value] = []
    public var nparams: Int32 = 0
    public var nresults: Int32 = 0
    public var nregs: Int32 = 0
    /// pc of the `retdefers` block (deferreturn); -1 if the function has no defer.
    public var deferReturnPC: Int32 = -1
    /// Declaration line.
    public var line: Int32 = 0
    /// Simulated frame size in bytes (registers × 8 + return address and frame pointer).
    public var frameBytes: Int { Int(nregs) * 8 + 16 }
    public init(name: String) { self.name = name }
}

/// A whole compiled program.
public struct Program: Sendable {
    public var funcs: [FuncProto] = []
    public var types = RTypeTable()
    /// Number of global slots (flattened).
    public var globalSlots: Int = 0
    /// Names of globals with their first slot, for the UI.
    public var globalNames: [(name: String, slot: Int, type: RTypeID)] = []
    /// The function that runs package initialisation then init()s in order.
    public var initFunc: FuncIndex = -1
    public var mainFunc: FuncIndex = -1
    public var fileName: String = "prog.go"
    /// `runtime.Error` values (index out of range …): a named string type
    /// whose Error() is its text.
    public var runtimeErrorType: RTypeID = -1
    /// runtime.boundsError, runtime.plainError, *runtime.TypeAssertionError
    /// (runtimeErrorType is runtime.errorString): each panic kind its own type, as %T shows.
    public var boundsErrorType: RTypeID = -1
    public var plainErrorType: RTypeID = -1
    public var typeAssertionErrorType: RTypeID = -1
    /// Is t one of the runtime's error types (runtime.Error implementations)?
    @inline(__always) public func isRuntimeError(_ t: RTypeID) -> Bool {
        t == runtimeErrorType || t == boundsErrorType || t == plainErrorType || t == typeAssertionErrorType
    }
    /// `*errors.errorString` (errors.New) and the `error` interface.
    public var errorStringPtrType: RTypeID = -1
    public var errorType: RTypeID = -1
    /// Types the library needs by name ("[]string", "[]int", "time.Timer", "*fmt.wrapError").
    public var namedTypes: [String: RTypeID] = [:]
    public init() {}
}
