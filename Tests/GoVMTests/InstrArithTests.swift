// Instruction groups: integer/float arithmetic, conversions, comparisons.
import Testing

@Test func integerWrapAndTruncation() {
    let r = runGo(prog(main: """
        var a int8 = 127
        a++
        var b uint8 = 0
        b--
        var c int32 = 1 << 30
        c *= 4
        var u uint = 0
        u--
        fmt.Println(a, b, c, u, u>>60, -7/2, -7%2, uint32(1)<<31)
        x := -8
        fmt.Println(x>>1, x<<62, ^x, x&^3, 6|9, 6^3)
        """))
    #expect(r.stdout == "-128 255 0 18446744073709551615 15 -3 -1 2147483648\n-4 0 7 -8 15 5\n")
    #expect(r.code == 0)
}

@Test func floatsAndConversions() {
    let r = runGo(prog(main: """
        f := 2.9
        var g float32 = 0.1
        fmt.Println(int(f), int(-f), float64(g), 7/2.0, int64(1)<<40)
        fmt.Println(string(rune(65)), string([]byte{104, 105}), []byte("go"), len([]rune("héllo")))
        var zero float64
        fmt.Println(1/zero, -1/zero, zero/zero == zero/zero, 0.1+0.2)
        """))
    #expect(r.stdout == "2 -2 0.10000000149011612 3.5 1099511627776\nA hi [103 111] 5\n+Inf -Inf false 0.3\n")
}

@Test func divideByZeroPanics() {
    let r = runGo(prog(main: """
        a, b := 1, 0
        fmt.Println(a / b)
        """))
    #expect(r.code == 2)
    #expect(r.stderr.hasPrefix("panic: runtime error: integer divide by zero\n"))
    #expect(r.stderr.contains("goroutine 1 [running]:\nmain.main(...)\n\tprog.go:8"))
}

@Test func stringsCompareAndIndex() {
    let r = runGo(prog(main: """
        s := "héllo"
        fmt.Println(len(s), s[1], s[0:1], s[3:], "a" < "b", "ab" >= "abc", s == "h"+"éllo")
        for i, c := range "aé" {
            fmt.Println(i, c)
        }
        """))
    #expect(r.stdout == "6 195 h llo true false true\n0 97\n1 233\n")
}
