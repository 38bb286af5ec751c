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
}

/// What waits for long work: a key, or the target the browser was started at (`--open`), opened once the first
/// screen is shown.
enum PendingAction: Sendable {
  case key(Key)
  case openAtStart(String)
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
    guard let job = pendingJob else { return nil }
    let (id, work, cancellation) = (job.id, job.work, job.cancellation)
    return PendingWork(
      id: id, label: job.label,
      run: {
        let result = WorkCancellation.$current.withValue(cancellation) { work() }
        return WorkOutcome(id: id, result: result, stoppedEarly: cancellation.stoppedWork)
      }, cancellation: cancellation)
  }

  public mutating func handle(_ key: Key) -> ApplicationResponse {
    if pendingJob != nil { return handleWhilePending(key) }
    return perform(.key(key), prepared: [])
  }

  /// The long work is done: the key that waited for it is handled again with its result, then the keys pressed
  /// meanwhile. An outcome of work that was cancelled (or replaced) is dropped.
  public mutating func complete(_ outcome: WorkOutcome) -> ApplicationResponse {
    guard let job = pendingJob, job.id == outcome.id else { return .none }
    pendingJob = nil
    if perform(job.action, prepared: job.prepared + [outcome.result]) == .quit { return .quit }
    for key in job.queued {
      if pendingJob != nil {
        pendingJob?.queued.append(key)
      } else if handle(key) == .quit {
        return .quit
      }
    }
    return .redraw
  }

  /// Handles `key`; when it meets long work that may be deferred, undoes it and makes it wait for that work.
  mutating func perform(_ action: PendingAction, prepared: [PreparedResult]) -> ApplicationResponse {
    guard defersLongWork else { return performNow(action) }
    let before = self
    keyWork = KeyWork(canDefer: true, prepared: prepared)
    let response = performNow(action)
    let deferred = keyWork.deferred
    keyWork = KeyWork()
    guard let deferred else { return response }
    let id = lastJobID + 1
    self = before
    lastJobID = id
    pendingJob = PendingJob(id: id, action: action, label: deferred.label, work: deferred.work, prepared: prepared)
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

  /// A key while long work runs: Esc cancels it, the quit key quits, the terminal's own events are handled, and other
  /// keys wait for the work (a few dozen at most).
  private mutating func handleWhilePending(_ key: Key) -> ApplicationResponse {
    switch key {
    case .resize, .redraw, .tick:
      return handleNow(key)
    case .escape:
      let label = pendingJob?.label ?? ""
      pendingJob?.cancellation.cancel()
      pendingJob = nil
      // The prompt the work came from (`:`, `F`, `d`) closes too, as Esc closes it, so the reader sees it stopped.
      prompt = nil
      message = "Cancelled \(label)"
      return .redraw
    default:
      if keymap.command(for: key) == .quit {
        // The process ends without waiting for the work; told to stop, it frees the CPU meanwhile.
        pendingJob?.cancellation.cancel()
        return .quit
      }
      if let queued = pendingJob?.queued.count, queued < Self.queuedKeyLimit { pendingJob?.queued.append(key) }
      return .none
    }
  }

  /// The result of long work for `key`: ready when it was computed apart for the key being handled; otherwise computed
  /// now, or (when it may be deferred) nil, the key then waiting for `compute` to run apart.
  mutating func longWork<Value: Sendable>(
    _ key: PreparedResult.Key, label: String, _ compute: @escaping @Sendable () -> Value
  ) -> Value? {
    if let ready = keyWork.prepared.last(where: { $0.key == key }), let value = ready.value as? Value { return value }
    guard keyWork.deferred == nil else { return nil }
    guard keyWork.canDefer else { return compute() }
    keyWork.deferred = (label, { PreparedResult(key: key, value: compute()) })
    return nil
  }
}
