// Event patterns against hand-made events, and the step each caption fires at.
import Testing
import GoRuntime
@testable import Tours

private func ev(_ seq: UInt64, g: Goid = 1, _ kind: EventKind) -> Event {
    Event(seq: seq, time: Int64(seq) * 100, p: PID(0), m: MID(0), g: g, kind: kind)
}

private func pattern(_ phrase: String) -> EventPattern {
    Template.parse(Substring(phrase))!
}

@Test func patternsMatchTheirEvents() {
    let steal = ev(0, .sched(.steal(thief: PID(1), victim: PID(0), gs: [5, 6], runnext: false)))
    #expect(pattern("steal").matches(steal))
    #expect(pattern("steal by P1").matches(steal))
    #expect(pattern("steal by P1 from P0").matches(steal))
    #expect(!pattern("steal by P2").matches(steal))
    #expect(!pattern("steal by P1 from P3").matches(steal))
    #expect(!pattern("preemption").matches(steal))

    let block = ev(1, .chan(.block(ChanID(raw: 1), g: 5, send: false)))
    #expect(pattern("G5 blocks on ch#1").matches(block))
    #expect(pattern("a goroutine blocks on ch#1").matches(block))
    #expect(!pattern("G6 blocks on ch#1").matches(block))
    #expect(!pattern("G5 blocks on ch#2").matches(block))

    let park = ev(2, .sched(.goBlock(g: 7, reason: .chanReceive, on: .chan(1))))
    #expect(pattern("G7 parks for \"chan receive\"").matches(park))
    #expect(pattern("G7 blocks").matches(park))
    #expect(!pattern("G7 parks for \"sleep\"").matches(park))

    let mark = ev(3, .gc(.phase(.mark, cycle: 1)))
    #expect(pattern("GC enters mark").matches(mark))
    #expect(!pattern("GC enters mark termination").matches(mark))
    #expect(pattern("GC enters mark termination").matches(ev(4, .gc(.phase(.markTermination, cycle: 1)))))

    let start = ev(5, .sched(.goStart(g: 9, inheritTime: true)))
    #expect(pattern("G9 starts running").matches(start))
    #expect(pattern("G9 runs from runnext").matches(start))
    #expect(!pattern("G9 runs from runnext").matches(ev(6, .sched(.goStart(g: 9, inheritTime: false)))))

    #expect(pattern("mark assist by G3").matches(ev(7, g: 3, .gc(.assistBegin(g: GID(2), debtBytes: 40)))))
    #expect(!pattern("mark assist by G4").matches(ev(7, g: 3, .gc(.assistBegin(g: GID(2), debtBytes: 40)))))
    #expect(pattern("the program exits").matches(ev(8, .sched(.exit(code: 0)))))
    #expect(pattern("allocation of class 5").matches(ev(9, .heap(.alloc(addr: 0xc000, size: 48, sizeclass: 5, span: 1, index: 0, black: false)))))
    #expect(!pattern("allocation of class 6").matches(ev(9, .heap(.alloc(addr: 0xc000, size: 48, sizeclass: 5, span: 1, index: 0, black: false)))))
}

/// steps: 1: create G5; 2: steal; 3: G5 blocks on ch#1, steal; 5: steal; 6: exit
private let timeline = TourTimeline(
    events: [
        ev(0, .sched(.goCreate(g: 5, goid: 5, function: "main.f"))),
        ev(1, .sched(.steal(thief: PID(1), victim: PID(0), gs: [5], runnext: false))),
        ev(2, .chan(.block(ChanID(raw: 1), g: 5, send: false))),
        ev(3, .sched(.steal(thief: PID(2), victim: PID(0), gs: [6], runnext: false))),
        ev(4, .sched(.steal(thief: PID(1), victim: PID(2), gs: [6], runnext: false))),
        ev(5, .sched(.exit(code: 0))),
    ],
    stepOf: [1, 2, 3, 3, 5, 6], steps: 6)

private func tour(_ triggers: [String]) throws -> Tour {
    var text = "demo: t\n"
    for t in triggers { text += "\(t)\n  en: x\n  zh: y\n" }
    return try Tour.parse(text, file: "t.tour")
}

private func locate(_ triggers: [String]) throws -> [Int] {
    try tour(triggers).locate(in: timeline, file: "t.tour").map(\.step)
}

private func locateError(_ triggers: [String]) -> String {
    do { _ = try tour(triggers).locate(in: timeline, file: "t.tour"); return "no error" } catch { return "\(error)" }
}

@Test func captionsFireAtTheirEventsSteps() throws {
    #expect(try locate(["at the start", "when G5 is created", "at the first steal", "when steal", "when steal", "when the program exits"])
            == [0, 1, 2, 3, 5, 6])
    // Two captions in one step, in event order.
    #expect(try locate(["when G5 blocks on ch#1", "when steal by P2"]) == [3, 3])
    #expect(try locate(["at the third steal", "when the program exits"]) == [5, 6])
    #expect(try locate(["at step 2", "when steal"]) == [2, 3])
    #expect(try locate(["at step 3", "when steal"]) == [3, 5])
    #expect(try locate(["at the first steal by P1 from P2"]) == [5])
    let stops = try tour(["at the second steal"]).locate(in: timeline, file: "t.tour")
    #expect(stops[0].event?.seq == 3)
}

@Test func captionsThatCannotFireAreErrorsAtTheirLines() {
    #expect(locateError(["at the first steal", "at the first preemption"])
            == "t.tour:5: 'at the first preemption' never happens (0 times in the run)")
    #expect(locateError(["at the fourth steal"]) == "t.tour:2: 'at the fourth steal' never happens (3 times in the run)")
    #expect(locateError(["at the second steal", "at the first steal"])
            == "t.tour:5: 'at the first steal' fires at step 2, before the previous caption (step 3); use 'when …' for the next one")
    #expect(locateError(["when the program exits", "when steal"])
            == "t.tour:5: 'when steal' never happens after the previous caption (step 6)")
    #expect(locateError(["at step 7"]) == "t.tour:2: step 7 is past the end of the run (6 steps)")
    #expect(locateError(["at step 4", "at step 2"]) == "t.tour:5: step 2 comes before the previous caption (step 4)")
    #expect(locateError(["at step 1", "at the start"]) == "t.tour:5: 'at the start' must be the first caption")
}
