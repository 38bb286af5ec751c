/// A JSON object whose last member is an array written element by element as the elements are produced, so that a
/// listing of 100,000 citations (`cites --json`) is never held whole, as text or as `JSONValue`. The text is exactly
/// what `JSONValue.object(members + [(key, .array(elements))]).rendered` gives.
enum StreamedJSON {
  static func writeObject(
    _ members: [(String, JSONValue)], thenArray key: String, of elements: some Sequence<JSONValue>
  ) {
    var output = StreamedLines()
    var head = "{\n"
    for (name, value) in members {
      head += "  "
      JSONValue.writeString(name, to: &head)
      head += ": "
      value.write(to: &head, indent: 2)
      head += ",\n"
    }
    head += "  "
    JSONValue.writeString(key, to: &head)
    head += ": "
    output.appendText(head)
    var first = true
    for element in elements {
      var text = first ? "[\n    " : ",\n    "
      first = false
      element.write(to: &text, indent: 4)
      output.appendText(text)
    }
    output.appendText(first ? "[]\n}\n" : "\n  ]\n}\n")
    output.flush()
  }
}
