// fmt: Go's formatted printing, byte for byte (models Go 1.19 src/fmt).
//
// HOW THE INTERPRETER CALLS THE LIBRARY (everything below is in GoVM/Library)
//
// fmt — the interpreter implements FormatHost (FmtHost.swift): `types`,
//   loadSlots(obj, from:, count:), loadMap(obj), address(of:type:),
//   callStringMethod(method, receiver:, type:) -> .returned(GoString) /
//   .panicked(Value); optional stringMethod(name, of:) (default: by name).
//   Operands are what a Go `...any` slice holds: interface values, each
//   `.iface(dynamicType, value)` or `.nil` (a nil interface). Aggregates
//   inside are `.agg(flat slots)`; pointers, slices and maps are read
//   through the host.
//
//   Fmt.sprintf(_ format: GoString, _ args: [Value], host: inout H) -> GoString
//       fmt.Sprintf / Printf (Printf = write the result to fd 1).
//   Fmt.sprint(_ args: [Value], host: inout H) -> GoString
//       fmt.Sprint / Print (space between operands when neither is a string).
//   Fmt.sprintln(_ args: [Value], host: inout H) -> GoString
//       fmt.Sprintln / Println (spaces between all operands, then "\n").
//   Fmt.errorf(_ format: GoString, _ args: [Value], host: inout H)
//       -> (message: GoString, wrapped: Value?)
//       fmt.Errorf: `wrapped` is the operand of the one valid %w (an
//       interface value): build *fmt.wrapError{msg, wrapped} when non-nil,
//       else *errors.errorString{msg}.
//   GoPrintBuiltin.format(_ args: [Value], types: [RTypeID], newline: Bool,
//       host: H) -> [UInt8]
//       the print/println builtins' own format for fd 2; `types` are the
//       operands' STATIC types (an interface-typed operand prints as
//       (type,data) like Go's printeface).
//
//   The host is `inout` because calling a user's Error()/String() method
//   runs Go code (FormatHost.callStringMethod). Nothing else is mutated.
//   For `error`/Stringer operands fmt asks host.stringMethod("Error"/"String",
//   of: type) and calls it for %v %s %q %x %X (Error first), at top level
//   and for nested values reached through exported fields, exactly as Go.
//   A method that panics prints %!v(PANIC=String method: …), or <nil> when
//   the receiver is a nil pointer: return .panicked(value) for both.
//
// strconv (Strconv*.swift; strings are [UInt8] bytes):
//   Strconv.itoa(Int64) -> [UInt8]; formatInt(Int64, base); formatUint
//   Strconv.atoi([UInt8]) -> (value: Int64, error: StrconvNumError?)
//       error.message is the exact Error() text, e.g.
//       `strconv.Atoi: parsing "x": invalid syntax`.
//   Strconv.parseInt(s, base, bitSize), parseUint(s, base, bitSize),
//   parseFloat(s, bitSize), parseBool(s), formatBool(b) (same error shape)
//   Strconv.formatFloat(Double, fmt: UInt8 e/E/f/g/G/b/x/X, prec, bitSize)
//   Strconv.quote / quoteToASCII / quoteRune / quoteRuneToASCII / isPrint
//   GoUTF8.decodeRune(bytes, i) / appendRune / runeCount / validRune
// strings (Strings*.swift):
//   GoStrings.index / lastIndex / indexByte / indexRune / contains /
//   containsRune / containsAny / count / hasPrefix / hasSuffix / split /
//   splitN / splitAfter / fields / join / repeat (throws StringsPanic with
//   Go's message) / replace / replaceAll / toUpper / toLower / trimSpace /
//   trim / trimLeft / trimRight / trimPrefix / trimSuffix
//   GoBuilder: strings.Builder's buffer; write/writeString/writeByte/
//   writeRune(…, roundupsize: SizeClasses.roundupsize) return the new
//   capacity when append would reallocate (report it to mallocgc).
// sort (SortPdq.swift): implement GoSortData (count, less(i,j), swap(i,j)).
//   GoSort.sort(&data)   sort.Sort / sort.Slice (Go 1.19 pdqsort, exact order)
//   GoSort.stable(&data) sort.Stable / sort.SliceStable
//   GoSort.ints(&[Int64]), GoSort.strings(&[GoString]), GoSort.float64s
//   GoSort.search(n, pred), searchInts/searchStrings/searchFloat64s, isSorted
// errors (ErrorsIs.swift): implement ErrorsHost (errorsMethod, callUnwrap,
//   callIs). GoErrors.is(err, target, host:) / GoErrors.unwrap(err, host:).
import GoRuntime

public enum Fmt {
    /// An interface value as an fmt operand (nil for a nil interface).
    @inline(__always)
    static func item(_ v: Value) -> FmtItem? {
        switch v {
        case .iface(let t, let inner): return FmtItem(type: t, value: inner)
        default: return nil
        }
    }

    /// fmt.Sprintf.
    public static func sprintf<H: FormatHost>(_ format: GoString, _ args: [Value], host: inout H) -> GoString {
        var p = GoPrinter(host: host)
        p.doPrintf(format.bytes, args.map(item))
        host = p.host
        return GoString(p.fmt.buf)
    }

    /// fmt.Sprint.
    public static func sprint<H: FormatHost>(_ args: [Value], host: inout H) -> GoString {
        var p = GoPrinter(host: host)
        p.doPrint(args.map(item))
        host = p.host
        return GoString(p.fmt.buf)
    }

    /// fmt.Sprintln.
    public static func sprintln<H: FormatHost>(_ args: [Value], host: inout H) -> GoString {
        var p = GoPrinter(host: host)
        p.doPrintln(args.map(item))
        host = p.host
        return GoString(p.fmt.buf)
    }

    /// fmt.Errorf: the message and the %w operand (if exactly one valid %w).
    public static func errorf<H: FormatHost>(_ format: GoString, _ args: [Value], host: inout H)
        -> (message: GoString, wrapped: Value?)
    {
        var p = GoPrinter(host: host)
        p.wrapErrs = true
        p.doPrintf(format.bytes, args.map(item))
        host = p.host
        let wrapped = p.wrappedErr.map { Value.iface($0.type, $0.value) }
        return (GoString(p.fmt.buf), wrapped)
    }
}
