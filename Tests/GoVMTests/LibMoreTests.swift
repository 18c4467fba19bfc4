// The library beyond the first release: math (Go's special cases, Cbrt
// ported from Go), strings.Title/EqualFold/Compare, unicode predicates,
// and, through whole programs, errors.As/Unwrap, *strconv.NumError,
// sort.Sort/Stable/Search on Go methods and closures. Expected values are
// what Go 1.19 printed for the same calls.
import Testing
@testable import GoVM

@Test func mathSpecialCasesAsGo() {
    #expect(GoMath.cbrt(27) == 3)
    #expect(GoMath.cbrt(-64) == -4)
    #expect(GoMath.cbrt(1000) == 10)
    #expect(GoMath.cbrt(2) == 1.2599210498948732)
    #expect(GoMath.max(0, -0.0).sign == .plus)
    #expect(GoMath.min(0, -0.0).sign == .minus)
    #expect(GoMath.max(.nan, .infinity) == .infinity)
    #expect(GoMath.min(.nan, -.infinity) == -.infinity)
    #expect(GoMath.max(.nan, 1).isNaN)
    #expect(GoMath.apply1(.round, 2.5) == 3 && GoMath.apply1(.round, -2.5) == -3)
    #expect(GoMath.apply1(.trunc, -2.7) == -2)
    #expect(GoMath.isInf(.infinity, 0) && !GoMath.isInf(.infinity, -1))
    #expect(GoMath.pow10(3) == 1000 && GoMath.pow10(-400) == 0 && GoMath.pow10(309) == .infinity)
    #expect(GoMath.mod(-7, 3) == -1)
}

@Test func stringsTitleEqualFoldCompare() {
    func s(_ b: [UInt8]) -> String { String(decoding: b, as: UTF8.self) }
    #expect(s(GoStrings.title(Array("hello wide_world, x-ray 3d café".utf8))) == "Hello Wide_world, X-Ray 3d Café")
    #expect(GoStrings.equalFold(Array("Go".utf8), Array("GO".utf8)))
    #expect(GoStrings.equalFold(Array("Straße".utf8), Array("STRASSE".utf8)) == false)
    #expect(GoStrings.equalFold(Array("ÀB".utf8), Array("àb".utf8)))
    #expect(GoStrings.compare(Array("a".utf8), Array("b".utf8)) == -1)
    #expect(GoStrings.compare(Array("b".utf8), Array("a".utf8)) == 1)
    #expect(GoStrings.compare([], []) == 0)
}

@Test func unicodePredicates() {
    let rs: [Int32] = [0x41, 0x7A, 0x35, 0x20, 0x21, 0xE9, 0x4E16, 0x0663, 0x2167, 0x0A]
    #expect(rs.map { GoUnicode.isLetter($0) } == [true, true, false, false, false, true, true, false, false, false])
    #expect(rs.map { GoUnicode.isDigit($0) } == [false, false, true, false, false, false, false, true, false, false])
    #expect(rs.map { GoUnicode.isNumber($0) } == [false, false, true, false, false, false, false, true, true, false])
    #expect(rs.map { GoUnicode.isSpace($0) } == [false, false, false, true, false, false, false, false, false, true])
    #expect(rs.map { GoUnicode.isPunct($0) } == [false, false, false, false, true, false, false, false, false, false])
    #expect(GoUnicode.toUpper(0xE9) == 0xC9 && GoUnicode.toLower(0x41) == 0x61 && GoUnicode.toUpper(0x35) == 0x35)
}

