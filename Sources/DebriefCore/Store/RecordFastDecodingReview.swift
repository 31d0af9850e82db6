import Foundation

/// A review file read without `JSONDecoder`, giving the very Review that decoder gives, or a miss.
/// A field added to `Review` or its parts must be added here too: until it is, files that hold it
/// are misses (an unknown key) and files without it fail the round-trip tests in `RecordFastDecodingTests`.
enum RecordFastDecodingReview {
    private static let keys = RecordFastKeys([
        "actionItems", "answers", "completedAt", "createdAt", "dealId", "factors", "fineTuning", "id",
        "kind", "manager", "plannedMinutes", "practices", "questionSetId", "rep", "revision", "scheduledFor",
        "schemaVersion", "signals", "spentSeconds", "startedAt", "status", "summary", "updatedAt",
    ])

    static func decode(_ reader: inout RecordFastJSONReader) throws(RecordFastPathMiss) -> Review {
        var actionItems: [ActionItem]?, answers: [Answer]?, completedAt: Date?, createdAt: Date?, dealId: String?
        var factors: [Factor]?, fineTuning: [FineTuningPoint]?, id: String?, kind: ReviewKind?, manager: String?
        var plannedMinutes: Int?, practices: [BestPractice]?, questionSetId: String?, rep: String?, revision: Int?
        var scheduledFor: Day?, schemaVersion: Int?, signals: [QualificationSignal]?, startedAt: Date?
        var spentSeconds: Int?, status: ReviewStatus?, summary: String?, updatedAt: Date?
        var members = try reader.beginObject()
        while let key = try reader.nextKey(&members, in: keys) {
            switch key {
            case 0: actionItems = try list(&reader, of: actionItem)
            case 1: answers = try list(&reader, of: answer)
            case 2: completedAt = try reader.optionalTimestamp()
            case 3: createdAt = try reader.timestamp()
            case 4: dealId = try reader.string()
            case 5: factors = try list(&reader, of: factor)
            case 6: fineTuning = try list(&reader, of: fineTuningPoint)
            case 7: id = try reader.string()
            case 8: kind = try reader.enumCase(ReviewKind.self)
            case 9: manager = try reader.string()
            case 10: plannedMinutes = try reader.integer()
            case 11: practices = try list(&reader, of: bestPractice)
            case 12: questionSetId = try reader.string()
            case 13: rep = try reader.string()
            case 14: revision = try reader.integer()
            case 15: scheduledFor = try reader.optionalDay()
            case 16: schemaVersion = try reader.integer()
            case 17: signals = try list(&reader, of: signal)
            case 18: spentSeconds = try reader.optionalInteger()
            case 19: startedAt = try reader.optionalTimestamp()
            case 20: status = try reader.enumCase(ReviewStatus.self)
            case 21: summary = try reader.string()
            default: updatedAt = try reader.optionalTimestamp()
            }
        }
        guard let actionItems, let answers, let createdAt, let dealId, let factors, let fineTuning, let id, let kind,
              let manager, let plannedMinutes, let practices, let questionSetId, let rep, let revision,
              let schemaVersion, let signals, let status, let summary else { throw RecordFastPathMiss() }
        var review = Review(
            id: id, dealId: dealId, kind: kind, status: status, manager: manager, rep: rep, questionSetId: questionSetId,
            scheduledFor: scheduledFor, createdAt: createdAt, startedAt: startedAt, completedAt: completedAt,
            plannedMinutes: plannedMinutes, answers: answers, factors: factors, practices: practices,
            fineTuning: fineTuning, signals: signals, actionItems: actionItems, summary: summary,
            updatedAt: updatedAt, revision: revision, spentSeconds: spentSeconds)
        review.schemaVersion = schemaVersion
        return review
    }

    private static func list<Element>(
        _ reader: inout RecordFastJSONReader, of element: (inout RecordFastJSONReader) throws(RecordFastPathMiss) -> Element
    ) throws(RecordFastPathMiss) -> [Element] {
        var list: [Element] = []
        var elements = try reader.beginArray()
        while try reader.nextElement(&elements) { list.append(try element(&reader)) }
        return list
    }

    // MARK: Parts

    private static let answerKeys = RecordFastKeys([
        "askedInPrep", "hint", "insight", "notes", "prepAnswer", "questionId", "skipped", "theme", "wording",
    ])

    private static func answer(_ reader: inout RecordFastJSONReader) throws(RecordFastPathMiss) -> Answer {
        var askedInPrep: Bool?, hint: String?, insight: Bool?, notes: String?, prepAnswer: String?
        var questionId: String?, skipped: Bool?, theme: QuestionTheme?, wording: String?
        var members = try reader.beginObject()
        while let key = try reader.nextKey(&members, in: answerKeys) {
            switch key {
            case 0: askedInPrep = try reader.bool()
            case 1: hint = try reader.optionalString()
            case 2: insight = try reader.bool()
            case 3: notes = try reader.string()
            case 4: prepAnswer = try reader.string()
            case 5: questionId = try reader.string()
            case 6: skipped = try reader.bool()
            case 7: theme = try reader.enumCase(QuestionTheme.self)
            default: wording = try reader.string()
            }
        }
        guard let askedInPrep, let insight, let notes, let prepAnswer, let questionId, let skipped, let theme,
              let wording else { throw RecordFastPathMiss() }
        return Answer(questionId: questionId, theme: theme, wording: wording, hint: hint, askedInPrep: askedInPrep,
                      prepAnswer: prepAnswer, notes: notes, insight: insight, skipped: skipped)
    }

