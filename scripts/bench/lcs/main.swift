// Run by scripts/bench/lcs.sh: the hand-written LCS against the standard library's CollectionDifference.
import Foundation
func byDifference(_ old: [Int], _ new: [Int]) -> [CommonSubsequence.Match] {
  var removed = [Bool](repeating: false, count: old.count), inserted = [Bool](repeating: false, count: new.count)
  for change in new.difference(from: old) {
    switch change {
    case .remove(let offset, _, _): removed[offset] = true
    case .insert(let offset, _, _): inserted[offset] = true
    }
  }
  var matches: [CommonSubsequence.Match] = []
  var j = 0
  for i in old.indices where !removed[i] {
    while inserted[j] { j += 1 }
    matches.append(.init(oldIndex: i, newIndex: j)); j += 1
  }
  return matches
}
var rng = SystemRandomNumberGenerator()
func time(_ f: () -> Int) -> (Double, Int) { let s = Date(); let r = f(); return (Date().timeIntervalSince(s), r) }
// edited paragraphs: same length, 10% words changed; and unrelated texts sharing a vocabulary
var sameLength = 0, same = 0, total = 0
for _ in 0..<2000 {
  let n = Int.random(in: 5...80)
  let old = (0..<n).map { _ in Int.random(in: 0..<30) }
  var new = old
  for _ in 0..<(n / 5) { new[Int.random(in: 0..<n)] = Int.random(in: 0..<30) }
  if Bool.random() { new.insert(Int.random(in: 0..<30), at: Int.random(in: 0...new.count)) }
  let a = CommonSubsequence.matches(old, new), b = byDifference(old, new)
  total += 1; if a.count == b.count { sameLength += 1 }; if a == b { same += 1 }
}
print("random small pairs: \(total), same LCS length \(sameLength), same matching \(same)")
for (label, n, vocab) in [("2,000 words, 10% edited", 2000, 500), ("2,000 words unrelated, shared vocabulary", 2000, 50), ("10,000 words unrelated, shared vocabulary", 10000, 50)] {
  let old = (0..<n).map { _ in Int.random(in: 0..<vocab) }
  var new = old
  if label.contains("edited") { for _ in 0..<(n / 10) { new[Int.random(in: 0..<n)] = Int.random(in: 0..<vocab) } } else { new = (0..<n).map { _ in Int.random(in: 0..<vocab) } }
  let (t1, c1) = time { CommonSubsequence.matches(old, new).count }
  let (t2, c2) = time { byDifference(old, new).count }
  print("\(label): hand-written \(String(format: "%.3f", t1))s (\(c1) matched), CollectionDifference \(String(format: "%.3f", t2))s (\(c2) matched)")
}
