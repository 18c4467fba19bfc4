import Testing
@Test func GoVMTestsBuilds() { #expect(Bool(true)) }
