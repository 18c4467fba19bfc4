import Testing
import GoRuntime
import TerminalUI
@testable import Recording

@Suite struct PlaybackTests {
    /// The playback shows exactly the live run's states, forward, back and by seeking.
    @Test(arguments: ScriptDemos.all.map(\.name))
    func playbackMatchesTheLiveRun(_ name: String) throws {
        let demo = try #require(ScriptDemos.named(name))
        let (bytes, live, counters, _) = recordDemo(demo)
        let rec = try Recording(bytes: bytes)
        let player = RecordingSource(recording: rec, engine: ScriptDemos.source(demo))
        let reference = ScriptDemos.source(demo)
        var hashes: [UInt64] = [reference.runtime.events.hash]
        while !reference.isFinished { reference.stepForward(); hashes.append(reference.runtime.events.hash) }
        #expect(player.snapshot(selection: nil).eventHash == hashes[0])
        for k in 1...rec.steps {
            let ev = player.stepForward()
            #expect(ev == live[k - 1])
            #expect(player.snapshot(selection: nil).eventHash == hashes[k])
        }
        #expect(player.isFinished)
        #expect(player.divergedAt == nil)
        #expect(player.verified == rec.steps)
        #expect(player.errorOutput.filter { $0.hasPrefix("recording") || $0.hasPrefix("this engine") } == [])
        for k in [rec.steps / 2, 1, rec.steps, 0, rec.steps / 3] {
            player.seek(step: k)
            #expect(player.step == k)
            #expect(player.snapshot(selection: nil).eventHash == hashes[k])
            #expect(player.counters(atStep: k) == counters[k])
        }
        player.seek(step: 5)
        player.stepBack()
        #expect(player.step == 4)
        #expect(player.snapshot(selection: nil).eventHash == hashes[4])
        #expect(player.lastStepEvents == live[3])
    }

    /// Seeking straight to a step never stepped through verifies the way there.
    @Test func seekAheadVerifies() throws {
        let (bytes, _, _, hash) = recordDemo(ScriptDemos.preempt)
        let rec = try Recording(bytes: bytes)
        let player = RecordingSource(recording: rec, engine: ScriptDemos.source(ScriptDemos.preempt))
        player.seek(step: rec.steps)
        #expect(player.verified == rec.steps)
        #expect(player.snapshot(selection: nil).eventHash == hash)
        #expect(rec.end?.eventHash == hash)
    }

    /// An engine that runs differently (here: another seed) is caught at the
    /// first differing step; the recording keeps playing from the file.
    @Test func divergingEngineFreezesPanesAndKeepsPlaying() throws {
        let (bytes, live, counters, _) = recordDemo(ScriptDemos.steal, seed: 1)
        let rec = try Recording(bytes: bytes)
        let player = RecordingSource(recording: rec, engine: ScriptDemos.source(ScriptDemos.steal, seed: 99))
        var firstDiff = 0
        let ref = ScriptDemos.source(ScriptDemos.steal, seed: 99)
        for (i, ev) in live.enumerated() where firstDiff == 0 {
            if ref.stepForward() != ev { firstDiff = i + 1 }
        }
        #expect(firstDiff > 0)
        while !player.isFinished { player.stepForward() }
        #expect(player.divergedAt == firstDiff)
        #expect(player.step == rec.steps)
        #expect(player.lastStepEvents == live.last)
        let s = player.snapshot(selection: nil)
        #expect(s.time == counters.last!.time)
        #expect(s.recentEvents.last == live.last!.last)
        let notice = try #require(player.errorOutput.first { $0.hasPrefix("this engine's run differs") })
        #expect(notice.hasPrefix("this engine's run differs from the recording at step \(firstDiff) ("))
        #expect(notice.hasSuffix("panes frozen at step \(firstDiff - 1), events and counters continue from the recording"))
        player.seek(step: firstDiff - 1)
        #expect(player.live)
        player.seek(step: firstDiff)
        #expect(!player.live)
    }

    @Test func playsWithoutAnEngine() throws {
        let (bytes, live, counters, _) = recordDemo(ScriptDemos.worker)
        let rec = try Recording(bytes: bytes)
        let player = RecordingSource(recording: rec, engine: nil, engineError: "the program does not compile")
        #expect(player.errorOutput == ["not re-simulated (the program does not compile): panes show the recording's counters and events only"])
        let k = rec.steps / 2
        #expect(k > 5)
        player.seek(step: k)
        #expect(player.lastStepEvents == live[k - 1])
        let s = player.snapshot(selection: nil)
        #expect(s.time == counters[k].time)
        #expect(s.recentEvents == Array(live[0..<k].joined().suffix(200)))
        #expect(!player.live)
    }

    @Test func pauseMarksMergeWithPauseAt() throws {
        let (bytes, _, _, _) = recordDemo(ScriptDemos.worker, steps: 30, pauses: [10, 20])
        let rec = try Recording(bytes: bytes)
        let player = RecordingSource(recording: rec, engine: ScriptDemos.source(ScriptDemos.worker), pauseAt: [15, 10])
        #expect(player.pauseMarks == [10, 15, 20])
        player.seek(step: 15)
        #expect(player.atPauseMark)
        player.seek(step: 16)
        #expect(!player.atPauseMark)
    }
}

