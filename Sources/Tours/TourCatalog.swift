// The built-in demos' tours and the `gmpscope demos` listing.
import Demos

public enum TourCatalog {
    /// The tour of demo `name`, parsed (nil when the demo has none).
    public static func tour(of demo: EmbeddedDemo) throws(TourError) -> Tour? {
        guard let text = demo.tour else { return nil }
        let t = try Tour.parse(text, file: "demos/\(demo.name).tour")
        guard t.demo == demo.name else {
            throw TourError(file: "demos/\(demo.name).tour", line: 1, message: "demo: \(t.demo) does not match the file's name (\(demo.name))")
        }
        return t
    }

    /// `gmpscope demos` (pass `EmbeddedDemos.all`): one line per demo, "name  summary", names padded to
    /// one column; a demo with a tour is marked "(tour)".
    public static func listing(_ demos: [EmbeddedDemo]) -> String {
        let width = demos.map { $0.name.count }.max() ?? 0
        var out = ""
        for d in demos {
            out += d.name + String(repeating: " ", count: width - d.name.count + 2) + d.summary
            if d.tour != nil { out += " (tour)" }
            out += "\n"
        }
        return out
    }
}
