import Foundation

/// Any one of a review's listed items (factor, practice, fine-tuning point, signal, action item),
/// so a session can select, change, remove and put back an item whatever its kind.
public enum ReviewItem: Sendable, Hashable {
    case factor(Factor)
    case practice(BestPractice)
    case fineTuning(FineTuningPoint)
    case signal(QualificationSignal)
    case actionItem(ActionItem)

    public var id: String {
        switch self {
        case .factor(let item): item.id
        case .practice(let item): item.id
        case .fineTuning(let item): item.id
        case .signal(let item): item.id
        case .actionItem(let item): item.id
        }
    }

    /// What the item is, in words ("factor", "best practice"…), for notices.
    public var noun: String {
        switch self {
        case .factor: Factor.kindName
        case .practice: BestPractice.kindName
        case .fineTuning: FineTuningPoint.kindName
        case .signal: QualificationSignal.kindName
        case .actionItem: ActionItem.kindName
        }
    }

    /// The item in a few words: its text, or a practice's title.
    public var gist: String {
        switch self {
        case .factor(let item): item.gist
        case .practice(let item): item.gist
        case .fineTuning(let item): item.gist
        case .signal(let item): item.gist
        case .actionItem(let item): item.gist
        }
    }
}

extension Review {
    /// The item with this id and its position in its own list, or nil.
    public func item(id: String) -> (item: ReviewItem, index: Int)? {
        if let index = factors.firstIndex(where: { $0.id == id }) { return (.factor(factors[index]), index) }
        if let index = practices.firstIndex(where: { $0.id == id }) { return (.practice(practices[index]), index) }
        if let index = fineTuning.firstIndex(where: { $0.id == id }) { return (.fineTuning(fineTuning[index]), index) }
        if let index = signals.firstIndex(where: { $0.id == id }) { return (.signal(signals[index]), index) }
        if let index = actionItems.firstIndex(where: { $0.id == id }) { return (.actionItem(actionItems[index]), index) }
        return nil
    }

    /// Puts a removed item back at `index` of its list (or at the end when the list is shorter now),
    /// so undoing a removal leaves the list as it was.
    mutating func restore(_ item: ReviewItem, at index: Int) throws(ReviewEditError) {
        if itemIDs.contains(item.id) { throw .duplicateItemID(item.id) }
        switch item {
        case .factor(let value): factors.insert(value, at: min(max(0, index), factors.count))
        case .practice(let value): practices.insert(value, at: min(max(0, index), practices.count))
        case .fineTuning(let value): fineTuning.insert(value, at: min(max(0, index), fineTuning.count))
        case .signal(let value): signals.insert(value, at: min(max(0, index), signals.count))
        case .actionItem(let value): actionItems.insert(value, at: min(max(0, index), actionItems.count))
        }
    }
}
