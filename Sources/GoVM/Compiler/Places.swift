// Addressable places (locals, cells, globals, fields, elements, map
// entries) and how to load from / store to them.
import GoFrontend
import GoRuntime

enum Place {
    /// A register-resident local.
    case reg(Int32)
    /// Part of an aggregate in a register.
    case agg(Int32, slot: Int32, width: Int32)
    /// Heap memory at pointer register + slot.
    case mem(Int32, slot: Int32, width: Int32)
    /// Package-level variable slots.
    case global(slot: Int32, width: Int32)
    /// Slice element.
    case sliceElem(Int32, index: Int32, width: Int32)
    /// Array element of an array held in a register.
    case arrayElem(Int32, index: Int32, width: Int32, len: Int32)
    /// Array element through a pointer to the array.
    case ptrArrayElem(Int32, index: Int32, width: Int32, len: Int32)
    /// Map entry (assignable, not addressable).
    case mapEntry(Int32, key: Int32, valueType: TypeID)
    /// `elem` is a place inside the temporary register `tmp`, which holds a
    /// copy of `base` (an array element or field of an aggregate in a
    /// register): stores update the copy, then write it back to `base`.
    indirect case writeBack(Place, tmp: Int32, base: Place)
    case blank
}

extension FuncCompiler {
    func localPlace(_ l: LocalID) -> Place {
        let reg = localReg[l.raw]!
        let lv = cp.locals[Int(l.raw)]
        if lv.escapes { return .mem(reg, slot: 0, width: width(lv.type)) }
        return .reg(reg)
    }

    /// A register whose value cannot change before the place is used: a
    /// fresh temporary as is; a local register is copied unless the
    /// statement is a single assignment (then nothing can reassign it
    /// between evaluating the place and storing).
    func stable(_ r: Int32) -> Int32 {
        if r >= localsEnd || singleAssign { return r }
        let t = temp(); emit(.move, t, r); return t
    }

    /// The place an addressable (or assignable) expression denotes.
    func place(_ e: Expr) -> Place {
        let info = cp.exprs[Int(e.id)]
        switch e.kind {
        case .paren(let x): return place(x)
        case .ident(let id):
            if id.isBlank { return .blank }
            switch info.ref {
            case .local(let l)?: return localPlace(l)
            case .global(let g)?:
                let (s, w) = c.globalSlot[g.raw]!
                return .global(slot: s, width: w)
            case .blank?: return .blank
            default: break
            }
        case .selector(let x, _):
            if case .field(let steps)? = info.ref {
                return fieldPlace(x, steps)
            }
        case .index(let x, let i):
            let xt = ty(x)
            switch tt.under(xt) {
            case .map(_, let vt):
                let m = expr(x)
                let mr = temp(); emit(.move, mr, m)
                let kt: TypeID
                if case .map(let k, _) = tt.under(xt) { kt = k } else { kt = ty(i) }
                let k = coerce(expr(i), from: ty(i), to: kt)
                let kr = temp(); emit(.move, kr, k)
                return .mapEntry(mr, key: kr, valueType: vt)
            case .slice(let et):
                let s = expr(x)
                let sr = stable(s)
                let ir = stable(expr(i))
                return .sliceElem(sr, index: ir, width: width(et))
            case .array(let et, let n):
                let ir0 = expr(i); let ir = temp(); emit(.move, ir, ir0)
                let base = place(x)
                return arrayElemOf(base, ir, width(et), Int32(n))
            case .pointer(let pt):
                if case .array(let et, let n) = tt.under(pt) {
                    let p = expr(x); let pr = temp(); emit(.move, pr, p)
                    let ir0 = expr(i); let ir = temp(); emit(.move, ir, ir0)
                    return .ptrArrayElem(pr, index: ir, width: width(et), len: Int32(n))
                }
            default: break
            }
        case .star(let x):
            let p = expr(x)
            let pr = temp(); emit(.move, pr, p)
            return .mem(pr, slot: 0, width: width(info.type))
        default: break
        }
        // Not addressable: evaluate into a temp.
        let r = expr(e)
        let t = temp(); emit(.move, t, r)
        return .reg(t)
    }

    func arrayElemOf(_ base: Place, _ ir: Int32, _ w: Int32, _ n: Int32) -> Place {
        switch base {
        case .reg(let r): return .arrayElem(r, index: ir, width: w, len: n)
        case .agg, .arrayElem, .writeBack:
            let v = loadPlace(base)
            let tmp = temp(); emit(.move, tmp, v)
            return .writeBack(.arrayElem(tmp, index: ir, width: w, len: n), tmp: tmp, base: base)
        default:
            let p = addressOfPlace(base)
            return .ptrArrayElem(p, index: ir, width: w, len: n)
        }
    }

    /// x.f.g… through field steps (with implicit dereferences).
    func fieldPlace(_ x: Expr, _ steps: [FieldStep]) -> Place {
        var cur: Place
        var curType = ty(x)
        // Start: a pointer operand with a leading deref needs only its value.
        if let first = steps.first, first.deref {
            let p = expr(x); let pr = temp(); emit(.move, pr, p)
            guard let pt = tt.pointee(curType) else { return .blank }
            curType = pt
            cur = .mem(pr, slot: 0, width: width(pt))
            return applySteps(cur, curType, steps, skipFirstDeref: true)
        }
        cur = place(x)
        return applySteps(cur, curType, steps, skipFirstDeref: false)
    }

