#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The fingerprint postings and word frequencies of a corpus held in memory, built on the first reuse query (a
/// browser that never asks pays nothing) and shared by every copy of the `LoadedCorpus`.
final class ReuseMemoryIndex: @unchecked Sendable {
  private let resolutions: [Resolution]
  private var mutex = pthread_mutex_t()
  // Guarded by `mutex` until built; read-only after.
  private var built: Tables?

  struct Tables: ReuseStore {
    var resolutions: [Resolution]
    var paragraphCount = 0
    var frequencies: [Int64: Int] = [:]
    var postingLists: [Int64: [Int64]] = [:]
    var texts: [Int64: (ref: String, text: String)] = [:]

    func documentFrequency(_ wordKey: Int64) -> Int { frequencies[wordKey] ?? 0 }
    func postingCount(_ fingerprint: Int64, limit: Int) -> Int { min(limit, postingLists[fingerprint]?.count ?? 0) }
    func postings(_ fingerprint: Int64, limit: Int) -> [Int64] { Array((postingLists[fingerprint] ?? []).prefix(limit)) }
    func paragraph(_ key: Int64) -> (ref: String, text: String)? { texts[key] }
  }

  init(resolutions: [Resolution]) {
    self.resolutions = resolutions
    pthread_mutex_init(&mutex, nil)
  }

  deinit { pthread_mutex_destroy(&mutex) }

  /// The tables, built once.
  var tables: Tables {
    pthread_mutex_lock(&mutex)
    defer { pthread_mutex_unlock(&mutex) }
    if let built { return built }
    let tables = Self.build(resolutions)
    built = tables
    return tables
  }

  static func key(resolution: Int, ordinal: Int) -> Int64 { Int64(resolution) << ReuseQuery.ordinalBits | Int64(ordinal) }

  private static func build(_ resolutions: [Resolution]) -> Tables {
    var tables = Tables(resolutions: resolutions)
    for (index, resolution) in resolutions.enumerated() {
      for (ordinal, paragraph) in resolution.searchableParagraphs.prefix(1 << Int(ReuseQuery.ordinalBits)).enumerated() {
        tables.paragraphCount += 1
        // As the index counts them: every searchable paragraph, each word once per paragraph.
        let entries = LanguageFingerprint.indexEntries(of: paragraph.text)
        for word in entries.wordKeys { tables.frequencies[word, default: 0] += 1 }
        guard paragraph.isReusable else { continue }
        let key = key(resolution: index, ordinal: ordinal)
        tables.texts[key] = (paragraph.ref, paragraph.text)
        for fingerprint in entries.fingerprints {
          tables.postingLists[fingerprint, default: []].append(key)
        }
      }
    }
    return tables
  }
}
