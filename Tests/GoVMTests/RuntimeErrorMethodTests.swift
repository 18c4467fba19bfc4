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
