/// The demo programs shipped inside the binary (generated from `demos/` by
/// `scripts/embed-demos.py`). `gmpscope` with no arguments opens
/// `EmbeddedDemos.defaultName`.
public struct EmbeddedDemo: Sendable {
    public let name: String
    public let source: String
    public let tour: String?

    /// The demo's one-line description: the first sentence of its leading
    /// `//` comment block.
    public var summary: String {
        var text = ""
        for line in source.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("//") else { break }
            text += (text.isEmpty ? "" : " ") + line.dropFirst(2).trimmingCharacters(in: " ")
        }
        if let end = text.firstIndex(of: ":") ?? text.firstIndex(of: ".") {
            return String(text[..<end])
        }
        return text
    }
}

public enum EmbeddedDemos {
    /// The seed's chapter-1 worker example.
    public static let defaultName = "workers"

    public static func named(_ name: String) -> EmbeddedDemo? {
        all.first { $0.name == name }
    }
}

extension Substring {
    fileprivate func trimmingCharacters(in set: Character) -> String {
        var s = self[...]
        while s.first == set { s = s.dropFirst() }
        while s.last == set { s = s.dropLast() }
        return String(s)
    }
}
