// The Printf/Print/Println drivers. Models Go 1.19 src/fmt/print.go
// (doPrintf with flags, width, precision, '*', explicit argument indexes
// [n], %!verb(MISSING), %!(EXTRA ...), %!(NOVERB), %!(BADWIDTH),
// %!(BADPREC), %!v(BADINDEX); doPrint's spacing rule; doPrintln).
import GoRuntime

extension GoPrinter {
    // tooLarge: width/precision above 1e6 are ignored.
    @inline(__always) static func tooLarge(_ x: Int) -> Bool { x > 1_000_000 || x < -1_000_000 }

    // parsenum: decimal number at s[start..<end].
    static func parsenum(_ s: [UInt8], _ start: Int, _ end: Int) -> (num: Int, isnum: Bool, newi: Int) {
        if start >= end { return (0, false, end) }
        var num = 0
        var isnum = false
        var newi = start
        while newi < end && 48 <= s[newi] && s[newi] <= 57 {
            if tooLarge(num) { return (0, false, end) }  // overflow
            num = num * 10 + Int(s[newi] - 48)
            isnum = true
            newi += 1
        }
        return (num, isnum, newi)
    }

    // intFromArg: the int operand for '*'.
    func intFromArg(_ a: [FmtItem?], _ argNum: Int) -> (num: Int, isInt: Bool, newArgNum: Int) {
        var newArgNum = argNum
        var num = 0
        var isInt = false
        if argNum < a.count {
            if let item = a[argNum] {
                let k = kindOf(item.type)
                if k.isSigned {
                    num = Int(intValue(item.value, k))
                    isInt = true
                } else if k.isUnsigned {
                    let n = uintValue(item.value, k)
                    if n <= UInt64(Int.max) {
                        num = Int(n)
                        isInt = true
                    }
                }
            }
            newArgNum = argNum + 1
            if GoPrinter.tooLarge(num) {
                num = 0
                isInt = false
            }
        }
        return (num, isInt, newArgNum)
    }

    // parseArgNumber: "[n]" at the start of format; returns (index, width consumed, ok).
    static func parseArgNumber(_ format: [UInt8], _ start: Int) -> (index: Int, wid: Int, ok: Bool) {
        // There must be at least 3 bytes: [n].
        if format.count - start < 3 { return (0, 1, false) }
        var i = start + 1
        while i < format.count {
            if format[i] == UInt8(ascii: "]") {
                let (width, ok, newi) = parsenum(format, start + 1, i)
                if !ok || newi != i { return (0, i - start + 1, false) }
                return (width - 1, i - start + 1, true)  // arg numbers are one-indexed
            }
            i += 1
        }
        return (0, 1, false)
    }

    // argNumber: an explicit [n] index, if present.
    mutating func argNumber(_ argNum: Int, _ format: [UInt8], _ i: Int, _ numArgs: Int) -> (newArgNum: Int, newi: Int, found: Bool) {
        if format.count <= i || format[i] != UInt8(ascii: "[") { return (argNum, i, false) }
        reordered = true
        let (index, wid, ok) = GoPrinter.parseArgNumber(format, i)
        if ok && 0 <= index && index < numArgs { return (index, i + wid, true) }
        goodArgNum = false
        return (argNum, i + wid, ok)
    }

