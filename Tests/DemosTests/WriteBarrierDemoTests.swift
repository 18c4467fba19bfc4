// demos/write-barrier.go at the default options (seed 1, GOMAXPROCS 4) shows
// the barrier: the worker's pointer stores happen while the collector marks,
// so the barrier's shade events appear in the mark phase — headless and in
// the visualiser's steps (a `gmpscope record` of the demo, which steps the
// runtime as the visualiser does) — and with --no-write-barrier a reachable
// job is freed and the program dies. Runs the real gmpscope binary that
// `swift test` builds next to the tests.
import Foundation
import Testing

@Suite(.serialized) struct WriteBarrierDemoTests {
    /// One run's event log (JSON Lines) reduced to what the barrier test reads.
    struct Log {
        /// (goroutine, text) of every collector phase change and barrier event, in order.
        var gc: [(g: Int, text: String)] = []
        var texts: [String] = []
    }

    @Test func barrierShadesWhileMarking() throws {
        let dir = try Scratch()
        let headless = try Gmpscope.run(["run", "--headless", "--events", dir.path("run.jsonl"), repoFile("demos/write-barrier.go")])
        #expect(headless.status == 0, "\(headless.output)")
        #expect(headless.output == "16 jobs done, total 2884800\n")
        let rec = try Gmpscope.run(["record", "demo:write-barrier", "-o", dir.path("wb.gmprec")])
        #expect(rec.status == 0, "\(rec.output)")
        let export = try Gmpscope.run(["export", dir.path("wb.gmprec"), "--format", "jsonl", "-o", dir.path("rec.jsonl")])
        #expect(export.status == 0, "\(export.output)")

        let run = try readLog(dir.path("run.jsonl"))
        let steps = try readLog(dir.path("rec.jsonl"))
        // The visualiser's steps log exactly the headless run's events.
        #expect(run.texts == steps.texts)

        // One cycle (runtime.GC); every barrier event falls in its mark phase.
        let phases = run.gc.filter { $0.text.hasPrefix("GC ") }.map(\.text)
        #expect(phases == ["GC 1: sweep termination (STW)", "GC 1: mark", "GC 1: mark termination (STW)",
                           "GC 1: sweep", "GC 1: off"])
        let markStart = try #require(run.gc.firstIndex { $0.text == "GC 1: mark" })
        let markEnd = try #require(run.gc.firstIndex { $0.text == "GC 1: mark termination (STW)" })
        let barriers = run.gc.indices.filter { run.gc[$0].text.hasPrefix("write barrier at ") }
        // 16 jobs, three pointer stores each that overwrite a pointer, less
        // the first job's `done.Next` (nil before) and the last job's `j.Next = nil` (nil already).
        #expect(barriers.count == 16 * 3 - 2)
        #expect(barriers.allSatisfy { $0 > markStart && $0 < markEnd })
        // All by the worker (G5), and none shades a new pointer: its stack was scanned before it took a job.
        #expect(barriers.allSatisfy { run.gc[$0].g == 5 })
        #expect(barriers.allSatisfy { !run.gc[$0].text.contains("(stack grey)") })

        // The first barrier shades job 1 as `todo.Next = j.Next` deletes its
        // pointer; the job is greyed (wbBufFlush1) and scanned before mark termination.
        let first = run.gc[barriers[0]].text
        let job1 = try #require(first.split(separator: " ").last.map(String.init))
        let texts = run.texts
        let barrierAt = try #require(texts.firstIndex(of: first))
        let greyAt = try #require(texts.firstIndex(of: "greyobject \(job1) → grey"))
        let scanAt = try #require(texts.firstIndex { $0.hasPrefix("scanobject \(job1) ") })
        let termAt = try #require(texts.firstIndex(of: "GC 1: mark termination (STW)"))
        #expect(barrierAt < greyAt && greyAt < scanAt && scanAt < termAt)
        // The second barrier of the same move shades job 2 (the old `j.Next`), at slot job 1's Next field.
        #expect(run.gc[barriers[1]].text.hasPrefix("write barrier at \(job1): shade old 0x"))
        // Every job is taken off `todo` (a barrier at todo's slot) during the
        // mark phase, and every one is black before mark termination; the sweep frees nothing.
        let todoSlot = try #require(first.split(separator: " ").dropFirst(3).first.map { String($0.dropLast()) })
        let taken = barriers.map { run.gc[$0].text }.filter { $0.hasPrefix("write barrier at \(todoSlot): ") }
            .compactMap { $0.split(separator: " ").last.map(String.init) }
        #expect(taken.count == 16 && Set(taken).count == 16)
        for job in taken {
            #expect(texts[..<termAt].contains { $0.hasPrefix("scanobject \(job) ") }, "job \(job) not black at mark termination")
        }
        #expect(!texts.contains { $0.hasPrefix("sweep span") && !$0.contains(": 0 freed,") })
    }

    @Test func withoutTheBarrierAJobIsFreedWhileReachable() throws {
        let dir = try Scratch()
        let r = try Gmpscope.run(["run", "--headless", "--no-write-barrier", "--events", dir.path("nb.jsonl"),
                                  repoFile("demos/write-barrier.go")])
        #expect(r.status == 2)
        let lines = r.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "gmpscope: WARNING: --no-write-barrier: the write barrier is OFF (teaching mode); the collector may free objects that are still reachable")
        #expect(lines.count > 1 && lines[1].hasPrefix("fatal error: gmpscope: use of freed object 0x")
                && lines[1].hasSuffix(" (the write barrier was off)"), "\(r.output)")
        #expect(!r.output.contains("jobs done"))
        let log = try readLog(dir.path("nb.jsonl"))
        #expect(log.texts.contains { $0.hasPrefix("!!! WRITE BARRIER DISABLED") })
        #expect(!log.texts.contains { $0.hasPrefix("write barrier at ") })
    }

    private func readLog(_ path: String) throws -> Log {
        var log = Log()
        let text = try String(contentsOfFile: path, encoding: .utf8)
        for line in text.split(separator: "\n") {
            let obj = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let t = try #require(obj["text"] as? String)
            log.texts.append(t)
            if obj["area"] as? String == "gc", t.hasPrefix("GC ") || t.hasPrefix("write barrier at ") {
                log.gc.append((obj["g"] as? Int ?? -1, t))
            }
        }
        return log
    }
}

