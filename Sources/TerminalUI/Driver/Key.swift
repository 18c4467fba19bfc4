/// A key press, decoded by the driver.
public enum Key: Sendable, Hashable {
    case char(Character)
    case ctrl(Character)     // Ctrl-letter, e.g. `.ctrl("c")`
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace
    case function(Int)
}

/// A mouse action at a cell of the grid.
public enum MouseAction: Sendable, Hashable {
    case click
    case wheelUp
    case wheelDown
}

/// What the driver reports when input arrives.
public enum InputEvent: Sendable, Hashable {
    case key(Key)
    case mouse(MouseAction, x: Int, y: Int)
    case resize(width: Int, height: Int)
    /// SIGINT, SIGTERM or SIGHUP arrived: leave now, restoring the terminal.
    case interrupted
    /// A scripted driver ran out of input while the app waits for a key.
    case endOfInput
}
