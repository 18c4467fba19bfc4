// gmpscope-bench: prints benchmark figures (build with -c release).
// Usage: gmpscope-bench [name ...]   (no names: run all)
// Each benchmark lives in its own file and exposes one function.

let benchmarks: [(name: String, run: () -> Void)] = [
    ("sched", schedBench),
    ("chan", chanBench),
    ("heap", heapBench),
    ("frame", frameBench),
    ("recording", recordingBench),
    ("frontend", frontendBench),
    ("vm", VMBench.run),
]

let wanted = Array(CommandLine.arguments.dropFirst())
if wanted.contains("--list") {
    for b in benchmarks { print(b.name) }
} else {
    for b in benchmarks where wanted.isEmpty || wanted.contains(b.name) {
        print("== \(b.name)")
        b.run()
    }
}
