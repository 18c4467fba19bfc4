// mgc.go gcMarkTermination's `gctrace=1` line and its number formatting
// (`itoaDiv`, `fmtNSAsMS`), exactly as the runtime prints them.

/// `itoaDiv(val, dec)`: val / 10^dec with `dec` decimals.
func itoaDiv(_ v: UInt64, _ dec: Int) -> String {
    var buf = [UInt8](repeating: 0, count: 32)
    var i = buf.count - 1
    let idec = i - dec
    var val = v
    while val >= 10 || i >= idec {
        buf[i] = UInt8(val % 10) + 48
        i -= 1
        if i == idec {
            buf[i] = 46 // '.'
            i -= 1
        }
        val /= 10
    }
    buf[i] = UInt8(val) + 48
    return String(decoding: buf[i...], as: UTF8.self)
}

/// `fmtNSAsMS`: two significant digits, at most three decimals; whole ms from 10 ms.
func fmtNSAsMS(_ ns: UInt64) -> String {
    if ns >= 10_000_000 { return itoaDiv(ns / 1_000_000, 0) }
    var x = ns / 1000
    if x == 0 { return "0" }
    var dec = 3
    while x >= 100 { x /= 10; dec -= 1 }
    return itoaDiv(x, dec)
}

extension Runtime {
    /// The gctrace line of the cycle that just ended.
    func gctraceLine(procs: Int) -> String {
        let pc = heap.pacer
        let w = heap.work
        let util = Int(gc.cpuFraction(now: gc.tEnd, procs: procs) * 100)
        var s = "gc \(heap.stats.numGC) @\(itoaDiv(UInt64(max(gc.tSweepTerm, 0)) / 1_000_000, 3))s \(util)%: "
        s += fmtNSAsMS(UInt64(gc.tMark - gc.tSweepTerm)) + "+" + fmtNSAsMS(UInt64(gc.tMarkTerm - gc.tMark)) + "+"
            + fmtNSAsMS(UInt64(gc.tEnd - gc.tMarkTerm)) + " ms clock, "
        let sweepTermCpu = UInt64((gc.tMark - gc.tSweepTerm) * Int64(procs))
        let markTermCpu = UInt64((gc.tEnd - gc.tMarkTerm) * Int64(procs))
        s += fmtNSAsMS(sweepTermCpu) + "+" + fmtNSAsMS(UInt64(pc.assistTime)) + "/"
            + fmtNSAsMS(UInt64(pc.dedicatedMarkTime + pc.fractionalMarkTime)) + "/" + fmtNSAsMS(UInt64(pc.idleMarkTime))
            + "+" + fmtNSAsMS(markTermCpu) + " ms cpu, "
        s += "\(w.heap0 >> 20)->\(w.heap1 >> 20)->\(w.heap2 >> 20) MB, \(pc.lastHeapGoal >> 20) MB goal, "
        s += "\(pc.stackScan >> 20) MB stacks, \(pc.globalsScan >> 20) MB globals, \(procs) P"
        if gc.userForced { s += " (forced)" }
        return s
    }
}
