// defer / panic / recover edge cases (runtime-reference §9).
import Testing

@Test func deferOrderArgsAndNamedResults() {
    let r = runGo(prog(["fmt"], """
        func f() (n int) {
            defer func() { n *= 2 }()
            for i := 0; i < 3; i++ {
                defer fmt.Println("defer", i)
            }
            n = 5
            return n + 1
        }
        """, main: """
        x := 1
        defer fmt.Println("deferred x =", x)
        x = 2
        fmt.Println(f())
        """))
    #expect(r.stdout == "defer 2\ndefer 1\ndefer 0\n12\ndeferred x = 1\n")
}

@Test func recoverOnlyInDirectDeferredCall() {
    let r = runGo(prog(["fmt"], """
        func helper() any { return recover() }
        func indirect() (res string) {
            defer func() {
                r := helper()
                res = fmt.Sprint("helper got ", r)
                recover()
            }()
            panic("boom")
        }
        func notPanicking() any { return recover() }
        """, main: """
        fmt.Println(indirect())
        fmt.Println(notPanicking())
        """))
    #expect(r.stdout == "helper got <nil>\n<nil>\n")
}

@Test func repanicChainPrintsRecovered() {
    let r = runGo(prog(["fmt"], "", main: """
        defer func() {
            r := recover()
            panic(fmt.Sprint("again: ", r))
        }()
        panic("first")
        """))
    #expect(r.code == 2)
    #expect(r.stderr.hasPrefix("panic: first [recovered]\n\tpanic: again: first\n"))
}

@Test func recoveredPanicContinuesAfterCallSite() {
    let r = runGo(prog(["fmt"], """
        func safeDiv(a, b int) (q int, err error) {
            defer func() {
                if r := recover(); r != nil {
                    err = fmt.Errorf("caught: %v", r)
                }
            }()
            return a / b, nil
        }
        """, main: """
        fmt.Println(safeDiv(7, 2))
        fmt.Println(safeDiv(1, 0))
        """))
    #expect(r.stdout == "3 <nil>\n0 caught: runtime error: integer divide by zero\n")
}

@Test func panicWithErrorAndCustomValues() {
    let e = runGo(prog(["errors"], "", main: "panic(errors.New(\"disk full\"))"))
    #expect(e.stderr.hasPrefix("panic: disk full\n"))
    let t = runGo(prog([], "type T int", main: "panic(T(5))"))
    #expect(t.stderr.hasPrefix("panic: main.T(5)\n"))
    let s = runGo(prog([], "type S string", main: "panic(S(\"x\"))"))
    #expect(s.stderr.hasPrefix("panic: main.S(\"x\")\n"))
    #expect(s.code == 2)
}

@Test func osExitSkipsDefers() {
    let r = runGo(prog(["fmt", "os"], "", main: """
        defer fmt.Println("never")
        fmt.Println("bye")
        os.Exit(3)
        """))
    #expect(r.stdout == "bye\n")
    #expect(r.code == 3)
}

@Test func goroutinePanicKillsProgram() {
    let r = runGo(prog(["time"], "", main: """
        go func() { panic("worker failed") }()
        time.Sleep(time.Second)
        """))
    #expect(r.code == 2)
    #expect(r.stderr.hasPrefix("panic: worker failed\n\ngoroutine "))
    #expect(r.stderr.contains("main.main.func1(...)"))
}
