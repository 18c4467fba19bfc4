// The print and println builtins (they write to stderr, not through fmt).
// Models Go 1.19 src/runtime/print.go (printfloat, printint, printuint,
// printbool, printstring, printhex/printpointer, printslice, printeface,
// printsp, printnl). The compiler picks the routine by static type, so the
// caller passes each operand's static type.
import GoRuntime

public enum GoPrintBuiltin {
    /// Bytes that `print(args...)` (newline false) or `println(args...)`
    /// (newline true: spaces between operands and a final "\n") writes to fd 2.
    public static func format<H: FormatHost>(_ args: [Value], types: [RTypeID], newline: Bool, host: H) -> [UInt8] {
        var out: [UInt8] = []
        let rtypes = host.types.types
        for (i, v) in args.enumerated() {
            if newline && i > 0 { out.append(32) }  // printsp
            let u = rtypes[Int(types[i])].underlying
            let k = u >= 0 ? rtypes[Int(u)].kind : rtypes[Int(types[i])].kind
            switch k {
            case .bool: out.append(contentsOf: (v.b ? "true" : "false").utf8)
            case .int, .int8, .int16, .int32, .int64:
                printint(&out, v.i, k)
            case .uint, .uint8, .uint16, .uint32, .uint64, .uintptr:
                var u = UInt64(bitPattern: v.i)
                switch k {
                case .uint8: u &= 0xFF
                case .uint16: u &= 0xFFFF
                case .uint32: u &= 0xFFFF_FFFF
                default: break
                }
                out.append(contentsOf: Strconv.formatUint(u, 10))
            case .float32, .float64: printfloat(&out, v.f)
            case .string: out.append(contentsOf: v.str.bytes)
            case .pointer, .chan, .map, .func, .unsafePointer:
                printhex(&out, v.isNil ? 0 : host.address(of: v, type: types[i]))
            case .slice:
                var len: UInt32 = 0, cap: UInt32 = 0
                if case .slice(_, _, let l, let c) = v { len = l; cap = c }
                out.append(contentsOf: "[\(len)/\(cap)]".utf8)
                printhex(&out, v.isNil ? 0 : host.address(of: v, type: types[i]))
            case .interface:
                // (type word, data word): gmpscope has no type-word addresses;
                // it prints the descriptor index in the type-word position.
                out.append(UInt8(ascii: "("))
                if case .iface(let dt, let dv) = v {
                    printhex(&out, UInt64(dt))
                    out.append(UInt8(ascii: ","))
                    let dk = rtypes[Int(dt)].kind
                    let isRef = dk == .pointer || dk == .map || dk == .chan || dk == .func || dk == .slice
                    printhex(&out, isRef && !dv.isNil ? host.address(of: dv, type: dt) : 0)
                } else {
                    printhex(&out, 0)
                    out.append(UInt8(ascii: ","))
                    printhex(&out, 0)
                }
                out.append(UInt8(ascii: ")"))
            default:
                out.append(contentsOf: "?".utf8)
            }
        }
        if newline { out.append(10) }  // printnl
        return out
    }

    // printint
    static func printint(_ out: inout [UInt8], _ raw: Int64, _ k: RKind) {
        var v = raw
        switch k {
        case .int8: v = Int64(Int8(truncatingIfNeeded: v))
        case .int16: v = Int64(Int16(truncatingIfNeeded: v))
        case .int32: v = Int64(Int32(truncatingIfNeeded: v))
        default: break
        }
        out.append(contentsOf: Strconv.formatInt(v, 10))
    }

    // printhex: 0x followed by lower-case hex digits.
    static func printhex(_ out: inout [UInt8], _ v: UInt64) {
        out.append(contentsOf: "0x".utf8)
        out.append(contentsOf: Strconv.formatUint(v, 16))
    }

    /// printfloat: +d.dddddde±ddd with 7 significant digits (runtime's own
    /// algorithm: repeated scaling, so it can differ from exact rounding).
    public static func printfloat(_ out: inout [UInt8], _ vIn: Double) {
        var v = vIn
        if v != v {
            out.append(contentsOf: "NaN".utf8)
            return
        }
        if v + v == v && v > 0 {
            out.append(contentsOf: "+Inf".utf8)
            return
        }
        if v + v == v && v < 0 {
            out.append(contentsOf: "-Inf".utf8)
            return
        }
        let n = 7
        var buf = [UInt8](repeating: 0, count: n + 7)
        buf[0] = UInt8(ascii: "+")
        var e = 0
        if v == 0 {
            if 1 / v < 0 { buf[0] = UInt8(ascii: "-") }
        } else {
            if v < 0 {
                v = -v
                buf[0] = UInt8(ascii: "-")
            }
            // normalize
            while v >= 10 {
                e += 1
                v /= 10
            }
            while v < 1 {
                e -= 1
                v *= 10
            }
            // round
            var h = 5.0
            for _ in 0..<n { h /= 10 }
            v += h
            if v >= 10 {
                e += 1
                v /= 10
            }
        }
        // format +d.dddd+edd
        for i in 0..<n {
            let s = Int(v)
            buf[i + 2] = UInt8(s + 48)
            v -= Double(s)
            v *= 10
        }
        buf[1] = buf[2]
        buf[2] = UInt8(ascii: ".")
        buf[n + 2] = UInt8(ascii: "e")
        buf[n + 3] = UInt8(ascii: "+")
        if e < 0 {
            e = -e
            buf[n + 3] = UInt8(ascii: "-")
        }
        buf[n + 4] = UInt8(e / 100) + 48
        buf[n + 5] = UInt8((e / 10) % 10) + 48
        buf[n + 6] = UInt8(e % 10) + 48
        out.append(contentsOf: buf)
    }
}
