// Runs a Go source text through the front end, the compiler and the
// interpreter on the simulated runtime; returns what the program wrote.
import GoFrontend
import GoRuntime
import GoVM

struct RunResult {
    var stdout: String
    var stderr: String
    var code: Int32
}

func runGo(_ src: String, procs: Int = 2, seed: UInt64 = 1) -> RunResult {
    runGoRuntime(src, procs: procs, seed: seed).0
}

/// `runGo`, also returning the finished runtime (event log, heap) when the
/// program compiled; `heapMinimum`/`barrierOff` are passed to `gcinit`.
func runGoRuntime(_ src: String, procs: Int = 2, seed: UInt64 = 1, heapMinimum: Int? = nil,
                  barrierOff: Bool? = nil) -> (RunResult, Runtime?) {
    switch parseAndCheck(source: src, fileName: "prog.go") {
    case .failure(let d):
        return (RunResult(stdout: "", stderr: d.formatted, code: -1), nil)
    case .success(let cp):
        let prog: Program
        do { prog = try Compiler.compile(cp, fileName: "prog.go") } catch {
            return (RunResult(stdout: "", stderr: "\(error)", code: -2), nil)
        }
        let vm = Interpreter(program: prog, seed: seed)
        let rt = Runtime(config: RuntimeConfig(gomaxprocs: procs, seed: seed), executor: vm)
        vm.attach(rt)
        if heapMinimum != nil || barrierOff != nil { rt.gcinit(heapMinimum: heapMinimum, barrierOff: barrierOff) }
        rt.run(maxSteps: 50_000_000)
        return (RunResult(stdout: rt.output.text(fd: 1), stderr: rt.output.text(fd: 2), code: rt.exitCode ?? -3), rt)
    }
}

/// `package main` + imports + body of main.
func prog(_ imports: [String] = ["fmt"], _ decls: String = "", main body: String) -> String {
    "package main\n\n" + imports.map { "import \"\($0)\"\n" }.joined() + "\n" + decls + "\nfunc main() {\n" + body + "\n}\n"
}
