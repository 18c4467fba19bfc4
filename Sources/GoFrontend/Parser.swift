// Parser (stub until the real one lands).
public func parse(source: String, fileName: String) -> Result<SourceFile, Diagnostics> {
    .failure(Diagnostics(fileName: fileName, items: [Diagnostic(pos: .none, message: "parser not yet implemented")], tooMany: false))
}