    func applySteps(_ start: Place, _ startType: TypeID, _ steps: [FieldStep], skipFirstDeref: Bool) -> Place {
        var cur = start
        var curType = startType
        for (k, st) in steps.enumerated() {
            if st.deref && !(k == 0 && skipFirstDeref) {
                let pv = loadPlace(cur)
                let pr = temp(); emit(.move, pr, pv)
                guard let pt = tt.pointee(curType) else { return .blank }
                curType = pt
                cur = .mem(pr, slot: 0, width: width(pt))
            }
            let (fs, fw) = c.lowering.fieldSlot(curType, st.index)
            let fields = tt.fields(curType)
            let ft = fields[st.index].type
            switch cur {
            case .reg(let r): cur = .agg(r, slot: Int32(fs), width: Int32(fw))
            case .agg(let r, let s, _): cur = .agg(r, slot: s + Int32(fs), width: Int32(fw))
            case .mem(let p, let s, _): cur = .mem(p, slot: s + Int32(fs), width: Int32(fw))
            case .global(let s, _): cur = .global(slot: s + Int32(fs), width: Int32(fw))
            case .arrayElem, .writeBack:
                let v = loadPlace(cur)
                let tmp = temp(); emit(.move, tmp, v)
                cur = .writeBack(.agg(tmp, slot: Int32(fs), width: Int32(fw)), tmp: tmp, base: cur)
            default:
                let p = addressOfPlace(cur)
                cur = .mem(p, slot: Int32(fs), width: Int32(fw))
            }
            curType = ft
        }
        return cur
    }

    /// A register holding a pointer to the place.
    func addressOfPlace(_ p: Place) -> Int32 {
        let r = temp()
        switch p {
        case .mem(let pr, let s, _):
            if s == 0 { emit(.move, r, pr) } else { emit(.addrf, r, pr, s) }
        case .global(let s, _):
            emit(.gaddr, r, s)
        case .sliceElem(let sr, let ir, let w):
            emit(.sref, r, sr, ir, aux(.elem(width: w, len: 0)))
        case .ptrArrayElem(let pr, let ir, let w, let n):
            emit(.pidxref, r, pr, ir, aux(.elem(width: w, len: n)))
        default:
            // A register value (should have escaped): box a copy.
            let v = loadPlace(p)
            emit(.new, r, -1)
            emit(.store, r, v, 1)
        }
        return r
    }

    func loadPlace(_ p: Place) -> Int32 {
        switch p {
        case .reg(let r): return r
        case .blank: let r = temp(); emit(.loadnil, r); return r
        default: break
        }
        let r = temp()
        switch p {
        case .agg(let a, let s, let w): emit(.aget, r, a, aux(.field(slot: s, width: w)))
        case .mem(let pr, let s, let w):
            if s == 0 { emit(.load, r, pr, w) } else { emit(.loadf, r, pr, aux(.field(slot: s, width: w))) }
        case .global(let s, let w): emit(.ldglobal, r, s, w)
        case .sliceElem(let sr, let ir, let w): emit(.sidx, r, sr, ir, aux(.elem(width: w, len: 0)))
        case .arrayElem(let a, let ir, let w, let n): emit(.aidx, r, a, ir, aux(.elem(width: w, len: n)))
        case .ptrArrayElem(let pr, let ir, let w, let n): emit(.pidx, r, pr, ir, aux(.elem(width: w, len: n)))
        case .mapEntry(let m, let k, let vt): emit(.mapget, r, m, k, aux(.type(rt(vt))))
        case .writeBack(let elem, _, _):
            tempTop -= 1
            return loadPlace(elem)
        default: break
        }
        return r
    }

    func storePlace(_ p: Place, _ v: Int32) {
        switch p {
        case .reg(let r): if r != v { emit(.move, r, v) }
        case .agg(let a, let s, let w): emit(.aset, a, v, aux(.field(slot: s, width: w)))
        case .mem(let pr, let s, let w):
            if s == 0 { emit(.store, pr, v, w) } else { emit(.storef, pr, v, aux(.field(slot: s, width: w))) }
        case .global(let s, let w): emit(.stglobal, v, s, w)
        case .sliceElem(let sr, let ir, let w): emit(.sset, sr, ir, v, aux(.elem(width: w, len: 0)))
        case .arrayElem(let a, let ir, let w, let n): emit(.aidxset, a, ir, v, aux(.elem(width: w, len: n)))
        case .ptrArrayElem(let pr, let ir, let w, let n): emit(.pidxset, pr, ir, v, aux(.elem(width: w, len: n)))
        case .mapEntry(let m, let k, _): emit(.mapset, m, k, v)
        case .writeBack(let elem, let tmp, let base):
            storePlace(elem, v)
            storePlace(base, tmp)
        case .blank: break
        }
    }
}
