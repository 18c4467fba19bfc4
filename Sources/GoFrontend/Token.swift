// Tokens and source positions of the Go lexer.
// Models cmd/compile/internal/syntax/tokens.go; operators are folded into
// `Token` cases the way go/token does, keywords too.

/// A position in the source file: 1-based line, 1-based column counted in
/// bytes (as the Go compiler reports it), and the 0-based byte offset.
public struct Pos: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var line: Int32
    public var col: Int32
    public var offset: Int32
    public init(line: Int32, col: Int32, offset: Int32) {
        self.line = line; self.col = col; self.offset = offset
    }
    public static let none = Pos(line: 0, col: 0, offset: -1)
    public var isValid: Bool { line > 0 }
    public static func < (a: Pos, b: Pos) -> Bool { a.offset < b.offset }
    public var description: String { "\(line):\(col)" }
}

/// Go tokens (go/token.Token).
public enum Token: UInt8, Sendable, CustomStringConvertible {
    case eof, illegal, comment
    // literals
    case ident, int, float, imag, char, string
    // operators
    case add, sub, mul, quo, rem              // + - * / %
    case and, or, xor, shl, shr, andNot       // & | ^ << >> &^
    case addAssign, subAssign, mulAssign, quoAssign, remAssign
    case andAssign, orAssign, xorAssign, shlAssign, shrAssign, andNotAssign
    case land, lor, arrow, inc, dec           // && || <- ++ --
    case eql, lss, gtr, assign, not          // == < > = !
    case neq, leq, geq, define, ellipsis     // != <= >= := ...
    case lparen, lbrack, lbrace, comma, period
    case rparen, rbrack, rbrace, semicolon, colon
    case tilde
    // keywords
    case kwBreak, kwCase, kwChan, kwConst, kwContinue, kwDefault, kwDefer,
         kwElse, kwFallthrough, kwFor, kwFunc, kwGo, kwGoto, kwIf, kwImport,
         kwInterface, kwMap, kwPackage, kwRange, kwReturn, kwSelect, kwStruct,
         kwSwitch, kwType, kwVar

    public var description: String {
        switch self {
        case .eof: return "EOF"
        case .illegal: return "ILLEGAL"
        case .comment: return "COMMENT"
        case .ident: return "name"
        case .int, .float, .imag, .char, .string: return "literal"
        case .add: return "+"
        case .sub: return "-"
        case .mul: return "*"
        case .quo: return "/"
        case .rem: return "%"
        case .and: return "&"
        case .or: return "|"
        case .xor: return "^"
        case .shl: return "<<"
        case .shr: return ">>"
        case .andNot: return "&^"
        case .addAssign: return "+="
        case .subAssign: return "-="
        case .mulAssign: return "*="
        case .quoAssign: return "/="
        case .remAssign: return "%="
        case .andAssign: return "&="
        case .orAssign: return "|="
        case .xorAssign: return "^="
        case .shlAssign: return "<<="
        case .shrAssign: return ">>="
        case .andNotAssign: return "&^="
        case .land: return "&&"
        case .lor: return "||"
        case .arrow: return "<-"
        case .inc: return "++"
        case .dec: return "--"
        case .eql: return "=="
        case .lss: return "<"
        case .gtr: return ">"
        case .assign: return "="
        case .not: return "!"
        case .neq: return "!="
        case .leq: return "<="
        case .geq: return ">="
        case .define: return ":="
        case .ellipsis: return "..."
        case .lparen: return "("
        case .lbrack: return "["
        case .lbrace: return "{"
        case .comma: return ","
        case .period: return "."
        case .rparen: return ")"
        case .rbrack: return "]"
        case .rbrace: return "}"
        case .semicolon: return ";"
        case .colon: return ":"
        case .tilde: return "~"
        case .kwBreak: return "break"
        case .kwCase: return "case"
        case .kwChan: return "chan"
        case .kwConst: return "const"
        case .kwContinue: return "continue"
        case .kwDefault: return "default"
        case .kwDefer: return "defer"
        case .kwElse: return "else"
        case .kwFallthrough: return "fallthrough"
        case .kwFor: return "for"
        case .kwFunc: return "func"
        case .kwGo: return "go"
        case .kwGoto: return "goto"
        case .kwIf: return "if"
        case .kwImport: return "import"
        case .kwInterface: return "interface"
        case .kwMap: return "map"
        case .kwPackage: return "package"
        case .kwRange: return "range"
        case .kwReturn: return "return"
        case .kwSelect: return "select"
        case .kwStruct: return "struct"
        case .kwSwitch: return "switch"
        case .kwType: return "type"
        case .kwVar: return "var"
        }
    }

    public var isKeyword: Bool { rawValue >= Token.kwBreak.rawValue }

    /// For `op=` tokens, the binary operator.
    public var assignOpBase: Token? {
        switch self {
        case .addAssign: return .add
        case .subAssign: return .sub
        case .mulAssign: return .mul
        case .quoAssign: return .quo
        case .remAssign: return .rem
        case .andAssign: return .and
        case .orAssign: return .or
        case .xorAssign: return .xor
        case .shlAssign: return .shl
        case .shrAssign: return .shr
        case .andNotAssign: return .andNot
        default: return nil
        }
    }

    /// Binary operator precedence (5 highest), 0 for non-operators.
    public var precedence: Int {
        switch self {
        case .lor: return 1
        case .land: return 2
        case .eql, .neq, .lss, .leq, .gtr, .geq: return 3
        case .add, .sub, .or, .xor: return 4
        case .mul, .quo, .rem, .shl, .shr, .and, .andNot: return 5
        default: return 0
        }
    }

    static let keywords: [String: Token] = [
        "break": .kwBreak, "case": .kwCase, "chan": .kwChan, "const": .kwConst,
        "continue": .kwContinue, "default": .kwDefault, "defer": .kwDefer,
        "else": .kwElse, "fallthrough": .kwFallthrough, "for": .kwFor,
        "func": .kwFunc, "go": .kwGo, "goto": .kwGoto, "if": .kwIf,
        "import": .kwImport, "interface": .kwInterface, "map": .kwMap,
        "package": .kwPackage, "range": .kwRange, "return": .kwReturn,
        "select": .kwSelect, "struct": .kwStruct, "switch": .kwSwitch,
        "type": .kwType, "var": .kwVar,
    ]
}