    private static let factorKeys = RecordFastKeys(["cause", "effect", "evidence", "id", "text"])

    private static func factor(_ reader: inout RecordFastJSONReader) throws(RecordFastPathMiss) -> Factor {
        var cause: FactorCause?, effect: Factor.Effect?, evidence: FactorEvidence?, id: String?, text: String?
        var members = try reader.beginObject()
        while let key = try reader.nextKey(&members, in: factorKeys) {
            switch key {
            case 0: cause = try reader.enumCase(FactorCause.self)
            case 1: effect = try reader.enumCase(Factor.Effect.self)
            case 2: evidence = try reader.enumCase(FactorEvidence.self)
            case 3: id = try reader.string()
            default: text = try reader.string()
            }
        }
        guard let cause, let effect, let evidence, let id, let text else { throw RecordFastPathMiss() }
        return Factor(id: id, effect: effect, cause: cause, evidence: evidence, text: text)
    }

    private static let bestPracticeKeys = RecordFastKeys(["detail", "id", "title"])

    private static func bestPractice(_ reader: inout RecordFastJSONReader) throws(RecordFastPathMiss) -> BestPractice {
        var detail: String?, id: String?, title: String?
        var members = try reader.beginObject()
        while let key = try reader.nextKey(&members, in: bestPracticeKeys) {
            switch key {
            case 0: detail = try reader.string()
            case 1: id = try reader.string()
            default: title = try reader.string()
            }
        }
        guard let detail, let id, let title else { throw RecordFastPathMiss() }
        return BestPractice(id: id, title: title, detail: detail)
    }

    private static let fineTuningKeys = RecordFastKeys(["id", "text"])

    private static func fineTuningPoint(_ reader: inout RecordFastJSONReader) throws(RecordFastPathMiss) -> FineTuningPoint {
        var id: String?, text: String?
        var members = try reader.beginObject()
        while let key = try reader.nextKey(&members, in: fineTuningKeys) {
            if key == 0 { id = try reader.string() } else { text = try reader.string() }
        }
        guard let id, let text else { throw RecordFastPathMiss() }
        return FineTuningPoint(id: id, text: text)
    }

    private static let signalKeys = RecordFastKeys(["id", "present", "sign", "text"])

    private static func signal(_ reader: inout RecordFastJSONReader) throws(RecordFastPathMiss) -> QualificationSignal {
        var id: String?, present: Bool?, sign: QualificationSignal.Sign?, text: String?
        var members = try reader.beginObject()
        while let key = try reader.nextKey(&members, in: signalKeys) {
            switch key {
            case 0: id = try reader.string()
            case 1: present = try reader.bool()
            case 2: sign = try reader.enumCase(QualificationSignal.Sign.self)
            default: text = try reader.string()
            }
        }
        guard let id, let present, let sign, let text else { throw RecordFastPathMiss() }
        return QualificationSignal(id: id, sign: sign, text: text, present: present)
    }

    private static let actionItemKeys = RecordFastKeys(["done", "doneOn", "due", "id", "owner", "text"])

    private static func actionItem(_ reader: inout RecordFastJSONReader) throws(RecordFastPathMiss) -> ActionItem {
        var done: Bool?, doneOn: Day?, due: Day?, id: String?, owner: String?, text: String?
        var members = try reader.beginObject()
        while let key = try reader.nextKey(&members, in: actionItemKeys) {
            switch key {
            case 0: done = try reader.bool()
            case 1: doneOn = try reader.optionalDay()
            case 2: due = try reader.optionalDay()
            case 3: id = try reader.string()
            case 4: owner = try reader.string()
            default: text = try reader.string()
            }
        }
        guard let done, let id, let owner, let text else { throw RecordFastPathMiss() }
        // A day on an open item is a hand edit Foundation's decoder keeps; leave such a file to it.
        if doneOn != nil && !done { throw RecordFastPathMiss() }
        return ActionItem(id: id, text: text, owner: owner, due: due, done: done, doneOn: doneOn)
    }
}

extension Answer {
    /// Every stored field as the file holds it (the public initializer copies a `Question`).
    fileprivate init(questionId: String, theme: QuestionTheme, wording: String, hint: String?, askedInPrep: Bool,
                     prepAnswer: String, notes: String, insight: Bool, skipped: Bool) {
        self.questionId = questionId
        self.theme = theme
        self.wording = wording
        self.hint = hint
        self.askedInPrep = askedInPrep
        self.prepAnswer = prepAnswer
        self.notes = notes
        self.insight = insight
        self.skipped = skipped
    }
}
