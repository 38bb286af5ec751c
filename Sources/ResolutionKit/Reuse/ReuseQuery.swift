/// The query both sources run: the anchor's fingerprints, rarest first, each read up to `postingsPerFingerprint`
/// paragraphs; candidates ranked by the rarity of the fingerprints they share; the best `candidatesVerified` compared
/// word by word (`ReuseSimilarity`); the matches, best first.
public enum ReuseQuery {
  /// A key's low bits hold the paragraph's ordinal in its file.
  public static let ordinalBits: Int64 = 20
  /// A fingerprint held by more paragraphs than this is boilerplate: it is skipped (unless the anchor has no other),
  /// since it says nothing about which paragraphs share language and would only fill the candidates.
  public static let postingsPerFingerprint = 2_000
  /// How many candidates are compared word by word.
  public static let candidatesVerified = 300

  /// A verified match before the source names its file.
  public struct Hit: Sendable {
    public var key: Int64
    public var ref: String
    public var text: String
    public var similarity: Double
    public var sharedPhrase: String
    public var ordinal: Int { Int(key & ((1 << ReuseQuery.ordinalBits) - 1)) }
  }

  /// True for the paragraphs reuse looks at: preambular, operative and subparagraphs; not the title, footnotes, or
  /// the text of a file the parser could not structure.
  public static func isReusable(ref: String) -> Bool {
    guard let parsed = ParagraphRef(ref) else { return ref != SearchableParagraph.plainTextRef }
    return isReusable(parsed)
  }

  public static func isReusable(_ ref: ParagraphRef) -> Bool { !ref.isTitle && !ref.isFootnote }

  /// Every match of the paragraph `anchorKey` (text `anchorText`) in `store`, unordered: the source sorts them, since
  /// it knows the files (`ReuseMatch` order: similarity, then file, then paragraph).
  public static func run(anchorKey: Int64, anchorText: String, store: some ReuseStore) -> [Hit] {
    let anchor = LanguageFingerprint(text: anchorText)
    guard !anchor.fingerprints.isEmpty else { return [] }
    let paragraphs = max(1, store.paragraphCount)

    // Rarest first: how many paragraphs hold each fingerprint (counted no further than the cap), then the postings of
    // those under the cap; boilerplate fingerprints are skipped unless the anchor has nothing else.
    var counts = anchor.fingerprints.map { (fingerprint: $0, count: store.postingCount($0, limit: postingsPerFingerprint + 1)) }
    counts.sort { ($0.count, $0.fingerprint) < ($1.count, $1.fingerprint) }
    let informative = counts.filter { $0.count > 0 && $0.count <= postingsPerFingerprint }
    let used = informative.isEmpty ? Array(counts.prefix(1)) : informative
    var votes: [Int64: Double] = [:]
    for (fingerprint, count) in used {
      // An inverse frequency: a fingerprint few paragraphs hold counts for more.
      let weight = WordRarity.inverseFrequency(count, of: paragraphs)
      for key in store.postings(fingerprint, limit: postingsPerFingerprint) where key != anchorKey {
        votes[key, default: 0] += weight
      }
    }
    let candidates = votes.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
      .prefix(candidatesVerified)

    let rarity = WordRarity(
      wordKeys: anchor.wordKeys, paragraphCount: paragraphs, documentFrequency: store.documentFrequency)
    let prepared = ReuseSimilarity.PreparedAnchor(anchor, rarity: rarity)
    var hits: [Hit] = []
    for (key, _) in candidates {
      guard let (ref, text) = store.paragraph(key), isReusable(ref: ref) else { continue }
      let other = LanguageFingerprint(text: text, keepingWords: false, fingerprinting: false)
      let comparison = ReuseSimilarity.compare(prepared, other)
      guard comparison.isMatch else { continue }
      hits.append(
        Hit(
          key: key, ref: ref, text: text, similarity: comparison.similarity,
          sharedPhrase: ReuseSimilarity.phrase(comparison.run, in: anchor, text: anchorText)))
    }
    return hits
  }
}
