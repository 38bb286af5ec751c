import ResolutionKit
// TEMPORARY until compare, reuse and series land.
extension BrowserSession {
  mutating func performAcross(_ command: Command) {}
  mutating func makeAcrossDocument(_ location: Location) -> (ViewerDocument, Resolution?)? { nil }
  mutating func compare(with text: String) {}
}
