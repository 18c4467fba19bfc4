// Hand-written lines in the layouts of newer and older Go than 1.19.
import Testing
import GoRuntime
@testable import TraceImport

@Suite struct FormatTests {
    @Test func newerSummaryLines() {
        let log = parsed("newer-formats.log")
        let f0 = log.frames[0].summary
        #expect(f0.needspinning == 0 && f0.perPRunq == [1, 0, 0, 0] && f0.schedticks == [0, 3, 1, 0])
        let f1 = log.frames[1].summary
        #expect(f1.timeMs == 207 && f1.needspinning == 1 && f1.runqueue == 41)
        #expect(f1.perPRunq == [0, 0, 18, 1] && f1.schedticks == [14, 11, 12, 14])
        let f2 = log.frames[2].summary
        #expect(f2.needspinning == nil && f2.perPRunq == [0, 2, 0, 0])
        #expect(f2.extra == [KeyValue(key: "futurefield", value: "7")])
        let snap = log.frames[1].snapshot()
        // Lengths only: no made-up queue entries in the snapshot.
        #expect(snap.ps.map(\.runq) == [[], [], [], []] && snap.globalRunq.isEmpty)
        #expect(log.frames[1].runqLengths == [0, 0, 18, 1])
        let real = TraceSource(log: log, name: "n").realTrace(at: 1)
        #expect(real?.runqLengths == [0, 0, 18, 1] && real?.globalRunqLength == 41 && real?.queueContentsKnown == false)
        #expect(snap.ps.map(\.schedtick) == [14, 11, 12, 14])
    }

    @Test func newerDetailBlockWithNilIdsAndBools() {
        let log = parsed("newer-formats.log")
        let f = log.frames[3]
        #expect(f.summary.gcwaiting == 0 && f.summary.sysmonwait == 0 && f.summary.gomaxprocs == 2)
        #expect(f.ps.map(\.m) == [0, -1])
        #expect(f.ms.map(\.p) == [-1, -1, 0] && f.ms.map(\.lockedg) == [-1, -1, -1])
        #expect(f.ms[1].preemptoff == "GC worker init")
        #expect(f.gs.map(\.rawStatus) == [2, 4, 4100, 1, 4])
        let snap = f.snapshot()
        #expect(snap.ms.map(\.state) == [.running, .idle, .sysmon])
        // _Gscan|_Gwaiting shows as waiting; a runnable G keeps Go's stale reason but is labelled runnable.
        #expect(snap.gs.map(\.label) == ["running", "force gc (idle)", "sleep", "runnable", ""])
        // A wait reason the model lacks is kept as logged (RealTrace), never as a fake function.
        #expect(snap.gs.map(\.function) == ["", "", "", "", ""] && snap.gs.map(\.line) == [0, 0, 0, 0, 0])
        let real = TraceSource(log: log, name: "n").realTrace(at: 3)
        #expect(real?.waitReason(of: snap.gs[4].goid) == "synctest")
        #expect(real?.waitReasons.map(\.text) == ["force gc (idle)", "sleep", "chan receive", "synctest"])
        #expect(snap.gomaxprocs == 2 && snap.ps.map(\.status) == [.running, .idle])
        #expect(snap.ps.map(\.timers) == [1, 0] && snap.ps.map(\.gFree) == [0, 2])
    }

    @Test func newerGCWithStacksAndGlobals() {
        let g = parsed("newer-formats.log").gcLines
        #expect(g.count == 2)
        #expect(g[1].stacksMB == 1 && g[1].globalsMB == 2 && g[1].procs == 4 && g[1].forced)
        #expect(g[1].cpuMs == [[0.080], [0.2, 0.9, 0.1], [0.016]])
    }

    @Test func unreadableLinesCountedWithNumbers() {
        let log = parsed("newer-formats.log")
        #expect(log.unparsed.map(\.line) == [18, 19, 20])
        #expect(log.unparsed.map(\.reason) == ["gc 3: no clock or heap figures", "P7 line without status", "SCHED time 'xms' is not 'Nms'"])
        #expect(log.outputLines == ["hello from the program", "bye"])
        #expect(classifiedLines(log) == log.lineCount)
    }

