import GoRuntime
import Testing
@testable import TerminalUI

/// Stepping back restores an earlier engine state: the frame after `b` is
/// exactly the frame that was shown before the step, across keyframes.
@Suite struct TimeTravelTests {
    static func frame(_ source: RuntimeSource) -> String {
        var app = App(driver: MemoryDriver(width: 160, height: 48), source: source)
        app.draw()
        return app.canvas.text
    }

    @Test(arguments: ["steal", "syscall", "preempt", "worker"])
    func stepBackShowsExactlyTheEarlierFrame(demo: String) throws {
        var source = ScriptDemos.source(try #require(ScriptDemos.named(demo)))
        var frames = [Self.frame(source)]
        var hashes = [source.runtime.events.hash]
        for _ in 0..<150 where !source.isFinished {
            source.stepForward()
            frames.append(Self.frame(source))
            hashes.append(source.runtime.events.hash)
        }
        let last = source.step
        #expect(last > 64 || source.isFinished, "crosses a keyframe (every 64 steps)")
        for step in stride(from: last - 1, through: 0, by: -1) {
            source.stepBack()
            #expect(source.step == step)
            #expect(source.runtime.events.hash == hashes[step])
            #expect(Self.frame(source) == frames[step], "step \(step) of \(demo)")
        }
        // Seeking anywhere gives the same frame as having stepped there.
        for step in [last, 3, 97, 64, 65, 0, 128].filter({ $0 <= last }) {
            source.seek(step: step)
            #expect(source.step == step)
            let f = Self.frame(source)
            #expect(f == frames[step], "seek \(step) of \(demo): \(Golden.firstDifference(f, frames[step]))")
        }
    }

    @Test func bigStepsStopWhereTheySay() {
        var source = ScriptDemos.source(ScriptDemos.steal)
        let events = source.stepForward(until: StepPredicates.startsTimeSlice)
        #expect(events?.contains(where: StepPredicates.startsTimeSlice) == true)
        let tick1 = source.step
        source.stepForward(until: StepPredicates.startsTimeSlice)
        let tick2 = source.step
        #expect(tick2 > tick1)
        let found = source.stepBack(until: StepPredicates.startsTimeSlice)
        #expect(found)
        #expect(source.step == tick1)
        #expect(source.lastStepEvents.contains(where: StepPredicates.startsTimeSlice))
    }
}

/// The loop end to end over the in-memory driver: keys in, frames out.
@Suite struct AppLoopTests {
    func header(_ c: Canvas) -> String { c.line(0) }

    @Test func stepBackHelpAndQuit() {
        let keys: [InputEvent] = [.key(.char("n")), .key(.char("n")), .key(.char("n")), .key(.char("b")),
                                  .key(.char("?")), .key(.escape), .key(.char("q"))]
        var app = App(driver: MemoryDriver(width: 120, height: 40, input: keys, keepsHistory: true),
                      source: ScriptDemos.source(ScriptDemos.worker))
        #expect(app.run() == .quit)
        let frames = app.driver.frames
        #expect(frames.count == 7)   // the first frame + one per key before q
        let steps = frames.map { f -> String in
            let h = header(f)
            let r = h.range(of: "step ")!
            return String(h[r.upperBound...].prefix { $0 != " " })
        }
        #expect(steps == ["0", "1", "2", "3", "2", "2", "2"])
        #expect(frames[4] == frames[2])
        #expect(frames[5].text.contains("any key closes"))
        #expect(frames[6] == frames[4])
    }

    @Test func resizeBelowTheMinimumShowsTheSizeNeeded() {
        let keys: [InputEvent] = [.resize(width: 90, height: 20), .resize(width: 100, height: 30)]
        var app = App(driver: MemoryDriver(width: 120, height: 40, input: keys, keepsHistory: true),
                      source: ScriptDemos.source(ScriptDemos.worker))
        #expect(app.run() == .endOfInput)
        let frames = app.driver.frames
        #expect(frames[1].width == 90 && frames[1].height == 20)
        #expect(frames[1].text.contains("gmpscope needs a terminal of at least 100x30"))
        #expect(frames[1].text.contains("this one is 90x20"))
        #expect(frames[2].text.contains("Processors"))
    }

    @Test func playingPausesOnABreakCondition() {
        var keys: [InputEvent] = [.key(.char("/"))] + "steal".map { .key(.char($0)) } + [.key(.enter)]
        keys += Array(repeating: .key(.char("+")), count: 12) + [.key(.char(" "))]
        var app = App(driver: MemoryDriver(width: 120, height: 40, input: keys), source: ScriptDemos.source(ScriptDemos.steal))
        #expect(app.run() == .endOfInput)
        #expect(app.state.paused)
        #expect(app.state.breakOn == .steal)
        #expect(app.source.lastStepEvents.contains { if case .sched(.steal) = $0.kind { true } else { false } })
        #expect(app.state.status?.hasPrefix("paused: P") == true)
        #expect(app.canvas.text.contains("STOLE"))
    }

    @Test func signalEndsTheLoop() {
        var app = App(driver: MemoryDriver(width: 120, height: 40, input: [.key(.char("n")), .interrupted]),
                      source: ScriptDemos.source(ScriptDemos.worker))
        #expect(app.run() == .interrupted)
    }

    @Test func theEndOfTheProgramPausesAndSaysSo() {
        var keys: [InputEvent] = Array(repeating: .key(.char("+")), count: 12) + [.key(.char(" "))]
        keys.append(.key(.char("n")))  // at the end: nothing happens, the note stays
        var driver = MemoryDriver(width: 120, height: 40, input: [])
        var app = App(driver: driver, source: ScriptDemos.source(ScriptDemos.worker))
        driver.pending = keys
        driver.holdsInputWhilePlaying = true
        app.driver = driver
        #expect(app.run() == .endOfInput)
        #expect(app.source.isFinished)
        #expect(app.state.paused)
        #expect(app.state.status?.hasPrefix("program exited with status 0") == true)
        #expect(app.canvas.line(0).contains("exited 0"))
    }

    @Test func enterSelectsTheGoroutineUnderTheCursorAndHighlightsItsP() {
        let keys: [InputEvent] = Array(repeating: .key(.char("n")), count: 10) + [.key(.tab), .key(.down), .key(.down), .key(.down), .key(.down), .key(.enter)]
        var app = App(driver: MemoryDriver(width: 160, height: 48, input: keys), source: ScriptDemos.source(ScriptDemos.steal))
        _ = app.run()
        guard case let .goroutine(g)? = app.state.selection else {
            Issue.record("nothing selected: \(String(describing: app.state.selection))")
            return
        }
        #expect(g == 5)
    }
}
