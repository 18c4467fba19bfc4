import Testing
@Test func ToursTestsBuilds() { #expect(Bool(true)) }
