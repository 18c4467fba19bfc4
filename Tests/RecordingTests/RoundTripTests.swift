import Testing
import GoRuntime
import TerminalUI
@testable import Recording

@Suite struct RoundTripTests {
    @Test(arguments: ScriptDemos.all.map(\.name))
    func everyStepAndCounterReadsBack(_ name: String) throws {
        let demo = try #require(ScriptDemos.named(name))
        let (bytes, live, counters, hash) = recordDemo(demo)
        let rec = try Recording(bytes: bytes)
        #expect(rec.damage == [])
        #expect(rec.steps == live.count)
        #expect(rec.end?.steps == live.count)
        #expect(rec.end?.eventHash == hash)
        #expect(rec.eventCount == UInt64(live.reduce(0) { $0 + $1.count }))
        #expect(rec.initialCounters == counters[0])
        var seen: [[Event]] = []
        var seenCounters: [SceneCounters] = [rec.initialCounters]
        rec.forEachStep { step, events, c in
            #expect(step == seen.count + 1)
            seen.append(Array(events))
            seenCounters.append(c)
        }
        #expect(seen == live)
        #expect(seenCounters == counters)
        #expect(rec.header.programName == "script/\(name)")
        #expect(rec.header.options == [.init(name: "demo", value: name)])
    }

    @Test func recordingIsDeterministic() {
        let a = recordDemo(ScriptDemos.steal, seed: 7)
        let b = recordDemo(ScriptDemos.steal, seed: 7)
        #expect(a.bytes == b.bytes)
        #expect(a.hash == b.hash)
        let c = recordDemo(ScriptDemos.steal, seed: 8)
        #expect(c.hash != a.hash)
    }

    @Test func eventsAreCompact() throws {
        let (bytes, live, _, _) = recordDemo(ScriptDemos.steal, blockSteps: 1024)
        let n = live.reduce(0) { $0 + $1.count }
        let rec = try Recording(bytes: bytes)
        let headerBytes = rec.header.source.utf8.count + 100
        #expect(n > 100)
        #expect(Double(bytes.count - headerBytes) / Double(n) <= 20)
    }

    @Test func pauseMarksRoundTrip() throws {
        let (bytes, _, _, _) = recordDemo(ScriptDemos.steal, steps: 40, pauses: [3, 17, 40])
        let rec = try Recording(bytes: bytes)
        #expect(rec.pauses == [3, 17, 40])
        #expect(rec.steps == 40)
    }

    @Test func stackGrowthEventRoundTrips() throws {
        // Tag 36: goid, old and new size as zig-zag varints, after the common header.
        let events = [
            Event(seq: 0, time: 1_000, p: PID(0), m: MID(0), g: 7, kind: .sched(.stackGrowth(g: 7, oldSize: 2048, newSize: 4096))),
            Event(seq: 1, time: 1_250, p: PID(1), m: MID(2), g: 7, kind: .sched(.stackGrowth(g: 7, oldSize: 4096, newSize: 16384))),
        ]
        var w = ByteWriter()
        var enc = EventCodec()
        for e in events { enc.encode(e, into: &w) }
        #expect(w.bytes[0] == 36)
        var r = ByteReader(w.bytes, context: "test")
        var dec = EventCodec()
        let back = try events.map { try dec.decode(seq: $0.seq, from: &r) }
        #expect(back == events)
        #expect(r.atEnd)
        #expect(back[1].description == "G7 stack 4096 → 16384 B (newstack → copystack)")
    }

    @Test func varintsAndStringsRoundTrip() throws {
        var w = ByteWriter()
        let values: [Int64] = [0, 1, -1, 63, -64, 64, 1 << 40, Int64.max, Int64.min]
        for v in values { w.svar(v) }
        w.uvar(UInt64.max)
        w.string("main.worker"); w.string("x"); w.string("main.worker")
        var r = ByteReader(w.bytes, context: "test")
        for v in values { #expect(try r.svar() == v) }
        #expect(try r.uvar() == UInt64.max)
        #expect(try r.string() == "main.worker")
        #expect(try r.string() == "x")
        #expect(try r.string() == "main.worker")
        #expect(r.atEnd)
        // 0, 1, -1, 63, -64: one byte; 64: two; 2^40: six; the extremes and UInt64.max: ten;
        // a new string: marker + length + text; a repeated one: its index.
        #expect(w.bytes.count == 5 + 2 + 6 + 10 + 10 + 10 + (2 + 11) + (2 + 1) + 1)
    }
}
