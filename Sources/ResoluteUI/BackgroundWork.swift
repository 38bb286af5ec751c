import ResolutionKit

/// Long work an application wants done away from the loop that reads keys (opening a very big file, a series over the
/// whole corpus, a corpus-wide search), so that `q` and Esc are read while it runs.
///
/// The UI core stays pure: it only describes the work. The backend runs `run` on a thread of its own and hands what it
/// returns back with `TerminalApplication.complete(_:)`; the core drops an outcome whose `id` it no longer waits for.
public struct PendingWork: Sendable {
  /// Grows with each piece of work the application asks for.
  public let id: Int
  /// What is being computed, for people (`opening big.txt`).
  public let label: String
  /// Does the work; may take long, touches no terminal and no application state. It runs under `cancellation`,
  /// which the application cancels when it no longer waits for the outcome (Esc, `q`): the long loops then stop early.
  public let run: @Sendable () -> WorkOutcome
  /// Cancelled by the application when it drops the work; the backend need not do anything with it.
  public let cancellation: WorkCancellation
}

/// The result of a `PendingWork`, for `TerminalApplication.complete(_:)`.
public struct WorkOutcome: Sendable {
  public let id: Int
  let result: PreparedResult
  /// The work saw its cancellation and stopped before its end: the result is partial (and dropped).
  public let stoppedEarly: Bool
}

/// A result computed apart, and what it was computed for: the key being handled asks for it again by `key`.
struct PreparedResult: Sendable {
  enum Key: Hashable, Sendable {
    /// The page for a location, laid out at a width.
    case page(Location, width: Int)
    /// The series of a file (else of an id) at a revision of the source's list.
    case series(file: String?, id: ResolutionID?, revision: Int)
    /// A corpus-wide search.
    case search(String)
    /// The rest of a corpus-wide search's results, past the first ones.
    case moreSearchResults(String)
    /// The ids and files close to one that names nothing ("did you mean"): an edit distance to every row of the list.
    case suggestions(String)
  }

  let key: Key
  let value: any Sendable
}
