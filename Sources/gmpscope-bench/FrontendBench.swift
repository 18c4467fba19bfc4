// Front-end benchmark: lex + parse + type-check a generated 10 000-line Go
// program (release build, best of 5 runs, host wall time), side by side with
// `go vet` on the same file when a Go toolchain is installed. Target: at most
// 200 ms for the gmpscope front end.

import Foundation
import GoFrontend

/// A realistic program of about `lines` lines: structs with methods,
/// interfaces, closures, maps, channels, switches, range loops, constants.
func generatedFrontendProgram(lines: Int) -> String {
    var out = """
        package main

        import (
        \t"fmt"
        \t"strings"
        \t"sync"
        \t"time"
        )

        type Shape interface {
        \tArea() float64
        \tName() string
        }

        const (
        \tsmall = iota
        \tmedium
        \tlarge
        )

        var total int64

        """
    var unit = 0
    var calls: [String] = []
    var count = out.reduce(0) { $0 + ($1 == "\n" ? 1 : 0) }
    while count + 3 * unit + 6 < lines {
        let u = unit
        let text = """

            type Rect\(u) struct {
            \tW, H float64
            \tlabel string
            \tnext *Rect\(u)
            }

            func (r Rect\(u)) Area() float64 { return r.W * r.H }
            func (r Rect\(u)) Name() string  { return "rect\(u)" + r.label }
            func (r *Rect\(u)) Scale(k float64) {
            \tr.W *= k
            \tr.H *= k
            }

            func work\(u)(n int, in <-chan int, out chan<- string) (sum int, err error) {
            \tcounts := map[string]int{"a": 1, "b": \(u % 7)}
            \tvar mu sync.Mutex
            \tadd := func(k string, v int) {
            \t\tmu.Lock()
            \t\tdefer mu.Unlock()
            \t\tcounts[k] += v
            \t}
            \tfor i := 0; i < n; i++ {
            \t\tswitch {
            \t\tcase i%3 == 0:
            \t\t\tadd("a", i)
            \t\tcase i < \(u + 5):
            \t\t\tadd("b", i<<2)
            \t\tdefault:
            \t\t\tsum += i * large
            \t\t}
            \t}
            \tfor k, v := range counts {
            \t\tsum += len(k) + v
            \t}
            \tselect {
            \tcase v, ok := <-in:
            \t\tif !ok {
            \t\t\treturn 0, fmt.Errorf("closed after %d", v)
            \t\t}
            \t\tsum += v
            \tcase <-time.After(time.Duration(\(u)) * time.Millisecond):
            \tdefault:
            \t}
            \tvar s Shape = Rect\(u){W: 1.5, H: float64(n), label: strings.Repeat("x", 2)}
            \tif r, ok := s.(Rect\(u)); ok {
            \t\tr.Scale(2)
            \t\tout <- fmt.Sprintf("%s %.2f", r.Name(), r.Area())
            \t}
            \treturn sum, nil
            }

            """
        out += text
        count += text.reduce(0) { $0 + ($1 == "\n" ? 1 : 0) }
        calls.append("\tif s, err := work\(u)(\(u % 10), in, out); err == nil {\n\t\ttotal += int64(s)\n\t}")
        unit += 1
    }
    out += "\nfunc main() {\n\tin := make(chan int, 1)\n\tout := make(chan string, 100)\n"
    out += calls.joined(separator: "\n")
    out += "\n\tfmt.Println(total, len(out))\n}\n"
    return out
}

private func seconds(_ body: () -> Void) -> Double {
    let t0 = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9
}

/// Prints the front-end figure and, when available, `go vet`'s.
public func frontendBench() {
    let src = generatedFrontendProgram(lines: 10_000)
    let lineCount = src.reduce(0) { $0 + ($1 == "\n" ? 1 : 0) }
    var best = Double.infinity
    var ok = true
    for _ in 0..<5 {
        let t = seconds {
            if case .failure(let d) = parseAndCheck(source: src, fileName: "bench.go") {
                ok = false
                print(d.formatted, terminator: "")
            }
        }
        best = min(best, t)
    }
    print(String(format: "frontend: lex+parse+check %d lines: %.1f ms (best of 5)%@", lineCount, best * 1000,
                 ok ? "" : " — CHECK FAILED"))
    print(String(format: "frontend: target <= 200 ms: %@", best <= 0.2 ? "met" : "MISSED"))
    // go vet on the same file, if Go is installed.
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gmpscope-frontend-bench")
    try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let file = dir.appendingPathComponent("bench.go")
    guard (try? src.write(to: file, atomically: true, encoding: .utf8)) != nil,
          FileManager.default.isExecutableFile(atPath: "/usr/bin/go") else {
        print("frontend: go vet: Go not installed, no comparison")
        return
    }
    var vetBest = Double.infinity
    var status: Int32 = 0
    for _ in 0..<3 {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/go")
        p.arguments = ["vet", file.path]
        p.currentDirectoryURL = dir
        p.environment = ProcessInfo.processInfo.environment.merging(["GO111MODULE": "off"]) { $1 }
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        let t = seconds {
            try? p.run()
            p.waitUntilExit()
        }
        status = p.terminationStatus
        vetBest = min(vetBest, t)
    }
    print(String(format: "frontend: go vet same file: %.1f ms (best of 3, exit %d; includes process start and the vet analyses)", vetBest * 1000, status))
}
