// What the checker tells the compiler: types after untyped-constant
// conversion, constant values, what names resolve to, call kinds,
// captures and escapes, range kinds, type-switch variables, layouts,
// method sets, initialization order.
import Testing
@testable import GoFrontend

func checked(_ src: String) -> CheckedProgram? {
    switch parseAndCheck(source: src, fileName: "prog.go") {
    case .success(let p): return p
    case .failure(let d):
        Issue.record("unexpected errors:\n\(d.formatted)")
        return nil
    }
}

/// All expressions in pre-order (statements, declarations, types).
func allExprs(_ f: SourceFile) -> [Expr] {
    var out: [Expr] = []
    func e(_ x: Expr?) {
        guard let x = x else { return }
        out.append(x)
        switch x.kind {
        case .compositeLit(let t, let els, _): e(t); els.forEach(e)
        case .funcLit(_, let b): b.stmts.forEach(s)
        case .paren(let i), .star(let i), .unary(_, let i), .ellipsis(let i): e(i)
        case .selector(let b, _): e(b)
        case .index(let b, let i): e(b); e(i)
        case .slice(let b, let l, let h, let m, _): e(b); e(l); e(h); e(m)
        case .typeAssert(let b, let t): e(b); e(t)
        case .call(let fn, let args, _, _): e(fn); args.forEach(e)
        case .binary(_, let l, let r, _): e(l); e(r)
        case .keyValue(let k, let v): e(k); e(v)
        case .arrayType(_, let el): e(el)
        case .mapType(let k, let v): e(k); e(v)
        case .chanType(_, let el): e(el)
        default: break
        }
    }
    func s(_ x: Stmt?) {
        guard let x = x else { return }
        switch x.kind {
        case .expr(let v), .go(let v), .defer(let v): e(v)
        case .send(let c, let v): e(c); e(v)
        case .incDec(let v, _): e(v)
        case .assign(let l, _, let r): l.forEach(e); r.forEach(e)
        case .return(let r): r.forEach(e)
        case .block(let b): b.stmts.forEach(s)
        case .labeled(_, let i): s(i)
        case .if(let i, let c, let t, let el): s(i); e(c); t.stmts.forEach(s); s(el)
        case .switch(let i, let tag, let cs, _): s(i); e(tag); for c in cs { c.list?.forEach(e); c.body.forEach(s) }
        case .typeSwitch(let i, _, let g, let cs, _): s(i); e(g); for c in cs { c.list?.forEach(e); c.body.forEach(s) }
        case .select(let cs, _): for c in cs { s(c.comm); c.body.forEach(s) }
        case .for(let i, let c, let p, let b): s(i); e(c); s(p); b.stmts.forEach(s)
        case .range(let k, let v, _, let x, let b): e(k); e(v); e(x); b.stmts.forEach(s)
        case .decl(let g): for sp in g.specs { if case .value(let v) = sp { e(v.type); v.values.forEach(e) } }
        default: break
        }
    }
    for d in f.decls {
        switch d {
        case .fn(let fn): fn.body?.stmts.forEach(s)
        case .gen(let g):
            for sp in g.specs {
                switch sp {
                case .value(let v): e(v.type); v.values.forEach(e)
                case .type(let t): e(t.type)
                }
            }
        }
    }
    return out
}

/// The info of the first expression printing as `text`.
func info(_ p: CheckedProgram, _ text: String, occurrence: Int = 0) -> ExprInfo? {
    let matches = allExprs(p.file).filter { printGo($0) == text }
    guard occurrence < matches.count else {
        Issue.record("no expression \(text)")
        return nil
    }
    return p.exprs[Int(matches[occurrence].id)]
}

func typeName(_ p: CheckedProgram, _ i: ExprInfo?) -> String {
    guard let i = i else { return "?" }
    return p.types.string(i.type, qualify: true)
}

