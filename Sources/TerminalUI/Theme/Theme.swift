import GoRuntime

/// Colours and letters by meaning. Panes ask the theme, never pick raw colours.
public enum Theme {
    public static let border = Style(fg: .gray)
    public static let borderFocused = Style(fg: .sky, attrs: .bold)
    public static let title = Style(fg: .white, attrs: .bold)
    public static let titleFocused = Style(fg: .sky, attrs: .bold)
    public static let label = Style(fg: .gray)
    public static let text = Style.plain
    public static let dim = Style(fg: .gray, attrs: .dim)
    public static let emphasis = Style(fg: .white, attrs: .bold)
    public static let header = Style(fg: .white, bg: .panel, attrs: .bold)
    public static let headerLabel = Style(fg: .gray, bg: .panel)
    public static let keyBar = Style(fg: .white, bg: .panel)
    public static let keyName = Style(fg: .lemon, bg: .panel, attrs: .bold)
    public static let selected = Style(fg: .white, bg: .highlight, attrs: .bold)
    public static let linked = Style(fg: .lemon, attrs: .bold)
    public static let alert = Style(fg: .vermillion, attrs: .bold)
    public static let flash = Style(fg: .black, bg: .lemon, attrs: .bold)
    public static let gcMark = Style(fg: .purple, attrs: .bold)
    /// The compare view: the column between the halves, the bar above them,
    /// and the tags naming each half.
    public static let divider = Style(fg: .lemon, attrs: .bold)
    public static let compareBar = Style(fg: .white, bg: .highlight)
    public static let simulationTag = Style(fg: .black, bg: .sky, attrs: .bold)
    public static let realTag = Style(fg: .black, bg: .orange, attrs: .bold)

    /// The colour of a goroutine state (Okabe–Ito, so it survives colour blindness).
    public static func color(of status: GStatus) -> Color {
        switch status {
        case .running: .teal
        case .runnable: .sky
        case .waiting: .orange
        case .syscall: .purple
        case .preempted: .vermillion
        case .dead, .idle: .gray
        case .copystack: .lemon
        }
    }

    public static func style(of status: GStatus) -> Style {
        Style(fg: color(of: status), attrs: status == .running ? .bold : [])
    }

    /// The one letter that names a state without colour.
    public static func letter(of status: GStatus) -> Character {
        switch status {
        case .running: "R"
        case .runnable: "r"
        case .waiting: "W"
        case .syscall: "S"
        case .preempted: "P"
        case .dead: "D"
        case .idle: "I"
        case .copystack: "C"
        }
    }
}
