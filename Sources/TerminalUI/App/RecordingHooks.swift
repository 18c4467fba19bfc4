/// What `r` does, injected by whoever can write recordings (TerminalUI does
/// not import Recording). The loop calls them; `update` only asks for
/// `.startRecording` / `.stopRecording`. Not `Sendable`: the closures own a
/// recorder and run on the UI loop's thread only.
public struct RecordingHooks<Source: SimulationSource> {
    /// Starts recording from the source's current step; returns nil when
    /// started, or the reason it could not (shown in the key bar).
    public var start: (Source) -> String?
    /// After anything that moved the source while recording (a step, a step
    /// back, a seek, playback): record what is new.
    public var afterMove: (Source) -> Void
    /// Playback stopped (space, a break condition, a presenter's mark, the
    /// end) while recording: the presenter paused here.
    public var pause: () -> Void
    /// Stops and saves; returns the status line ("saved 120 steps to …" or the error).
    public var stop: () -> String

    public init(start: @escaping (Source) -> String?, afterMove: @escaping (Source) -> Void,
                pause: @escaping () -> Void, stop: @escaping () -> String) {
        self.start = start
        self.afterMove = afterMove
        self.pause = pause
        self.stop = stop
    }
}
