// `gmpscope demos`: every built-in demo (demos/*.go, embedded) with its
// one-line summary; a demo that has a guided tour is marked "(tour)".
import ArgumentParser
import Demos
import Tours

struct DemosCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demos",
        abstract: "List the built-in demos (open one with `gmpscope demo NAME`).")

    mutating func run() throws {
        print(TourCatalog.listing(EmbeddedDemos.all), terminator: "")
    }
}
