// Frame benchmark: snapshot → grid → diff at 200x60 with 10 000 goroutines
// and 100 000 heap objects (target ≤ 2 ms, release), and key press → new
// frame (target ≤ one frame at 60 fps, 16.7 ms). Host wall time.

import Foundation
import GoRuntime
import TerminalUI

/// A run with `goroutines` user goroutines parked on a semaphore, plus a
/// heap of `objects` objects in three size classes caught mid-mark.
func frameBenchSource(goroutines: Int, objects: Int) -> (RuntimeSource, HeapSnapshot) {
    let scripts = [
        Script("main.main", [.loop(goroutines, [.go(1)]), .compute(1_000), .loop(100_000, [.sleep(1_000_000), .compute(2_000)])]),
        Script("main.worker", [.compute(500), .park(2, reason: .chanReceive)]),
    ]
    var config = RuntimeConfig(gomaxprocs: 8, seed: 1)
    config.eventCapacity = 1 << 16
    let rt = Runtime(config: config, executor: ScriptExecutor(scripts))
    let source = RuntimeSource(runtime: rt, programName: "bench: \(goroutines) goroutines", sourceLines: ScriptDemos.listing(scripts))
    var parked = 0
    while parked < goroutines + 1, !source.isFinished {
        for e in source.stepForward() {
            if case .sched(.goBlock) = e.kind { parked += 1 }
        }
    }
    var heap = HeapState(procs: 8)
    var refs: [ObjRef] = []
    refs.reserveCapacity(objects)
    let sizes = [16, 48, 128]
    for i in 0..<objects {
        let next: Value = refs.isEmpty ? .nil : .pointer(refs[(i * 7) % refs.count], 0)
        refs.append(heap.mallocgc(size: sizes[i % 3], noscan: false, slots: [next], p: i % 8))
    }
    heap.gcStartWorldStopped(now: 0, procs: 8, goroutines: [])
    for i in stride(from: 0, to: objects, by: 97) { heap.shade(refs[i], p: i % 8) }
    _ = heap.gcDrainHeap(p: 0, budget: objects * 4)
    return (source, heap.snapshot())
}

struct Stats {
    var samples: [Double] = []
    var mean: Double { samples.reduce(0, +) / Double(max(1, samples.count)) }
    var p99: Double { let s = samples.sorted(); return s.isEmpty ? 0 : s[Swift.min(s.count - 1, s.count * 99 / 100)] }
    var worst: Double { samples.max() ?? 0 }
    func line(_ name: String) -> String {
        String(format: "%@: mean %.3f ms, p99 %.3f ms, max %.3f ms (%d frames)", name, mean, p99, worst, samples.count)
    }
}

func milliseconds(_ d: Duration) -> Double {
    Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
}

public func frameBench() {
    let clock = ContinuousClock()
    let setupStart = clock.now
    let (source, heap) = frameBenchSource(goroutines: 10_000, objects: 100_000)
    var snapshot = source.snapshot(selection: nil)
    snapshot.heap = heap
    let objects = heap.spans.reduce(0) { $0 + $1.objects.count }
    if source.isFinished { print("frame bench: the run ended early: \(snapshot.fatalMessage ?? "exit \(snapshot.exitCode ?? 0)")") }
    print("frame bench: \(snapshot.gs.count) goroutines, \(heap.spans.count) spans, \(objects) object slots; setup \(String(format: "%.1f", milliseconds(clock.now - setupStart))) ms")

    var state = AppState(width: 200, height: 60, processorCount: snapshot.gomaxprocs)
    state.focus = .goroutines
    var screen = Screen()
    var canvas = Canvas(width: 200, height: 60)
    var previous = Canvas(width: 200, height: 60)
    var runs: [CellRun] = []
    func context() -> ViewContext {
        ViewContext(state: state, snapshot: snapshot, lastEvents: source.lastStepEvents, programName: source.programName,
                    sourceLines: source.sourceLines, finished: false, glyphs: .unicode, uiStep: source.step)
    }
    // Measure once so rows/visible are known (as the app does).
    for (i, m) in screen.render(into: &canvas, context()).enumerated() {
        if let m { _ = update(&state, .measured(PaneID(rawValue: i)!, rows: m.rows, visible: m.visible)) }
    }

    // 1. Scrolling the Goroutines pane (same snapshot): render + diff.
    var scrolling = Stats()
    for i in 0..<600 {
        _ = update(&state, .key(i % 200 < 100 ? .pageDown : .pageUp))
        let t0 = clock.now
        screen.render(into: &canvas, context())
        canvas.diff(from: previous, into: &runs)
        scrolling.samples.append(milliseconds(clock.now - t0))
        swap(&canvas, &previous)
    }
    print(scrolling.line("  scroll 10 000 goroutines, render + diff 200x60"))

    // 2. A new snapshot every frame (the goroutine order is rebuilt), by id and by state.
    for sort in [GoroutineSort.id, .state] {
        state.goroutineSort = sort
        var fresh = Stats()
        for _ in 0..<300 {
            snapshot.eventCount &+= 1
            let t0 = clock.now
            screen.render(into: &canvas, context())
            canvas.diff(from: previous, into: &runs)
            fresh.samples.append(milliseconds(clock.now - t0))
            swap(&canvas, &previous)
        }
        print(fresh.line("  new snapshot (sorted by \(sort.label)), render + diff"))
    }
    state.goroutineSort = .id

    // 3. Key press → new frame: update, one engine step, snapshot (scheduler,
    //    channels; the heap snapshot of the run), render, diff.
    var keys = Stats(), forward = Stats(), back = Stats()
    var app = App(driver: MemoryDriver(width: 200, height: 60), source: source)
    app.draw()
    for i in 0..<200 {
        let t0 = clock.now
        let effect = update(&app.state, .key(i % 4 == 3 ? .char("b") : .char("n")))
        app.apply(effect)
        app.draw()
        let ms = milliseconds(clock.now - t0)
        keys.samples.append(ms)
        if i % 4 == 3 { back.samples.append(ms) } else { forward.samples.append(ms) }
    }
    print(forward.line("    n (one step forward)"))
    print(back.line("    b (restore the keyframe, re-simulate)"))
    print(keys.line("  key press (n/b) → new frame on the 10 000-goroutine run"))
    // Of which: the engine's snapshot (scheduler + channels + heap + GC).
    var snaps = Stats()
    for _ in 0..<50 {
        let t0 = clock.now
        _ = source.snapshot(selection: nil)
        snaps.samples.append(milliseconds(clock.now - t0))
    }
    print(snaps.line("    of which the engine snapshot (10 000 GSnapshots)"))
    var engine = Stats()
    var enginePerStep = 0
    for _ in 0..<50 {
        let before = source.runtime.sched.steps
        let t0 = clock.now
        source.stepForward()
        engine.samples.append(milliseconds(clock.now - t0))
        enginePerStep += Int(source.runtime.sched.steps - before)
    }
    print(engine.line("    of which the engine step (\(enginePerStep / 50) engine steps per UI step)"))
    print(String(format: "  targets: frame ≤ 2 ms (p99 above: %.3f ms); key → frame ≤ 16.7 ms (p99: %.3f ms)",
                 Swift.max(scrolling.p99, 0), keys.p99))
}
