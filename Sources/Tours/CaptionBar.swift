// The caption bar drawn over the bottom rows of the visualiser's canvas:
// a title rule, the caption wrapped by display columns (CJK characters are
// two columns wide, per TerminalUI's wcwidth table), and the tour's keys.
import TerminalUI

public struct CaptionBar: Sendable, Hashable {
    /// "Tour: workers — 2/7 — step 14".
    public var heading: String
    public var text: String
    public var keys: String
    /// At most this many text rows (the rest is cut with "…").
    public var maxTextRows = 4

    public init(heading: String, text: String, keys: String) {
        self.heading = heading; self.text = text; self.keys = keys
    }

    static let ruleStyle = Style(fg: .lemon, bg: .panel, attrs: .bold)
    static let textStyle = Style(fg: .white, bg: .panel)
    static let keysStyle = Style(fg: .gray, bg: .panel)

    /// Rows the bar takes on a canvas `width` wide.
    public func height(width: Int) -> Int { 2 + min(maxTextRows, CaptionBar.wrap(text, width: max(1, width - 4)).count) }

    /// Draws the bar over the bottom rows of `canvas` (the key bar included).
    public func draw(into canvas: inout Canvas) {
        let w = canvas.width
        guard w >= 8, canvas.height >= 4 else { return }
        var lines = CaptionBar.wrap(text, width: w - 4)
        if lines.count > maxTextRows {
            lines = Array(lines.prefix(maxTextRows))
            var last = lines[maxTextRows - 1]
            while CharWidth.columns(of: last) > w - 5, !last.isEmpty { last.removeLast() }
            lines[maxTextRows - 1] = last + "…"
        }
        let h = min(canvas.height, 2 + lines.count)
        let top = canvas.height - h
        canvas.fill(Rect(x: 0, y: top, width: w, height: h), style: CaptionBar.textStyle)
        // ━━ heading ━━━━
        canvas.fill(Rect(x: 0, y: top, width: w, height: 1), scalar: 0x2501, style: CaptionBar.ruleStyle)
        canvas.put(" \(heading) ", x: 2, y: top, style: CaptionBar.ruleStyle, limit: w)
        for (i, line) in lines.enumerated() where top + 1 + i < canvas.height - 1 {
            canvas.put(line, x: 2, y: top + 1 + i, style: CaptionBar.textStyle, limit: w - 2)
        }
        canvas.put(keys, x: 2, y: canvas.height - 1, style: CaptionBar.keysStyle, limit: w)
    }

    /// Characters that must not begin a line (CJK punctuation, closing marks).
    static let noLineStart: Set<Character> = ["，", "。", "、", "；", "：", "！", "？", "）", "」", "』", "》", ",", ".", ";", ":", ")", "!", "?"]

    /// Greedy wrap by display columns: English breaks at spaces; a run of
    /// wide (CJK) characters may break between any two of them, except
    /// before closing punctuation. Words longer than a line are cut.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        // Units: a narrow word (with its trailing space) or a single wide character.
        var units: [(text: String, cols: Int, space: Bool)] = []
        var word = ""
        var wordCols = 0
        func flushWord(space: Bool) {
            if !word.isEmpty || space { units.append((word, wordCols, space)) }
            word = ""; wordCols = 0
        }
        for ch in text {
            let cols = CharWidth.columns(of: String(ch))
            if ch == " " { flushWord(space: true); continue }
            if cols == 2 {
                flushWord(space: false)
                units.append((String(ch), cols, false))
            } else {
                word.append(ch); wordCols += cols
            }
        }
        flushWord(space: false)

        var lines: [String] = []
        var line = ""
        var lineCols = 0
        var pendingSpace = false
        for u in units {
            if u.text.isEmpty { if u.space && lineCols > 0 { pendingSpace = true }; continue }
            let need = (pendingSpace ? 1 : 0) + u.cols
            var fits = lineCols + need <= width
            // Keep closing punctuation on the line before it, even one column over.
            if !fits, let c = u.text.first, u.text.count == 1, noLineStart.contains(c), lineCols + need <= width + 2, lineCols > 0 {
                fits = true
            }
            if fits {
                if pendingSpace { line += " "; lineCols += 1 }
                line += u.text; lineCols += u.cols
            } else {
                if lineCols > 0 { lines.append(line) }
                line = ""; lineCols = 0
                var t = Substring(u.text)
                while CharWidth.columns(of: t) > width {   // a word longer than the line
                    var head = ""
                    var hc = 0
                    while let c = t.first, hc + CharWidth.columns(of: String(c)) <= width { head.append(c); hc += CharWidth.columns(of: String(c)); t.removeFirst() }
                    if head.isEmpty { break }
                    lines.append(head)
                }
                line = String(t); lineCols = CharWidth.columns(of: t)
            }
            pendingSpace = u.space
        }
        if lineCols > 0 { lines.append(line) }
        return lines
    }
}