    mutating func doPrintf(_ format: [UInt8], _ a: [FmtItem?]) {
        let end = format.count
        var argNum = 0
        var afterIndex = false
        reordered = false
        var i = 0
        formatLoop: while i < end {
            goodArgNum = true
            let lasti = i
            while i < end && format[i] != UInt8(ascii: "%") { i += 1 }
            if i > lasti { fmt.buf.append(contentsOf: format[lasti..<i]) }
            if i >= end { break }  // done processing format string
            i += 1  // skip %
            fmt.clearflags()
            simpleFormat: while i < end {
                let c = format[i]
                switch c {
                case UInt8(ascii: "#"): fmt.f.sharp = true
                case UInt8(ascii: "0"): fmt.f.zero = !fmt.f.minus  // only allow zero padding to the left
                case UInt8(ascii: "+"): fmt.f.plus = true
                case UInt8(ascii: "-"):
                    fmt.f.minus = true
                    fmt.f.zero = false  // do not pad with zeros to the right
                case UInt8(ascii: " "): fmt.f.space = true
                default:
                    // Fast path for common case of ascii lower case simple verbs without precision or width.
                    if UInt8(ascii: "a") <= c && c <= UInt8(ascii: "z") && argNum < a.count {
                        if c == UInt8(ascii: "v") {
                            fmt.f.sharpV = fmt.f.sharp
                            fmt.f.sharp = false
                            fmt.f.plusV = fmt.f.plus
                            fmt.f.plus = false
                        }
                        printArg(a[argNum], Unicode.Scalar(c))
                        argNum += 1
                        i += 1
                        continue formatLoop
                    }
                    break simpleFormat
                }
                i += 1
            }

            // Do we have an explicit argument index?
            (argNum, i, afterIndex) = argNumber(argNum, format, i, a.count)

            // Do we have width?
            if i < end && format[i] == UInt8(ascii: "*") {
                i += 1
                (fmt.wid, fmt.f.widPresent, argNum) = intFromArg(a, argNum)
                if !fmt.f.widPresent { writeString("%!(BADWIDTH)") }
                // We have a negative width, so take its value and ensure that the minus flag is set.
                if fmt.wid < 0 {
                    fmt.wid = -fmt.wid
                    fmt.f.minus = true
                    fmt.f.zero = false
                }
                afterIndex = false
            } else {
                (fmt.wid, fmt.f.widPresent, i) = GoPrinter.parsenum(format, i, end)
                if afterIndex && fmt.f.widPresent { goodArgNum = false }  // "%[3]2d"
            }

            // Do we have precision?
            if i + 1 < end && format[i] == UInt8(ascii: ".") {
                i += 1
                if afterIndex { goodArgNum = false }  // "%[3].2d"
                (argNum, i, afterIndex) = argNumber(argNum, format, i, a.count)
                if i < end && format[i] == UInt8(ascii: "*") {
                    i += 1
                    (fmt.prec, fmt.f.precPresent, argNum) = intFromArg(a, argNum)
                    // Negative precision arguments don't make sense
                    if fmt.prec < 0 {
                        fmt.prec = 0
                        fmt.f.precPresent = false
                    }
                    if !fmt.f.precPresent { writeString("%!(BADPREC)") }
                    afterIndex = false
                } else {
                    (fmt.prec, fmt.f.precPresent, i) = GoPrinter.parsenum(format, i, end)
                    if !fmt.f.precPresent {
                        fmt.prec = 0
                        fmt.f.precPresent = true
                    }
                }
            }

            if !afterIndex { (argNum, i, afterIndex) = argNumber(argNum, format, i, a.count) }

            if i >= end {
                writeString("%!(NOVERB)")
                break
            }

            var verb = Unicode.Scalar(format[i])
            var size = 1
            if format[i] >= 0x80 {
                let (r, w) = GoUTF8.decodeRune(format, i)
                verb = Unicode.Scalar(UInt32(r)) ?? "\u{FFFD}"
                size = w
            }
            i += size

            if verb == "%" {
                // Percent does not absorb operands and ignores f.wid and f.prec.
                fmt.buf.append(UInt8(ascii: "%"))
            } else if !goodArgNum {
                writeString("%!")
                writeRune(verb)
                writeString("(BADINDEX)")
            } else if argNum >= a.count {
                // No argument left over to print for the current verb.
                writeString("%!")
                writeRune(verb)
                writeString("(MISSING)")
            } else {
                if verb == "v" {
                    // Go syntax
                    fmt.f.sharpV = fmt.f.sharp
                    fmt.f.sharp = false
                    // Struct-field syntax
                    fmt.f.plusV = fmt.f.plus
                    fmt.f.plus = false
                }
                printArg(a[argNum], verb)
                argNum += 1
            }
        }

        // Check for extra arguments unless the call accessed the arguments
        // out of order, in which case it's too expensive to detect if they've all been used.
        if !reordered && argNum < a.count {
            fmt.clearflags()
            writeString("%!(EXTRA ")
            for (k, item) in a[argNum...].enumerated() {
                if k > 0 { writeString(", ") }
                if let item {
                    fmt.buf.append(contentsOf: typeName(item.type))
                    fmt.buf.append(UInt8(ascii: "="))
                    printArg(item, "v")
                } else {
                    writeString("<nil>")
                }
            }
            fmt.buf.append(UInt8(ascii: ")"))
        }
    }

    // doPrint: spaces between operands when neither is a string.
    mutating func doPrint(_ a: [FmtItem?]) {
        var prevString = false
        for (argNum, item) in a.enumerated() {
            let isString = item.map { kindOf($0.type) == .string } ?? false
            // Add a space between two non-string arguments.
            if argNum > 0 && !isString && !prevString { fmt.buf.append(32) }
            printArg(item, "v")
            prevString = isString
        }
    }

    // doPrintln: always a space between operands, newline at the end.
    mutating func doPrintln(_ a: [FmtItem?]) {
        for (argNum, item) in a.enumerated() {
            if argNum > 0 { fmt.buf.append(32) }
            printArg(item, "v")
        }
        fmt.buf.append(10)
    }
}
