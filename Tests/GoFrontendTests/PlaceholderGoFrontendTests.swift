import Testing
@Test func GoFrontendTestsBuilds() { #expect(Bool(true)) }
