/// The searchable text of a review, field by field, and snippets of the fields a search matched,
/// with the matched words located for highlighting.
public enum ReviewSearchText {
    public struct Field: Sendable, Equatable {
        /// Where the text is from: "Notes", "Prep", "Factor", "Practice"…
        public var label: String
        public var text: String
    }

    /// A line of a matched field, with the character ranges of the matched words.
    public struct Snippet: Sendable, Equatable {
        public var label: String
        public var text: String
        public var highlights: [Range<Int>]
    }

    public static func fields(of review: Review, deal: Deal?) -> [Field] {
        var fields: [Field] = []
        forEachField(of: review, deal: deal) { label, text in fields.append(Field(label: label(), text: text)) }
        return fields
    }

    /// Calls `body` with each searchable field in order: its label (made only when asked for) and
    /// its text. The search index reads texts this way, without an array or a label per field.
    public static func forEachField(of review: Review, deal: Deal?, _ body: (_ label: () -> String, _ text: String) -> Void) {
        if let deal { body({ "Deal" }, "\(deal.account) · \(deal.name)") }
        body({ "Rep" }, review.rep)
        if !review.summary.isEmpty { body({ "Summary" }, review.summary) }
        for answer in review.answers {
            if !answer.notes.isEmpty { body({ "Notes" }, answer.notes) }
            if !answer.prepAnswer.isEmpty { body({ "Prep" }, answer.prepAnswer) }
        }
        for factor in review.factors { body({ "Factor (\(factor.cause.label))" }, factor.text) }
        for practice in review.practices {
            body({ "Practice" }, practice.detail.isEmpty ? practice.title : "\(practice.title): \(practice.detail)")
        }
        for point in review.fineTuning { body({ "Fine-tuning" }, point.text) }
        for item in review.actionItems { body({ "Action" }, item.text) }
    }

    /// Up to `limit` fields that contain any of the folded `terms`, each cut to about `width`
    /// characters around its first match, with every match marked.
    public static func snippets(of review: Review, deal: Deal?, terms: [String], width: Int, limit: Int) -> [Snippet] {
        guard !terms.isEmpty, width > 0 else { return [] }
        var found: [Snippet] = []
        for field in fields(of: review, deal: deal) where field.label != "Deal" && field.label != "Rep" {
            let characters = Array(field.text)
            let matches = locate(terms, in: characters)
            guard let firstMatch = matches.first else { continue }
            // Start a little before the first match so it is read in context.
            var start = max(0, firstMatch.lowerBound - width / 4)
            if characters.count - start < width { start = max(0, characters.count - width) }
            let end = min(characters.count, start + width)
            var text = String(characters[start..<end])
            var shift = start
            if start > 0 { text = "…" + text; shift -= 1 }
            let highlights = matches.compactMap { range -> Range<Int>? in
                let lower = range.lowerBound - shift, upper = min(range.upperBound, end) - shift
                return lower >= (start > 0 ? 1 : 0) && upper > lower ? lower..<upper : nil
            }
            found.append(Snippet(label: field.label, text: text, highlights: highlights))
            if found.count == limit { break }
        }
        return found
    }

    /// Character ranges where any term occurs, comparing each character folded.
    static func locate(_ terms: [String], in characters: [Character]) -> [Range<Int>] {
        // Fold character by character, so matches map back to the original characters.
        var folded: [Character] = []
        var owner: [Int] = []
        for (index, character) in characters.enumerated() {
            for piece in SearchFolding.fold(String(character)) {
                folded.append(piece)
                owner.append(index)
            }
        }
        var ranges: [Range<Int>] = []
        for term in terms.flatMap(SearchFolding.variants(of:)) {
            let needle = Array(term)
            guard !needle.isEmpty, needle.count <= folded.count else { continue }
            var i = 0
            while i + needle.count <= folded.count {
                if Array(folded[i..<(i + needle.count)]) == needle {
                    ranges.append(owner[i]..<(owner[i + needle.count - 1] + 1))
                    i += needle.count
                } else {
                    i += 1
                }
            }
        }
        return ranges.sorted { $0.lowerBound < $1.lowerBound }
    }
}
