import Testing
@testable import GoRuntime

@Test func schedSmokeHelloRuns() {
    let ex = ScriptExecutor(main: [.print("hello\n"), .go(1), .compute(5_000), .park(1)],
                            functions: [Script("main.worker", [.compute(1_000), .ready(1)])])
    let rt = Runtime(config: RuntimeConfig(gomaxprocs: 2, seed: 1), executor: ex)
    rt.run(maxSteps: 10_000)
    #expect(rt.exitCode == 0)
    #expect(rt.output.text(fd: 1) == "hello\n")
}
