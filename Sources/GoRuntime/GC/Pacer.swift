// mgcpacer.go (Go 1.19): `gcControllerState` — heap goal from the marked heap
// plus stacks and globals, trigger bounds (45/64 .. 61/64 of the runway,
// goal − 4 MiB for big heaps), the cons/mark PI controller, worker counts,
// the assist ratio (`revise`). Leaves out: GOMEMLIMIT, the CPU limiter.

/// `piController` (mgcpacer.go): smooths the cons/mark estimate.
public struct PIController: Sendable, Hashable {
    var kp = 0.9, ti = 4.0, tt = 1000.0, min = -1000.0, max = 1000.0
    var errIntegral = 0.0
    /// `piController.next(input, setpoint, period)`.
    mutating func next(_ input: Double, _ setpoint: Double, _ period: Double) -> (Double, Bool) {
        let prop = kp * (setpoint - input)
        let rawOutput = prop + errIntegral
        if !rawOutput.isFinite { errIntegral = 0; return (min, false) }
        let output = Swift.min(Swift.max(rawOutput, min), max)
        errIntegral += (kp * period / ti) * (setpoint - input) + (period / tt) * (output - rawOutput)
        if !errIntegral.isFinite { errIntegral = 0; return (min, false) }
        return (output, true)
    }
}

/// `gcControllerState` (`gcController`).
public struct GCController: Sendable, Hashable {
    public static let defaultHeapMinimum = 4 << 20
    public static let sweepMinHeapDistance = 1 << 20
    public static let gcGoalUtilization = 0.25
    public static let gcBackgroundUtilization = 0.25
    public static let gcCreditSlack = 2000
    public static let gcOverAssistWork = 64 << 10
    static let triggerRatioDen = 64, minTriggerRatioNum = 45, maxTriggerRatioNum = 61

    /// GOGC (−1 = off).
    public internal(set) var gcPercent = 100
    /// `heapMinimum` = 4 MiB × GOGC/100 (or `--heap-minimum` × GOGC/100).
    public internal(set) var heapMinimum = defaultHeapMinimum
    var heapMinimumBase = defaultHeapMinimum
    public internal(set) var consMark = 0.0
    var consMarkController = PIController()
    /// `gcPercentHeapGoal`, `sweepDistMinTrigger`, `runway` (set by `commit`).
    public internal(set) var gcPercentHeapGoal = 0
    var sweepDistMinTrigger = 0
    var runway = 0
    /// `triggered`: heapLive when this cycle started (Int.max = none).
    public internal(set) var triggered = Int.max
    public internal(set) var lastHeapGoal = 0
    /// `heapLive`: marked at the last cycle + allocated since (cached spans count in full).
    public internal(set) var heapLive = 0
    public internal(set) var heapScan = 0
    public internal(set) var lastHeapScan = 0
    public internal(set) var lastStackScan = 0
    public internal(set) var stackScan = 0
    /// Stack bytes of live goroutines (`scannableStackSize`); set by the runtime.
    public var scannableStackSize = 0
    /// Scannable globals bytes (`globalsScan`).
    public var globalsScan = 0
    /// `heapMarked`: live heap at the end of the last mark.
    public internal(set) var heapMarked = 0
    public internal(set) var heapScanWork = 0
    public internal(set) var stackScanWork = 0
    public internal(set) var globalsScanWork = 0
    public internal(set) var bgScanCredit = 0
    public internal(set) var assistTime: Int64 = 0
    public internal(set) var dedicatedMarkTime: Int64 = 0
    public internal(set) var fractionalMarkTime: Int64 = 0
    public internal(set) var idleMarkTime: Int64 = 0
    public internal(set) var markStartTime: Int64 = 0
    public internal(set) var dedicatedMarkWorkersNeeded = 0
    public internal(set) var fractionalUtilizationGoal = 0.0
    public internal(set) var assistWorkPerByte = 0.0
    public internal(set) var assistBytesPerWork = 0.0

    public init() {}

    /// `gcControllerState.init` + `setGCPercent`.
    mutating func initialize(gcPercent gogc: Int, heapMinimum base: Int?) {
        heapMinimumBase = base ?? Self.defaultHeapMinimum
        setGCPercent(gogc)
    }

