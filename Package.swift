// swift-tools-version:6.0
// gmpscope — a live, deterministic simulation of the Go runtime.
// Layers (one direction): GoFrontend → GoVM → GoRuntime → (snapshots, events)
//   → TerminalUI (panes, cell grid, app state) → NcursesDriver (the only ncurses user).
import PackageDescription

// The step loop and the interpreter are hot paths: in release builds, skip the
// dynamic exclusivity checks (25–40% of a channel ping-pong profile). Debug
// builds, and so the tests, keep them.
let hotPathSettings: [SwiftSetting] = [
    .unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release)),
]

let package = Package(
    name: "gmpscope",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "gmpscope", targets: ["gmpscope"]),
        .executable(name: "gmpscope-bench", targets: ["gmpscope-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // Go source → checked, typed AST. No dependencies.
        .target(name: "GoFrontend"),
        // The simulated runtime: scheduler, channels, sync, timers, sysmon,
        // allocator, collector, events, snapshots. Never imports UI.
        .target(name: "GoRuntime", swiftSettings: hotPathSettings),
        // Compiler to bytecode, the interpreter that runs inside a G, the Go library.
        .target(name: "GoVM", dependencies: ["GoFrontend", "GoRuntime"], swiftSettings: hotPathSettings),
        // Cell grid, panes, app state (pure update). Reads snapshots only.
        .target(name: "TerminalUI", dependencies: ["GoRuntime"]),
        // The one place that touches ncurses.
        .target(name: "CNcurses", linkerSettings: [.linkedLibrary("ncursesw")]),
        .target(name: "NcursesDriver", dependencies: ["CNcurses", "TerminalUI"]),
        // Recordings (.gmprec), playback sources and exports (perfetto, asciicast, jsonl, schedtrace).
        .target(name: "Recording", dependencies: ["GoRuntime", "TerminalUI"]),
        // Real Go GODEBUG schedtrace/scheddetail/gctrace logs → frames the panes play.
        .target(name: "TraceImport", dependencies: ["GoRuntime", "TerminalUI"]),
        // Guided tours: captions tied to engine events, played over a demo.
        .target(name: "Tours", dependencies: ["GoRuntime", "TerminalUI", "Demos"]),
        // The demo programs (demos/*.go), embedded by scripts/embed-demos.py.
        .target(name: "Demos"),
        .executableTarget(
            name: "gmpscope",
            dependencies: [
                "GoFrontend", "GoRuntime", "GoVM", "TerminalUI", "NcursesDriver", "Demos", "Recording", "TraceImport", "Tours",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "gmpscope-bench",
            dependencies: ["GoFrontend", "GoRuntime", "GoVM", "TerminalUI", "Recording"]
        ),
        .testTarget(name: "GoFrontendTests", dependencies: ["GoFrontend"]),
        .testTarget(name: "GoRuntimeTests", dependencies: ["GoRuntime"]),
        .testTarget(name: "GoVMTests", dependencies: ["GoVM", "GoFrontend", "GoRuntime"]),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI", "GoRuntime"]),
        .testTarget(name: "EndToEndTests", dependencies: []),
        .testTarget(name: "DemosTests", dependencies: ["Demos"]),
        .testTarget(name: "ToursTests", dependencies: ["Tours", "Demos", "GoRuntime", "GoVM", "GoFrontend", "TerminalUI"]),
        .testTarget(
            name: "ProgramFuzzTests", dependencies: ["GoVM", "GoFrontend", "GoRuntime"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "RecordingTests", dependencies: ["Recording", "GoRuntime", "TerminalUI"]),
        .testTarget(
            name: "TraceImportTests", dependencies: ["TraceImport", "GoRuntime", "TerminalUI"],
            resources: [.copy("Fixtures")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
