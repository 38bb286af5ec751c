import ResolutionKit

/// Long work apart from the key loop. A key whose handling meets long work (`longWork`) is undone, the work is handed
/// to the backend as `pendingWork`, and the key is handled again when the result comes back (`complete`), with the
/// result ready. Meanwhile the state is the one before the key: Esc drops the work and leaves everything as it was
/// (closing the prompt the key came from), the quit key quits, other keys wait their turn.
struct PendingJob: Sendable {
  let id: Int
  /// What to do again once the work is done: the key, or the start's `--open`.
  let action: PendingAction
  let label: String
  let work: @Sendable () -> PreparedResult
  /// Cancelled when the session stops waiting for the work, so the work stops too.
  let cancellation = WorkCancellation()
  /// Results of earlier work for the same key (a search, then the first result's page).
  let prepared: [PreparedResult]
  /// Keys pressed meanwhile, handled in order after it.
  var queued: [Key] = []

  /// What a key does while the work runs.
  enum Outcome: Hashable, Sendable {
    /// A terminal event: passes down (the screen is resized and drawn as ever).
    case passed
    /// Esc: the work is dropped.
    case cancelled
    /// The quit key quits at once.
    case quit
    /// Any other key waits for the work (kept when fewer than `limit` wait already).
    case held
  }

  mutating func handle(_ key: Key, keymap: Keymap, limit: Int) -> Outcome {
    if key.isTerminalEvent { return .passed }
    if key == .escape {
      cancellation.cancel()
      return .cancelled
    }
    if keymap.command(for: key) == .quit {
      // The process ends without waiting for the work; told to stop, it frees the CPU meanwhile.
      cancellation.cancel()
      return .quit
    }
    if queued.count < limit { queued.append(key) }
    return .held
  }
}

/// What waits for long work: a key, or the target the browser was started at (`--open`), opened once the first
/// screen is shown.
enum PendingAction: Sendable {
  case key(Key)
  case openAtStart(String)
}

/// How long work met while a key is handled is done: at once, or handed to the backend to run apart.
struct WorkDeferral: Sendable {
  /// Set by a backend that runs `pendingWork` on a thread of its own; off, everything is done during the key.
  var isOn = false
  /// The id of the last work handed out (an outcome for another id is dropped).
  var lastJobID = 0
  /// While a key is handled: whether long work may be deferred, the work asked for, the results ready for the key.
  var keyWork = KeyWork()
}

/// What the handling of one key may do with long work.
struct KeyWork: Sendable {
  /// Long work may be handed to the backend rather than done now.
  var canDefer = false
  /// The long work this key met first (the key is undone and waits for it).
  var deferred: (label: String, work: @Sendable () -> PreparedResult)?
  /// Results computed apart for this key.
  var prepared: [PreparedResult] = []
}

extension BrowserSession {
  /// How many keys pressed during long work are kept to be handled after it.
  static let queuedKeyLimit = 64

  public var pendingWork: PendingWork? {
    guard let job = layers.longWork else { return nil }
    let (id, work, cancellation) = (job.id, job.work, job.cancellation)
    return PendingWork(
      id: id, label: job.label,
      run: {
        let result = WorkCancellation.$current.withValue(cancellation) { work() }
        return WorkOutcome(id: id, result: result, stoppedEarly: cancellation.stoppedWork)
      }, cancellation: cancellation)
  }

  public mutating func handle(_ key: Key) -> ApplicationResponse {
    // While long work runs its layer holds the reader's keys and the terminal's events are handled at once: nothing
    // more is deferred.
    if layers.contains(.longWork) { return handleNow(key) }
    return perform(.key(key), prepared: [])
  }

  /// The long work is done: the key that waited for it is handled again with its result, then the keys pressed
  /// meanwhile. An outcome of work that was cancelled (or replaced) is dropped.
  public mutating func complete(_ outcome: WorkOutcome) -> ApplicationResponse {
    guard let job = layers.longWork, job.id == outcome.id else { return .none }
    layers.remove(.longWork)
    if perform(job.action, prepared: job.prepared + [outcome.result]) == .quit { return .quit }
    for key in job.queued {
      if layers.contains(.longWork) {
        layers.updateLongWork { $0.queued.append(key) }
      } else if handle(key) == .quit {
        return .quit
      }
    }
    return .redraw
  }

  /// Does `action` (handles a key); when it meets long work that may be deferred, undoes it and makes it wait for that
  /// work.
  mutating func perform(_ action: PendingAction, prepared: [PreparedResult]) -> ApplicationResponse {
    guard deferral.isOn else { return performNow(action) }
    let before = self
    deferral.keyWork = KeyWork(canDefer: true, prepared: prepared)
    let response = performNow(action)
    let deferred = deferral.keyWork.deferred
    deferral.keyWork = KeyWork()
    guard let deferred else { return response }
    let id = deferral.lastJobID + 1
    self = before
    deferral.lastJobID = id
    layers.push(
      .longWork(PendingJob(id: id, action: action, label: deferred.label, work: deferred.work, prepared: prepared)))
    return .redraw
  }

  private mutating func performNow(_ action: PendingAction) -> ApplicationResponse {
    switch action {
    case .key(let key):
      return handleNow(key)
    case .openAtStart(let target):
      openAtStartNow(target)
      return .redraw
    }
  }

  /// The result of long work for `key`: ready when it was computed apart for the key being handled; otherwise computed
  /// now, or (when it may be deferred) nil, the key then waiting for `compute` to run apart.
  mutating func longWork<Value: Sendable>(
    _ key: PreparedResult.Key, label: String, _ compute: @escaping @Sendable () -> Value
  ) -> Value? {
    if let ready = deferral.keyWork.prepared.last(where: { $0.key == key }), let value = ready.value as? Value {
      return value
    }
    guard deferral.keyWork.deferred == nil else { return nil }
    guard deferral.keyWork.canDefer else { return compute() }
    deferral.keyWork.deferred = (label, { PreparedResult(key: key, value: compute()) })
    return nil
  }
}
