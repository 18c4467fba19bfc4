/// Shown instead of the panes when the terminal is below the minimum size.
enum SizeMessage {
    static func render(_ canvas: inout Canvas, width: Int, height: Int) {
        let lines = [
            "gmpscope needs a terminal of at least \(Layout.minimumWidth)x\(Layout.minimumHeight)",
            "this one is \(width)x\(height): enlarge the window",
            "(q quits)",
        ]
        let top = max(0, (height - lines.count) / 2)
        for (i, line) in lines.enumerated() where top + i < height {
            let x = max(0, (width - CharWidth.columns(of: line)) / 2)
            canvas.put(line, x: x, y: top + i, style: i == 0 ? Theme.emphasis : Theme.text)
        }
    }
}