    @Test func olderLayouts() {
        let log = parsed("older-formats.log")
        #expect(log.unparsed.isEmpty)
        let g = log.gcLines
        #expect(g.map(\.cycle) == [1, 2])
        #expect(g[0].clockMs == [0.035, 0.41, 0.12, 0.28, 0.095])
        #expect(g[0].cpuMs == [[0.14], [0.41], [0], [0.12, 0.32, 0.47], [0.38]])
        #expect(g[0].stacksMB == nil && g[0].globalsMB == nil && g[0].procs == 4 && !g[0].forced)
        #expect(g[1].atSeconds == 120.5 && g[1].forced && g[1].heapLiveMB == 1)
        let notes = log.frames.flatMap(\.items).compactMap { if case let .runtimeNote(s) = $0.kind { s } else { nil } }
        #expect(notes == ["scvg0: inuse: 3, idle: 0, sys: 3, released: 0, consumed: 3 (MB)", "GC forced"])
        let f = log.frames[1]
        #expect(f.ps.map(\.timerslen) == [nil, nil, nil, nil])
        #expect(f.summary.gcwaiting == 1 && f.summary.stopwait == 2)
        let snap = f.snapshot()
        #expect(snap.stopTheWorld == .other)
        #expect(snap.ps.map(\.status) == [.gcstop, .running, .syscall, .idle])
        #expect(snap.ms.map(\.state) == [.running, .syscall])
        #expect(snap.ms[1].curg == 9 && snap.ms[1].inSyscall)
        #expect(snap.gs.map(\.function) == ["", "", ""])
        #expect(TraceSource(log: log, name: "o").realTrace(at: 1)?.waitReason(of: snap.gs[0].goid) == "timer goroutine (idle)")
        // The gc #2 line after the last block makes an end frame at its time.
        #expect(log.frames.count == 3 && log.frames[2].isEnd && log.frames[2].summary.timeMs == 120_500)
    }

    @Test func gcLineWithoutSpaceBeforeMs() {
        let r = GCTraceParser.parse("gc 17 @30.103s 0%: 0.004+0.080+0.019ms clock, 0.033+0/0.076/0.07+0.15ms cpu, 4->4->0 MB, 5 MB goal, 4 P")
        guard case let .success(g) = r else { Issue.record("did not parse"); return }
        #expect(g.cycle == 17 && g.clockMs == [0.004, 0.080, 0.019] && g.cpuMs == [[0.033], [0, 0.076, 0.07], [0.15]])
    }

    @Test func keyValueScanner() {
        let f = KeyValueScan.fields("a=1 status=4(GC sweep wait) preemptoff=GC worker init b= [ 1 2 ] t=[3 4] junk")
        #expect(f.map { "\($0.key ?? "-")=\($0.value)" } == ["a=1", "status=4(GC sweep wait)", "preemptoff=GC worker init", "b=",
                                                              "-=[ 1 2 ]", "t=[3 4]", "-=junk"])
    }

    @Test func nothingParsesIsAClearError() {
        let text = Array("hello\nworld\n".utf8)
        #expect(throws: TraceImportError.self) { try TraceParser.importLog(text, name: "prog.out") }
        do {
            _ = try TraceParser.importLog(text, name: "prog.out")
        } catch {
            #expect(error.message.hasPrefix("prog.out: no Go runtime trace lines found in 2 lines (expected 'SCHED …'"))
        }
        let bad = Array("SCHED 1ms: idleprocs=1\n".utf8)
        do {
            _ = try TraceParser.importLog(bad, name: "x.log")
            Issue.record("expected an error")
        } catch {
            #expect(error.message.hasSuffix("first unreadable line 1: SCHED line without gomaxprocs"))
        }
        #expect(throws: TraceImportError.self) { try TraceParser.importLog([], name: "empty.log") }
    }

    @Test func gctraceOnlyLogMakesOneFramePerCycle() throws {
        let text = "start\ngc 1 @0.010s 1%: 0.01+0.2+0.003 ms clock, 0.04+0/0.1/0+0.01 ms cpu, 4->4->1 MB, 5 MB goal, 0 MB stacks, 0 MB globals, 4 P\n"
            + "gc 2 @0.020s 1%: 0.01+0.2+0.003 ms clock, 0.04+0/0.1/0+0.01 ms cpu, 4->5->2 MB, 5 MB goal, 0 MB stacks, 0 MB globals, 4 P\nend\n"
        let log = try TraceParser.importLog(Array(text.utf8))
        #expect(log.frames.map(\.origin) == [.gcOnly, .gcOnly, .end])
        #expect(log.frames.map(\.summary.timeMs) == [10, 20, 20])
        #expect(log.frames.map(\.summary.gomaxprocs) == [4, 4, 4])
        #expect(log.frames[0].items.count == 2 && log.frames[2].items.count == 1)
        #expect(classifiedLines(log) == 4)
    }

    @Test func crlfAndInvalidUTF8() {
        var bytes = Array("SCHED 0ms: gomaxprocs=1 idleprocs=1 threads=2 spinningthreads=0 idlethreads=0 runqueue=0 [0]\r\n".utf8)
        bytes += [0xff, 0xfe, 0x0a]
        let log = TraceParser.parse(bytes)
        #expect(log.unparsed.isEmpty && log.frames.count == 2 && log.frames[0].summary.perPRunq == [0])
        #expect(log.outputLines == ["\u{FFFD}\u{FFFD}"])
    }
}
