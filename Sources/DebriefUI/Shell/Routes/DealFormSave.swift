import DebriefCore

/// How the deal form (`a` new deal, `e` edit deal) is saved: Enter sends the deal to the store and
/// the form stays open until the store answers. Only a saved deal reaches the board; a failed save
/// leaves the form open with what was typed and the reason, so nothing is lost on quitting.
extension DebriefApp {
    /// Every key goes to the open deal form; a valid submit saves through the store.
    static func handleDealForm(_ form: DealForm, key: Key, _ state: inout AppState) -> [Effect] {
        // One save at a time: keys wait for the store's answer.
        guard form.saving == nil else { return [] }
        var form = form
        switch form.form.handle(key) {
        case .cancel:
            state.overlay = nil
            return []
        case .editing:
            state.overlay = .dealForm(form)
            return []
        case .submit:
            switch form.deal(existingIDs: Set(state.data.deals.map(\.id))) {
            case .failure(let errors):
                form.form.setErrors(errors.messages)
                state.overlay = .dealForm(form)
                return []
            case .success(let deal):
                form.saving = deal
                form.form.error = nil
                state.overlay = .dealForm(form)
                return [.save(.deal(deal, base: form.original))]
            }
        }
    }

    /// The store saved a deal: if it is the form's, the form closes and the deal is selected.
    static func dealFormSaved(_ saved: SaveRequest, _ state: inout AppState) {
        guard case .dealForm(let form) = state.overlay, let pending = form.saving,
              saved.recordKey == SaveRequest.deal(pending).recordKey else { return }
        state.overlay = nil
        state.board.select(dealID: pending.id)
        let name = "\"" + DisplayWidth.truncate(DisplaySanitizer.singleLine.sanitize(pending.account.isEmpty ? pending.name : pending.account), toWidth: 40) + "\""
        let hidden = state.board.selectedDeal?.id == pending.id ? "" : "; the filters hide it (x clears them, p changes the period)"
        state.notice = .init(.info, form.original == nil ? "Added the deal \(name)\(hidden)." : "Saved the changes to \(name)\(hidden).")
    }

    /// A save failed: if it is the form's, the form shows why and stays open for another try or Esc.
    /// Returns whether the failure was the form's.
    static func dealFormSaveFailed(_ request: SaveRequest, _ failure: EffectFailure, _ state: inout AppState) -> Bool {
        guard case .dealForm(var form) = state.overlay, let pending = form.saving,
              request.recordKey == SaveRequest.deal(pending).recordKey else { return false }
        form.saving = nil
        if case .staleRevision = failure.kind, let original = form.original, case .deal(_, let onDisk) = request {
            // Changed elsewhere while the form was open: what was typed stays, the deal underneath
            // becomes the version on disk, and a second Enter saves over that version knowingly.
            if let onDisk {
                state.apply(.deal(onDisk))
                form.original = onDisk
                form.form.error = "This deal was changed elsewhere while the form was open (it is now at revision \(onDisk.revision)). Your typing is kept: Enter saves it over that version, Esc cancels and keeps theirs."
            } else {
                var recreated = original
                recreated.revision = 0
                form.original = recreated
                form.form.error = "This deal was deleted elsewhere while the form was open. Enter saves it again with what you typed, Esc cancels."
            }
        } else {
            form.form.error = failure.message.prefix(1).uppercased() + failure.message.dropFirst() + ". Enter tries again, Esc cancels."
        }
        state.overlay = .dealForm(form)
        return true
    }
}
