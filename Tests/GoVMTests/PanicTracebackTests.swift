// The goroutine traceback after a fatal panic: absolute source path (for a file on disk),
// non-zero PC offsets, and for a panic raised inside a deferred call of an
// earlier panic, the frames Go has not unwound yet (deferred call, then
// `panic(...)`, then the first panic's frames), as Go 1.19 prints them.
import Testing
@testable import GoVM

@Test func tracebackPathIsAbsoluteForFilesOnDisk() {
    #expect(Interpreter.goSourcePath("prog.go", cwd: "/home/u/src", exists: true) == "/home/u/src/prog.go")
    #expect(Interpreter.goSourcePath("./a/../b/prog.go", cwd: "/home/u", exists: true) == "/home/u/b/prog.go")
    #expect(Interpreter.goSourcePath("../prog.go", cwd: "/home/u/src", exists: true) == "/home/u/prog.go")
    #expect(Interpreter.goSourcePath("/abs/prog.go", cwd: "/home/u", exists: true) == "/abs/prog.go")
    // In-memory programs (tests, built-in demos) keep the name they were given.
    #expect(Interpreter.goSourcePath("demos/workers.go", cwd: "/home/u", exists: false) == "demos/workers.go")
}

/// The frame lines of a traceback with the offsets replaced by OFF (checked separately).
private func shape(_ stderr: String) -> ([String], [String]) {
    var lines: [String] = [], offs: [String] = []
    for l in stderr.split(separator: "\n", omittingEmptySubsequences: false) {
        if let r = l.range(of: " +0x") {
            offs.append(String(l[r.upperBound...]))
            lines.append(String(l[..<r.lowerBound]) + " +OFF")
        } else {
            lines.append(String(l))
        }
    }
    return (lines, offs)
}

@Test func nestedPanicTracebackKeepsTheFirstPanicsFrames() {
    let r = runGo("""
        package main

        func f(n int) {
        \tdefer func() {
        \t\tif n == 2 {
        \t\t\tpanic("in defer")
        \t\t}
        \t}()
        \tif n > 0 {
        \t\tf(n - 1)
        \t}
        \tif n == 0 {
        \t\tpanic("bottom")
        \t}
        }

        func main() { f(3) }
        """)
    let path = "prog.go"
    let (lines, offs) = shape(r.stderr)
    #expect(r.code == 2)
    #expect(lines == [
        "panic: bottom", "\tpanic: in defer", "", "goroutine 1 [running]:",
        "main.f.func1(...)", "\t\(path):6 +OFF",
        "panic({0x4870c0, 0xc000012120})", "\t/usr/local/go/src/runtime/panic.go:884 +OFF",
        "main.f(...)", "\t\(path):13 +OFF",
        "main.f(...)", "\t\(path):10 +OFF",
        "main.f(...)", "\t\(path):10 +OFF",
        "main.f(...)", "\t\(path):10 +OFF",
        "main.main(...)", "\t\(path):17 +OFF", ""])
    #expect(offs.allSatisfy { $0 != "0" && !$0.isEmpty })
    // The same function and line always get the same offset.
    #expect(offs[3] == offs[4] && offs[4] == offs[5])
}

@Test func goroutinePanicTracebackNamesCreator() {
    let r = runGo("""
        package main

        import "time"

        func worker(id int) {
        \tpanic("worker failed")
        }

        func main() {
        \tgo worker(1)
        \ttime.Sleep(time.Second)
        }
        """)
    let path = "prog.go"
    let (lines, _) = shape(r.stderr)
    #expect(lines == ["panic: worker failed", "", "goroutine 5 [running]:",
                      "main.worker(...)", "\t\(path):6 +OFF",
                      "created by main.main", "\t\(path):10 +OFF", ""])
}

/// A panic inside a library callback (sort's less, strings.Map's mapping,
/// Once.Do's f) stops at the callback boundary and is re-raised in the
/// library's caller, where a deferred recover sees it; Once is marked done
/// and unlocked, as doSlow's defers do.
@Test func callbackPanicsReachTheLibrarysCaller() {
    let r = runGo(prog(["fmt", "sort", "strings", "sync"], "", main: """
        try := func(name string, f func()) {
            defer func() { fmt.Println(name, "recovered:", recover()) }()
            f()
        }
        xs := []int{3, -1, 2}
        try("sort", func() { sort.Slice(xs, func(i, j int) bool { if xs[i] < 0 { panic("negative") }; return xs[i] < xs[j] }) })
        try("map", func() { strings.Map(func(r rune) rune { panic(fmt.Sprintf("rune %c", r)) }, "ab") })
        var once sync.Once
        try("once", func() { once.Do(func() { panic("init") }) })
        try("again", func() { once.Do(func() { fmt.Println("never runs") }) })
        fmt.Println("end")
        """))
    #expect(r.stdout == """
        sort recovered: negative
        map recovered: rune a
        once recovered: init
        again recovered: <nil>
        end

        """)
    #expect(r.code == 0)
}
