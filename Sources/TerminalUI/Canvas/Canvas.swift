/// A contiguous grid of cells that panes render into (like ratatui's `Buffer`).
/// Drawing clips to the grid and to the column limit given; a wide character
/// that would straddle the limit becomes a space; overwriting either half of
/// a wide character blanks the other half.
public struct Canvas: Sendable, Equatable {
    public private(set) var width: Int
    public private(set) var height: Int
    public var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// Blanks every cell (keeps the allocation).
    public mutating func clear() {
        for i in cells.indices { cells[i] = .blank }
    }

    /// Changes the size, blanking everything.
    public mutating func resize(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }

    /// Writes one scalar at (x, y) unless it falls outside `x < limit`;
    /// returns the column after it.
    @discardableResult
    public mutating func put(scalar: UInt32, x: Int, y: Int, style: Style, limit: Int? = nil) -> Int {
        let end = min(limit ?? width, width)
        guard y >= 0, y < height, x < end else { return x }
        var value = scalar
        var w = CharWidth.of(value)
        if w == 0 {
            // Controls are shown as '?'; combining marks are dropped (the grid
            // keeps one scalar per cell).
            if value < 0x20 || (value >= 0x7F && value < 0xA0) { value = 0x3F; w = 1 } else { return x }
        }
        guard x >= 0 else { return x + w }
        if w == 2 && x + 1 >= end {
            setCell(x: x, y: y, Cell(scalar: 0x20, width: 1, style: style))
            return x + 1
        }
        setCell(x: x, y: y, Cell(scalar: value, width: UInt8(w), style: style))
        if w == 2 {
            setCell(x: x + 1, y: y, Cell(scalar: 0, width: 0, style: style))
        }
        return x + w
    }

    /// Writes `text` from (x, y) on one line, clipped at `limit` (exclusive
    /// column, default the grid's width); returns the column after the text.
    @discardableResult
    public mutating func put(_ text: some StringProtocol, x: Int, y: Int, style: Style = .plain, limit: Int? = nil) -> Int {
        let end = min(limit ?? width, width)
        var col = x
        for s in text.unicodeScalars {
            if col >= end { break }
            col = put(scalar: s.value, x: col, y: y, style: style, limit: end)
        }
        return col
    }

    /// Writes `text` right-aligned so that it ends at column `right` (exclusive).
    @discardableResult
    public mutating func putRight(_ text: some StringProtocol, right: Int, y: Int, style: Style = .plain, minX: Int = 0) -> Int {
        let w = CharWidth.columns(of: text)
        let start = max(minX, right - w)
        put(text, x: start, y: y, style: style, limit: right)
        return start
    }

    /// Fills `rect` with `scalar` (a narrow character) in `style`.
    public mutating func fill(_ rect: Rect, scalar: UInt32 = 0x20, style: Style = .plain) {
        let r = rect.intersection(bounds)
        guard !r.isEmpty else { return }
        for y in r.y..<r.maxY {
            for x in r.x..<r.maxX { setCell(x: x, y: y, Cell(scalar: scalar, width: 1, style: style)) }
        }
    }

    /// Copies `other` with its top-left corner at (x, y), clipped to this canvas
    /// (the compare view's halves are drawn into their own canvases).
    public mutating func blit(_ other: Canvas, x: Int, y: Int) {
        let r = Rect(x: x, y: y, width: other.width, height: other.height).intersection(bounds)
        guard !r.isEmpty else { return }
        for row in r.y..<r.maxY {
            let src = (row - y) * other.width + (r.x - x)
            let dst = row * width + r.x
            for i in 0..<r.width { cells[dst + i] = other.cells[src + i] }
        }
    }

    /// Changes the style of the cells of `rect`, keeping their characters.
    public mutating func restyle(_ rect: Rect, _ transform: (inout Cell) -> Void) {
        let r = rect.intersection(bounds)
        guard !r.isEmpty else { return }
        for y in r.y..<r.maxY {
            for x in r.x..<r.maxX { transform(&cells[y * width + x]) }
        }
    }

    /// Stores a cell, blanking the other half of any wide character it cuts.
    @inline(__always)
    mutating func setCell(x: Int, y: Int, _ cell: Cell) {
        let i = y * width + x
        let old = cells[i]
        if old.width == 0, x > 0 {
            // Overwriting a tail: the head to the left loses its second half.
            cells[i - 1].scalar = 0x20
            cells[i - 1].width = 1
        } else if old.width == 2, x + 1 < width, cell.width != 2 {
            // Overwriting a head with something narrow: the tail becomes a space.
            cells[i + 1].scalar = 0x20
            cells[i + 1].width = 1
        }
        cells[i] = cell
    }
}
