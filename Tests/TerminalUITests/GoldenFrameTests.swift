import GoRuntime
import Testing
@testable import TerminalUI

/// Golden frames (the grid as text) at 100x30 and 160x48 for each kind of
/// moment: start-up, a steal, sysmon preemption, a syscall hand-off, a GC
/// mark in progress, a parked channel with waiters, a panic. One test, so
/// that recording rewrites the golden file once.
@Suite struct GoldenFrameTests {
    static let sizes = [(100, 30), (160, 48)]

    static func frame(_ source: RuntimeSource, width: Int, height: Int, heap: HeapSnapshot? = nil, gc: GCSnapshot? = nil) -> Canvas {
        var app = App(driver: MemoryDriver(width: width, height: height), source: source)
        if let heap { app.snapshot.heap = heap }
        if let gc { app.snapshot.gc = gc }
        app.draw()
        return app.canvas
    }

    static func allFrames() -> [(String, Canvas)] {
        var out: [(String, Canvas)] = []
        for (w, h) in sizes {
            let size = "\(w)x\(h)"
            out.append(("startup-\(size)", frame(Moments.startup(), width: w, height: h)))
            out.append(("steal-\(size)", frame(Moments.steal(), width: w, height: h)))
            out.append(("preemption-\(size)", frame(Moments.preemption(), width: w, height: h)))
            out.append(("syscall-handoff-\(size)", frame(Moments.syscallHandoff(), width: w, height: h)))
            let (src, heap, gc) = Moments.gcMark()
            out.append(("gc-mark-\(size)", frame(src, width: w, height: h, heap: heap, gc: gc)))
            out.append(("channel-waiters-\(size)", frame(Moments.channelWaiters(), width: w, height: h)))
            out.append(("panic-\(size)", frame(Moments.panic(), width: w, height: h)))
        }
        return out
    }

    @Test func framesMatchTheGoldens() throws {
        let frames = Self.allFrames()
        if Golden.recording {
            try Golden.record(frames.map { ($0.0, $0.1.text) })
            return
        }
        for (name, canvas) in frames {
            let expected = GoldenFrames.frames[name]
            #expect(expected != nil, "no golden frame \(name): record with GMPSCOPE_RECORD_GOLDENS=1")
            guard let expected else { continue }
            #expect(canvas.text == expected, "\(name) differs at \(Golden.firstDifference(canvas.text, expected))")
        }
        #expect(frames.count == 14)
    }
}
