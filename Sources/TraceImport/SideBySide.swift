// Side-by-side view of a simulated run and an imported real trace at the
// same time: each is drawn by the standard `Screen` into its own half-width
// canvas, and the halves are copied into one canvas with a divider column.
// The real trace leads: the simulation is stepped until its clock reaches the
// real frame's time (or it ends).
import GoRuntime
import TerminalUI

public enum SideBySide {
    /// Steps `sim` forward to the first step whose snapshot time is at least
    /// `ns` (or its end); returns the simulated time reached. Strides of 64
    /// steps between time checks; after overshooting, back to the stride's
    /// start and one step at a time.
    @discardableResult
    public static func align<S: SimulationSource>(_ sim: inout S, toTime ns: Int64, stepLimit: Int = 5_000_000) -> Int64 {
        var t = sim.snapshot(selection: nil).time
        var stride = 64
        var n = 0
        while t < ns, !sim.isFinished, n < stepLimit {
            let base = sim.step
            var k = 0
            while k < stride, !sim.isFinished { sim.stepForward(); k += 1 }
            n += k
            t = sim.snapshot(selection: nil).time
            if t >= ns, stride > 1, k > 1 {
                sim.seek(step: base)
                stride = 1
                t = sim.snapshot(selection: nil).time
            }
        }
        return t
    }

    /// Draws `left` and `right` side by side into a `width`×`height` canvas
    /// (each half must be at least `Layout.minimumWidth` wide to show panes).
    public static func render<L: SimulationSource, R: SimulationSource>(
        left: inout L, right: inout R, width: Int, height: Int, glyphs: Glyphs = .unicode
    ) -> Canvas {
        let half = max(1, (width - 1) / 2)
        let l = draw(&left, width: half, height: height, glyphs: glyphs)
        let r = draw(&right, width: width - half - 1, height: height, glyphs: glyphs)
        var out = Canvas(width: width, height: height)
        for y in 0..<height {
            for x in 0..<l.width { out.cells[y * width + x] = l.cells[y * l.width + x] }
            out.cells[y * width + half] = Cell(scalar: glyphs.vertical.unicodeScalars.first?.value ?? 0x7C, width: 1, style: .plain)
            for x in 0..<r.width { out.cells[y * width + half + 1 + x] = r.cells[y * r.width + x] }
        }
        return out
    }

    /// One source drawn alone by the standard screen.
    public static func draw<S: SimulationSource>(_ source: inout S, width: Int, height: Int, glyphs: Glyphs) -> Canvas {
        let snap = source.snapshot(selection: nil)
        let state = AppState(width: width, height: height, processorCount: max(1, snap.gomaxprocs))
        var ctx = ViewContext(state: state, snapshot: snap, lastEvents: source.lastStepEvents,
                              programName: source.programName, sourceLines: source.sourceLines,
                              finished: source.isFinished, glyphs: glyphs, uiStep: source.step)
        ctx.errorOutput = source.errorOutput
        var screen = Screen(glyphs: glyphs)
        var canvas = Canvas(width: width, height: height)
        screen.render(into: &canvas, ctx)
        return canvas
    }
}
