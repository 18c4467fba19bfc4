import Testing
@Test func TraceImportTestsBuilds() { #expect(Bool(true)) }
