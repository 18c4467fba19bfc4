import GoRuntime

/// Words for events in the Events pane, and which events a break condition
/// or a highlight cares about.
public enum EventText {
    /// One sentence a student understands.
    public static func sentence(_ e: Event) -> String {
        switch e.kind {
        case let .chan(c): c.sentence
        default: e.description
        }
    }

    /// The short kind tag shown at the right ("steal", "preempt", "chan" …).
    public static func tag(_ e: Event) -> String {
        switch e.kind {
        case let .sched(s):
            switch s {
            case .steal: "steal"
            case .goPreempt, .preemptRequest: "preempt"
            case .handoff, .goSysBlock, .retake: "handoff"
            case .goSysCall, .goSysExit: "syscall"
            case .goCreate: "go"
            case .goBlock: "park"
            case .goUnblock: "ready"
            case .goStart: "run"
            case .goEnd: "exit"
            case .mSpin, .mSpinStop: "spin"
            case .sysmonWake, .sysmonSleep: "sysmon"
            case .fatal: "fatal"
            case .mStart, .mIdle, .mNetpollBlock, .mNetpollWake: "thread"
            case .procStart, .procStop, .procResize: "proc"
            case .runqPut, .runqKick, .runqPutSlow, .globrunqGet: "runq"
            case .timerAdd, .timerFire: "timer"
            case .stwBegin, .stwEnd: "stw"
            case .write: "write"
            case .exit: "exit"
            case .goSched: "yield"
            case .stackGrowth: "stack"
            }
        case .chan: "chan"
        case .sync: "sync"
        case .heap: "alloc"
        case let .gc(g):
            if case .phase = g { "gc phase" } else { "gc" }
        }
    }

    /// How loud the event is drawn.
    public static func style(_ e: Event) -> Style {
        switch e.kind {
        case let .sched(s):
            switch s {
            case .steal: Style(fg: .lemon, attrs: .bold)
            case .goPreempt, .preemptRequest: Style(fg: .vermillion, attrs: .bold)
            case .handoff, .goSysBlock, .retake: Style(fg: .purple, attrs: .bold)
            case .fatal: Theme.alert
            case .goStart: Style(fg: .teal)
            case .goBlock: Style(fg: .orange)
            case .goUnblock, .goCreate: Style(fg: .sky)
            case .sysmonWake, .sysmonSleep, .mSpin, .mSpinStop, .mIdle: Theme.dim
            default: Theme.text
            }
        case .chan: Style(fg: .orange)
        case .sync: Style(fg: .orange)
        case .heap: Theme.dim
        case .gc: Theme.gcMark
        }
    }
}

extension BreakCondition {
    /// Whether `event` is one this condition waits for.
    public func matches(_ event: Event) -> Bool {
        switch (self, event.kind) {
        case (.steal, .sched(.steal)): return true
        case (.preemption, .sched(.goPreempt)): return true
        case (.handoff, .sched(.goSysBlock)), (.handoff, .sched(.handoff)): return true
        case (.gcPhase, .gc(.phase)): return true
        case let (.goroutineStateChange(g), .sched(s)):
            return s.changesState(of: Goid(g))
        case let (.channelOperation(c), .chan(ce)):
            return ce.channel?.raw == UInt32(truncatingIfNeeded: c)
        default:
            return false
        }
    }
}

extension SchedEvent {
    /// This event moves goroutine `g` to another state.
    func changesState(of g: Goid) -> Bool {
        switch self {
        case let .goCreate(x, _, _), let .goStart(x, _), let .goEnd(x), let .goSched(x), let .goPreempt(x),
             let .goBlock(x, _, _), let .goUnblock(x, _), let .goSysCall(x, _, _), let .goSysExit(x, _):
            return x == g
        default:
            return false
        }
    }
}

extension ChanEvent {
    /// The channel the event is about, if one.
    var channel: ChanID? {
        switch self {
        case let .make(c, _, _, _, _), let .handoff(c, _, _), let .bufPut(c, _, _), let .bufGet(c, _, _),
             let .bufRotate(c, _, _, _), let .block(c, _, _), let .unblock(c, _, _), let .recvClosed(c, _),
             let .close(c, _, _, _), let .timerSend(c, _):
            return c
        case let .selectChosen(_, _, c):
            return c
        case .nilBlock, .selectDefault, .selectBlock, .selectForever:
            return nil
        }
    }
}
