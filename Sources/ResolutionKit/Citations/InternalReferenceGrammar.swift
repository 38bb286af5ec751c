/// References to paragraphs of the same resolution: `paragraph 2 of the present section`, `section VI, paragraph 1,
/// below`, `subparagraphs (a) and (b)`. Each names a paragraph ref (`II.2`, `VI.1`, `IV.10(a)`).
///
/// A bare `paragraph 5` is left alone: without `of the present …`, `above` or `below` it is as likely to be a
/// pinpoint into another text (`paragraph 5 of General Assembly resolution 46/152`).
extension CitationScanner {
  /// One named item: `2`, `3 (b)`, or a subparagraph label `a`, with its words.
  private struct Item {
    /// Nil for a subparagraph named by its label alone.
    var number: Int?
    var label: String?
    var range: Range<Int>
  }

  /// `paragraph 2 of the present section`, `paragraphs 1 and 2 above`, `paragraph 3 of section II`.
  mutating func scanParagraphReference(at index: Int) -> Int? {
    guard
      let word = text.wordAnyCase(CitationWords.paragraphs, at: index)
        ?? text.wordAnyCase(CitationWords.paragraph, at: index),
      text[word] == 0x20, let items = numberedItems(at: word + 1)
    else { return nil }
    var cursor = items[items.count - 1].range.upperBound
    let section: String?
    var qualified = false
    var inAnnex = currentAnnex
    if text.has(CitationWords.ofThePresentSection, at: cursor) {
      section = currentSection
      cursor += CitationWords.ofThePresentSection.count
      qualified = true
    } else if text.has(CitationWords.of, at: cursor), let named = text.word(CitationWords.section, at: cursor + 4),
      text[named] == 0x20, let numeral = text.roman(at: named + 1)
    {
      section = numeral.text
      cursor = numeral.end
      if text.has(CitationWords.ofThePresentResolution, at: cursor) { cursor += CitationWords.ofThePresentResolution.count }
      qualified = true
    } else if text.has(CitationWords.ofThePresentResolution, at: cursor) {
      section = nil
      cursor += CitationWords.ofThePresentResolution.count
      qualified = true
      inAnnex = nil
    } else {
      section = currentSection
    }
    let direction = aboveOrBelow(after: cursor)
    guard qualified || direction != nil else { return nil }
    emit(items, keywordAt: index, qualifierEnd: cursor) { item in
      item.number.map {
        ParagraphRef(annex: inAnnex, place: .paragraph(section: section, number: $0, label: item.label, occurrence: nil))
      }
    }
    return direction ?? cursor
  }

  /// `section VI, paragraph 1, below`; `section III above`.
  mutating func scanSectionReference(at index: Int) -> Int? {
    guard let word = text.wordAnyCase(CitationWords.section, at: index), text[word] == 0x20,
      let numeral = text.roman(at: word + 1)
    else { return nil }
    if text.has(CitationWords.comma, at: numeral.end),
      let paragraphWord = text.word(CitationWords.paragraphs, at: numeral.end + 2)
        ?? text.word(CitationWords.paragraph, at: numeral.end + 2),
      text[paragraphWord] == 0x20, let items = numberedItems(at: paragraphWord + 1)
    {
      var cursor = items[items.count - 1].range.upperBound
      // `section IV, paragraphs 22 and 26, and section V, paragraph 29, thereof`: pinpoints into the text just named.
      if pinpointsEndWithThereof(after: cursor) { return nil }
      // `section II, paragraph 3, of resolution 1993/34` is a pinpoint into another text.
      if text.has(CitationWords.comma, at: cursor), text.has(CitationWords.ofThePresentResolution, at: cursor + 1) {
        cursor += 1 + CitationWords.ofThePresentResolution.count
      } else if text.has(CitationWords.ofThePresentResolution, at: cursor) {
        cursor += CitationWords.ofThePresentResolution.count
      } else if text.has(CitationWords.of, at: cursor) || text.has(CitationWords.commaOf, at: cursor) {
        return nil
      }
      emit(items, keywordAt: index, qualifierEnd: cursor) { item in
        item.number.map {
          ParagraphRef(place: .paragraph(section: numeral.text, number: $0, label: item.label, occurrence: nil))
        }
      }
      return aboveOrBelow(after: cursor) ?? cursor
    }
    guard let end = aboveOrBelow(after: numeral.end) else { return nil }
    add(index..<numeral.end, target: .section(numeral.text), kind: .internal)
    return end
  }

