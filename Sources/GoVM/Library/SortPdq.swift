// sort: Go 1.19's pattern-defeating quicksort and stable sort, ported
// exactly so the order of equal elements after sort.Slice/sort.Sort
// matches Go's (they are not stable). Models src/sort/zsortfunc.go
// (insertionSort, siftDown, heapSort, pdqsort, partition, partitionEqual,
// partialInsertionSort, breakPatterns, choosePivot, median,
// medianAdjacent, reverseRange, stable, symMerge, rotate) and
// sort.go/slice.go (Sort, Slice, Stable, SliceStable, Ints, Strings,
// Float64s). The data is reached only through Less and Swap, as in Go.
import GoRuntime

/// What sort needs from a collection: Go's sort.Interface (Len, Less,
/// Swap). `less` is mutating so an implementation can run a Go closure
/// (sort.Slice's less func) in the interpreter.
public protocol GoSortData {
    var count: Int { get }
    mutating func less(_ i: Int, _ j: Int) -> Bool
    mutating func swap(_ i: Int, _ j: Int)
}

public enum GoSort {
    /// sort.Sort / sort.Slice (pdqsort, not stable).
    public static func sort<D: GoSortData>(_ data: inout D) {
        let n = data.count
        if n <= 1 { return }
        let limit = Int.bitWidth - n.leadingZeroBitCount  // bits.Len(uint(n))
        pdqsort(&data, 0, n, limit)
    }

    /// sort.Stable / sort.SliceStable (insertion-sorted blocks + SymMerge).
    public static func stable<D: GoSortData>(_ data: inout D) {
        stableSort(&data, data.count)
    }

    /// sort.Ints on an []int's elements.
    public static func ints(_ x: inout [Int64]) {
        var d = ArraySortData(x, <)
        sort(&d)
        x = d.elems
    }

    /// sort.Strings (bytewise order).
    public static func strings(_ x: inout [GoString]) {
        var d = ArraySortData(x, <)
        sort(&d)
        x = d.elems
    }

    /// sort.Float64s: NaNs first (Float64Slice.Less).
    public static func float64s(_ x: inout [Double]) {
        var d = ArraySortData(x) { a, b in a < b || (a.isNaN && !b.isNaN) }
        sort(&d)
        x = d.elems
    }

    // MARK: zsortfunc.go

    static func insertionSort<D: GoSortData>(_ data: inout D, _ a: Int, _ b: Int) {
        var i = a + 1
        while i < b {
            var j = i
            while j > a && data.less(j, j - 1) {
                data.swap(j, j - 1)
                j -= 1
            }
            i += 1
        }
    }

    static func siftDown<D: GoSortData>(_ data: inout D, _ lo: Int, _ hi: Int, _ first: Int) {
        var root = lo
        while true {
            var child = 2 * root + 1
            if child >= hi { return }
            if child + 1 < hi && data.less(first + child, first + child + 1) { child += 1 }
            if !data.less(first + root, first + child) { return }
            data.swap(first + root, first + child)
            root = child
        }
    }

    static func heapSort<D: GoSortData>(_ data: inout D, _ a: Int, _ b: Int) {
        let first = a
        let lo = 0
        let hi = b - a
        var i = (hi - 1) / 2
        while i >= 0 {
            siftDown(&data, i, hi, first)
            i -= 1
        }
        i = hi - 1
        while i >= 0 {
            data.swap(first, first + i)
            siftDown(&data, lo, i, first)
            i -= 1
        }
    }

    enum SortedHint { case unknown, increasing, decreasing }

    static func pdqsort<D: GoSortData>(_ data: inout D, _ aIn: Int, _ bIn: Int, _ limitIn: Int) {
        let maxInsertion = 12
        var a = aIn, b = bIn, limit = limitIn
        var wasBalanced = true
        var wasPartitioned = true
        while true {
            let length = b - a
            if length <= maxInsertion {
                insertionSort(&data, a, b)
                return
            }
            // Fall back to heapsort if too many bad choices were made.
            if limit == 0 {
                heapSort(&data, a, b)
                return
            }
            // If the last partitioning was imbalanced, we need to breakPatterns.
            if !wasBalanced {
                breakPatterns(&data, a, b)
                limit -= 1
            }
            var (pivot, hint) = choosePivot(&data, a, b)
            if hint == .decreasing {
                reverseRange(&data, a, b)
                pivot = (b - 1) - (pivot - a)
                hint = .increasing
            }
            // The slice is likely already sorted.
            if wasBalanced && wasPartitioned && hint == .increasing {
                if partialInsertionSort(&data, a, b) { return }
            }
            // Probably the slice contains many duplicate elements, partition the slice into
            // elements equal to and elements greater than the pivot.
            if a > 0 && !data.less(a - 1, pivot) {
                let mid = partitionEqual(&data, a, b, pivot)
                a = mid
                continue
            }
            let (mid, alreadyPartitioned) = partition(&data, a, b, pivot)
            wasPartitioned = alreadyPartitioned
            let leftLen = mid - a, rightLen = b - mid
            let balanceThreshold = length / 8
            if leftLen < rightLen {
                wasBalanced = leftLen >= balanceThreshold
                pdqsort(&data, a, mid, limit)
                a = mid + 1
            } else {
                wasBalanced = rightLen >= balanceThreshold
                pdqsort(&data, mid + 1, b, limit)
                b = mid
            }
        }
    }

