/// A colour of the palette. Panes name colours by meaning through `Theme`;
/// the driver maps each one to the terminal: 256 colours (the Okabe–Ito
/// colour-blind-safe set), 8 colours (nearest ANSI), or none (monochrome).
public enum Color: UInt8, Sendable, Hashable, CaseIterable {
    case `default` = 0
    case black, red, green, yellow, blue, magenta, cyan, white
    case gray          // dim text, borders
    case orange        // Okabe–Ito #E69F00
    case sky           // Okabe–Ito #56B4E9
    case teal          // Okabe–Ito #009E73 (bluish green)
    case lemon         // Okabe–Ito #F0E442
    case navy          // Okabe–Ito #0072B2
    case vermillion    // Okabe–Ito #D55E00
    case purple        // Okabe–Ito #CC79A7 (reddish purple)
    case panel         // a dark background for bars and headers
    case highlight     // background of the selected row / linked items

    /// xterm-256 index used when the terminal has 256 colours.
    public var xterm256: Int16 {
        switch self {
        case .default: -1
        case .black: 16
        case .red: 160
        case .green: 34
        case .yellow: 220
        case .blue: 33
        case .magenta: 170
        case .cyan: 44
        case .white: 255
        case .gray: 245
        case .orange: 214
        case .sky: 74
        case .teal: 36
        case .lemon: 227
        case .navy: 25
        case .vermillion: 166
        case .purple: 175
        case .panel: 236
        case .highlight: 238
        }
    }

    /// Nearest of the 8 ANSI colours (`COLOR_BLACK` … `COLOR_WHITE` = 0 … 7).
    public var ansi8: Int16 {
        switch self {
        case .default: -1
        case .black, .panel, .highlight: 0
        case .red, .vermillion: 1
        case .green, .teal: 2
        case .yellow, .orange, .lemon: 3
        case .blue, .navy: 4
        case .magenta, .purple: 5
        case .cyan, .sky: 6
        case .white, .gray: 7
        }
    }
}

/// Text attributes, a bit set.
public struct Attr: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let bold = Attr(rawValue: 1)
    public static let dim = Attr(rawValue: 2)
    public static let reverse = Attr(rawValue: 4)
    public static let underline = Attr(rawValue: 8)
}

/// Foreground, background and attributes of a cell.
public struct Style: Sendable, Hashable {
    public var fg: Color
    public var bg: Color
    public var attrs: Attr

    public init(fg: Color = .default, bg: Color = .default, attrs: Attr = []) {
        self.fg = fg
        self.bg = bg
        self.attrs = attrs
    }

    public static let plain = Style()

    public func with(_ extra: Attr) -> Style { Style(fg: fg, bg: bg, attrs: attrs.union(extra)) }
    public func on(_ background: Color) -> Style { Style(fg: fg, bg: background, attrs: attrs) }
}
