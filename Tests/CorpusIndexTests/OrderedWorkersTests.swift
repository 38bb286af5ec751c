import Foundation
import Synchronization
import Testing

@testable import CorpusIndex

/// The index update's parsing threads (`OrderedWorkers`): results come back in order and whole, chunk by chunk, each
/// with the parameters its chunk was released with, no job runs past what was released, and `stop` waits for them.
@Suite("Ordered workers")
struct OrderedWorkersTests {
  /// What the jobs saw, for the assertions: the highest index started, and the jobs running at once.
  final class Record: Sendable {
    let highestStarted = Mutex(-1)
    let running = Mutex(0)
    let finished = Mutex(0)
  }

  @Test(arguments: [1, 2, 4])
  func resultsComeBackInOrderWithTheirChunksParameters(threads: Int) {
    let record = Record()
    let workers = OrderedWorkers<String, String>(count: 1_003, chunkSize: 100, threads: threads) {
      index, worker, parameters in
      record.highestStarted.withLock { $0 = max($0, index) }
      #expect((0..<threads).contains(worker))
      // Uneven work, so that threads overtake each other.
      if index % 7 == 0 { usleep(200) }
      return "\(parameters):\(index)"
    }
    defer { workers.stop() }
    #expect(workers.chunkCount == 11)
    workers.releaseNextChunk(with: "c0")
    var all: [String] = []
    for chunk in 0..<workers.chunkCount {
      if chunk + 1 < workers.chunkCount { workers.releaseNextChunk(with: "c\(chunk + 1)") }
      let results = workers.take(chunk: chunk)
      #expect(results.count == (chunk == 10 ? 3 : 100))
      // Nothing of the chunks not yet released was started.
      #expect(record.highestStarted.withLock { $0 } < min(1_003, (chunk + 2) * 100))
      all += results
    }
    #expect(all == (0..<1_003).map { "c\($0 / 100):\($0)" })
  }

  @Test func nothingRunsBeforeAChunkIsReleased() {
    let record = Record()
    let workers = OrderedWorkers<Int, Int>(count: 50, chunkSize: 10, threads: 2) { index, _, _ in
      record.highestStarted.withLock { $0 = max($0, index) }
      return index
    }
    defer { workers.stop() }
    usleep(50_000)
    #expect(record.highestStarted.withLock { $0 } == -1)
    workers.releaseNextChunk(with: 0)
    #expect(workers.take(chunk: 0) == Array(0..<10))
    usleep(50_000)
    #expect(record.highestStarted.withLock { $0 } == 9, "a job ran past the released chunk")
  }

  @Test func stopWaitsForTheRunningJobsAndStartsNoMore() {
    let record = Record()
    let workers = OrderedWorkers<Int, Int>(count: 1_000, chunkSize: 1_000, threads: 2) { index, _, _ in
      record.running.withLock { $0 += 1 }
      usleep(2_000)
      record.running.withLock { $0 -= 1 }
      record.finished.withLock { $0 += 1 }
      return index
    }
    workers.releaseNextChunk(with: 0)
    usleep(20_000)
    workers.stop()
    #expect(record.running.withLock { $0 } == 0, "stop returned while a job was running")
    let finished = record.finished.withLock { $0 }
    #expect(finished > 0 && finished < 1_000)
    usleep(20_000)
    #expect(record.finished.withLock { $0 } == finished, "a job started after stop")
  }
}
