// The Go library functions and methods gmpscope provides, as stable ids the
// VM dispatches on. Their Go signatures live in LibraryTable.swift; the
// checker rejects any other member of an imported package with
// "gmpscope does not support <pkg.Name> yet".

/// A library function or method (receiver type in the name).
public enum LibFunc: UInt16, Sendable, Hashable, CaseIterable {
    // fmt
    case fmtPrint, fmtPrintf, fmtPrintln, fmtSprint, fmtSprintf, fmtSprintln, fmtErrorf
    // time
    case timeSleep, timeAfter, timeTick, timeNewTicker, timeNewTimer, timeSince, timeNow
    case durationString, durationSeconds, durationMilliseconds, durationMicroseconds,
         durationNanoseconds, durationMinutes, durationHours
    case timeTimeSub, timeTimeUnixNano
    case timerStop, timerReset, tickerStop, tickerReset
    // sync
    case waitGroupAdd, waitGroupDone, waitGroupWait
    case mutexLock, mutexUnlock, mutexTryLock
    case rwMutexLock, rwMutexUnlock, rwMutexRLock, rwMutexRUnlock
    case onceDo
    // sync/atomic
    case atomicAddInt64, atomicLoadInt64, atomicStoreInt64, atomicCompareAndSwapInt64
    case atomicAddInt32, atomicLoadInt32, atomicStoreInt32, atomicCompareAndSwapInt32
    case atomicInt64Add, atomicInt64Load, atomicInt64Store, atomicInt64CompareAndSwap, atomicInt64Swap
    // runtime
    case runtimeGosched, runtimeGC, runtimeNumGoroutine, runtimeGOMAXPROCS, runtimeNumCPU, runtimeReadMemStats
    // syscall
    case syscallNanosleep, syscallGetpid, syscallNsecToTimespec
    // errors (and the Error methods of the library's error types:
    // *errors.errorString, *fmt.wrapError, *strconv.NumError)
    case errorsNew, errorsIs, errorStringError, wrapErrorError, numErrorError
    // strings
    case builderWriteString, builderWriteByte, builderWriteRune, builderString, builderLen,
         builderReset, builderGrow
    case stringsRepeat, stringsJoin, stringsSplit, stringsContains
    // strconv
    case strconvItoa, strconvAtoi
    // sort
    case sortInts, sortStrings, sortSlice
    // os
    case osExit
    // math/rand
    case randIntn, randInt, randInt63, randFloat64, randSeed, randPerm, randShuffle
    // strings (beyond the first four)
    case stringsFields, stringsHasPrefix, stringsHasSuffix, stringsIndex, stringsLastIndex, stringsIndexByte,
         stringsIndexRune, stringsContainsRune, stringsContainsAny, stringsCount, stringsToUpper, stringsToLower,
         stringsTrimSpace, stringsTrim, stringsTrimLeft, stringsTrimRight, stringsTrimPrefix, stringsTrimSuffix,
         stringsReplace, stringsReplaceAll, stringsSplitN, stringsSplitAfter, stringsTitle, stringsEqualFold,
         stringsCompare
    // math/rand sources and generators (rand.New(rand.NewSource(seed)))
    case randNewSource, randNew, randSrcInt63, randSrcSeed, randRIntn, randRInt, randRInt63, randRFloat64,
         randRSeed, randRPerm, randRShuffle, randRInt31n, randRInt63n, randRInt31
    // fmt's Fprint family (io.Writer), strings.Builder.Write, (*os.File).Write
    case fmtFprint, fmtFprintf, fmtFprintln, builderWrite, osFileWrite
    // bytes.Buffer (shares strings.Builder's storage layout and methods) and its Bytes
    case bufferBytes
    // strings.NewReplacer
    case stringsNewReplacer, replacerReplace
    case runtimeVersion
    case timeTimeAdd, timeTimeAfter, timeTimeBefore, timeTimeEqual, timeTimeUnix, timeTimeUnixMilli
    // unicode/utf8
    case utf8RuneCountInString, utf8RuneCount, utf8RuneLen, utf8ValidString, utf8DecodeRuneInString,
         utf8DecodeLastRuneInString, utf8ValidRune
    // sort.Reverse and the slice adapters (IntSlice, StringSlice, Float64Slice)
    case sortReverse, sortRevLen, sortRevLess, sortRevSwap,
         sortIntSliceLen, sortIntSliceLess, sortIntSliceSwap, sortIntSliceSort,
         sortStringSliceLen, sortStringSliceLess, sortStringSliceSwap, sortStringSliceSort,
         sortFloat64SliceLen, sortFloat64SliceLess, sortFloat64SliceSwap, sortFloat64SliceSort
    // sync/atomic: Go 1.19's typed values and the remaining functions
    case atomicI32Add, atomicI32Load, atomicI32Store, atomicI32CAS, atomicI32Swap,
         atomicU32Add, atomicU32Load, atomicU32Store, atomicU32CAS, atomicU32Swap,
         atomicU64Add, atomicU64Load, atomicU64Store, atomicU64CAS, atomicU64Swap,
         atomicBoolLoad, atomicBoolStore, atomicBoolCAS, atomicBoolSwap,
         atomicAddUint64, atomicLoadUint64, atomicStoreUint64, atomicCompareAndSwapUint64, atomicSwapUint64,
         atomicAddUint32, atomicLoadUint32, atomicStoreUint32, atomicCompareAndSwapUint32, atomicSwapUint32,
         atomicSwapInt64, atomicSwapInt32
    // time.Duration rounding
    case durationRound, durationTruncate, durationAbs, timeParseDuration
    case stringsFieldsFunc, stringsTrimFunc, stringsTrimLeftFunc, stringsTrimRightFunc, stringsIndexFunc,
         stringsMap, stringsCut
    // strconv (beyond Itoa/Atoi)
    case strconvFormatInt, strconvParseInt, strconvParseFloat, strconvFormatFloat, strconvParseBool,
         strconvFormatBool, strconvQuote, strconvQuoteRune, strconvParseUint, strconvFormatUint
    // sort (beyond Ints/Strings/Slice)
    case sortSliceStable, sortSort, sortStable, sortSearch, sortSearchInts, sortSearchStrings, sortFloat64s,
         sortIntsAreSorted, sortStringsAreSorted, sortSliceIsSorted, sortIsSorted
    // errors
    case errorsUnwrap, errorsAs
    // math
    case mathSqrt, mathAbs, mathFloor, mathCeil, mathTrunc, mathRound, mathMax, mathMin, mathPow, mathMod,
         mathInf, mathIsInf, mathIsNaN, mathNaN, mathLog, mathLog2, mathLog10, mathExp, mathSin, mathCos,
         mathTan, mathHypot, mathCbrt, mathAtan, mathAtan2, mathSignbit, mathPow10
    // unicode
    case unicodeIsLetter, unicodeIsDigit, unicodeIsNumber, unicodeIsSpace, unicodeIsUpper, unicodeIsLower,
         unicodeIsPunct, unicodeToUpper, unicodeToLower
    // time.Until
    case timeUntil
    // runtime/debug.SetGCPercent, runtime.KeepAlive
    case debugSetGCPercent, runtimeKeepAlive
    case rwMutexTryLock, rwMutexTryRLock
}

