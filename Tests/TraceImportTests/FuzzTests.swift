// Mutated real logs never crash the importer, and every line is still
// classified exactly once (frames, items, unreadable).
import Testing
import GoRuntime
@testable import TraceImport

@Suite struct FuzzTests {
    static let seeds = ["spin.log", "alloc.log", "pipeline.log", "alloc-summary.log", "newer-formats.log", "older-formats.log"]

    @Test(arguments: seeds) func mutatedLogsNeverCrash(name: String) {
        let original = fixture(name)
        var rng = Rand(seed: 0x7ace + UInt64(name.utf8.count))
        var parsedAny = 0
        for round in 0..<150 {
            var b = original
            let edits = 1 + Int(rng.next() % 12)
            for _ in 0..<edits {
                guard !b.isEmpty else { break }
                let at = Int(rng.next() % UInt64(b.count))
                switch rng.next() % 7 {
                case 0: b[at] = UInt8(truncatingIfNeeded: rng.next())                       // random byte
                case 1: b[at] = Array(" =[]()-:\n0123456789".utf8)[Int(rng.next() % 19)]  // syntax byte
                case 2: b.removeSubrange(at..<min(b.count, at + Int(rng.next() % 64)))      // cut
                case 3: b.insert(contentsOf: b[at..<min(b.count, at + Int(rng.next() % 200))], at: Int(rng.next() % UInt64(b.count))) // splice
                case 4: b = Array(b.prefix(at))                                              // truncate
                case 5: b.insert(contentsOf: Array("99999999999999999999999".utf8), at: at)  // overflow
                default: b.insert(contentsOf: Array("\n  G-1: status=(\n[ ] SCHED -5ms: gc #".utf8), at: at)
                }
            }
            let log = TraceParser.parse(b)
            #expect(classifiedLines(log) == log.lineCount, "round \(round)")
            #expect(log.unparsed.allSatisfy { $0.line >= 1 && $0.line <= log.lineCount })
            guard !log.frames.isEmpty else { continue }
            parsedAny += 1
            var src = TraceSource(log: log, name: name)
            // Every frame converts and draws without trapping.
            while true {
                let s = src.snapshot(selection: nil)
                #expect(s.ps.count == s.gomaxprocs)
                if src.isFinished { break }
                src.stepForward()
            }
            _ = CompareViewGoldens.single(src, width: 120, height: 40)
        }
        #expect(parsedAny > 100)
    }
}
