/// One terminal cell. A wide character is a head cell (`width` 2) followed by a
/// tail cell (`width` 0, scalar 0) that the terminal fills from the head.
public struct Cell: Sendable, Hashable {
    public var scalar: UInt32
    public var width: UInt8
    public var fg: Color
    public var bg: Color
    public var attrs: Attr

    @inlinable
    public init(scalar: UInt32, width: UInt8, style: Style) {
        self.scalar = scalar
        self.width = width
        self.fg = style.fg
        self.bg = style.bg
        self.attrs = style.attrs
    }

    public static let blank = Cell(scalar: 0x20, width: 1, style: .plain)

    public var style: Style { Style(fg: fg, bg: bg, attrs: attrs) }
    public var isTail: Bool { width == 0 }
}
