/// A run of changed cells on one row, `x ..< x + count`.
public struct CellRun: Sendable, Hashable {
    public var y: Int
    public var x: Int
    public var count: Int
}

extension Canvas {
    /// The runs of cells that differ from `previous` (everything when the
    /// sizes differ). A run never starts on a wide tail: it is widened to its head.
    public func diff(from previous: Canvas, into runs: inout [CellRun]) {
        runs.removeAll(keepingCapacity: true)
        guard previous.width == width, previous.height == height else {
            for y in 0..<height { runs.append(CellRun(y: y, x: 0, count: width)) }
            return
        }
        cells.withUnsafeBufferPointer { now in
            previous.cells.withUnsafeBufferPointer { before in
                for y in 0..<height {
                    let base = y * width
                    var x = 0
                    while x < width {
                        if now[base + x] == before[base + x] { x += 1; continue }
                        var start = x
                        if now[base + start].width == 0, start > 0 { start -= 1 }
                        var end = x + 1
                        while end < width, now[base + end] != before[base + end] { end += 1 }
                        // Keep a wide head together with its tail.
                        if end < width, now[base + end].width == 0 { end += 1 }
                        runs.append(CellRun(y: y, x: start, count: end - start))
                        x = end
                    }
                }
            }
        }
    }
}
