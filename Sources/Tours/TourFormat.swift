// The tour format (docs/tours.md): a demo's guided captions, each tied to a
// trigger over the engine's event stream, with English and Chinese text.

/// The caption's language (`--lang`).
public enum TourLanguage: String, Sendable, Hashable, CaseIterable {
    case en, zh
}

/// When a caption fires.
public enum Trigger: Sendable, Hashable {
    /// `at the start`: before the first step (UI step 0).
    case start
    /// `at step N`: after UI step N.
    case step(Int)
    /// `at the first X` / `at the Nth X`: the Nth event matching X in the whole run.
    case nth(Int, EventPattern)
    /// `when X` / `at the next X`: the first event matching X after the previous caption's.
    case next(EventPattern)

    /// The trigger as written in canonical form.
    public var text: String {
        switch self {
        case .start: "at the start"
        case let .step(n): "at step \(n)"
        case let .nth(1, p): "at the first \(p.text)"
        case let .nth(n, p): "at the \(Trigger.ordinal(n)) \(p.text)"
        case let .next(p): "when \(p.text)"
        }
    }

    static func ordinal(_ n: Int) -> String {
        let words = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]
        if n >= 1 && n <= words.count { return words[n - 1] }
        return "\(n)\(numericSuffix(n))"
    }

    /// "st", "nd", "rd" or "th" for `n`.
    static func numericSuffix(_ n: Int) -> String {
        (n % 100 >= 11 && n % 100 <= 13) ? "th" : ["th", "st", "nd", "rd", "th", "th", "th", "th", "th", "th"][n % 10]
    }

    /// "first" → 1, "3rd" → 3; nil otherwise.
    static func parseOrdinal(_ word: Substring) -> Int? {
        let words = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]
        if let i = words.firstIndex(of: String(word)) { return i + 1 }
        for suffix in ["st", "nd", "rd", "th"] where word.hasSuffix(suffix) {
            if let n = Int(word.dropLast(2)), n >= 1, "\(n)\(numericSuffix(n))" == String(word) { return n }
        }
        return nil
    }
}

/// One caption: a trigger and its text in each language.
public struct Caption: Sendable, Hashable {
    public var trigger: Trigger
    public var en: String
    public var zh: String
    /// 1-based line of the trigger in the tour file.
    public var line: Int

    public init(trigger: Trigger, en: String, zh: String, line: Int) {
        self.trigger = trigger; self.en = en; self.zh = zh; self.line = line
    }

    public func text(_ lang: TourLanguage) -> String { lang == .en ? en : zh }
}

/// A parsed tour: the run's settings and its captions in order.
public struct Tour: Sendable, Hashable {
    /// `demo:` — the demo this tour plays (must match the file's name).
    public var demo: String
    /// `title:` in each language.
    public var titleEN: String
    public var titleZH: String
    /// `seed:` and `procs:` of the run (default 1 and 4, as `gmpscope run`).
    public var seed: UInt64 = 1
    public var procs: Int = 4
    public var captions: [Caption] = []

    public init(demo: String, titleEN: String = "", titleZH: String = "") {
        self.demo = demo; self.titleEN = titleEN; self.titleZH = titleZH
    }

    public func title(_ lang: TourLanguage) -> String { lang == .en ? titleEN : titleZH }
}

/// A malformed tour: `file:line: message`.
public struct TourError: Error, Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var message: String
    public init(file: String, line: Int, message: String) {
        self.file = file; self.line = line; self.message = message
    }
    public var description: String { "\(file):\(line): \(message)" }
}
