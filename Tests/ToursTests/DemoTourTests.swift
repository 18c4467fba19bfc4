// Every demo runs to completion at its tour's seed with the expected output
// and exit status, and every caption of its tour fires at the golden step.
import Foundation
import Testing
@testable import Demos
import GoRuntime
import Tours

/// Demos whose output depends on the schedule (real Go's `.out` is one of
/// several legal orders): gmpscope's own output at the tour's seed.
let scheduleDependentOutput: [String: String] = [
    "close": "receiver 0 woke: 0 false\nreceiver 1 woke: 0 false\nreceiver 2 woke: 0 false\nlate receiver: 0 false\n",
]

/// UI step of each caption, in order (gmpscope at the tour's seed and procs).
let goldenSteps: [String: [Int]] = [:]

@Test(arguments: EmbeddedDemos.all.map(\.name))
func demoRunsAndTourFires(_ name: String) throws {
    let demo = try #require(EmbeddedDemos.named(name))
    let tour = try #require(try TourCatalog.tour(of: demo), "demos/\(name).tour is missing")
    let run = try #require(runDemo(demo, seed: tour.seed, procs: tour.procs), "\(name) does not compile")
    // Output and exit status.
    let expectedCode = Int32(try #require(demoFile(name, "code")).trimmingCharacters(in: .whitespacesAndNewlines))
    #expect(run.code == expectedCode, "\(name): exit status")
    if let golden = scheduleDependentOutput[name] {
        #expect(run.stdout == golden, "\(name): stdout")
    } else {
        #expect(run.stdout == demoFile(name, "out"), "\(name): stdout differs from real Go's demos/\(name).out")
    }
    // Captions.
    let stops = try tour.locate(in: run.timeline, file: "demos/\(name).tour")
    #expect(stops.map(\.caption) == Array(tour.captions.indices))
    #expect(stops.map(\.step) == goldenSteps[name], "\(name): \(stops.map(\.step))")
    // Steps never go backwards.
    #expect(stops.map(\.step) == stops.map(\.step).sorted())
}
