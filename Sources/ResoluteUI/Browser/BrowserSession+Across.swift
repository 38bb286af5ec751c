// TEMPORARY until compare, reuse and series land.
extension BrowserSession {
  mutating func performAcross(_ command: Command) {}
}
