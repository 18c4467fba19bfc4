// amd64 sizes, alignments, field offsets and pointer bitmaps.
// Models cmd/compile/internal/types/size.go (CalcSize, calcStructOffset,
// the trailing zero-size-field padding) and the gcdata bitmap the runtime's
// collector reads (reflect/type.go, runtime/mbitmap.go). Leaves out the
// GC program encoding used for very large arrays: the mask is always flat.

extension TypeTable {
    /// Computes `layouts` for every type and fills struct field offsets.
    /// Call once after all named types have their underlying type.
    public mutating func computeLayouts() {
        var done = [Bool](repeating: false, count: kinds.count)
        var out = [TypeLayout](repeating: .zero, count: kinds.count)
        var newKinds = kinds
        for i in 0..<kinds.count {
            _ = layoutOf(TypeID(Int32(i)), &done, &out, &newKinds, depth: 0)
        }
        setLayouts(out, kinds: newKinds)
    }

    private func layoutOf(_ t: TypeID, _ done: inout [Bool], _ out: inout [TypeLayout],
                          _ newKinds: inout [TypeKind], depth: Int) -> TypeLayout {
        let i = Int(t.raw)
        if done[i] { return out[i] }
        if depth > 200 { return .zero }  // invalid recursive type, reported by the checker
        var l: TypeLayout
        switch kinds[i] {
        case .basic(let b):
            switch b {
            case .string: l = TypeLayout(size: 16, align: 8, ptrdata: 8, ptrmask: [1])
            case .unsafePointer: l = TypeLayout(size: 8, align: 8, ptrdata: 8, ptrmask: [1])
            case .complex64: l = TypeLayout(size: 8, align: 4, ptrdata: 0, ptrmask: [])
            case .complex128: l = TypeLayout(size: 16, align: 8, ptrdata: 0, ptrmask: [])
            default:
                let s = b.size
                l = TypeLayout(size: s, align: max(s, 1), ptrdata: 0, ptrmask: [])
            }
        case .pointer, .map, .chan, .function:
            l = TypeLayout(size: 8, align: 8, ptrdata: 8, ptrmask: [1])
        case .slice:
            l = TypeLayout(size: 24, align: 8, ptrdata: 8, ptrmask: [1])
        case .interface:
            l = TypeLayout(size: 16, align: 8, ptrdata: 16, ptrmask: [3])
        case .tuple:
            l = .zero
        case .named(let n):
            l = layoutOf(n.underlying, &done, &out, &newKinds, depth: depth + 1)
        case .array(let e, let count):
            let el = layoutOf(e, &done, &out, &newKinds, depth: depth + 1)
            let (size, overflow) = el.size.multipliedReportingOverflow(by: Int(count))
            l = TypeLayout(size: overflow ? Int.max : size, align: el.align, ptrdata: 0, ptrmask: [])
            if el.hasPointers && count > 0 && !overflow && size / 8 < 1 << 24 {
                var mask = [UInt64](repeating: 0, count: (size / 8 + 63) / 64)
                let words = el.pointerWords
                for k in 0..<Int(count) {
                    for w in words { let bit = k * el.size / 8 + w; mask[bit >> 6] |= 1 << UInt64(bit & 63) }
                }
                l.ptrmask = mask
                l.ptrdata = (Int(count) - 1) * el.size + el.ptrdata
            }
        case .structure(var fields):
            var off = 0, align = 1
            var mask: [UInt64] = []
            var ptrdata = 0
            for k in 0..<fields.count {
                let fl = layoutOf(fields[k].type, &done, &out, &newKinds, depth: depth + 1)
                off = (off + fl.align - 1) / fl.align * fl.align
                fields[k].offset = off
                align = max(align, fl.align)
                for w in fl.pointerWords {
                    let bit = off / 8 + w
                    while mask.count <= bit >> 6 { mask.append(0) }
                    mask[bit >> 6] |= 1 << UInt64(bit & 63)
                }
                if fl.hasPointers { ptrdata = off + fl.ptrdata }
                off += fl.size
            }
            // A final zero-size field would point past the object: pad it.
            if let last = fields.last, off > 0, layoutOf(last.type, &done, &out, &newKinds, depth: depth + 1).size == 0 { off += 1 }
            off = (off + align - 1) / align * align
            newKinds[i] = .structure(fields)
            l = TypeLayout(size: off, align: align, ptrdata: ptrdata, ptrmask: mask)
        }
        done[i] = true
        out[i] = l
        return l
    }

    /// Field list of a struct type with offsets (after `computeLayouts`).
    public func fields(_ t: TypeID) -> [StructField] {
        if case .structure(let fs) = under(t) { return fs }
        return []
    }
    public func layout(_ t: TypeID) -> TypeLayout { layouts[Int(t.raw)] }
}