    /// `setGCPercent` (without the commit; the caller commits).
    mutating func setGCPercent(_ gogc: Int) {
        gcPercent = gogc < 0 ? -1 : gogc
        heapMinimum = gcPercent < 0 ? 0 : heapMinimumBase * gcPercent / 100
    }

    /// `commit(isSweepDone)`: recompute goal inputs and runway from heapMarked and consMark.
    mutating func commit(isSweepDone: Bool, phaseOn: Bool) {
        var goal = Int.max
        if gcPercent >= 0 {
            goal = heapMarked + (heapMarked + lastStackScan + globalsScan) * gcPercent / 100
        }
        if goal < heapMinimum { goal = heapMinimum }
        gcPercentHeapGoal = goal
        sweepDistMinTrigger = isSweepDone ? 0 : heapLive + Self.sweepMinHeapDistance
        let r = consMark * (1 - Self.gcGoalUtilization) / Self.gcGoalUtilization * Double(lastHeapScan + lastStackScan + globalsScan)
        runway = r >= Double(Int.max) ? Int.max : Int(r)
        if phaseOn { revise() }
    }

    /// `heapGoalInternal`: the goal and the sweep-distance minimum trigger.
    func heapGoalInternal() -> (goal: Int, minTrigger: Int) {
        var goal = gcPercentHeapGoal
        if sweepDistMinTrigger > goal { goal = sweepDistMinTrigger }
        let minTrigger = sweepDistMinTrigger
        let minRunway = 64 << 10
        if triggered != Int.max && goal < triggered + minRunway { goal = triggered + minRunway }
        return (goal, minTrigger)
    }

    /// `heapGoal()`.
    public var heapGoal: Int { heapGoalInternal().goal }

    /// `trigger()`: (trigger, goal).
    public func trigger() -> (trigger: Int, goal: Int) {
        var (goal, minTrigger) = heapGoalInternal()
        if heapMarked >= goal { return (goal, goal) }
        if minTrigger < heapMarked { minTrigger = heapMarked }
        let span = goal - heapMarked
        let lower = span / Self.triggerRatioDen * Self.minTriggerRatioNum + heapMarked
        if minTrigger < lower { minTrigger = lower }
        var maxTrigger = span / Self.triggerRatioDen * Self.maxTriggerRatioNum + heapMarked
        if goal > Self.defaultHeapMinimum && goal - Self.defaultHeapMinimum > maxTrigger {
            maxTrigger = goal - Self.defaultHeapMinimum
        }
        if maxTrigger < minTrigger { maxTrigger = minTrigger }
        var trigger = runway > goal ? minTrigger : goal - runway
        if trigger < minTrigger { trigger = minTrigger }
        if trigger > maxTrigger { trigger = maxTrigger }
        return (trigger, goal)
    }

    /// `gcTrigger{kind: gcTriggerHeap}.test()`.
    func triggerTest(phase: GCPhase) -> Bool {
        guard phase == .off, gcPercent >= 0 else { return false }
        return heapLive >= trigger().trigger
    }

    /// `gcControllerState.update(dHeapLive, dHeapScan)`.
    @inline(__always)
    mutating func update(dHeapLive: Int, dHeapScan: Int, blackening: Bool) {
        heapLive += dHeapLive
        if !blackening { heapScan += dHeapScan } else { revise() }
    }

    /// `startCycle`: reset counters, worker counts (25% of GOMAXPROCS, fractional when rounding is > 30% off).
    mutating func startCycle(markStartTime now: Int64, procs: Int) {
        heapScanWork = 0; stackScanWork = 0; globalsScanWork = 0
        bgScanCredit = 0
        assistTime = 0; dedicatedMarkTime = 0; fractionalMarkTime = 0; idleMarkTime = 0
        markStartTime = now
        triggered = heapLive
        stackScan = scannableStackSize
        let total = Double(procs) * Self.gcBackgroundUtilization
        dedicatedMarkWorkersNeeded = Int(total + 0.5)
        let utilError = Double(dedicatedMarkWorkersNeeded) / total - 1
        if utilError < -0.3 || utilError > 0.3 {
            if Double(dedicatedMarkWorkersNeeded) > total { dedicatedMarkWorkersNeeded -= 1 }
            fractionalUtilizationGoal = (total - Double(dedicatedMarkWorkersNeeded)) / Double(procs)
        } else {
            fractionalUtilizationGoal = 0
        }
        revise()
    }

