// Side-by-side view of a simulated run and an imported real trace at the
// same time, as text: the visualiser's compare view (`CompareSource` in
// TerminalUI's App, drawn by the same `App` over a memory terminal), so the
// text and the interactive view are the same frame.
import GoRuntime
import TerminalUI

public enum SideBySide {
    /// Steps `sim` forward to the first step whose time is at least `ns` (or
    /// its end); returns the simulated time reached.
    @discardableResult
    public static func align<S: SimulationSource>(_ sim: inout S, toTime ns: Int64, stepLimit: Int = 5_000_000) -> Int64 {
        CompareSource<S, TraceSource>.advance(&sim, toTime: ns, stepLimit: stepLimit)
    }

    /// The compare view of `source` as the visualiser draws it at `width`×`height`.
    public static func frame<L: SimulationSource>(_ source: CompareSource<L, TraceSource>, width: Int, height: Int,
                                                  glyphs: Glyphs = .unicode, view: CompareView = .both) -> Canvas {
        var options = AppOptions()
        options.glyphs = glyphs
        var app = App(driver: MemoryDriver(width: width, height: height), source: source, options: options)
        app.state.compareView = view
        app.draw()
        return app.canvas
    }

    /// Draws `left` and `right` side by side into a `width`×`height` canvas
    /// (each half at least `CompareGeometry.minimumHalfWidth` wide): the
    /// compare view with `left` as the simulation, the real trace following
    /// its clock.
    public static func render<L: SimulationSource>(left: inout L, right: inout TraceSource, width: Int, height: Int,
                                                   glyphs: Glyphs = .unicode) -> Canvas {
        let source = CompareSource(sim: left, real: right)
        return frame(source, width: width, height: height, glyphs: glyphs)
    }
}
