import CNcurses
import Glibc
import TerminalUI

/// How the visualiser looks and starts (`--mono`, `--ascii`, `--play`, `--speed`).
public struct InteractiveOptions: Sendable {
    /// No colours (`--mono`; also when `NO_COLOR` is set or the terminal has none).
    public var mono = false
    /// ASCII instead of Unicode line drawing and glyphs (`--ascii`).
    public var ascii = false
    public var play = false
    /// Events per second at start (nil: the default); 0 means "max".
    public var speed: Int? = nil
    public var mouse = true
    public var breakOn: BreakCondition? = nil
    public init() {}
}

/// Runs the interactive visualiser on this terminal over `source` until the
/// user quits. Restores the terminal on every exit path (quit, Ctrl-C,
/// SIGTERM/SIGHUP, a Swift error, a crash). Returns the process exit status:
/// 0 after `q`, 128 + signal after a signal, 2 when the terminal cannot be used
/// (the message, pointing to `--headless`, is written to stderr).
/// `recording` enables `r` (start/stop recording); a recording still running
/// when the loop ends is stopped and saved, and its status line written to
/// stderr after the terminal is restored.
public func runInteractive<Source: SimulationSource>(_ source: Source, options: InteractiveOptions = InteractiveOptions(),
                                                     recording: RecordingHooks<Source>? = nil) -> Int32 {
    let noColor = getenv("NO_COLOR").map { $0.pointee != 0 } ?? false
    let terminal: NcursesTerminal
    do {
        terminal = try NcursesTerminal(mono: options.mono || noColor, mouse: options.mouse)
    } catch {
        writeError("\(error)\n")
        return 2
    }
    defer { terminal.close() }
    var appOptions = AppOptions()
    appOptions.glyphs = options.ascii ? .ascii : .unicode
    appOptions.play = options.play
    appOptions.breakOn = options.breakOn
    if let speed = options.speed {
        appOptions.speedIndex = speed <= 0 ? Speed.steps.count - 1
            : Speed.steps.firstIndex { ($0 ?? Int.max) >= speed } ?? Speed.steps.count - 1
    }
    var app = App(driver: terminal, source: source, options: appOptions, recording: recording)
    let exit = app.run()
    terminal.close()
    if let note = app.exitNote { writeError("gmpscope: \(note)\n") }
    switch exit {
    case .quit, .endOfInput: return 0
    case .interrupted: return 128 + cnc_quit_signal()
    }
}

/// Writes to stderr without `print` (curses may be active; stdout is the screen).
func writeError(_ text: String) {
    var t = text
    t.withUTF8 { buf in _ = write(STDERR_FILENO, buf.baseAddress, buf.count) }
}
