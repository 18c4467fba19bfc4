// The tour player over the real visualiser with an in-memory terminal:
// space plays to the next caption, b goes back, q quits; captions in zh.
import Testing
import GoRuntime
import TerminalUI
@testable import Demos
@testable import Tours

private func player(_ name: String, lang: TourLanguage, keys: [Key]) throws -> TourPlayer<MemoryDriver, RuntimeSource> {
    let demo = try #require(EmbeddedDemos.named(name))
    let tour = try #require(try TourCatalog.tour(of: demo))
    let t = TourTimeline.record(runtime: try #require(runtimeFor(demo, seed: tour.seed, procs: tour.procs)))
    let stops = try tour.locate(in: t, file: name)
    let rt = try #require(runtimeFor(demo, seed: tour.seed, procs: tour.procs))
    let lines = demo.source.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map {
        SourceLine(text: String($0.element), line: $0.offset + 1)
    }
    let source = RuntimeSource(runtime: rt, programName: "demos/\(name).go", sourceLines: lines)
    var driver = MemoryDriver(width: 120, height: 40, input: keys.map { .key($0) }, keepsHistory: true)
    driver.holdsInputWhilePlaying = true
    var options = AppOptions()
    options.speedIndex = Speed.steps.count - 1   // max: no waiting in tests
    return TourPlayer(driver: driver, source: source, tour: tour, stops: stops, lang: lang, options: options)
}

private func screenText(_ p: TourPlayer<MemoryDriver, RuntimeSource>) -> String { p.app.driver.inner.screen.text }

@Test func spaceAndBMoveBetweenCaptions() throws {
    var p = try player("runnext-order", lang: .en, keys: [.char(" "), .char(" "), .char(" "), .char("b"), .char("q")])
    let exit = p.run()
    #expect(exit == .quit)
    #expect(p.current == 2)
    #expect(p.target == nil)
    #expect(p.app.source.step == p.stops[2].step)
    let text = screenText(p)
    #expect(text.contains("Tour: runnext and the order goroutines run in — 3/\(p.stops.count) — step \(p.stops[2].step)"))
    #expect(text.contains("space next caption · b previous caption · q quit"))
    #expect(text.contains("`go func(1)`: newproc puts G5 into P0's runnext"))
}

@Test func playingReachesEachCaptionsStep() throws {
    let n = 10
    var p = try player("runnext-order", lang: .en, keys: Array(repeating: .char(" "), count: n - 1) + [.char("q")])
    #expect(p.stops.count == n)
    _ = p.run()
    #expect(p.current == n - 1)
    #expect(p.app.source.step == p.stops[n - 1].step)
    #expect(p.app.source.isFinished)
    #expect(screenText(p).contains("space play to the end"))
}

@Test func chineseCaptionsUseWideCells() throws {
    var p = try player("workers", lang: .zh, keys: [.char("q")])
    _ = p.run()
    let screen = p.app.driver.inner.screen
    let text = screen.text
    #expect(text.contains("导览：第一章的 worker 示例 — 1/"))
    #expect(text.contains("空格 下一条说明 · b 上一条说明 · q 退出"))
    // The caption's first wrapped line, at column 2 of its row, wide cells and all.
    let first = CaptionBar.wrap(p.tour.captions[0].zh, width: 116)[0]
    let row = try #require((0..<screen.height).first { screen.line($0) == "  " + first })
    #expect(screen[2, row].width == 2 || screen[2, row].width == 1)
    #expect(CharWidth.columns(of: first) <= 116)
}
