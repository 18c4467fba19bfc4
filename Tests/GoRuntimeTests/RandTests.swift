import Testing
@testable import GoRuntime

@Test func randIsDeterministicPerSeed() {
    var a = Rand(seed: 42), b = Rand(seed: 42), c = Rand(seed: 43)
    let xa = (0..<8).map { _ in a.next() }
    let xb = (0..<8).map { _ in b.next() }
    let xc = (0..<8).map { _ in c.next() }
    #expect(xa == xb)
    #expect(xa != xc)
}

@Test func randUint32nStaysInRange() {
    var r = Rand(seed: 7)
    var seen = Set<UInt32>()
    for _ in 0..<10_000 { let v = r.uint32n(5); #expect(v < 5); seen.insert(v) }
    #expect(seen.count == 5)
}
