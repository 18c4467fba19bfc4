// The caption bar: wrapping by display columns (CJK = 2), drawing over the
// bottom rows of a canvas.
import Testing
import TerminalUI
@testable import Tours

@Test func wrapsEnglishAtSpaces() {
    #expect(CaptionBar.wrap("The quick brown fox jumps", width: 10) == ["The quick", "brown fox", "jumps"])
    #expect(CaptionBar.wrap("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
    #expect(CaptionBar.wrap("  two  spaces ", width: 20) == ["two spaces"])
    #expect(CaptionBar.wrap("", width: 5) == [])
}

@Test func wrapsChineseByColumns() {
    #expect(CaptionBar.wrap("一二三四五六七", width: 6) == ["一二三", "四五六", "七"])
    // Closing punctuation stays on the line it closes.
    #expect(CaptionBar.wrap("按空格键，继续", width: 8) == ["按空格键，", "继续"])
    // Mixed scripts: Latin words stay whole, CJK breaks between characters.
    #expect(CaptionBar.wrap("G5 进入 runnext 槽位", width: 12) == ["G5 进入", "runnext 槽位"])
    for line in CaptionBar.wrap("goready 让 G5 重新变为 _Grunnable 并放进 runnext，然后 schedule() 选出下一个 G。", width: 20) {
        #expect(CharWidth.columns(of: line) <= 22, "\(line)")
    }
}

@Test func drawsOverTheBottomRows() {
    var canvas = Canvas(width: 30, height: 8)
    _ = canvas.put("pane text", x: 0, y: 4)
    _ = canvas.put("key bar", x: 0, y: 7)
    let bar = CaptionBar(heading: "Tour 1/2", text: "一二三 four", keys: "space next")
    #expect(bar.height(width: 30) == 3)
    bar.draw(into: &canvas)
    #expect(canvas.line(4) == "pane text")
    #expect(canvas.line(5) == "━━ Tour 1/2 " + String(repeating: "━", count: 30 - 12))
    #expect(canvas.line(6) == "  一二三 four")
    #expect(canvas.line(7) == "  space next")
    #expect(canvas[2, 6].width == 2)
    #expect(canvas[3, 6].width == 0)
    #expect(canvas[2, 6].bg == .panel)
}

@Test func longCaptionsAreCutWithAnEllipsis() {
    var canvas = Canvas(width: 24, height: 10)
    let bar = CaptionBar(heading: "h", text: String(repeating: "字", count: 60), keys: "k")
    bar.draw(into: &canvas)
    // 4 text rows of 10 characters (20 columns), the last one cut with "…".
    #expect(canvas.line(5) == "  " + String(repeating: "字", count: 10))
    #expect(canvas.line(8) == "  " + String(repeating: "字", count: 9) + "…")
    #expect(canvas.line(9) == "  k")
}