    static func partition<D: GoSortData>(_ data: inout D, _ a: Int, _ b: Int, _ pivot: Int) -> (Int, Bool) {
        data.swap(a, pivot)
        var i = a + 1, j = b - 1
        while i <= j && data.less(i, a) { i += 1 }
        while i <= j && !data.less(j, a) { j -= 1 }
        if i > j {
            data.swap(j, a)
            return (j, true)
        }
        data.swap(i, j)
        i += 1
        j -= 1
        while true {
            while i <= j && data.less(i, a) { i += 1 }
            while i <= j && !data.less(j, a) { j -= 1 }
            if i > j { break }
            data.swap(i, j)
            i += 1
            j -= 1
        }
        data.swap(j, a)
        return (j, false)
    }

    static func partitionEqual<D: GoSortData>(_ data: inout D, _ a: Int, _ b: Int, _ pivot: Int) -> Int {
        data.swap(a, pivot)
        var i = a + 1, j = b - 1
        while true {
            while i <= j && !data.less(a, i) { i += 1 }
            while i <= j && data.less(a, j) { j -= 1 }
            if i > j { break }
            data.swap(i, j)
            i += 1
            j -= 1
        }
        return i
    }

    static func partialInsertionSort<D: GoSortData>(_ data: inout D, _ a: Int, _ b: Int) -> Bool {
        let maxSteps = 5, shortestShifting = 50
        var i = a + 1
        for _ in 0..<maxSteps {
            while i < b && !data.less(i, i - 1) { i += 1 }
            if i == b { return true }
            if b - a < shortestShifting { return false }
            data.swap(i, i - 1)
            // Shift the smaller one to the left.
            if i - a >= 2 {
                var j = i - 1
                while j >= 1 {
                    if !data.less(j, j - 1) { break }
                    data.swap(j, j - 1)
                    j -= 1
                }
            }
            // Shift the greater one to the right.
            if b - i >= 2 {
                var j = i + 1
                while j < b {
                    if !data.less(j, j - 1) { break }
                    data.swap(j, j - 1)
                    j += 1
                }
            }
        }
        return false
    }

    static func breakPatterns<D: GoSortData>(_ data: inout D, _ a: Int, _ b: Int) {
        let length = b - a
        if length >= 8 {
            var random = UInt64(length)  // xorshift seeded with the length
            let modulus = UInt(1) << UInt(Int.bitWidth - length.leadingZeroBitCount)  // nextPowerOfTwo
            var idx = a + (length / 4) * 2 - 1
            while idx <= a + (length / 4) * 2 + 1 {
                random ^= random << 13
                random ^= random >> 17
                random ^= random << 5
                var other = Int(UInt(random) & (modulus - 1))
                if other >= length { other -= length }
                data.swap(idx, a + other)
                idx += 1
            }
        }
    }

    static func choosePivot<D: GoSortData>(_ data: inout D, _ a: Int, _ b: Int) -> (Int, SortedHint) {
        let shortestNinther = 50, maxSwaps = 4 * 3
        let l = b - a
        var swaps = 0
        var i = a + l / 4 * 1
        var j = a + l / 4 * 2
        var k = a + l / 4 * 3
        if l >= 8 {
            if l >= shortestNinther {
                // Tukey ninther method, the idea came from Rust's implementation.
                i = medianAdjacent(&data, i, &swaps)
                j = medianAdjacent(&data, j, &swaps)
                k = medianAdjacent(&data, k, &swaps)
            }
            // Find the median among i, j, k and stores it into j.
            j = median(&data, i, j, k, &swaps)
        }
        switch swaps {
        case 0: return (j, .increasing)
        case maxSwaps: return (j, .decreasing)
        default: return (j, .unknown)
        }
    }

