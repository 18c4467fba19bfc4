// Trigger matching: the whole run's events, each with the UI step that
// produced it, and the step at which each caption of a tour fires.
import GoRuntime
import TerminalUI

/// Every event of one run with its UI step (as `RuntimeSource` counts steps:
/// one step = engine steps up to and including the first that logs an event).
public struct TourTimeline: Sendable {
    public private(set) var events: [Event] = []
    /// `stepOf[i]` is the UI step that logged `events[i]`.
    public private(set) var stepOf: [Int] = []
    /// UI steps in the whole run.
    public private(set) var steps = 0

    public init() {}

    /// A timeline from known events (tests, recordings).
    public init(events: [Event], stepOf: [Int], steps: Int) {
        precondition(events.count == stepOf.count)
        self.events = events; self.stepOf = stepOf; self.steps = steps
    }

    /// Runs `runtime` to its end (or `limit` UI steps), counting steps as
    /// `RuntimeSource.stepForward` does. Keeps no keyframes, so long demos
    /// (stress) cost only their events.
    public static func record(runtime rt: Runtime, limit: Int = 10_000_000) -> TourTimeline {
        var t = TourTimeline()
        // What the runtime logged while being set up (procresize, newproc(runtime.main)) is seen at step 0.
        for e in rt.events.events {
            t.events.append(e)
            t.stepOf.append(0)
        }
        while !rt.ended, t.steps < limit {
            let before = rt.events.count
            var progressed = true
            while rt.events.count == before {
                if !rt.step() { progressed = false; break }
            }
            let produced = Int(rt.events.count - before)
            t.steps += 1
            for e in rt.events.events.suffix(min(produced, rt.events.events.count)) {
                t.events.append(e)
                t.stepOf.append(t.steps)
            }
            if !progressed && produced == 0 { break }
        }
        return t
    }

    /// Steps `source` from where it is to its end, then seeks back to step 0.
    public static func record<S: SimulationSource>(source: inout S, limit: Int = 10_000_000) -> TourTimeline {
        var t = TourTimeline()
        source.seek(step: 0)
        for e in source.snapshot(selection: nil).recentEvents {
            t.events.append(e)
            t.stepOf.append(0)
        }
        while !source.isFinished, source.step < limit {
            let evs = source.stepForward()
            t.steps = source.step
            for e in evs {
                t.events.append(e)
                t.stepOf.append(t.steps)
            }
        }
        source.seek(step: 0)
        return t
    }
}

/// Where one caption fires: the UI step to stop at and the event that fired it.
public struct CaptionStop: Sendable, Hashable {
    public var caption: Int
    public var step: Int
    public var event: Event?
    public init(caption: Int, step: Int, event: Event?) {
        self.caption = caption; self.step = step; self.event = event
    }
}

extension Tour {
    /// The step of every caption, in order; a caption whose event never
    /// happens, or happens before the previous caption, is an error at its line.
    public func locate(in timeline: TourTimeline, file: String) throws(TourError) -> [CaptionStop] {
        var stops: [CaptionStop] = []
        var prevIndex = -1   // index into timeline.events of the previous caption's event
        var prevStep = 0
        for (ci, c) in captions.enumerated() {
            func fail(_ m: String) -> TourError { TourError(file: file, line: c.line, message: m) }
            switch c.trigger {
            case .start:
                guard ci == 0 else { throw fail("'at the start' must be the first caption") }
                stops.append(CaptionStop(caption: ci, step: 0, event: nil))
            case let .step(n):
                guard n <= timeline.steps else { throw fail("step \(n) is past the end of the run (\(timeline.steps) steps)") }
                guard n >= prevStep else { throw fail("step \(n) comes before the previous caption (step \(prevStep))") }
                var last = prevIndex
                while last + 1 < timeline.events.count, timeline.stepOf[last + 1] <= n { last += 1 }
                prevIndex = last
                prevStep = n
                stops.append(CaptionStop(caption: ci, step: n, event: nil))
            case let .next(p):
                var i = prevIndex + 1
                while i < timeline.events.count, !p.matches(timeline.events[i]) { i += 1 }
                guard i < timeline.events.count else {
                    throw fail("'\(c.trigger.text)' never happens after the previous caption (step \(prevStep))")
                }
                prevIndex = i
                prevStep = timeline.stepOf[i]
                stops.append(CaptionStop(caption: ci, step: prevStep, event: timeline.events[i]))
            case let .nth(k, p):
                var seen = 0
                var found = -1
                for i in timeline.events.indices where p.matches(timeline.events[i]) {
                    seen += 1
                    if seen == k { found = i; break }
                }
                guard found >= 0 else {
                    throw fail("'\(c.trigger.text)' never happens (\(seen) time\(seen == 1 ? "" : "s") in the run)")
                }
                guard found > prevIndex else {
                    throw fail("'\(c.trigger.text)' fires at step \(timeline.stepOf[found]), before the previous caption (step \(prevStep)); use 'when …' for the next one")
                }
                prevIndex = found
                prevStep = timeline.stepOf[found]
                stops.append(CaptionStop(caption: ci, step: prevStep, event: timeline.events[found]))
            }
        }
        return stops
    }
}
