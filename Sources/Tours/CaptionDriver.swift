// A TerminalDriver wrapper that draws the caption bar over each frame the
// app presents (the app loop has no overlay hook; see docs/tours.md).
import TerminalUI

public struct CaptionDriver<Inner: TerminalDriver>: TerminalDriver {
    public var inner: Inner
    /// The bar drawn over the bottom rows; nil draws the app's frame as is.
    public var bar: CaptionBar?
    /// Scratch copy of the app's frame (reused, so no allocation per frame once sized).
    private var scratch = Canvas(width: 0, height: 0)

    public init(_ inner: Inner) { self.inner = inner }

    public var size: (width: Int, height: Int) { inner.size }
    public var colors: ColorCapability { inner.colors }

    public mutating func readInput(timeoutMilliseconds: Int?) -> InputEvent? {
        inner.readInput(timeoutMilliseconds: timeoutMilliseconds)
    }

    public mutating func present(_ canvas: Canvas) {
        guard let bar else { inner.present(canvas); return }
        if scratch.width != canvas.width || scratch.height != canvas.height {
            scratch = canvas
        } else {
            scratch.cells.withUnsafeMutableBufferPointer { dst in
                canvas.cells.withUnsafeBufferPointer { src in
                    _ = dst.initialize(from: src)
                }
            }
        }
        bar.draw(into: &scratch)
        inner.present(scratch)
    }
}
