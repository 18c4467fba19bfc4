// Comparison diagnostics at the position types2 (compiler mode) reports them:
// the offending operand's start (the 2nd operand for a type mismatch and for
// nil == nil), texts from go build with Go 1.19.
import Testing
@testable import GoFrontend

let comparisonErrorPrograms: [BrokenProgram] = [
    BrokenProgram(name: "cmp-mismatch-at-second", source: "package main\n\nfunc main() {\n\ts := \"x\"\n\tif s == 1 {\n\t}\n}\n",
                  expected: ["prog.go:5:10: invalid operation: s == 1 (mismatched types string and untyped int)"],
                  reference: "go1.19"),
    BrokenProgram(name: "cmp-ordered-untyped-mismatch", source: "package main\n\nfunc main() {\n\tif \"a\" < 1 {\n\t}\n}\n",
                  expected: ["prog.go:4:11: invalid operation: \"a\" < 1 (mismatched types untyped string and untyped int)"],
                  reference: "go1.19"),
    BrokenProgram(name: "cmp-nil-nil", source: "package main\n\nfunc main() {\n\tif nil == nil {\n\t}\n}\n",
                  expected: ["prog.go:4:12: invalid operation: nil == nil (operator == not defined on untyped nil)"],
                  reference: "go1.19"),
    BrokenProgram(name: "cmp-map-first", source: "package main\n\nfunc main() {\n\tm := map[int]int{}\n\tif m == m {\n\t}\n}\n",
                  expected: ["prog.go:5:5: invalid operation: m == m (map can only be compared to nil)"],
                  reference: "go1.19"),
    BrokenProgram(name: "cmp-slice-second", source: "package main\n\nfunc main() {\n\tvar a interface{}\n\tb := []int{}\n\tif a == b {\n\t}\n}\n",
                  expected: ["prog.go:6:10: invalid operation: a == b (slice can only be compared to nil)"],
                  reference: "go1.19"),
    BrokenProgram(name: "cmp-struct-ordered", source: "package main\n\ntype P struct{ x int }\n\nfunc main() {\n\tp, q := P{}, P{}\n\tif p < q {\n\t}\n}\n",
                  expected: ["prog.go:7:5: invalid operation: p < q (operator < not defined on struct)"],
                  reference: "go1.19"),
    BrokenProgram(name: "slice-indices-at-later-index", source: "package main\n\nfunc main() {\n\ts := []int{1, 2, 3}\n\t_ = s[3:1:2]\n\t_ = s[2:5:3]\n}\n",
                  expected: ["prog.go:5:10: invalid slice indices: 1 < 3", "prog.go:6:12: invalid slice indices: 3 < 5"],
                  reference: "go1.19"),
    BrokenProgram(name: "shift-count-float-const", source: "package main\n\nfunc main() {\n\t_ = 1 << -1.5\n\t_ = 1 << 2.0\n}\n",
                  expected: ["prog.go:4:11: -1.5 (untyped float constant) truncated to uint"],
                  reference: "go1.19"),
    BrokenProgram(name: "type-assert-outside-switch", source: "package main\n\nfunc main() {\n\tvar x interface{} = 1\n\t_ = x\n\t_ = x.(type)\n}\n",
                  expected: ["prog.go:6:6: invalid AST: use of .(type) outside type switch"],
                  reference: "go1.19"),
    BrokenProgram(name: "copy-element-types", source: "package main\n\ntype B byte\n\nfunc main() {\n\tb := []int{1}\n\tn := copy(b, \"ignored\"[0:0])\n\tbb := []B{1}\n\t_ = copy(bb, \"x\")\n\t_ = copy(5, b)\n\t_ = copy(b, 5)\n\t_ = n\n\tc := []byte{1}\n\t_ = copy(c, \"abc\")\n\t_ = copy(c, c)\n}\n",
                  expected: ["prog.go:7:12: invalid argument: arguments to copy b (variable of type []int) and \"ignored\"[0:0] (value of type string) have different element types int and byte",
                             "prog.go:9:11: invalid argument: arguments to copy bb (variable of type []B) and \"x\" (untyped string constant) have different element types B and byte",
                             "prog.go:10:11: invalid argument: copy expects slice arguments; found 5 (untyped int constant) and b (variable of type []int)",
                             "prog.go:11:11: invalid argument: copy expects slice arguments; found b (variable of type []int) and 5 (untyped int constant)"],
                  reference: "go1.19"),
    BrokenProgram(name: "append-to-array-and-funclit-text", source: "package main\n\nfunc main() {\n\tvar a [3]int\n\ta = append(a, 1)\n\tvar f func(int)\n\tf = func() {}\n\tf = func() { a[0] = 1 }\n\t_ = append(nil, 1)\n}\n",
                  expected: ["prog.go:5:13: first argument to append must be a slice; have a (variable of type [3]int)",
                             "prog.go:7:6: cannot use func() {} (value of type func()) as type func(int) in assignment",
                             "prog.go:8:6: cannot use func() {…} (value of type func()) as type func(int) in assignment",
                             "prog.go:9:13: first argument to append must be a slice; have untyped nil"],
                  reference: "go1.19"),
    BrokenProgram(name: "failed-assignment-counts-as-use", source: "package main\n\nfunc two() (int, int) { return 1, 2 }\n\nfunc main() {\n\tvar a, b int\n\ta = \"s\"\n\tvar c string\n\tc, b = two()\n\tvar d int\n\td = undefinedName\n\tvar e int\n\te, _ = 1\n\tx := \"s\" + 1\n\tvar y int = \"t\"\n}\n",
                  expected: ["prog.go:7:6: cannot use \"s\" (untyped string constant) as int value in assignment",
                             "prog.go:9:9: cannot use two() (value of type int) as type string in assignment",
                             "prog.go:11:6: undefined: undefinedName",
                             "prog.go:13:9: assignment mismatch: 2 variables but 1 value",
                             "prog.go:14:7: invalid operation: \"s\" + 1 (mismatched types untyped string and untyped int)",
                             "prog.go:15:14: cannot use \"t\" (untyped string constant) as int value in variable declaration"],
                  reference: "go1.19"),
    BrokenProgram(name: "untyped-number-to-composite", source: "package main\n\ntype S struct{ a int }\n\nfunc main() {\n\tx := 3\n\tp := &x\n\t_ = p == 1.5\n\t_ = p + 1\n\tvar s S\n\t_ = s == 1\n\t_ = s == \"a\"\n\tvar f func()\n\t_ = f == 0\n\t_ = 2 == p\n\tvar e error\n\t_ = e.Message\n}\n",
                  expected: ["prog.go:8:11: cannot convert 1.5 (untyped float constant) to *int",
                             "prog.go:9:10: cannot convert 1 (untyped int constant) to *int",
                             "prog.go:11:11: cannot convert 1 (untyped int constant) to struct{a int}",
                             "prog.go:12:11: invalid operation: s == \"a\" (mismatched types S and untyped string)",
                             "prog.go:14:11: cannot convert 0 (untyped int constant) to func()",
                             "prog.go:15:6: cannot convert 2 (untyped int constant) to *int",
                             "prog.go:17:8: e.Message undefined (type error has no field or method Message)"],
                  reference: "go1.19"),
    BrokenProgram(name: "range-over-untyped-float", source: "package main\n\nfunc main() {\n\tfor i := range 5.0 {\n\t\t_ = i\n\t}\n}\n",
                  expected: ["prog.go:4:17: cannot range over 5.0 (untyped float constant 5)"],
                  reference: "go1.22"),
]

@Test(arguments: comparisonErrorPrograms)
func comparisonDiagnostics(_ p: BrokenProgram) {
    switch parseAndCheck(source: p.source, fileName: "prog.go") {
    case .success:
        Issue.record("\(p.name): expected errors, got none")
    case .failure(let d):
        #expect(d.lines == p.expected, "\(p.name) [\(p.reference)]")
    }
}
