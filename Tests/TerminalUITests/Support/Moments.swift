import GoRuntime
@testable import TerminalUI

/// The moments the golden frames show, each built from a real run (scripted
/// workloads on the real scheduler, channels and heap).
enum Moments {
    static func startup() -> RuntimeSource {
        ScriptDemos.source(ScriptDemos.worker)
    }

    static func steal() -> RuntimeSource {
        var s = ScriptDemos.source(ScriptDemos.steal)
        s.stepForward { if case .sched(.steal) = $0.kind { true } else { false } }
        return s
    }

    static func preemption() -> RuntimeSource {
        var s = ScriptDemos.source(ScriptDemos.preempt)
        s.stepForward { if case .sched(.goPreempt) = $0.kind { true } else { false } }
        return s
    }

    static func syscallHandoff() -> RuntimeSource {
        var s = ScriptDemos.source(ScriptDemos.syscall)
        s.stepForward { if case .sched(.goSysBlock) = $0.kind { true } else { false } }
        return s
    }

    /// ch#1 (cap 2) full with two senders parked, ch#2 unbuffered with a parked receiver.
    static func channelWaiters() -> RuntimeSource {
        typealias X = StepExecutor
        let exec = X([
            .init(name: "main.main", code: [X.makechan("int", cap: 2), X.send(1, 1), X.send(1, 2),
                                            X.go(1, "main.producer"), X.go(1, "main.producer"),
                                            X.makechan("struct{}", cap: 0), X.go(2, "main.waiter"), X.sleep(5_000_000)]),
            .init(name: "main.producer", code: [X.send(1, 3)]),
            .init(name: "main.waiter", code: [X.recv(2)]),
        ])
        let rt = Runtime(config: RuntimeConfig(gomaxprocs: 2, seed: 1), executor: exec)
        var s = RuntimeSource(runtime: rt, programName: "prog.go", sourceLines: [])
        s.stepForward { _ in
            let c = rt.chanSnapshot()
            return c.count == 2 && c[0].sendq.count == 2 && c[1].recvq.count == 1
        }
        return s
    }

    /// main panics while a worker waits on a channel.
    static func panic() -> RuntimeSource {
        typealias X = StepExecutor
        let exec = X([
            .init(name: "main.main", code: [X.makechan("int", cap: 0), X.go(1, "main.worker"), X.sleep(1_000),
                                            X.write(2, "panic: index out of range [5] with length 3\n\ngoroutine 1 [running]:\nmain.main()\n\t/tmp/prog.go:12 +0x1d\n"),
                                            X.exit(2)]),
            .init(name: "main.worker", code: [X.recv(1)]),
        ])
        let rt = Runtime(config: RuntimeConfig(gomaxprocs: 2, seed: 1), executor: exec)
        var s = RuntimeSource(runtime: rt, programName: "prog.go", sourceLines: [])
        while !s.isFinished { s.stepForward() }
        return s
    }

    /// A GC cycle in the middle of marking: 400 objects, some reached from
    /// roots and scanned (black), some queued (grey), the rest white; the
    /// heap state is the allocator's and collector's real one.
    static func gcMark() -> (RuntimeSource, HeapSnapshot, GCSnapshot) {
        var s = ScriptDemos.source(ScriptDemos.steal)
        s.seek(step: 12)
        var heap = HeapState(procs: 4)
        var small: [ObjRef] = []
        for i in 0..<300 {
            let next: Value = small.last.map { .pointer($0, 0) } ?? .nil
            small.append(heap.mallocgc(size: 16, noscan: false, slots: [next, .nil], p: i % 2))
        }
        var medium: [ObjRef] = []
        for i in 0..<90 {
            medium.append(heap.mallocgc(size: 48, noscan: false, slots: [.pointer(small[i * 3], 0)] + Array(repeating: .nil, count: 5), p: 2))
        }
        _ = heap.mallocgc(size: 40_000, noscan: true, slots: [], p: 0)
        heap.gcStartWorldStopped(now: 1_000_000, procs: 4, goroutines: [])
        for i in stride(from: 0, to: 90, by: 9) { heap.shade(medium[i], p: 0) }
        heap.shade(small[299], p: 1)
        _ = heap.gcDrainHeap(p: 0, budget: 600)
        let h = heap.snapshot()
        var gc = GCSnapshot()
        gc.step = .mark
        gc.phase = .mark
        gc.cycle = 1
        gc.writeBarrier = true
        gc.greyQueue = h.spans.reduce(0) { $0 + $1.objects.filter { $0 == .grey }.count }
        gc.blackened = h.spans.reduce(0) { $0 + $1.objects.filter { $0 == .black }.count }
        gc.barrierShades = 3
        gc.heapLive = h.heapLive
        gc.heapGoal = h.heapGoal
        gc.dedicatedWorkers = 1
        gc.workerModes = [.dedicated, .notWorker, .fractional, .notWorker]
        gc.rootsDone = 1
        gc.rootsTotal = 5
        return (s, h, gc)
    }
}
