// The three logs real Go 1.19 wrote on this machine (Fixtures/README.txt).
import Testing
import GoRuntime
@testable import TraceImport

@Suite struct RealLogTests {
    @Test func spinFramesAndCounts() {
        let log = parsed("spin.log")
        #expect(log.lineCount == 564)
        #expect(log.unparsed.isEmpty)
        #expect(log.schedFrameCount == 25)
        // "spin done 7" comes after the last SCHED block: a synthetic end frame holds it.
        #expect(log.frames.count == 26)
        #expect(log.frames.last?.isEnd == true)
        #expect(log.outputLines == ["spin done 7"])
        #expect(log.gcLines.isEmpty)
        #expect(classifiedLines(log) == log.lineCount)
        #expect(log.frames.map { $0.summary.timeMs }.prefix(4) == [0, 10, 27, 43])
    }

    @Test func spinSecondBlockExactly() {
        let f = parsed("spin.log").frames[1]
        #expect(f.line == 12)
        let s = f.summary
        #expect([s.timeMs, Int64(s.gomaxprocs), Int64(s.idleprocs), Int64(s.threads), Int64(s.spinningthreads),
                 Int64(s.idlethreads), Int64(s.runqueue)] == [10, 2, 0, 4, 0, 1, 0])
        #expect(s.gcwaiting == 0 && s.nmidlelocked == 0 && s.stopwait == 0 && s.sysmonwait == 0)
        #expect(s.needspinning == nil && s.perPRunq == nil && s.schedticks == nil)
        #expect(f.ps.map { [$0.id, $0.status, $0.schedtick, $0.syscalltick, $0.m, $0.runqsize, $0.gfreecnt, $0.timerslen ?? -9] }
                == [[0, 1, 4, 0, 0, 5, 0, 0], [1, 1, 1, 0, 2, 5, 0, 0]])
        #expect(f.ms.map { [$0.id, $0.p, Int($0.curg), $0.locks] } == [[3, -1, -1, 0], [2, 1, 10, 0], [1, -1, -1, 2], [0, 0, 16, 0]])
        #expect(f.ms.map(\.blocked) == [true, false, false, false])
        let gs = f.gs.map { "\($0.goid):\($0.rawStatus):\($0.waitreason):\($0.m)" }
        #expect(gs == ["1:4:semacquire:-1", "2:4:force gc (idle):-1", "3:4:GC sweep wait:-1", "4:4:GC scavenge wait:-1",
                       "5:1::-1", "6:1::-1", "7:1::-1", "8:1::-1", "9:1::-1", "10:2::2", "11:1::-1", "12:1::-1",
                       "13:1::-1", "14:1::-1", "15:1::-1", "16:2::0"])
    }

    @Test func spinSecondBlockAsSnapshot() {
        let snap = parsed("spin.log").frames[1].snapshot()
        #expect(snap.time == 10_000_000)
        #expect(snap.gomaxprocs == 2)
        #expect(snap.ps.map(\.status) == [.running, .running])
        #expect(snap.ps.map(\.curg) == [16, 10])
        #expect(snap.ps.map(\.m) == [MID(0), MID(2)])
        #expect(snap.ps.map(\.runq) == [[], []])
        #expect(parsed("spin.log").frames[1].runqLengths == [5, 5])
        #expect(snap.ps.map(\.schedtick) == [4, 1])
        #expect(snap.ms.map(\.id) == [MID(0), MID(1), MID(2), MID(3)])
        #expect(snap.ms.map(\.state) == [.running, .sysmon, .running, .idle])
        #expect(snap.ms.map(\.isSysmon) == [false, true, false, false])
        #expect(snap.gs.map(\.goid) == Array(1...16))
        #expect(snap.gs.prefix(4).map(\.label) == ["semacquire", "force gc (idle)", "GC sweep wait", "GC scavenge wait"])
        #expect(snap.gs.filter { $0.status == .running }.map { "\($0.goid)@\($0.p)" } == ["10@P1", "16@P0"])
        #expect(snap.gs.filter { $0.status == .runnable }.count == 10)
        #expect(snap.globalRunq.isEmpty && snap.npidle == 0 && snap.nmidle == 1 && snap.nmspinning == 0)
        #expect(snap.stopTheWorld == nil)
    }

    @Test func allocGCLinesEveryField() {
        let log = parsed("alloc.log")
        #expect(log.unparsed.isEmpty)
        #expect(log.schedFrameCount == 43)
        #expect(classifiedLines(log) == log.lineCount)
        let gcs = log.gcLines
        #expect(gcs.map(\.cycle) == Array(1...13))
        #expect(gcs.map(\.forced) == [false, false, true, true, true, true, false, true, true, false, false, false, false])
        let g1 = gcs[0]
        #expect(g1.atSeconds == 0.002 && g1.cpuPercent == 7)
        #expect(g1.clockMs == [0.073, 1.2, 0.002])
        #expect(g1.cpuMs == [[0.14], [0.093, 0.27, 0.082], [0.005]])
        #expect([g1.heapStartMB, g1.heapEndMB, g1.heapLiveMB, g1.goalMB, g1.procs] == [3, 4, 4, 4, 2])
        #expect(g1.stacksMB == 0 && g1.globalsMB == 0 && g1.extra.isEmpty)
        let g10 = gcs[9]
        #expect(g10.clockMs == [7.1, 68, 0.20] && [g10.heapStartMB, g10.heapEndMB, g10.heapLiveMB, g10.goalMB] == [99, 120, 60, 116])
        #expect(log.outputLines == ["forced gc after round 9", "forced gc after round 19", "forced gc after round 29", "alloc done 30"])
        // gc 1 (line 12) was logged between the first two SCHED blocks: it belongs to frame 1.
        #expect(log.frames[1].items.map(\.line) == [12])
    }

    @Test func allocStatusesSeenInRealData() {
        let log = parsed("alloc.log")
        let all = log.frames.filter { $0.origin == .sched }.flatMap(\.gs)
        #expect(Set(all.map(\.rawStatus)) == [1, 2, 4, 6, 9])
        #expect(all.filter { $0.rawStatus == 9 }.map(\.waitreason) == ["preempted", "preempted"])
        let gcstop = log.frames.first { $0.line == 652 }!
        #expect(gcstop.ps.map(\.status) == [1, 3])
        #expect(gcstop.snapshot().ps.map(\.status) == [.running, .gcstop])
    }

    @Test func pipelineWaitReasonsAndOutput() {
        let log = parsed("pipeline.log")
        #expect(log.unparsed.isEmpty && log.schedFrameCount == 5)
        #expect(log.outputLines == ["result 0", "result 10", "result 20", "result 30", "result 40"])
        let reasons = Set(log.frames.flatMap(\.gs).filter { $0.rawStatus == 4 }.map(\.waitreason))
        #expect(reasons.isSuperset(of: ["chan receive", "sleep", "force gc (idle)", "GC sweep wait"]))
        // Every label real Go 1.19 printed here maps to a model wait reason.
        #expect(reasons.allSatisfy { TraceFrame.waitReason($0) != nil })
        #expect(classifiedLines(log) == log.lineCount)
    }

    @Test func summaryOnlyLog() {
        let log = parsed("alloc-summary.log")
        #expect(log.unparsed.isEmpty)
        #expect(log.schedFrameCount == 54)
        #expect(log.frames.allSatisfy { !$0.isDetailed })
        let f = log.frames[1]
        #expect(f.summary.timeMs == 7 && f.summary.idleprocs == 1 && f.summary.threads == 5 && f.summary.perPRunq == [0, 0])
        let snap = f.snapshot()
        // Which P is idle is not in the log: the first gomaxprocs-idleprocs are drawn running.
        #expect(snap.ps.map(\.status) == [.running, .idle])
        #expect(snap.ms.isEmpty && snap.gs.isEmpty)
        #expect(log.gcLines.count == 17)
    }
}
