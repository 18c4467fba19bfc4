// Exact untyped float constants (ConstRat), constant strings with invalid
// UTF-8, method expressions and methods promoted from embedded interfaces,
// at the checker level (the conformance programs L06, L10, L37, L38, L05
// check the same through the VM).
import Testing
@testable import GoFrontend

@Test func untypedFloatConstantsAreExact() {
    guard let p = checked("""
        package main

        import "fmt"

        const rate = 0.07
        const third = 1.0 / 3

        func main() {
            a := int(rate * 100)
            b := 0.1+0.2 == 0.3
            c := third*3 == 1
            d := int64(2.2 * 10)
            fmt.Println(a, b, c, d)
        }
        """) else { return }
    #expect(info(p, "int(rate * 100)")?.constant == .int(BigInt(7)))
    #expect(info(p, "0.1 + 0.2 == 0.3")?.constant == .bool(true))
    #expect(info(p, "third * 3 == 1")?.constant == .bool(true))
    #expect(info(p, "int64(2.2 * 10)")?.constant == .int(BigInt(22)))
    // Untyped: the exact rational 1/3; typed float64 when it meets one.
    #expect(info(p, "1.0 / 3")?.constant == .rat(ConstRat(BigInt(1), BigInt(3))))
}

@Test func constRatRoundsToNearestDouble() {
    #expect(ConstRat(literal: "0.1")?.double == 0.1)
    #expect(ConstRat(literal: "1e-320")?.double == 1e-320)
    #expect(ConstRat(literal: "123456789.123456789")?.double == 123456789.123456789)
    #expect(ConstRat(literal: "2.5e10")?.double == 2.5e10)
    #expect((ConstRat(BigInt(1)) / ConstRat(BigInt(3)))?.double == 1.0 / 3.0)
    #expect(ConstRat(double: 0.1).map { ConstRat.compare($0, ConstRat(literal: "0.1")!) } == 1)
    #expect(ConstRat(BigInt(6), BigInt(-4)) == ConstRat(BigInt(-3), BigInt(2)))
}

@Test func constantStringsKeepInvalidUTF8Bytes() {
    guard let p = checked("""
        package main

        const bad = "a\\xffb\\xc3"
        const joined = "\\xc3" + "\\xa9"

        func main() {
            println(len(bad), len(joined), joined == "é")
        }
        """) else { return }
    #expect(info(p, "len(bad)")?.constant == .int(BigInt(4)))
    #expect(info(p, "len(joined)")?.constant == .int(BigInt(2)))
    #expect(info(p, "joined == \"é\"")?.constant == .bool(true))
    if case .string(let s)? = info(p, "bad")?.constant { #expect(constStringBytes(s) == [0x61, 0xFF, 0x62, 0xC3]) }
    else { Issue.record("bad is not a constant string") }
}

@Test func methodExpressionsHaveTheReceiverFirst() {
    guard let p = checked("""
        package main

        type C struct{ n int }

        func (c *C) Inc()            { c.n++ }
        func (c C) Add(k int) int    { return c.n + k }

        type I interface{ Add(k int) int }

        func main() {
            f := (*C).Inc
            g := C.Add
            h := (*C).Add
            i := I.Add
            c := C{}
            f(&c)
            println(g(c, 1), h(&c, 2), i(c, 3))
        }
        """) else { return }
    #expect(typeName(p, info(p, "(*C).Inc")) == "func(*main.C)")
    #expect(typeName(p, info(p, "C.Add")) == "func(main.C, int) int")
    #expect(typeName(p, info(p, "(*C).Add")) == "func(*main.C, int) int")
    #expect(typeName(p, info(p, "I.Add")) == "func(main.I, int) int")
    if case .methodExpr(_, let ms)? = info(p, "(*C).Add")?.ref { #expect(ms.adjust == .deref) }
    else { Issue.record("(*C).Add is not a method expression") }
    if case .interfaceMethodExpr(let i, let n)? = info(p, "I.Add")?.ref { #expect(i == 0 && n == "Add") }
    else { Issue.record("I.Add is not an interface method expression") }
}

@Test func methodsPromotedFromEmbeddedInterfaces() {
    guard let p = checked("""
        package main

        type Speaker interface{ Speak() string }

        type Loud struct {
            Speaker
            n int
        }

        func main() {
            var l Loud
            var s Speaker = l
            var sp Speaker = &l
            println(l.Speak(), s != nil, sp != nil)
        }
        """) else { return }
    guard case .method(let ms)? = info(p, "l.Speak")?.ref else { Issue.record("l.Speak: no method selection"); return }
    #expect(ms.method.target == .embeddedInterface(index: 0))
    #expect(ms.path == [FieldStep(index: 0, deref: false)])
    // Loud's method set (its itab) has Speak, so Loud and *Loud implement Speaker.
    guard let lt = info(p, "l")?.type else { return }
    #expect(p.types.methodSet(lt).map(\.name) == ["Speak"])
    if let pt = p.types.find(.pointer(lt)) { #expect(p.types.methodSet(pt).map(\.name) == ["Speak"]) } else { Issue.record("*Loud not interned") }
}
