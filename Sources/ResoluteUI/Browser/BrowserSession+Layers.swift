import ResolutionKit

/// The modal layers over the panes (`layers`): a key goes to the top layer first and down while each lets it pass, and
/// reaches the panes (`handleInPanes`) only when every layer has; the screen is drawn from the panes up. Each layer's
/// component handles the key itself; what it asks of the rest of the browser is done here.
extension BrowserSession {
  /// Passes `key` down the stack of layers to the panes, stopping at the layer that consumes it.
  mutating func dispatch(_ key: Key) -> ApplicationResponse {
    for index in layers.topDown {
      if case .consumed(let response) = handle(key, inLayerAt: index) { return response }
    }
    return handleInPanes(key)
  }

  private mutating func handle(_ key: Key, inLayerAt index: Int) -> LayerResponse {
    switch layers[index] {
    case .help(var help):
      switch help.handle(key, keymap: keymap, screenHeight: height) {
      case .passed: return .ignored
      case .unused: return .consumed(.none)
      case .closed:
        layers.remove(.help)
      case .scrolled:
        layers[index] = .help(help)
      }
      return .consumed(.redraw)
    case .prompt(let prompt):
      return handle(key, in: prompt, at: index)
    case .markKey(let markKey):
      return handle(key, in: markKey)
    case .longWork(var job):
      switch job.handle(key, keymap: keymap, limit: Self.queuedKeyLimit) {
      case .passed: return .ignored
      case .quit: return .consumed(.quit)
      case .held:
        layers[index] = .longWork(job)
        return .consumed(.none)
      case .cancelled:
        layers.remove(.longWork)
        // The prompt the work came from (`:`, `F`, `d`) closes too, as Esc closes it, so the reader sees it stopped.
        layers.remove(.prompt)
        message = "Cancelled \(job.label)"
        return .consumed(.redraw)
      }
    }
  }

  private mutating func handle(_ key: Key, in prompt: Prompt, at index: Int) -> LayerResponse {
    var prompt = prompt
    let outcome = prompt.handle(key, history: promptHistory.lines(for: prompt.kind))
    if outcome == .passed { return .ignored }
    message = nil
    switch outcome {
    case .passed: return .ignored
    case .unused: return .consumed(.none)
    case .cancelled:
      layers.remove(.prompt)
      if prompt.kind == .filter { list.filter = "" }
      refresh()
      return .consumed(.redraw)
    case .entered:
      layers.remove(.prompt)
      promptHistory.add(prompt.text, for: prompt.kind)
      promptHistoryRevision += 1
      if prompt.kind == .goto, ["q", "q!", "quit", "qa", "x", "wq"].contains(prompt.text.trimmedSpaces) {
        rememberPosition()
        return .consumed(.quit)
      }
      submit(prompt)
      refresh()
      return .consumed(.redraw)
    case .completionWanted:
      complete(&prompt)
    case .listSelectionMoved(let step):
      list.move(by: step)
    case .historyEnd(let up):
      message = up ? "No earlier \(prompt.leader.trimmedSpaces) line" : "The newest line"
    case .edited:
      break
    }
    layers[index] = .prompt(prompt)
    if prompt.kind == .filter { list.filter = prompt.text }
    refresh()
    return .consumed(.redraw)
  }

  private mutating func handle(_ key: Key, in markKey: MarkKeyLayer) -> LayerResponse {
    let outcome = markKey.handle(key)
    if outcome == .passed { return .ignored }
    layers.remove(.markKey)
    message = nil
    switch outcome {
    case .passed: return .ignored
    case .gaveUp(let why):
      message = why
      return .consumed(.redraw)
    case .setMark(let name): setMark(name)
    case .jumpToMark(let name): jumpToMark(name)
    case .toggleLastPlace: toggleLastPlace()
    }
    refresh()
    return .consumed(.redraw)
  }

  // MARK: - Drawing

  /// The status line as the layers leave it, from the panes' content up.
  var statusContent: StatusLinePane.Content { statusShaped(paneStatusContent) }

  /// `content` (the panes' status) as the layers leave it.
  func statusShaped(_ content: StatusLinePane.Content) -> StatusLinePane.Content {
    var content = content
    for layer in layers.layers { shapeStatus(&content, by: layer) }
    return content
  }

  /// What `layer` shows on the status line, over what the layers beneath it show there: a prompt its line, a mark key
  /// what it waits for, long work what it computes (over the prompt it came from). False when the layer leaves the
  /// status line alone.
  @discardableResult
  func shapeStatus(_ content: inout StatusLinePane.Content, by layer: ModalLayer) -> Bool {
    switch layer {
    case .help:
      return false
    case .prompt(let prompt):
      content.prompt = prompt.leader + prompt.text
      content.promptCursor = prompt.leader.count + prompt.cursor
    case .markKey(let markKey):
      content.prompt = nil
      content.promptCursor = nil
      content.message = markKey.statusMessage
    case .longWork(let job):
      let glyph = capabilities.unicode ? "…" : "..."
      content.prompt = nil
      content.promptCursor = nil
      content.message = "\(job.label)\(glyph) (Esc cancels)"
    }
    return true
  }

  /// Draws the layers over the panes and over the status line already drawn from `status` in `statusRect`, bottom
  /// layer first.
  func renderLayers(status: StatusLinePane.Content, in statusRect: Rect?, into buffer: inout ScreenBuffer) {
    var status = status
    for layer in layers.layers {
      if shapeStatus(&status, by: layer), let statusRect {
        StatusLinePane.render(status, in: statusRect, into: &buffer, presentation: presentation)
      }
      if case .help(let help) = layer {
        help.render(
          keymap.help, in: Rect(x: 0, y: 0, width: buffer.width, height: max(0, buffer.height - 1)), into: &buffer,
          presentation: presentation)
      }
    }
  }
}
