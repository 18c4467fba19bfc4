// Interpreter benchmarks (host wall time, release build): fib(32) recursive,
// a prime sieve to 2 000 000 and binary-trees of depth 16, each run
//  * on gmpscope (front end + compiler + interpreter on the simulated
//    runtime, GOMAXPROCS=1, output captured),
//  * on CPython 3 running the same algorithm (`python3`), and
//  * as native Go (`go run`, compile time excluded by building first) when
//    a Go toolchain is on PATH.
// Prints seconds and the ratios gmpscope/CPython and gmpscope/Go.
// Call `VMBench.run()` from the benchmark executable's main.
// Environment (for profiling one case): GMPSCOPE_VM_CASES=fib,binary runs only
// the cases whose name contains one of the words; GMPSCOPE_VM_ONLY=1 skips
// CPython and Go.

import Foundation
import GoFrontend
import GoRuntime
import GoVM

public enum VMBench {
    struct Case {
        var name: String
        var go: String
        var python: String
    }

    static let cases: [Case] = [
        Case(name: "fib(32)", go: """
            package main

            import "fmt"

            func fib(n int) int {
            \tif n < 2 {
            \t\treturn n
            \t}
            \treturn fib(n-1) + fib(n-2)
            }

            func main() { fmt.Println(fib(32)) }
            """, python: """
            def fib(n):
                if n < 2:
                    return n
                return fib(n-1) + fib(n-2)
            print(fib(32))
            """),
        Case(name: "sieve(2e6)", go: """
            package main

            import "fmt"

            func main() {
            \tn := 2000000
            \tcomposite := make([]bool, n+1)
            \tcount := 0
            \tfor i := 2; i <= n; i++ {
            \t\tif !composite[i] {
            \t\t\tcount++
            \t\t\tfor j := i * i; j <= n; j += i {
            \t\t\t\tcomposite[j] = true
            \t\t\t}
            \t\t}
            \t}
            \tfmt.Println(count)
            }
            """, python: """
            n = 2000000
            composite = [False] * (n + 1)
            count = 0
            for i in range(2, n + 1):
                if not composite[i]:
                    count += 1
                    j = i * i
                    while j <= n:
                        composite[j] = True
                        j += i
            print(count)
            """),
        Case(name: "binary-trees(16)", go: """
            package main

            import "fmt"

            type Node struct{ left, right *Node }

            func bottomUp(d int) *Node {
            \tif d <= 0 {
            \t\treturn &Node{}
            \t}
            \treturn &Node{bottomUp(d - 1), bottomUp(d - 1)}
            }

            func (n *Node) check() int {
            \tif n.left == nil {
            \t\treturn 1
            \t}
            \treturn 1 + n.left.check() + n.right.check()
            }

            func main() {
            \tmaxDepth := 16
            \tfmt.Println("stretch", bottomUp(maxDepth+1).check())
            \tlong := bottomUp(maxDepth)
            \tfor d := 4; d <= maxDepth; d += 2 {
            \t\titers := 1 << uint(maxDepth-d+4)
            \t\tcheck := 0
            \t\tfor i := 0; i < iters; i++ {
            \t\t\tcheck += bottomUp(d).check()
            \t\t}
            \t\tfmt.Println(iters, d, check)
            \t}
            \tfmt.Println("long", long.check())
            }
            """, python: """
            class Node:
                __slots__ = ("left", "right")
                def __init__(self, l, r):
                    self.left = l; self.right = r
            def bottom_up(d):
                if d <= 0:
                    return Node(None, None)
                return Node(bottom_up(d - 1), bottom_up(d - 1))
            def check(n):
                if n.left is None:
                    return 1
                return 1 + check(n.left) + check(n.right)
            max_depth = 16
            print("stretch", check(bottom_up(max_depth + 1)))
            long = bottom_up(max_depth)
            d = 4
            while d <= max_depth:
                iters = 1 << (max_depth - d + 4)
                c = 0
                for i in range(iters):
                    c += check(bottom_up(d))
                print(iters, d, c)
                d += 2
            print("long", check(long))
            """),
    ]

    static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

    /// Seconds gmpscope takes to check, compile and run `src`, and its stdout.
    static func runGmpscope(_ src: String) -> (Double, String) {
        let t0 = now()
        guard case .success(let cp) = parseAndCheck(source: src, fileName: "bench.go"),
              let prog = try? Compiler.compile(cp, fileName: "bench.go") else { return (-1, "compile error") }
        let vm = Interpreter(program: prog, seed: 1)
        let rt = Runtime(config: RuntimeConfig(gomaxprocs: 1, seed: 1), executor: vm)
        vm.attach(rt)
        rt.run()
        return (Double(now() - t0) / 1e9, rt.output.text(fd: 1))
    }

    /// Seconds an external command takes (nil if it cannot run).
    static func runExternal(_ exe: String, _ args: [String]) -> Double? {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = [exe] + args
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        let t0 = now()
        do { try p.run() } catch { return nil }
        p.waitUntilExit()
        guard p.terminationStatus == 0 else { return nil }
        return Double(now() - t0) / 1e9
    }

    public static func run() {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gmpscope-vmbench-\(getpid())")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        print("interpreter benchmarks (host seconds; lower is better)")
        print("case                gmpscope   CPython3   native Go   gmp/py   gmp/go")
        let env = ProcessInfo.processInfo.environment
        let only = env["GMPSCOPE_VM_CASES"].map { $0.split(separator: ",").map(String.init) }
        let gmpOnly = env["GMPSCOPE_VM_ONLY"] == "1"
        for c in cases where only.map({ $0.contains { c.name.contains($0) } }) ?? true {
            let cpu0 = clock()
            let (g, out) = runGmpscope(c.go)
            if gmpOnly {
                let cpu = Double(clock() - cpu0) / Double(CLOCKS_PER_SEC)
                print("\(c.name.padding(toLength: 18, withPad: " ", startingAt: 0)) \(String(format: "%8.3f", g))   cpu \(String(format: "%6.3f", cpu))   \(out.split(separator: "\n").last ?? "")")
                continue
            }
            let py = dir.appendingPathComponent("b.py")
            try? c.python.write(to: py, atomically: true, encoding: .utf8)
            let p = runExternal("python3", [py.path])
            let gosrc = dir.appendingPathComponent("b.go")
            let gobin = dir.appendingPathComponent("b.bin")
            try? c.go.write(to: gosrc, atomically: true, encoding: .utf8)
            var n: Double? = nil
            if runExternal("go", ["build", "-o", gobin.path, gosrc.path]) != nil {
                n = runExternal(gobin.path, [])
            }
            func f(_ x: Double?) -> String { x.map { String(format: "%8.3f", $0) } ?? "     n/a" }
            func r(_ a: Double, _ b: Double?) -> String { b.map { String(format: "%7.2fx", a / $0) } ?? "     n/a" }
            print("\(c.name.padding(toLength: 18, withPad: " ", startingAt: 0)) \(f(g))   \(f(p))   \(f(n))   \(r(g, p))  \(r(g, n))")
            _ = out
        }
        try? FileManager.default.removeItem(at: dir)
    }
}
