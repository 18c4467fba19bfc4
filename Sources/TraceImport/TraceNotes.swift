// The Source pane's text for an imported trace: where it came from, what a
// real trace contains, what it does not, the importer's counts, then the
// program's output as logged.
import TerminalUI

enum TraceNotes {
    static func lines(log: TraceLog, name: String, output: [String]) -> [SourceLine] {
        let detailed = log.frames.contains { $0.isDetailed }
        let gcs = log.gcLines.count
        var t: [String] = []
        t.append("// Real Go runtime trace imported from \(name)")
        t.append("// \(log.schedFrameCount) SCHED block\(log.schedFrameCount == 1 ? "" : "s")\(detailed ? " with scheddetail" : " (summary only)"), \(gcs) gc line\(gcs == 1 ? "" : "s"), \(output.count) program output line\(output.count == 1 ? "" : "s"), \(log.unparsed.count) unreadable")
        t.append("//")
        t.append("// What the real trace has:")
        t.append("//   per P: run queue LENGTH\(detailed ? ", status, schedtick, syscalltick, M, free Gs, timers" : ", schedtick where printed")")
        t.append("//   global run queue LENGTH; threads, spinning and idle Ms, idle Ps")
        if detailed { t.append("//   per M: P, current G, spinning, blocked; per G: status and wait reason") }
        t.append("//   per GC cycle: number, start time, clock/cpu phases, heap start->end->live, goal")
        t.append("//")
        t.append("// What it does NOT have (drawn empty, or marked \"?\" / \"not traced\"):")
        t.append("//   which goroutines are queued, and in what order (queues show their length only)")
        t.append("//   runnext (\"next ?\"); anything between two SCHED lines (no steals, hand-offs, preemptions)")
        t.append("//   goroutine functions, source lines, creators; channels, mutexes, timers' deadlines")
        t.append("//   heap spans and objects, GC phase within a cycle, trigger, GOGC, mark workers")
        if !detailed { t.append("//   which P is idle (the first gomaxprocs-idleprocs are drawn running), Ms, Gs") }
        t.append("//   the sysmon M is guessed: the M printing the block (no P, no G, locks held)")
        if !log.unparsed.isEmpty {
            t.append("//")
            t.append("// Unreadable lines:")
            for u in log.unparsed.prefix(8) { t.append("//   line \(u.line): \(u.reason)") }
            if log.unparsed.count > 8 { t.append("//   … and \(log.unparsed.count - 8) more") }
        }
        t.append("//")
        t.append("// Program output in the log:")
        t.append(contentsOf: output)
        return t.enumerated().map { SourceLine(text: $0.element, line: $0.offset + 1) }
    }
}
