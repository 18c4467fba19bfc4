// The tour format: parsing, canonical trigger text, and file:line errors.
import Foundation
import Testing
@testable import Tours

private func parse(_ text: String) throws(TourError) -> Tour { try Tour.parse(text, file: "t.tour") }

private func error(_ text: String) -> String {
    do { _ = try parse(text); return "no error" } catch { return error.description }
}

@Test func parsesHeadersCaptionsAndTriggers() throws {
    let text = """
    # a comment
    demo: workers
    title.en: The worker example
    title.zh: 工作者示例
    seed: 7
    procs: 2

    at the start
      en: Three workers.
      zh: 三个工作者。
    at step 12
      en: Step twelve.
      zh: 第十二步。
    at the first steal by P1 from P0
      en: A steal.
      zh: 窃取。
    at the 3rd preemption
      en: Third.
      zh: 第三次。
    when G5 blocks on ch#1
      en: Blocks.
      zh: 阻塞。
    when GC enters mark termination
      en: Mark termination.
      zh: 标记终止。
    at the next G7 parks for "chan receive"
      en: Parks.
      zh: 停放。
    when the program exits
      en: Bye.
      zh: 再见。
    """
    let t = try parse(text)
    #expect(t.demo == "workers")
    #expect(t.titleEN == "The worker example")
    #expect(t.titleZH == "工作者示例")
    #expect(t.seed == 7)
    #expect(t.procs == 2)
    #expect(t.captions.map(\.trigger) == [
        .start,
        .step(12),
        .nth(1, EventPattern(.steal, p: 1, p2: 0)),
        .nth(3, EventPattern(.preempt)),
        .next(EventPattern(.chanBlock, g: 5, ch: 1)),
        .next(EventPattern(.gcPhase, phase: .markTermination)),
        .next(EventPattern(.block, g: 7, reason: "chan receive")),
        .next(EventPattern(.exit)),
    ])
    #expect(t.captions.map(\.trigger.text) == [
        "at the start", "at step 12", "at the first steal by P1 from P0", "at the third preemption",
        "when G5 blocks on ch#1", "when GC enters mark termination", "when G7 parks for \"chan receive\"",
        "when the program exits",
    ])
    #expect(t.captions.map(\.line) == [8, 11, 14, 17, 20, 23, 26, 29])
    #expect(t.captions[1].text(.zh) == "第十二步。")
    #expect(t.captions[7].en == "Bye.")
}

@Test func everyTemplateParsesToItsOwnCanonicalText() {
    // Fill each template's placeholders and parse it back.
    for (template, kind) in EventPattern.templates {
        let phrase = template
            .replacingOccurrences(of: "G#", with: "G3")
            .replacingOccurrences(of: "P# from P#", with: "P1 from P0")
            .replacingOccurrences(of: "P#", with: "P2")
            .replacingOccurrences(of: "M#", with: "M1")
            .replacingOccurrences(of: "ch#", with: "ch#4")
            .replacingOccurrences(of: "class #", with: "class 5")
            .replacingOccurrences(of: "\"reason\"", with: "\"sleep\"")
            .replacingOccurrences(of: "PHASE", with: "sweep termination")
        let p = Template.parse(Substring(phrase))
        #expect(p?.kind == kind, "\(phrase)")
        if let p { #expect(Template.parse(Substring(p.text)) == p, "\(phrase) → \(p.text)") }
    }
}

@Test func malformedToursReportFileAndLine() {
    #expect(error("at the start\n  en: x\n  zh: y\n") == "t.tour:1: the tour must start with 'demo: NAME'")
    #expect(error("demo: x\n") == "t.tour:1: the tour has no captions")
    #expect(error("# only\n") == "t.tour:1: the tour has no 'demo: NAME' header")
    #expect(error("demo: x\nat the first frobnication\n  en: a\n  zh: b\n")
            == "t.tour:2: unknown trigger 'at the first frobnication' (docs/tours.md lists the triggers)")
    #expect(error("demo: x\nwhen G1 blocks on ch#0\n  en: a\n  zh: b\n")
            == "t.tour:2: unknown trigger 'when G1 blocks on ch#0' (docs/tours.md lists the triggers)")
    #expect(error("demo: x\nat step -1\n  en: a\n  zh: b\n") == "t.tour:2: unknown trigger 'at step -1' (docs/tours.md lists the triggers)")
    #expect(error("demo: x\n  en: a\n") == "t.tour:2: 'en:' text with no trigger above it")
    #expect(error("demo: x\nat step 1\nen: a\n") == "t.tour:3: caption text must be indented under its trigger")
    #expect(error("demo: x\nat step 1\n  en: a\nat step 2\n  en: b\n  zh: c\n") == "t.tour:2: caption 'at step 1' has no zh: text")
    #expect(error("demo: x\nat step 1\n  zh: a\n") == "t.tour:2: caption 'at step 1' has no en: text")
    #expect(error("demo: x\nat step 1\n  en: a\n  en: b\n") == "t.tour:4: second en: text for one caption")
    #expect(error("demo: x\nat step 1\n  en:   \n") == "t.tour:3: empty en: text")
    #expect(error("demo: x\nat step 1\n  fr: a\n") == "t.tour:3: unknown caption field 'fr' (expected en or zh)")
    #expect(error("demo: x\nat step 1\n  just words\n") == "t.tour:3: expected 'en: TEXT' or 'zh: TEXT' under a trigger")
    #expect(error("demo: x\nseed: many\n") == "t.tour:2: seed must be a non-negative integer, got 'many'")
    #expect(error("demo: x\nprocs: 0\n") == "t.tour:2: procs must be 1…256, got '0'")
    #expect(error("demo: x\ncolour: red\n") == "t.tour:2: unknown header 'colour' (expected demo, title.en, title.zh, seed or procs)")
    #expect(error("demo: x\nat step 1\n  en: a\n  zh: b\nseed: 2\n") == "t.tour:5: header 'seed:' after the first caption")
    #expect(error("demo: x\nrandom words\n")
            == "t.tour:2: expected a trigger ('at …' or 'when …'), a header 'key: value' or an indented en:/zh: line")
}

@Test func ordinals() {
    #expect(Trigger.parseOrdinal("first") == 1)
    #expect(Trigger.parseOrdinal("tenth") == 10)
    #expect(Trigger.parseOrdinal("11th") == 11)
    #expect(Trigger.parseOrdinal("22nd") == 22)
    #expect(Trigger.parseOrdinal("23rd") == 23)
    #expect(Trigger.parseOrdinal("21th") == nil)
    #expect(Trigger.parseOrdinal("next") == nil)
    #expect(Trigger.ordinal(12) == "12th")
    #expect(Trigger.ordinal(101) == "101st")
}
