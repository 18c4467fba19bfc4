/// What `update` receives: keys, mouse, resizes and notes from the loop.
public enum Message: Sendable, Hashable {
    case key(Key)
    case mouse(MouseAction, x: Int, y: Int)
    case resize(width: Int, height: Int)
    /// The loop resolved the item under the cursor (or a click) for `Enter`.
    case select(Item?)
    /// The last frame measured a pane: rows of content, rows visible.
    case measured(PaneID, rows: Int, visible: Int)
    /// Playback stopped by itself (a break condition hit, the program ended).
    case stopped(reason: String)
    /// A recording started (`true`) or stopped; `status` is the key bar's note.
    case recording(Bool, status: String)
}

/// What `update` asks of the engine and the loop.
public enum Effect: Sendable, Hashable {
    case none
    case stepForward              // one event
    case stepTick                 // to the next scheduler tick
    case stepBack                 // one event back
    case stepBackTick             // to the previous scheduler tick
    case seek(Int)                // to step N
    case nextGCPhase
    case previousGCPhase
    /// Resolve the item at `row` of `pane` in the current frame, then send `.select`.
    case resolveSelection(PaneID, row: Int)
    /// `r`: start / stop recording through the loop's `RecordingHooks`.
    case startRecording
    case stopRecording
    /// `.`/`,` in the compare view: the real trace by this many frames, the simulation to its time.
    case moveCompanion(Int)
    case quit
}
