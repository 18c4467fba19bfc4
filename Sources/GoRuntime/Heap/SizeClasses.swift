// sizeclasses.go: Go's 68 size classes (identical in 1.19 and 1.23), span
// classes with the noscan bit, and size → class rounding as `mallocgc` does it.

/// Allocator constants (`malloc.go`, `sizeclasses.go`, `mheap.go`).
public enum HeapConst {
    public static let pageShift = 13                 // _PageShift
    public static let pageSize = 8192                // _PageSize
    public static let maxSmallSize = 32768           // _MaxSmallSize
    public static let numSizeClasses = 68            // _NumSizeClasses (class 0 = large)
    public static let smallSizeDiv = 8
    public static let smallSizeMax = 1024
    public static let largeSizeDiv = 128
    public static let maxObjsPerSpan = 1024
    public static let tinySize = 16                  // maxTinySize
    public static let tinySizeClass = 2              // _TinySizeClass
    public static let numSpanClasses = 136           // numSizeClasses × 2
    public static let tinySpanClass = SpanClass(sizeclass: 2, noscan: true) // 5
    public static let arenaBase: UInt64 = 0xc0_0000_0000 // linux/amd64 heap hint
    public static let heapArenaBytes = 64 << 20      // heapArenaBytes
    public static let pallocChunkPages = 512         // growth unit: 4 MiB
}

/// `sizeclasses.go` tables: `class_to_size`, `class_to_allocnpages`.
public enum SizeClasses {
    public static let classToSize: [Int] = [
        0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256,
        288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280,
        1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528,
        6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072,
        20480, 21760, 24576, 27264, 28672, 32768,
    ]
    public static let classToAllocNPages: [Int] = [
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 2, 1, 2, 1, 2, 1, 3, 2, 3, 1, 3, 2, 3, 4, 5, 6, 1, 7, 6, 5, 4,
        3, 5, 7, 2, 9, 7, 5, 8, 3, 10, 7, 4,
    ]
    /// `size_to_class8`: index `(size+7)/8` for sizes up to 1024.
    public static let sizeToClass8: [UInt8] = (0...HeapConst.smallSizeMax / HeapConst.smallSizeDiv).map {
        smallestClass(atLeast: $0 * HeapConst.smallSizeDiv)
    }
    /// `size_to_class128`: index `(size-1024+127)/128` for 1024 < size ≤ 32768.
    public static let sizeToClass128: [UInt8] = (0...(HeapConst.maxSmallSize - HeapConst.smallSizeMax) / HeapConst.largeSizeDiv).map {
        smallestClass(atLeast: HeapConst.smallSizeMax + $0 * HeapConst.largeSizeDiv)
    }
    /// Objects per span for each class (`nelems = spanBytes / elemsize`).
    public static let classToNElems: [Int] = (0..<HeapConst.numSizeClasses).map {
        $0 == 0 ? 1 : classToAllocNPages[$0] * HeapConst.pageSize / classToSize[$0]
    }

    private static func smallestClass(atLeast size: Int) -> UInt8 {
        for c in 1..<classToSize.count where classToSize[c] >= size { return UInt8(c) }
        return 0
    }

    /// The size class `mallocgc` picks for a small `size` (1 ≤ size ≤ 32768).
    @inline(__always)
    public static func sizeToClass(_ size: Int) -> Int {
        if size <= HeapConst.smallSizeMax - 8 {
            return Int(sizeToClass8[(size + HeapConst.smallSizeDiv - 1) / HeapConst.smallSizeDiv])
        }
        return Int(sizeToClass128[(size - HeapConst.smallSizeMax + HeapConst.largeSizeDiv - 1) / HeapConst.largeSizeDiv])
    }

    /// `roundupsize`: the bytes actually handed out for a request of `size`.
    public static func roundupsize(_ size: Int) -> Int {
        if size <= HeapConst.maxSmallSize { return classToSize[sizeToClass(size)] }
        return (size + HeapConst.pageSize - 1) & ~(HeapConst.pageSize - 1)
    }
}

/// `mheap.go: spanClass` = sizeclass<<1 | noscan.
public struct SpanClass: Hashable, Sendable, Comparable {
    public var raw: UInt8
    @inline(__always) public init(raw: UInt8) { self.raw = raw }
    /// `makeSpanClass(sizeclass, noscan)`.
    @inline(__always) public init(sizeclass: Int, noscan: Bool) {
        raw = UInt8(sizeclass << 1) | (noscan ? 1 : 0)
    }
    @inline(__always) public var sizeclass: Int { Int(raw >> 1) }
    @inline(__always) public var noscan: Bool { raw & 1 != 0 }
    public static func < (a: SpanClass, b: SpanClass) -> Bool { a.raw < b.raw }
}
