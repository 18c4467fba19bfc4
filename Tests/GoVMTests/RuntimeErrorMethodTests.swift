// The runtime's own error values (index, divide, nil map, conversion …) are
// runtime.Error: Error() and RuntimeError() dispatch dynamically like a
// program's methods (Go 1.19: boundsError, divideError, plainError,
// TypeAssertionError all implement runtime.Error).
import Testing

@Test func runtimeErrorsCallErrorAndRuntimeErrorDynamically() {
    let r = runGo(prog(["fmt"], """
        type runtimeError interface {
            error
            RuntimeError()
        }
        func try(f func()) (msg string) {
            defer func() {
                r := recover()
                if re, ok := r.(runtimeError); ok {
                    re.RuntimeError()
                    msg = "rt:" + re.Error()
                    return
                }
                if e, ok := r.(error); ok {
                    msg = "err:" + e.Error()
                    return
                }
                msg = fmt.Sprint("val:", r)
            }()
            f()
            return "ok"
        }
        """, main: """
        var s []int
        var m map[string]int
        zero := 0
        var i interface{} = "x"
        fmt.Println(try(func() { _ = s[2] }))
        fmt.Println(try(func() { _ = 1 / zero }))
        fmt.Println(try(func() { m["k"] = 1 }))
        fmt.Println(try(func() { _ = i.(int) }))
        fmt.Println(try(func() { panic(fmt.Errorf("mine")) }))
        fmt.Println(try(func() { panic(7) }))
        var e error = func() (err error) {
            defer func() { err = recover().(error) }()
            _ = s[1:5]
            return nil
        }()
        fmt.Println(len(e.Error()), e)
        """))
    #expect(r.stdout == """
        rt:runtime error: index out of range [2] with length 0
        rt:runtime error: integer divide by zero
        rt:assignment to entry in nil map
        rt:interface conversion: interface {} is string, not int
        err:mine
        val:7
        61 runtime error: slice bounds out of range [:5] with capacity 0

        """)
    #expect(r.code == 0)
}

@Test func methodValueOfNilInterfacePanicsWhenEvaluated() {
    // i.M with a nil i panics at the selector (directly or promoted through
    // an embedded interface field), before any call; Shape.Area does not.
    let r = runGo(prog(["fmt"], """
        type Shape interface{ Area() float64 }
        type Named struct {
            Shape
            label string
        }
        func try(name string, f func()) {
            defer func() { fmt.Println(name, recover()) }()
            f()
        }
        """, main: """
        var s Shape
        try("direct", func() { _ = s.Area; fmt.Println("not here") })
        try("promoted", func() { n := Named{label: "x"}; _ = n.Area; fmt.Println("not here") })
        try("expr", func() { f := Shape.Area; fmt.Println("expr ok"); f(s) })
        """))
    #expect(r.stdout == """
        direct runtime error: invalid memory address or nil pointer dereference
        promoted runtime error: invalid memory address or nil pointer dereference
        expr ok
        expr runtime error: invalid memory address or nil pointer dereference

        """)
    #expect(r.code == 0)
}

@Test func deferOfNilInterfaceMethodPanicsAtTheDeferStatement() {
    // defer i.M() evaluates the function value i.M at the defer statement;
    // defer f() with a nil func value panics only when the call runs.
    let r = runGo(prog(["fmt"], """
        type Closer interface{ Close() }
        type File struct{ Closer }
        func try(name string, f func()) {
            defer func() { fmt.Println(name, recover()) }()
            f()
        }
        """, main: """
        var c Closer
        try("iface", func() { defer c.Close(); fmt.Println("not here") })
        try("promoted", func() { var f File; defer f.Close(); fmt.Println("not here") })
        try("nilfunc", func() { var g func(); defer g(); fmt.Println("deferred nil func") })
        """))
    #expect(r.stdout == """
        iface runtime error: invalid memory address or nil pointer dereference
        promoted runtime error: invalid memory address or nil pointer dereference
        deferred nil func
        nilfunc runtime error: invalid memory address or nil pointer dereference

        """)
    #expect(r.code == 0)
}
