// The checker's output: side tables over the AST that the compiler (GoVM)
// reads. Models go/types.Info (Types, Defs, Uses, Implicits, Selections)
// plus what a compiler needs on top: locals with capture/escape flags,
// functions and closures with their captures, range kinds, call kinds,
// package initialization order.

public struct FuncID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let raw: Int32
    public init(_ raw: Int32) { self.raw = raw }
    public static func < (a: FuncID, b: FuncID) -> Bool { a.raw < b.raw }
    public var description: String { "f\(raw)" }
}

public struct LocalID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let raw: Int32
    public init(_ raw: Int32) { self.raw = raw }
    public static func < (a: LocalID, b: LocalID) -> Bool { a.raw < b.raw }
    public var description: String { "l\(raw)" }
}

public struct GlobalID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let raw: Int32
    public init(_ raw: Int32) { self.raw = raw }
    public static func < (a: GlobalID, b: GlobalID) -> Bool { a.raw < b.raw }
    public var description: String { "g\(raw)" }
}

/// What kind of value an expression denotes (go/types operand modes).
public enum ExprMode: UInt8, Sendable {
    case invalid
    /// A call without results.
    case novalue
    /// A computed value (not addressable).
    case value
    /// An addressable variable (local, global, field of addressable struct,
    /// `*p`, `p.f`, slice element, array element of addressable array).
    case variable
    /// `m[k]`: assignable but not addressable.
    case mapIndex
    /// A constant; `ExprInfo.constant` holds its value.
    case constant
    /// A type expression.
    case typeExpr
    /// A built-in function name (only callable).
    case builtin
    /// A package name (only as `pkg.Member`).
    case package
}

/// One step through a struct: take field `index` of the current struct
/// value, dereferencing a pointer first when `deref` is set.
public struct FieldStep: Sendable, Hashable {
    public var index: Int
    public var deref: Bool
}

/// A method selected by `x.m` (possibly promoted through embedded fields).
public struct MethodSelection: Sendable, Hashable {
    public var method: MethodDecl
    /// Named type declaring the method.
    public var recvType: TypeID
    /// Path through embedded fields from x to the receiver's struct.
    public var path: [FieldStep]
    /// How to turn (x after `path`) into the receiver: take its address
    /// (pointer method on an addressable value), dereference it (value
    /// method through a pointer), or pass as is.
    public var adjust: ReceiverAdjust
}

public enum ReceiverAdjust: UInt8, Sendable, Hashable {
    case none, addressOf, deref
}

/// What an identifier or selector resolves to.
public enum Ref: Sendable, Hashable {
    case local(LocalID)
    case global(GlobalID)
    /// A top-level function (not a method).
    case function(FuncID)
    case builtin(Builtin)
    case typeName(TypeID)
    /// A named constant, `true`, `false` or `iota`: the value is in `ExprInfo.constant`.
    case constant
    case `nil`
    /// An imported package name (`fmt` in `fmt.Println`), by import path.
    case package(String)
    /// `pkg.F` for a library function.
    case lib(LibFunc)
    /// `os.Args`.
    case libVar(LibVar)
    /// `_` on the left of an assignment or in a declaration.
    case blank
    /// `x.f`: a (possibly promoted) struct field.
    case field([FieldStep])
    /// `x.m`: a method value or the callee of a method call.
    case method(MethodSelection)
    /// `x.m` with x of interface type: method `index` in the interface's
    /// sorted method set.
    case interfaceMethod(index: Int, name: String)
    /// `T.m` / `(*T).m`: a method expression, a function whose first
    /// parameter is the receiver (selection as for a value of type `T`).
    case methodExpr(type: TypeID, MethodSelection)
    /// `I.m` with I an interface type: `func(I, args…)` dispatching on it.
    case interfaceMethodExpr(index: Int, name: String)
}

/// What a call expression does.
public enum CallKind: Sendable, Hashable {
    /// `T(x)`.
    case conversion(TypeID)
    case builtin(Builtin)
    /// Static call of a top-level function.
    case function(FuncID)
    /// Static method call; the receiver is the selector's operand.
    case method(MethodSelection)
    /// Dynamic dispatch through an interface.
    case interfaceMethod(index: Int, name: String)
    /// A library package function (`fmt.Println`).
    case lib(LibFunc)
    /// Call of a function value (closure, func variable, method value).
    case dynamic
}

public struct ExprInfo: Sendable {
    public var mode: ExprMode = .invalid
    /// The expression's type. For untyped constants this is the type after
    /// conversion to their context (so `1 << 40` passed to an int64 is
    /// `int64`), `untyped nil` stays for `nil` compared against a typed
    /// value, and a multi-value call has a `.tuple`.
    public var type: TypeID = Universe.invalid
    /// Constant value (already converted to `type`, floats rounded for float32).
    public var constant: ConstValue? = nil
    /// Identifiers and selectors: what the name denotes.
    public var ref: Ref? = nil
    /// Call expressions.
    public var call: CallKind? = nil
    /// `v, ok` forms (map index, type assertion, channel receive) used with
    /// two results.
    public var commaOk: Bool = false
    /// An identifier that declares (rather than uses) its object.
    public var isDefinition: Bool = false
    public init() {}
}

public enum LocalKind: UInt8, Sendable {
    case receiver, param, result, local
}

