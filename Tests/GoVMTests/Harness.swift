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
    switch parseAndCheck(source: src, fileName: "prog.go") {
    case .failure(let d):
        return RunResult(stdout: "", stderr: d.formatted, code: -1)
    case .success(let cp):
        let prog: Program
        do { prog = try Compiler.compile(cp, fileName: "prog.go") } catch {
            return RunResult(stdout: "", stderr: "\(error)", code: -2)
        }
        let vm = Interpreter(program: prog, seed: seed)
        let rt = Runtime(config: RuntimeConfig(gomaxprocs: procs, seed: seed), executor: vm)
        vm.attach(rt)
        rt.run(maxSteps: 50_000_000)
        return RunResult(stdout: rt.output.text(fd: 1), stderr: rt.output.text(fd: 2), code: rt.exitCode ?? -3)
    }
}

/// `package main` + imports + body of main.
func prog(_ imports: [String] = ["fmt"], _ decls: String = "", main body: String) -> String {
    "package main\n\n" + imports.map { "import \"\($0)\"\n" }.joined() + "\n" + decls + "\nfunc main() {\n" + body + "\n}\n"
}
