import Synchronization

/// Asks long work to stop (issue 16): the browser's Esc and `q` cancel the work they no longer wait for, and the long
/// loops (the parser over a big file, a series over many citations, a search over a corpus in memory, counting what
/// cites a resolution) look at it every `checkInterval` items and return what they have so far, so the work ends and
/// its memory is freed soon after, instead of running to its end unseen.
///
/// The token is ambient: work runs `WorkCancellation.$current.withValue(token) { … }` and the loops read
/// `WorkCancellation.isCurrentCancelled`, so the layers in between (a source, a page builder) need not carry it. Work
/// run without a token (the CLI, tests) is never cancelled. A cancelled result is partial: it is dropped by whoever
/// cancelled it and never cached (`IndexedCorpus` does not keep a resolution parsed under a cancelled token).
public final class WorkCancellation: Sendable {
  private let cancelled = Atomic<Bool>(false)
  private let observed = Atomic<Bool>(false)

  public init() {}

  /// The token of the work running on this thread, if any.
  @TaskLocal public static var current: WorkCancellation?

  /// How many items a long loop handles between two looks at the token: cheap enough to be unnoticed, often enough
  /// that a cancelled loop stops within milliseconds.
  public static let checkInterval = 256

  public func cancel() { cancelled.store(true, ordering: .relaxed) }

  public var isCancelled: Bool { cancelled.load(ordering: .relaxed) }

  /// True once a loop saw the cancellation and stopped early: the work's result is partial.
  public var stoppedWork: Bool { observed.load(ordering: .relaxed) }

  /// Whether the work running on this thread was cancelled; a loop that sees true stops (and the token remembers it).
  public static var isCurrentCancelled: Bool {
    guard let token = current, token.isCancelled else { return false }
    token.observed.store(true, ordering: .relaxed)
    return true
  }

  /// `isCurrentCancelled`, looked at only every `checkInterval`-th `item` (the loop's counter), so hot loops pay for
  /// one modulo most of the time.
  @inline(__always)
  public static func shouldStop(at item: Int) -> Bool {
    item % checkInterval == 0 && isCurrentCancelled
  }
}
