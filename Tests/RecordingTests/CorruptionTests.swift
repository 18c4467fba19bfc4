import Testing
#if canImport(Glibc)
import Glibc
#endif
import GoRuntime
import TerminalUI
@testable import Recording

@Suite struct CorruptionTests {
    @Test func notARecording() {
        #expect(throws: RecordingError("not a gmpscope recording (no GMPREC signature)")) {
            try Recording(bytes: Array("package main\n".utf8))
        }
    }

    @Test func newerVersionIsNamed() {
        var bytes = recordDemo(ScriptDemos.worker, steps: 5).bytes
        bytes[6] = 9
        #expect(throws: RecordingError("recording format version 9 (made by gmpscope 0.1.0) is not supported: this gmpscope reads versions 1…2")) {
            try Recording(bytes: bytes)
        }
    }

    @Test func truncatedFilePlaysItsIntactBlocks() throws {
        let (bytes, live, _, _) = recordDemo(ScriptDemos.steal, blockSteps: 16)
        #expect(live.count > 64)
        // The longest prefix holding exactly 48 steps ends inside step block 4.
        var cutAt = 0
        for n in stride(from: bytes.count, to: 0, by: -1) {
            if let r = try? Recording(bytes: Array(bytes[0..<n])), r.steps == 48 { cutAt = n; break }
        }
        let rec = try Recording(bytes: Array(bytes[0..<cutAt]))
        #expect(rec.steps == 48)
        #expect(rec.end == nil)
        #expect(rec.damage.count == 1)
        let msg = try #require(rec.damage.first?.message)
        #expect(msg.hasPrefix("chunk 5 at byte "))   // header, prelude, three step blocks, then the cut one
        #expect(msg.contains("is truncated: it declares ") && msg.contains(" bytes plus an 8-byte checksum but only "))
        #expect(msg.hasSuffix("; playing the first 48 steps"))
    }

    @Test func missingEndRecordIsReported() throws {
        let (bytes, _, _, _) = recordDemo(ScriptDemos.worker, steps: 10, blockSteps: 4)
        var n = bytes.count
        while n > 0 {
            n -= 1
            if let r = try? Recording(bytes: Array(bytes[0..<n])), r.damage.first?.message.hasPrefix("the file ends without") == true {
                #expect(r.steps == 10)
                #expect(r.damage.map(\.message) == ["the file ends without its end record (the recording was cut short); playing the 10 steps it holds"])
                return
            }
        }
        Issue.record("no prefix ends cleanly after the step chunks")
    }

    @Test func flippedByteIsACorruptedChunk() throws {
        var (bytes, _, _, _) = recordDemo(ScriptDemos.worker, steps: 40, blockSteps: 8)
        let good = try Recording(bytes: bytes)
        #expect(good.damage == [])
        bytes[bytes.count - 200] ^= 0x40
        let rec = try Recording(bytes: bytes)
        #expect(rec.steps < 40)
        #expect(rec.damage.count == 1)
        #expect(rec.damage[0].message.contains("is corrupted (checksum mismatch); playing the first \(rec.steps) steps"))
    }

    /// Mutations and truncations of a real recording: each either throws a
    /// RecordingError or opens with what is intact; playback over it never traps.
    @Test func fuzzNeverCrashes() throws {
        let (bytes, _, _, _) = recordDemo(ScriptDemos.syscall, steps: 120, blockSteps: 8)
        var m = Mutator(state: 0x9e37_79b9_7f4a_7c15)
        var opened = 0, refused = 0, damaged = 0
        for i in 0..<1500 {
            var b = bytes
            switch i % 4 {
            case 0: b[Int(m.next() % UInt64(b.count))] ^= UInt8(truncatingIfNeeded: m.next() | 1)
            case 1: b = Array(b[0..<Int(m.next() % UInt64(b.count))])
            case 2:
                let at = Int(m.next() % UInt64(b.count))
                b.insert(contentsOf: (0..<(1 + Int(m.next() % 9))).map { _ in UInt8(truncatingIfNeeded: m.next()) }, at: at)
            default:
                for _ in 0..<8 { b[Int(m.next() % UInt64(b.count))] = UInt8(truncatingIfNeeded: m.next()) }
            }
            do {
                let r = try Recording(bytes: b)
                opened += 1
                if !r.damage.isEmpty { damaged += 1 }
                for k in 0..<r.blockCount { _ = try r.decodeBlock(k) }
                let src = RecordingSource(recording: r, engine: nil, engineError: "test")
                src.seek(step: r.steps)
                src.seek(step: 0)
                while !src.isFinished { src.stepForward() }
                _ = src.snapshot(selection: nil)
                _ = PerfettoExport.export(r)
            } catch is RecordingError {
                refused += 1
            }
        }
        #expect(opened + refused == 1500)
        #expect(damaged > 500)
        #expect(refused > 0)
    }
}

@Suite struct AtomicWriteTests {
    @Test func writesThroughATemporaryFile() throws {
        let dir = "/tmp/gmpscope-rec-test-\(getpid())"
        mkdir(dir, 0o755)
        defer { rmdir(dir) }
        let path = dir + "/a.gmprec"
        let (bytes, _, _, _) = recordDemo(ScriptDemos.worker, steps: 5)
        try Recorder.atomicWrite(bytes, to: path)
        defer { unlink(path) }
        let back = try Recording.open(path: path)
        #expect(back.steps == 5)
        #expect(back.damage == [])
        // Only the final file remains.
        var names: [String] = []
        if let d = opendir(dir) {
            while let e = readdir(d) {
                let name = withUnsafeBytes(of: e.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
                if name != "." && name != ".." { names.append(name) }
            }
            closedir(d)
        }
        #expect(names == ["a.gmprec"])
    }

    @Test func unwritablePlaceIsNamed() {
        #expect(throws: RecordingError("cannot create /nonexistent-dir/x.gmprec.tmp-\(getpid()): No such file or directory")) {
            try Recorder.atomicWrite([1, 2, 3], to: "/nonexistent-dir/x.gmprec")
        }
        #expect(throws: RecordingError("/nonexistent-dir/x.gmprec: cannot read the file")) {
            try Recording.open(path: "/nonexistent-dir/x.gmprec")
        }
    }
}
