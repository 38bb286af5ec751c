/// The longest common subsequence of two integer sequences, by Myers' O((N+M)·D) algorithm in its linear-space form
/// (divide and conquer on the "middle snake"), so two long, very different paragraphs cost neither quadratic memory
/// nor quadratic time when they share little.
enum CommonSubsequence {
  /// One matched element: `old[oldIndex] == new[newIndex]`.
  struct Match: Hashable, Sendable {
    var oldIndex: Int
    var newIndex: Int
  }

  /// The matches of a longest common subsequence, in increasing order of both indices.
  static func matches(_ old: [Int], _ new: [Int]) -> [Match] {
    // Elements that occur on one side only can never match; dropping them first (as GNU diff does) shrinks the
    // problem, and turns "two unrelated texts" into an empty one.
    let newElements = Set(new), oldElements = Set(old)
    let oldKept = old.indices.filter { newElements.contains(old[$0]) }
    let newKept = new.indices.filter { oldElements.contains(new[$0]) }
    let oldSequence = oldKept.map { old[$0] }, newSequence = newKept.map { new[$0] }
    let size = 2 * (oldSequence.count + newSequence.count) + 3
    var forward = [Int](repeating: 0, count: size), backward = [Int](repeating: 0, count: size)
    // The inner loops run on buffer pointers: array accesses there cost several times more, most of all in debug builds.
    let found = oldSequence.withUnsafeBufferPointer { oldBuffer in
      newSequence.withUnsafeBufferPointer { newBuffer in
        forward.withUnsafeMutableBufferPointer { forwardBuffer in
          backward.withUnsafeMutableBufferPointer { backwardBuffer in
            var search = Search(old: oldBuffer, new: newBuffer, forward: forwardBuffer, backward: backwardBuffer)
            search.solve(oldRange: 0..<oldBuffer.count, newRange: 0..<newBuffer.count)
            return search.found
          }
        }
      }
    }
    return found.map { Match(oldIndex: oldKept[$0.oldIndex], newIndex: newKept[$0.newIndex]) }
  }

  /// The working state of one search: the two sequences, the furthest-reaching arrays (`2(N+M)+3` entries each)
  /// and the matches so far.
  private struct Search {
    let old: UnsafeBufferPointer<Int>
    let new: UnsafeBufferPointer<Int>
    let forward: UnsafeMutableBufferPointer<Int>
    let backward: UnsafeMutableBufferPointer<Int>
    var found: [Match] = []

    init(
      old: UnsafeBufferPointer<Int>, new: UnsafeBufferPointer<Int>, forward: UnsafeMutableBufferPointer<Int>,
      backward: UnsafeMutableBufferPointer<Int>
    ) {
      self.old = old
      self.new = new
      self.forward = forward
      self.backward = backward
    }

    /// Appends the matches of an LCS of `old[oldRange]` and `new[newRange]` to `found`, in order.
    mutating func solve(oldRange: Range<Int>, newRange: Range<Int>) {
      var oldLow = oldRange.lowerBound, oldHigh = oldRange.upperBound
      var newLow = newRange.lowerBound, newHigh = newRange.upperBound
      while oldLow < oldHigh, newLow < newHigh, old[oldLow] == new[newLow] {
        found.append(Match(oldIndex: oldLow, newIndex: newLow))
        oldLow += 1
        newLow += 1
      }
      var suffix = 0
      while oldLow < oldHigh - suffix, newLow < newHigh - suffix, old[oldHigh - suffix - 1] == new[newHigh - suffix - 1] {
        suffix += 1
      }
      oldHigh -= suffix
      newHigh -= suffix
      if oldLow < oldHigh, newLow < newHigh {
        let snake = middleSnake(oldLow: oldLow, oldHigh: oldHigh, newLow: newLow, newHigh: newHigh)
        solve(oldRange: oldLow..<snake.startOld, newRange: newLow..<snake.startNew)
        for step in 0..<(snake.endOld - snake.startOld) {
          found.append(Match(oldIndex: snake.startOld + step, newIndex: snake.startNew + step))
        }
        solve(oldRange: snake.endOld..<oldHigh, newRange: snake.endNew..<newHigh)
      }
      for step in 0..<suffix {
        found.append(Match(oldIndex: oldHigh + step, newIndex: newHigh + step))
      }
    }

    /// A diagonal run of matches that lies on some shortest edit path, found by searching from both ends at once.
    /// Called only when both ranges are non-empty and differ in their first and last elements, so the edit
    /// distance is at least 2 and both halves around the snake are strictly smaller problems.
    private mutating func middleSnake(oldLow: Int, oldHigh: Int, newLow: Int, newHigh: Int)
      -> (startOld: Int, startNew: Int, endOld: Int, endNew: Int)
    {
      let n = oldHigh - oldLow, m = newHigh - newLow
      let delta = n - m
      let odd = delta & 1 != 0
      let offset = n + m + 1  // index of diagonal 0 in the arrays
      let limit = (n + m + 1) / 2
      forward[offset + 1] = 0
      backward[offset + 1] = 0
      for d in 0...limit {
        // Forward: furthest x reached on diagonal k = x - y with d edits.
        var k = -d
        while k <= d {
          var x: Int
          if k == -d || (k != d && forward[offset + k - 1] < forward[offset + k + 1]) {
            x = forward[offset + k + 1]
          } else {
            x = forward[offset + k - 1] + 1
          }
          var y = x - k
          let startX = x, startY = y
          while x < n, y < m, old[oldLow + x] == new[newLow + y] {
            x += 1
            y += 1
          }
          forward[offset + k] = x
          // Backward diagonal c runs over the reversed sequences; forward k corresponds to c = delta - k.
          let c = delta - k
          if odd, c >= -(d - 1), c <= d - 1, x + backward[offset + c] >= n {
            return (oldLow + startX, newLow + startY, oldLow + x, newLow + y)
          }
          k += 2
        }
        // Backward: furthest x reached from the ends, on the reversed sequences.
        var c = -d
        while c <= d {
          var x: Int
          if c == -d || (c != d && backward[offset + c - 1] < backward[offset + c + 1]) {
            x = backward[offset + c + 1]
          } else {
            x = backward[offset + c - 1] + 1
          }
          var y = x - c
          let startX = x, startY = y
          while x < n, y < m, old[oldHigh - 1 - x] == new[newHigh - 1 - y] {
            x += 1
            y += 1
          }
          backward[offset + c] = x
          let k = delta - c
          if !odd, k >= -d, k <= d, x + forward[offset + k] >= n {
            return (oldHigh - x, newHigh - y, oldHigh - startX, newHigh - startY)
          }
          c += 2
        }
      }
      // Unreachable: the searches always meet by d = ceil((n + m) / 2).
      preconditionFailure("middle snake not found")
    }
  }
}
