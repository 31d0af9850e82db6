import DebriefCore
import Foundation

/// Changing the review's items from the session: every change goes through `record`, which keeps
/// it for undo and says what it did and which key takes it back; the summary selects an item to
/// change, remove or tick off.
extension SessionState {
    /// Applies `edit`, keeps it for undo and says what changed; an edit the review refuses (an item
    /// another session removed) is said instead.
    mutating func record(_ edit: ReviewEdit) -> [SessionRequest] {
        let step = ReviewHistory.step(for: edit, before: review)
        do {
            let requests = try change(edit)
            if let step {
                history.record(step)
                sayChange(step.what.capitalizingFirst + " · \(historyKeys.undo) undoes")
            }
            return requests + saveIfNeeded()
        } catch {
            notice = .init(.warning, "Not changed: \(error.description).")
            return []
        }
    }

    mutating func undo() -> [SessionRequest] {
        guard let step = history.takeUndo() else {
            sayChange("Nothing to undo.")
            return []
        }
        do {
            let requests = try change(step.undo)
            history.undone(step)
            keepSelection(after: step.undo)
            sayChange("Undone: \(step.what) · \(historyKeys.redo) redoes")
            return requests + saveIfNeeded()
        } catch {
            notice = .init(.warning, "Could not undo (\(step.what)): \(error.description).")
            return []
        }
    }

    mutating func redo() -> [SessionRequest] {
        guard let step = history.takeRedo() else {
            sayChange("Nothing to redo.")
            return []
        }
        do {
            let requests = try change(step.redo)
            history.redone(step)
            keepSelection(after: step.redo)
            sayChange("Redone: \(step.what) · \(historyKeys.undo) undoes")
            return requests + saveIfNeeded()
        } catch {
            notice = .init(.warning, "Could not redo (\(step.what)): \(error.description).")
            return []
        }
    }

    private mutating func sayChange(_ text: String) {
        notice = .init(.info, text)
    }

    /// An item put back is selected again; a selected item that went is no longer selected.
    private mutating func keepSelection(after edit: ReviewEdit) {
        if case .restoreItem(let item, _) = edit { selectedItemID = item.id }
        if let id = selectedItemID, review.item(id: id) == nil { selectedItemID = nil }
    }

    // MARK: The summary's selected item

    /// Rows of the summary shown at once: its box has the header, the status bar and two borders around it.
    var summaryRows: Int { max(1, viewSize.height - 4) }

    /// Selects the next (`step` 1) or previous (-1) item and scrolls it into view; false when there
    /// is none that way (the caller scrolls instead, so text below the last item can be read).
    mutating func selectItem(by step: Int) -> Bool {
        let lines = SummaryView.lines(for: self)
        var order: [String] = []
        for line in lines { if let id = line.itemID, order.last != id { order.append(id) } }
        guard !order.isEmpty else { return false }
        let target: String?
        if let current = selectedItemID, let index = order.firstIndex(of: current) {
            target = order.indices.contains(index + step) ? order[index + step] : nil
        } else {
            // Nothing selected yet: going down, the first item from the top of the page on; going up,
            // the last one that starts above the page's end.
            let starts = order.map { id in (id, lines.firstIndex { $0.itemID == id } ?? 0) }
            target = step > 0 ? starts.first { $0.1 >= summaryOffset }?.0 : starts.last { $0.1 < summaryOffset + summaryRows }?.0
        }
        guard let target else { return false }
        selectedItemID = target
        scrollToSelectedItem(lines)
        return true
    }

    private mutating func scrollToSelectedItem(_ lines: [SummaryView.Line]) {
        guard let id = selectedItemID, let first = lines.firstIndex(where: { $0.itemID == id }),
              let last = lines.lastIndex(where: { $0.itemID == id }) else { return }
        // The heading above the first item of a section comes into view with it.
        let top = first >= 2 && lines[first - 1].role == .title ? first - 1 : first
        if top < summaryOffset { summaryOffset = top }
        if last >= summaryOffset + summaryRows { summaryOffset = last - summaryRows + 1 }
        summaryOffset = max(0, min(summaryOffset, max(0, lines.count - summaryRows)))
    }

    private var selectedItem: ReviewItem? { selectedItemID.flatMap { review.item(id: $0)?.item } }

    static let selectFirstNotice = "Select an item first: j/k or the arrows move through the summary's items."

    mutating func editSelectedItem() -> [SessionRequest] {
        guard let id = selectedItemID, let form = ReviewForms.editing(itemID: id, in: review) else {
            notice = .init(.info, Self.selectFirstNotice)
            return []
        }
        overlay = .form(withSignalCompletion(form))
        return []
    }

    mutating func removeSelectedItem() -> [SessionRequest] {
        guard let id = selectedItemID, selectedItem != nil else {
            notice = .init(.info, Self.selectFirstNotice)
            return []
        }
        // The selection moves on to the item that was next (or, at the end, the one before).
        let lines = SummaryView.lines(for: self)
        var order: [String] = []
        for line in lines { if let item = line.itemID, order.last != item { order.append(item) } }
        let index = order.firstIndex(of: id) ?? 0
        let requests = record(.removeItem(id: id))
        guard review.item(id: id) == nil else { return requests }
        order.remove(at: min(index, order.count - 1))
        selectedItemID = order.isEmpty ? nil : order[min(index, order.count - 1)]
        if let next = selectedItemID, review.item(id: next) == nil { selectedItemID = nil }
        scrollToSelectedItem(SummaryView.lines(for: self))
        return requests
    }

    mutating func toggleSelectedDone() -> [SessionRequest] {
        guard let item = selectedItem else {
            notice = .init(.info, Self.selectFirstNotice)
            return []
        }
        guard case .actionItem(let action) = item else {
            notice = .init(.info, "Only action items are ticked off; this is a \(item.noun).")
            return []
        }
        return record(.setActionItemDone(id: action.id, !action.done))
    }

    /// A signal form offers the team's signals (and this review's own) while one is typed.
    func withSignalCompletion(_ form: ReviewFormState) -> ReviewFormState {
        guard form.kind == .signal else { return form }
        var form = form
        var completion = SignalCompletion(catalog: teamSignals.merging(SignalCatalog(reviews: [review])))
        completion.refresh(&form.form)
        form.signals = completion
        return form
    }

    /// The first key bound to `action` in the session, as help writes it.
    static func keyLabel(_ action: String, keymap: Keymap) -> String? {
        keymap.binding(action, in: .session)?.keys.first?.label
    }
}

extension String {
    var capitalizingFirst: String { prefix(1).uppercased() + dropFirst() }
}