private func repoFile(_ path: String) -> String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent(path).path
}

struct ScratchError: Error, CustomStringConvertible {
    var description: String
}

/// A temporary directory removed when the value goes away.
final class Scratch {
    let url: URL
    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("gmpscope-demo-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(at: url) }
    func path(_ name: String) -> String { url.appendingPathComponent(name).path }
}

/// The gmpscope binary next to the test bundle (`swift test` builds it), or `GMPSCOPE_BIN`.
enum Gmpscope {
    static var path: String? {
        if let p = ProcessInfo.processInfo.environment["GMPSCOPE_BIN"] { return p }
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [bundle, bundle.deletingLastPathComponent()] {
            let p = candidate.appendingPathComponent("gmpscope").path
            if FileManager.default.isExecutableFile(atPath: p) { return p }
        }
        return nil
    }

    /// Runs gmpscope with stdout and stderr (in that order) in one string.
    static func run(_ args: [String]) throws -> (status: Int32, output: String) {
        guard let bin = path else { throw ScratchError(description: "gmpscope binary not found next to the tests; set GMPSCOPE_BIN") }
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("gmpscope-demo-out-\(UUID().uuidString)")
        let err = out.appendingPathExtension("err")
        defer { try? FileManager.default.removeItem(at: out); try? FileManager.default.removeItem(at: err) }
        let raw = system(([bin] + args).map(quote).joined(separator: " ") + " </dev/null >\(quote(out.path)) 2>\(quote(err.path))")
        let status = raw == -1 ? -1 : (raw >> 8) & 0xFF
        let text = { (u: URL) in String(decoding: (try? Data(contentsOf: u)) ?? Data(), as: UTF8.self) }
        return (status, text(out) + text(err))
    }

    private static func quote(_ s: String) -> String {
        if !s.isEmpty, s.allSatisfy({ $0.isLetter || $0.isNumber || "-_./=:,".contains($0) }) { return s }
        return "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
