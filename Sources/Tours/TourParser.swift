// Parses a tour file (docs/tours.md) into a `Tour`, with `file:line:` errors.

extension Tour {
    /// Parses `text`; `file` names it in errors ("demos/workers.tour").
    public static func parse(_ text: String, file: String) throws(TourError) -> Tour {
        var tour = Tour(demo: "")
        var sawDemo = false
        var demoLine = 1
        var current: (trigger: Trigger, line: Int, en: String?, zh: String?)? = nil

        func fail(_ line: Int, _ message: String) -> TourError { TourError(file: file, line: line, message: message) }
        func finish() throws(TourError) {
            guard let c = current else { return }
            guard let en = c.en else { throw fail(c.line, "caption '\(c.trigger.text)' has no en: text") }
            guard let zh = c.zh else { throw fail(c.line, "caption '\(c.trigger.text)' has no zh: text") }
            tour.captions.append(Caption(trigger: c.trigger, en: en, zh: zh, line: c.line))
            current = nil
        }

        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, raw) in lines.enumerated() {
            let n = index + 1
            var line = raw
            if line.last == "\r" { line = line.dropLast() }
            let body = line.trimmingSpaces
            if body.isEmpty || body.hasPrefix("#") { continue }
            let indented = line.first == " " || line.first == "\t"

            if indented {
                guard let colon = body.firstIndex(of: ":") else {
                    throw fail(n, "expected 'en: TEXT' or 'zh: TEXT' under a trigger")
                }
                let key = body[..<colon]
                let value = body[body.index(after: colon)...].trimmingSpaces
                guard key == "en" || key == "zh" else {
                    throw fail(n, "unknown caption field '\(key)' (expected en or zh)")
                }
                guard current != nil else { throw fail(n, "'\(key):' text with no trigger above it") }
                guard !value.isEmpty else { throw fail(n, "empty \(key): text") }
                if key == "en" {
                    guard current!.en == nil else { throw fail(n, "second en: text for one caption") }
                    current!.en = String(value)
                } else {
                    guard current!.zh == nil else { throw fail(n, "second zh: text for one caption") }
                    current!.zh = String(value)
                }
                continue
            }

            if body.hasPrefix("at ") || body.hasPrefix("when ") {
                try finish()
                guard sawDemo else { throw fail(n, "the tour must start with 'demo: NAME'") }
                guard let trigger = parseTrigger(body) else {
                    throw fail(n, "unknown trigger '\(body)' (docs/tours.md lists the triggers)")
                }
                current = (trigger, n, nil, nil)
                continue
            }

            guard let colon = body.firstIndex(of: ":") else {
                throw fail(n, "expected a trigger ('at …' or 'when …'), a header 'key: value' or an indented en:/zh: line")
            }
            let key = body[..<colon]
            let value = String(body[body.index(after: colon)...].trimmingSpaces)
            if key == "en" || key == "zh" { throw fail(n, "caption text must be indented under its trigger") }
            guard current == nil && tour.captions.isEmpty else {
                throw fail(n, "header '\(key):' after the first caption")
            }
            switch key {
            case "demo":
                guard !value.isEmpty else { throw fail(n, "empty demo name") }
                tour.demo = value
                demoLine = n
                sawDemo = true
            case "title.en": tour.titleEN = value
            case "title.zh": tour.titleZH = value
            case "seed":
                guard let s = UInt64(value) else { throw fail(n, "seed must be a non-negative integer, got '\(value)'") }
                tour.seed = s
            case "procs":
                guard let p = Int(value), p >= 1, p <= 256 else { throw fail(n, "procs must be 1…256, got '\(value)'") }
                tour.procs = p
            default:
                throw fail(n, "unknown header '\(key)' (expected demo, title.en, title.zh, seed or procs)")
            }
        }
        try finish()
        guard sawDemo else { throw fail(1, "the tour has no 'demo: NAME' header") }
        guard !tour.captions.isEmpty else { throw fail(demoLine, "the tour has no captions") }
        return tour
    }

    /// "at the start", "at step N", "at the first X", "at the Nth X", "at the next X", "when X".
    static func parseTrigger(_ text: Substring) -> Trigger? {
        if text == "at the start" { return .start }
        if text.hasPrefix("when ") {
            return Template.parse(text.dropFirst(5)).map(Trigger.next)
        }
        guard text.hasPrefix("at ") else { return nil }
        let rest = text.dropFirst(3)
        if rest.hasPrefix("step ") {
            guard let n = Int(rest.dropFirst(5)), n >= 0 else { return nil }
            return .step(n)
        }
        guard rest.hasPrefix("the ") else { return nil }
        let phrase = rest.dropFirst(4)
        guard let space = phrase.firstIndex(of: " ") else { return nil }
        let word = phrase[..<space]
        let tail = phrase[phrase.index(after: space)...]
        if word == "next" { return Template.parse(tail).map(Trigger.next) }
        guard let k = Trigger.parseOrdinal(word), let p = Template.parse(tail) else { return nil }
        return .nth(k, p)
    }
}

extension Substring {
    var trimmingSpaces: Substring {
        var s = self
        while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" { s.removeLast() }
        return s
    }
}
