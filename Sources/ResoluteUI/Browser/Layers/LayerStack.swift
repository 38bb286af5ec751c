/// The modal layers open over the panes, bottom first. Keys go to the top layer first and down while each lets them
/// pass; the screen is drawn from the panes up. At most one layer of each kind is open: opening one again replaces it
/// and brings it to the top.
struct LayerStack: Sendable {
  /// Bottom first.
  private(set) var layers: [ModalLayer] = []

  var isEmpty: Bool { layers.isEmpty }
  var top: ModalLayer? { layers.last }
  /// The kinds open, bottom first (what tests read to see the order).
  var kinds: [ModalLayer.Kind] { layers.map(\.kind) }

  /// Indices from the top layer down: the order keys travel in.
  var topDown: ReversedCollection<Range<Int>> { layers.indices.reversed() }

  subscript(index: Int) -> ModalLayer {
    get { layers[index] }
    set {
      precondition(newValue.kind == layers[index].kind, "a layer is replaced by one of its kind")
      layers[index] = newValue
    }
  }

  mutating func push(_ layer: ModalLayer) {
    remove(layer.kind)
    layers.append(layer)
  }

  mutating func remove(_ kind: ModalLayer.Kind) { layers.removeAll { $0.kind == kind } }

  func contains(_ kind: ModalLayer.Kind) -> Bool { layers.contains { $0.kind == kind } }

  var help: HelpOverlay? {
    for case .help(let help) in layers { return help }
    return nil
  }

  var prompt: Prompt? {
    for case .prompt(let prompt) in layers { return prompt }
    return nil
  }

  var markKey: MarkKeyLayer? {
    for case .markKey(let markKey) in layers { return markKey }
    return nil
  }

  var longWork: PendingJob? {
    for case .longWork(let job) in layers { return job }
    return nil
  }

  /// Changes the long work waited for, when there is some.
  mutating func updateLongWork(_ change: (inout PendingJob) -> Void) {
    guard let index = layers.firstIndex(where: { $0.kind == .longWork }), case .longWork(var job) = layers[index]
    else { return }
    change(&job)
    layers[index] = .longWork(job)
  }
}
