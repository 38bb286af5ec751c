/// The longest strictly increasing subsequence of a sequence of integers (patience sorting, O(n log n)).
enum IncreasingSubsequence {
  /// Positions in `values` of one longest strictly increasing subsequence, in increasing order. Among equally long
  /// ones it keeps the one that ends on the smallest values, so a single element taken out of place is the one left
  /// out, not its neighbours.
  static func positions(in values: [Int]) -> [Int] {
    guard !values.isEmpty else { return [] }
    // tails[l] = position of the smallest value that ends an increasing subsequence of length l + 1.
    var tails: [Int] = []
    var previous = Array(repeating: -1, count: values.count)
    for (position, value) in values.enumerated() {
      var low = 0, high = tails.count
      while low < high {
        let middle = (low + high) / 2
        if values[tails[middle]] < value { low = middle + 1 } else { high = middle }
      }
      if low > 0 { previous[position] = tails[low - 1] }
      if low == tails.count { tails.append(position) } else { tails[low] = position }
    }
    var result: [Int] = []
    var position = tails[tails.count - 1]
    while position >= 0 {
      result.append(position)
      position = previous[position]
    }
    return result.reversed()
  }
}
