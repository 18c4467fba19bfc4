// sort.Search and friends. Models Go 1.19 src/sort/search.go (Search,
// SearchInts, SearchStrings, SearchFloat64s) and sort.go's IsSorted.
// `pred` may run a Go closure (sort.Search's f) in the interpreter.
import GoRuntime

extension GoSort {
    /// sort.Search: the smallest i in [0, n) with pred(i) true, or n.
    public static func search(_ n: Int, _ pred: (Int) -> Bool) -> Int {
        var i = 0, j = n
        while i < j {
            let h = Int(UInt(i + j) >> 1)  // avoid overflow when computing h
            if !pred(h) { i = h + 1 } else { j = h }
        }
        return i
    }

    /// sort.SearchInts.
    public static func searchInts(_ a: [Int64], _ x: Int64) -> Int { search(a.count) { a[$0] >= x } }
    /// sort.SearchStrings.
    public static func searchStrings(_ a: [GoString], _ x: GoString) -> Int { search(a.count) { !(a[$0] < x) } }
    /// sort.SearchFloat64s.
    public static func searchFloat64s(_ a: [Double], _ x: Double) -> Int { search(a.count) { a[$0] >= x } }

    /// sort.IsSorted: no element is less than its predecessor (checked from the end, as Go).
    public static func isSorted<D: GoSortData>(_ data: inout D) -> Bool {
        var i = data.count - 1
        while i > 0 {
            if data.less(i, i - 1) { return false }
            i -= 1
        }
        return true
    }
}
