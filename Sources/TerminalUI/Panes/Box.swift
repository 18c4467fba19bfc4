/// Draws a pane's border with its title (and an optional right-hand note)
/// and returns the inner rectangle.
@discardableResult
func drawBox(_ canvas: inout Canvas, _ rect: Rect, title: String, note: String = "", focused: Bool, glyphs: Glyphs) -> Rect {
    guard rect.width >= 2, rect.height >= 2 else { return .zero }
    let style = focused ? Theme.borderFocused : Theme.border
    let h = glyphs.horizontal.scalarValue, v = glyphs.vertical.scalarValue
    for x in rect.x + 1..<rect.maxX - 1 {
        canvas.put(scalar: h, x: x, y: rect.y, style: style)
        canvas.put(scalar: h, x: x, y: rect.maxY - 1, style: style)
    }
    for y in rect.y + 1..<rect.maxY - 1 {
        canvas.put(scalar: v, x: rect.x, y: y, style: style)
        canvas.put(scalar: v, x: rect.maxX - 1, y: y, style: style)
    }
    canvas.put(scalar: glyphs.topLeft.scalarValue, x: rect.x, y: rect.y, style: style)
    canvas.put(scalar: glyphs.topRight.scalarValue, x: rect.maxX - 1, y: rect.y, style: style)
    canvas.put(scalar: glyphs.bottomLeft.scalarValue, x: rect.x, y: rect.maxY - 1, style: style)
    canvas.put(scalar: glyphs.bottomRight.scalarValue, x: rect.maxX - 1, y: rect.maxY - 1, style: style)
    let limit = rect.maxX - 1
    var x = canvas.put(" ", x: rect.x + 1, y: rect.y, style: style, limit: limit)
    x = canvas.put(title, x: x, y: rect.y, style: focused ? Theme.titleFocused : Theme.title, limit: limit)
    if !note.isEmpty {
        x = canvas.put(" ", x: x, y: rect.y, style: style, limit: limit)
        x = canvas.put(note, x: x, y: rect.y, style: Theme.label, limit: limit)
    }
    canvas.put(" ", x: x, y: rect.y, style: style, limit: limit)
    return rect.inset(by: 1)
}

/// Puts the cursor / selection background under a row, keeping its colours.
func highlightRow(_ canvas: inout Canvas, _ rect: Rect) {
    canvas.restyle(rect) { cell in
        cell.bg = .highlight
        cell.attrs.remove(.dim)
    }
}

/// Draws a scroll indicator on the right border when content overflows.
func drawScrollbar(_ canvas: inout Canvas, _ rect: Rect, rows: Int, scroll: Int, visible: Int, glyphs: Glyphs) {
    guard rows > visible, visible > 0, rect.height > 2 else { return }
    let track = rect.height - 2
    let thumb = max(1, track * visible / rows)
    let top = min(track - thumb, (track - thumb) * scroll / max(1, rows - visible))
    for i in 0..<thumb {
        canvas.put(scalar: glyphs.scrollThumb.scalarValue, x: rect.maxX - 1, y: rect.y + 1 + top + i, style: Theme.border)
    }
}

/// `text` cut to `width` columns with an ellipsis when it does not fit.
func fit(_ text: String, _ width: Int, glyphs: Glyphs) -> String {
    if width <= 0 { return "" }
    if CharWidth.columns(of: text) <= width { return text }
    let room = width - CharWidth.columns(of: glyphs.ellipsis)
    var out = ""
    var used = 0
    for ch in text {
        let w = CharWidth.columns(of: String(ch))
        if used + w > room { break }
        out.append(ch)
        used += w
    }
    return out + glyphs.ellipsis
}

extension String {
    /// Tabs as four spaces (the canvas shows controls as '?').
    var replacingTabs: String {
        contains("\t") ? split(separator: "\t", omittingEmptySubsequences: false).joined(separator: "    ") : self
    }
}

/// `text` padded with spaces on the right to `width` columns (cut if longer).
func pad(_ text: String, _ width: Int) -> String {
    let w = CharWidth.columns(of: text)
    if w >= width { return text }
    return text + String(repeating: " ", count: width - w)
}

/// `text` padded on the left to `width` columns.
func padLeft(_ text: String, _ width: Int) -> String {
    let w = CharWidth.columns(of: text)
    if w >= width { return text }
    return String(repeating: " ", count: width - w) + text
}

/// `text` cut at spaces into lines of at most `width` columns (a longer word is cut).
func wrap(_ text: String, _ width: Int) -> [String] {
    guard width > 0 else { return [] }
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ") {
        let w = String(word)
        if line.isEmpty {
            line = w
        } else if CharWidth.columns(of: line) + 1 + CharWidth.columns(of: w) <= width {
            line += " " + w
        } else {
            lines.append(line)
            line = w
        }
    }
    if !line.isEmpty { lines.append(line) }
    return lines
}