    /// `revise`: the assist ratio so marking finishes by the goal.
    mutating func revise() {
        let gcPercent = self.gcPercent < 0 ? 100_000 : self.gcPercent
        let live = heapLive
        let scan = heapScan
        let work = heapScanWork + stackScanWork + globalsScanWork
        var heapGoal = self.heapGoal
        var scanWorkExpected = lastHeapScan + stackScan + globalsScan
        let maxScanWork = scan + stackScan + globalsScan
        if work > scanWorkExpected {
            let trig = trigger().trigger
            var ext = Int(Double(heapGoal - trig) / Double(max(scanWorkExpected, 1)) * Double(maxScanWork)) + trig
            scanWorkExpected = maxScanWork
            let hardGoal = Int((1.0 + Double(gcPercent) / 100.0) * Double(heapGoal))
            if ext > hardGoal { ext = hardGoal }
            heapGoal = ext
        }
        if live > heapGoal {
            heapGoal = Int(Double(heapGoal) * 1.1)
            scanWorkExpected = maxScanWork
        }
        var scanWorkRemaining = scanWorkExpected - work
        if scanWorkRemaining < 1000 { scanWorkRemaining = 1000 }
        var heapRemaining = heapGoal - live
        if heapRemaining <= 0 { heapRemaining = 1 }
        assistWorkPerByte = Double(scanWorkRemaining) / Double(heapRemaining)
        assistBytesPerWork = Double(heapRemaining) / Double(scanWorkRemaining)
    }

    /// `endCycle`: the cons/mark estimate for the next cycle.
    mutating func endCycle(now: Int64, procs: Int) {
        lastHeapGoal = heapGoal
        let assistDuration = now - markStartTime
        var utilization = Self.gcBackgroundUtilization
        if assistDuration > 0 { utilization += Double(assistTime) / Double(assistDuration * Int64(procs)) }
        guard heapLive > triggered else { return }
        var idleUtilization = 0.0
        if assistDuration > 0 { idleUtilization = Double(idleMarkTime) / Double(assistDuration * Int64(procs)) }
        let scanWork = heapScanWork + stackScanWork + globalsScanWork
        guard scanWork > 0, utilization < 1 else { return }
        let current = Double(heapLive - triggered) * (utilization + idleUtilization) / (Double(scanWork) * (1 - utilization))
        let (v, ok) = consMarkController.next(consMark, current, 1.0)
        consMark = ok ? v : 0
    }

    /// `resetLive(bytesMarked)`: after mark termination heapLive = heapMarked.
    mutating func resetLive(bytesMarked: Int) {
        heapMarked = bytesMarked
        heapLive = bytesMarked
        heapScan = heapScanWork
        lastHeapScan = heapScanWork
        lastStackScan = stackScanWork
        triggered = Int.max
    }

    /// Mark work done by a background worker or assist (`gcFlushBgCredit` is separate).
    mutating func addScanWork(heap: Int, stack: Int, globals: Int) {
        heapScanWork += heap; stackScanWork += stack; globalsScanWork += globals
    }
    mutating func addBgCredit(_ w: Int) { bgScanCredit += w }
    mutating func takeBgCredit(_ w: Int) { bgScanCredit -= w }
    mutating func addTime(assist: Int64 = 0, dedicated: Int64 = 0, fractional: Int64 = 0, idle: Int64 = 0) {
        assistTime += assist; dedicatedMarkTime += dedicated; fractionalMarkTime += fractional; idleMarkTime += idle
    }
}

extension HeapState {
    /// `gcControllerCommit` + `gcPaceSweeper`.
    mutating func commitPacer() {
        pacer.commit(isSweepDone: isSweepDone, phaseOn: gcphase != .off)
        gcPaceSweeper(trigger: pacer.trigger().trigger)
    }

    /// `setGCPercent` (debug.SetGCPercent / GOGC).
    public mutating func setGCPercent(_ gogc: Int) {
        pacer.setGCPercent(gogc)
        commitPacer()
    }
}