/// Library package-level variables.
public enum LibVar: UInt8, Sendable, Hashable {
    case osArgs
    /// os.Stdout / os.Stderr: compiled as calllib 0xFFE0 + rawValue
    /// (exposed in the table once the compiler emits those ids).
    case osStdout, osStderr
}

/// Predeclared functions (Go spec "Built-in functions").
public enum Builtin: UInt8, Sendable, Hashable, CaseIterable {
    case append, cap, clear, close, complex, copy, delete, imag, len, make, max, min,
         new, panic, print, println, real, recover

    public var name: String { String(describing: self) }
}

/// Library types the checker creates in every program's `TypeTable`
/// (`CheckedProgram.libTypes[.waitGroup]` is the named type sync.WaitGroup).
/// Their fields follow Go 1.19's declarations so sizes match amd64 Go.
public enum LibType: UInt8, Sendable, Hashable, CaseIterable {
    case duration, time, timer, ticker               // time
    case waitGroup, mutex, rwMutex, once             // sync
    case atomicInt64                                 // sync/atomic.Int64
    case builder                                     // strings.Builder
    case memStats                                    // runtime.MemStats
    case timespec                                    // syscall.Timespec
    case errorString                                 // errors.errorString (what errors.New returns a pointer to)
    case wrapError                                   // fmt.wrapError (Errorf with %w)
    case numError                                    // strconv.NumError (Atoi failures)
    case osFile                                      // os.File (os.Stdout, os.Stderr)
}
