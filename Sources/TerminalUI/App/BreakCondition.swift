/// When playback stops by itself (`/`): the engine reports each event's
/// kind and the loop pauses on the first one that matches.
public enum BreakCondition: Sendable, Hashable {
    case goroutineStateChange(Int)   // "g12"
    case steal                       // "steal"
    case preemption                  // "preempt"
    case handoff                     // "handoff" (a P handed off on a syscall)
    case gcPhase                     // "gc"
    case channelOperation(Int)       // "ch3"

    /// Parses what the user typed after `/`; `nil` when it means nothing.
    public static func parse(_ text: String) -> BreakCondition? {
        let t = text.trimmedSpaces.lowercased()
        switch t {
        case "steal", "stealing": return .steal
        case "preempt", "preemption", "preempted": return .preemption
        case "handoff", "hand-off", "syscall": return .handoff
        case "gc", "gc phase", "phase": return .gcPhase
        default: break
        }
        if let n = number(after: ["goroutine ", "goroutine", "g"], in: t) { return .goroutineStateChange(n) }
        if let n = number(after: ["ch#", "ch ", "ch"], in: t) { return .channelOperation(n) }
        return nil
    }

    private static func number(after prefixes: [String], in text: String) -> Int? {
        for prefix in prefixes where text.hasPrefix(prefix) {
            if let n = Int(text.dropFirst(prefix.count)), n >= 0 { return n }
        }
        return nil
    }

    public var label: String {
        switch self {
        case let .goroutineStateChange(g): "G\(g) changes state"
        case .steal: "a steal"
        case .preemption: "a preemption"
        case .handoff: "a P hand-off"
        case .gcPhase: "a GC phase change"
        case let .channelOperation(c): "an operation on ch#\(c)"
        }
    }
}

extension String {
    /// Without leading and trailing spaces and tabs.
    var trimmedSpaces: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" { s.removeLast() }
        return String(s)
    }
}
