/// A modal layer over the panes: the help overlay, a prompt, a key waiting for a mark's name, long work running apart.
/// Keys pass through the `LayerStack` from the top down (helix's compositor); each layer consumes a key or lets it
/// pass to the one below, and the panes are the base under every layer. Each case holds the component that owns the
/// layer's state and handles its keys.
enum ModalLayer: Sendable {
  /// `?`: the keys, in a box over the panes.
  case help(HelpOverlay)
  /// A line typed on the status line (`/`, `:`, `F`, `d`, `|`).
  case prompt(Prompt)
  /// `m` or `'` pressed, waiting for the mark's name.
  case markKey(MarkKeyLayer)
  /// A key waiting for long work run apart, and the keys pressed meanwhile.
  case longWork(PendingJob)

  enum Kind: Hashable, Sendable, CaseIterable {
    case help, prompt, markKey, longWork
  }

  var kind: Kind {
    switch self {
    case .help: .help
    case .prompt: .prompt
    case .markKey: .markKey
    case .longWork: .longWork
    }
  }
}

/// What a layer did with a key: consumed it (the layers below and the panes never see it), or let it pass down.
enum LayerResponse: Hashable, Sendable {
  case consumed(ApplicationResponse)
  case ignored
}

extension Key {
  /// The terminal's own events (a new size, a redraw, the clock): not the reader's keys, so they pass through every
  /// layer to the panes.
  var isTerminalEvent: Bool {
    switch self {
    case .resize, .redraw, .tick: true
    default: false
    }
  }
}
