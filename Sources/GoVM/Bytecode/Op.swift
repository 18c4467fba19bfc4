// The instruction set (documented in docs/bytecode.md). A register machine:
// every operand `a`, `b`, `c` is a register (slot) index relative to the
// frame base unless the comment says immediate (imm), constant (k), type
// (RTypeID), function (FuncIndex), aux (index into FuncProto.aux) or jump
// target (absolute pc). One Value per register; aggregates are `.agg`.

public enum Op: UInt8, Sendable {
    // ---- moves and constants
    case nop
    case move          // a = b
    case loadk         // a = k[b]
    case loadi         // a = .int(b)            (imm)
    case loadnil       // a = .nil
    case loadzero      // a = zero(type b)
    case loadbool      // a = .bool(b != 0)
    case ldglobal      // a = globals[b] (width c slots)
    case stglobal      // globals[b] = a (width c slots)
    case gaddr         // a = &globals[b]
    // ---- integer arithmetic (Int64, wrapping; narrower types then `trunc`)
    case add, sub, mul, div, rem, udiv, urem   // a = b op c
    case and, or, xor, andnot                  // a = b op c
    case shl, shr, ushr                        // a = b op c (c unsigned shift count)
    case addi                                  // a = b + imm c
    case neg, com                              // a = -b, a = ^b
    case trunc                                 // a = truncate b to RKind c (sign/zero extend)
    // ---- float arithmetic
    case fadd, fsub, fmul, fdiv                // a = b op c
    case fneg                                  // a = -b
    case f32                                   // a = Float(b) as Double
    // ---- conversions
    case i2f, u2f                              // a = Double(b) (signed/unsigned)
    case f2i                                   // a = Int64(b) truncated to RKind c
    case i2s                                   // a = string(rune b)
    case s2bytes, bytes2s, s2runes, runes2s    // conversions string <-> []byte / []rune (c = slice elem type)
    // ---- comparisons (result .bool)
    case eq, ne                                // generic Go ==
    case lt, le, gt, ge                        // signed int
    case ult, ule, ugt, uge                    // unsigned int
    case flt, fle, fgt, fge                    // float
    case slt, sle, sgt, sge                    // string (bytewise)
    case not                                   // a = !b
    // ---- control flow
    case jmp                                   // pc = a
    case jt, jf                                // if b {pc = a} / if !b {pc = a}
    case jlt, jge                              // if b < c / b >= c (ints): pc = a via aux? — see jcmp
    case jnil, jnotnil                         // if b == nil / != nil: pc = a
    case jlti, jgei                            // if b < imm c / b >= imm c (signed ints): pc = a
    // ---- strings
    case concat                                // a = b + c
    case strindex                              // a = b[c] (byte)
    case runeat                                // a = rune at b[c], a+1 = width (range over string)
    // ---- length/capacity
    case len, cap                              // a = len(b) / cap(b)
    // ---- pointers and heap (width in slots from aux or c)
    case new                                   // a = new(type b)  (mallocgc)
    case load                                  // a = *b (c = width)
    case store                                 // *a = b (c = width)
    case loadf                                 // a = b.field: aux(slot, width)
    case storef                                // a.field = b: aux(slot, width)
    case addrf                                 // a = &b.field: pointer offset +c
    // ---- aggregates in registers
    case aget                                  // a = b.slots[aux slot ..< slot+width]
    case aset                                  // a.slots[aux slot..] = b (in place)
    case aidx                                  // a = b[c] (array in register; aux elemWidth, len)
    case aidxset                               // a[b] = c (array in register; aux elemWidth, len)
    case mkagg                                 // a = .agg(regs b ..< b+c, each flattened)
    // ---- slices and arrays in the heap
    case mkslice                               // a = make([]T, b, c) — aux type
    case sidx                                  // a = b[c] (aux elemWidth)
    case sset                                  // a[b] = c (aux elemWidth)
    case sref                                  // a = &b[c] (aux elemWidth)
    case slice                                 // a = b[lo:hi:max] (aux)
    case append                                // a = append(b, c) (aux elemWidth, type)
    case appendslice                           // a = append(b, c...) (aux elemWidth, type)
    case copy                                  // a = copy(b, c) (aux elemWidth)
    case mkslicelit                            // a = []T{regs...} (aux type, base, count)
    case pidx                                  // a = (*[N]T)(b)[c] — array via pointer (aux)
    case pidxset                               // (*[N]T)(a)[b] = c (aux)
    case pidxref                               // a = &(*[N]T)(b)[c] (aux)
    // ---- maps
    case mkmap                                 // a = make(map, hint b) (aux type)
    case mapget                                // a = b[c] (aux value type for zero)
    case mapget2                               // a, a+1 = b[c] (aux value type)
    case mapset                                // a[b] = c
    case mapdel                                // delete(a, b)
    case mapiter                               // a = iterator over map b
    case mapnext                               // aux(iter, kdst, vdst, target): next or jump
    // ---- channels and select (runtime)
    case mkchan                                // a = make(chan T, b) (c type)
    case send                                  // a <- b
    case recv                                  // a = <-b
    case recv2                                 // a, a+1 = <-b
    case close                                 // close(a)
    case select                                // aux select table; a = chosen index, a+1 recv value, a+2 ok
    // ---- functions
    case call                                  // call func b with args at a (aux: nres)
    case callv                                 // call func value in reg b with args at a
    case calli                                 // interface method call: aux(method name, iface reg) args at a (receiver slot a)
    case calllib                               // library call: aux(lib id, nargs, nres), args at a
    case ret                                   // return (results in regs 0..<nres)
    case retdefers                             // run this frame's pending defers, then continue
    case mkclosure                             // a = func b with captured regs (aux base, count)
    case ldcap                                 // a = closure slot b
    case mkmethod                              // a = bound method value: aux
    case gocall, gocallv, gocalli, golib       // go statement: like call*/calllib but newproc
    case deferpush                             // defer: aux(kind, fn, args base, nargs)
    case recover                               // a = recover()
    case panic                                 // panic(a)
    case unreachable                           // missing return / impossible path
    // ---- interfaces
    case box                                   // a = interface holding b of type c
    case assert                                // a = b.(type c) — panics on failure
    case assert2                               // a, a+1 = b.(type c)
    case asserti                               // a = b.(iface c) — panics
    case asserti2                              // a, a+1 = b.(iface c)
    case istype                                // a = b has dynamic type c (c = -1: nil)
    case isiface                               // a = b implements iface c
    case unbox                                 // a = dynamic value of b (no check)
    case convi                                 // a = b converted to iface c (nil stays nil)
}
