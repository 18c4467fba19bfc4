// Every demo has a well-formed tour; `gmpscope demos` lists them all.
import Testing
@testable import Demos
@testable import Tours

@Test func everyDemoHasAParsableTourNamingItsGoFunctions() throws {
    #expect(EmbeddedDemos.all.count == 23)
    for demo in EmbeddedDemos.all {
        let tour = try #require(try TourCatalog.tour(of: demo), "demos/\(demo.name).tour is missing")
        #expect(tour.demo == demo.name)
        #expect(!tour.titleEN.isEmpty && !tour.titleZH.isEmpty, "\(demo.name): titles")
        #expect(tour.captions.count >= 5, "\(demo.name): \(tour.captions.count) captions")
        for c in tour.captions {
            // Chinese text really is Chinese (has CJK ideographs).
            #expect(c.zh.unicodeScalars.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF }, "\(demo.name):\(c.line)")
        }
    }
}

@Test func demosListingHasOneLinePerDemo() {
    let text = TourCatalog.listing(EmbeddedDemos.all)
    let lines = text.split(separator: "\n").map(String.init)
    #expect(lines.count == EmbeddedDemos.all.count)
    #expect(lines.first == "buffered-chan        Buffered channel (tour)")
    #expect(lines.contains("workers              The worker example from chapter 1 of the course (tour)"))
    for (line, demo) in zip(lines, EmbeddedDemos.all) {
        #expect(line.hasPrefix(demo.name + " "))
        #expect(line.contains(demo.summary))
    }
}

@Test func courseDetoursAreNamed() throws {
    // Where the course text shows another system, the caption says gmpscope shows Go's own mechanism.
    let expectations = [("preempt-loop", "Linux kernel's scheduler()"), ("work-stealing", "Java's ForkJoinPool"),
                        ("sysmon", "kernel monitor thread"), ("stress", "Kubernetes")]
    for (name, phrase) in expectations {
        let demo = try #require(EmbeddedDemos.named(name))
        let tour = try #require(try TourCatalog.tour(of: demo))
        #expect(tour.captions.contains { $0.en.contains(phrase) && $0.en.contains("Go") }, "\(name)")
    }
}
