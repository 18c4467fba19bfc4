import GoRuntime
import TerminalUI
@testable import Recording

/// Records a scripted demo to bytes: the whole run, or `steps` UI steps.
/// Returns the file and, per step, the events the live source produced.
func recordDemo(_ demo: ScriptDemos.Demo, seed: UInt64 = 1, steps: Int? = nil, blockSteps: Int = 16,
                pauses: [Int] = []) -> (bytes: [UInt8], live: [[Event]], counters: [SceneCounters], hash: UInt64) {
    let source = ScriptDemos.source(demo, seed: seed)
    let header = RecordingHeader(gmpscopeVersion: RecordingFormat.writerVersion, programName: "script/\(demo.name)",
                                 source: ScriptDemos.listing(demo.scripts).map(\.text).joined(separator: "\n"),
                                 seed: seed, procs: demo.gomaxprocs, gogc: 100,
                                 options: [.init(name: "demo", value: demo.name)])
    let rec = Recorder(header: header, runtime: source.runtime, blockSteps: blockSteps)
    var live: [[Event]] = []
    var counters: [SceneCounters] = [SceneCounters(source.runtime)]
    while !source.isFinished, steps.map({ live.count < $0 }) ?? true {
        let ev = source.stepForward()
        rec.record(source)
        live.append(ev)
        counters.append(SceneCounters(source.runtime))
        if pauses.contains(live.count) { rec.markPause() }
    }
    return (rec.finish(), live, counters, source.runtime.events.hash)
}

/// A deterministic byte-mutation stream (xorshift64*).
struct Mutator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state ^= state >> 12; state ^= state << 25; state ^= state >> 27
        return state &* 2_685_821_657_736_338_717
    }
}
