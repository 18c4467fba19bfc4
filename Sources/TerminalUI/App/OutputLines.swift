import GoRuntime

/// The program's output log split into lines for the Output pane, kept
/// incrementally: stepping forward splits only the new records; a log that
/// shrank (a step back restored an earlier keyframe) is split again from the
/// start. Each fd has its own partial line, so a stdout line interrupted by a
/// stderr write is still one line; lines are ordered by their completion.
public struct OutputLines: Sendable {
    public private(set) var lines: [OutputLine] = []
    private var records = 0
    private var bytes = 0
    private var partialOut: [UInt8] = []
    private var partialErr: [UInt8] = []
    /// The fd whose partial line was written to first (shown first at the end).
    private var partialFirstIsErr = false

    public init() {}

    /// Brings the lines up to `log`.
    public mutating func update(_ log: OutputLog) {
        if log.records.count < records || log.bytes.count < bytes { self = OutputLines() }
        guard log.records.count > records else { return }
        for r in log.records[records...] {
            let isErr = r.fd == 2
            if partialOut.isEmpty && partialErr.isEmpty { partialFirstIsErr = isErr }
            for b in log.bytes[r.start..<r.end] {
                if b == 0x0A {
                    let text = String(decoding: isErr ? partialErr : partialOut, as: UTF8.self)
                    lines.append(OutputLine(text, isError: isErr))
                    if isErr { partialErr.removeAll(keepingCapacity: true) } else { partialOut.removeAll(keepingCapacity: true) }
                    partialFirstIsErr = partialOut.isEmpty
                } else if isErr {
                    partialErr.append(b)
                } else {
                    partialOut.append(b)
                }
            }
        }
        records = log.records.count
        bytes = log.bytes.count
    }

    /// The complete lines plus the unfinished ones (a `print` without `\n`).
    public var all: [OutputLine] {
        if partialOut.isEmpty && partialErr.isEmpty { return lines }
        var out = lines
        let o = OutputLine(String(decoding: partialOut, as: UTF8.self), isError: false)
        let e = OutputLine(String(decoding: partialErr, as: UTF8.self), isError: true)
        for l in partialFirstIsErr ? [e, o] : [o, e] where !l.text.isEmpty { out.append(l) }
        return out
    }
}
