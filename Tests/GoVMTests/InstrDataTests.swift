// Instruction groups: slices, arrays, maps, structs, pointers, interfaces, closures.
import Testing

@Test func slicesGrowLikeGo() {
    let r = runGo(prog(main: """
        var s []int
        caps := []int{}
        for i := 0; i < 20; i++ {
            s = append(s, i)
            caps = append(caps, cap(s))
        }
        fmt.Println(caps)
        t := s[2:5:7]
        fmt.Println(t, len(t), cap(t))
        u := append(t, 100)
        fmt.Println(s[5], u[3], copy(s, []int{9, 9}), s[:3])
        var strs []string
        strs = append(strs, "a", "b", "c")
        fmt.Println(strs, cap(strs))
        """))
    #expect(r.stdout == "[1 2 4 4 8 8 8 8 16 16 16 16 16 16 16 16 32 32 32 32]\n[2 3 4] 3 5\n100 100 2 [9 9 2]\n[a b c] 3\n")
}

@Test func indexOutOfRange() {
    let r = runGo(prog(main: """
        s := []int{1, 2, 3}
        i := 5
        fmt.Println(s[i])
        """))
    #expect(r.code == 2)
    #expect(r.stderr.hasPrefix("panic: runtime error: index out of range [5] with length 3\n"))
}

@Test func arraysAreValues() {
    let r = runGo(prog(main: """
        a := [3]int{1, 2, 3}
        b := a
        b[0] = 9
        var grid [2][2]string
        grid[1][0] = "x"
        p := &a
        p[2] = 7
        fmt.Println(a, b, grid, len(grid), a == [3]int{1, 2, 7})
        """))
    #expect(r.stdout == "[1 2 7] [9 2 3] [[ ] [x ]] 2 true\n")
}

@Test func mapsOps() {
    let r = runGo(prog(main: """
        m := map[string]int{"a": 1}
        m["b"] += 2
        v, ok := m["zz"]
        delete(m, "a")
        sum := 0
        for k, v := range map[int]int{1: 10, 2: 20, 3: 30} {
            sum += k * v
        }
        fmt.Println(m, len(m), v, ok, sum)
        var nm map[string]bool
        fmt.Println(nm["x"], len(nm))
        nm["x"] = true
        """))
    #expect(r.stdout == "map[b:2] 1 0 false 140\nfalse 0\n")
    #expect(r.code == 2)
    #expect(r.stderr.hasPrefix("panic: assignment to entry in nil map\n"))
}

@Test func structsPointersMethods() {
    let r = runGo(prog(["fmt"], """
        type P struct{ X, Y int }
        type Box struct {
            P
            Name string
            Next *Box
        }
        func (p P) Sum() int { return p.X + p.Y }
        func (p *P) Scale(k int) { p.X *= k; p.Y *= k }
        """, main: """
        b := Box{P: P{1, 2}, Name: "b"}
        b.Scale(3)
        c := &Box{Name: "c", Next: &b}
        c.Next.P.X++
        one := struct{ V int }{5}
        fmt.Println(b.Sum(), b.X, c.Next.Name, one, one.V)
        fmt.Printf("%v %+v\\n", b.P, *c.Next)
        """))
    #expect(r.stdout == "10 4 b {5} 5\n{4 6} {P:{X:4 Y:6} Name:b Next:<nil>}\n")
}

@Test func interfacesAndTypeSwitch() {
    let r = runGo(prog(["fmt", "errors"], """
        type Shape interface{ Area() float64 }
        type Sq struct{ S float64 }
        type Circ struct{ R float64 }
        func (s Sq) Area() float64 { return s.S * s.S }
        func (c *Circ) Area() float64 { return 3 * c.R * c.R }
        type MyErr struct{ Code int }
        func (e MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }
        func kind(x any) string {
            switch v := x.(type) {
            case nil:
                return "nil"
            case int, int64:
                return fmt.Sprint("int-ish ", v)
            case string:
                return "string " + v
            case error:
                return "error " + v.Error()
            default:
                return fmt.Sprintf("other %T", v)
            }
        }
        """, main: """
        shapes := []Shape{Sq{2}, &Circ{1}}
        total := 0.0
        for _, s := range shapes {
            total += s.Area()
        }
        var err error = MyErr{7}
        _, isSq := shapes[1].(Sq)
        fmt.Println(total, err, isSq, kind(nil), kind(3), kind("x"), kind(err), kind(errors.New("e")), kind(2.5))
        defer func() { fmt.Println("recovered:", recover()) }()
        var x any = "str"
        _ = x.(int)
        """))
    #expect(r.stdout == "7 code 7 false nil int-ish 3 string x error code 7 error e other float64\nrecovered: interface conversion: interface {} is string, not int\n")
}

@Test func closuresCaptureByReference() {
    let r = runGo(prog(main: """
        counter := func() func() int {
            n := 0
            return func() int { n++; return n }
        }()
        counter(); counter()
        var fs []func() int
        for i := 0; i < 3; i++ {
            j := i
            fs = append(fs, func() int { return j * 10 })
        }
        x := 1
        inc := func() { x += 5 }
        inc()
        fmt.Println(counter(), fs[0](), fs[2](), x)
        """))
    #expect(r.stdout == "3 0 20 6\n")
}
