// Sorted map keys for printing. Models Go 1.19 src/internal/fmtsort/sort.go
// (Sort, compare, nilable, floatCompare): ints, uints, strings, floats
// (NaN first), bools (false first), pointers and chans by address, structs
// and arrays field by field, interfaces by type then value. Leaves out
// complex keys. Interface keys of different dynamic types are ordered as
// Go's *rtype addresses fall: by descriptor size, then type string.
import GoRuntime

/// A typed Go value as fmt sees it (Go's reflect.Value): its static type,
/// the value, and whether it came through an unexported struct field
/// (then Go's CanInterface is false and its methods are not called).
struct FmtItem {
    var type: RTypeID
    var value: Value
    var canInterface: Bool = true
}

/// Map entries as sort.Interface with fmtsort's Less.
struct FmtSortEntries<H: FormatHost>: GoSortData {
    var entries: [(key: FmtItem, value: FmtItem)]
    let printer: GoPrinter<H>
    var count: Int { entries.count }
    func less(_ i: Int, _ j: Int) -> Bool { printer.fmtCompare(entries[i].key, entries[j].key) < 0 }
    mutating func swap(_ i: Int, _ j: Int) { entries.swapAt(i, j) }
}

extension GoPrinter {
    /// fmtsort.Sort: keys and values of a map, keys in Go's order.
    /// Stable (Go uses sort.Stable) over the map's storage order.
    func sortedMap(_ m: GoMap, keyType: RTypeID, elemType: RTypeID) -> [(key: FmtItem, value: FmtItem)] {
        var entries: [(key: FmtItem, value: FmtItem)] = []
        for e in m.entries {
            entries.append((FmtItem(type: keyType, value: e.key), FmtItem(type: elemType, value: e.value)))
        }
        // sort.Stable with fmtsort's Less (compare < 0), as Go does.
        if entries.count > 1 {
            var data = FmtSortEntries(entries: entries, printer: self)
            GoSort.stable(&data)
            entries = data.entries
        }
        return entries
    }

    /// Bytes of Go 1.19's runtime type descriptor on amd64 (rtype 48 +
    /// kind-specific part + uncommontype 16 and 16 per method when the type
    /// is named or has methods), which decides where the linker puts it.
    func descriptorSize(_ t: RTypeID) -> Int {
        let r = rtypes[Int(t)]
        let s = rtypes[sid(t)]
        var size = 48
        switch s.kind {
        case .array: size += 24  // elem, slice, len
        case .chan: size += 16  // elem, dir
        case .func: size += 8 + 8 * (s.params.count + s.results.count)
        case .interface: size += 32 + 8 * s.ifaceMethods.count  // pkgPath, mhdr, imethods
        case .map: size += 40  // key, elem, bucket, hasher, sizes, flags
        case .pointer, .slice: size += 8  // elem
        case .struct: size += 32 + 24 * s.fields.count  // pkgPath, fields
        default: break
        }
        // Every basic type is named in Go (int, string …), as is error.
        let named = r.named || s.kind.rawValue <= RKind.complex128.rawValue || s.kind == .string || r.name == "error"
        if named || !r.methods.isEmpty { size += 16 + 16 * r.methods.count }
        return size
    }

    /// fmtsort.compare: -1, 0, 1.
    func fmtCompare(_ a: FmtItem, _ b: FmtItem) -> Int {
        if a.type != b.type { return -1 }  // no good answer possible, but not equal
        let si = sid(a.type)
        switch rtypes[si].kind {
        case .int, .int8, .int16, .int32, .int64:
            let k = rtypes[si].kind
            let x = intValue(a.value, k), y = intValue(b.value, k)
            return x < y ? -1 : (x > y ? 1 : 0)
        case .uint, .uint8, .uint16, .uint32, .uint64, .uintptr:
            let k = rtypes[si].kind
            let x = uintValue(a.value, k), y = uintValue(b.value, k)
            return x < y ? -1 : (x > y ? 1 : 0)
        case .string:
            let x = a.value.str, y = b.value.str
            return x < y ? -1 : (y < x ? 1 : 0)
        case .float32, .float64:
            let x = a.value.f, y = b.value.f
            if x < y { return -1 }
            if x > y { return 1 }
            if x == y { return 0 }
            if x.isNaN && !y.isNaN { return -1 }
            if !x.isNaN && y.isNaN { return 1 }
            return 0
        case .bool:
            let x = a.value.b, y = b.value.b
            if x == y { return 0 }
            return x ? 1 : -1
        case .pointer, .unsafePointer, .chan, .func, .map, .slice:
            let x = pointerValue(FmtItem(type: a.type, value: a.value))
            let y = pointerValue(FmtItem(type: b.type, value: b.value))
            return x < y ? -1 : (x > y ? 1 : 0)
        case .struct:
            let t = rtypes[si]
            for i in 0..<t.fields.count {
                let c = fmtCompare(field(a, t, i), field(b, t, i))
                if c != 0 { return c }
            }
            return 0
        case .array:
            let t = rtypes[si]
            for i in 0..<t.len {
                let c = fmtCompare(element(a, t, i), element(b, t, i))
                if c != 0 { return c }
            }
            return 0
        case .interface:
            switch (a.value, b.value) {
            case (.nil, .nil): return 0
            case (.nil, _): return -1
            case (_, .nil): return 1
            case (.iface(let ta, let va), .iface(let tb, let vb)):
                if ta != tb {
                    // Go compares the *rtype addresses; the linker lays type
                    // descriptors out by size, then (in practice) by type string.
                    let sa = descriptorSize(ta), sb = descriptorSize(tb)
                    if sa != sb { return sa < sb ? -1 : 1 }
                    let na = rtypes[Int(ta)].name, nb = rtypes[Int(tb)].name
                    if na != nb { return Array(na.utf8).lexicographicallyPrecedes(Array(nb.utf8)) ? -1 : 1 }
                    return ta < tb ? -1 : 1
                }
                return fmtCompare(FmtItem(type: ta, value: va), FmtItem(type: tb, value: vb))
            default: return 0
            }
        default:
            return 0
        }
    }
}
