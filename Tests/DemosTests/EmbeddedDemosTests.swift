import Foundation
import Testing
@testable import Demos

private let repoRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

@Test func embeddedDemosMatchTheDemosFolder() throws {
    let folder = repoRoot.appendingPathComponent("demos")
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        .filter { $0.hasSuffix(".go") }.sorted()
    #expect(EmbeddedDemos.all.map { $0.name + ".go" } == files,
            "run scripts/embed-demos.py after changing demos/")
    for demo in EmbeddedDemos.all {
        let text = try String(contentsOf: folder.appendingPathComponent(demo.name + ".go"), encoding: .utf8)
        #expect(demo.source == text, "demos/\(demo.name).go changed: run scripts/embed-demos.py")
    }
}

@Test func everyDemoHasASummary() {
    for demo in EmbeddedDemos.all {
        #expect(!demo.summary.isEmpty, "demos/\(demo.name).go needs a leading comment")
        #expect(demo.summary.count < 80, "\(demo.name): \(demo.summary)")
    }
    #expect(EmbeddedDemos.named(EmbeddedDemos.defaultName) != nil)
    #expect(EmbeddedDemos.named("workers")?.summary == "The worker example from chapter 1 of the course")
}
