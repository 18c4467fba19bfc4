import Foundation
@testable import TraceImport

/// Bytes of a file in Fixtures/ (copied as a resource).
func fixture(_ name: String) -> [UInt8] {
    guard let dir = Bundle.module.url(forResource: "Fixtures", withExtension: nil),
          let data = try? Data(contentsOf: dir.appendingPathComponent(name)) else {
        fatalError("missing fixture \(name)")
    }
    return Array(data)
}

func parsed(_ name: String) -> TraceLog { TraceParser.parse(fixture(name)) }

/// Every line is classified exactly once: SCHED line and scheddetail lines
/// of SCHED frames, items of every frame, unreadable lines.
func classifiedLines(_ log: TraceLog) -> Int {
    var n = log.unparsed.count + log.unframed.count
    for f in log.frames {
        if f.origin == .sched { n += 1 + f.ps.count + f.ms.count + f.gs.count }
        n += f.items.count
    }
    return n
}
