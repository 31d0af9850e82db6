import DebriefCore

/// The session's undo and redo, as editors have them: each change to the review's items, skips
/// and insight flags is a step that can be taken back and forward again; a new change after an
/// undo drops what could have been redone. Note text is not in it (it is typed and erased as text).
public struct ReviewHistory: Sendable, Hashable {
    /// One change: what it did in words, and the edits that take it back and make it again.
    public struct Step: Sendable, Hashable {
        public var what: String
        var undo: ReviewEdit
        var redo: ReviewEdit
    }

    private(set) var undoable: [Step] = []
    private(set) var redoable: [Step] = []
    /// Enough for a meeting; the oldest steps go first.
    static let limit = 200

    public var canUndo: Bool { !undoable.isEmpty }
    public var canRedo: Bool { !redoable.isEmpty }

    mutating func record(_ step: Step) {
        undoable.append(step)
        if undoable.count > Self.limit { undoable.removeFirst(undoable.count - Self.limit) }
        redoable.removeAll()
    }

    mutating func takeUndo() -> Step? { undoable.popLast() }
    mutating func takeRedo() -> Step? { redoable.popLast() }
    mutating func undone(_ step: Step) { redoable.append(step) }
    mutating func redone(_ step: Step) { undoable.append(step) }

    /// The step an edit makes of `review` as it was before it, or nil for an edit that is not
    /// undone this way (note text) or that changes nothing.
    static func step(for edit: ReviewEdit, before review: Review) -> Step? {
        func quoted(_ text: String) -> String { "“" + ShortText.shortGist(text) + "”" }
        func question(_ id: String) -> String {
            (try? review.answerIndex(id)).map { "question \($0 + 1)" } ?? "the question"
        }
        func added(_ item: ReviewItem, _ edit: ReviewEdit) -> Step {
            Step(what: "added \(item.noun) " + quoted(item.gist), undo: .removeItem(id: item.id), redo: edit)
        }
        // Named by what it says now, which is what the manager sees in the summary; a change that kept
        // the words (a cause, an owner, a date) names it by them.
        func changed(_ new: ReviewItem, _ review: Review, _ edit: ReviewEdit) -> Step? {
            guard let (old, _) = review.item(id: new.id) else { return nil }
            let what = "changed \(new.noun) " + (new.gist == old.gist ? "" : "to ") + quoted(new.gist)
            return Step(what: what, undo: old.updateEdit, redo: edit)
        }
        switch edit {
        case .setText:
            return nil
        case .setInsight(let id, let flag):
            return Step(what: (flag ? "flagged an insight on " : "took the insight flag off ") + question(id),
                        undo: .setInsight(questionID: id, !flag), redo: edit)
        case .setSkipped(let id, let flag):
            return Step(what: (flag ? "skipped " : "took the skip off ") + question(id), undo: .setSkipped(questionID: id, !flag), redo: edit)
        case .addFactor(let item): return added(.factor(item), edit)
        case .addPractice(let item): return added(.practice(item), edit)
        case .addFineTuning(let item): return added(.fineTuning(item), edit)
        case .addSignal(let item): return added(.signal(item), edit)
        case .addActionItem(let item): return added(.actionItem(item), edit)
        case .updateFactor(let item): return changed(.factor(item), review, edit)
        case .updatePractice(let item): return changed(.practice(item), review, edit)
        case .updateFineTuning(let item): return changed(.fineTuning(item), review, edit)
        case .updateSignal(let item): return changed(.signal(item), review, edit)
        case .updateActionItem(let item): return changed(.actionItem(item), review, edit)
        case .setActionItemDone(let id, let done):
            guard let (item, _) = review.item(id: id) else { return nil }
            return Step(what: (done ? "ticked off " : "unticked ") + quoted(item.gist), undo: .setActionItemDone(id: id, !done), redo: edit)
        case .removeItem(let id):
            guard let (item, index) = review.item(id: id) else { return nil }
            return Step(what: "removed \(item.noun) " + quoted(item.gist), undo: .restoreItem(item, at: index), redo: edit)
        case .restoreItem(let item, _):
            return Step(what: "put back \(item.noun) " + quoted(item.gist), undo: .removeItem(id: item.id), redo: edit)
        }
    }
}

extension ReviewItem {
    /// The edit that sets the item back to this value.
    var updateEdit: ReviewEdit {
        switch self {
        case .factor(let item): .updateFactor(item)
        case .practice(let item): .updatePractice(item)
        case .fineTuning(let item): .updateFineTuning(item)
        case .signal(let item): .updateSignal(item)
        case .actionItem(let item): .updateActionItem(item)
        }
    }
}
