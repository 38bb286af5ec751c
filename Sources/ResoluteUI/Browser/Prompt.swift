/// A line being typed on the status line.
struct Prompt: Hashable, Sendable {
  enum Kind: Hashable, Sendable {
    /// `/` in the list: filters as you type.
    case filter
    /// `/` in the viewer: finds on Enter.
    case find
    /// `:` go to an id.
    case goto
    /// `F`: search every paragraph of the corpus, on Enter.
    case searchAll
    /// `d`: the resolution to compare the shown one with (its predecessor already typed).
    case compare
  }

  var kind: Kind
  var text = ""

  var leader: String {
    switch kind {
    case .filter, .find: "/"
    case .goto: ":"
    case .searchAll: "Search all: "
    case .compare: "Compare with: "
    }
  }
}
