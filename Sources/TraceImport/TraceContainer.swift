// The importer's own file container (used because the Recording target's
// .gmprec writer did not exist when this was written): a short text header
// naming the format, the source and a checksum, then the log bytes exactly as
// captured. Reading re-parses the log, so the frames are a pure function of
// the stored bytes. Layout in docs/trace-import.md.

public enum TraceContainer {
    public static let magic = "gmpscope-trace-import 1"

    /// The container bytes for `log` (the raw log) from file `source`.
    public static func encode(log raw: [UInt8], source: String, frames: Int) -> [UInt8] {
        var header = magic + "\n"
        header += "source " + source.filter { $0 != "\n" && $0 != "\r" } + "\n"
        header += "frames \(frames)\n"
        header += "bytes \(raw.count)\n"
        header += "fnv64 " + hex(fnv64(raw)) + "\n"
        header += "\n"
        return Array(header.utf8) + raw
    }

    /// True when `bytes` start with the container's first line.
    public static func isContainer(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: Array((magic + "\n").utf8))
    }

    /// The stored source name and raw log; throws on a bad header, size or checksum.
    public static func decode(_ bytes: [UInt8]) throws(TraceImportError) -> (source: String, log: [UInt8]) {
        guard isContainer(bytes) else { throw TraceImportError("not a gmpscope trace import (first line is not '\(magic)')") }
        var fields: [String: String] = [:]
        var pos = magic.utf8.count + 1
        while true {
            guard let nl = bytes[pos...].firstIndex(of: 0x0A) else { throw TraceImportError("trace import: header not terminated") }
            let line = String(decoding: bytes[pos..<nl], as: UTF8.self)
            pos = nl + 1
            if line.isEmpty { break }
            guard let sp = line.firstIndex(of: " ") else { throw TraceImportError("trace import: bad header line '\(line)'") }
            fields[String(line[..<sp])] = String(line[line.index(after: sp)...])
        }
        guard let n = fields["bytes"].flatMap({ Int($0) }), let sum = fields["fnv64"] else {
            throw TraceImportError("trace import: header lacks bytes/fnv64")
        }
        let raw = Array(bytes[pos...])
        guard raw.count == n else { throw TraceImportError("trace import: \(raw.count) log bytes, header says \(n) (truncated?)") }
        guard hex(fnv64(raw)) == sum else { throw TraceImportError("trace import: checksum mismatch (file damaged)") }
        return (fields["source"] ?? "", raw)
    }

    /// FNV-1a 64.
    static func fnv64(_ bytes: [UInt8]) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
        return h
    }

    static func hex(_ v: UInt64) -> String {
        let s = String(v, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }
}
