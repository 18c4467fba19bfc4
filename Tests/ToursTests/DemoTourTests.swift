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
    "close": "receiver 0 woke: 0 false\nreceiver 2 woke: 0 false\nreceiver 1 woke: 0 false\nlate receiver: 0 false\n",
]

/// UI step of each caption, in order (gmpscope at the tour's seed and procs).
let goldenSteps: [String: [Int]] = [
    "buffered-chan": [0, 8, 8, 13, 22, 27, 45, 45],
    "close": [0, 8, 22, 33, 33, 35, 38, 38],
    "deadlock": [0, 7, 8, 9, 10, 10],
    "defer-panic-recover": [0, 7, 7, 7, 7, 7, 7],
    "global-queue": [0, 10, 18, 24, 177, 179],
    "gmp-model": [0, 7, 7, 9, 13, 68, 73, 74],
    "goroutine-states": [0, 7, 8, 8, 13, 15, 20, 72, 73, 74],
    "mark-assist": [0, 216, 219, 226, 259, 403, 554],
    "mutex-starvation": [0, 69, 72, 143, 150, 150, 3026],
    "preempt-loop": [0, 9, 68, 69, 69, 71, 74, 77, 78],
    "runnext-order": [0, 7, 9, 9, 9, 9, 10, 10, 12, 15],
    "select": [0, 7, 14, 16, 23, 23, 29, 29],
    "size-classes": [0, 6, 6, 7, 7, 7, 7, 7],
    "startup": [0, 0, 1, 1, 1, 2, 7, 7, 7],
    "stress": [0, 7, 8, 267, 10068, 20101],
    "syscall-handoff": [0, 1, 10, 11, 11, 16, 19],
    "sysmon": [0, 8, 66, 67, 70, 73, 75],
    "tricolor": [0, 10, 10, 12, 12, 12, 20, 20, 22],
    "unbuffered-chan": [0, 7, 7, 8, 8, 11, 13],
    "waitgroup": [0, 7, 7, 17, 41, 43],
    "work-stealing": [0, 7, 7, 9, 11, 13, 76, 98],
    "workers": [0, 7, 7, 7, 8, 10, 15, 15, 25],
    "write-barrier": [0, 64, 66, 66, 76, 83, 141, 148],
]

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
