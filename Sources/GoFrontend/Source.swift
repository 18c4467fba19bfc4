// Reading a source file: the clear messages for input that cannot be a Go
// program (missing, unreadable, empty, binary).
import Foundation

func readSource(path: String) -> Result<String, Diagnostics> {
    func fail(_ msg: String) -> Result<String, Diagnostics> {
        .failure(Diagnostics(fileName: path, items: [Diagnostic(pos: .none, message: msg)], tooMany: false))
    }
    var isDir: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
        return fail("open \(path): no such file or directory")
    }
    if isDir.boolValue { return fail("read \(path): is a directory") }
    guard let data = FileManager.default.contents(atPath: path) else {
        return fail("open \(path): permission denied")
    }
    return decodeSource(data, fileName: path)
}

/// Validates bytes as Go source text: UTF-8, no NUL bytes, not empty.
public func decodeSource(_ bytes: [UInt8], fileName: String) -> Result<String, Diagnostics> {
    decodeSource(Data(bytes), fileName: fileName)
}

public func decodeSource(_ data: Data, fileName: String) -> Result<String, Diagnostics> {
    func fail(_ msg: String) -> Result<String, Diagnostics> {
        .failure(Diagnostics(fileName: fileName, items: [Diagnostic(pos: .none, message: msg)], tooMany: false))
    }
    if data.isEmpty { return fail("empty file: expected 'package main'") }
    if data.contains(0) { return fail("binary file: not Go source (contains NUL bytes)") }
    guard let text = String(data: data, encoding: .utf8) else {
        return fail("not Go source: invalid UTF-8 encoding")
    }
    return .success(text)
}
