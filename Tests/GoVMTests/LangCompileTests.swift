// Language mechanisms the compiler implements, checked through the VM with
// the exact output Go gives (Go 1.19; range over an int as Go 1.22):
// loop-variable sharing, method expressions, methods promoted from embedded
// interfaces, goto, clear, exact constants, invalid UTF-8 constants.
import Testing

@Test func rangeVariablesAreSharedAsGo119() {
    // One k/v for the whole loop: closures and &v all see the last value.
    let r = runGo(prog(["fmt"], main: """
        var fs []func() string
        var ps []*int
        for i, s := range []string{"a", "b", "c"} {
            fs = append(fs, func() string { return s })
            ps = append(ps, &i)
        }
        for _, f := range fs { fmt.Print(f()) }
        fmt.Println(*ps[0], ps[0] == ps[2])
        var gs []func() int
        for i := range 3 { gs = append(gs, func() int { return i }) }
        for _, g := range gs { fmt.Print(g()) }
        fmt.Println()
        """))
    #expect(r.stdout == "ccc2 true\n012\n")
    #expect(r.code == 0)
}

@Test func methodExpressionsCallWithTheReceiverFirst() {
    let r = runGo(prog(["fmt"], """
        type C struct{ n int }
        func (c *C) Inc()           { c.n++ }
        func (c C) Add(k int) int   { return c.n + k }
        type Adder interface{ Add(k int) int }
        type Outer struct{ C }
        """, main: """
        c := C{1}
        inc := (*C).Inc
        inc(&c)
        add, padd, iadd := C.Add, (*C).Add, Adder.Add
        fmt.Println(c.n, add(c, 10), padd(&c, 20), iadd(c, 30), Outer.Add(Outer{C{5}}, 1))
        fmt.Printf("%T|%T\\n", add, inc)
        """))
    #expect(r.stdout == "2 12 22 32 6\nfunc(main.C, int) int|func(*main.C)\n")
}

@Test func embeddedInterfaceMethodsDispatchDynamically() {
    let r = runGo(prog(["fmt"], """
        type S interface{ Say() string }
        type Dog struct{}
        func (Dog) Say() string { return "woof" }
        type Cat struct{ n string }
        func (c *Cat) Say() string { return c.n }
        type Loud struct{ S }
        """, main: """
        l := Loud{Dog{}}
        var s S = l
        f := l.Say
        l.S = &Cat{"meow"}
        var ps S = &l
        fmt.Println(s.Say(), f(), l.Say(), ps.Say())
        """))
    #expect(r.stdout == "woof woof meow meow\n")
}

@Test func gotoJumpsBackwardAndForward() {
    let r = runGo(prog(["fmt"], main: """
        i := 0
        top:
        if i < 3 {
            i++
            goto top
        }
        for j := 0; ; j++ {
            if j == 2 { goto out }
        }
        out:
        fmt.Println(i)
        """))
    #expect(r.stdout == "3\n")
}

@Test func clearZeroesSlicesAndEmptiesMaps() {
    let r = runGo(prog(["fmt"], main: """
        type P struct{ s string; n int }
        xs := []P{{"a", 1}, {"b", 2}, {"c", 3}}
        clear(xs[1:])
        m := map[int]string{1: "x", 2: "y"}
        clear(m)
        m[3] = "z"
        fmt.Println(xs, len(xs), m)
        """))
    #expect(r.stdout == "[{a 1} { 0} { 0}] 3 map[3:z]\n")
}

@Test func constantsAreExactAndBytesSurvive() {
    let r = runGo(prog(["fmt"], main: """
        const rate = 0.07
        fmt.Println(int(rate*100), 0.1+0.2 == 0.3, len("a\\xffb"))
        for i, r := range "a\\xffb" { fmt.Print(i, ":", r, " ") }
        fmt.Println()
        """))
    #expect(r.stdout == "7 true 3\n0:97 1:65533 2:98 \n")
}

@Test func percentTUsesReflectSpelling() {
    let r = runGo(prog(["fmt"], main: """
        var a interface{} = struct{}{}
        var b interface{} = struct{ X int; Y []string }{}
        var c interface{} = map[string]interface{ M() }{}
        var d interface{} = []interface{}{}
        fmt.Printf("%T|%T|%T|%T\\n", a, b, c, d)
        """))
    #expect(r.stdout == "struct {}|struct { X int; Y []string }|map[string]interface { M() }|[]interface {}\n")
}

@Test func opAssignReadsTheTargetAfterTheCalls() {
    // gc runs the right side's calls before it reads the target's operands.
    let r = runGo(prog(["fmt"], """
        type S struct{ total int }
        func (s *S) bump() int { s.total += 100; return 1 }
        """, main: """
        s := &S{}
        s.total += s.bump()
        arr := []int{0, 0}
        i := 0
        next := func() int { i++; return i }
        arr[i] += next()
        m := map[string]int{}
        m["a"] += func() int { m["a"] = 7; return 1 }()
        fmt.Println(s.total, arr, m)
        """))
    #expect(r.stdout == "101 [0 1] map[a:8]\n")
}

@Test func callsRunBeforePlainOperandsAsGc() {
    // cmd/compile evaluates a statement's calls first, then reads operands.
    let r = runGo(prog(["fmt"], """
        var g = 1
        func setG() int { g = 10; return 1 }
        type T struct{ n int }
        func (t *T) inc() int { t.n++; return t.n }
        """, main: """
        x := 1
        f := func() int { x = 100; return 1 }
        y := x + f()
        z := g + setG()
        t := &T{}
        fmt.Println(y, z, t.n, t.inc(), t.n)
        a := []int{t.n, t.inc(), t.n}
        ok := t.n > 5 || t.inc() > 2
        fmt.Println(a, ok, t.n)
        """))
    #expect(r.stdout == "101 11 1 1 1\n[2 2 2] true 3\n")
}
