// The syntax tree of one Go source file (the subset gmpscope runs).
// Models go/ast (node shapes) with cmd/compile/internal/syntax positions:
// every node keeps the position of its first character. Nodes are values;
// every expression, statement and clause carries a dense `NodeID` that the
// checker's side tables (`CheckedProgram.exprs`, `.stmts`) are indexed by.

/// Dense id of an AST node (0 ..< `File.nodeCount`). Identifiers share the
/// expression id space (an `Ident` in a declaring position has an id too).
public typealias NodeID = Int32

/// A name: in a use (`x`), or declaring (`x := …`, a parameter, a field).
public struct Ident: Sendable, Hashable {
    public var id: NodeID
    public var pos: Pos
    public var name: String
    public init(id: NodeID, pos: Pos, name: String) { self.id = id; self.pos = pos; self.name = name }
    public var isBlank: Bool { name == "_" }
}

/// A literal as written: `tok` is .int, .float, .imag, .char or .string; `raw` is
/// the source text (quotes included). The value is in the checker's constant.
public struct BasicLit: Sendable, Hashable {
    public var tok: Token
    public var raw: String
}

/// Channel direction of a channel type.
public enum ChanDir: UInt8, Sendable, Hashable {
    case both, send, recv   // chan T, chan<- T, <-chan T
}

/// Length part of an array type: `[]T`, `[...]T`, `[N]T`.
public enum ArrayLen: Sendable {
    case slice
    case ellipsis
    case expr(Expr)
}

public struct Expr: Sendable {
    public var id: NodeID
    public var pos: Pos
    public var kind: ExprKind
    public init(id: NodeID, pos: Pos, kind: ExprKind) { self.id = id; self.pos = pos; self.kind = kind }
}

public indirect enum ExprKind: Sendable {
    /// A syntax error was reported here.
    case bad
    /// A name; `Ident.id == Expr.id`.
    case ident(Ident)
    case basicLit(BasicLit)
    /// `T{…}`; `type` is nil for elided inner literals (`[]P{{1, 2}}`).
    /// Elements are plain expressions or `.keyValue`.
    case compositeLit(type: Expr?, elements: [Expr], rbrace: Pos)
    case funcLit(FuncTypeExpr, Block)
    case paren(Expr)
    /// `x.sel` — field, method, package member (`fmt.Println`).
    case selector(Expr, Ident)
    case index(Expr, Expr)
    /// `x[lo:hi]`, `x[lo:hi:max]` (`slice3`).
    case slice(Expr, low: Expr?, high: Expr?, max: Expr?, slice3: Bool)
    /// `x.(T)`; `type` nil means `x.(type)` (only in a type switch guard).
    case typeAssert(Expr, type: Expr?)
    /// `f(args)`; `hasDots` for `f(xs...)`. `rparen` is the `)` position.
    case call(fun: Expr, args: [Expr], hasDots: Bool, rparen: Pos)
    /// `*x`: dereference, or pointer type in a type context.
    case star(Expr)
    /// `op x` for + - ! ^ & <-.
    case unary(Token, Expr)
    /// `x op y`; `opPos` is the operator's position.
    case binary(Token, Expr, Expr, opPos: Pos)
    /// `key: value` inside a composite literal.
    case keyValue(Expr, Expr)
    // Type expressions.
    case arrayType(len: ArrayLen, elem: Expr)
    case structType([FieldDecl])
    case funcType(FuncTypeExpr)
    case interfaceType([InterfaceElem])
    case mapType(key: Expr, value: Expr)
    case chanType(ChanDir, Expr)
    /// `...T` as the type of a final parameter.
    case ellipsis(Expr)
}

/// A field of a struct, or a parameter/result group: `a, b int`, `int`,
/// an embedded field `T` / `*T` (names empty, `embedded` true).
public struct FieldDecl: Sendable {
    public var pos: Pos
    public var names: [Ident]
    public var type: Expr
    public var embedded: Bool
    public var tag: String?
}

public struct FuncTypeExpr: Sendable {
    /// Position of `func` (or of `(` for a method signature in an interface).
    public var pos: Pos
    public var params: [FieldDecl]
    public var results: [FieldDecl]
    /// Results were written in parentheses (`func() (int)`), for printing.
    public var parenResults: Bool
}

public enum InterfaceElem: Sendable {
    case method(Ident, FuncTypeExpr)
    case embedded(Expr)
}

public struct Block: Sendable {
    public var lbrace: Pos
    public var stmts: [Stmt]
    public var rbrace: Pos
}