@Test func errorsAsUnwrapAndNumError() {
    let r = runGo(prog(["errors", "fmt", "strconv"], """
        type NotFound struct{ Key string }
        func (e *NotFound) Error() string { return "not found: " + e.Key }
        type Temp interface{ Temporary() bool }
        """, main: """
        var nf error = &NotFound{"k"}
        w := fmt.Errorf("outer: %w", fmt.Errorf("lookup: %w", nf))
        var target *NotFound
        fmt.Println(errors.As(w, &target), target.Key, errors.Unwrap(nf) == nil)
        fmt.Println(errors.Unwrap(errors.Unwrap(w)) == nf)
        var tmp Temp
        fmt.Println(errors.As(w, &tmp), tmp == nil)
        _, err := strconv.Atoi("12a")
        var ne *strconv.NumError
        fmt.Println(errors.As(err, &ne), ne.Func, ne.Num, ne.Err)
        fmt.Printf("%T|%v\\n", err, err)
        _, err = strconv.ParseInt("300", 10, 8)
        fmt.Println(err)
        """))
    #expect(r.stdout == """
        true k true
        true
        false true
        true Atoi 12a invalid syntax
        *strconv.NumError|strconv.Atoi: parsing "12a": invalid syntax
        strconv.ParseInt: parsing "300": value out of range

        """)
}

@Test func sortThroughGoMethodsAndClosures() {
    let r = runGo(prog(["fmt", "sort"], """
        type ByLen []string
        func (a ByLen) Len() int           { return len(a) }
        func (a ByLen) Less(i, j int) bool { return len(a[i]) < len(a[j]) }
        func (a ByLen) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
        """, main: """
        words := []string{"banana", "kiwi", "apple", "fig", "cherry", "date"}
        sort.Stable(ByLen(words))
        fmt.Println(words, sort.IsSorted(ByLen(words)))
        type P struct { N string; A int }
        ps := []P{{"Al", 30}, {"Bo", 25}, {"Cy", 30}, {"Di", 25}}
        sort.SliceStable(ps, func(i, j int) bool { return ps[i].A < ps[j].A })
        fmt.Println(ps, sort.SliceIsSorted(ps, func(i, j int) bool { return ps[i].A < ps[j].A }))
        xs := []int{1, 3, 5, 7, 9, 11}
        fmt.Println(sort.Search(len(xs), func(i int) bool { return xs[i] >= 7 }), sort.SearchInts(xs, 4))
        """))
    #expect(r.stdout == """
        [fig kiwi date apple banana cherry] true
        [{Bo 25} {Di 25} {Al 30} {Cy 30}] true
        3 2

        """)
}

/// math/rand's source against Go 1.19's output for the same calls (the
/// default seed 1, Seed(42), Seed(-7), Seed(0)).
@Test func goRandSourceMatchesGo() {
    var r = GoRandSource(seed: 1)
    #expect((0..<10).map { _ in r.intn(100) } == [81, 87, 47, 59, 81, 18, 25, 40, 56, 0])
    r.seed(42)
    #expect((0..<5).map { _ in r.intn(1000) } == [305, 987, 668, 750, 423])
    #expect(r.float64() == 0.38319329992238566)
    #expect(r.float64() == 0.8128771359243787)
    #expect(r.int63() == 3545887102062614208)
    #expect(r.int() == 3532963341805492868)
    #expect(r.perm(8) == [0, 1, 5, 4, 7, 2, 6, 3])
    var xs = Array(0..<10)
    for i in stride(from: 9, to: 0, by: -1) { xs.swapAt(i, r.shuffleIndex(i)) }
    #expect(xs == [5, 3, 4, 6, 1, 2, 0, 9, 8, 7])
    r.seed(-7)
    #expect([r.intn(1 << 40), r.intn(64), r.intn(3), r.int63()] == [967530643467, 16, 1, 814608651260322299])
    r.seed(0)
    #expect([r.intn(10), r.intn(10)] == [4, 4])
}

/// strings' func-taking functions call the Go closure once per rune and
/// match Go 1.19's output for the same program.
@Test func stringsFuncVariantsCallGoClosures() {
    let r = runGo(prog(["fmt", "strings", "unicode"], "", main: """
        calls := 0
        notL := func(r rune) bool { calls++; return !unicode.IsLetter(r) }
        fmt.Printf("%q %d\\n", strings.FieldsFunc("  a1b--cé,d  ", notL), calls)
        fmt.Printf("%q %q %q\\n", strings.TrimFunc("12héllo世34", unicode.IsDigit), strings.TrimLeftFunc("  x  ", unicode.IsSpace), strings.TrimRightFunc("x世世", func(r rune) bool { return r == '世' }))
        fmt.Printf("%q %d %d\\n", strings.TrimFunc("123", unicode.IsDigit), strings.IndexFunc("abc1", unicode.IsDigit), strings.IndexFunc("héllo", func(r rune) bool { return r == 'l' }))
        fmt.Printf("%q\\n", strings.Map(func(r rune) rune {
            if r == 'a' {
                return -1
            }
            return unicode.ToUpper(r)
        }, "banana split"))
        b, a, ok := strings.Cut("key=value=x", "=")
        fmt.Println(b, a, ok)
        """))
    #expect(r.stdout == """
        ["a" "b" "cé" "d"] 13
        "héllo世" "x  " "x"
        "" 3 3
        "BNN SPLIT"
        key value=x true

        """)
}

/// rand.New(rand.NewSource(seed)) draws Go 1.19's exact numbers from state
/// kept in a heap object (the values are what Go printed).
@Test func randNewSourceMatchesGo() {
    let r = runGo(prog(["fmt", "math/rand"], "", main: """
        r := rand.New(rand.NewSource(42))
        fmt.Println(r.Intn(100), r.Intn(100), r.Intn(100), r.Intn(100), r.Intn(100))
        fmt.Println(r.Float64(), r.Int63(), r.Int31n(10), r.Int63n(1000000007), r.Int31(), r.Int())
        fmt.Println(r.Perm(6))
        src := rand.NewSource(7)
        fmt.Println(src.Int63())
        r2 := rand.New(src)
        r2.Seed(1)
        fmt.Println(r2.Intn(100), r2.Intn(100), r2.Intn(100))
        """))
    #expect(r.stdout == """
        5 87 68 50 23
        0.38319329992238566 7497468244883513247 6 74749649 1388082643 6784982874943501314
        [3 2 5 4 0 1]
        8475284246537043955
        81 87 47

        """)
}

/// fmt.Fprint/Fprintf/Fprintln to *strings.Builder and to a user io.Writer
/// (its Go Write method gets the bytes as a new []byte), as Go prints.
@Test func fprintFamilyWritesToWriters() {
    let r = runGo(prog(["fmt", "io", "strings"], """
        type Count struct{ N, Calls int }
        func (c *Count) Write(p []byte) (int, error) { c.N += len(p); c.Calls++; return len(p), nil }
        """, main: """
        var sb strings.Builder
        n, err := fmt.Fprintf(&sb, "%03d|%s", 7, "x")
        fmt.Fprintln(&sb, "", 1.5, true)
        sb.Write([]byte("!"))
        fmt.Printf("%d %v %q\\n", n, err, sb.String())
        c := &Count{}
        var w io.Writer = c
        fmt.Fprint(w, "ab", 1, 2, "c")
        fmt.Fprintln(w, "x")
        fmt.Println(c.N, c.Calls)
        """))
    #expect(r.stdout == """
        5 <nil> "007|x 1.5 true\\n!"
        8 2

        """)
}

/// sort.Reverse over the library's IntSlice and over a Go sort.Interface,
/// and the adapters' own methods, as Go 1.19 orders them.
@Test func sortReverseAndSliceAdapters() {
    let r = runGo(prog(["fmt", "sort"], """
        type P struct { N string; A int }
        type ByA []P
        func (a ByA) Len() int           { return len(a) }
        func (a ByA) Less(i, j int) bool { return a[i].A < a[j].A }
        func (a ByA) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
        """, main: """
        xs := []int{5, 2, 8, 1, 9, 3}
        sort.Sort(sort.Reverse(sort.IntSlice(xs)))
        ps := []P{{"A", 30}, {"B", 20}, {"C", 40}, {"D", 20}}
        sort.Stable(sort.Reverse(ByA(ps)))
        fl := sort.Float64Slice{2.5, -1, 3}
        fl.Sort()
        fmt.Println(xs, ps, fl, sort.IsSorted(sort.Reverse(sort.IntSlice(xs))))
        """))
    #expect(r.stdout == "[9 8 5 3 2 1] [{C 40} {A 30} {B 20} {D 20}] [-1 2.5 3] true\n")
}

/// Go 1.19's typed atomics wrap as their Go types, and Duration.Round /
/// Truncate / Abs follow time.go (halves away from zero).
@Test func typedAtomicsAndDurationRounding() {
    let r = runGo(prog(["fmt", "sync/atomic", "time"], "", main: """
        var b atomic.Bool
        var u atomic.Uint32
        var i atomic.Int32
        u.Store(1)
        i.Store(2147483647)
        var c uint64 = 10
        fmt.Println(b.CompareAndSwap(false, true), b.Load(), u.Add(^uint32(0)), u.Swap(9), i.Add(1), atomic.AddUint64(&c, ^uint64(0)), atomic.SwapUint64(&c, 3), c)
        d := 1234567 * time.Microsecond
        fmt.Println(d.Round(time.Millisecond), d.Truncate(time.Second), (-d).Round(time.Second), (-d).Abs(), (2500 * time.Millisecond).Round(time.Second))
        """))
    #expect(r.stdout == "true true 0 0 -2147483648 9 9 3\n1.235s 1s -1s 1.234567s 3s\n")
}

/// bytes.Buffer shares strings.Builder's storage; fmt prints *Buffer and
/// *Builder through their String methods.
@Test func bytesBufferAndBuilderStringers() {
    let r = runGo(prog(["bytes", "fmt", "strings"], "", main: """
        var b bytes.Buffer
        b.WriteString("hi")
        b.WriteRune('世')
        fmt.Fprintf(&b, "%03d", 7)
        var sb strings.Builder
        sb.WriteString("sb")
        fmt.Println(&b, b.Len(), len(b.Bytes()), &sb)
        """))
    #expect(r.stdout == "hi世007 8 8 sb\n")
}

/// unicode/utf8 on valid and invalid text, as Go 1.19 prints it.
@Test func utf8PackageAsGo() {
    let r = runGo(prog(["fmt", "unicode/utf8"], "", main: """
        r, n := utf8.DecodeRuneInString("世界")
        lr, ln := utf8.DecodeLastRuneInString("ab\\xff")
        fmt.Println(utf8.RuneCountInString("héllo, 世界"), r, n, lr, ln, utf8.ValidString("bad\\xff"), utf8.RuneLen('🙂'), utf8.RuneError)
        """))
    #expect(r.stdout == "9 19990 3 65533 1 false 4 65533\n")
}

/// time.ParseDuration's values and error texts (Go 1.19 output).
@Test func parseDurationAsGo() {
    func p(_ s: String) -> String {
        let (d, e) = GoTime.parseDuration(Array(s.utf8))
        return e ?? String(d)
    }
    #expect(p("1h30m") == "5400000000000")
    #expect(p("-2h45m30.5s") == "-9930500000000")
    #expect(p("1.0000000001ns") == "1")
    #expect(p(".5h") == "1800000000000")
    #expect(p("0") == "0")
    #expect(p("10") == "time: missing unit in duration \"10\"")
    #expect(p("5x") == "time: unknown unit \"x\" in duration \"5x\"")
    #expect(p("1.") == "time: missing unit in duration \"1.\"")
    #expect(p("") == "time: invalid duration \"\"")
    #expect(p("9999999999h") == "time: invalid duration \"9999999999h\"")
}

/// strings.Replacer's priority rule (argument order, left to right, no
/// overlaps) and an empty old string, as Go 1.19 replaces.
@Test func replacerPriorityAsGo() {
    func r(_ s: String, _ pairs: [String]) -> String {
        String(decoding: GoStrings.replacePairs(Array(s.utf8), pairs.map { Array($0.utf8) }), as: UTF8.self)
    }
    #expect(r("aaaa", ["a", "1", "aa", "2", "aaa", "3"]) == "1111")
    #expect(r("aaaa", ["aaa", "3", "aa", "2", "a", "1"]) == "31")
    #expect(r("the cat chased the dog", ["cat", "dog", "dog", "cat"]) == "the dog chased the cat")
    #expect(r("abc", ["", "-"]) == "-a-b-c-")
    #expect(r("abcabab-ab", ["ab", "X"]) == "XcXX-X")
}

/// time.Time arithmetic and comparisons on the simulated clock.
@Test func timeTimeMethodsOnSimulatedClock() {
    let r = runGo(prog(["fmt", "time"], "", main: """
        t0 := time.Now()
        time.Sleep(30 * time.Millisecond)
        t1 := time.Now()
        t2 := t0.Add(30 * time.Millisecond)
        d := t1.Sub(t0)
        fmt.Println(d >= 30*time.Millisecond && d < 31*time.Millisecond, t2.After(t1), t2.Equal(t0.Add(30*time.Millisecond)), t0.Before(t1), t1.After(t0), t2.Add(-time.Second).Before(t0))
        """))
    // Sleep wakes a little after 30ms (the scheduler's latency), as in Go.
    #expect(r.stdout == "true false true true true true\n")
}

/// Go's own Sin/Cos/Tan/Atan/Atan2/Hypot/Log10/Log2 formulas: the last bits
/// printed by Go 1.19 (the C library differs on some of these).
@Test func mathPortedFunctionsMatchGoBits() {
    #expect(GoMath.sin(1.5) == 0.9974949866040544)
    #expect(GoMath.cos(12345.678) == 0.7101193587160627)
    #expect(GoMath.tan(0.1) == 0.10033467208545055)
    #expect(GoMath.atan(2) == 1.1071487177940904)
    #expect(GoMath.log10(10) == 1 && GoMath.log10(100) == 2 && GoMath.log10(1e-5) == -5)
    #expect(GoMath.log2(1024) == 10 && GoMath.log2(0.5) == -1)
    #expect(GoMath.hypot(3, 4) == 5)
}

/// math.Pow as Go computes it (repeated squaring of the Frexp mantissa):
/// values where the C library's correctly rounded pow prints other digits.
@Test func powByRepeatedSquaringAsGo() {
    #expect(GoMath.pow(1.05, 12) == 1.7958563260221292)
    #expect(GoMath.pow(1.1, 12) == 3.1384283767210026)
    #expect(GoMath.pow(-2, 0.5).isNaN && GoMath.pow(0, -1) == .infinity && GoMath.pow(-0.0, -3) == -.infinity)
    #expect(GoMath.pow(2, 1024) == .infinity && GoMath.pow(2, -1075) == 0)
}

/// math.Log as Go's log.go / log_amd64.s computes it (the C library's log
/// differs in the last bit for 3).
@Test func logMatchesGoBits() {
    #expect(GoMath.goLog(3) == 1.0986122886681096)
    #expect(GoMath.goLog(1) == 0 && GoMath.goLog(0) == -.infinity && GoMath.goLog(-1).isNaN)
    #expect(GoMath.log10(3) == 0.4771212547196624)
}
