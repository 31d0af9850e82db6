/// A free-text field of a review that people type into at length: the ones the journal protects
/// and the merge combines line by line when two sessions edit them at once.
public enum ReviewTextField: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The manager's notes for one question.
    case notes(questionID: String)
    /// The rep's written answer to one prep question.
    case prepAnswer(questionID: String)
    /// The review's closing summary.
    case summary

    /// A stable spelling for journals: `notes/<question id>`, `prep/<question id>`, `summary`.
    public var key: String {
        switch self {
        case .notes(let id): "notes/\(id)"
        case .prepAnswer(let id): "prep/\(id)"
        case .summary: "summary"
        }
    }

    public init?(key: String) {
        if key == "summary" {
            self = .summary
        } else if key.hasPrefix("notes/"), key.count > 6 {
            self = .notes(questionID: String(key.dropFirst(6)))
        } else if key.hasPrefix("prep/"), key.count > 5 {
            self = .prepAnswer(questionID: String(key.dropFirst(5)))
        } else {
            return nil
        }
    }

    public var description: String { key }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let field = ReviewTextField(key: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "'\(text)' is not a review text field"))
        }
        self = field
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(key)
    }
}

extension Review {
    /// The current text of a field, or nil when the review has no such question.
    public func text(of field: ReviewTextField) -> String? {
        switch field {
        case .notes(let id): answers.first { $0.questionId == id }?.notes
        case .prepAnswer(let id): answers.first { $0.questionId == id }?.prepAnswer
        case .summary: summary
        }
    }

    /// Sets a field's text without any status change; false when the question is not in this review.
    @discardableResult
    public mutating func setText(_ text: String, of field: ReviewTextField) -> Bool {
        switch field {
        case .notes(let id):
            guard let index = answers.firstIndex(where: { $0.questionId == id }) else { return false }
            answers[index].notes = text
        case .prepAnswer(let id):
            guard let index = answers.firstIndex(where: { $0.questionId == id }) else { return false }
            answers[index].prepAnswer = text
        case .summary:
            summary = text
        }
        return true
    }

    /// How people call a field in messages: the question's wording, or "summary".
    public func label(of field: ReviewTextField) -> String {
        switch field {
        case .notes(let id):
            "notes on “\(answers.first { $0.questionId == id }?.wording ?? id)”"
        case .prepAnswer(let id):
            "prep answer to “\(answers.first { $0.questionId == id }?.wording ?? id)”"
        case .summary:
            "summary"
        }
    }
}
