import ResoluteUI

extension ReaderState {
  /// Files kept relative to the corpus folder, so the same corpus opened as `corpus` or `/home/me/corpus` shares its
  /// marks.
  public func relative(to root: String) -> ReaderState {
    mapFiles { file in
      let prefix = root.hasSuffix("/") ? root : root + "/"
      return file.hasPrefix(prefix) ? String(file.dropFirst(prefix.count)) : file
    }
  }

  /// The inverse of `relative(to:)`: files as the corpus source lists them.
  public func resolved(against root: String) -> ReaderState {
    mapFiles { file in
      file.hasPrefix("/") ? file : (root.hasSuffix("/") ? root : root + "/") + file
    }
  }

  private func mapFiles(_ transform: (String) -> String) -> ReaderState {
    func map(_ place: SavedPlace) -> SavedPlace {
      var place = place
      place.file = place.file.map(transform)
      return place
    }
    return ReaderState(marks: marks.mapValues(map), recent: recent.map(map))
  }
}
