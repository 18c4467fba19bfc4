// What the channel entry points return to the interpreter.

/// Result of `chansend`.
public enum SendResult: Sendable, Hashable {
    /// The value was handed to a receiver or buffered; keep running.
    case completed
    /// The G parked ("chan send" / "chan send (nil chan)"); when it runs
    /// again call `takeWakeResult` (which may carry a panic).
    case parked
    /// Non-blocking send (select with default) could not proceed.
    case wouldBlock
    /// A Go panic to raise in the G: "send on closed channel".
    case panic(String)
}

/// Result of `chanrecv`.
public enum RecvResult: Sendable, Hashable {
    /// A value (ok = true) or, from a closed drained channel, the zero value (ok = false).
    case completed(Value, ok: Bool)
    case parked
    case wouldBlock
}

/// Result of `selectgo`.
public enum SelectResult: Sendable, Hashable {
    /// Case `index` (source order) ran; for a receive, `value`/`ok` as `v, ok := <-c`.
    case chosen(index: Int, value: Value, ok: Bool)
    /// No case was ready and the select has a default.
    case defaultCase
    /// The G parked ("select" or "select (no cases)"); call `takeWakeResult`.
    case parked
    case panic(String)
}

/// What a parked channel operation produced, collected when the G runs again
/// (the code after `gopark` in chansend/chanrecv/selectgo).
public struct WakeResult: Sendable, Hashable {
    /// The select case that won (source order), or -1 for a plain send/receive.
    public var caseIndex: Int
    /// The received value (the zero value when the channel was closed).
    public var value: Value
    /// `v, ok` flag / `mysg.success`.
    public var ok: Bool
    /// "send on closed channel" when a parked sender was woken by close.
    public var panic: String?
    public init(caseIndex: Int, value: Value, ok: Bool, panic: String?) {
        self.caseIndex = caseIndex; self.value = value; self.ok = ok; self.panic = panic
    }
}