public struct Stmt: Sendable {
    public var id: NodeID
    public var pos: Pos
    public var kind: StmtKind
    public init(id: NodeID, pos: Pos, kind: StmtKind) { self.id = id; self.pos = pos; self.kind = kind }
}

public indirect enum StmtKind: Sendable {
    case bad
    case empty
    /// `var`, `const` or `type` inside a function.
    case decl(GenDecl)
    case labeled(Ident, Stmt)
    case expr(Expr)
    case send(channel: Expr, value: Expr)
    /// `x++` / `x--` (tok .inc / .dec).
    case incDec(Expr, Token)
    /// `=`, `:=`, or `op=` (tok).
    case assign(lhs: [Expr], tok: Token, rhs: [Expr])
    case go(Expr)
    case `defer`(Expr)
    case `return`([Expr])
    /// break / continue / goto / fallthrough with optional label.
    case branch(Token, label: Ident?)
    case block(Block)
    /// `else` is a `.block` or another `.if`.
    case `if`(initStmt: Stmt?, cond: Expr, then: Block, else: Stmt?)
    case `switch`(initStmt: Stmt?, tag: Expr?, clauses: [CaseClause], rbrace: Pos)
    /// `switch [init;] [bind :=] x.(type) {…}`; `guard` is the `x.(type)` expression.
    case typeSwitch(initStmt: Stmt?, bind: Ident?, guard: Expr, clauses: [CaseClause], rbrace: Pos)
    case select([CommClause], rbrace: Pos)
    case `for`(initStmt: Stmt?, cond: Expr?, post: Stmt?, body: Block)
    /// `for k, v := range x`; tok is .define, .assign, or .illegal when there
    /// are no iteration variables (`for range x`).
    case range(key: Expr?, value: Expr?, tok: Token, x: Expr, body: Block)
}

/// `case a, b:` (list) or `default:` (list nil). In a type switch the list
/// holds types (and `nil`).
public struct CaseClause: Sendable {
    public var id: NodeID
    public var pos: Pos
    public var list: [Expr]?
    public var colon: Pos
    public var body: [Stmt]
}

/// `case <send or receive statement>:` or `default:` (comm nil).
/// A receive is `.expr(<-c)`, or `.assign([v, ok], := or =, [<-c])`.
public struct CommClause: Sendable {
    public var id: NodeID
    public var pos: Pos
    public var comm: Stmt?
    public var colon: Pos
    public var body: [Stmt]
}

public struct ImportSpec: Sendable {
    public var id: NodeID
    public var pos: Pos
    /// `import f "fmt"` / `import . "fmt"` / `import _ "fmt"`.
    public var name: Ident?
    /// Unquoted path.
    public var path: String
    public var pathPos: Pos
}

public struct ValueSpec: Sendable {
    public var id: NodeID
    public var pos: Pos
    public var names: [Ident]
    public var type: Expr?
    /// Empty for `var x T` and for an implicitly repeated const spec.
    public var values: [Expr]
    /// Index of the spec in its `const (…)` group (the value of `iota`).
    public var iota: Int
}

public struct TypeSpec: Sendable {
    public var id: NodeID
    public var pos: Pos
    public var name: Ident
    /// `type A = B`.
    public var isAlias: Bool
    public var type: Expr
}

public enum Spec: Sendable {
    case value(ValueSpec)
    case type(TypeSpec)
}

/// `var`/`const`/`type` declaration, single or grouped.
public struct GenDecl: Sendable {
    public var pos: Pos
    public var tok: Token      // .kwVar, .kwConst, .kwType
    public var grouped: Bool
    public var specs: [Spec]
}

public struct FuncDecl: Sendable {
    public var id: NodeID
    public var pos: Pos
    /// Receiver for a method (one field, name optional).
    public var recv: FieldDecl?
    public var name: Ident
    public var type: FuncTypeExpr
    public var body: Block?
}

public enum Decl: Sendable {
    case gen(GenDecl)
    case fn(FuncDecl)
}

/// One parsed file.
public struct SourceFile: Sendable {
    public var fileName: String
    public var packagePos: Pos
    public var packageName: Ident
    public var imports: [ImportSpec]
    public var decls: [Decl]
    /// Number of node ids used (size of the checker's side tables).
    public var nodeCount: Int32
    /// Position of the operator (`=`, `:=`, `+=`) of each assignment and
    /// range statement, by statement id (Go reports some errors there).
    public var assignOpPos: [NodeID: Pos] = [:]
}
