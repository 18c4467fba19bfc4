// time/sleep.go + time/tick.go (Go 1.19 semantics): timers that send the
// time on a one-slot buffered channel, fired from the per-P timer heaps.

extension Runtime {
    /// `time.go:when(d)` — the absolute fire time (now for d <= 0).
    @inline(__always) func timerWhen(_ d: Int64) -> Int64 {
        if d <= 0 { return now }
        let t = now &+ d
        return t < 0 ? Int64.max : t
    }

    /// A `chan Time` with a one-element buffer fed by a new timer.
    private func makeTimerChan(line: Int) -> (TimerID, ChanID) {
        let c = makechan(elemType: "time.Time", elemSize: 24, size: 1, zero: chans.timeZero, line: line)!
        let t = newTimer(.sendTime(chan: c.raw))
        chans.chans[Int(c.raw) - 1].timer = t.raw
        return (t, c)
    }

    /// `time.NewTimer(d)`: c := make(chan Time, 1); startTimer (when(d), sendTime).
    public func timeNewTimer(_ d: Int64, line: Int = 0) -> (timer: TimerID, chan: ChanID) {
        let (t, c) = makeTimerChan(line: line)
        addtimer(t, when: timerWhen(d))
        return (t, c)
    }

    /// `time.After(d)` = `NewTimer(d).C`.
    public func timeAfter(_ d: Int64, line: Int = 0) -> ChanID { timeNewTimer(d, line: line).chan }

    /// `Timer.Stop`: true if the call stopped the timer (it had not fired).
    public func timerStop(_ t: TimerID) -> Bool { deltimer(t) }

    /// `Timer.Reset(d)` (1.19: resetTimer → modtimer): re-arm; true if the
    /// timer had been active. Like 1.19, a stale value already in the
    /// channel stays there.
    public func timerReset(_ t: TimerID, _ d: Int64) -> Bool {
        let active = sched.timers[t.index].isArmed
        addtimer(t, when: timerWhen(d), period: 0)
        return active
    }

    /// `time.NewTicker(d)`; nil for d <= 0, where Go panics
    /// "non-positive interval for NewTicker".
    public func timeNewTicker(_ d: Int64, line: Int = 0) -> (timer: TimerID, chan: ChanID)? {
        if d <= 0 { return nil }
        let (t, c) = makeTimerChan(line: line)
        addtimer(t, when: timerWhen(d), period: d)
        return (t, c)
    }

    /// `Ticker.Stop`.
    public func tickerStop(_ t: TimerID) { _ = deltimer(t) }

    /// `Ticker.Reset(d)`; false for d <= 0, where Go panics
    /// "non-positive interval for Ticker.Reset".
    public func tickerReset(_ t: TimerID, _ d: Int64) -> Bool {
        if d <= 0 { return false }
        addtimer(t, when: timerWhen(d), period: d)
        return true
    }

    /// `time.Tick(d)`: nil channel for d <= 0, else `NewTicker(d).C`.
    public func timeTick(_ d: Int64, line: Int = 0) -> ChanID {
        timeNewTicker(d, line: line)?.chan ?? .nilChan
    }

    /// `time/sleep.go:sendTime` — the timer function: a non-blocking send of
    /// Now() (`select { case c <- Now(): default: }`). A receiver parked on
    /// the channel gets it directly and goes into this P's runnext.
    public func sendTime(_ c: ChanID) {
        let r = chansend(c, chans.makeTimeValue(now), block: false)
        chanEmit(.timerSend(c, delivered: r == .completed))
    }

    /// A `RuntimeHooks.timerFired` handler for `.sendTime` timers.
    public func chanTimerFired(_ id: TimerID, _ f: TimerFunc) {
        if case let .sendTime(raw) = f { sendTime(ChanID(raw: raw)) }
    }
}
