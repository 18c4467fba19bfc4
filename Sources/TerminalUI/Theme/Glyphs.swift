/// The characters the panes draw with: Unicode line drawing, or plain ASCII
/// for terminals without it (`--ascii`). Every state has a glyph so the
/// screen reads without colour.
public struct Glyphs: Sendable, Hashable {
    public var horizontal: Character
    public var vertical: Character
    public var topLeft: Character
    public var topRight: Character
    public var bottomLeft: Character
    public var bottomRight: Character
    public var ellipsis: String
    public var arrow: String         // "→"
    public var middleDot: String     // separator "·"
    public var play: String
    public var pause: String
    public var cursor: String        // row marker "▸"
    public var dash: String          // "–" (nothing)
    // Heap object cells.
    public var free: Character
    public var white: Character
    public var grey: Character
    public var black: Character
    // P status.
    public var pRunning: Character
    public var pIdle: Character
    public var pSyscall: Character
    public var pStopped: Character
    // A marker in the Source pane.
    public var lineMarker: Character
    public var scrollThumb: Character

    public static let unicode = Glyphs(
        horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
        ellipsis: "…", arrow: "→", middleDot: "·", play: "▶", pause: "‖", cursor: "▸", dash: "–",
        free: "·", white: "□", grey: "▒", black: "■",
        pRunning: "■", pIdle: "□", pSyscall: "◆", pStopped: "×",
        lineMarker: "◀", scrollThumb: "█")

    public static let ascii = Glyphs(
        horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
        ellipsis: "~", arrow: "->", middleDot: ".", play: ">", pause: "||", cursor: ">", dash: "-",
        free: ".", white: "o", grey: "+", black: "#",
        pRunning: "#", pIdle: "o", pSyscall: "*", pStopped: "x",
        lineMarker: "<", scrollThumb: "#")
}

extension Character {
    @inline(__always) var scalarValue: UInt32 { unicodeScalars.first!.value }
}
