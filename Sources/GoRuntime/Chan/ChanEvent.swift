// Channel events (carried as `EventKind.chan(ChanEvent)`), each with the
// sentence the event log shows. Goroutines are goids, channels `ch#N`.

public enum ChanEvent: Sendable, Hashable {
    /// `makechan`: a channel of `elem` with capacity `cap` made at `line`.
    case make(ChanID, elem: String, cap: Int, line: Int, g: Int64)
    /// `send`: direct hand-off from a sender to a parked receiver (no buffer).
    case handoff(ChanID, from: Int64, to: Int64)
    /// Buffer put at `buf[index]` by `g` (chansend / select bufsend).
    case bufPut(ChanID, g: Int64, index: Int)
    /// Buffer get from `buf[index]` by `g` (chanrecv / select bufrecv).
    case bufGet(ChanID, g: Int64, index: Int)
    /// `recv` on a full buffered channel with a parked sender: `g` takes
    /// `buf[index]` and the sender's value goes into the same slot.
    case bufRotate(ChanID, g: Int64, sender: Int64, index: Int)
    /// A G parks on the channel's sendq (`send` true) or recvq.
    case block(ChanID, g: Int64, send: Bool)
    /// A parked G is readied by `by` (hand-off, buffer rotation or close).
    case unblock(ChanID, g: Int64, by: Int64)
    /// A receive on a closed, drained channel: zero value, ok = false.
    case recvClosed(ChanID, g: Int64)
    /// `closechan` by `g`, waking `receivers` and `senders`.
    case close(ChanID, g: Int64, receivers: Int, senders: Int)
    /// Parked forever on a nil channel.
    case nilBlock(g: Int64, send: Bool)
    /// select: `g` chose case `index` (source order) on `chan`.
    case selectChosen(g: Int64, index: Int, chan: ChanID)
    /// select with default: no case ready, default taken.
    case selectDefault(g: Int64)
    /// select: no case ready, `g` enqueued on `count` channels and parked.
    case selectBlock(g: Int64, count: Int)
    /// `select {}` / select whose cases are all nil channels.
    case selectForever(g: Int64)
    /// A timer fired and sent the time on its channel (dropped if full).
    case timerSend(ChanID, delivered: Bool)

    /// A short sentence for the event log.
    public var sentence: String {
        switch self {
        case let .make(c, elem, cap, line, g):
            "G\(g) made \(c) (chan \(elem), cap \(cap)) at line \(line)"
        case let .handoff(c, from, to):
            "G\(from) handed a value on \(c) straight to parked G\(to) (no buffer)"
        case let .bufPut(c, g, i):
            "G\(g) put a value into \(c) buf[\(i)]"
        case let .bufGet(c, g, i):
            "G\(g) took a value from \(c) buf[\(i)]"
        case let .bufRotate(c, g, s, i):
            "G\(g) took \(c) buf[\(i)]; parked sender G\(s)'s value refilled that slot"
        case let .block(c, g, send):
            "G\(g) blocks on \(c) (\(send ? "chan send" : "chan receive"))"
        case let .unblock(c, g, by):
            "G\(by) readies G\(g) waiting on \(c)"
        case let .recvClosed(c, g):
            "G\(g) received the zero value from closed \(c) (ok=false)"
        case let .close(c, g, r, s):
            "G\(g) closed \(c), waking \(r) receiver(s) and \(s) sender(s)"
        case let .nilBlock(g, send):
            "G\(g) blocks forever: \(send ? "send to" : "receive from") a nil channel"
        case let .selectChosen(g, i, c):
            "G\(g)'s select chose case \(i) (\(c))"
        case let .selectDefault(g):
            "G\(g)'s select found no ready case: default"
        case let .selectBlock(g, n):
            "G\(g)'s select queued on \(n) channel(s) and parks"
        case let .selectForever(g):
            "G\(g) blocks forever in select with no cases"
        case let .timerSend(c, delivered):
            delivered ? "timer sent the time on \(c)" : "timer fired but \(c) was full: value dropped"
        }
    }
}

/// What the Channels pane draws for one channel.
public struct ChanSnapshot: Sendable, Hashable {
    public var id: ChanID
    public var elemType: String
    public var cap: Int
    public var qcount: Int
    /// The buffered values as printable strings, oldest (recvx) first.
    public var buffer: [String]
    /// The raw ring slots (index = slot), "" for empty ones.
    public var slots: [String]
    public var sendx: Int
    public var recvx: Int
    /// goids waiting, head first.
    public var sendq: [Int64]
    public var recvq: [Int64]
    public var closed: Bool
    public var line: Int
    /// True for channels a timer feeds (time.After / NewTimer / NewTicker).
    public var isTimer: Bool
    public init(id: ChanID, elemType: String, cap: Int, qcount: Int, buffer: [String], slots: [String],
                sendx: Int, recvx: Int, sendq: [Int64], recvq: [Int64], closed: Bool, line: Int,
                isTimer: Bool) {
        self.id = id; self.elemType = elemType; self.cap = cap; self.qcount = qcount
        self.buffer = buffer; self.slots = slots; self.sendx = sendx; self.recvx = recvx
        self.sendq = sendq; self.recvq = recvq; self.closed = closed; self.line = line
        self.isTimer = isTimer
    }
}
