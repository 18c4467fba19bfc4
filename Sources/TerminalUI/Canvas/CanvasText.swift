extension Canvas {
    /// The grid as text, one line per row, wide tails skipped and trailing
    /// spaces trimmed: what `tmux capture-pane -p` shows.
    public var text: String {
        var out = String()
        out.reserveCapacity(width * height)
        for y in 0..<height {
            out += line(y)
            if y + 1 < height { out += "\n" }
        }
        return out
    }

    /// Row `y` as text (wide tails skipped, trailing spaces trimmed).
    public func line(_ y: Int) -> String {
        var scalars = String.UnicodeScalarView()
        var lastNonSpace = 0
        var count = 0
        for x in 0..<width {
            let c = cells[y * width + x]
            if c.width == 0 { continue }
            scalars.append(Unicode.Scalar(c.scalar) ?? " ")
            count += 1
            if c.scalar != 0x20 { lastNonSpace = count }
        }
        return String(String.UnicodeScalarView(scalars.prefix(lastNonSpace)))
    }

    /// One letter per cell naming its foreground colour (tests check colours
    /// with it): `.` default, then the first letter of the colour's name in
    /// lower case, upper case when the cell is bold; reverse or a background
    /// shows as `#`.
    public var styleMap: String {
        var rows: [String] = []
        for y in 0..<height {
            var row = ""
            for x in 0..<width {
                let c = cells[y * width + x]
                row.append(Canvas.styleLetter(c))
            }
            while row.last == "." { row.removeLast() }
            rows.append(row)
        }
        return rows.joined(separator: "\n")
    }

    static func styleLetter(_ c: Cell) -> Character {
        if c.attrs.contains(.reverse) || (c.bg != .default && c.bg != .panel && c.bg != .highlight) { return "#" }
        let letter: Character = switch c.fg {
        case .default: "."
        case .black: "k"
        case .red: "r"
        case .green: "g"
        case .yellow: "y"
        case .blue: "b"
        case .magenta: "m"
        case .cyan: "c"
        case .white: "w"
        case .gray: "a"
        case .orange: "o"
        case .sky: "s"
        case .teal: "t"
        case .lemon: "l"
        case .navy: "n"
        case .vermillion: "v"
        case .purple: "p"
        case .panel: "P"
        case .highlight: "H"
        }
        if c.attrs.contains(.bold), letter != "." { return Character(letter.uppercased()) }
        return letter
    }
}
