// `gmpscope export --format jsonl`: the recorded event log, one JSON object
// per event (`Event.jsonLine`, the same lines as `run --events`).
import GoRuntime

public enum JSONLExport {
    /// Every recorded event as JSON Lines (with the human sentence when `describe`).
    public static func export(_ rec: Recording, describe: Bool = true, write: (String) -> Void) {
        var start = ""
        for e in rec.prelude { start += e.jsonLine(describe: describe); start += "\n" }
        if !start.isEmpty { write(start) }
        rec.forEachStep { _, events, _ in
            var chunk = ""
            for e in events { chunk += e.jsonLine(describe: describe); chunk += "\n" }
            if !chunk.isEmpty { write(chunk) }
        }
    }
}
