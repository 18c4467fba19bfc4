import Testing
@testable import TerminalUI

@Suite struct CharWidthTests {
    @Test func widthsMatchGlibc() {
        #expect(CharWidth.of(0x41) == 1)            // A
        #expect(CharWidth.of(0x4E2D) == 2)          // 中
        #expect(CharWidth.of(0xFF21) == 2)          // Ａ fullwidth
        #expect(CharWidth.of(0x0301) == 0)          // combining acute
        #expect(CharWidth.of(0x200B) == 0)          // zero width space
        #expect(CharWidth.of(0x2500) == 1)          // ─ (ambiguous: narrow, as glibc)
        #expect(CharWidth.of(0x25A0) == 1)          // ■
        #expect(CharWidth.of(0x1F600) == 2)         // 😀
        #expect(CharWidth.of(0x1F) == 0)            // control
        #expect(CharWidth.of(0x9F) == 0)            // C1 control
        #expect(CharWidth.of(0xAC00) == 2)          // 가
        #expect(CharWidth.columns(of: "第一章\u{FF1A}Go运行时") == 16)
    }
}

@Suite struct CanvasTests {
    @Test func textTrimsAndSkipsWideTails() {
        var c = Canvas(width: 10, height: 2)
        c.put("Go运行", x: 1, y: 0)
        c.put("ab", x: 0, y: 1)
        #expect(c.text == " Go运行\nab")
        #expect(c[3, 0].width == 2)
        #expect(c[4, 0].isTail)
    }

    @Test func wideCharacterStraddlingTheLimitBecomesASpace() {
        var c = Canvas(width: 6, height: 1)
        let end = c.put("ab中文", x: 0, y: 0, limit: 5)
        #expect(end == 5)
        #expect(c.text == "ab中")
        #expect(c[4, 0].scalar == 0x20)
        #expect(c[4, 0].width == 1)
    }

    @Test func overwritingHalfOfAWideCharacterBlanksTheOther() {
        var c = Canvas(width: 6, height: 1)
        c.put("中文", x: 0, y: 0)
        c.put("x", x: 1, y: 0)   // the tail of 中
        #expect(c.text == " x文")
        c.put("y", x: 2, y: 0)   // the head of 文
        #expect(c.text == " xy")
        #expect(c[3, 0].scalar == 0x20)
    }

    @Test func controlsAreShownAsQuestionMarks() {
        var c = Canvas(width: 5, height: 1)
        c.put("a\tb", x: 0, y: 0)
        #expect(c.text == "a?b")
    }

    @Test func putRightAlignsByColumns() {
        var c = Canvas(width: 10, height: 1)
        c.putRight("中x", right: 10, y: 0)
        #expect(c.text == "       中x")
    }

    @Test func styleMapNamesColours() {
        var c = Canvas(width: 6, height: 1)
        c.put("ab", x: 0, y: 0, style: Style(fg: .teal))
        c.put("c", x: 2, y: 0, style: Style(fg: .orange, attrs: .bold))
        c.put("d", x: 3, y: 0, style: Style(bg: .lemon))
        #expect(c.styleMap == "ttO#")
    }

    @Test func diffFindsChangedRunsAndKeepsWideCharactersWhole() {
        var a = Canvas(width: 8, height: 2)
        a.put("hello", x: 0, y: 0)
        var b = a
        b.put("J", x: 0, y: 0)
        b.put("中", x: 3, y: 1)
        var runs: [CellRun] = []
        b.diff(from: a, into: &runs)
        #expect(runs == [CellRun(y: 0, x: 0, count: 1), CellRun(y: 1, x: 3, count: 2)])
        b.diff(from: b, into: &runs)
        #expect(runs.isEmpty)
        b.diff(from: Canvas(width: 4, height: 2), into: &runs)
        #expect(runs == [CellRun(y: 0, x: 0, count: 8), CellRun(y: 1, x: 0, count: 8)])
    }

    @Test func rectSplits() {
        let r = Rect(x: 0, y: 0, width: 100, height: 30)
        let (top, rest) = r.splitTop(1)
        #expect(top == Rect(x: 0, y: 0, width: 100, height: 1))
        let (body, bar) = rest.splitBottom(1)
        #expect(bar == Rect(x: 0, y: 29, width: 100, height: 1))
        let (left, right) = body.splitLeft(55)
        #expect(left.maxX == right.x && right.width == 45 && left.height == 28)
        #expect(r.inset(by: 1) == Rect(x: 1, y: 1, width: 98, height: 28))
        #expect(r.intersection(Rect(x: 90, y: 25, width: 20, height: 20)) == Rect(x: 90, y: 25, width: 10, height: 5))
    }
}