/// A variable declared inside a function (params and results included).
public struct LocalVar: Sendable {
    public var name: String
    public var type: TypeID
    public var pos: Pos
    /// The declaring identifier's node id (-1 for unnamed params/results).
    public var declIdent: NodeID
    public var function: FuncID
    public var kind: LocalKind
    /// Referenced from a closure other than the declaring function.
    public var captured: Bool
    /// Lives in a heap box (see `escapeRule`): address taken or captured.
    public var escapes: Bool
}

public struct GlobalVar: Sendable {
    public var name: String
    public var type: TypeID
    public var pos: Pos
    public var declIdent: NodeID
}

/// Where a function's code is in the AST.
public enum FuncNode: Sendable, Hashable {
    /// `SourceFile.decls[index]` is a `.fn`.
    case decl(index: Int)
    /// A `.funcLit` expression with this id.
    case literal(NodeID)
}

public struct FuncInfo: Sendable {
    /// Go's symbol name: `main.worker`, `main.(*Account).Deposit`,
    /// `main.Rect.Area`, `main.main.func1`, `main.init.0`.
    public var name: String
    public var pos: Pos
    public var node: FuncNode
    /// `.function` type (receiver not included).
    public var signature: TypeID
    public var receiver: LocalID?
    /// One local per parameter, blank and unnamed ones included.
    public var params: [LocalID]
    /// One local per result (unnamed results get `~r0`, `~r1`…).
    public var results: [LocalID]
    public var namedResults: Bool
    public var variadic: Bool
    /// Enclosing function of a closure.
    public var parent: FuncID?
    /// Variables of enclosing functions this closure refers to, in order of
    /// first reference (includes what nested closures capture through it).
    public var captures: [LocalID]
    /// Every local declared in this function (params first).
    public var locals: [LocalID]
}

/// What a `for … range x` iterates over.
public enum RangeKind: UInt8, Sendable {
    case int, slice, array, pointerToArray, string, map, chan
}

public struct RangeInfo: Sendable {
    public var kind: RangeKind
    /// Type of the ranged expression (after pointer-to-array deref: the array).
    public var xType: TypeID
    /// Types of the iteration values (key: int/key type; value: elem/rune).
    public var keyType: TypeID
    public var valueType: TypeID?
}

/// One step of package initialization (spec "Package initialization"):
/// assign `rhs` (or zero values when nil) to `lhs` (nil entries for `_`).
public struct InitStep: Sendable {
    public var lhs: [GlobalID?]
    public var rhs: Expr?
}

/// A checked program: the AST plus everything the compiler needs.
public struct CheckedProgram: Sendable {
    public var file: SourceFile
    public var types: TypeTable
    /// Indexed by `NodeID` (expressions and identifiers).
    public var exprs: [ExprInfo]
    public var locals: [LocalVar]
    public var globals: [GlobalVar]
    public var funcs: [FuncInfo]
    /// `RangeStmt` node id → range info.
    public var ranges: [NodeID: RangeInfo]
    /// Type switch `CaseClause.id` → the variable bound in that clause
    /// (its type is the clause's single type, else the guard's type).
    public var typeSwitchVars: [NodeID: LocalID]
    public var initOrder: [InitStep]
    /// `func init()` bodies in source order.
    public var initFuncs: [FuncID]
    public var mainFunc: FuncID
    /// Imported package paths in source order.
    public var imports: [String]
    /// The library's named types (`libTypes[.waitGroup]` = sync.WaitGroup).
    public var libTypes: [LibType: TypeID]

    public subscript(expr e: Expr) -> ExprInfo { exprs[Int(e.id)] }
    public subscript(ident i: Ident) -> ExprInfo { exprs[Int(i.id)] }

    /// The one escape rule gmpscope applies, shown by the UI.
    public static let escapeRule = """
        A local variable lives in a heap box iff its address is taken (&x, \
        x.m() with a pointer method on a value, x[:] of an array) or a \
        closure refers to it. Every other allocation site — new, &T{…}, \
        slice and map literals, make, append growth, closures, string \
        concatenation and conversion, values converted to an interface — \
        allocates on the heap with mallocgc.
        """
}

public struct Diagnostic: Sendable, Hashable {
    public var pos: Pos
    public var message: String
    public init(pos: Pos, message: String) { self.pos = pos; self.message = message }
}

/// Errors of one file, formatted like the Go compiler.
public struct Diagnostics: Error, Sendable {
    public var fileName: String
    /// Sorted by position, at most 10 (then `tooMany`).
    public var items: [Diagnostic]
    public var tooMany: Bool
    public init(fileName: String, items: [Diagnostic], tooMany: Bool) {
        self.fileName = fileName; self.items = items; self.tooMany = tooMany
    }
    /// `prog.go:LINE:COL: message` lines (position omitted when unknown),
    /// then `too many errors` after the tenth.
    public var lines: [String] {
        var out: [String] = []
        for d in items {
            let text = d.pos.isValid ? "\(fileName):\(d.pos.line):\(d.pos.col): \(d.message)" : "\(fileName): \(d.message)"
            out.append(contentsOf: text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
        }
        if tooMany {
            if let last = items.last, last.pos.isValid {
                out.append("\(fileName):\(last.pos.line):\(last.pos.col): too many errors")
            } else {
                out.append("too many errors")
            }
        }
        return out
    }
    public var formatted: String { lines.joined(separator: "\n") + "\n" }
}
