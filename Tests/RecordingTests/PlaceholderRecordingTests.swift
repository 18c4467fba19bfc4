import Testing
@Test func RecordingTestsBuilds() { #expect(Bool(true)) }
