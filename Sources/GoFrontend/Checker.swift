// Checker (stub until the real one lands).
public func check(_ file: SourceFile) -> Result<CheckedProgram, Diagnostics> {
    .failure(Diagnostics(fileName: file.fileName, items: [Diagnostic(pos: .none, message: "checker not yet implemented")], tooMany: false))
}
