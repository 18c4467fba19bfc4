// Recording figures for a run of ~10^6 events (scripted workload: 16
// goroutines computing, yielding, sleeping and waking each other): record
// time, file size (bytes per event), open/validate time, seek times (from the
// file alone, and with the verified re-simulation), resident memory.
import GoRuntime
import Recording
import TerminalUI
#if canImport(Glibc)
import Glibc
#endif

func recordingBench() { recordingBench(events: 1_000_000) }

func recordingBench(events target: Int) {
    func workload() -> RuntimeSource {
        var config = RuntimeConfig(gomaxprocs: 4, seed: 1)
        config.eventCapacity = 1 << 16
        let worker: [ScriptOp] = [.loop(1_000_000, [.compute(40_000), .ready(1), .gosched, .park(1), .sleep(20_000),
                                                  .syscall(5_000)])]
        let scripts = [Script("main.main", [.loop(16, [.go(1)]), .park(99)]), Script("main.worker", worker)]
        let rt = Runtime(config: config, executor: ScriptExecutor(scripts))
        return RuntimeSource(runtime: rt, programName: "bench", sourceLines: ScriptDemos.listing(scripts))
    }
    let clock = ContinuousClock()
    let rss0 = residentMB()
    // Record in a scope of its own so the live run (and its keyframes) is freed before playing.
    func record() -> [UInt8] {
        let live = workload()
        let header = RecordingHeader(gmpscopeVersion: RecordingFormat.writerVersion, programName: "bench",
                                     source: "(scripted workload)", seed: 1, procs: 4, gogc: 100)
        let recorder = Recorder(header: header, runtime: live.runtime)
        let t0 = clock.now
        while recorder.eventCount < UInt64(target) && !live.isFinished {
            live.stepForward()
            recorder.record(live)
        }
        let bytes = recorder.finish()
        let n = recorder.eventCount
        print("recorded \(recorder.steps) steps, \(n) events in \(bytes.count) bytes: \(fmt(Double(bytes.count) / Double(n))) B/event (target ≤ 20)")
        print("simulate+record: \(ms(clock.now - t0)) ms, resident \(residentMB()) MB (live run with its keyframes)")
        return bytes
    }
    let bytes = record()
    let t1 = clock.now
    guard let rec = try? Recording(bytes: bytes) else { print("cannot open the recording"); return }
    print("open + validate every block: \(ms(clock.now - t1)) ms, \(rec.blockCount) blocks, damage: \(rec.damage.count)")
    let rssOpen = residentMB()

    // Seeks from the file alone (the frozen-panes mode).
    let fileOnly = RecordingSource(recording: rec, engine: nil, engineError: "bench")
    var rng: UInt64 = 0x1234_5678
    func nextStep() -> Int { rng = rng &* 6364136223846793005 &+ 1442695040888963407; return Int((rng >> 33) % UInt64(rec.steps + 1)) }
    var worst = Duration.zero, total = Duration.zero
    for _ in 0..<200 {
        let s = nextStep()
        let t = clock.now
        fileOnly.seek(step: s)
        _ = fileOnly.snapshot(selection: nil)
        let d = clock.now - t
        worst = max(worst, d); total += d
    }
    print("seek from the file (200 random steps, + snapshot): mean \(ms(total / 200)) ms, worst \(ms(worst)) ms")

    // Seeks with the verified re-simulation (keyframes every 64 steps).
    let player = RecordingSource(recording: rec, engine: workload())
    let tv = clock.now
    player.seek(step: rec.steps)
    print("verify the whole run by re-simulation: \(ms(clock.now - tv)) ms, diverged at: \(player.divergedAt.map(String.init) ?? "never")")
    worst = .zero; total = .zero
    for _ in 0..<200 {
        let s = nextStep()
        let t = clock.now
        player.seek(step: s)
        _ = player.snapshot(selection: nil)
        let d = clock.now - t
        worst = max(worst, d); total += d
    }
    print("seek with re-simulation (200 random steps, + snapshot): mean \(ms(total / 200)) ms, worst \(ms(worst)) ms")
    print("resident memory: \(rss0) MB at start, \(rssOpen) MB with the recording open, \(residentMB()) MB while playing (engine keyframes included)")
}

private func ms(_ d: Duration) -> String {
    let (s, a) = d.components
    return fmt(Double(s) * 1000 + Double(a) / 1e15)
}
private func fmt(_ x: Double) -> String {
    let t = Int((x * 100).rounded())
    let f = String(t % 100)
    return "\(t / 100).\(f.count < 2 ? "0" + f : f)"
}
private func residentMB() -> Int {
    guard let f = fopen("/proc/self/statm", "r") else { return 0 }
    defer { fclose(f) }
    var size = 0, res = 0
    _ = withUnsafeMutablePointer(to: &size) { sp in
        withUnsafeMutablePointer(to: &res) { rp in withVaList([sp, rp]) { vfscanf(f, "%ld %ld", $0) } }
    }
    return res * Int(sysconf(Int32(_SC_PAGESIZE))) / (1 << 20)
}