  /// `subparagraphs (a) and (b)`, `subparagraph (c) below`, `subparagraph (a) of paragraph 3`.
  mutating func scanSubparagraphReference(at index: Int) -> Int? {
    guard
      let word = text.wordAnyCase(CitationWords.subparagraphs, at: index)
        ?? text.wordAnyCase(CitationWords.subparagraph, at: index),
      text[word] == 0x20
    else { return nil }
    var items: [Item] = []
    var cursor = word + 1
    while let label = letterLabel(at: cursor) {
      items.append(Item(number: nil, label: label.text, range: cursor..<label.end))
      cursor = label.end
      guard
        let separator = [CitationWords.commaAnd, CitationWords.comma, CitationWords.and].first(where: {
          text.has($0, at: cursor) && text[cursor + $0.count] == UInt8(ascii: "(")
        })
      else { break }
      cursor += separator.count
    }
    guard !items.isEmpty else { return nil }
    var parent = currentParagraph
    var end = cursor
    if text.has(CitationWords.of, at: cursor) {
      if let paragraphWord = text.word(CitationWords.paragraph, at: cursor + 4), text[paragraphWord] == 0x20,
        let number = text.digits(at: paragraphWord + 1), text[number.end] != UInt8(ascii: "/"),
        let value = Int(number.text)
      {
        end = number.end
        if text.has(CitationWords.ofThePresentSection, at: end) { end += CitationWords.ofThePresentSection.count }
        // Another text's paragraph (`of paragraph 26 of the annex to …`) is not ours.
        if text.has(CitationWords.of, at: end), !text.has(Array(" of the present".utf8), at: end) { return nil }
        parent = ParagraphRef(place: .paragraph(section: currentSection, number: value, label: nil, occurrence: nil))
      } else if text.has(CitationWords.ofThePresentParagraph, at: cursor) {
        end = cursor + CitationWords.ofThePresentParagraph.count
      } else {
        return nil
      }
    }
    guard let parent else { return nil }
    emit(items, keywordAt: index, qualifierEnd: end) { parent.labelled($0.label) }
    return aboveOrBelow(after: end) ?? end
  }

  // MARK: pieces

  /// Whether `thereof` closes the pinpoints at `index`, past any further `, and section V, paragraphs 29 and 34`.
  private func pinpointsEndWithThereof(after index: Int) -> Bool {
    var cursor = index
    while let lead = [CitationWords.commaAnd, CitationWords.and].first(where: { text.has($0, at: cursor) }),
      let word = text.word(CitationWords.section, at: cursor + lead.count), text[word] == 0x20,
      let numeral = text.roman(at: word + 1), text.has(CitationWords.comma, at: numeral.end),
      let paragraphWord = text.word(CitationWords.paragraphs, at: numeral.end + 2)
        ?? text.word(CitationWords.paragraph, at: numeral.end + 2),
      text[paragraphWord] == 0x20, let items = numberedItems(at: paragraphWord + 1)
    {
      cursor = items[items.count - 1].range.upperBound
    }
    let thereof = Array("thereof".utf8)
    return [CitationWords.comma, Array(" ".utf8)].contains {
      text.has($0, at: cursor) && text.word(thereof, at: cursor + $0.count) != nil
    }
  }

  /// `2`, `3 (b)`, `1 and 2`, `1, 2 and 4`.
  private func numberedItems(at index: Int) -> [Item]? {
    var items: [Item] = []
    var cursor = index
    while let number = text.digits(at: cursor), text[number.end] != UInt8(ascii: "/"), let value = Int(number.text) {
      var end = number.end
      var label: String?
      if text[end] == 0x20, let letter = letterLabel(at: end + 1) {
        label = letter.text
        end = letter.end
      }
      items.append(Item(number: value, label: label, range: cursor..<end))
      cursor = end
      guard
        let separator = [CitationWords.commaAnd, CitationWords.comma, CitationWords.and].first(where: {
          text.has($0, at: cursor) && text[cursor + $0.count].map(CitationBytes.isDigit) == true
        })
      else { break }
      cursor += separator.count
    }
    return items.isEmpty ? nil : items
  }

  /// `(a)`, `(iv)`: a lower-case label in parentheses.
  private func letterLabel(at index: Int) -> (text: String, end: Int)? {
    guard text[index] == UInt8(ascii: "(") else { return nil }
    var close = index + 1
    while let byte = text[close], CitationBytes.isLower(byte), close - index <= 5 { close += 1 }
    guard close > index + 1, text[close] == UInt8(ascii: ")") else { return nil }
    return (text.string((index + 1)..<close), close + 1)
  }

  /// The end of `, below` / ` above` after `index`, if present.
  private func aboveOrBelow(after index: Int) -> Int? {
    for lead in [CitationWords.comma, Array(" ".utf8)] where text.has(lead, at: index) {
      if let end = text.word(CitationWords.above, at: index + lead.count)
        ?? text.word(CitationWords.below, at: index + lead.count)
      {
        return end
      }
    }
    return nil
  }

  /// One citation per item. A single item's text runs from the keyword through its qualifier (`paragraph 2 of the
  /// present section`); in a list the first runs from the keyword, the others are their own words (`(b)`).
  private mutating func emit(
    _ items: [Item], keywordAt index: Int, qualifierEnd: Int, target: (Item) -> ParagraphRef?
  ) {
    for (position, item) in items.enumerated() {
      let start = position == 0 ? index : item.range.lowerBound
      let end = items.count == 1 ? qualifierEnd : item.range.upperBound
      add(start..<end, target: target(item).map(CitationTarget.paragraph), kind: .internal)
    }
  }
}
