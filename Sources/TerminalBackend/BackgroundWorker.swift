import Foundation
import ResoluteUI

/// Runs an application's `PendingWork` on a thread of its own, so the key loop goes on reading keys (`q`, Esc) while
/// it runs. The thread cannot be stopped from outside: work the application no longer waits for finishes unseen, and
/// its outcome is dropped by the application.
final class BackgroundWorker: @unchecked Sendable {
  /// The work last started.
  var runningID: Int? {
    condition.lock()
    defer { condition.unlock() }
    return running
  }
  private var running: Int?
  private let condition = NSCondition()
  private var outcome: WorkOutcome?

  /// Starts `work` unless it is the one already started.
  func start(_ work: PendingWork) {
    condition.lock()
    defer { condition.unlock() }
    guard work.id != running else { return }
    running = work.id
    outcome = nil
    let thread = Thread { [self] in
      let result = work.run()
      condition.lock()
      if running == result.id { outcome = result }
      condition.broadcast()
      condition.unlock()
    }
    thread.name = "resolute-work-\(work.id)"
    thread.stackSize = 64 << 20  // the parser and the layout run here as they would on the main thread
    thread.start()
  }

  /// The outcome of the work last started once it is done, waiting for it at most `seconds`.
  func take(waiting seconds: Double = 0) -> WorkOutcome? {
    condition.lock()
    defer { condition.unlock() }
    let deadline = Date().addingTimeInterval(seconds)
    while outcome == nil, seconds > 0, condition.wait(until: deadline) {}
    defer { outcome = nil }
    return outcome
  }
}