    static func order2<D: GoSortData>(_ data: inout D, _ a: Int, _ b: Int, _ swaps: inout Int) -> (Int, Int) {
        if data.less(b, a) {
            swaps += 1
            return (b, a)
        }
        return (a, b)
    }

    static func median<D: GoSortData>(_ data: inout D, _ aIn: Int, _ bIn: Int, _ cIn: Int, _ swaps: inout Int) -> Int {
        var a = aIn, b = bIn, c = cIn
        (a, b) = order2(&data, a, b, &swaps)
        (b, c) = order2(&data, b, c, &swaps)
        (a, b) = order2(&data, a, b, &swaps)
        _ = c
        return b
    }

    static func medianAdjacent<D: GoSortData>(_ data: inout D, _ a: Int, _ swaps: inout Int) -> Int {
        median(&data, a - 1, a, a + 1, &swaps)
    }

    static func reverseRange<D: GoSortData>(_ data: inout D, _ a: Int, _ b: Int) {
        var i = a, j = b - 1
        while i < j {
            data.swap(i, j)
            i += 1
            j -= 1
        }
    }

    static func swapRange<D: GoSortData>(_ data: inout D, _ a: Int, _ b: Int, _ n: Int) {
        for i in 0..<max(n, 0) { data.swap(a + i, b + i) }
    }

    static func stableSort<D: GoSortData>(_ data: inout D, _ n: Int) {
        var blockSize = 20
        var a = 0, b = blockSize
        while b <= n {
            insertionSort(&data, a, b)
            a = b
            b += blockSize
        }
        insertionSort(&data, a, n)
        while blockSize < n {
            a = 0
            b = 2 * blockSize
            while b <= n {
                symMerge(&data, a, a + blockSize, b)
                a = b
                b += 2 * blockSize
            }
            let m = a + blockSize
            if m < n { symMerge(&data, a, m, n) }
            blockSize *= 2
        }
    }

    static func symMerge<D: GoSortData>(_ data: inout D, _ a: Int, _ m: Int, _ b: Int) {
        if m - a == 1 {
            var i = m, j = b
            while i < j {
                let h = Int(UInt(i + j) >> 1)
                if data.less(h, a) { i = h + 1 } else { j = h }
            }
            var k = a
            while k < i - 1 {
                data.swap(k, k + 1)
                k += 1
            }
            return
        }
        if b - m == 1 {
            var i = a, j = m
            while i < j {
                let h = Int(UInt(i + j) >> 1)
                if !data.less(m, h) { i = h + 1 } else { j = h }
            }
            var k = m
            while k > i {
                data.swap(k, k - 1)
                k -= 1
            }
            return
        }
        let mid = Int(UInt(a + b) >> 1)
        let n = mid + m
        var start: Int, r: Int
        if m > mid {
            start = n - b
            r = mid
        } else {
            start = a
            r = m
        }
        let p = n - 1
        while start < r {
            let c = Int(UInt(start + r) >> 1)
            if !data.less(p - c, c) { start = c + 1 } else { r = c }
        }
        let end = n - start
        if start < m && m < end { rotate(&data, start, m, end) }
        if a < start && start < mid { symMerge(&data, a, start, mid) }
        if mid < end && end < b { symMerge(&data, mid, end, b) }
    }

    static func rotate<D: GoSortData>(_ data: inout D, _ a: Int, _ m: Int, _ b: Int) {
        var i = m - a
        var j = b - m
        while i != j {
            if i > j {
                swapRange(&data, m - i, m, j)
                i -= j
            } else {
                swapRange(&data, m - i, m + j - i, i)
                j -= i
            }
        }
        swapRange(&data, m - i, m, i)
    }
}

/// A Swift array with a less function, as GoSortData (IntSlice, StringSlice…).
public struct ArraySortData<T>: GoSortData {
    public var elems: [T]
    let lessFn: (T, T) -> Bool
    public init(_ elems: [T], _ less: @escaping (T, T) -> Bool) {
        self.elems = elems
        self.lessFn = less
    }
    public var count: Int { elems.count }
    @inline(__always) public func less(_ i: Int, _ j: Int) -> Bool { lessFn(elems[i], elems[j]) }
    @inline(__always) public mutating func swap(_ i: Int, _ j: Int) { elems.swapAt(i, j) }
}
