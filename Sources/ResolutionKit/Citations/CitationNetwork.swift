/// The citation graph reduced to who cites whom, one node per resolution, for listing and drawing.
///
/// A resolution held by two files (same id) is one node listing both files; a file without a number is a node of its
/// own, named by its display placeholder; a cited resolution absent from the corpus is a node without files.
public struct CitationNetwork: Sendable {
  public struct Node: Hashable, Sendable {
    /// `GA 55/64`, or the placeholder `ECOSOC [file.txt]` of a file without a number.
    public var key: String
    public var id: ResolutionID?
    /// The files holding it, in corpus order; empty when it is cited but absent.
    public var files: [String]
    public var title: String?
    public var isPresent: Bool { !files.isEmpty }
  }

  public struct Link: Hashable, Sendable {
    public var from: String
    public var to: String
    /// How many citations make this link (a resolution often cites another in several paragraphs).
    public var citations: Int
  }

  /// Present resolutions by id, then files without a number, then absent resolutions by id.
  public private(set) var nodes: [Node] = []
  /// Every citing -> cited pair once, in the order of `nodes`.
  public private(set) var links: [Link] = []

  public init(corpus: Corpus, graph: CitationGraph? = nil) {
    let graph = graph ?? CitationGraph(corpus: corpus)
    var citations: [String: [ResolutionID: Int]] = [:]
    for (file, edges) in graph.outgoingByFile {
      for target in edges.compactMap({ $0.citation.target?.resolution }) {
        citations[file, default: [:]][target, default: 0] += 1
      }
    }
    self.init(
      summaries: corpus.resolutions.map(ResolutionSummary.init), absent: graph.absentResolutions.map(\.id),
      citationsByFile: citations)
  }

  /// The network from what a source lists: its resolutions in corpus order, the cited-but-absent ids, and how many
  /// times each file cites each resolution (what an index keeps, without reading the texts again).
  public init(summaries: [ResolutionSummary], absent: [ResolutionID], citationsByFile: [String: [ResolutionID: Int]]) {
    var present: [ResolutionID: Node] = [:]
    var unnumbered: [Node] = []
    var keyByFile: [String: String] = [:]
    for resolution in summaries {
      if let id = resolution.id {
        // Only the first file of a duplicated id speaks for the node: the others are the same text.
        if present[id] == nil { keyByFile[resolution.file] = id.description }
        present[id, default: Node(key: id.description, id: id, files: [], title: resolution.title)].files.append(
          resolution.file)
      } else {
        unnumbered.append(Node(key: resolution.displayID, id: nil, files: [resolution.file], title: resolution.title))
        keyByFile[resolution.file] = resolution.displayID
      }
    }
    let absentNodes = absent.sorted().map { Node(key: $0.description, id: $0, files: [], title: nil) }
    nodes = present.values.sorted { $0.id! < $1.id! } + unnumbered.sorted { $0.files[0] < $1.files[0] } + absentNodes

    let order = Dictionary(
      nodes.enumerated().map { ($0.element.key, $0.offset) }, uniquingKeysWith: { first, _ in first })
    var counts: [String: [String: Int]] = [:]
    for (file, targets) in citationsByFile {
      guard let from = keyByFile[file] else { continue }
      for (target, times) in targets {
        let to = target.description
        guard to != from else { continue }
        counts[from, default: [:]][to, default: 0] += times
      }
    }
    // Each link's place looked up once, not in every comparison of the sort.
    links = counts.flatMap { from, targets in
      targets.map { to, times in
        (place: (order[from] ?? .max, order[to] ?? .max), link: Link(from: from, to: to, citations: times))
      }
    }.sorted { $0.place < $1.place }.map(\.link)
  }

  /// The node with this key.
  public func node(_ key: String) -> Node? { nodes.first { $0.key == key } }

  /// Graphviz DOT: present resolutions as filled boxes, absent ones as dashed grey ellipses, edges labelled with the
  /// number of citations when more than one.
  public var dot: String {
    var out = "digraph citations {\n  rankdir=LR;\n  node [fontname=\"Helvetica\", fontsize=10];\n"
    out += "  edge [color=\"#555555\", fontsize=9];\n"
    for node in nodes {
      var attributes: [String]
      if node.isPresent {
        attributes = ["shape=box", "style=\"filled,rounded\"", "fillcolor=\"#dbe9f7\"", "color=\"#1f4e79\""]
        if let title = node.title { attributes.append("tooltip=\(Self.quoted(title))") }
      } else {
        attributes = ["shape=ellipse", "style=dashed", "color=\"#888888\"", "fontcolor=\"#555555\""]
        attributes.append("tooltip=\"not in the corpus\"")
      }
      out += "  \(Self.quoted(node.key)) [\(attributes.joined(separator: ", "))];\n"
    }
    for link in links {
      let label = link.citations > 1 ? " [label=\"\(link.citations)\"]" : ""
      out += "  \(Self.quoted(link.from)) -> \(Self.quoted(link.to))\(label);\n"
    }
    out += "}\n"
    return out
  }

  /// A DOT string: quotes and backslashes escaped, line breaks as spaces, other control characters shown as `<U+001B>`
  /// so that nothing from a file can disturb the terminal or the DOT reader.
  static func quoted(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n", "\r", "\t": out += " "
      default:
        if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
          let hex = String(scalar.value, radix: 16, uppercase: true)
          out += "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }
}
