// Runs a built-in demo headless on the real front end, interpreter and
// runtime at its tour's seed and GOMAXPROCS, recording the tour timeline.
import Foundation
import GoFrontend
import GoRuntime
import GoVM
@testable import Demos
import Tours

let repoRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

struct DemoRun {
    var timeline: TourTimeline
    var stdout: String
    var stderr: String
    var code: Int32?
}

func runtimeFor(_ demo: EmbeddedDemo, seed: UInt64, procs: Int) -> Runtime? {
    let file = "demos/\(demo.name).go"
    guard case let .success(cp) = parseAndCheck(source: demo.source, fileName: file),
          let program = try? Compiler.compile(cp, fileName: file) else { return nil }
    let config = RuntimeConfig(gomaxprocs: procs, seed: seed)
    let vm = Interpreter(program: program, seed: seed, nsPerInstruction: config.cost.nsPerInstruction)
    let rt = Runtime(config: config, executor: vm)
    vm.attach(rt)
    return rt
}

func runDemo(_ demo: EmbeddedDemo, seed: UInt64, procs: Int) -> DemoRun? {
    guard let rt = runtimeFor(demo, seed: seed, procs: procs) else { return nil }
    let t = TourTimeline.record(runtime: rt)
    return DemoRun(timeline: t, stdout: rt.output.text(fd: 1), stderr: rt.output.text(fd: 2), code: rt.exitCode)
}

func demoFile(_ name: String, _ ext: String) -> String? {
    try? String(contentsOf: repoRoot.appendingPathComponent("demos/\(name).\(ext)"), encoding: .utf8)
}