@Test func untypedConstantsTakeTheirContextType() throws {
    let p = try #require(checked("""
        package main

        import (
            "fmt"
            "time"
        )

        func main() {
            var big int64 = 1 << 40
            d := time.Duration(3) * 100 * time.Millisecond
            f := 2.5 * 2
            var b byte = 'a' + 1
            x := 7
            fmt.Println(big, d, f, b, x, 1<<62, "s"+"t")
        }
        """))
    #expect(typeName(p, info(p, "1 << 40")) == "int64")
    #expect(info(p, "1 << 40")?.constant == .int(BigInt(Int64(1) << 40)))
    #expect(typeName(p, info(p, "1")) == "int64")         // operand of the shift
    #expect(typeName(p, info(p, "100")) == "time.Duration")
    #expect(info(p, "time.Duration(3) * 100 * time.Millisecond")?.constant == .int(BigInt(300_000_000)))
    #expect(typeName(p, info(p, "time.Millisecond")) == "time.Duration")
    #expect(info(p, "time.Millisecond")?.constant == .int(BigInt(1_000_000)))
    #expect(typeName(p, info(p, "2.5 * 2")) == "float64")
    #expect(info(p, "2.5 * 2")?.constant == .float(5))
    #expect(typeName(p, info(p, "'a' + 1")) == "uint8")
    #expect(info(p, "'a' + 1")?.constant == .int(BigInt(98)))
    // arguments to ...any get their default types
    #expect(typeName(p, info(p, "1 << 62")) == "int")
    #expect(typeName(p, info(p, "\"s\" + \"t\"")) == "string")
    #expect(info(p, "\"s\" + \"t\"")?.constant == .string("st"))
    #expect(typeName(p, info(p, "7")) == "int")
}

@Test func identifiersResolve() throws {
    let p = try #require(checked("""
        package main

        import (
            "fmt"
            "os"
        )

        type T struct{ a int }

        const k = 3

        var g = 1

        func helper() int { return g }

        func main() {
            x := k
            var t T
            fmt.Println(x, t, helper(), len(os.Args), iota2())
        }

        func iota2() int {
            const (
                a = iota
                b
            )
            return b
        }
        """))
    if case .local(let l)? = info(p, "x", occurrence: 1)?.ref {
        #expect(p.locals[Int(l.raw)].name == "x")
        #expect(p.locals[Int(l.raw)].kind == .local)
    } else { Issue.record("x is not a local") }
    #expect(info(p, "k")?.ref == .constant)
    #expect(info(p, "k")?.constant == .int(BigInt(3)))
    if case .global(let gid)? = info(p, "g")?.ref { #expect(p.globals[Int(gid.raw)].name == "g") }
    else { Issue.record("g is not a global") }
    if case .function(let f)? = info(p, "helper")?.ref { #expect(p.funcs[Int(f.raw)].name == "main.helper") }
    else { Issue.record("helper is not a function") }
    #expect(info(p, "fmt.Println")?.ref == .lib(.fmtPrintln))
    #expect(info(p, "fmt")?.ref == .package("fmt"))
    #expect(info(p, "os.Args")?.ref == .libVar(.osArgs))
    #expect(info(p, "len")?.ref == .builtin(.len))
    #expect(info(p, "b", occurrence: 0)?.ref == .constant)
    #expect(info(p, "b", occurrence: 0)?.constant == .int(BigInt(1)))
    #expect(info(p, "fmt.Println(x, t, helper(), len(os.Args), iota2())") == nil
            || true)
}

@Test func callKinds() throws {
    let p = try #require(checked("""
        package main

        import (
            "fmt"
            "sync"
        )

        type S interface{ Area() int }

        type R struct{ w, h int }

        func (r R) Area() int     { return r.w * r.h }
        func (r *R) Scale(k int)  { r.w *= k }

        func twice(f func(int) int, x int) int { return f(f(x)) }

        func main() {
            var wg sync.WaitGroup
            r := R{2, 3}
            r.Scale(2)
            var s S = r
            wg.Add(1)
            n := twice(func(v int) int { return v + 1 }, s.Area())
            fmt.Println(int64(n), string(rune(65)))
            wg.Done()
        }
        """))
    #expect(info(p, "fmt.Println(int64(n), string(rune(65)))")?.call == .lib(.fmtPrintln))
    #expect(info(p, "int64(n)")?.call == .conversion(Universe.int64))
    #expect(info(p, "string(rune(65))")?.constant == .string("A"))
    if case .function(let f)? = info(p, "twice(func(v int) int {\n\treturn v + 1\n}, s.Area())")?.call {
        #expect(p.funcs[Int(f.raw)].name == "main.twice")
    } else { Issue.record("twice is not a static call") }
    #expect(info(p, "f(f(x))")?.call == .dynamic)
    #expect(info(p, "s.Area()")?.call == .interfaceMethod(index: 0, name: "Area"))
    guard case .method(let scale)? = info(p, "r.Scale(2)")?.call else { Issue.record("r.Scale"); return }
    #expect(scale.adjust == .addressOf)
    #expect(scale.method.pointerReceiver)
    guard case .method(let add)? = info(p, "wg.Add(1)")?.call else { Issue.record("wg.Add"); return }
    #expect(add.method.target == .lib(.waitGroupAdd))
    #expect(add.adjust == .addressOf)
    // r and wg have their address taken: heap boxes
    let r = p.locals.first { $0.name == "r" && $0.kind == .local }!
    let wg = p.locals.first { $0.name == "wg" }!
    let n = p.locals.first { $0.name == "n" }!
    #expect(r.escapes && wg.escapes && !n.escapes)
}

@Test func closuresCaptureByReference() throws {
    let p = try #require(checked("""
        package main

        func counter() func() int {
            count := 0
            step := 1
            return func() int {
                count += step
                return func() int { return count }()
            }
        }

        func main() {
            c := counter()
            c()
        }
        """))
    let names = p.funcs.map(\.name)
    #expect(names.contains("main.counter.func1"))
    #expect(names.contains("main.counter.func1.1"))
    let outer = p.funcs.first { $0.name == "main.counter.func1" }!
    let inner = p.funcs.first { $0.name == "main.counter.func1.1" }!
    #expect(outer.captures.map { p.locals[Int($0.raw)].name } == ["count", "step"])
    #expect(inner.captures.map { p.locals[Int($0.raw)].name } == ["count"])
    #expect(inner.parent == p.funcs.firstIndex { $0.name == "main.counter.func1" }.map { FuncID(Int32($0)) })
    let count = p.locals.first { $0.name == "count" }!
    #expect(count.captured && count.escapes)
    let c = p.locals.first { $0.name == "c" }!
    #expect(!c.captured && !c.escapes)
}

@Test func rangeKindsAndLoopVariables() throws {
    let p = try #require(checked("""
        package main

        func main() {
            s := []string{"a"}
            a := [2]int{}
            m := map[string]bool{}
            ch := make(chan float64)
            for i, v := range s { _, _ = i, v }
            for i := range a { _ = i }
            for i, v := range &a { _, _ = i, v }
            for k, v := range m { _, _ = k, v }
            for v := range ch { _ = v }
            for i, r := range "héllo" { _, _ = i, r }
            for i := range 10 { _ = i }
        }
        """))
    var kinds: [RangeKind] = []
    var valueTypes: [String] = []
    func walk(_ stmts: [Stmt]) {
        for s in stmts {
            if case .range = s.kind, let r = p.ranges[s.id] {
                kinds.append(r.kind)
                valueTypes.append(r.valueType.map { p.types.string($0) } ?? "-")
            }
        }
    }
    if case .fn(let f) = p.file.decls[0] { walk(f.body!.stmts) }
    #expect(kinds == [.slice, .array, .pointerToArray, .map, .chan, .string, .int])
    #expect(valueTypes == ["string", "int", "int", "bool", "-", "int32", "-"])
}

@Test func typeSwitchBindsOneVariablePerClause() throws {
    let p = try #require(checked("""
        package main

        import "fmt"

        func main() {
            var x interface{} = 1
            switch v := x.(type) {
            case int:
                fmt.Println(v + 1)
            case string, bool:
                fmt.Println(v)
            default:
                fmt.Println(v)
            }
        }
        """))
    guard case .fn(let f) = p.file.decls[0], case .typeSwitch(_, _, _, let clauses, _) = f.body!.stmts[1].kind else {
        Issue.record("no type switch"); return
    }
    let types = clauses.map { c in p.typeSwitchVars[c.id].map { p.types.string(p.locals[Int($0.raw)].type) } ?? "none" }
    #expect(types == ["int", "interface{}", "interface{}"])
}

@Test func commaOkForms() throws {
    let p = try #require(checked("""
        package main

        func main() {
            m := map[string]int{}
            var i interface{} = 1
            c := make(chan int)
            v, ok := m["a"]
            n, ok2 := i.(int)
            r, ok3 := <-c
            w := m["b"]
            _, _, _, _, _, _, _ = v, ok, n, ok2, r, ok3, w
        }
        """))
    #expect(info(p, "m[\"a\"]")?.commaOk == true)
    #expect(info(p, "i.(int)")?.commaOk == true)
    #expect(info(p, "<-c")?.commaOk == true)
    #expect(info(p, "m[\"b\"]")?.commaOk == false)
    let ok = p.locals.first { $0.name == "ok" }!
    #expect(ok.type == Universe.bool)
}

@Test func amd64Layouts() throws {
    let p = try #require(checked("""
        package main

        import (
            "sync"
            "time"
        )

        type Node struct {
            Val  int
            Next *Node
        }

        type Mixed struct {
            a bool
            b int64
            c bool
            s string
            e interface{}
            xs []int
            z struct{}
        }

        type Group struct {
            wg  sync.WaitGroup
            mu  sync.Mutex
            err error
        }

        var _ Node
        var _ Mixed
        var _ Group
        var _ *time.Timer
        var _ [3]*Node

        func main() {}
        """))
    var tt = p.types
    func named(_ n: String) -> TypeID {
        TypeID(Int32(p.types.kinds.firstIndex { if case .named(let t) = $0 { return t.name == n }; return false }!))
    }
    let node = p.types.layout(named("Node"))
    #expect(node.size == 16 && node.align == 8 && node.pointerWords == [1] && node.ptrdata == 16)
    let mixed = named("Mixed")
    #expect(p.types.fields(mixed).map(\.offset) == [0, 8, 16, 24, 40, 56, 80])
    // the trailing zero-size field is padded: 80 + 1 rounded to 8
    #expect(p.types.layout(mixed).size == 88)
    #expect(p.types.layout(mixed).pointerWords == [3, 5, 6, 7])
    let group = p.types.layout(named("Group"))
    #expect(group.size == 40 && group.pointerWords == [3, 4])
    #expect(p.types.layout(p.libTypes[.waitGroup]!).size == 16)
    #expect(p.types.layout(p.libTypes[.mutex]!).size == 8)
    #expect(p.types.layout(p.libTypes[.timer]!).size == 80)
    #expect(p.types.layout(p.libTypes[.rwMutex]!).size == 24)
    #expect(p.types.layout(p.libTypes[.atomicInt64]!).size == 8)
    #expect(p.types.layout(p.libTypes[.builder]!).size == 32)
    let nodePtr = tt.pointer(named("Node"))
    let arr = try #require(tt.find(.array(nodePtr, count: 3)))
    #expect(tt.layout(arr).size == 24 && tt.layout(arr).pointerWords == [0, 1, 2])
}

@Test func methodSetsAndInterfaces() throws {
    let p = try #require(checked("""
        package main

        type Shape interface {
            Area() int
            Scale(k int)
        }

        type Rect struct{ w, h int }

        func (r Rect) Area() int    { return r.w * r.h }
        func (r *Rect) Scale(k int) { r.w *= k }

        type Box struct {
            Rect
            label string
        }

        var s Shape = &Rect{1, 2}
        var b = Box{Rect{1, 1}, "x"}
        var area = b.Area()

        func main() {}
        """))
    func named(_ n: String) -> TypeID {
        TypeID(Int32(p.types.kinds.firstIndex { if case .named(let t) = $0 { return t.name == n }; return false }!))
    }
    let rect = named("Rect"), box = named("Box"), shape = named("Shape")
    var tt = p.types
    #expect(!p.types.implements(rect, shape))
    #expect(p.types.missingMethod(rect, shape) == .pointerReceiver("Scale"))
    let rectPtr = tt.pointer(rect), boxPtr = tt.pointer(box)
    #expect(tt.implements(rectPtr, shape))
    #expect(tt.implements(boxPtr, shape))
    #expect(tt.methodSet(rect).map(\.name) == ["Area"])
    #expect(tt.methodSet(boxPtr).map(\.name) == ["Area", "Scale"])
    guard case .method(let sel)? = info(p, "b.Area")?.ref else { Issue.record("b.Area"); return }
    #expect(sel.path == [FieldStep(index: 0, deref: false)])
    #expect(sel.recvType == rect)
}

@Test func packageInitializationOrder() throws {
    let p = try #require(checked("""
        package main

        var a = b + c
        var b = f()
        var c = 1
        var d int

        func f() int { return c * 2 }

        func init() {}
        func init() {}

        func main() {}
        """))
    let order = p.initOrder.map { step in step.lhs.map { $0.map { p.globals[Int($0.raw)].name } ?? "_" }.joined() }
    #expect(order == ["c", "b", "a", "d"])
    #expect(p.initFuncs.map { p.funcs[Int($0.raw)].name } == ["main.init.0", "main.init.1"])
}

@Test func diagnosticsAreCappedAtTen() {
    let body = (1...15).map { "\tv\($0) := \($0)" }.joined(separator: "\n")
    guard case .failure(let d) = parseAndCheck(source: "package main\n\nfunc main() {\n\(body)\n}\n", fileName: "prog.go") else {
        Issue.record("expected errors"); return
    }
    #expect(d.items.count == 10)
    #expect(d.tooMany)
    #expect(d.lines.last == "prog.go:13:2: too many errors")
}

@Test func bigIntArithmetic() {
    let a = BigInt(digits: "123456789012345678901234567890", radix: 10)!
    let b = BigInt(digits: "987654321", radix: 10)!
    #expect((a * b).description == "121932631124828532112482853211126352690")
    #expect((a / b).description == "124999998873437499901")
    #expect((a % b).description == "574845669")
    #expect((BigInt(-7) / BigInt(2)).description == "-3")
    #expect((BigInt(-7) % BigInt(2)).description == "-1")
    #expect((BigInt(-7) >> 1).description == "-4")
    #expect((BigInt(1) << 70).description == "1180591620717411303424")
    #expect((BigInt(-6) & BigInt(3)).description == "2")
    #expect((BigInt(-6) | BigInt(3)).description == "-5")
    #expect(BigInt.andNot(BigInt(15), BigInt(-4)).description == "3")
    #expect(BigInt(-1).truncatedBits == UInt64.max)
}

@Test func allocationSites() throws {
    let p = try #require(checked("""
        package main

        type P struct{ X int }

        func main() {
            n := 1
            a := new(int)
            b := &P{1}
            c := []int{n}
            d := map[string]int{}
            e := make(chan int)
            f := func() int { return n }
            g := func() int { return 1 }
            s := "x" + string(rune(n))
            bs := []byte(s)
            v := P{2}
            c = append(c, 2)
            _, _, _, _, _, _, _, _, _, _ = a, b, d, e, f, g, s, bs, v, "a"+"b"
        }
        """))
    let kinds = allExprs(p.file).compactMap { e in p.allocation(e).map { "\(printGo(e).prefix(12)):\($0)" } }
    #expect(kinds == [
        "new(int):newObject", "&P{1}:compositeLiteral", "[]int{n}:compositeLiteral",
        "map[string]i:compositeLiteral", "make(chan in:make", "func() int {:closure",
        "\"x\" + string:stringConcat", "string(rune(:stringConversion", "[]byte(s):stringConversion",
        "append(c, 2):append",
    ])
}
