import Foundation

/// One change to a review, as a value: what the session view asks for, what tests replay.
/// `Review.apply` performs it; nothing here touches the disk.
public enum ReviewEdit: Sendable, Hashable {
    case setText(ReviewTextField, String)
    case setInsight(questionID: String, Bool)
    case setSkipped(questionID: String, Bool)
    case addFactor(Factor), updateFactor(Factor)
    case addPractice(BestPractice), updatePractice(BestPractice)
    case addFineTuning(FineTuningPoint), updateFineTuning(FineTuningPoint)
    case addSignal(QualificationSignal), updateSignal(QualificationSignal)
    case addActionItem(ActionItem), updateActionItem(ActionItem)
    case setActionItemDone(id: String, Bool)
    /// Removes the factor, practice, fine-tuning point, signal or action item with this id.
    case removeItem(id: String)
    /// Puts a removed item back where it was in its list (undoing `removeItem`).
    case restoreItem(ReviewItem, at: Int)
}

public enum ReviewEditError: Error, Sendable, Equatable, CustomStringConvertible {
    case noSuchQuestion(String)
    case noSuchItem(String)
    case duplicateItemID(String)
    case emptyText(String)

    public var description: String {
        switch self {
        case .noSuchQuestion(let id): "this review has no question '\(id)'"
        case .noSuchItem(let id): "this review has no item '\(id)' (was it removed in another session?)"
        case .duplicateItemID(let id): "an item with id '\(id)' already exists"
        case .emptyText(let what): "\(what) must not be empty"
        }
    }
}

extension Review {
    /// Applies one edit. The manager's first note starts the session (status in progress, `startedAt`).
    public mutating func apply(_ edit: ReviewEdit, at now: Date) throws(ReviewEditError) {
        switch edit {
        case .setText(let field, let text):
            guard setText(text, of: field) else { throw .noSuchQuestion(field.questionID ?? field.key) }
            if case .notes = field, status < .inProgress, !text.isBlank {
                try? start(at: now)
            }
        case .setInsight(let id, let flag):
            answers[try answerIndex(id)].insight = flag
        case .setSkipped(let id, let flag):
            answers[try answerIndex(id)].skipped = flag
        case .addFactor(let item): try add(item, to: \.factors, text: item.text, what: "a factor's text")
        case .updateFactor(let item): try update(item, in: \.factors, text: item.text, what: "a factor's text")
        case .addPractice(let item): try add(item, to: \.practices, text: item.title, what: "a practice's title")
        case .updatePractice(let item): try update(item, in: \.practices, text: item.title, what: "a practice's title")
        case .addFineTuning(let item): try add(item, to: \.fineTuning, text: item.text, what: "a fine-tuning point")
        case .updateFineTuning(let item): try update(item, in: \.fineTuning, text: item.text, what: "a fine-tuning point")
        case .addSignal(let item): try add(item, to: \.signals, text: item.text, what: "a signal's text")
        case .updateSignal(let item): try update(item, in: \.signals, text: item.text, what: "a signal's text")
        case .addActionItem(let item): try add(item, to: \.actionItems, text: item.text, what: "an action item's text")
        case .updateActionItem(let item): try update(item, in: \.actionItems, text: item.text, what: "an action item's text")
        case .setActionItemDone(let id, let done):
            guard let index = actionItems.firstIndex(where: { $0.id == id }) else { throw .noSuchItem(id) }
            actionItems[index].setDone(done, on: Day(now))
        case .removeItem(let id):
            let before = itemIDs.count
            factors.removeAll { $0.id == id }
            practices.removeAll { $0.id == id }
            fineTuning.removeAll { $0.id == id }
            signals.removeAll { $0.id == id }
            actionItems.removeAll { $0.id == id }
            if itemIDs.count == before { throw .noSuchItem(id) }
        case .restoreItem(let item, let index):
            try restore(item, at: index)
        }
    }

    /// The index of a question's answer.
    public func answerIndex(_ questionID: String) throws(ReviewEditError) -> Int {
        guard let index = answers.firstIndex(where: { $0.questionId == questionID }) else { throw .noSuchQuestion(questionID) }
        return index
    }

    private mutating func add<Item: Identifiable>(_ item: Item, to list: WritableKeyPath<Review, [Item]>, text: String, what: String) throws(ReviewEditError) where Item.ID == String {
        if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw .emptyText(what) }
        if itemIDs.contains(item.id) { throw .duplicateItemID(item.id) }
        self[keyPath: list].append(item)
    }

    private mutating func update<Item: Identifiable>(_ item: Item, in list: WritableKeyPath<Review, [Item]>, text: String, what: String) throws(ReviewEditError) where Item.ID == String {
        if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw .emptyText(what) }
        guard let index = self[keyPath: list].firstIndex(where: { $0.id == item.id }) else { throw .noSuchItem(item.id) }
        self[keyPath: list][index] = item
    }
}

extension ReviewTextField {
    /// The question a field belongs to; nil for the summary.
    public var questionID: String? {
        switch self {
        case .notes(let id), .prepAnswer(let id): id
        case .summary: nil
        }
    }
}
