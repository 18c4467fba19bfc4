// Development aid: GMPSCOPE_FUZZ_TRACE=file.go:procs:seed:heapMin:span:index
// prints, per step, the collector's phase and the state of one object.
import Foundation
@testable import GoRuntime
@testable import GoVM
import Testing

@Test(.enabled(if: ProcessInfo.processInfo.environment["GMPSCOPE_FUZZ_TRACE"] != nil, "development aid: set GMPSCOPE_FUZZ_TRACE"))
func traceOneObject() throws {
    guard let spec = ProcessInfo.processInfo.environment["GMPSCOPE_FUZZ_TRACE"] else { return }
    let p = spec.split(separator: ":").map(String.init)
    let src = try String(contentsOfFile: p[0], encoding: .utf8)
    let prog = try FuzzHarness.compile(src).get()
    let cfg = FuzzConfig(procs: Int(p[1])!, seed: UInt64(p[2])!, heapMinimum: Int(p[3])!)
    let span = Int(p[4])!, index = Int(p[5])!
    let vm = Interpreter(program: prog, seed: cfg.seed)
    var rc = RuntimeConfig(gomaxprocs: cfg.procs, seed: cfg.seed)
    rc.eventCapacity = 1 << 16
    let rt = Runtime(config: rc, executor: vm)
    vm.attach(rt)
    rt.gcinit(heapMinimum: cfg.heapMinimum)
    var step = 0
    var lastEvent = 0
    while step < 200 && rt.step() {
        step += 1
        let h = rt.heap
        var obj = "-"
        if span >= 0, span < h.spans.count, index < h.spans[span].nelems {
            let sp = h.spans[span]
            obj = "seq \(sp.seqs[index]) free \(sp.isFree(index)) marked \(sp.isMarked(index)) sweepgen \(sp.sweepgen)/\(h.sweepgen)"
        }
        var gs: [String] = []
        for (i, st) in vm.gstates.enumerated() {
            guard let st else { continue }
            let fr = st.frames.map { f -> String in
                let fp = vm.prog.funcs[Int(f.fn)]
                let pc = max(0, min(Int(f.pc) - 1, fp.lines.count - 1))
                return "\(fp.name):\(fp.lines.isEmpty ? fp.line : fp.lines[pc])"
            }
            var refs: [String] = []
            vm.stackRoots(g: GID(index: i)) { raw in let r = ObjRef(raw: raw); if r.span == span && r.index == index { refs.append("HOLDS") } }
            for reg in 0..<st.stack.count {
                st.stack[reg].forEachRef { r in
                    if r.span == span && r.index == index { refs.append(" reg@\(reg)") }
                    if span < 0 && !rt.heap.isLive(r) { refs.append(" stale@\(reg)=\(r.span)#\(r.index)") }
                }
            }
            refs.append(" windows " + st.frames.map { "\($0.bp)+\(vm.prog.funcs[Int($0.fn)].nregs)" }.joined(separator: ","))
            gs.append("G\(i)[\(rt.sched.allgs[i].status.goName) scanned \(rt.heap.stackScanned(GID(index: i)))] \(fr.suffix(2).joined(separator: "<")) \(refs.joined())")
        }
        print("step \(step) t=\(rt.now) \(h.gcphase) cycle \(rt.gc.cycles) \(rt.gc.step) obj: \(obj)")
        for g in gs { print("   ", g) }
        let evs = Int(rt.events.count)
        if evs > lastEvent {
            for e in rt.events.recent(min(evs - lastEvent, 4000)) {
                let d = "\(e.kind)"
                if case .heap = e.kind, !d.contains("c000002b") { continue }
                if d.contains("write(") { continue }
                print("      ev: t=\(e.time) P\(e.p.index) goid \(e.g): \(d.prefix(160))")
            }
            lastEvent = evs
        }
    }
}