@Suite struct SessionRecordingTests {
    /// `r` pressed at step 10 of a session that then steps, goes back, seeks
    /// forward and steps again: the recording holds each engine step once, and
    /// plays back verified from step 10 of a fresh engine.
    @Test func sessionWithBackAndSeekPlaysVerified() throws {
        let demo = ScriptDemos.steal
        let session = ScriptDemos.source(demo)
        session.seek(step: 10)
        let header = RecordingHeader(gmpscopeVersion: RecordingFormat.writerVersion, programName: "s", source: "",
                                     seed: 1, procs: demo.gomaxprocs, gogc: 100, startStep: session.step)
        let rec = Recorder(header: header, runtime: session.runtime)
        var recorded: [Bool] = []
        for _ in 0..<5 { session.stepForward(); recorded.append(rec.record(session)) }   // steps 11…15
        session.stepBack(); recorded.append(rec.record(session))                           // back to 14
        rec.markPause()
        session.stepForward(); recorded.append(rec.record(session))                        // 15 again
        session.seek(step: 22); recorded.append(rec.record(session))                       // 16…22 as one
        session.stepForward(); recorded.append(rec.record(session))                        // 23
        #expect(recorded == [true, true, true, true, true, false, false, true, true])
        #expect(rec.steps == 7)
        let file = try Recording(bytes: rec.finish())
        #expect(file.damage == [])
        #expect(file.header.startStep == 10)
        #expect(file.pauses == [5])
        let player = RecordingSource(recording: file, engine: ScriptDemos.source(demo))
        while !player.isFinished { player.stepForward() }
        #expect(player.divergedAt == nil)
        #expect(player.verified == 7)
        #expect(player.snapshot(selection: nil).eventHash == session.runtime.events.hash)
        player.seek(step: 5)
        let reference = ScriptDemos.source(demo)
        reference.seek(step: 15)
        #expect(player.snapshot(selection: nil).eventHash == reference.runtime.events.hash)
    }
}

@Suite struct SearchTests {
    @Test func gcAndStealStepsFromTheFile() throws {
        let (bytes, live, _, _) = recordDemo(ScriptDemos.steal, blockSteps: 8)
        let rec = try Recording(bytes: bytes)
        let player = RecordingSource(recording: rec, engine: nil)
        func isSteal(_ e: Event) -> Bool { if case .sched(.steal) = e.kind { true } else { false } }
        let stealSteps = live.indices.filter { live[$0].contains(where: isSteal) }.map { $0 + 1 }
        #expect(stealSteps.count >= 2)
        var found: [Int] = []
        var at = 0
        while let k = player.nextStep(after: at, where: isSteal) { found.append(k); at = k }
        #expect(found == stealSteps)
        var back: [Int] = []
        at = rec.steps + 1
        while let k = player.previousStep(before: at, where: isSteal) { back.append(k); at = k }
        #expect(back == stealSteps.reversed())
        #expect(player.nextStep(after: rec.steps, where: { _ in true }) == nil)
        #expect(player.previousStep(before: 1, where: { _ in true }) == nil)
    }
}

@Suite struct KeyframeSeekTests {
    /// Random seeks (forward ones restore later keyframes) show exactly the
    /// states of the live run: event-log hash, count and the Events pane.
    @Test func randomSeeksMatchTheLiveRun() throws {
        let demo = ScriptDemos.steal
        let (bytes, _, _, _) = recordDemo(demo, blockSteps: 32)
        let rec = try Recording(bytes: bytes)
        #expect(rec.steps > RecordingSource.keyframeInterval + 10)
        let reference = ScriptDemos.source(demo)
        var states: [(hash: UInt64, count: UInt64, recent: [Event])] = []
        func capture() {
            let s = reference.snapshot(selection: nil)
            states.append((s.eventHash, s.eventCount, s.recentEvents))
        }
        capture()
        while !reference.isFinished { reference.stepForward(); capture() }
        let player = RecordingSource(recording: rec, engine: ScriptDemos.source(demo))
        player.seek(step: rec.steps)
        var m = Mutator(state: 42)
        for _ in 0..<60 {
            let k = Int(m.next() % UInt64(rec.steps + 1))
            player.seek(step: k)
            let s = player.snapshot(selection: nil)
            #expect(s.eventHash == states[k].hash)
            #expect(s.eventCount == states[k].count)
            #expect(s.recentEvents == states[k].recent)
        }
        #expect(player.divergedAt == nil)
        // Stepping on from a restored state still verifies against the file.
        player.seek(step: 3)
        player.seek(step: 66)
        for k in 67...rec.steps {
            player.stepForward()
            #expect(player.snapshot(selection: nil).eventHash == states[k].hash)
        }
    }
}
