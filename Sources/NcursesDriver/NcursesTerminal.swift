// NcursesDriver: the only module that calls ncurses.
import CNcurses
import TerminalUI

/// Why the terminal could not be used.
public enum TerminalError: Error, CustomStringConvertible {
    case notATerminal
    case unusable(String)

    public var description: String {
        switch self {
        case .notATerminal:
            "gmpscope: standard input and output must be a terminal for the visualiser; use `gmpscope run --headless FILE.go` to print the program's output and events instead."
        case let .unusable(why):
            "gmpscope: cannot draw on this terminal (\(why)); set TERM to a terminal that can (e.g. xterm-256color) or use `gmpscope run --headless FILE.go`."
        }
    }
}

/// The ncurses terminal (TermKit's curses driver): copies canvases to the
/// screen, writing only the cells that changed, and decodes keys and mouse.
/// Restores the terminal in `close()`, in `deinit`, at exit and on signals.
public final class NcursesTerminal: TerminalDriver {
    public private(set) var size: (width: Int, height: Int)
    public let colors: ColorCapability
    private var previous = Canvas(width: 0, height: 0)
    private var runs: [CellRun] = []
    /// Pair number per (fg, bg) xterm/ANSI index pair + 1; 0 = not yet allocated.
    private var pairs: [Int16] = Array(repeating: 0, count: 258 * 258)
    private var nextPair: Int32 = 1
    private let maxPairs: Int32

    /// Starts curses. `mono` turns colours off (`--mono`, `NO_COLOR`).
    public init(mono: Bool, mouse: Bool = true) throws {
        guard cnc_isatty() != 0 else { throw TerminalError.notATerminal }
        _ = cnc_setup_locale()
        var why = [CChar](repeating: 0, count: 256)
        if cnc_start(&why, Int32(why.count)) != 0 {
            let reason = why.withUnsafeBufferPointer { buf in
                String(decoding: buf.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            }
            throw TerminalError.unusable(reason)
        }
        switch cnc_colors(mono ? 1 : 0) {
        case 256: colors = .xterm256
        case 8: colors = .ansi8
        default: colors = .none
        }
        maxPairs = cnc_color_pairs()
        if mouse { cnc_enable_mouse() }
        var w: Int32 = 0, h: Int32 = 0
        cnc_size(&w, &h)
        size = (Int(w), Int(h))
    }

    deinit { cnc_end() }

    /// Leaves curses mode; the terminal is as it was before.
    public func close() { cnc_end() }

    public func readInput(timeoutMilliseconds: Int?) -> InputEvent? {
        var input = cnc_input()
        cnc_read(Int32(clamping: timeoutMilliseconds ?? -1), &input)
        switch Int(input.kind) {
        case Int(CNC_CHAR): return .key(Self.decode(char: input.ch))
        case Int(CNC_KEY): return Self.decode(key: Int(input.key)).map { .key($0) }
        case Int(CNC_MOUSE):
            let action: MouseAction = switch Int(input.key) {
            case Int(CNC_MOUSE_WHEEL_UP): .wheelUp
            case Int(CNC_MOUSE_WHEEL_DOWN): .wheelDown
            default: .click
            }
            return .mouse(action, x: Int(input.x), y: Int(input.y))
        case Int(CNC_RESIZE):
            size = (Int(input.x), Int(input.y))
            previous = Canvas(width: 0, height: 0)
            cnc_clear_all()
            return .resize(width: size.width, height: size.height)
        case Int(CNC_SIGNAL): return .interrupted
        default: return nil
        }
    }

    static func decode(char c: UInt32) -> Key {
        switch c {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .ctrl(Character(Unicode.Scalar(c + 96)!))
        default: return .char(Character(Unicode.Scalar(c) ?? "?"))
        }
    }

    static func decode(key: Int) -> Key? {
        switch key {
        case Int(CNC_KEY_UP): .up
        case Int(CNC_KEY_DOWN): .down
        case Int(CNC_KEY_LEFT): .left
        case Int(CNC_KEY_RIGHT): .right
        case Int(CNC_KEY_PPAGE): .pageUp
        case Int(CNC_KEY_NPAGE): .pageDown
        case Int(CNC_KEY_HOME): .home
        case Int(CNC_KEY_END): .end
        case Int(CNC_KEY_ENTER): .enter
        case Int(CNC_KEY_BACKTAB): .backTab
        case Int(CNC_KEY_BACKSPACE), Int(CNC_KEY_DC): .backspace
        case Int(CNC_KEY_F1)...(Int(CNC_KEY_F1) + 11): .function(key - Int(CNC_KEY_F1) + 1)
        default: nil
        }
    }

    public func present(_ canvas: Canvas) {
        canvas.diff(from: previous, into: &runs)
        for run in runs {
            var x = run.x
            let end = run.x + run.count
            while x < end {
                let cell = canvas[x, run.y]
                if cell.width != 0 {
                    let (pair, attrs) = resolve(cell)
                    cnc_put(Int32(run.y), Int32(x), cell.scalar, pair, attrs)
                }
                x += 1
            }
        }
        previous = canvas
        cnc_refresh()
    }

    /// The colour pair and attributes for a cell under this terminal's colours.
    private func resolve(_ cell: Cell) -> (Int32, Int32) {
        var attrs: Int32 = 0
        if cell.attrs.contains(.bold) { attrs |= Int32(CNC_ATTR_BOLD) }
        if cell.attrs.contains(.dim) { attrs |= Int32(CNC_ATTR_DIM) }
        if cell.attrs.contains(.reverse) { attrs |= Int32(CNC_ATTR_REVERSE) }
        if cell.attrs.contains(.underline) { attrs |= Int32(CNC_ATTR_UNDERLINE) }
        let fg: Int16, bg: Int16
        switch colors {
        case .none:
            // Monochrome: a background becomes reverse video.
            if cell.bg != .default { attrs ^= Int32(CNC_ATTR_REVERSE) }
            return (0, attrs)
        case .ansi8:
            fg = cell.fg.ansi8
            bg = cell.bg.ansi8
            // Same colour on same colour would hide the text.
            if fg == bg && fg >= 0 { return (pair(fg: 7, bg: bg), attrs) }
        case .xterm256:
            fg = cell.fg.xterm256
            bg = cell.bg.xterm256
        }
        return (pair(fg: fg, bg: bg), attrs)
    }

    private func pair(fg: Int16, bg: Int16) -> Int32 {
        if fg < 0 && bg < 0 { return 0 }
        let key = (Int(fg) + 1) * 258 + Int(bg) + 1
        let known = pairs[key]
        if known > 0 { return Int32(known) }
        guard nextPair < maxPairs, nextPair < Int32(Int16.max) else { return 0 }
        let n = nextPair
        nextPair += 1
        _ = cnc_init_pair(n, Int32(fg), Int32(bg))
        pairs[key] = Int16(n)
        return n
    }
}
