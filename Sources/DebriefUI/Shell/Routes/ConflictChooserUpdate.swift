import DebriefCore

extension DebriefApp {
    /// `C`: open the chooser, or say there is nothing to choose.
    static func openConflicts(_ state: inout AppState) -> [Effect] {
        guard state.data.pendingConflictCount > 0 else {
            // Only a shared directory can have conflicts; a message about syncs would mislead elsewhere.
            state.notice = state.sync == nil
                ? .init(.info, "No conflicts to choose: this data directory is not shared with a team, so nothing is merged.")
                : .init(.info, "No conflicts to choose: nothing from a sync is waiting for your choice.")
            return []
        }
        state.overlay = .conflicts(ConflictChooser())
        return []
    }

    static func moveConflictSelection(_ chooser: ConflictChooser, by delta: Int, _ state: inout AppState) {
        var chooser = chooser
        let count = ConflictChooser.entries(state.data.conflicts).count
        chooser.selected = min(max(0, chooser.selected + delta), max(0, count - 1))
        chooser.message = nil
        state.overlay = .conflicts(chooser)
    }

    /// `1` or `2` on the selected conflict: the runner saves the choice through the store.
    static func chooseConflict(_ choice: ConflictChoice, _ chooser: ConflictChooser, _ state: inout AppState) -> [Effect] {
        let entries = ConflictChooser.entries(state.data.conflicts)
        guard !chooser.isSaving, entries.indices.contains(chooser.selected) else { return [] }
        let entry = entries[chooser.selected]
        let id = entry.file.recordID
        let revision: Int? = switch entry.file.recordKind {
        case Deal.kindName: state.data.deals.first { $0.id == id }?.revision
        case Review.kindName: state.data.reviews.first { $0.id == id }?.revision
        default: nil
        }
        var chooser = chooser
        chooser.isSaving = true
        chooser.message = nil
        state.overlay = .conflicts(chooser)
        return [.resolveConflict(ConflictChoiceRequest(recordPath: entry.file.recordPath, field: entry.field.field, choice: choice, recordRevision: revision))]
    }

    /// A choice was saved: the record and the pending list take the new state; the chooser
    /// closes when nothing is left.
    static func conflictResolved(_ result: ConflictChoiceResult, _ state: inout AppState) -> [Effect] {
        if let saved = result.saved { state.apply(saved) }
        state.data.conflicts.removeAll { $0.recordPath == result.request.recordPath }
        if let remaining = result.remaining {
            state.data.conflicts.append(remaining)
            state.data.conflicts.sort { $0.path < $1.path }
        }
        let left = state.data.pendingConflictCount
        let what = result.request.choice == .kept ? "Kept the record's value" : "Wrote the other machine's value"
        state.notice = .init(.info, "\(what); \(left == 0 ? "no conflicts left" : "\(left) left to choose"). The next sync shares the choice.")
        if case .conflicts(var chooser) = state.overlay {
            if left == 0 {
                state.overlay = nil
            } else {
                chooser.isSaving = false
                chooser.selected = min(chooser.selected, left - 1)
                state.overlay = .conflicts(chooser)
            }
        }
        return []
    }

    /// Data reloaded under an open chooser: the list is what is on disk now, so an old refusal
    /// no longer applies, and with nothing left the chooser closes.
    static func conflictsReloaded(_ state: inout AppState) {
        guard case .conflicts(var chooser) = state.overlay else { return }
        let count = state.data.pendingConflictCount
        if count == 0 {
            state.overlay = nil
            return
        }
        chooser.message = nil
        chooser.isSaving = false
        chooser.selected = min(chooser.selected, count - 1)
        state.overlay = .conflicts(chooser)
    }

    /// The store refused a choice (the record changed since): the entry stays, the reason shows.
    static func conflictRefused(_ message: String, _ state: inout AppState) -> [Effect] {
        if case .conflicts(var chooser) = state.overlay {
            chooser.isSaving = false
            chooser.message = DisplaySanitizer.singleLine.sanitize(message)
            state.overlay = .conflicts(chooser)
        } else {
            state.notice = .init(.error, DisplaySanitizer.singleLine.sanitize(message))
        }
        return []
    }
}
