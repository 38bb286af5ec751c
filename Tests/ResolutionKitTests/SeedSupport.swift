import ResolutionKit

/// The bundled corpus, read from the repository (the real files, byte for byte copies of the seeds).
enum Seeds {
  static let corpusFolder: String = {
    var path = #filePath
    for _ in 0..<3 { path = String(path[..<path.lastIndex(of: "/")!]) }
    return path + "/corpus"
  }()

  static let files = [
    "ccpcj-5-2-technical-cooperation.txt",
    "ecosoc-1992-22-operational-activities.txt",
    "ecosoc-2002-17-international-cooperation.txt",
    "ecosoc-2004-technical-cooperation-capacity.txt",
    "ga-55-64-strengthening-the-programme.txt",
  ]

  static func bytes(_ index: Int) -> [UInt8] {
    readFile(corpusFolder + "/" + files[index])
  }

  static func text(_ index: Int) -> String { String(decoding: bytes(index), as: UTF8.self) }

  static func parse(_ index: Int) -> Resolution {
    ResolutionParser().parse(bytes(index), file: "corpus/" + files[index])
  }

  static func readFile(_ path: String) -> [UInt8] {
    guard let handle = fopen(path, "rb") else { fatalError("cannot open \(path)") }
    defer { fclose(handle) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
      let count = fread(&buffer, 1, buffer.count, handle)
      if count <= 0 { break }
      bytes.append(contentsOf: buffer[0..<count])
    }
    return bytes
  }
}

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A readable dump of a parsed resolution, for failure messages and for eyeballing the parser.
func dump(_ r: Resolution) -> String {
  var out = "id=\(r.id?.description ?? "nil") body=\(r.body?.key ?? "nil") number=\(r.number ?? "nil")\n"
  out += "title@\(r.titleLine ?? 0)=\(r.title ?? "nil")\nadopted=\(r.adopted?.iso ?? "nil") meeting=\(r.meeting ?? "nil")\n"
  for p in r.preamble { out += "\(p.ref)@\(p.line) [\(p.verb)] \(p.text)\n" }
  for s in r.sections { out += "SECTION \(s.number)@\(s.line): \(s.heading)\n" }
  for o in r.operative {
    out += "\(o.ref)@\(o.line) [\(o.verb)] \(o.text)\n"
    for s in o.subparagraphs { out += "    \(s.ref)@\(s.line) \(s.text)\n" }
  }
  for f in r.footnotes { out += "FN ref \(f.marker) in \(f.ref)@\(f.line)+\(f.offset): \(f.text ?? "nil")\n" }
  for f in r.footnoteTexts { out += "FN text \(f.marker)@\(f.line): \(f.text)\n" }
  for w in r.warnings { out += "W \(w)\n" }
  return out
}
