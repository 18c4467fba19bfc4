// Multiprecision decimal used for exact float→decimal conversion.
// Models Go 1.19 src/strconv/decimal.go (type decimal: Assign, Shift, Round,
// RoundUp, RoundDown, shouldRoundUp). Leaves out String and RoundedInteger
// (only needed by Go's atof slow path, which gmpscope does not use).

/// A decimal number `0.d[0..<nd] × 10^dp`, digits stored as ASCII bytes.
struct GoDecimal {
    static let capacity = 800
    /// Digits, big-endian (only d[..<nd] is meaningful). Go's array is 800
    /// long; a shorter one is used when the digits provably fit (see init).
    var d: [UInt8]
    var nd = 0          // number of digits used
    var dp = 0          // decimal point
    var trunc = false   // discarded nonzero digits beyond d[..<nd]

    /// A decimal that will hold a uint64 shifted by `shift` bits. Each bit
    /// of shift adds at most one digit, so 24 + |shift| digits never
    /// overflow; beyond 800 Go's fixed size (and its truncation) applies.
    init(shift: Int = GoDecimal.capacity) {
        let n = min(GoDecimal.capacity, 24 + abs(shift))
        d = [UInt8](unsafeUninitializedCapacity: n) { _, c in c = n }
    }

    // decimal.Assign: set to the integer v.
    mutating func assign(_ value: UInt64) {
        var buf = [UInt8](repeating: 0, count: 24)
        var v = value
        var n = 0
        while v > 0 {
            let v1 = v / 10
            buf[n] = UInt8(v - 10 * v1) + 48
            n += 1
            v = v1
        }
        nd = 0
        n -= 1
        while n >= 0 {
            d[nd] = buf[n]
            nd += 1
            n -= 1
        }
        dp = nd
        trim()
    }

    // trim: cut off trailing zeros.
    mutating func trim() {
        while nd > 0 && d[nd - 1] == 48 { nd -= 1 }
        if nd == 0 { dp = 0 }
    }

    static let maxShift = 64 - 4

    // rightShift: binary shift right (/ 2) by k bits. k <= maxShift.
    mutating func rightShift(_ k: UInt64) {
        var r = 0
        var w = 0
        var n: UInt64 = 0
        while n >> k == 0 {
            if r >= nd {
                if n == 0 {
                    nd = 0
                    return
                }
                while n >> k == 0 {
                    n = n &* 10
                    r += 1
                }
                break
            }
            let c = UInt64(d[r])
            n = n &* 10 &+ c &- 48
            r += 1
        }
        dp -= r - 1
        let mask: UInt64 = (1 << k) - 1
        while r < nd {
            let c = UInt64(d[r])
            let dig = n >> k
            n &= mask
            d[w] = UInt8(dig + 48)
            w += 1
            n = n &* 10 &+ c &- 48
            r += 1
        }
        while n > 0 {
            let dig = n >> k
            n &= mask
            if w < d.count {
                d[w] = UInt8(dig + 48)
                w += 1
            } else if dig > 0 {
                trunc = true
            }
            n = n &* 10
        }
        nd = w
        trim()
    }

    // leftcheats: number of new digits for a shift by k, and the cutoff
    // (5^k) below which one digit fewer is produced.
    static let leftCheats: [(delta: Int, cutoff: [UInt8])] = {
        var out: [(Int, [UInt8])] = [(0, [])]
        // 5^k as a decimal digit string, k = 1...60.
        var digits: [UInt8] = [1]  // little-endian decimal digits of 5^k
        for k in 1...60 {
            var carry = 0
            for i in 0..<digits.count {
                let v = Int(digits[i]) * 5 + carry
                digits[i] = UInt8(v % 10)
                carry = v / 10
            }
            while carry > 0 {
                digits.append(UInt8(carry % 10))
                carry /= 10
            }
            // delta = int(log10(2)*k + 1)
            let delta = Int(0.30102999566398119521 * Double(k) + 1)
            out.append((delta, digits.reversed().map { $0 + 48 }))
        }
        return out
    }()

    static func prefixIsLessThan(_ b: ArraySlice<UInt8>, _ s: [UInt8]) -> Bool {
        var bi = b.startIndex
        for i in 0..<s.count {
            if bi >= b.endIndex { return true }
            if b[bi] != s[i] { return b[bi] < s[i] }
            bi += 1
            _ = i
        }
        return false
    }

    // leftShift: binary shift left (* 2) by k bits. k <= maxShift.
    mutating func leftShift(_ k: UInt64) {
        var delta = GoDecimal.leftCheats[Int(k)].delta
        if GoDecimal.prefixIsLessThan(d[0..<nd], GoDecimal.leftCheats[Int(k)].cutoff) {
            delta -= 1
        }
        var r = nd
        var w = nd + delta
        var n: UInt64 = 0
        r -= 1
        while r >= 0 {
            n = n &+ ((UInt64(d[r]) &- 48) << k)
            let quo = n / 10
            let rem = n - 10 * quo
            w -= 1
            if w < d.count {
                d[w] = UInt8(rem + 48)
            } else if rem != 0 {
                trunc = true
            }
            n = quo
            r -= 1
        }
        while n > 0 {
            let quo = n / 10
            let rem = n - 10 * quo
            w -= 1
            if w < d.count {
                d[w] = UInt8(rem + 48)
            } else if rem != 0 {
                trunc = true
            }
            n = quo
        }
        nd += delta
        if nd >= d.count { nd = d.count }
        dp += delta
        trim()
    }

    // decimal.Shift: binary shift left (k > 0) or right (k < 0).
    mutating func shift(_ kIn: Int) {
        var k = kIn
        if nd == 0 { return }
        if k > 0 {
            while k > GoDecimal.maxShift {
                leftShift(UInt64(GoDecimal.maxShift))
                k -= GoDecimal.maxShift
            }
            leftShift(UInt64(k))
        } else if k < 0 {
            while k < -GoDecimal.maxShift {
                rightShift(UInt64(GoDecimal.maxShift))
                k += GoDecimal.maxShift
            }
            rightShift(UInt64(-k))
        }
    }

    // shouldRoundUp: round half to even on an exact tie.
    func shouldRoundUp(_ n: Int) -> Bool {
        if n < 0 || n >= nd { return false }
        if d[n] == 53 && n + 1 == nd {  // exactly halfway - round to even
            if trunc { return true }
            return n > 0 && (d[n - 1] - 48) % 2 != 0
        }
        return d[n] >= 53
    }

    // decimal.Round: round to n digits (or fewer).
    mutating func round(_ n: Int) {
        if n < 0 || n >= nd { return }
        if shouldRoundUp(n) { roundUp(n) } else { roundDown(n) }
    }

    // decimal.RoundDown: truncate to n digits.
    mutating func roundDown(_ n: Int) {
        if n < 0 || n >= nd { return }
        nd = n
        trim()
    }

    // decimal.RoundUp: round up to n digits.
    mutating func roundUp(_ n: Int) {
        if n < 0 || n >= nd { return }
        var i = n - 1
        while i >= 0 {
            let c = d[i]
            if c < 57 {
                d[i] += 1
                nd = i + 1
                return
            }
            i -= 1
        }
        // Number is all 9s: change to single 1 with adjusted decimal point.
        d[0] = 49
        nd = 1
        dp += 1
    }
}
