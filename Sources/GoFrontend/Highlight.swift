// Tokens with positions for the Source pane's syntax highlighting, and the
// rune column of a position (Go reports byte columns; a terminal draws
// runes).

/// One token of the source as the lexer sees it (automatic semicolons
/// excluded), or a comment (`kind == .comment`).
public struct SourceToken: Sendable, Hashable {
    public var kind: Token
    public var pos: Pos
    /// Length in bytes.
    public var length: Int32
}

/// All tokens and comments of `source` in order. Lexing stops at the
/// first lexical error (the rest of the file is not highlighted).
public func sourceTokens(_ source: String) -> [SourceToken] {
    var lx = Lexer(source)
    lx.keepComments = true
    var out: [SourceToken] = []
    while true {
        lx.next()
        if !lx.errors.isEmpty || lx.tok == .eof { break }
        if lx.tok == .semicolon && lx.lit != "semicolon" { continue }  // automatic
        let end = lx.pos
        out.append(SourceToken(kind: lx.tok, pos: lx.tokPos, length: Int32(end) - lx.tokPos.offset))
    }
    var merged: [SourceToken] = []
    merged.reserveCapacity(out.count + lx.comments.count)
    var ci = 0
    for t in out {
        while ci < lx.comments.count && lx.comments[ci].0.offset < t.pos.offset {
            merged.append(SourceToken(kind: .comment, pos: lx.comments[ci].0, length: Int32(lx.comments[ci].1)))
            ci += 1
        }
        merged.append(t)
    }
    while ci < lx.comments.count {
        merged.append(SourceToken(kind: .comment, pos: lx.comments[ci].0, length: Int32(lx.comments[ci].1)))
        ci += 1
    }
    return merged
}

/// 1-based column of `pos` counted in Unicode scalars (runes) of its line.
public func runeColumn(of pos: Pos, in source: String) -> Int {
    let bytes = Array(source.utf8)
    guard pos.offset >= 0, Int(pos.offset) <= bytes.count else { return Int(pos.col) }
    let lineStart = Int(pos.offset) - Int(pos.col) + 1
    guard lineStart >= 0 else { return Int(pos.col) }
    var runes = 0
    for b in bytes[lineStart..<Int(pos.offset)] where b & 0xC0 != 0x80 { runes += 1 }
    return runes + 1
}
