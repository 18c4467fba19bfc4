// `gmpscope export --format asciicast`: the visualiser's frames as an
// asciicast v2 file (https://docs.asciinema.org/manual/asciicast/v2/): a
// JSON header line, then `[seconds, "o", text]` lines. Each frame is the
// TerminalUI canvas drawn by `Screen` at the chosen size, written in full
// (cursor home, SGR colours from the xterm-256 palette, CRLF rows), so
// `asciinema play`/`asciinema cat` show exactly what the player shows.
import GoRuntime
import TerminalUI

public enum AsciicastExport {
    public struct Options: Sendable {
        public var width = 120
        public var height = 40
        /// Frames per second of the cast.
        public var fps = 10
        /// UI steps per second of playback (so `steps / fps` steps per frame).
        public var stepsPerSecond = 20
        /// Stop after this many frames (0 = the whole recording).
        public var maxFrames = 0
        public var glyphs: Glyphs = .unicode
        public init() {}
    }

    /// Writes the cast line by line through `write` (each call is one line with its newline).
    public static func export<S: SimulationSource>(source: inout S, options o: Options, write: (String) -> Void) {
        let env = "{\"TERM\":\"xterm-256color\",\"SHELL\":\"/bin/sh\"}"
        write("{\"version\":2,\"width\":\(o.width),\"height\":\(o.height),\"title\":\(JSON.quote("gmpscope " + source.programName)),\"env\":\(env)}\n")
        var screen = Screen(glyphs: o.glyphs)
        var canvas = Canvas(width: o.width, height: o.height)
        var state = AppState(width: o.width, height: o.height)
        source.seek(step: 0)
        let fps = max(1, o.fps)
        let sps = max(1, o.stepsPerSecond)
        var frame = 0
        var previous: String? = nil
        while true {
            let target = frame * sps / fps
            while source.step < target && !source.isFinished { source.stepForward() }
            let snap = source.snapshot(selection: nil)
            state.processorCount = max(1, snap.gomaxprocs)
            var ctx = ViewContext(state: state, snapshot: snap, lastEvents: source.lastStepEvents,
                                  programName: source.programName, sourceLines: source.sourceLines,
                                  finished: source.isFinished, glyphs: o.glyphs, uiStep: source.step)
            if source.isFinished { ctx.errorOutput = source.errorOutput }
            canvas.clear()
            _ = screen.render(into: &canvas, ctx)
            let text = (frame == 0 ? "\u{1b}[2J" : "") + ansi(canvas)
            if text != previous {
                let t = Double(frame) / Double(fps)
                write("[\(seconds(t)), \"o\", \(JSON.quote(text))]\n")
                previous = text
            }
            frame += 1
            if source.isFinished && source.step <= target { break }
            if o.maxFrames > 0 && frame >= o.maxFrames { break }
        }
    }

    static func seconds(_ t: Double) -> String {
        let ms = Int((t * 1000).rounded())
        let f = String(ms % 1000)
        return "\(ms / 1000).\(String(repeating: "0", count: 3 - f.count))\(f)"
    }

    /// The canvas as terminal output: home, then each row with SGR changes, rows joined by CRLF.
    public static func ansi(_ c: Canvas) -> String {
        var out = "\u{1b}[H"
        var cur = Style.plain
        out += "\u{1b}[0m"
        for y in 0..<c.height {
            for x in 0..<c.width {
                let cell = c[x, y]
                if cell.isTail { continue }
                if cell.style != cur {
                    out += sgr(cell.style)
                    cur = cell.style
                }
                out.unicodeScalars.append(Unicode.Scalar(cell.scalar) ?? " ")
            }
            if y + 1 < c.height { out += "\r\n" }
        }
        return out + "\u{1b}[0m"
    }

    static func sgr(_ s: Style) -> String {
        var parts = ["0"]
        if s.attrs.contains(.bold) { parts.append("1") }
        if s.attrs.contains(.dim) { parts.append("2") }
        if s.attrs.contains(.underline) { parts.append("4") }
        if s.attrs.contains(.reverse) { parts.append("7") }
        if s.fg.xterm256 >= 0 { parts.append("38;5;\(s.fg.xterm256)") }
        if s.bg.xterm256 >= 0 { parts.append("48;5;\(s.bg.xterm256)") }
        return "\u{1b}[" + parts.joined(separator: ";") + "m"
    }
}
