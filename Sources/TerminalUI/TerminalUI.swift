// TerminalUI: cell grid, panes, app state. Reads GoRuntime snapshots only.
import GoRuntime
